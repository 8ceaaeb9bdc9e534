"""A report's topics: the parts of the text an analyst groups claims by, kept as data.

``data/reports/<slug>/topics.yml`` maps a topic key to its title, the passage it
covers (``quote``), the questions it asks and the panels of its figure. Each topic
is one run of the topic notebook (``notebooks/20-reproduce-a-topic.ipynb``); a
report without the file has no topics, and the notebook is not scheduled.

>>> from helpers import paths
>>> topics = load_topics(paths.DEFAULT_REPORT / "topics.yml")
>>> list(topics)[:2], topics["funds"].title
(['poverty', 'funds'], 'Funds and projects 资金与项目')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class TopicsFileError(ValueError):
    """A malformed topics file; names the file, the topic and the item."""


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    quote: str = ""
    questions: str = ""
    panels: tuple[dict, ...] = ()


def load_topics(path: Path | None) -> dict[str, Topic]:
    """Topic key → :class:`Topic`, in the file's order (empty without a file)."""
    if path is None or not Path(path).is_file():
        return {}
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise TopicsFileError(f"{path}: cannot read the topics ({error})") from None
    if not isinstance(document, dict):
        raise TopicsFileError(f"{path}: expected a mapping of topic key → title, quote, questions, panels")
    topics = {}
    for key, spec in document.items():
        where = f"{path}: topic {key!r}"
        if not isinstance(key, str) or not KEY.match(key):
            raise TopicsFileError(f"{where}: a topic key is lowercase words joined by hyphens")
        if not isinstance(spec, dict) or not isinstance(spec.get("title"), str) or not spec["title"].strip():
            raise TopicsFileError(f"{where}: field 'title' is missing")
        panels = spec.get("panels") or []
        if not isinstance(panels, list):
            raise TopicsFileError(f"{where}: field 'panels' must be a list")
        for number, panel in enumerate(panels, 1):
            if not isinstance(panel, dict) or "label" not in panel or not isinstance(panel.get("items"), list):
                raise TopicsFileError(f"{where}: panel {number} needs a label and a list of items")
            for item in panel["items"]:
                if not isinstance(item, dict) or len({"claim", "check"} & set(item)) != 1 or "label" not in item:
                    raise TopicsFileError(f"{where}: panel {number}: item {item} needs one of claim/check and a "
                                          "label")
        topics[key] = Topic(key=key, title=spec["title"].strip(), quote=str(spec.get("quote") or ""),
                            questions=str(spec.get("questions") or ""), panels=tuple(panels))
    return topics
