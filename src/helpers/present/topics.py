"""What each topic notebook shows: its claims, its checks and the table its figure draws.

The panels of each topic's figure are data (``data/claims/figures.yml``): each
panel has one unit and lists claims (drawn as stated) and checks (drawn as
recomputed, with the interval the text allows). Adding a bar needs no code.

>>> from helpers.analysis import analyse
>>> table = panel_table(analyse(), "funds")
>>> table[table.label == "2019 (implied)"].value.round(2).tolist()
[3.44]
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import yaml

from helpers import paths
from helpers.analysis import Analysis
from helpers.claims.ledger import TOPICS

FIGURES_FILE = paths.CLAIMS / "figures.yml"
PANEL_COLUMNS = ["panel", "label", "source", "ref", "value", "low", "high", "qualifier"]


class FigureSpecError(ValueError):
    """A malformed figure specification; names the file, topic and item."""


def load_figure_specs(path: Path = FIGURES_FILE) -> dict:
    try:
        specs = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise FigureSpecError(f"{path}: cannot read figure specifications ({error})") from None
    for topic, spec in specs.items():
        if topic not in TOPICS:
            raise FigureSpecError(f"{path}: unknown topic {topic!r}; topics: {list(TOPICS)}")
        for number, panel in enumerate(spec.get("panels", []), 1):
            for item in panel.get("items", []):
                if len({"claim", "check"} & set(item)) != 1 or "label" not in item:
                    raise FigureSpecError(f"{path}: {topic} panel {number}: item {item} needs one of claim/check "
                                          "and a label")
    return specs


def panel_table(analysis: Analysis, topic: str, path: Path = FIGURES_FILE) -> pd.DataFrame:
    """Rows to draw for a topic, in display units (value / panel scale); empty if not applicable."""
    if not analysis.applies:
        return pd.DataFrame(columns=PANEL_COLUMNS)
    spec = load_figure_specs(path)[topic]
    rows = []
    for panel in spec["panels"]:
        scale = float(panel.get("scale", 1))
        for item in panel["items"]:
            if "claim" in item:
                try:
                    claim = analysis.claim(item["claim"])
                except KeyError as error:
                    raise FigureSpecError(f"{path}: {topic}: {error.args[0]}") from None
                value, low, high, source = claim.value, claim.low, claim.high, "stated"
                qualifier, ref = claim.qualifier, claim.claim_id
            else:
                try:
                    check = analysis.check(item["check"])
                except KeyError as error:
                    raise FigureSpecError(f"{path}: {topic}: {error.args[0]}") from None
                value, low, high = check.computed, check.computed_low, check.computed_high
                source = "recomputed" if check.verdict != "derived" else "implied"
                qualifier, ref = "interval", check.check_id
            rows.append({"panel": str(panel["label"]), "label": str(item["label"]), "source": source, "ref": ref,
                         "value": value / scale, "low": low / scale,
                         "high": high / scale if not math.isinf(high) else math.inf, "qualifier": qualifier})
    return pd.DataFrame(rows, columns=PANEL_COLUMNS)


def figure_title(topic: str, path: Path = FIGURES_FILE) -> str:
    return load_figure_specs(path)[topic].get("title", TOPICS[topic])
