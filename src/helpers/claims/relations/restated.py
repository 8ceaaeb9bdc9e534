"""A far term read in its most precise mention: a report that states a figure twice (``全市户籍总人口438.62万人`` in
its lead, ``全市户籍总人口4,386,215人`` in a section) gives a check over a term paragraphs away the precise one.

A finder that takes a share's whole, an average's total or a rate's population from another paragraph takes the
figure its names lead it to, often the lead's rounded one. When the report also tells that quantity with more
significant digits — the same unit, a value inside the rounded one's interval, a name of one holding a name of the
other, no other year or period — the check reads the precise mention instead and says so: the arithmetic is sharper,
and a reader finds the figure where the report gives it in full. A term in the stated figure's own paragraph is what
its words refer to and is never replaced; when the precise mentions disagree among themselves nothing is replaced.

>>> from helpers.claims.ledger import build_ledger
>>> from helpers.read.report import Report
>>> from helpers.read.segment import segment
>>> from helpers.claims.relations.passage import read_figures
>>> from pathlib import Path
>>> text = ("户籍人口统计分析\\n全市户籍总人口438.62万人。\\n一、总量\\n年末全市户籍总人口4,386,215人。\\n"
...         "二、民族\\n少数民族人口61,408人，占1.40%。\\n")
>>> parts = segment(text)
>>> ledger = build_ledger(Report(path=Path("t.txt"), text=text, encoding="utf-8", sha256=""), None, parts=parts)
>>> document = read_figures(ledger, parts)
>>> ids = {f.text: f.claim_id for members in document.paragraphs for f in members}
>>> spec = {"uses": {"part": ids["61,408人"], "whole": ids["438.62万人"]}, "formula": "part / whole * 100",
...         "stated": ids["1.40%"], "unit": "percent", "assumptions": ["-"],
...         "description": "1.40% fits 61,408人 over 438.62万人"}
>>> [found] = most_precise([Finding("share", "auto-share-1", spec)], document)
>>> found.spec["description"], found.spec["assumptions"][-1]
('1.40% fits 61,408人 over 4,386,215人', '438.62万人 is told more precisely elsewhere as 4,386,215人 (年末全市户籍总人口); the check reads that')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.fits import digits
from helpers.claims.relations.passage import Document, Figure, in_brackets
from helpers.claims.relations.shares import _other_period, whole_names
from helpers.claims.relations.tables import READ
from helpers.claims.relations.totals import other_year

#: significant digits a term must be written with before a more precise mention replaces it (2.7人 is no figure told
#: twice, only a small one that recurs)
MIN_DIGITS = 3


def most_precise(findings: list[Finding], document: Document) -> list[Finding]:
    """``findings`` with each far term (a figure outside the stated figure's paragraph) read in its most precise
    mention, where the report has one; the rest unchanged."""
    index = _by_value(document)
    out = []
    for finding in findings:
        stated = document.figure_of(finding.spec.get("stated") or "")
        if stated is None or finding.spec.get(READ):
            out.append(finding)
            continue
        uses = dict(finding.spec["uses"])
        said = []
        for name, cid in uses.items():
            term = document.figure_of(cid)
            if term is None or term.paragraph == stated.paragraph:
                continue
            better = _precise(document, index, term)
            if better is not None and better.claim_id not in uses.values() and better is not stated:
                uses[name] = better.claim_id
                said.append((term, better))
        if not said:
            out.append(finding)
            continue
        description = finding.spec["description"]
        for term, better in said:           # the term's text as a figure of its own, not inside another (8.6万人 in 438.6万人)
            description = re.sub(rf"(?<![\d.,，]){re.escape(term.text)}", better.text, description)
        notes = [f"{term.text} is told more precisely elsewhere as {better.text} ({better.clause.strip('，,')}); the "
                 f"check reads that" for term, better in said]
        out.append(replace(finding, spec={**finding.spec, "uses": uses, "description": description,
                                          "assumptions": [*finding.spec["assumptions"], *notes]}))
    return out


def _by_value(document: Document) -> dict:
    """The report's figures by unit and kind, each list sorted by value (made once per document)."""
    key = "figures by unit and value"
    index = document._starts.get(key)
    if index is None:
        index = {}
        for members in document.paragraphs:
            for f in members:
                if f.amount and digits(f) >= MIN_DIGITS:
                    index.setdefault((f.unit, f.kind), []).append(f)
        for figures in index.values():
            figures.sort(key=lambda f: f.value)
        document._starts[key] = index = {k: ([f.value for f in v], v) for k, v in index.items()}
    return index


def _precise(document: Document, index: dict, term: Figure) -> Figure | None:
    """The mention of ``term``'s quantity with the most significant digits, more than ``term``'s, or None (none, or
    precise mentions of different values)."""
    if not term.amount or digits(term) < MIN_DIGITS or term.low != term.low:
        return None
    values, figures = index.get((term.unit, term.kind), ([], []))
    lo, hi = bisect.bisect_left(values, term.low), bisect.bisect_right(values, term.high)
    own = set(whole_names(term))
    found = [f for f in figures[lo:hi] if f is not term and digits(f) > digits(term) and not in_brackets(f)
             and own & set(whole_names(f)) and not other_year(document, f, term)
             and not other_year(document, term, f) and not _other_period(document, f, term)]
    if not found or len({f.value for f in found}) != 1:
        return None
    return max(found, key=lambda f: (digits(f), -abs(f.start - term.start)))
