"""Showing results to a reader: numbers in the report's own style, verdicts in sentences.

Nothing here computes a result; it formats what ``analysis`` and ``checks``
produced, so that a notebook cell is one call.

>>> format_value(734000000, "yuan")
'7.34亿元'
>>> format_value(545800, "persons")
'54.58万人'
>>> format_value(13.3721, "percent")
'13.37%'
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd
from IPython.display import Markdown

from helpers import paths
from helpers.analysis import Analysis

UNIT_SUFFIX = {"yuan": "元", "persons": "人", "percent": "%", "km": "公里", "ratio": "", "comparison": ""}


def format_value(value: float, unit: str = "", digits: int = 2) -> str:
    """A number as the report would print it: 亿/万 for large amounts, trimmed decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if math.isinf(value):
        return "∞"
    suffix = UNIT_SUFFIX.get(unit, unit or "")
    magnitude = abs(value)
    if unit in ("percent", "%"):
        return f"{_trim(value, digits)}%"
    if magnitude >= 1e8:
        return f"{_trim(value / 1e8, digits)}亿{suffix}"
    if magnitude >= 1e4:
        return f"{_trim(value / 1e4, digits)}万{suffix}"
    return f"{_trim(value, digits)}{suffix}"


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def format_interval(low: float, high: float, unit: str = "") -> str:
    if math.isnan(low) and math.isnan(high):
        return "—"
    return f"[{format_value(low, unit)}, {format_value(high, unit)}]"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def plain(text: str) -> str:
    """Text from a report or a file name, made safe to put in Markdown: HTML-escaped, Markdown marks escaped.

    >>> print(plain("[m](javascript:alert(1)) <b>"))
    \\[m\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def topic_header(analysis: Analysis, topic: str) -> Markdown:
    """The topic's title, the passage it covers and the questions it asks (from the report's topics.yml)."""
    if not analysis.topics:
        raise KeyError(f"{analysis.report.slug} has no topics ({paths.TOPICS_FILE} in its report folder); "
                       "this notebook reads one topic")
    item = analysis.topics[topic] if topic in analysis.topics else None
    if item is None:
        raise KeyError(f"unknown topic {topic!r}; the topics of {analysis.report.slug}: {list(analysis.topics)}")
    lines = [f"## {plain(item.title)}"]
    if item.quote:
        lines.append(f"> {plain(item.quote)}")
    if item.questions:
        lines.append(f"**Questions:** {plain(item.questions)}")
    lines.append("Every figure enters the arithmetic as the interval its wording allows (rounding of the last "
                 "digit; 余/多/超 as bounds), so each verdict below states what it assumes.")
    return Markdown("\n\n".join(lines))


def notice(analysis: Analysis) -> Markdown:
    """Say at the top of a notebook which report it reads, and what was curated about it."""
    name = html.escape(analysis.report.slug)   # a name is text, never markup
    title = html.escape(analysis.report.metadata.title)
    lead = f"Report **{name}**" + (f" — {title}" if title else "") + \
        f" (SHA-256 `{analysis.report.sha256[:12]}…`)."
    return Markdown(lead + (f"\n\n> {html.escape(analysis.note)}" if analysis.note else ""))


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The ledger rows a reader needs: where, what, the figure as printed and the interval it allows."""
    unit_of = claims["unit"].fillna("")
    return pd.DataFrame({
        "claim_id": claims["claim_id"],
        "section": claims["section"],
        "quote": claims["quote"],
        "as printed": claims["text"],
        "value": claims["value"],
        "unit": unit_of,
        "qualifier": claims["qualifier"],
        "interval": [format_interval(lo, hi) if isinstance(lo, float) else "—"
                     for lo, hi in zip(claims["low"].astype(float), claims["high"].astype(float))],
        "subject": claims["subject"],
        "period": claims["period"],
    })


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks with their result, interval, stated figure, verdict, gap and assumptions."""
    return pd.DataFrame({
        "check_id": checks["check_id"],
        "description": checks["description"],
        "computed": [_computed(r) for r in checks.itertuples()],
        "interval": [format_interval(r.computed_low, r.computed_high, r.unit) if r.unit != "comparison" else "—"
                     for r in checks.itertuples()],
        "stated": [format_value(r.stated, r.unit) if not math.isnan(r.stated) else "—" for r in checks.itertuples()],
        "verdict": checks["verdict"],
        "gap": [f"{g:.2%}" if not math.isnan(g) else "—" for g in checks["gap"].astype(float)],
        "assumptions": checks["assumptions"],
        "parameters": checks["parameters"],
    })


def _computed(row) -> str:
    if row.unit == "comparison":
        return "holds" if row.computed >= 1 else "fails"
    return format_value(row.computed, row.unit)


def verdict_sentences(checks: pd.DataFrame) -> Markdown:
    """One plain sentence per check, with its assumptions — no verdict without them."""
    if checks.empty:
        return Markdown("_No checks apply to this report._")
    lines = []
    for r in checks.itertuples():
        if r.unit == "comparison":
            finding = f"**{r.verdict}** — `{r.formula}` {'holds' if r.computed >= 1 else 'cannot hold'}"
        elif r.verdict == "derived":
            finding = (f"**derived**: {format_value(r.computed, r.unit)} "
                       f"(the text allows {format_interval(r.computed_low, r.computed_high, r.unit)})")
        else:
            gap = f", a gap of {r.gap:.2%} of the stated figure" if r.gap and not math.isnan(r.gap) else ""
            finding = (f"**{r.verdict}**: recomputed {format_value(r.computed, r.unit)} "
                       f"(interval {format_interval(r.computed_low, r.computed_high, r.unit)}) against stated "
                       f"{format_value(r.stated, r.unit)} ({format_interval(r.stated_low, r.stated_high, r.unit)})"
                       f"{gap}")
        parameters = f" Parameters: {r.parameters}." if r.parameters else ""
        lines.append(f"- `{r.check_id}` — {r.description}: {finding}. "
                     f"*Assumes* {r.assumptions}.{parameters}")
    return Markdown("\n".join(lines))


def sources_table(ledger: pd.DataFrame, corroboration: pd.DataFrame) -> pd.DataFrame:
    """Per section, each claim as printed beside its corroboration verdict, sources and detail."""
    joined = ledger[["claim_id", "section", "text", "subject"]].merge(
        corroboration[["claim_id", "corroboration", "sources", "detail"]], on="claim_id", how="left")
    return joined.rename(columns={"text": "as printed"})


def disagreements(ledger: pd.DataFrame, corroboration: pd.DataFrame) -> Markdown:
    """Plain-language list: contradicted claims, then partly corroborated ones, each with both figures and sources."""
    joined = ledger[["claim_id", "section", "text"]].merge(corroboration, on="claim_id")
    lines = []
    for verdict, heading in (("contradicted", "Contradicted"), ("partly", "Same fact, different scope or date")):
        rows = joined[joined.corroboration == verdict]
        lines.append(f"**{heading}** ({len(rows)})")
        lines.extend(f"- `{r.claim_id}` ({r.section}, “{r.text}”): {r.detail}" for r in rows.itertuples())
        if rows.empty:
            lines.append("- none")
    return Markdown("\n".join(lines))
