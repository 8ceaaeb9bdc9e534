"""What the topic notebook draws for one topic: the rows of its figure's panels.

The panels are data (the report's ``topics.yml``): each panel has one unit and
lists claims (drawn as stated) and checks (drawn as recomputed, with the interval
the text allows). Adding a bar needs no code.

>>> from helpers.analysis import analyse
>>> table = panel_table(analyse(), "funds")
>>> table[table.label == "2019 (implied)"].value.round(2).tolist()
[3.44]
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.analysis import Analysis
from helpers.claims.topics import TopicsFileError
from helpers.present.numbers import format_value

PANEL_COLUMNS = ["panel", "label", "source", "ref", "value", "low", "high", "qualifier", "kind", "shown"]


def panel_table(analysis: Analysis, topic: str) -> pd.DataFrame:
    """Rows to draw for a topic, in display units (value / panel scale); empty for a report without topics."""
    if topic not in analysis.topics:
        return pd.DataFrame(columns=PANEL_COLUMNS)
    where = f"{analysis.report.curated('topics.yml')}: topic {topic!r}"
    rows = []
    for panel in analysis.topics[topic].panels:
        scale = float(panel.get("scale", 1))
        for item in panel["items"]:
            if "claim" in item:
                try:
                    claim = analysis.claim(item["claim"])
                except KeyError as error:
                    raise TopicsFileError(f"{where}: {error.args[0]}") from None
                value, low, high, source = claim.value, claim.low, claim.high, "stated"
                qualifier, ref, kind, shown = claim.qualifier, claim.claim_id, claim.kind, claim.text
            else:
                try:
                    check = analysis.check(item["check"])
                except KeyError as error:
                    raise TopicsFileError(f"{where}: {error.args[0]}") from None
                value, low, high = check.computed, check.computed_low, check.computed_high
                source = "recomputed" if check.verdict != "derived" else "implied"
                qualifier, ref, kind = "interval", check.check_id, "check"
                shown = format_value(check.computed, check.unit)
            rows.append({"panel": str(panel["label"]), "label": str(item["label"]), "source": source, "ref": ref,
                         "value": value / scale, "low": low / scale,
                         "high": high / scale if not math.isinf(high) else math.inf, "qualifier": qualifier,
                         "kind": kind, "shown": shown})
    return pd.DataFrame(rows, columns=PANEL_COLUMNS)


def figure_title(analysis: Analysis, topic: str) -> str:
    return analysis.topics[topic].title if topic in analysis.topics else topic
