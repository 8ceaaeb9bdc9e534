"""Checks the library finds on its own, for a report nobody has curated.

Three patterns Chinese economic reporting uses again and again, read from the
claims of one sentence at a time:

* **year on year** — a figure followed by ``同比增长 8.2%`` / ``比上年增长`` /
  ``增幅`` …: the previous year's figure it implies is derived; when the sentence
  also gives the base (``由 11,200元 增长到 12,350元，增长 10.3%``) the stated rate
  is checked against the two figures;
* **parts and totals** — ``总数 …，其中 部分 …`` in the same unit: the part cannot
  exceed the total (a comparison), several parts cannot add up to more, and the
  part's share is derived;
* **absolute changes** — ``1.2万人，较上年增加 1.1万人`` in the same unit: the
  previous figure (0.1万人) is derived;
* **multiples** — ``由 2,860元 增加到 6,940元，是三年前的 2.4倍``: with both figures
  in the sentence the multiple is recomputed and checked; with only the later one
  the earlier figure it implies is derived;
* **shares stated with their counts** — ``其中 9,870万元，占 … 73.4%``: the share
  is recomputed from the part and the total and checked.

Each finding is an ordinary :class:`~helpers.claims.checks.Check` over the ledger's claim
ids, so it is evaluated with the same interval arithmetic and verdicts as the
curated checks, and its assumptions say it was found by pattern.

>>> import pandas as pd
>>> from helpers.analysis import analyse
>>> from helpers.claims.ledger import build_ledger
>>> ledger = build_ledger(curated_path=None)
>>> sorted(c.check_id for c in find_checks(ledger, analyse().parts))[:2]
['auto-part-2134-of-2110', 'auto-part-2214-of-2196']
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.claims.checks import Check
from helpers.read.segment import Segmentation

_COMPARED = "同比|较上年|比上年|比去年|较去年|较上年度|与上年相比"
_CHANGES = "增长|增加|提高|上升|下降|减少|降低"
GROWTH_BEFORE = re.compile(f"(?:{_COMPARED})?[，,]?(?:{_CHANGES}|增幅|涨幅|增速|降幅)(?:了|为|达)?$")
CHANGE_BEFORE = re.compile(f"(?:{_COMPARED})[，,]?(?:{_CHANGES})了?$")
FALLING = re.compile(r"下降|减少|降低|降幅")
TO_VALUE = re.compile(f"(?:{_CHANGES})(?:到|至)|增至|降至")
PART_MARK = re.compile(r"其中")
MULTIPLE_BEFORE = re.compile(r"^[，,]?(?:是|为|相当于|达到?)[^，。；,;]{0,12}?的?$")
SHARE_BEFORE = re.compile(r"^[，,]?占[^，。；,;]{0,20}?(?:的|比|比重|比例)?(?:为|达)?$")
NEAR = 24   # characters allowed between a figure and the rate that qualifies it
FLOW_KINDS = {"money", "count", "area", "weight", "volume", "distance"}
ASSUMED = "found by pattern, not curated: check the wording before relying on it"


def _sentence_claims(ledger: pd.DataFrame, parts: Segmentation):
    """(sentence start, sentence text, claims of the sentence as named tuples) for sentences with 2+ claims."""
    numeric = parts.locate(ledger[ledger.value.notna()].sort_values("start"))
    numeric = numeric[numeric.sentence_id.notna()]
    starts = dict(zip(parts.sentences.sentence_id, parts.sentences.start))
    texts = dict(zip(parts.sentences.sentence_id, parts.sentences.text))
    grouped: dict[str, list] = {}
    for row in numeric.itertuples():          # one pass; grouping in Python keeps this linear
        grouped.setdefault(row.sentence_id, []).append(row)
    for sentence_id, rows in grouped.items():
        if len(rows) >= 2:
            yield starts[sentence_id], texts[sentence_id], rows


def _between(text: str, offset: int, left, right) -> str:
    return text[int(left.end) - offset:int(right.start) - offset]


def find_checks(ledger: pd.DataFrame, parts: Segmentation) -> list[Check]:
    """Checks found by pattern in every sentence of the report (the ledger is not mutated)."""
    checks: dict[str, Check] = {}
    for offset, text, rows in _sentence_claims(ledger, parts):
        for i in range(1, len(rows)):
            finder = _finder(rows[i])
            check = finder(text, offset, rows, i) if finder else None
            if check is not None:
                checks[check.check_id] = check
        for check in _parts_and_totals(text, offset, rows):
            checks[check.check_id] = check
    return list(checks.values())


def _finder(row):
    """Which pattern a figure can end: a rate (%), a multiple (倍), or an absolute change (a flow)."""
    if row.unit == "%":
        return _rate
    if row.unit == "倍":
        return _multiple
    if row.unit != "个百分点" and row.kind in FLOW_KINDS:
        return _absolute_change
    return None


def _flow_before(rows: list, i: int):
    """The nearest flow figure (money, count, area, …) before ``rows[i]``, or None."""
    return next((r for r in reversed(rows[:i]) if r.kind in FLOW_KINDS), None)


def _joined(text: str, offset: int, left, right, wording: re.Pattern) -> bool:
    """``left`` and ``right`` are close, in one clause of the sentence, and the words between match ``wording``."""
    if left is None or right.start - left.end > NEAR:
        return False
    gap = _between(text, offset, left, right)
    return "。" not in gap and bool(wording.search(gap.strip()))


def _base_of(text: str, offset: int, rows: list, current):
    """The figure ``current`` grew or fell from (``由 A … 增加到 B``), in the same unit, or None."""
    return next((r for r in reversed(rows[:rows.index(current)])
                 if r.unit == current.unit and r.kind == current.kind
                 and TO_VALUE.search(_between(text, offset, r, current))), None)


def _rate(text: str, offset: int, rows: list, i: int) -> Check | None:
    """``B，同比增长 r%``: r recomputed from ``由 A … 到 B`` when A is in the sentence, else A derived."""
    rate, current = rows[i], _flow_before(rows, i)
    if not _joined(text, offset, current, rate, GROWTH_BEFORE):
        return None
    sign = "-" if FALLING.search(_between(text, offset, current, rate)) else "+"
    base = _base_of(text, offset, rows, current)
    if base is not None:
        return Check.from_dict({
            "check_id": f"auto-growth-{current.start}", "topic": "", "description":
                f"{base.text} → {current.text}: the stated change {rate.text} recomputed",
            "uses": {"base": base.claim_id, "current": current.claim_id},
            "formula": "(current / base - 1) * 100" if sign == "+" else "(1 - current / base) * 100",
            "stated": rate.claim_id, "unit": "percent",
            "assumptions": [f"{rate.text} is the change from {base.text} to {current.text}", ASSUMED]}, "autochecks")
    return Check.from_dict({
        "check_id": f"auto-previous-{current.start}", "topic": "", "description":
            f"previous-period figure implied by {current.text} and a change of {sign}{rate.text}",
        "uses": {"current": current.claim_id, "rate": rate.claim_id},
        "formula": "current / (1 + rate / 100)" if sign == "+" else "current / (1 - rate / 100)",
        "unit": _unit_name(current.unit),
        "assumptions": [f"{rate.text} is the change of {current.text} on the previous period", ASSUMED]}, "autochecks")


def _absolute_change(text: str, offset: int, rows: list, i: int) -> Check | None:
    """``B，较上年增加 C`` (same unit and kind): the previous figure B − C (B + C after a fall) is derived."""
    change, current = rows[i], rows[i - 1]
    if (current.unit, current.kind) != (change.unit, change.kind):
        return None
    if not _joined(text, offset, current, change, CHANGE_BEFORE):
        return None
    falling = bool(FALLING.search(_between(text, offset, current, change)))
    return Check.from_dict({
        "check_id": f"auto-change-{current.start}", "topic": "", "description":
            f"previous-period figure implied by {current.text} and a change of {'-' if falling else '+'}{change.text}",
        "uses": {"current": current.claim_id, "change": change.claim_id},
        "formula": "current + change" if falling else "current - change", "unit": _unit_name(current.unit),
        "assumptions": [f"{change.text} is the change of {current.text} on the previous period", ASSUMED]},
        "autochecks")


def _multiple(text: str, offset: int, rows: list, i: int) -> Check | None:
    """``B，是 … 的 N倍``: N recomputed as B / A when ``由 A … 到 B`` is in the sentence, else A derived."""
    multiple, current = rows[i], _flow_before(rows, i)
    if not _joined(text, offset, current, multiple, MULTIPLE_BEFORE):
        return None
    base = _base_of(text, offset, rows, current)
    if base is not None:
        return Check.from_dict({
            "check_id": f"auto-multiple-{current.start}", "topic": "", "description":
                f"{base.text} → {current.text}: the stated multiple {multiple.text} recomputed",
            "uses": {"base": base.claim_id, "current": current.claim_id}, "formula": "current / base",
            "stated": multiple.claim_id, "unit": "倍",
            "assumptions": [f"{multiple.text} compares {current.text} with {base.text}", ASSUMED]}, "autochecks")
    return Check.from_dict({
        "check_id": f"auto-multiple-base-{current.start}", "topic": "", "description":
            f"earlier figure implied by {current.text} being {multiple.text} of it",
        "uses": {"current": current.claim_id, "multiple": multiple.claim_id}, "formula": "current / multiple",
        "unit": _unit_name(current.unit),
        "assumptions": [f"{multiple.text} compares {current.text} with an earlier figure", ASSUMED]}, "autochecks")


def _parts_and_totals(text: str, offset: int, rows: list) -> list[Check]:
    found = []
    for mark in PART_MARK.finditer(text):
        at = offset + mark.start()
        after = [r for r in rows if r.start > at]
        first = next((r for r in after if r.kind in FLOW_KINDS), None)
        before = [r for r in rows if first is not None and r.end <= at and r.unit == first.unit
                  and r.kind == first.kind]
        if not before:
            continue
        total = before[-1]
        after = after[after.index(first):]
        parts_, stated_share = [], False
        for r in after:
            if r.unit == total.unit and r.kind == total.kind:
                parts_.append(r)
            elif parts_ and r.unit == "%" and SHARE_BEFORE.search(_between(text, offset, parts_[-1], r).strip()):
                share_id = f"auto-share-{r.start}"
                stated_share = True
                found.append(Check.from_dict({
                    "check_id": share_id, "topic": "", "description":
                        f"{r.text} as the share of {parts_[-1].text} in {total.text}",
                    "uses": {"part": parts_[-1].claim_id, "total": total.claim_id},
                    "formula": "part / total * 100", "stated": r.claim_id, "unit": "percent",
                    "assumptions": [f"{parts_[-1].text} is part of {total.text} (其中)", ASSUMED]}, "autochecks"))
            elif r.unit not in ("%", "个百分点"):
                break
        if not parts_:
            continue
        uses = {"total": total.claim_id} | {f"part{n}": p.claim_id for n, p in enumerate(parts_, 1)}
        summed = " + ".join(f"part{n}" for n in range(1, len(parts_) + 1))
        names = "、".join(p.text for p in parts_)
        found.append(Check.from_dict({
            "check_id": f"auto-part-{parts_[0].start}-of-{total.start}", "topic": "", "description":
                f"the part(s) {names} do not exceed the total {total.text} (其中)",
            "uses": uses, "formula": f"{summed} <= total", "unit": "comparison",
            "assumptions": ["其中 introduces parts of the figure before it", ASSUMED]}, "autochecks"))
        if len(parts_) == 1 and not stated_share:    # a stated share is checked above, not derived again
            found.append(Check.from_dict({
                "check_id": f"auto-part-share-{parts_[0].start}", "topic": "", "description":
                    f"share of {parts_[0].text} in {total.text}",
                "uses": {"part": parts_[0].claim_id, "total": total.claim_id}, "formula": "part / total * 100",
                "unit": "percent", "assumptions": [f"{parts_[0].text} is part of {total.text} (其中)", ASSUMED]},
                "autochecks"))
    return found


def _unit_name(unit: str) -> str:
    return {"元": "yuan", "人": "persons"}.get(unit, unit or "")
