"""The annotated report: the full text as received, every claim marked where it stands.

Each claim becomes one ``<mark class="claim">`` whose ``id`` is its claim id (a stable
anchor: ``annotated.html#aid-per-county``) and whose text is exactly ``raw[start:end]``;
its colour and symbol say its status. Selecting it (a click, or keyboard focus) shows its
value, the interval its wording allows, every check that uses it and its public sources.
Numerals that are not claims (dates, names, ordinals) are underlined apart.

The text is cut into parts at line ends when it is long (:data:`PART_CHARS`), so a 10 MB
report gives pages a browser can open; ``annotated-claims.js`` then maps each claim to its part
and a link to a claim on another part is forwarded there.

>>> from helpers.analysis import analyse
>>> parts = annotated_parts(analyse())
>>> len(parts), parts[0].count('class="claim') == len(analyse().ledger)
(1, True)
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from markupsafe import Markup, escape

from helpers.analysis import Analysis
from helpers.present.findings import sources_of
from helpers.present.numbers import format_range, format_value
from helpers.vocabulary import WORDS

PART_CHARS = 200_000
HEADING = "\x00heading"     # the kind of a section heading's span (never a parser kind)
CLAIM_MAP = "annotated-claims.js"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    claim_id: str = ""      # empty for a non-claim
    status: str = ""
    kind: str = ""


def part_name(number: int) -> str:
    return "annotated.html" if number == 1 else f"annotated-{number}.html"


def _spans(analysis: Analysis) -> list[Span]:
    ledger = analysis.ledger
    claims = [Span(int(s), int(e), str(c), str(st), str(k))
              for s, e, c, st, k in zip(ledger.start, ledger.end, ledger.claim_id, ledger.status, ledger.kind)]
    mentions = analysis.mentions
    others = mentions[~mentions.is_claim]
    non_claims = [Span(int(s), int(e), kind=str(k)) for s, e, k in zip(others.start, others.end, others.kind)]
    # a non-claim inside or across a claim is not marked (the claim is)
    starts = sorted((c.start, c.end) for c in claims)
    kept, i = [], 0
    for span in sorted(non_claims, key=lambda s: s.start):
        while i < len(starts) and starts[i][1] <= span.start:
            i += 1
        if i < len(starts) and starts[i][0] < span.end:
            continue
        kept.append(span)
    sections = analysis.parts.sections
    headings = [Span(int(s), int(s) + len(h), kind=HEADING)
                for s, h in zip(sections.start, sections.heading) if isinstance(h, str)]
    return sorted(claims + kept + headings, key=lambda s: (s.start, -s.end))


def _mark_open(span: Span) -> str:
    if span.kind == HEADING:
        return '<span class="heading">'
    if not span.claim_id:
        return f'<span class="nonclaim" title="{escape(span.kind)}">'
    word = WORDS.get(span.status)
    status = escape(span.status)
    return (f'<mark class="claim s-{status}" id="{escape(span.claim_id)}" tabindex="0" role="button" '
            f'aria-expanded="false" aria-controls="panel" data-status="{status}" '
            f'data-symbol="{escape(word.symbol) if word else ""}" title="{status}">')


def _close(span: Span) -> str:
    return "</mark>" if span.claim_id else "</span>"


def _render(raw: str, begin: int, finish: int, spans: list[Span]) -> Markup:
    """``raw[begin:finish]`` escaped, with the spans that start inside it marked (nested where one holds another;
    a span that would cross the end of the one holding it is cut there)."""
    out: list[str] = []
    cursor = begin
    open_: list[tuple[int, str]] = []             # (end, closing tag) of the marks now open, innermost last

    def close_until(position: int) -> None:
        nonlocal cursor
        while open_ and open_[-1][0] <= position:
            end, closer = open_.pop()
            out.append(escape(raw[cursor:end]))
            out.append(closer)
            cursor = end

    for span in spans:
        close_until(span.start)
        start = max(span.start, cursor)
        end = min(span.end, open_[-1][0] if open_ else finish, finish)
        if end <= start:
            continue
        out.append(escape(raw[cursor:start]))
        out.append(_mark_open(span))
        cursor = start
        open_.append((end, _close(span)))
    close_until(finish)
    out.append(escape(raw[cursor:finish]))
    return Markup("".join(out))


def _cuts(raw: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """[begin, end) ranges of at most about ``limit`` characters, cut after a line end."""
    cuts, begin = [], 0
    while begin < len(raw):
        end = min(len(raw), begin + limit)
        if end < len(raw):
            newline = raw.rfind("\n", begin, end)
            end = newline + 1 if newline > begin else end
        cuts.append((begin, end))
        begin = end
    return cuts or [(0, 0)]


def annotated_parts(analysis: Analysis, limit: int = PART_CHARS) -> list[Markup]:
    """The marked-up text, one piece per part (one part unless the text is long)."""
    raw = analysis.report.text
    spans = _spans(analysis)
    pieces, j = [], 0
    for begin, end in _cuts(raw, limit):
        mine = []
        while j < len(spans) and spans[j].start < end:
            mine.append(spans[j])
            j += 1
        pieces.append(_render(raw, begin, end, mine))
    return pieces


def claim_parts(analysis: Analysis, limit: int = PART_CHARS) -> dict[str, str]:
    """claim id → the file of the part it stands in."""
    cuts = _cuts(analysis.report.text, limit)
    ends = [end for _, end in cuts]
    out, k = {}, 0
    for claim_id, start in sorted(zip(analysis.ledger.claim_id, analysis.ledger.start), key=lambda p: p[1]):
        while k < len(ends) - 1 and start >= ends[k]:
            k += 1
        out[str(claim_id)] = part_name(k + 1)
    return out


def claim_details(analysis: Analysis) -> dict[str, dict]:
    """claim id → what the panel shows for it (value, interval, checks, sources), in one pass over the ledger."""
    checks_of: dict[str, list] = defaultdict(list)
    for check in analysis.checks.itertuples(index=False):
        detail = _check_detail(check)
        for claim_id in str(check.claim_ids).split(";"):
            if claim_id:
                checks_of[claim_id].append(detail)
    said = dict(zip(analysis.corroboration["claim_id"], analysis.corroboration["detail"]))
    referenced = set(analysis.references["claim_id"]) if len(analysis.references) else set()
    ledger = analysis.ledger
    columns = ["claim_id", "text", "status", "claim_type", "value", "low", "high", "unit", "qualifier", "subject",
               "period", "evidence", "corroboration"]
    out = {}
    for row in zip(*(ledger[c].tolist() for c in columns)):
        (claim_id, text, status, claim_type, value, low, high, unit, qualifier, subject, period, evidence,
         corroboration) = row
        unit = unit if isinstance(unit, str) else ""
        quantity = claim_type == "quantity" and not _nan(value)
        out[claim_id] = {
            "id": claim_id, "text": text, "status": status, "symbol": WORDS[status].symbol,
            "value": format_value(value, unit, 6) if quantity else "",
            "interval": format_range(low, high, unit) if quantity else "",
            "qualifier": qualifier if isinstance(qualifier, str) else "",
            "subject": subject if isinstance(subject, str) else "",
            "period": period if isinstance(period, str) else "",
            "evidence": evidence if isinstance(evidence, str) else "",
            "checks": checks_of.get(claim_id, []),
            "corroboration": corroboration,
            "sources_detail": said.get(claim_id, "") if corroboration != "not found" else "",
            "sources": sources_of(claim_id, analysis) if claim_id in referenced else [],
        }
    return out


def _check_detail(check) -> dict:
    comparison = check.unit == "comparison"
    row = {"id": check.check_id, "verdict": check.verdict, "symbol": WORDS[check.verdict].symbol,
           "description": check.description, "formula": check.formula,
           "computed": "" if comparison else format_value(check.computed, check.unit),
           "computed_range": "" if comparison else format_range(check.computed_low, check.computed_high, check.unit),
           "stated": "" if _nan(check.stated) else format_value(check.stated, check.unit, 4),
           "stated_range": "" if _nan(check.stated) else format_range(check.stated_low, check.stated_high,
                                                                        check.unit),
           "gap": "" if _nan(check.gap) else f"{check.gap:.2%}",
           "assumptions": check.assumptions, "parameters": check.parameters or ""}
    for field in ("reviewed_by", "reviewed_on", "review_note", "review_stale", "review_verdict"):
        value = getattr(check, field, None)
        row[field] = "" if value is None or (isinstance(value, float) and math.isnan(value)) else value
    return row


def _nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value)


def write_claim_map(analysis: Analysis, folder: Path, limit: int = PART_CHARS) -> Path | None:
    """``annotated-claims.js``: claim id → part, for a text cut into several parts (else nothing)."""
    mapping = claim_parts(analysis, limit)
    if len(set(mapping.values())) <= 1:
        return None
    target = Path(folder) / CLAIM_MAP
    payload = json.dumps(mapping, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    target.write_text(f"window.CLAIM_PAGES = {payload};\n", encoding="utf-8")
    return target
