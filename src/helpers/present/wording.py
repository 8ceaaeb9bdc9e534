"""Every reader-facing sentence of the pages and figures, in one file: ``wording.yml``.

Page text is English; quotes and labels stay as the report writes them. A Chinese
edition is a translation of ``wording.yml`` (same keys), not a rewrite of the code.
Keys are dotted paths; values are ``str.format`` templates.

>>> t("page.back")
'← Findings'
>>> t("finding.gap", gap="0.47%")
'0.47% apart'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

WORDING_FILE = Path(__file__).with_name("wording.yml")


@lru_cache(maxsize=4)
def wording(path: Path = WORDING_FILE) -> dict:
    """The nested mapping of every string (for templates: ``{{ w.front.title }}``)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def t(key: str, **values) -> str:
    """The string at dotted ``key``, with ``values`` filled in; a missing key is an error naming it."""
    node = wording()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"{WORDING_FILE}: no string {key!r}")
        node = node[part]
    if not isinstance(node, str):
        raise KeyError(f"{WORDING_FILE}: {key!r} is a group, not a string")
    return node.format(**values) if values else node
