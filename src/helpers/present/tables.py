"""What a notebook shows a reader: tables with every row, numbers in the report's style, verdicts in sentences.

Nothing here computes a result; it words and lays out what :mod:`helpers.analysis` produced, so
that a notebook cell is one call. Tables are built for reading (a wide ledger is cut to the columns
a reader needs; the CSV keeps them all), numbers are strings in the report's style (7.34亿元, never
7.340000e+08), and :func:`show` displays them through itables — sortable, searchable, every row,
working offline in the rendered page.

>>> from helpers.analysis import analyse
>>> table = claims_table(analyse().ledger)
>>> table.set_index("claim").loc["aid-two-years", ["as printed", "value", "the wording allows"]].tolist()
['7.34亿', '7.34亿元', '7.335亿–7.345亿元']
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd
from IPython.display import Markdown, display

from helpers import paths
from helpers.analysis import Analysis
from helpers.present.findings import findings
from helpers.present.numbers import format_range, format_value
from helpers.present.wording import t
from helpers.vocabulary import WORDS

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def plain(text: str) -> str:
    """Text from a report or a file name, made safe to put in Markdown: HTML-escaped, Markdown marks escaped.

    >>> print(plain("[m](javascript:alert(1)) <b>"))
    \\[m\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


#: The most rows a table shows in a page. Every table of an ordinary report fits (a long news report has
#: a few hundred claims); past this — a 10 MB archive has 60,000 — the page would weigh hundreds of MB, so
#: the table shows the first rows and says, in its caption, how many there are and which file holds them all.
MAX_SHOWN = 5000


def show(frame: pd.DataFrame, caption: str = "", every_row_in: str = "") -> None:
    """Display a table with every row: sortable and searchable (itables), no byte limit.

    Past :data:`MAX_SHOWN` rows the caption says how many rows there are and where all of them are
    (``every_row_in``, e.g. ``claims.csv``); below it, nothing is left out.
    """
    from itables import show as interactive

    if len(frame) > MAX_SHOWN:
        note = t("table.first_rows", shown=f"{MAX_SHOWN:,}", rows=f"{len(frame):,}",
                 where=every_row_in or t("table.the_csv"))
        caption = f"{caption} — {note}" if caption else note
        frame = frame.head(MAX_SHOWN)
    interactive(frame, caption=caption or None, maxBytes=0, maxRows=0, maxColumns=0, showIndex=False,
                allow_html=False, classes="display compact", lengthMenu=[25, 100, 500, -1],
                pageLength=-1 if len(frame) <= 200 else 100)


def word(status: str) -> str:
    """A verdict word with its symbol, e.g. '≈ approximate'."""
    known = WORDS.get(status)
    return f"{known.symbol} {status}" if known else str(status)


def topic_header(analysis: Analysis, topic: str) -> Markdown:
    """The topic's title, the passage it covers and the questions it asks (from the report's topics.yml)."""
    if not analysis.topics:
        raise KeyError(f"{analysis.report.slug} has no topics ({paths.TOPICS_FILE} in its report folder); "
                       "this notebook reads one topic")
    item = analysis.topics.get(topic)
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
    meta = analysis.report.metadata
    lead = f"Report **{plain(meta.title or analysis.report.slug)}**"
    byline = " · ".join(part for part in (meta.outlet, meta.reporter, meta.published) if part)
    lead += f" ({plain(byline)})" if byline else ""
    lead += f" — `{analysis.report.slug}`, SHA-256 `{analysis.report.sha256[:12]}…`."
    return Markdown(lead + (f"\n\n> {plain(analysis.note)}" if analysis.note else ""))


def _range(low, high, unit) -> str:
    try:
        return format_range(float(low), float(high), unit)
    except (TypeError, ValueError):
        return "—"


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The ledger for reading: where, what, the figure as printed, its value and interval, its status."""
    units = claims["unit"].where(claims["unit"].notna(), "")
    status = claims["status"] if "status" in claims else pd.Series("", index=claims.index)
    return pd.DataFrame({
        "claim": claims["claim_id"],
        "section": claims["section"].fillna(""),
        "as printed": claims["text"],
        "value": [format_value(v, u, 6) if not _missing(v) else "" for v, u in zip(claims["value"], units)],
        "the wording allows": [_range(lo, hi, u) if not _missing(v) else "" for v, lo, hi, u in
                               zip(claims["value"], claims["low"], claims["high"], units)],
        "status": [word(s) for s in status],
        "what it measures": claims["subject"].fillna(""),
    })


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks for reading: what is recomputed, the result and its interval, the stated figure, verdict, gap."""
    rows = []
    for r in checks.itertuples(index=False):
        comparison = r.unit == "comparison"
        rows.append({
            "check": r.check_id, "description": r.description,
            "recomputed": ("holds" if r.computed >= 1 else "cannot hold") if comparison
            else format_value(r.computed, r.unit),
            "the figures allow": "" if comparison else _range(r.computed_low, r.computed_high, r.unit),
            "stated": "" if _missing(r.stated) else format_value(r.stated, r.unit, 4),
            "its wording allows": "" if _missing(r.stated) else _range(r.stated_low, r.stated_high, r.unit),
            "verdict": word(r.verdict),
            "gap": "" if _missing(r.gap) else f"{r.gap:.2%}",
            "assumes": r.assumptions, "parameters": r.parameters or "",
        })
    return pd.DataFrame(rows, columns=["check", "description", "recomputed", "the figures allow", "stated",
                                       "its wording allows", "verdict", "gap", "assumes", "parameters"])


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or bool(pd.isna(value))


def verdict_sentences(checks: pd.DataFrame) -> Markdown:
    """One plain sentence per check, with its assumptions — no verdict without them."""
    if checks.empty:
        return Markdown("_No checks apply here._")
    lines = []
    for r in checks.itertuples(index=False):
        if r.unit == "comparison":
            finding = f"**{word(r.verdict)}** — `{r.formula}` {'holds' if r.computed >= 1 else 'cannot hold'}"
        elif r.verdict == "derived":
            finding = (f"**{word('derived')}**: {format_value(r.computed, r.unit)} "
                       f"(the figures allow {_range(r.computed_low, r.computed_high, r.unit)})")
        else:
            gap = f", {t('finding.gap', gap=f'{r.gap:.2%}')}" if r.gap and not math.isnan(r.gap) else ""
            finding = (f"**{word(r.verdict)}**: recomputed {format_value(r.computed, r.unit)} "
                       f"({_range(r.computed_low, r.computed_high, r.unit)}) against stated "
                       f"{format_value(r.stated, r.unit, 4)} ({_range(r.stated_low, r.stated_high, r.unit)}){gap}")
        parameters = f" Parameters: {plain(r.parameters)}." if r.parameters else ""
        lines.append(f"- `{r.check_id}` — {plain(r.description)}: {finding}. "
                     f"*Assumes* {plain(r.assumptions)}.{parameters}")
    return Markdown("\n".join(lines))


def findings_list(analysis: Analysis, only: tuple[str, ...] = ()) -> Markdown:
    """The findings of the front page, as a Markdown list (only those of the given statuses, if any)."""
    found = [f for f in findings(analysis) if not only or f.status in only]
    if not found:
        return Markdown(t("front.no_findings"))
    lines = []
    for f in found:
        lines.append(f"- **{word(f.status)}** — {plain(f.headline)}: {plain(f.sentence)}")
        lines.extend(f"  - [{plain(s.name)}]({s.url}){', ' + s.published if s.published else ''}: {plain(s.says)}"
                     for s in f.sources)
        if f.assumptions:
            lines.append(f"  - *{t('front.assumes')}:* {plain(f.assumptions)}")
    return Markdown("\n".join(lines))


def sources_table(ledger: pd.DataFrame) -> pd.DataFrame:
    """Every claim as printed beside what public sources say of it, and the sources."""
    return pd.DataFrame({"claim": ledger["claim_id"], "section": ledger["section"].fillna(""),
                         "as printed": ledger["text"], "sources say": [word(c) for c in ledger["corroboration"]],
                         "sources": ledger["sources"].fillna("")})


def counts_table(ledger: pd.DataFrame, column: str = "status") -> pd.DataFrame:
    """How many claims take each word of ``column``, in the vocabulary's order, with what each word means."""
    from helpers.vocabulary import SOURCE_VERDICTS, STATUSES

    order = STATUSES if column == "status" else SOURCE_VERDICTS
    counts = ledger[column].value_counts()
    return pd.DataFrame({column: [word(w) for w in order], "meaning": [t(f"status.{w}") for w in order],
                         "claims": [int(counts.get(w, 0)) for w in order]})
