"""Changes over time: growth rates, absolute changes, percentage points and multiples, with their bases.

The forms read, each within one sentence:

* ``B，比上年增长 r%`` — the previous figure B / (1 + r) is derived (``比2020年增长`` on another year too);
* ``由 A 增长到 B，增长 r%`` / ``B，比上年的 A 增长 r%`` / ``B，上年为 A，增长 r%`` — r recomputed from A and B;
  ``由2020年的 A 增长到2022年的 B，年均增长 r%`` — A × (1 + r)² recomputed as B;
* ``B，比上年增加 D，增长 r%`` (also 比年初, and ``X比上年增加 D，增长 r%`` after X's figure B up to three sentences
  before) — r recomputed as D / (B − D), and the previous figure B − D derived;
* ``B，比上年增加 D`` — the previous figure B − D derived; with the base stated (``由 A 增加到 B，增加 D``,
  ``B，比上年的 A 增加 D``, ``B，比上年（A）增加 D``, ``B，上年为 A，下降 D``) D is recomputed as B − A;
* ``甲 A，乙 B，甲比乙高 D`` (also in 个百分点 between two rates), ``B，比乙高 D`` after 乙's figure and ``A，B，前者比
  后者高 D`` — D recomputed as the difference of the two figures named; ``增速比规模以上工业高 d`` (快于城镇居民, and
  农村居民收入增速比城镇居民高 d after both rates) — d recomputed as the gap of the two growth rates;
  ``B，比常年（A）偏高 D`` (``比全省平均水平（a%）高 D个百分点``) — D recomputed as B − A;
* ``由 a% 提高到 b%，提高 c 个百分点`` (also 提升) — c recomputed as b − a, as in ``b%，较上年（a%）提高 c``, ``b%，比上年
  的 a% 高 c`` (收窄 c) and ``b%，比上年提高 c 个百分点（上年为 a%）``; ``b%，比上年提高 c 个百分点`` derives a;
* ``B，占 W 的 s%，上年同期为 A，同比增长 r%`` (the share between skipped), ``B，上年为 A，下降 D，降幅 r%``, ``X上年同期为
  A，同比增长 r%`` after X's figure B in the sentences before, ``B，比常年（A）偏多 r%`` — r recomputed from A and B;
* ``B，上年为 A，缩短了 D天`` (also after a unit per day: ``B/日，上年为 A/日，增加 D/日``), ``新建 X D，X总数由 A 增加到 B``
  (doubtful: a gross count) — D recomputed as B − A;
* ``B，是 … 的 N倍`` — N recomputed as B / A when ``由 A … 到 B``, else A derived; ``是前五年（A）的``, ``单日 B，是全年日均
  水平的 N倍`` over the one 日均 figure before; ``B，…，是2020年（A）的 N倍`` (B
  past the rates, bases and targets between, or named before 是 in the sentences before), ``B，上年为 A，是上年的
  N倍``, two figures named by the start of their names (``出口额是进口额的``) or B and the report's one figure of a
  name (``现金流量净额 B，是归母净利润的 N倍``).

Some read a figure stated paragraphs or sections before, by its name in the report (:meth:`Document.named`): the
other rate of ``增速比X高 d`` / ``增速高出X d`` (X a name's start, or far away its end: 各项贷款 of 金融机构各项贷款
余额), the whole of ``增速比全省平均水平高 d`` and ``是全省平均水平的 N倍`` (the figure whose name the figure's own ends
with: R&D经费 of 企业R&D经费), the other figure of ``是X的 N倍`` (past the change of B) and the level of ``X增加 D``
with no rate of its own (X B，增长 r% before: r recomputed) — each the only figure so named, of the same place, year
and period within the year.

A rate is tied to the nearest amount before it in its sentence, passing over other rates of the same figure
(``218.7亿元，比上年增长4.6%，比2020年增长12.3%`` gives two relations of 218.7亿元 with ids of their own).

>>> from helpers.claims.relations import find_in_text
>>> [(c.check_id, c.formula) for c in find_in_text("全年粮食种植面积38.5万亩，比上年增加2.1万亩，增长5.8%。")]
[('auto-change-rate-8', 'change / (current - change) * 100'), ('auto-change-8', 'current - change')]
"""

from __future__ import annotations

import bisect
import os
import re
from typing import Iterator

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import CHANGE_END, NAMED_LIMIT, Document, Figure, bigrams, in_brackets, unit_name
from helpers.claims.relations.fits import digits
from helpers.claims.relations.tables import scaled_cells
from helpers.claims.relations.totals import (
    DAY_AFTER, MEASURE_SUFFIX, SUB_PERIOD, names, other_year, sub_period, year_of,
)
from helpers.claims.relations.words import (
    STOCK_AFTER_NEW, BASE_LEAD, CHANGE_LEAD, COMPARABLE, COMPARED, FALLING, FROM_LEAD, GENERIC_SUBJECT, MULTIPLE_LEAD, PLANNED_SHARE_LEAD,
    NAME_PREFIX, NAMED_COMPARISON, NAMED_MULTIPLE, PERIOD, RATE_LEAD, SHARE_LEAD, SHARE_OF_BASE, TO_GAP,
    CORE_PREFIX, BRACKETED_BASE, BRACKETED_REFERENCE, GAP_FROM_REFERENCE, GAP_OTHER, OTHER_NAMED, OTHER_TIME, VERB_AFTER_BASE,
    BRACKET_CLOSED_OF, OTHER_PERIOD, AVERAGE_LEAD, FORMER_LATTER, RATE_GAP, POINTS_LEAD, POINTS_FALLING, BASE_AFTER_POINTS,
    BRACKETED_REFERENCE_JIAO, THIS_RATIO_BASE, RATE_GAP_SYNONYMS, PERIOD_NAME, WHOLE_REFERENCE, NAME_TAIL, SUBJECT_WORDS,
    GAP_BEYOND, CHANGE_NAME, WHOLE_PLACE, NEW_AFTER_FROM, FORMER_LATTER_MULTIPLE, REFERENCE_ABOVE, REFERENCE_COMPARED,
    GAP_AFTER_REFERENCE, TARGET_REFERENCE, FROM_PER_UNIT, FROM_AFTER, UNIT_TAIL, EARLIER_SPAN, DONE_IN_NAME, CHANGE_VERBS, NEW_BEFORE_FROM,
)

#: words ending in a verb of change (``比计划工期缩短``): the figure after them is a change, whatever it is compared with
CHANGE_VERB_END = re.compile(f"(?:{CHANGE_VERBS})了?$")
LIST_GAP = re.compile(r"^\s*(?:、|，|,|和|及|与)\s*$")
NEAR = 40      # characters between a figure and the change that qualifies it
BACK = 4       # figures looked back over for a subject or a base
YEAR = re.compile(r"(\d{4})年")


def find(document: Document) -> Iterator[Finding]:
    """Growths, changes, points, gaps and multiples, paragraph by paragraph; a level, its change and its rate read
    together are read over the base the report states elsewhere when only that base fits the rate
    (:func:`_on_stated_base`)."""
    for finding in _find(document):
        replaced = _on_stated_base(document, finding) if finding.kind == "change-rate" else None
        yield from replaced or (finding,)
        if finding.kind == "change-rate" and not replaced:
            yield from _base_of_change(document, finding)


def _base_of_change(document: Document, finding: Finding) -> list[Finding]:
    """``母公司实现营业收入 B，较5月增加 D，环比增长 r%`` with last period's figure A stated elsewhere (a table's 5月 row,
    in its column's unit): A is the one figure of the report, given to :data:`STATED_BASE_DIGITS` digits, that B − D
    gives to the rounding of both — then B over A recomputes r and B − A recomputes D, besides D over B − D. Looked up
    in an index of the report's figures by value (:func:`_values`), so finding stays linear."""
    if finding.doubt:
        return []
    uses = finding.spec["uses"]
    current, change = document.figure_of(uses["current"]), document.figure_of(uses["change"])
    rate = document.figure_of(finding.spec["stated"])
    if current is None or change is None or rate is None or digits(current) < STATED_BASE_DIGITS \
            or digits(change) < STATED_BASE_RATE_DIGITS:
        return []
    falls = "current + change" in finding.spec["formula"]
    low, high = (current.low + change.low, current.high + change.high) if falls \
        else (current.low - change.high, current.high - change.low)
    values, figures = _values(document, current.kind)
    found = [(f, scale) for f, scale in figures[bisect.bisect_left(values, low - 1e-9):bisect.bisect_right(values, high + 1e-9)]
             if f is not current and f is not change and f.start != current.start]
    if any(f.sentence == current.sentence for f, _ in found):
        return []                     # 由期初的 A 降至 B，减少 D，降幅为 r: the sentence's own base, read with its words
    if len({f.value * scale for f, scale in found}) != 1 or len(found) > 2:
        return []                     # no figure, or two that differ: which is the base, the figures cannot say
    base, scale = max(found, key=lambda pair: pair[0].start)
    written = _written(base, scale)
    why = (f"{written} ({base.clause.strip(' |')}) is the one figure of the report that {current.text} less the change "
           f"{change.text} gives, to the rounding of both: the base of the change and of {rate.text}")
    return _over_stated_base(current, change, rate, base, scale, falls, why, (base.start,))


def _values(document: Document, kind: str) -> tuple[list[float], list[tuple[Figure, float]]]:
    """The report's figures of ``kind`` given to :data:`STATED_BASE_DIGITS` digits or more, by value in the text's
    units (a table's cell times its column's unit), sorted: made once per document and kind."""
    key = ("values", kind)
    cached = document._starts.get(key)
    if cached is None:
        cells = scaled_cells(document)
        pairs = []
        for members in document.paragraphs:
            for figure in members:
                scale, cell_kind = cells.get(figure.claim_id, (1.0, ""))
                if (cell_kind == kind and not figure.unit if cell_kind else figure.kind == kind and figure.amount) \
                        and digits(figure) >= STATED_BASE_DIGITS and figure.value > 0:
                    pairs.append((figure.value * scale, figure, scale))
        pairs.sort(key=lambda p: p[0])
        cached = document._starts[key] = ([p[0] for p in pairs], [(p[1], p[2]) for p in pairs])
    return cached


#: a base stated elsewhere is taken for a level's change and rate only when given to this many digits, and the rate to
#: this many: by chance no other figure fits a rate of 15.29% to its rounding
STATED_BASE_DIGITS = 4
STATED_BASE_RATE_DIGITS = 3


def _on_stated_base(document: Document, finding: Finding) -> list[Finding] | None:
    """``营业收入 B，较上年同期增加 D，同比增长 r%`` whose D and r disagree (D over B − D is no r), with the year-ago
    figure A stated elsewhere (a table's 上年同期 column, in its unit) and r fitting B over A to its rounding: the slip is D's, so B over A recomputes r
    and B − A recomputes D (D over B − D would blame r). A is the one figure of the report, given to
    :data:`STATED_BASE_DIGITS` digits, that r (given to :data:`STATED_BASE_RATE_DIGITS`) fits. Where A fits D instead,
    the slip is r's, which D over B − D blames already."""
    if finding.doubt:
        return None                 # a level named sentences before the change: which figure changed is in doubt
    uses = finding.spec["uses"]
    current, change = document.figure_of(uses["current"]), document.figure_of(uses["change"])
    rate = document.figure_of(finding.spec["stated"])
    if current is None or change is None or rate is None:
        return None
    falls = "current + change" in finding.spec["formula"]
    sign = -1 if falls else 1
    def rate_of(low_base, high_base, low, high):       # the rate's interval over a base's interval
        return (low / high_base - 1) * 100 * sign, (high / low_base - 1) * 100 * sign
    low, high = sorted(rate_of(current.low - sign * change.high, current.high - sign * change.low,
                               current.low, current.high))
    if high >= rate.low and low <= rate.high:
        return None                                     # D and r agree: the reading stands
    if digits(rate) < STATED_BASE_RATE_DIGITS:
        return None
    cells = scaled_cells(document)
    fitting = []
    for members in document.paragraphs:
        for base in members:
            scale, kind = cells.get(base.claim_id, (1.0, ""))
            alike = kind == current.kind and not base.unit if kind else base.same(current)   # a cell in 万元: money
            if base is current or base is change or not alike or digits(base) < STATED_BASE_DIGITS or base.low <= 0:
                continue
            low, high = sorted(rate_of(base.low * scale, base.high * scale, current.low, current.high))
            if high >= rate.low and low <= rate.high:
                fitting.append((base, scale))
    if len(fitting) != 1:
        return None
    base, scale = fitting[0]
    written = _written(base, scale)
    why = (f"{change.text} and {rate.text} disagree over {current.text}; {written} ({base.clause.strip(' |')}) is the "
           f"one figure of the report that {rate.text} fits as its base, so both are recomputed from it")
    return _over_stated_base(current, change, rate, base, scale, falls, why)


def _written(base: Figure, scale: float) -> str:
    """A base as a reader finds it: a table's cell with its column's unit (``91.95 × 10000``), else its text."""
    return f"{base.text} × {scale:g}" if scale != 1 else base.text


def _over_stated_base(current: Figure, change: Figure, rate: Figure, base: Figure, scale: float, falls: bool, why: str,
                      tiebreak: tuple[int, ...] = ()) -> list[Finding]:
    """The rate and the change of ``current`` recomputed over a base the report states elsewhere (``scale``: its
    column's unit), saying ``why`` it is their base."""
    written = _written(base, scale)
    scaled = f"(base * {scale:g})" if scale != 1 else "base"
    uses = {"base": base.claim_id, "current": current.claim_id}
    return [
        Finding("growth", f"auto-growth-{current.start}", {
            "description": f"{written} → {current.text}: the stated change {rate.text} recomputed",
            "uses": uses, "formula": f"(1 - current / {scaled}) * 100" if falls else f"(current / {scaled} - 1) * 100",
            "stated": rate.claim_id, "unit": "percent",
            "assumptions": [f"{rate.text} is the change from {written} to {current.text}", why]},
            tiebreak=(rate.start, *tiebreak)),
        Finding("change", f"auto-change-{current.start}", {
            "description": f"{written} → {current.text}: the stated change {change.text} recomputed",
            "uses": dict(uses), "formula": f"{scaled} - current" if falls else f"current - {scaled}",
            "stated": change.claim_id, "unit": unit_name(current.unit),
            "assumptions": [f"{change.text} is the change from {written} to {current.text}", why]},
            tiebreak=(change.start, *tiebreak))]


def _find(document: Document) -> Iterator[Finding]:
    for figures in document.paragraphs:
        explained: set[int] = set()     # changes read together with a rate (not derived again on their own)
        for figure in figures:
            if figure.unit == "%" and figure.kind == "percent" and _is_rate(figure):
                if "分别" in figure.clause or "依次" in figure.clause:
                    yield from _each_rate(document, figures, figure)
                else:
                    yield from _rate(document, figures, figure, explained)
            elif figure.unit == "%" and figure.kind == "percent" and RATE_LEAD.search(figure.lead) \
                    and "占" not in figure.lead and "分别" not in figure.clause:
                yield from _named_subject_rate(document, figures, figure)   # 企业资金比上年增长 r%, sentences later
            elif figure.unit == "个百分点" and (RATE_LEAD.search(figure.lead) or POINTS_LEAD.search(figure.lead)) \
                    and (not _names_own_subject(figure) or _names_the_share(figures, figure)):
                yield from _points(document, figures, figure)           # also 提升 c, 较上年的 a% 收窄 c
            elif figure.unit == "个百分点" and (GAP_OTHER.search(figure.clause) or GAP_BEYOND.search(figure.clause)):
                bracketed = list(_gap_after_reference(document, figures, figure))   # 增速高于全国平均水平（a%）d
                yield from bracketed or _named_rate_gap(document, figures, figure)  # 增长 a%，增速比规模以上工业高 d
            elif figure.unit == "倍" and RATE_LEAD.search(figure.lead) and "是" not in figure.clause:
                yield from _times_growth(document, figures, figure)     # 比上年增长 1.2倍: +120%
            elif figure.unit == "倍":
                yield from _multiple(document, figures, figure)
        for figure in figures:
            if (figure.level or figure.unit == "个百分点") and FORMER_LATTER.search(figure.clause):
                yield from _former_latter(document, figures, figure)        # a，b，前者比后者高 D
            elif figure.level and NAMED_COMPARISON.search(figure.clause):
                yield from _named_difference(document, figures, figure)
            elif figure.level and OTHER_NAMED.search(figure.clause):
                yield from _difference_of_subject(document, figures, figure)
            elif figure.unit == "个百分点" and NAMED_COMPARISON.search(figure.clause):
                yield from _named_points(document, figures, figure)
            lead = UNIT_TAIL.sub("", figure.lead)      # 92.5万立方米/日，增加 D: the words after the unit's end
            net = list(_net(document, figures, figure)) if figure.level and NET_LEAD.search(lead) else []
            if net:
                yield from net                          # 新设立 a，注销 b，净增 c: c = a − b
            elif figure.level and figure.index not in explained and CHANGE_LEAD.search(lead) \
                    and not _names_own_subject(figure, CHANGE_LEAD):
                yield from _change(document, figures, figure)
            elif figure.level and figure.index not in explained and CHANGE_END.search(figure.clause) \
                    and not _rate_follows(figures, figure):
                yield from _change_of_named(document, figure)   # X比上年增加 D, X's B and rate stated before
            elif figure.level and figure.index not in explained and VERB_AFTER_BASE.match(lead):
                yield from _change_after_base(document, figures, figure)
            elif figure.level and figure.index not in explained and NEW_AFTER_FROM.match(figure.lead):
                yield from _change_after_base(document, figures, figure, from_only=True)   # 由 A 增加到 B，新增 D
            elif figure.level and NEW_BEFORE_FROM.search(figure.clause):
                yield from list(_new_before_from(document, figures, figure)) \
                    or _new_then_stock(document, figures, figure)             # 新建 D，总数由 A 增加到 B; 新增 D，累计 B
            elif figure.index > 1 and GAP_FROM_REFERENCE.search(figure.clause):
                yield from _gap_from_reference(document, figures, figure)
            elif figure.index > 1 and (figure.level or figure.unit == "个百分点") \
                    and (GAP_AFTER_REFERENCE.match(figure.lead) or _after_bracketed_reference(document, figures, figure)):
                yield from _gap_after_reference(document, figures, figure)   # 增速高于全国（a%）d个百分点


def _is_rate(figure: Figure) -> bool:
    return bool(RATE_LEAD.search(figure.lead)) and "占" not in figure.lead and not _names_own_subject(figure)


def _each_rate(document: Document, figures: list[Figure], rate: Figure) -> Iterator[Finding]:
    """``分别达到 a 和 b，分别增长 r 和 s``: each rate is the change of the amount in the same place of the list."""
    rates = [rate]
    for figure in figures[rate.index + 1:rate.index + 12]:
        if figure.unit != "%" or not LIST_GAP.match(figure.lead):
            break
        rates.append(figure)
    amounts: list[Figure] = []          # the figures just before, one per rate (接待游客 a人次，旅游收入 b亿元，分别增长 …)
    for i in range(rate.index - 1, max(rate.index - 1 - len(rates), -1), -1):
        figure = figures[i]
        if not figure.level or figure.sentence != rate.sentence:
            break
        amounts.append(figure)
    amounts.reverse()
    if len(amounts) != len(rates) or len(rates) < 2 or _broken(document.between(amounts[-1], rate)):
        return
    on = _compared(rate.lead)
    falling = _sign(rate.lead) == "-"
    for amount, each in zip(amounts, rates):
        yield Finding("previous", f"auto-previous-{amount.start}", {
            "description": f"the figure before {amount.text} ({on}) implied by a change of "
                           f"{'-' if falling else '+'}{each.text}",
            "uses": {"current": amount.claim_id, "rate": each.claim_id},
            "formula": "current / (1 - rate / 100)" if falling else "current / (1 + rate / 100)",
            "unit": unit_name(amount.unit),
            "assumptions": [f"分别 pairs the changes with the figures in order: {each.text} is the change of "
                            f"{amount.text} on {on}"]}, tiebreak=(each.start,))


#: a net change after the flows in and out it nets: ``，净增``, ``，净减少``
NET_LEAD = re.compile(r"^[，,]?(?:实现)?净(?:增|减|增加|减少|流入|流出)了?$")
#: the words of a flow in, and of a flow out
FLOW_IN = re.compile(r"新设立|新设|新增|新登记|新注册|设立|登记|开业|迁入|流入|招录|录用|新建|出生|增加|制发|印发|出台|新签|开通")
FLOW_OUT = re.compile(r"注销|撤销|吊销|关闭|退出|迁出|流出|离职|退休|拆除|死亡|到期|减少|转出|废止|失效|停办")


def _net(document: Document, figures: list[Figure], net: Figure) -> Iterator[Finding]:
    """``新设立慈善冠名基金 a，注销到期基金 b，净增 c``: the two figures before the net change, in its unit and
    sentence, one a flow in and the other a flow out: c = a − b (a net fall: b − a)."""
    before = [f for f in _previous(figures, net, 2) if f.same(net) and f.level]
    if len(before) != 2:
        return
    out, into = before                            # nearest first: the flow out, then the flow in
    if not (FLOW_IN.search(into.clause) and FLOW_OUT.search(out.clause)) or FLOW_OUT.search(into.clause) \
            or re.search(r"[；;]", document.between(into, net)):
        return
    falls = bool(re.search(r"减|流出", net.lead))
    yield Finding("difference", f"auto-difference-{net.start}", {
        "description": f"{into.text} in, {out.text} out: the net {'fall' if falls else 'rise'} {net.text} recomputed",
        "uses": {"a": into.claim_id, "b": out.claim_id}, "formula": "b - a" if falls else "a - b",
        "stated": net.claim_id, "unit": unit_name(net.unit),
        "assumptions": [f"{net.text} (净…) nets {into.text} ({into.clause.strip('，,')}) and {out.text} "
                        f"({out.clause.strip('，,')})"]}, tiebreak=(net.start,))


#: the words naming a share or a rate as such (``占比``, ``省内就业比例``, ``重印率``), which a change in points names
SHARE_WORD = re.compile(r"(?:占比?|比重|比例|份额|率)$")     # 占|比较上年: 占比 read with 比较


def _names_the_share(figures: list[Figure], points: Figure) -> bool:
    """``…占 b%，省内就业比例比上届提高 c个百分点`` / ``占网络零售额的 b%，占比较上年同期提高 c``: the change in points names
    a share or a rate (its words end so), and the percent right before it in its sentence is a share stated with 占 —
    the one it names, not a growth rate (``同比增长 g%，份额较上年提高 c``: the share is stated elsewhere)."""
    found = RATE_LEAD.search(points.clause)
    before = re.sub(r"[，,、\s]", "", points.clause[:found.start()]) if found else ""
    if not SHARE_WORD.search(before) or points.index == 0:
        return False
    share = figures[points.index - 1]
    return share.unit == "%" and share.sentence == points.sentence and "占" in share.lead \
        and not RATE_LEAD.search(share.lead)


def _names_own_subject(figure: Figure, wording=None) -> bool:
    """``第一产业增加值增长 7.2%`` / ``城镇人口比上年增加 1.2万人``: the change names a subject of its own, so it
    is not the change of the figure before it."""
    found = (wording or RATE_LEAD).search(figure.clause)
    if not found:
        return False
    before = re.sub(r"[，,、\s]", "", figure.clause[:found.start()])
    return not GENERIC_SUBJECT.match(before)


def _comparable(document: Document, rate: Figure) -> str:
    """The doubt for a rate at comparable prices (its figures are at current prices), else ''."""
    words = document.between(document.sentence_start(rate.start), rate)
    return ("the rate is measured at comparable prices or like for like; the figures are at current prices"
            if COMPARABLE.search(words) else "")


def _previous(figures: list[Figure], figure: Figure, steps: int = BACK):
    """Figures before ``figure`` in its sentence, nearest first, at most ``steps``."""
    for i in range(figure.index - 1, max(figure.index - 1 - steps, -1), -1):
        other = figures[i]
        if other.sentence != figure.sentence:
            return
        yield other


def _subject(document: Document, figures: list[Figure], rate: Figure) -> Figure | None:
    """The amount a rate qualifies: the nearest before it, over other rates of the same figure."""
    for other in _previous(figures, rate):
        if rate.start - other.end > NEAR * 2:
            return None
        if (other.unit == "%" and (_is_rate(other) or _stated_share(other))) or (_incidental(other) and not (
                other.amount and rate.start - other.end <= NEAR and RATE_LEAD.match(document.between(other, rate).lstrip("，,"))
                and (CHANGE_LEAD.search(other.lead) or not CHANGE_VERB_END.search(other.lead)))):
            continue                    # B，占 X 的 s%（完成预算的 s%），增长 r%: r is the change of B, not of s; a
            #                             number of days right before its rate is its subject (52.3天，缩短 r%)
        if other.level and rate.start - other.end <= NEAR \
                and not _broken(SHARE_BETWEEN.sub("", document.between(other, rate))):
            return other
        return None
    return None


#: a share told between a level and its rate (``工业用水量 a，占 s%，比上年下降 r%``): the words of a figure skipped above,
#: which name no other subject
SHARE_BETWEEN = re.compile(r"[，,](?:约|仅|已)?占[^，。；;\d]{0,20}?[\d.]+[%％]")


def _stated_share(figure: Figure) -> bool:
    """A share stated with 占 or as a share of a budget, plan or limit (完成预算的, 为计划的, 完成新增债务限额的)."""
    return bool(SHARE_LEAD.search(figure.lead) or PLANNED_SHARE_LEAD.search(figure.lead)
                or SHARE_OF_LEAD.search(figure.lead))


#: ``，完成新增债务限额的 s%``, ``，为上年的 s%``: a figure's share of another, named before 的
SHARE_OF_LEAD = re.compile(r"^[，,](?:完成|为|相当于|达到?)[^，。；,;\d]{1,16}的$")


def _incidental(figure: Figure) -> bool:
    """A figure inside the wording of a change (``是三年前的``, ``比去年同期两个月``): a duration, an age, a rank."""
    return figure.kind in ("duration", "age", "rank", "temperature")


def _broken(gap: str) -> bool:
    """A gap that leaves the clause: a semicolon or sentence end, or another subject named (其中, 占)."""
    return bool(re.search(r"[；;。！？]|其中|占", gap))


def _before_same(document: Document, figures: list[Figure], figure: Figure) -> Figure | None:
    """The figure right before ``figure`` in its sentence, in the same unit, close enough to be its subject — past a
    share of it and the whole that share is of (``B，为市下达任务（P）的 s%，比上年增加 D``: B, never P)."""
    steps = 2
    for other in _previous(figures, figure, 4):
        if steps == 0:
            return None
        if other.same(figure) and _whole_of_next_share(document, figures, other):
            continue                    # P of 为预算（P）的 s%: the whole of the share, not the subject of D
        if _equivalent(document, figures, other):
            continue                    # 8,426.3万亩（5,617.5千公顷），比上年增加 D: the first figure in another unit
        if in_brackets(other) and re.search(r"[=＝]$|以[^，,（(]{0,8}为$", other.lead):
            continue                    # 收入之比为 2.15（农村居民=1），上年为 2.19: the scale of the ratio, no figure
        steps -= 1
        between = SHARE_CLAUSE.sub("", document.between(other, figure))
        if other.same(figure) and figure.start - other.end <= NEAR and not _broken(BARE_BASE_OPENS.sub("", between)) \
                and (not BARE_BASE_OPENS.search(between) or not _alike_before(document, figures, other)):
            return other                # B，占 W 的 s%，上年同期为 A: past the share of B (also past a semicolon
            #                             before a base naming nothing: B，占 W 的 s%；上年同期为 A)
        if not (other.unit == "%" and (_is_rate(other) or _stated_share(other) or (
                other.index > 0 and _whole_of_next_share(document, figures, figures[other.index - 1])))):
            return None                 # past a rate or a share of it (为预算 P 的 s%), nothing else
    return None


def _alike_before(document: Document, figures: list[Figure], figure: Figure) -> bool:
    """Another figure of ``figure``'s unit stands before it in its clause run (since the last semicolon): ``受理 a，办结
    b；上年同期为 A`` — which A is of the words do not tell."""
    return any(other.same(figure) and not re.search(r"[；;]", document.between(other, figure))
               for other in _previous(figures, figure, 4))


def _equivalent(document: Document, figures: list[Figure], figure: Figure) -> bool:
    """``figure`` restates the figure right before it in another unit, in brackets (``8,426.3万亩（5,617.5千公顷）``)."""
    before = figures[figure.index - 1] if figure.index > 0 else None
    return before is not None and before.sentence == figure.sentence and before.end == figure.start - 1 \
        and document.raw[before.end:figure.start] in ("（", "(") and document.raw[figure.end:figure.end + 1] in ("）", ")")


def _subject_before(document: Document, figures: list[Figure], base: Figure) -> Figure | None:
    """The figure a base stated after it is of: the one right before it in its unit (:func:`_before_same`), past other
    bases and changes of the same subject (``B，比上年的 A1 增长 r1%，比前年的 A2 增长 r2%``: B, not A1)."""
    current = _before_same(document, figures, base)
    for _ in range(3):
        if current is None or not (BASE_LEAD.search(current.lead) or BRACKETED_BASE.search(current.lead)
                                   or (CHANGE_LEAD.search(current.lead) and not _names_own_subject(current, CHANGE_LEAD))):
            return current
        current = _before_same(document, figures, current)
    return None


def _whole_of_next_share(document: Document, figures: list[Figure], figure: Figure) -> bool:
    """``figure`` is the whole of the percent right after it (``完成预算（183.05亿元）的 101.8%``, ``为任务 P 的``)."""
    after = figures[figure.index + 1] if figure.index + 1 < len(figures) else None
    return after is not None and after.unit == "%" and after.sentence == figure.sentence \
        and bool(re.match(r"[）)]?的(?:比重|比例)?(?:为|是)?$", document.raw[figure.end:after.start]))


#: ``年均提升``, ``平均每年提高``: a change in points a year, over years whose first and last rates are stated
YEARLY_POINTS = re.compile(r"年均|平均每年|每年")

#: a base that opens its clause after a semicolon naming nothing (``；上年同期为``): it is of the figure before
BARE_BASE_OPENS = re.compile(r"[；;](?:上年|去年|上年同期|去年同期)(?:为|是)$")

#: ``，占全市营业性客运量的 36.9%``, ``，为预算 P 的 103.1%``: a share of the figure before stated between it and its
#: base or change
SHARE_CLAUSE = re.compile(r"[，,]占[^，,；;。]*|[，,](?:为|是|完成|达到?)[^，,；;。]*?的[^，,；;。]*")


def _bracketed_current(document: Document, figures: list[Figure], base: Figure) -> Figure | None:
    """The figure a bracketed base (``比上年（A）``) is compared with: the one before it in its sentence and unit,
    past a share and its whole stated between (``B，为年初预算 P 的 101.8%，比上年（A）增长 r%``: B, not P)."""
    for other in _previous(figures, base, 4):
        if document.bracketed(other, base):
            continue                                    # B（其中税收 a），比上年（A）: a is inside a note
        if other.unit == "%" and (_is_rate(other) or _stated_share(other) or other.lead.startswith("的")):
            continue
        if other.same(base) and document.raw.startswith("的", other.end):
            continue                                    # P of 为年初预算 P 的 s%: the whole of a share
        return other if other.same(base) and (other.plain or _level_average(other)) \
            and not _broken(document.between(other, base)) else None
    return None


def _subject_named_apart(base: Figure, current: Figure) -> bool:
    """The base's own words name what is compared (``票房较上年同期的``, ``营业收入比上年的``) and the figure before it
    is named otherwise (``平均票价 43.3元``): it is not that figure's base."""
    found = BASE_LEAD.search(base.lead)      # the words of its own clause only (not ``（TEU），上年为``, ``/万元，上年为``)
    said = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[，,、；;：:（）()/\s]", base.lead[:found.start()])[-1]) \
        if found else ""
    if len(said) < 2 or GENERIC_SUBJECT.match(said):
        return False
    return not bigrams(said) & bigrams(current.clause)


def _level_average(figure: Figure) -> bool:
    """An average stated as a level of its own (全市年平均降水量 B, 城镇居民人均可支配收入 B), no change or base: it
    changes and is compared as any level."""
    return figure.level and bool(AVERAGE_LEAD.search(figure.clause)) and not CHANGE_LEAD.search(figure.lead) \
        and not BASE_LEAD.search(figure.lead) and not FROM_LEAD.search(figure.lead) \
        and not OTHER_PERIOD.search(figure.lead)


def _from_base(document: Document, figures: list[Figure], current: Figure) -> Figure | None:
    """``由 A … 到 B``: the base A of ``current`` (same unit), or None."""
    for other in _previous(figures, current, 3):
        if other.same(current):
            gap = document.between(other, current)
            if (FROM_LEAD.search(other.lead) or FROM_PER_UNIT.search(other.lead)) and TO_GAP.search(gap) \
                    and not _broken(gap):
                return other                # also 由每人每年 A 提高到 B
            return None
    return None


def _sign(text: str) -> str:
    return "-" if FALLING.search(text) else "+"


def _rate(document: Document, figures: list[Figure], rate: Figure, explained: set[int]) -> Iterator[Finding]:
    doubt = _comparable(document, rate)
    for finding in _rate_findings(document, figures, rate, explained):
        if doubt and finding.kind in ("growth", "change-rate"):
            finding.doubt = doubt
        yield finding


def _rate_findings(document: Document, figures: list[Figure], rate: Figure, explained: set[int]) -> Iterator[Finding]:
    subject = _subject(document, figures, rate)
    if subject is None:
        return
    words = document.between(subject, rate)
    yearly = "年均" in rate.lead
    falling = _sign(rate.lead) == "-" or bool(re.search(r"(?:降幅|跌幅)(?:为|达到?)?$", rate.lead))
    if CHANGE_END.search(subject.clause) and (not CHANGE_LEAD.search(subject.lead)   # 各少数民族人口增加 D，增幅 r%
                                              or _names_own_subject(subject, CHANGE_LEAD)):   # 卫生技术人员比上年增加 D
        current = _named_level(document, subject)
        if current is not None and not yearly and not _same_base(subject.lead, rate.lead):
            return          # 规模比上届增加 D，比2021年扩大 r%: two bases, D and r are of two earlier figures
        if current is not None and not yearly:
            explained.add(subject.index)
            found = _change_and_rate(current, subject, rate, words)
            if subject.sentence - current.sentence > 1:
                found.doubt = f"{current.text} is the nearest figure named as the change is, sentences before it"
            yield found
        return
    if CHANGE_LEAD.search(subject.lead) and not _names_own_subject(subject, CHANGE_LEAD):   # B，比上年增加 D，增长 r%
        current = _before_same(document, figures, subject)
        if current is None:
            return
        if BASE_LEAD.search(current.lead):                     # X，比上年的 A 增加 D，增长 r%
            later = _before_same(document, figures, current)
            found = _growth(current, later, rate, falling, yearly, document) if later is not None else None
        else:                                                  # 由 A 增加到 B，增加 D，增长 r%
            base = _from_base(document, figures, current)
            found = _growth(base, current, rate, falling, yearly, document) if base is not None else None
            if base is None and not yearly:
                if not _same_base(subject.lead, rate.lead) and not _at_year_end(document, current, subject, rate):
                    yield _previous_finding(current, rate, falling)     # 比年初增加 D，同比增长 r%: two different
                    return                                              # bases (one, at the end of a year)
                found = _change_and_rate(current, subject, rate, words)    # and B − D derived (_change)
                if not _same_base(subject.lead, rate.lead):
                    found.spec["assumptions"].append(
                        f"{current.text} is told at the end of a year, whose start (年初) is a year before: the change "
                        f"on 年初 and the rate on a year before measure against one base")
        if found is not None:
            yield found
        return
    if BRACKETED_BASE.search(subject.lead) and document.raw.startswith(("）", ")"), subject.end):
        current = _bracketed_current(document, figures, subject)    # B，比上年（A）增长 r%
        found = _growth(subject, current, rate, falling, yearly, document) if current is not None \
            and _same_base(subject.lead, rate.lead) else None
        if found is not None:
            yield found
        return
    if VERB_AFTER_BASE.match(subject.lead) and subject.index not in explained:   # B，上年为 A，下降 D，降幅 r%
        base = _before_same(document, figures, subject)
        earlier = _from_base(document, figures, base) if base is not None and not BASE_LEAD.search(base.lead) \
            else None
        if earlier is not None and not yearly:                 # 由 A 调整为 B，提高 D，增幅 r%: r on A
            yield _growth(earlier, base, rate, falling, False, document)
            return
        if base is not None and earlier is None and not yearly and REACHED.search(base.lead) \
                and _sign(base.lead) == _sign(subject.lead) == ("-" if falling else "+"):
            explained.add(subject.index)                       # 提高到 B，提高 D，增幅 r%: r on B − D
            yield _change_and_rate(base, subject, rate, words)
            return
        current = _before_same(document, figures, base) if base is not None and BASE_LEAD.search(base.lead) \
            and _same_base(base.lead, rate.lead) else None
        if current is not None and not yearly and not BASE_LEAD.search(current.lead) \
                and not CHANGE_LEAD.search(current.lead):
            yield _growth(base, current, rate, falling, False, document)     # D itself: _change_after_base
        return
    if BASE_LEAD.search(subject.lead):                         # B，比上年的 A 增长 r% / B，上年为 A，增长 r%
        current = _subject_before(document, figures, subject)
        if current is not None and _subject_named_apart(subject, current):
            return          # 票房 T，…，平均票价 p，票房较上年同期的 A 下降 r%: the rate is T's, not p's
        if current is not None and re.search(r"[；;]", document.between(current, subject)) and any(
                f.unit == "%" and _is_rate(f) for f in figures[current.index + 1:subject.index]):
            return          # B，同比增长 r1%；上年为 A，增长 r2%: r2 is A's own growth, B's rate told before
        if current is None and not yearly and subject.index == 0 or (current is None and not yearly
                                                                      and figures[subject.index - 1].sentence != subject.sentence):
            current = _named_before_base(document, subject)    # X上年同期为 A，同比增长 r%: X stated sentences before
        if current is not None and not _same_base(subject.lead, rate.lead):
            if not yearly:                                     # B，上年同期为 A，…，比2019年同期增长 r%: not on A
                yield _previous_finding(current, rate, falling)
            return
        found = _growth(subject, current, rate, falling, yearly, document) if current is not None else None
        if found is not None:
            yield found
        return
    base = _from_base(document, figures, subject)
    if base is not None:                                       # 由 A 增长到 B，增长 r%
        found = _growth(base, subject, rate, falling, yearly, document)
        if found is not None:
            yield found
        return
    if yearly or _real_after_nominal(figures, rate):
        return
    planned = _planned_on(document, subject)
    if planned is not None:                                    # 收入预计 B，增长 r%: on this year's 收入 A
        yield _growth(planned, subject, rate, falling, yearly, document)
        return
    base = _base_after(document, figures, subject, rate)
    if base is not None:                                       # B，同比增长 r%，上年同期为 A
        yield _growth(base, subject, rate, falling, False, document)
        return
    paired = _period_before(document, figures, rate, subject)
    if paired is not None:                                     # 一季度 A，二季度 B，环比增长 r%
        yield _period_growth(document, *paired, rate)
        return
    yield _previous_finding(subject, rate, falling)


#: a part of a year a figure is told for: a quarter, a half, a month (not a span: 1—9月, nor a date: 6月末)
PART_OF_YEAR = re.compile(r"(?:第)?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年|(?<![\d—\-－~～至])(?P<m>1[0-2]|[1-9])月份?(?![末底\d日])")
QUARTERS = "一二三四"


def _part_of_year(words: str) -> tuple[str, int] | None:
    """The last part of a year ``words`` name, as (quarter, half or month, its number), else None."""
    found = None
    for found in PART_OF_YEAR.finditer(words):
        pass
    if found is None:
        return None
    if found.group("q"):
        q = found.group("q")
        return "quarter", QUARTERS.index(q) + 1 if q in QUARTERS else int(q)
    if found.group("h"):
        return "half", 1 if found.group("h") == "上" else 2
    return "month", int(found.group("m"))


#: a quarter-on-quarter rate that is not the ratio of the two figures stated: seasonally adjusted, at constant prices
#: (the rates of 地区生产总值 and 增加值 are, whether said or not)
REAL_PERIOD_RATE = re.compile(r"季节调整|季调|生产总值|GDP|增加值|" + COMPARABLE.pattern)


def _period_growth(document: Document, base: Figure, current: Figure, rate: Figure) -> Finding:
    """The growth of :func:`_period_before`, doubtful when the rate may be real or seasonally adjusted."""
    found = _growth(base, current, rate, _sign(rate.lead) == "-", False, document)
    found.spec["assumptions"].append(f"{base.text} is told for the part of the year before {current.text}'s, "
                                     f"in its sentence: the base of a rate on the period before (环比)")
    words = document.between(document.sentence_start(current.start), rate)
    if REAL_PERIOD_RATE.search(words):
        found.doubt = ("a rate on the quarter before of output or value added is measured at constant prices and "
                       "often seasonally adjusted; the figures are at current prices")
    return found


def _period_before(document: Document, figures: list[Figure], rate: Figure,
                   current: Figure | None = None) -> tuple[Figure, Figure] | None:
    """``一季度完成产值 A，二季度完成产值 B，二季度环比增长 r%`` / ``上半年进出口 A，下半年进出口 B，下半年比上半年增长 r%``:
    a rate on the part of the year before (环比, or 比 naming that part), its base the figure of that part stated
    before it in its sentence, in its unit and named as it is apart from the period. Returns (base, current), or
    None when the words or the figures do not say so plainly."""
    words = rate.clause
    named = re.search(r"比(?:第)?(?:[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])月份?)", words)
    if named is None and "环比" not in words:
        return None
    own = words[:named.start()] if named else words[:words.find("环比")]
    if current is None:
        for other in _previous(figures, rate, 6):
            if other.level:
                current = other
                break
    if current is None or not current.level or rate.start - current.end > NEAR * 2 \
            or _broken(document.between(current, rate)):
        return None
    period = _part_of_year(current.lead)
    if period is None or _part_of_year(own) not in (None, period):
        return None                     # 上半年 a，下半年 b，全年 T，下半年比上半年增长 r%: T is no half's
    wanted = _part_of_year(named.group(0)) if named else (period[0], period[1] - 1)
    if wanted[0] != period[0] or wanted[1] != period[1] - 1:
        return None                     # 比一季度 said of 四季度: not the part just before
    name = PART_OF_YEAR.sub("", current.clause)
    for other in _previous(figures, current, 6):
        if not other.same(current) or CHANGE_LEAD.search(other.lead) or BASE_LEAD.search(other.lead):
            continue
        if _part_of_year(other.lead) != wanted:
            continue
        rest = PART_OF_YEAR.sub("", other.clause)
        if rest != name and not (bigrams(rest) & bigrams(name)):
            return None
        return other, current
    return None


#: the words of a base stated right after the rate on it: ``，上年同期为``, ``，去年为``, ``，2023年同期为``
BASE_AFTER_RATE = re.compile(r"[，,](?:上年|去年|上年同期|去年同期|上年末|年初|上届|上期|\d{4}年(?:同期|末)?)(?:同期)?(?:为|是)")


def _base_after(document: Document, figures: list[Figure], current: Figure, rate: Figure) -> Figure | None:
    """The base of ``rate`` stated right after it in its sentence, in ``current``'s unit (``实现销售额 B，同比增长 r%，
    上年同期为 A``), measured against the date the rate is (同比 and 上年同期, not 比年初 and 上年同期); ``rate`` may be
    an absolute change too (``年末养老机构 B家，比上年增加 D家，上年为 A家``)."""
    after = figures[rate.index + 1] if rate.index + 1 < len(figures) else None
    if after is None or after.sentence != rate.sentence or not after.same(current) \
            or not BASE_AFTER_RATE.fullmatch(after.lead) or not _same_base(after.lead, rate.lead):
        return None
    if document.raw[current.end:current.end + 1] in ("）", ")"):
        return None         # 投资 B（年度计划 P），比上年增长 r%，上年为 A: P is an aside, not the figure grown
    if sub_period(document, current) and "同期" not in after.lead:
        return None         # 一季度…B，同比增长 r%，上年为 A: last year's whole, not its first quarter
    return after


def _rate_before_change(document: Document, figures: list[Figure], current: Figure,
                        change: Figure) -> Iterator[Finding]:
    """``各项存款余额 B，同比增长 r%，比年初增加 D``: a rate stated before the change, right after B — r recomputed as
    D / (B − D) when both measure against one date (比上年 and 同比; 比年初 and 同比 for a stock told at the end of a
    year, whose start is a year before)."""
    rate = figures[change.index - 1] if change.index > 1 else None
    if rate is None or rate.sentence != change.sentence or rate.unit != "%" or not _is_rate(rate) \
            or figures[rate.index - 1] is not current or "年均" in rate.lead or _sign(rate.lead) != _sign(change.lead) \
            or not re.fullmatch(r"[，,]", document.between(rate, change)[:1] or "x") \
            or _subject(document, figures, rate) is not current:
        return
    at_year_end = not _same_base(change.lead, rate.lead)
    if at_year_end and not _at_year_end(document, current, change, rate):
        return
    found = _change_and_rate(current, change, rate, document.between(current, rate))
    words = document.between(document.sentence_start(current.start), rate)
    found.doubt = _comparable(document, rate) or (
        "a rate of output or value added is measured at constant prices; the change is at current prices"
        if re.search(r"生产总值|GDP|增加值|不变价", words) else "")
    if at_year_end:
        found.spec["assumptions"].append(
            f"{current.text} is told at the end of a year, whose start (年初) is a year before: the change on 年初 "
            f"and the rate on a year before measure against one base")
    yield found


#: a level reached, its base unstated: ``标准提高到每人每月``, ``调整为``, ``降至``
REACHED = re.compile(r"(?:提高|增加|增长|上调|下调|降低|下降|减少|调整)(?:到|至|为)(?:每(?:人|户)?(?:每)?(?:月|年)?)?$|(?:增至|降至|升至)$")


#: a figure planned for the next period: ``收入预计 B``, ``支出安排 B``
PLAN_WORDS = re.compile(r"(?:预计|预期|安排|计划|拟安排)(?:为|达到?)?$")


def _planned_on(document: Document, planned: Figure) -> Figure | None:
    """``全市一般公共预算收入预计 B，增长 r%`` in next year's budget: the rate is on this year's figure, stated
    sections before under the same name without 预计 (the one so named, itself no plan)."""
    if not PLAN_WORDS.search(planned.clause):
        return None
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", PLAN_WORDS.sub("", NAME_PREFIX.sub("", planned.clause))))
    if len(name) < 4:
        return None
    so_named = [f for f in document.named(names, name, planned.start) if f.same(planned) and f.plain
                and not PLAN_WORDS.search(f.clause) and f.sentence != planned.sentence]
    if len(so_named) != 1:
        return None
    base = so_named[0]
    if sub_period(document, base) or PLACE.findall(base.clause) != PLACE.findall(planned.clause) \
            or ON_ANOTHER_BASE.match(document.raw, planned.end, min(len(document.raw), planned.end + 30)):
        return None     # 1—11月 … a; a 全市 figure for a 市级 plan; 增长 r%（按上年年初预算数计算）
    return base


#: the level of government or place a figure is named for (全市 and 市级 are different wholes)
PLACE = re.compile(r"全省|全市|全县|全区|省级|市级|县级|区级|本级")
#: a note that a planned figure's rate is on another base: ``，增长 2.6%（按上年年初预算数计算）``
ON_ANOTHER_BASE = re.compile(r"[，,]?[^，。；]{0,12}[（(]按[^）)]{0,16}(?:预算|计划)[^）)]{0,8}计算[）)]")


def _named_subject_rate(document: Document, figures: list[Figure], rate: Figure) -> Iterator[Finding]:
    """``R&D经费内部支出 T，其中企业资金 a。…企业资金比上年增长 r%``: a rate whose words name its subject, with no
    figure of it in its sentence, is the change of the one figure stated before under that name in its section (a
    figure by another name, such as 第一产业增加值 with only the GDP stated, gets nothing). Last year's figure is
    derived, nothing judged."""
    paired = _period_before(document, figures, rate)
    if paired is not None:                     # 一季度 A，二季度 B，二季度环比增长 r% / 下半年比上半年增长 r%
        yield _period_growth(document, *paired, rate)
        return
    found = RATE_LEAD.search(rate.clause)
    said = re.sub(r"[，,、\s]", "", rate.clause[:found.start()]) if found else ""
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", said)))
    if len(name) < 2 or GENERIC_SUBJECT.match(name):
        return
    before = [f for f in document.earlier(rate.start, 6 * BACK) if f.section == rate.section and f.level
              and f.amount and f.plain]
    subject = [f for f in before if name in names(f)] or \
        [f for f in before if len(name) >= 3 and any(n.startswith(name) for n in names(f))]   # 健康险 of 健康险保费收入
    if len({f.claim_id for f in subject}) != 1:
        return                      # none, or two figures so named: which one changed is not said
    subject = subject[0]
    if sub_period(document, subject) != sub_period(document, rate):
        return                      # 1—10月 … T。10月当月，规模以上工业增加值增长 r%: the month's, not T's
    place = re.match(r"全国|全省|全市|全县|全区", said)
    if place and place.group(0) not in document.raw[document.sentence_start(subject.start):subject.start]:
        return                      # 企业资金 a (the city's) … 全国企业资金比上年增长 r%: another whole's rate
    if year_of(document, subject) and year_of(document, subject) != year_of(document, rate):
        return                      # 2023年，…收入 A。2024年，收入比上年增长 r%: A is the base year's
    own = document.by_paragraph.get(subject.paragraph, [])[subject.index + 1:subject.index + 4]
    if any(f.sentence == subject.sentence and f.unit == "%" and f.kind == "percent" and _is_rate(f) for f in own):
        return                      # 民间投资 T，下降 2.3%；扣除房地产后，民间投资增长 5.8%: T's change is stated
    yield _previous_finding(subject, rate, _sign(rate.lead) == "-")


def _named_rate_gap(document: Document, figures: list[Figure], gap: Figure) -> Iterator[Finding]:
    """``高技术制造业增加值 A，增长 a%，增速比规模以上工业高 d个百分点`` with 规模以上工业增加值 B，增长 b% stated before:
    d recomputed as a − b. The first rate is the growth rate right before the gap in its sentence; the other is the
    growth rate stated right after the one figure before it whose name begins with (or is begun by) the name the gap
    gives, at least three characters — two such figures, or none, and nothing is read (the fits may still show one). That figure may stand in the rate's own sentence
    (``城镇 B，增长 b%；乡村 A，增长 a%，增速快于城镇 d``), and a name of two characters is looked for in the gap's
    paragraph only. A gap that opens its sentence naming its subject (``农村居民收入增速比城镇居民高 d``, the incomes
    stated before) takes as the first rate the one after the figure whose words best hold that subject's."""
    named = GAP_OTHER.search(gap.clause) or GAP_BEYOND.search(gap.clause)
    other_name = named.group("other") if "other" in named.re.groupindex and named.group("other") else named.group("other2")
    if OTHER_TIME.search(other_name) or (RATE_LEAD.search(gap.lead) and OTHER_TIME.search(gap.lead)):
        return
    current = next((f for f in _previous(figures, gap, 2) if f.unit == "%" and RATE_LEAD.search(f.lead)
                    and "占" not in f.lead), None)
    if current is not None and _broken(document.between(current, gap)):
        return
    subject = re.sub(r"[，,、\s]", "", gap.clause[:named.start()])
    subject = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", re.sub(r"(?:的)?(?:增速|增幅)$", "", subject))))
    if current is None and (len(subject) < 3 or any(f.sentence == gap.sentence for f in _previous(figures, gap, 1))):
        return                          # the gap's sentence states figures of its own, none a rate right before it
    written = _bare_reference(other_name)
    name = MEASURE_SUFFIX.sub("", written)
    whole = current is not None and bool(WHOLE_REFERENCE.match(other_name))   # 增速比全省平均水平高 d
    if len(name) < 2 and not whole:
        return
    wanted = [name] + _other_names(NAME_PREFIX.sub("", re.sub(r"(?:的)?(?:增速|增幅)$", "", other_name))) \
        if not whole else []
    pairs, ends, short, rivals = {}, {}, {}, set()
    own_words = document.raw[document.sentence_start(gap.start):gap.start]
    before = current.start if current is not None else gap.start
    nearby = document.earlier(before, 6 * BACK * 4)
    far = [f for w in wanted if len(w) >= 3 for f in document.named(names, w, before)]   # stated sections before
    for figure in dict.fromkeys(nearby + far):
        if not _grown_level(figure):
            continue                    # an average grows too: 城镇居民人均可支配收入 B，增长 b%
        if (len(written) < 3 and figure.paragraph != gap.paragraph and not whole) \
                or _period_apart(document, figure, current or gap) or _place_apart(document, figure, other_name):
            continue                    # 前三季度税收收入 a，增长 r% is no whole of the year's 制造业税收收入
        rate = _growth_of(document, figure)
        if rate is None or rate is current:
            continue
        pairs.setdefault("all", {})[rate.claim_id] = (figure, rate)
        if current is not None and any(_qualifier_said(n, w, own_words) for n in _tail_names(figure) for w in wanted):
            rivals.add(rate.claim_id)                 # 江北区各项贷款余额 b% for 江北区涉农贷款 …高于各项贷款增速
        if any((n.startswith(w) and not MEASURE_AFTER_VERB.match(n[len(w):])) or (len(n) >= 3 and w.startswith(n))
               for n in _measure_names(figure) for w in wanted):
            pairs[rate.claim_id] = (figure, rate)     # 增速比全部投资高: 固定资产投资 B，增长 b%
        elif len(written) >= 3 and figure.paragraph != gap.paragraph \
                and any(NAME_TAIL.sub("", n).endswith(w) for n in names(figure) for w in wanted):
            ends[rate.claim_id] = (figure, rate)      # 高于各项贷款增速: 金融机构各项贷款余额 B，增长 b% (far)
        elif any(_shortened(n, w) for n in _measure_names(figure) for w in wanted):
            short[rate.claim_id] = (figure, rate)     # 比市政公用设施投资高: 市政公用设施建设固定资产投资 B
    everything = pairs.pop("all", {})
    if whole:
        subject = _subject(document, figures, current)
        found = _whole_of(document, subject, [f for f, r in everything.values()],
                          lambda f: _grown_level(f) and _growth_of(document, f) not in (None, current)
                          and not _place_apart(document, f, other_name)) if subject is not None else None
        pairs = {_growth_of(document, found).claim_id: (found, _growth_of(document, found))} if found is not None else {}
    weak = ""
    if not pairs:
        pairs = ends or short           # a name read by its end, or shortened, only when no figure is named by its start
        if len(pairs) == 1 and KIND_BEFORE_NAME.search(next(iter(pairs.values()))[0].clause):
            weak = "the other rate's figure is named {name}, a kind of what the words {other} name (ETC通行费收入 " \
                   "for 通行费收入, 新发放普惠小微贷款 for the balance), not all of it"
    if len(pairs) != 1 or rivals - set(pairs):
        return                          # none, two, or one of the subject the gap's sentence names besides
    [(figure, rate)] = pairs.values()
    if current is not None and bool(REAL_RATE.search(current.lead)) != bool(REAL_RATE.search(rate.lead)):
        return                          # 实际增长 a% against the other's nominal 增长 b% (or the reverse): unlike rates
    if current is not None and "其中" in current.lead and any(_parallel(w, figure) for w in _previous(figures, current, 4)
                                                             if w is not figure):
        return      # 农村居民…收入 A，增长 a%，其中工资性收入增长 a'%，增速快于城镇居民 d: A's gap, not the part's
    if current is not None and rate.sentence == current.sentence and RATE_GAP.search(gap.clause) \
            and (re.search(r"(?:增速|增幅)了?$", gap.clause) or _read_by_averages(figures, gap)):
        return                          # 出口增速高于进口增速 d, 利润增速比营业收入高 d with both rates in its sentence:
        #                                 the averages' reading (the gap names its own subject before 增速)
    if current is None:                 # 农村居民收入增速比城镇居民高 d: the subject's rate, stated before
        found = _best_named(_pairs(subject), (f for f, r in everything.values() if r is not rate))
        if found is None:
            return
        current = next(r for f, r in everything.values() if f is found[1])
        if gap.sentence - current.sentence > 3 or current.section != gap.section:
            return
    slower = re.search(r"低|慢", named.group(0)) is not None
    yield Finding("difference", f"auto-difference-{gap.start}", {
        "description": f"{gap.text} ({named.group(0)}) recomputed as the gap of {current.text} and {rate.text}, the "
                       f"growth of {figure.text} ({other_name})",
        "uses": {"rate": current.claim_id, "other": rate.claim_id},
        "formula": "other - rate" if slower else "rate - other", "stated": gap.claim_id,
        "unit": "percentage points",
        "assumptions": [f"{other_name} is {figure.text}, the one figure before named so, and {rate.text} its growth"]},
        weak.format(name=figure.clause.lstrip("，,"), other=other_name) if weak else "")


#: a verb after the name a gap gives, before another measure (``普惠小微贷款支持小微经营主体 N户``): the figure counts what
#: the named thing reaches, not the thing itself
MEASURE_AFTER_VERB = re.compile(r"支持|带动|惠及|覆盖|服务|涉及|吸纳|帮扶|撬动")
#: words in a name, before what a gap names, that make it one kind of it (ETC通行费收入, 新发放贷款), not its owner (金融
#: 机构各项贷款): a rate's other term read only by the name's end is doubtful when they stand in its words (Latin
#: letters as a kind: ETC, 5G; an acronym for the whole, GDP, would be read doubtful too — shown, never accused)
KIND_BEFORE_NAME = re.compile(r"[A-Za-z]|新发放|新增|新发|新签|新建")


def _read_by_averages(figures: list[Figure], gap: Figure) -> bool:
    """The gap names both its rates' subjects (``利润增速比营业收入高 d``) and :mod:`~.averages` reads it so: one reading."""
    from helpers.claims.relations.averages import _rate_gap

    return next(iter(_rate_gap(figures, gap)), None) is not None


def _measure_names(figure: Figure) -> tuple[str, ...]:
    """A figure's names (:func:`~.totals.names`) and, when a verb of what was done stands inside one, the measure after
    it (上市公司实现营业收入 → 营业收入; 全市法院受理案件 → 案件): what a comparison names it by."""
    found = names(figure)
    return found + tuple(dict.fromkeys(tail for n in found for tail in [DONE_IN_NAME.sub("", n)]
                                       if tail != n and len(tail) >= 2))


def _shortened(name: str, wanted: str) -> bool:
    """``wanted`` is ``name`` shortened in its middle (市政公用设施投资 for 市政公用设施建设固定资产投资): its first four
    characters or more begin ``name`` and its last two end it, no rate's word between."""
    if len(wanted) < 6 or len(name) <= len(wanted) or not name.endswith(wanted[-2:]):
        return False
    head = next((k for k in range(len(wanted) - 2, 3, -1) if name.startswith(wanted[:k])), 0)
    return head >= 4 and wanted[head:-2] in name[head:-2] and not NOT_A_LEVEL.search(name)


def _bare_reference(words: str) -> str:
    """The name a comparison gives the other figure, without the words of place, time and who before it (全部, 全市,
    全行: ``增速比全行营业收入增速高`` → 营业收入) — its measure word (量, 额) kept."""
    words = re.sub(r"^全部", "", words)
    while True:
        bare = CORE_PREFIX.sub("", SUBJECT_WORDS.sub("", NAME_PREFIX.sub("", words)))
        if bare == words:
            return bare
        words = bare


def _qualifier_said(name: str, wanted: str, words: str) -> bool:
    """``name`` is ``wanted`` after words that qualify it (江北区各项贷款 of 各项贷款, 铁路货运 of 货运), and those words
    stand in ``words`` (the gap's sentence, about 江北区 or 铁路): the figure of the sentence's own subject."""
    if len(name) <= len(wanted) or not name.endswith(wanted):
        return False
    qualifier = CORE_PREFIX.sub("", NAME_PREFIX.sub("", name[:-len(wanted)]))
    return len(qualifier) >= 2 and qualifier in words


def _tail_names(figure: Figure) -> list[str]:
    """A figure's names (:func:`~.totals.names`) without the words after a measure that are not its name
    (:data:`~.words.NAME_TAIL`: 各项贷款余额 → 各项贷款)."""
    return [NAME_TAIL.sub("", n) for n in names(figure)]


def _grown_level(figure: Figure) -> bool:
    """A figure whose growth a gap of rates may compare: an amount or an average stated as a level of its own, no
    change, base or other period's figure."""
    return figure.level and figure.amount and bool(figure.plain or AVERAGE_LEAD.search(figure.clause)) \
        and not CHANGE_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead) \
        and not FROM_LEAD.search(figure.lead) and not OTHER_PERIOD.search(figure.lead)


def _growth_of(document: Document, figure: Figure) -> Figure | None:
    """The growth rate stated right after ``figure`` in its sentence (``B，增长 b%``, ``B，上年为 A，增长 b%``), past a
    share of a budget or plan and its whole (``B，完成调整预算 P 的 s%，增长 b%``), or None."""
    members = document.by_paragraph.get(figure.paragraph, [])
    for i, f in enumerate(members[figure.index + 1:figure.index + 5]):
        if f.sentence != figure.sentence:
            return None
        if f.unit == "%" and _is_rate(f):
            return f
        if i >= 1 and not (f.unit == "%" and (_stated_share(f) or f.lead.startswith("的"))) \
                and not document.raw.startswith("的", f.end):
            return None                 # another figure of its own between: its rate is not B's
    return None


def _whole_of(document: Document, part: Figure, candidates: list[Figure], keep=None) -> Figure | None:
    """Of ``candidates`` (figures before ``part``) and the figures of the report so named (:meth:`Document.named`,
    those ``keep`` accepts), the whole the words ``全省平均水平`` / ``全市整体`` mean: the figure of ``part``'s unit whose
    name (three characters or more) ``part``'s name ends with, after words that qualify it (企业R&D经费 → R&D经费,
    青川市居民人均可支配收入 → 居民人均可支配收入), the longest such name (农村居民… before 居民… for a village's
    农村居民…); an amount no smaller than the part, of the part's year and period within the year. None when none,
    or two figures of different values are named so."""
    best, found = 0, []
    own = [n for n in _tail_names(part) if len(n) >= 3]
    named = [f for n in own for k in range(1, len(n) - 1) for f in document.named(names, n[k:], part.start)]
    for figure in dict.fromkeys([*candidates, *(f for f in named if keep is None or keep(f))]):
        if figure is part or not figure.same(part) or figure.start >= part.start \
                or (part.plain and figure.value < part.value):
            continue
        held = max((len(w) for w in _tail_names(figure) if len(w) >= 3     # 出口 is no whole of 东盟进出口
                    for n in own if n != w and n.endswith(w)), default=0)
        if not held:
            continue
        if held > best:
            best, found = held, [figure]
        elif held == best:
            found.append(figure)
    if not found or len({f.value for f in found}) != 1:
        return None
    whole = found[0]
    if (year_of(document, whole) or year_of(document, part)) != (year_of(document, part) or year_of(document, whole)) \
            or _period_apart(document, whole, part):
        return None                     # 2023年 … R&D经费 A; 一季度 … : another year's or period's whole
    if _sibling_beside(document, part, whole):
        return None                     # 居民… A，其中城镇居民 u，农村居民 r: a village's 农村居民… is of r, not of A
    return whole


def _sibling_beside(document: Document, part: Figure, whole: Figure) -> bool:
    """A figure of ``part``'s unit stated in ``whole``'s sentence is named, elliptically, by the words that qualify
    ``part``'s name before the whole's (``全市居民人均可支配收入 A，其中城镇居民 u，农村居民 r`` and ``安平县农村居民人均
    可支配收入 B``: 农村居民 starts with 农村, which qualifies B): the group's own figure, of which the average the words
    name may be meant as much as of the whole."""
    qualifiers = {n[:-len(w)] for n in _tail_names(part) for w in _tail_names(whole)
                  if len(w) >= 3 and n != w and n.endswith(w)}
    tails = {q[k:] for q in qualifiers for k in range(len(q) - 1)}
    return any(f is not whole and f is not part and f.sentence == whole.sentence and f.unit == part.unit
               and any(n.startswith(t) for n in _tail_names(f) for t in tails)
               for f in document.by_paragraph.get(whole.paragraph, []))


def _place_apart(document: Document, figure: Figure, words: str) -> bool:
    """The words of a comparison name a whole place (``比全区规模以上工业高``) and ``figure``'s sentence names another
    before it (``全市规模以上工业增加值 B``): not the figure meant."""
    said = WHOLE_PLACE.match(words)
    named = WHOLE_PLACE.findall(document.raw, document.sentence_start(figure.start), figure.start)
    if said and not named:              # the report's own place: 全省 said, and the report never names it before
        return said.group(0) not in document.raw[:figure.start]     # (江北区 … 是全省平均水平的 in a city's report)
    return bool(said and named and named[-1] != said.group(0))


def _period_apart(document: Document, other: Figure, figure: Figure) -> bool:
    """``other``'s sentence names a period within the year (前三季度, 一季度) that ``figure``'s does not, other than
    the report's own, named in its headline (前三季度 … 全省居民人均可支配收入 in a report on the first three quarters;
    its first :data:`HEADLINE` characters)."""
    mine, its = _within_year(document, figure), _within_year(document, other)
    return its != mine and not (not mine and its in _headline(document)
                                and not YEAR_OWN.search(document.raw, document.sentence_start(figure.start), figure.start))


#: words of a sentence naming the year's own end or whole (``年末，涉农贷款…``): no period within the year left unsaid
YEAR_OWN = re.compile(r"全年|年末|年底|12月[末底]")


#: characters at the start of a report that may name its own period (title, dateline, lead), at most
HEADLINE = 300


def _headline(document: Document) -> str:
    """The words that open a report up to the end of its first paragraph with a figure (title, dateline, lead), at
    most :data:`HEADLINE` characters: where the report names its own period."""
    first = next((members[0] for members in document.paragraphs if members), None)
    end = document.raw.find("\n", first.end) if first is not None else -1
    return document.raw[:HEADLINE if end < 0 else min(end, HEADLINE)]


def _within_year(document: Document, figure: Figure) -> str:
    """:func:`~.totals.sub_period`, but for the end of the year's last month (``12月末``, a balance at the year's end)."""
    return next((m.group(0) for m in PERIOD_NAME.finditer(document.raw, document.sentence_start(figure.start),
                                                          figure.start)
                 if SUB_PERIOD.search(m.group(0)) and not DAY_AFTER.match(document.raw, m.end())
                 and not (m.group(0).startswith("12") and document.raw.startswith(("末", "底"), m.end()))), "")


#: a real rate, stated beside a nominal one (``增长 4.5%，扣除价格因素实际增长 4.0%``); 按可比价格计算 is no such mark (an
#: industry's value added grows at comparable prices whether the words say so or not)
REAL_RATE = re.compile(r"实际(?:增长|下降)|扣除(?:价格|物价)因素")


def _parallel(one: Figure, other: Figure) -> bool:
    """Two levels of one unit named alike but for their subject (农村居民人均可支配收入, 城镇居民人均可支配收入): a
    name of each ends with the same words, three characters or more, and the names differ."""
    return one.level and one.same(other) and any(
        a != b and len(os.path.commonprefix([a[::-1], b[::-1]])) >= 3 for a in names(one) for b in names(other))


def _other_names(name: str) -> list[str]:
    """The other names of ``name`` in :data:`~.words.RATE_GAP_SYNONYMS` (全部投资: 固定资产投资), else none."""
    return [other for group in RATE_GAP_SYNONYMS if name in group for other in group if other != name]


def _previous_finding(subject: Figure, rate: Figure, falling: bool) -> Finding:
    on = _compared(rate.lead)
    return Finding("previous", f"auto-previous-{subject.start}", {
        "description": f"the figure before {subject.text} ({on}) implied by a change of "
                       f"{'-' if falling else '+'}{rate.text}",
        "uses": {"current": subject.claim_id, "rate": rate.claim_id},
        "formula": "current / (1 - rate / 100)" if falling else "current / (1 + rate / 100)",
        "unit": unit_name(subject.unit),
        "assumptions": [f"{rate.text} is the change of {subject.text} on {on}"]}, tiebreak=(rate.start,))


BASES = ((re.compile(r"年初|期初|上年末|上年底|去年底|去年末"), "the start of the year"),
         (re.compile(r"同比|上年|去年|上一年"), "a year before"),
         (re.compile(r"环比|上月|上个月|上一月|上季|上周|上一周|前一周|上旬|(?:比|较)\d{1,2}月"), "the period before"),
         (re.compile(r"上届|上一届"), "the edition before"))


def _base_key(words: str) -> str | None:
    """What a change is measured against, as one of :data:`BASES` or a named year; None when the words say none."""
    year = re.search(r"(?:比|较)(\d{4})年", words)
    if year:
        return year.group(1)
    return next((key for pattern, key in BASES if pattern.search(words)), None)


def _same_base(change_words: str, rate_words: str) -> bool:
    """A change and a rate read together must measure against the same date (``比年初增加 … 同比增长`` do not)."""
    change, rate = _base_key(change_words), _base_key(rate_words)
    return change is None or rate is None or change == rate


#: a stock told at the end of a year (``2025年末``, ``截至12月末``, ``年底``): its 年初 is a year before
YEAR_END = re.compile(r"年末|年底|12月末|12月底|12月31日")
YEAR_END_REACH = 60      # characters before a stock read for the date it is told at


def _at_year_end(document: Document, current: Figure, change: Figure, rate: Figure) -> bool:
    """A stock told at the end of a year, changed on the start of the year and grown on a year before (``2025年末，
    各项存款余额 B，比年初增加 D，同比增长 r%``): the start of a year is the end of the year before, one base."""
    keys = {_base_key(change.lead), _base_key(rate.lead)}
    said = document.said(current, YEAR_END_REACH)
    return keys == {"the start of the year", "a year before"} and bool(YEAR_END.search(said)) \
        and not re.search(r"上半年|季度|(?<![1\d])[1-9]月末|1[01]月末", said)


def _real_after_nominal(figures: list[Figure], rate: Figure) -> bool:
    """``名义增长 5.7%，扣除价格因素实际增长 5.4%``: the real rate is not a change of the figure's nominal value."""
    return "实际" in rate.lead and rate.index > 0 and figures[rate.index - 1].unit == "%" \
        and _is_rate(figures[rate.index - 1])


def _named_level(document: Document, change: Figure) -> Figure | None:
    """The level a change naming its own subject is the change of: the nearest figure before it, in its unit,
    whose words hold that subject (``各少数民族人口为 A`` for ``各少数民族人口增加 D``), at most three sentences back."""
    bare = CHANGE_END.sub("", change.clause)
    compared = re.search(f"(?:{COMPARED})[，,]?$", bare)
    if compared and compared.start() > 0:                       # 同城即时配送收入比上年同期增加 D
        name = NAME_PREFIX.sub("", bare[:compared.start()])
    else:                                                       # 与上年相比，各少数民族人口增加 D
        name = re.sub(r"^.*?(?:相比|比上年|较上年|同比)[，,]?", "", NAME_PREFIX.sub("", bare))
    if len(name) < 2:
        return None
    named = [f for f in document.earlier(change.start, 12) if f.same(change) and f.plain
             and change.sentence - f.sentence <= 3 and name in f.clause.replace("的", "")
             and _number_in_name(document, f) == _number_in_name(document, change)]   # 65岁及以上 is no 60岁及以上
    found = next(iter(named), None)
    if found is not None and PARTS_OPEN.search(found.clause):     # 旅游收入 T，其中国内旅游收入 a。旅游收入增加 D: T
        found = next((f for f in named[1:] if not PARTS_OPEN.search(f.clause)
                      and NAME_PREFIX.sub("", f.clause.replace("的", "")).endswith(name)), None)
    if found is not None and year_of(document, found) and year_of(document, change) \
            and year_of(document, found) != year_of(document, change):
        return None                     # 2023年 … 人口 A。2024年，人口增加 D: A is the base year's, not D's level
    if found is not None and _place_between(document, found, change, found.end):
        return None                     # 全市 … B。（三）江北区 / 江北区：… 增加 D，增长 r%: the district's change
    return found


def _number_in_name(document: Document, figure: Figure) -> str:
    """The figure written right before ``figure``'s words, part of its name (``60岁及以上`` of ``60岁及以上人口增加
    D``: the parser reads it as a figure of its own, which cuts the words a name is read from), or ""."""
    members = document.by_paragraph.get(figure.paragraph, [])
    before = members[figure.index - 1] if 0 < figure.index <= len(members) else None
    adjacent = before is not None and before.end == figure.start - len(figure.clause) \
        and (before.kind == "age" or bool(re.search(r"岁|以上|以下", before.text)))   # not 3个街道常住人口 …
    return before.text if adjacent else ""


def _place_between(document: Document, level: Figure, change: Figure, start: int) -> bool:
    """A place other than ``level``'s is named after ``start`` and before ``change``, before a colon or comma
    (``江北区：``, ``市本级，``) or as a heading of its own (``（三）江北区``), or the change's words name a whole place
    (全区) other than the one ``level``'s sentence names (全市): the change is that place's."""
    level_words = document.raw[document.sentence_start(level.start):level.start]
    said = PLACE_SAID.findall(document.raw, start, change.start) \
        + PLACE_HEADING.findall(document.raw[level.end:change.start])
    whole = WHOLE_PLACE.findall(change.lead)                    # 全区固定资产投资增加 D after 全市固定资产投资 B
    named = WHOLE_PLACE.findall(level_words)
    return any(place not in level_words for place in said) or bool(whole and named and whole[-1] not in named)


#: a heading naming a place alone on its line (``（三）江北区``, ``二、市本级``)
PLACE_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*"
                           r"([\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|旗|镇|乡|本级))\s*$", re.M)


#: the words of a part told after 其中 (``，其中国内旅游收入``): not the whole a change named by the whole's words is of
PARTS_OPEN = re.compile(r"其中|包括")


def _change_name(change: Figure) -> str:
    """The subject a change names (``第二产业用电量增加`` → 第二产业用电, ``全年出口比上年增加`` → 出口), its place,
    period and measure words dropped, or ""."""
    bare = CHANGE_END.sub("", change.clause)
    compared = re.search(f"(?:{COMPARED})[，,]?$", bare)
    if compared and compared.start() > 0:
        bare = bare[:compared.start()]
    elif compared or re.search(r"相比|同比", bare):
        return ""                                               # 与上年相比，人口增加 D: read by _named_level
    return MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", re.sub(r"[，,、\s“”\"‘’']", "", bare))))


#: words that make a change one over several years (``“十四五”以来累计增加``, ``较十年前增加``)
SPAN_WORDS = re.compile(r"以来|累计|年前|五年|十年|[十]?[二三四五]五")


def _rate_follows(figures: list[Figure], change: Figure) -> bool:
    """A percent follows the change in its sentence (``增加 D，增长 r%``): the rate's readings take it."""
    after = figures[change.index + 1] if change.index + 1 < len(figures) else None
    return after is not None and after.sentence == change.sentence and after.unit == "%"


#: a place a sentence is about, named before a colon or comma (``江北区：``, ``南岸区，``, ``市本级：``)
PLACE_SAID = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|旗|镇|乡|本级))[：:，,]")


def _change_of_named(document: Document, change: Figure) -> Iterator[Finding]:
    """``第二产业用电量增加 D`` paragraphs after ``第二产业用电量 B，增长 r%``: a change naming its subject, no rate of
    its own after it, is of the one figure of the report before it that goes by that name exactly (at least three
    characters; every figure so named of one value, in its unit, of its year and period within the year) — r
    recomputed as D / (B − D) when B's growth rate is stated right after B, on the same base as the change."""
    name = _change_name(change)
    if len(name) < 3 or GENERIC_SUBJECT.match(name):
        return
    so_named = [f for f in document.named(names, name, change.start) if f.same(change) and _grown_level(f)
                and f.sentence < change.sentence]
    if not so_named or len({f.value for f in so_named}) != 1:
        return
    current = so_named[0]
    rate = _growth_of(document, current)
    if rate is None or _period_apart(document, current, change) \
            or (year_of(document, current) or year_of(document, change)) != (year_of(document, change)
                                                                            or year_of(document, current)):
        return                          # another year's or period's figure is not B
    if _sign(change.lead) != _sign(rate.lead) or "年均" in rate.lead \
            or (_base_key(change.lead) or "a year before") != (_base_key(rate.lead) or "a year before") \
            or YEAR.search(change.lead) or SPAN_WORDS.search(change.lead) \
            or (_base_key(change.lead) is None and re.search(r"相比|相较|对比", change.lead)) \
            or _real_after_nominal(document.by_paragraph[current.paragraph], rate):
        return                          # 比2020年增加 D, 与2020年(疫情前)相比 … 增加 D, 以来累计增加 D: on another base
    said = WHOLE_PLACE.search(change.lead)
    if said and said.group(0) not in document.raw[document.sentence_start(current.start):current.start]:
        return                          # 全市工业用电量增加 D after a district's 工业用电量 B (江北区：…)
    if _place_between(document, current, change, document.sentence_start(change.start)):
        return                          # 江北区：社会消费品零售总额增加 D after the city's 社会消费品零售总额 B
    if change.value >= current.value:
        return                          # a change no smaller than the level is of another figure
    yield _change_and_rate(current, change, rate, document.between(current, rate))


def _change_and_rate(current: Figure, change: Figure, rate: Figure, words: str) -> Finding:
    falls = _sign(change.lead) == "-"
    return Finding("change-rate", f"auto-change-rate-{current.start}", {
        "description": f"{current.text}, a change of {'-' if falls else '+'}{change.text}: the stated rate "
                       f"{rate.text} recomputed",
        "uses": {"current": current.claim_id, "change": change.claim_id},
        "formula": "change / (current + change) * 100" if falls else "change / (current - change) * 100",
        "stated": rate.claim_id, "unit": "percent",
        "assumptions": [f"{change.text} and {rate.text} are both the change of {current.text} on the same earlier "
                        f"figure ({_compared(change.lead + words)})"]}, tiebreak=(rate.start,))


def _compared(words: str) -> str:
    """What a change is measured against, in the text's words (比上年 → 上年), for the assumption."""
    found = re.search(r"(?:比|较|与)(上年末|上年同期|去年同期|上年|去年|年初|\d{4}年(?:末|底)?)", words)
    if found:
        return found.group(1)
    return "the same period a year earlier" if "同比" in words else "the previous period"


def _growth(base: Figure, current: Figure, rate: Figure, falling: bool, yearly: bool, document: Document):
    if yearly:
        years = _years(document, base, current)
        if years is None:
            return None
        factor = " * ".join(["(1 - rate / 100)" if falling else "(1 + rate / 100)"] * years)
        return Finding("growth", f"auto-growth-{current.start}", {
            "description": f"{base.text} → {current.text} in {years} years at the stated yearly rate {rate.text}",
            "uses": {"base": base.claim_id, "rate": rate.claim_id}, "formula": f"base * {factor}",
            "stated": current.claim_id, "unit": unit_name(current.unit),
            "assumptions": [f"{rate.text} is the average yearly change (年均) over the {years} years from "
                            f"{base.text} to {current.text}"]}, tiebreak=(rate.start,))
    return Finding("growth", f"auto-growth-{current.start}", {
        "description": f"{base.text} → {current.text}: the stated change {rate.text} recomputed",
        "uses": {"base": base.claim_id, "current": current.claim_id},
        "formula": "(1 - current / base) * 100" if falling else "(current / base - 1) * 100",
        "stated": rate.claim_id, "unit": "percent",
        "assumptions": [f"{rate.text} is the change from {base.text} to {current.text}"]}, tiebreak=(rate.start,))


def _years(document: Document, base: Figure, current: Figure) -> int | None:
    """Years between ``由2020年的 A 增长到2022年的 B``, when both years are written; else None."""
    before = YEAR.findall(base.lead)
    between = YEAR.findall(document.between(base, current))
    if before and between:
        years = int(between[-1]) - int(before[-1])
        if 1 <= years <= 10:
            return years
    return None


def _change(document: Document, figures: list[Figure], change: Figure) -> Iterator[Finding]:
    """``B，比上年增加 D``: B − D derived, or with a stated base D recomputed."""
    previous = _before_same(document, figures, change)
    if previous is None:
        return
    falling = _sign(change.lead) == "-"
    if BASE_LEAD.search(previous.lead) or BRACKETED_BASE.search(previous.lead) \
            or (FROM_AFTER.match(previous.lead) and previous.index == change.index - 1):   # X，比上年的 A 增加 D
        current = _subject_before(document, figures, previous)
        if current is None:
            return
        own, before = _base_key(change.lead), _base_key(previous.lead)
        if own and before and own != before:
            return          # B，比上月末的 A 下降 r%，比上年同期低 D: D is on last year's figure, not on A
        yield _stated_change(current, previous, change, falling)
        return
    base = _from_base(document, figures, previous)
    if base is not None:                                       # 由 A 增加到 B，增加 D
        yield _stated_change(previous, base, change, falling)
        return
    base = _base_after(document, figures, previous, change)
    if base is not None:                                       # B，比上年增加 D，上年为 A
        yield _stated_change(previous, base, change, falling)
        return
    yield from _rate_before_change(document, figures, previous, change)
    on = _compared(change.lead)
    yield Finding("change", f"auto-change-{previous.start}", {
        "description": f"the figure before {previous.text} ({on}) implied by a change of "
                       f"{'-' if falling else '+'}{change.text}",
        "uses": {"current": previous.claim_id, "change": change.claim_id},
        "formula": "current + change" if falling else "current - change", "unit": unit_name(previous.unit),
        "assumptions": [f"{change.text} is the change of {previous.text} on {on}"]}, tiebreak=(change.start,))


def _change_after_base(document: Document, figures: list[Figure], change: Figure,
                       from_only: bool = False) -> Iterator[Finding]:
    """``平均单价 11.52元，上年为 12.05元，下降 0.53元``: an amount after a bare verb of change (下降, 增长, 提高, 扩大 …,
    also per unit: 每公斤下降), right after a base stated with 上年为 after the current figure: the change recomputed
    from the two. Without the base stated so, the verb alone says nothing of what changes. ``from_only``: a bare
    新增, read only after ``由 A 增加到 B`` (``由上年的 36个 增加到 41个，新增 5个``)."""
    base = _before_same(document, figures, change)
    if base is not None and not BASE_LEAD.search(base.lead):
        earlier = _from_base(document, figures, base)       # 由 A 提高到 B，提高 D / 由 A 调整为 B，提高 D
        if earlier is not None:
            yield _stated_change(base, earlier, change, _sign(change.lead) == "-")
        return
    if base is None or from_only:
        return
    current = _before_same(document, figures, base)
    if current is None or BASE_LEAD.search(current.lead) or CHANGE_LEAD.search(current.lead):
        return
    own, before = _base_key(change.lead), _base_key(base.lead)
    if own and before and own != before:
        return              # B，比上月末的 A 下降 r%，比上年同期低 D: D is on last year's figure, not on A
    yield _stated_change(current, base, change, _sign(change.lead) == "-")


def _new_before_from(document: Document, figures: list[Figure], new: Figure) -> Iterator[Finding]:
    """``新建人民法庭 7个，人民法庭总数由 31个 增加到 38个``: the count of new items right before the from-to of the
    whole they join, in its sentence and unit, the whole's words holding the new items' name — D recomputed as B − A,
    doubtful (new items are a gross count: any closed or merged make the net change smaller)."""
    if new.index + 2 >= len(figures):
        return
    base, current = figures[new.index + 1], figures[new.index + 2]
    if not (new.sentence == base.sentence == current.sentence and new.same(base) and new.same(current)) \
            or _from_base(document, figures, current) is not base or _sign(document.between(base, current)) == "-" \
            or _broken(document.between(new, base)):
        return
    name = NEW_BEFORE_FROM.search(new.clause).group("name")
    if not bigrams(name) & bigrams(base.clause) and not (name and base.clause.startswith(name)):
        return                          # 新建学校 D，在校学生由 A 增加到 B: another measure
    found = _stated_change(current, base, new, False)
    found.doubt = (f"{new.text} counts the items newly added ({new.clause}); any closed or merged make the net change "
                   f"from {base.text} to {current.text} smaller")
    yield found


def _new_then_stock(document: Document, figures: list[Figure], new: Figure) -> Iterator[Finding]:
    """``全年新增电子警察 D，累计达到 B`` / ``新开通线路 D，运营线路达到 B``: the stock right after the items newly added, in
    their sentence and unit, its words naming the new items' kind or none — the stock before them, B − D, derived (a
    gross count of new items: any removed make the stock before larger, so it is never judged)."""
    if new.index + 1 >= len(figures):
        return
    stock = figures[new.index + 1]
    found = STOCK_AFTER_NEW.match(stock.lead)
    if found is None or stock.sentence != new.sentence or not new.same(stock) or not stock.plain \
            or stock.value <= new.value:
        return
    name, kind = found.group("name") or found.group("named") or "", NEW_BEFORE_FROM.search(new.clause).group("name")
    if name and not (bigrams(name) & bigrams(kind)):
        return                          # 新增企业 D，从业人员达到 B: another measure
    yield Finding("change", f"auto-change-{stock.start}", {
        "description": f"the figure before {stock.text} implied by {new.text} added ({new.clause})",
        "uses": {"current": stock.claim_id, "change": new.claim_id},
        "formula": "current - change", "unit": unit_name(stock.unit),
        "assumptions": [f"{stock.text} is the stock after the {new.text} newly added, none removed"]},
        tiebreak=(new.start,))


def _gap_from_reference(document: Document, figures: list[Figure], gap: Figure) -> Iterator[Finding]:
    """``全市年平均气温 17.8℃，比常年（16.9℃）偏高 0.9℃``, ``普及率 96.3%，比全省平均水平（89.6%）高 8.7个百分点``: the
    reference in brackets, the figure compared with it before it, the gap after it named by the same reference —
    the gap recomputed as their difference (in the same unit, or in points between two percents)."""
    found = GAP_FROM_REFERENCE.search(gap.clause)
    reference = figures[gap.index - 1]
    named = _bracketed_reference(reference.lead)
    if named is None or named.group("ref") != found.group("ref") or reference.sentence != gap.sentence:
        return
    if gap.unit == "个百分点" and BRACKETED_BASE.search(reference.lead) and _read_as_points(document, figures, gap):
        return                          # b%，较上年（a%）提高 c个百分点: the points' reading (_points) says it
    relative = gap.unit == "%" and gap.kind == "percent" and reference.level    # 比常年（A）偏多 r%
    if not (reference.same(gap) or (gap.unit == "个百分点" and reference.unit == "%") or relative):
        return
    current = None
    for other in _previous(figures, reference, 6):
        if _broken(document.between(other, reference)):
            return
        if _bracketed_reference(other.lead) or GAP_FROM_REFERENCE.search(other.clause) or _compared_reference(other) \
                or (_incidental(other) and not other.same(reference)) \
                or (other.unit == "个百分点" and reference.unit == "%"):
            continue                    # 17.8℃，比常年（16.9℃）偏高 0.9℃，比上年（17.5℃）: over the first comparison
            #                             (and over a rank or a change in points: 提高 c个百分点，居全国第11位，较…（a%）)
        if not other.same(reference) and re.match(r"[，,]?(?:折合|折算为?|相当于)", other.lead):
            continue                    # 降水量 B，折合降水总量 V，…，较多年平均值（A）: B in another unit
        if other.same(reference):
            current = other
        break
    if current is None or found.group("ref").isdigit():
        return
    # 增速比全市平均水平（12.3%）高; 增速比1—9月（6.5%）加快 d1，比上年同期（5.7%）高 d2: the sentence says 增速 once
    growths = bool(re.search(r"增速|增幅|涨幅|降幅|跌幅", gap.clause[:found.start()] + document.between(current, gap)))
    run = max(document.raw.rfind("；", 0, reference.start), document.raw.rfind(";", 0, reference.start))
    if growths and sum(1 for f in _previous(figures, reference, 6) if f.start > run and f.unit == "%"
                       and RATE_LEAD.search(f.lead) and not _bracketed_reference(f.lead)
                       and not GAP_FROM_REFERENCE.search(f.clause)) > 1:
        return          # 增长 6.8%，两年平均增长 5.9%（其中制造业增长 7.2%），增速比1—9月（6.5%）…: which one is compared?
    if (CHANGE_LEAD.search(current.lead) and not growths) or bool(RATE_LEAD.search(current.lead)) != growths:
        return
    falling, bracket_falling = bool(FALLING.search(current.lead)), named.group("sign") == "下降"
    if growths and falling != bracket_falling:
        return                      # 下降 a% against （增长 b%）: a gap of signed rates the words do not make plain
    # a gap below (低, 回落) or a decline's gap that narrows (降幅收窄: both stated as magnitudes) is reference − current
    less = found.group("verb") in ("低", "少", "减少", "降低", "下降", "回落", "放缓", "收窄")
    if relative:                        # 降水量 B，比常年（A）偏多 r%: r recomputed as B over A
        if not growths and not RATE_LEAD.search(current.lead):
            yield _growth(reference, current, gap, less, False, document)
        return
    yield Finding("difference", f"auto-difference-{gap.start}", {
        "description": f"{gap.text} ({found.group(0)}) recomputed as the difference of {current.text} and "
                       f"{reference.text}, the {found.group('ref')} stated in brackets",
        "uses": {"current": current.claim_id, "reference": reference.claim_id},
        "formula": "reference - current" if less else "current - reference", "stated": gap.claim_id,
        "unit": "percentage points" if gap.unit == "个百分点" else unit_name(gap.unit),
        "assumptions": [f"{reference.text} in brackets is the {found.group('ref')} {current.text} is compared "
                        f"with, and {gap.text} the gap between them"]})


def _compared_reference(figure: Figure) -> re.Match | None:
    """``比全省平均水平 a%``: a figure named as what another is compared with (not ``同比增长 r%``, a rate)."""
    if RATE_LEAD.search(figure.lead) or CHANGE_LEAD.search(figure.lead) or POINTS_LEAD.search(figure.lead):
        return None
    return REFERENCE_COMPARED.search(figure.lead)


def _after_bracketed_reference(document: Document, figures: list[Figure], gap: Figure) -> re.Match | None:
    """``高于全省平均水平（5,412元）716元``: the gap right after a reference in brackets (its words read past them) —
    the words naming the reference (高于 X), else None."""
    reference = figures[gap.index - 1]
    above = REFERENCE_ABOVE.search(reference.lead)
    return above if above is not None and re.fullmatch(r"[）)]", document.raw[reference.end:gap.start]) else None


def _gap_after_reference(document: Document, figures: list[Figure], gap: Figure) -> Iterator[Finding]:
    """``同比增长 7.4%，增速高于全国平均水平（6.8%）0.6个百分点`` / ``失业率 5.1%，…，比全省平均水平 5.4% 低 0.3个百分点`` /
    ``比上年增长 6.3%，比年初确定的 6% 预期目标高 0.3个百分点``: the reference's figure right before the gap, named before
    it (in brackets after 高于/低于, or after 比), the figure compared with it before that in the sentence — the gap
    recomputed as their difference. A growth rate is compared only when the words say 增速 (or the reference is a
    target), a level only when they do not; a reference of another period (比上年的) is :func:`_points`'."""
    reference = figures[gap.index - 1]
    if reference.sentence != gap.sentence:
        return
    above = _after_bracketed_reference(document, figures, gap)
    if above is not None:
        ref, verb, tail, compared = above.group("ref"), above.group("verb"), "", None    # 高于X（a%）d
    else:
        own = GAP_AFTER_REFERENCE.match(gap.lead)
        compared = _compared_reference(reference)
        if own is None or compared is None or own.group("close") or not own.group("verb"):
            return
        ref, verb, tail = compared.group("ref"), own.group("verb"), own.group("tail")    # 比X a% 低 d
    target = bool(TARGET_REFERENCE.search(ref + tail))
    if (compared and tail and not target) or (OTHER_TIME_WORDS.search(ref) and not target) \
            or BASE_LEAD.search(reference.lead):
        return                          # 比上年的 a% 低: a change of one rate (_points)
    if not (reference.same(gap) or (gap.unit == "个百分点" and reference.unit == "%")):
        return
    current = None
    for other in _previous(figures, reference, 6):
        if _broken(document.between(other, reference)):
            return
        if (_incidental(other) and not other.same(reference)) or (other.unit == "个百分点" and reference.unit == "%") \
                or (other.level and other.same(reference) and CHANGE_LEAD.search(other.lead)):
            continue                    # 失业率 5.1%，比上年回落 0.3个百分点，比全省…: past the change of points
        if _bracketed_reference(other.lead) or REFERENCE_ABOVE.search(other.lead) or _compared_reference(other) \
                or FROM_AFTER.match(other.lead):
            continue                    # 增长 r%，比全省平均增速（a%）高 d，比…目标: past another reference
        if other.same(reference):
            current = other
        break
    if current is None or _stated_share(current) or BASE_LEAD.search(current.lead) or FROM_LEAD.search(current.lead):
        return
    said = re.split(r"[，,]", document.between(current, reference))[-1] + ref
    growths = bool(re.search(r"增速|增幅|涨幅|降幅|跌幅", said)) or (bool(RATE_LEAD.search(current.lead)) and (
        target or (compared is None and current.index == reference.index - 1)))   # 增长 a%，高于全省（b%）d
    if bool(RATE_LEAD.search(current.lead)) != growths or (CHANGE_LEAD.search(current.lead) and not growths):
        return
    if growths and (FALLING.search(current.lead) or "年均" in current.lead):
        return                          # 下降 a%，降幅低于…: gaps of signed rates the words do not make plain
    less = verb.startswith(("低", "少", "慢"))
    yield Finding("difference", f"auto-difference-{gap.start}", {
        "description": f"{gap.text} ({ref}{verb}) recomputed as the difference of {current.text} and {reference.text}",
        "uses": {"current": current.claim_id, "reference": reference.claim_id},
        "formula": "reference - current" if less else "current - reference", "stated": gap.claim_id,
        "unit": "percentage points" if gap.unit == "个百分点" else unit_name(gap.unit),
        "assumptions": [f"{reference.text} is the {ref} {current.text} is compared with, and {gap.text} the gap "
                        f"between them"]})


def _read_as_points(document: Document, figures: list[Figure], points: Figure) -> bool:
    """Whether :func:`_points` recomputes ``points`` from a base (as :func:`find` calls it)."""
    return bool(RATE_LEAD.search(points.lead) or POINTS_LEAD.search(points.lead)) and not _names_own_subject(points) \
        and any(f.kind == "points" for f in _points(document, figures, points))


def _bracketed_reference(lead: str) -> re.Match | None:
    """A reference named before its figure in brackets, after 比 or 较 (``比常年（``, ``较多年平均值（``)."""
    return BRACKETED_REFERENCE.search(lead) or BRACKETED_REFERENCE_JIAO.search(lead)


def _stated_change(current: Figure, base: Figure, change: Figure, falling: bool) -> Finding:
    return Finding("change", f"auto-change-{current.start}", {
        "description": f"{base.text} → {current.text}: the stated change {change.text} recomputed",
        "uses": {"base": base.claim_id, "current": current.claim_id},
        "formula": "base - current" if falling else "current - base", "stated": change.claim_id,
        "unit": unit_name(current.unit),
        "assumptions": [f"{change.text} is the change from {base.text} to {current.text}"]}, tiebreak=(change.start,))


def _points(document: Document, figures: list[Figure], points: Figure) -> Iterator[Finding]:
    """``由 a% 提高到 b%，提高 c 个百分点`` (c recomputed) or ``b%，比上年提高 c 个百分点`` (a derived); with the base
    stated, also ``b%，较上年（a%）提高 c``, ``b%，比上年的 a% 高 c`` / ``较上年的 a% 收窄 c`` and ``b%，比上年提高 c 个百分点
    （上年为 a%）`` (c recomputed). A bare 高, 低 or 收窄 right after a percent says nothing without a base so stated."""
    share = next((f for f in _previous(figures, points, 2) if f.unit == "%"), None)
    if share is None or points.start - share.end > NEAR or _broken(document.between(share, points)):
        return
    if YEARLY_POINTS.search(points.lead):
        return              # 由 a% 提高到 b%，年均提升 c: a change a year, not b − a (nor a = b − c)
    falling = _sign(points.lead) == "-" or bool(POINTS_FALLING.search(points.lead))
    base = _from_base(document, figures, share)
    later = None
    if base is None and (BASE_LEAD.search(share.lead) or (BRACKETED_BASE.search(share.lead)
                                                           and document.raw.startswith(("）", ")"), share.end))
                         or (FROM_AFTER.match(share.lead) and share.index == points.index - 1)):
        later = _before_same(document, figures, share)         # b%，上年为 a%，提高 c / b%，较上年（a%）提高 c
        #                                                        / b%，由上年的 a% 提高 c
        if later is not None and SHARE_OF_BASE.search(share.lead) and RATE_LEAD.search(later.lead):
            return      # 增长 g%，占…的比重比上年的 a% 下降 c: the share is stated elsewhere, g is no share
        base, share = (share, later) if later is not None else (None, share)
    elif base is None and THIS_RATIO_BASE.search(share.lead):
        later = _pointed_share(document, figures, share)       # …的比重为 b%。上年这一比重为 a%，本年提高 c
        base, share = (share, later) if later is not None else (None, share)
    if base is None and not (RATE_LEAD.search(points.lead) or POINTS_LEAD.search(points.lead).group("compared")):
        return                                                  # 高 c个百分点 with no base stated
    if base is None:                                            # b%，比上年提高 c 个百分点（上年为 a%）
        after = figures[points.index + 1] if points.index + 1 < len(figures) else None
        if after is not None and after.unit == "%" and after.sentence == points.sentence \
                and BASE_AFTER_POINTS.match(after.lead) and document.raw.startswith(("）", ")"), after.end) \
                and _same_base(points.lead, after.lead):
            base = after
    # a base in brackets right after the change, named for the period the change is on (提高 c个百分点（上年为 a%）),
    # is that change's; one further on may be another figure's
    doubt = "the base is stated in brackets after the change, and may be of another figure" \
        if base is not None and base.start > points.start \
        and not re.match(r"\s*[（(]", document.raw[points.end:points.end + 3]) else ""
    if base is not None:
        yield Finding("points", f"auto-points-{share.start}", {
            "description": f"{base.text} → {share.text}: the stated change {points.text} recomputed",
            "uses": {"base": base.claim_id, "current": share.claim_id},
            "formula": "base - current" if falling else "current - base", "stated": points.claim_id,
            "unit": "percentage points",
            "assumptions": [f"{points.text} is the change from {base.text} to {share.text}"]}, doubt,
            tiebreak=(points.start,))
        return
    on = _compared(points.lead)
    yield Finding("previous", f"auto-previous-{share.start}", {
        "description": f"the figure before {share.text} ({on}) implied by a change of "
                       f"{'-' if falling else '+'}{points.text}",
        "uses": {"current": share.claim_id, "points": points.claim_id},
        "formula": "current + points" if falling else "current - points", "unit": "percent",
        "assumptions": [f"{points.text} is the change of {share.text} on {on}, in percentage points"]},
        tiebreak=(points.start,))


def _pointed_share(document: Document, figures: list[Figure], base: Figure) -> Figure | None:
    """The share or rate a base named ``上年这一比重为 a%`` points back at: the percent right before it, in its clause
    or closing the sentence before it (``…占地区生产总值的比重为 b%。上年这一比重为 a%``), stated as a share."""
    if base.index == 0:
        return None
    other = figures[base.index - 1]
    if not other.same(base) or base.sentence - other.sentence > 1 or base.start - other.end > NEAR \
            or not (_stated_share(other) or re.search(r"比重|比例|占比|比率", other.clause)) \
            or re.search(r"[；;]", document.between(other, base)):
        return None
    return other


def _by_name(figures: list[Figure], before: Figure, name: str, like: Figure | None = None,
             least: int = 2) -> Figure | None:
    """The figure before ``before`` in its paragraph whose words best name ``name`` (most of its pairs of
    characters, at least ``least`` of them), in ``like``'s unit; None when none names it well or two name it equally."""
    wanted = _pairs(name)
    if len(wanted) < least:
        return None
    found = _best_named(wanted, (
        f for f in figures[max(0, before.index - 12):before.index]
        if f.level and (like is None or f.same(like)) and not CHANGE_LEAD.search(f.lead)
        and not BASE_LEAD.search(f.lead) and not FROM_LEAD.search(f.lead) and not CHANGE_END.search(f.clause)))
    return found[1] if found else None


def _best_named(wanted: set[str], candidates) -> tuple[float, Figure] | None:
    """Of ``candidates``, the one whose words hold most of the pairs of characters ``wanted`` (at least 60%), with
    the part held; None when none does, or two hold the most equally."""
    scored = [(len(wanted & _pairs(f.clause)) / len(wanted), f) for f in candidates]
    scored = [(share, f) for share, f in scored if share >= 0.6]
    if not scored:
        return None
    best = max(share for share, _ in scored)
    winners = [f for share, f in scored if share == best]
    return (best, winners[0]) if len(winners) == 1 else None


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[的]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1) if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2])}


def _named_difference(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``城镇居民比农村居民多 D``: D recomputed as the difference of the two figures named, stated before it."""
    found = NAMED_COMPARISON.search(stated.clause)
    if found is None or PERIOD.match(found.group("b")):
        return
    first = _by_name(figures, stated, found.group("a"), stated)
    second = _by_name(figures, stated, found.group("b"), stated)
    if first is None or second is None or first is second:
        return
    yield _stated_difference(stated, first, second, found, f"{found.group('a')} is {first.text} and "
                             f"{found.group('b')} is {second.text}, the figures stated before under those names")


def _difference_of_subject(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``博士毕业生平均月薪 13,280元，比上届增长 4.1%，比硕士毕业生高 3,165元``: D recomputed as the figure the
    sentence is about (the level just before, over its rates) less the figure stated before under the name after
    比. Another period (比上年, 比全省平均) is a change, read elsewhere."""
    found = OTHER_NAMED.search(stated.clause)
    other = found.group("b")
    if PERIOD.match(other) or OTHER_TIME_WORDS.search(other):
        return
    first = _subject(document, figures, stated)
    if first is None or not first.same(stated) or CHANGE_LEAD.search(first.lead) or BASE_LEAD.search(first.lead) \
            or FROM_LEAD.search(first.lead) or CHANGE_END.search(first.clause):
        return
    second = _by_name(figures, first, other, stated)
    if second is None:
        return
    yield _stated_difference(stated, first, second, found, f"{stated.text} compares {first.text}, the figure its "
                             f"sentence is about, with {other}, the figure {second.text} stated before under that name")


def _stated_difference(stated: Figure, first: Figure, second: Figure, found: re.Match, assumption: str,
                       unit: str | None = None) -> Finding:
    """``…比乙多 D``: D recomputed as first − second (second − first when the words say 少 or 低), in ``unit`` (the
    stated figure's unit in words unless given)."""
    less = found.group("verb") in ("少", "低")
    return Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{stated.text} ({found.group(0)}) recomputed as the difference of {first.text} and "
                       f"{second.text}",
        "uses": {"first": first.claim_id, "second": second.claim_id},
        "formula": "second - first" if less else "first - second", "stated": stated.claim_id,
        "unit": unit if unit is not None else unit_name(stated.unit), "assumptions": [assumption]})


def _former_latter(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``精密减速器毛利率 35.2%，伺服驱动系统毛利率 28.6%，前者比后者高出 6.6个百分点`` / ``新能源汽车平均每辆补贴 1.62万元，
    燃油车 1.21万元，前者比后者多 0.41万元``: D recomputed as the difference of the two figures right before it in its
    sentence, in its unit (two percents for points), in the order stated. Neither may be a change or a base, and both
    must be rates of one sort (two growth rates, or two levels)."""
    found = FORMER_LATTER.search(stated.clause)
    if found.group("a") == found.group("b"):
        return
    points = stated.unit == "个百分点"
    pair: list[Figure] = []
    for other in _previous(figures, stated, 6):
        if (other.unit == "%") if points else other.alike(stated):
            pair.append(other)
            if len(pair) == 2:
                break
    if len(pair) != 2 or any(CHANGE_LEAD.search(f.lead) or BASE_LEAD.search(f.lead) or FROM_LEAD.search(f.lead)
                             or _stated_share(f) or document.bracketed(f, stated) for f in pair):
        return
    latter, former = pair
    if points and bool(RATE_LEAD.search(former.lead)) != bool(RATE_LEAD.search(latter.lead)):
        return
    first, second = (former, latter) if found.group("a") == "前者" else (latter, former)
    yield _stated_difference(stated, first, second, found, f"前者 is {former.text} and 后者 {latter.text}, the two "
                                                           f"figures stated right before",
                             unit="percentage points" if points else None)


def _named_points(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``五星级饭店出租率 68.4%，三星级饭店出租率 54.2%，五星级饭店比三星级饭店高 14.2个百分点``: the gap in points
    recomputed as the difference of the two rates named, stated before it. Both must be rates of one sort (two
    growth rates, or two levels); a name read only in part is a doubtful reading."""
    found = NAMED_COMPARISON.search(stated.clause)
    if PERIOD.match(found.group("b")) or OTHER_TIME_WORDS.search(found.group("b")):
        return
    named = [_percent_by_name(figures, stated, found.group(k)) for k in ("a", "b")]
    if any(n is None for n in named) or named[0][1] is named[1][1]:
        return
    (score_a, first), (score_b, second) = named
    if bool(RATE_LEAD.search(first.lead)) != bool(RATE_LEAD.search(second.lead)):
        return
    less = found.group("verb") in ("少", "低")
    doubt = "" if score_a == score_b == 1.0 else \
        f"the words {found.group('a')} and {found.group('b')} name {first.text} and {second.text} only in part"
    yield Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{stated.text} ({found.group(0)}) recomputed as the difference of {first.text} and "
                       f"{second.text}",
        "uses": {"first": first.claim_id, "second": second.claim_id},
        "formula": "second - first" if less else "first - second", "stated": stated.claim_id,
        "unit": "percentage points",
        "assumptions": [f"{found.group('a')} is {first.text} and {found.group('b')} is {second.text}, the rates "
                        f"stated before under those names"]}, doubt)


def _percent_by_name(figures: list[Figure], before: Figure, name: str) -> tuple[float, Figure] | None:
    """The percent before ``before`` in its sentence or the one before whose words best name ``name`` (at least two
    pairs of characters, most of them held), with the part of the name held; None when none or two equally."""
    wanted = _pairs(name)
    if len(wanted) < 2:
        return _short_named(name, [f for f in figures[max(0, before.index - 12):before.index]
                                   if f.unit == "%" and f.sentence == before.sentence and not _stated_share(f)])
    return _best_named(wanted, (f for f in figures[max(0, before.index - 12):before.index]
                                if f.unit == "%" and f.sentence >= before.sentence - 1 and not _stated_share(f)))


def _short_named(name: str, candidates: list[Figure]) -> tuple[float, Figure] | None:
    """``国内航线客座率 a%，国际及地区航线客座率 b%，国内比国际高 d``: a name of two characters, the start of the
    name of one figure of the sentence (its place, market or group: 国内, 城镇, 男性), held by no other; None else."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", name) or GENERIC_SUBJECT.match(name):
        return None
    begun = [f for f in candidates if NAME_PREFIX.sub("", f.clause).startswith(name)]
    if len(begun) != 1 or any(name in f.clause for f in candidates if f is not begun[0]):
        return None
    return 1.0, begun[0]


def _multiple(document: Document, figures: list[Figure], multiple: Figure) -> Iterator[Finding]:
    """``B，是 … 的 N倍``: N recomputed from ``由 A … 到 B``, from ``B，是 X A 的 N倍`` or from two figures named
    (``城镇居民收入是农村居民的 N倍``), else A derived — never over places in a ranking (``排名前三位``)."""
    for finding in _multiple_readings(document, figures, multiple):
        terms = [f for f in figures if f.claim_id in finding.spec["uses"].values()]
        if not any(f.unit == "位" and RANKED.search(f.lead) for f in terms):
            yield finding


#: the words before a place in a ranking (``排名前三位``, ``居第2位``): a rank, no amount to compare
RANKED = re.compile(r"[前后第]$")


def _multiple_readings(document: Document, figures: list[Figure], multiple: Figure) -> Iterator[Finding]:
    found = _of_period_in_brackets(document, figures, multiple)
    if found is not None:                                     # B，是2020年（A）的 N倍
        yield from found
        return
    found = _of_period_stated(document, figures, multiple)
    if found is not None:                                     # B，上年为 A，是上年的 N倍
        yield found
        return
    found = _of_average_level(document, figures, multiple)
    if found is not None:                                     # 单日 B，是全年日均水平的 N倍: over 日均 A
        yield found
        return
    order = FORMER_LATTER_MULTIPLE.search(multiple.lead)
    if order is not None:                                     # a，b，前者是后者的 N倍
        pair = _pair_before(figures, multiple)
        if pair is not None and order.group("a") != order.group("b"):
            former, latter = pair
            current, base = (former, latter) if order.group("a") == "前者" else (latter, former)
            yield _stated_multiple(base, current, multiple)
        return
    named = NAMED_MULTIPLE.search(multiple.lead) if not MULTIPLE_LEAD.search(multiple.lead) else None
    if named is not None and not PERIOD.match(named.group("b")):
        current = _named_figure(figures, multiple, named.group("a"))
        base = _named_figure(figures, multiple, named.group("b"), current) if current is not None else None
        if current is not None and base is None and not _held_nearby(figures, multiple, named.group("b")):
            base = _named_in_report(document, current, named.group("b"))    # 个人存款 stated sections before
        if current is None or base is None or current is base or {current.sentence, base.sentence} != {
                multiple.sentence}:
            paired = _paired_in_sentence(document, figures, multiple, named.group("a"), named.group("b"))
            if paired is not None:                            # 出口 a，进口 b，出口额是进口额的 N倍
                current, base = paired
        if current is not None and base is not None and current is not base:
            yield _stated_multiple(base, current, multiple)
        return
    of_named = MULTIPLE_OF_NAMED.search(multiple.lead)
    of_named = _of_other(of_named.group("x")) if of_named is not None else ""
    of_named = "" if CHANGE_NAME.search(of_named) else of_named     # 是存款增量的: of the change D, not of B
    current = next((f for f in _previous(figures, multiple)      # past a rate or a share of B (占…的比重为 s%)
                    if not (f.unit == "%" and (_is_rate(f) or _stated_share(f))) and not _incidental(f)
                    and not (of_named and (CHANGE_LEAD.search(f.lead) or BASE_LEAD.search(f.lead)
                                           or VERB_AFTER_BASE.match(f.lead)))), None)   # 较上年增加 D，是X的: B's
    if current is None or not current.level or multiple.start - current.end > NEAR * 2:
        return
    if re.search(r"(?:是|为|相当于)[^，,]{0,14}$", current.lead) and document.raw[current.end:current.end + 1] == "的":
        later = _before_same(document, figures, current)          # B，是 X A 的 N倍: A is stated
        if later is not None:
            yield _stated_multiple(current, later, multiple)
            return
    words = document.between(current, multiple)
    if _broken(re.sub(r"[，,]占[^，,；;。]*", "", words)) or not MULTIPLE_LEAD.search("，" + re.split(r"[，,]", words)[-1]):
        return
    other = MULTIPLE_OF_NAMED.search(words)
    other = _of_other(other.group("x")) if other is not None else ""
    if other and WHOLE_REFERENCE.match(other):                # 人均 B，是全省平均水平的 N倍: the province's 人均
        def fits(f: Figure) -> bool:
            return _level_average(f) and not _place_apart(document, f, other)
        base = _whole_of(document, current, [f for f in document.earlier(current.start, 6 * BACK * 4) if fits(f)],
                         fits) if _level_average(current) else None
        if base is not None:
            yield _stated_multiple(base, current, multiple)
            return
    elif other:
        base = _named_figure(figures, current, other, current, least=1) \
            or _named_in_report(document, current, other)   # 秋粮 B，是夏粮的 N倍: 夏粮 A
        if base is not None:
            yield _stated_multiple(base, current, multiple)
        return
    base = _from_base(document, figures, current)
    if base is None:                                          # 是上年的 N倍，上年完成 A: the base stated after it
        base = next((f for f in figures[multiple.index + 1:multiple.index + 2] if f.same(current)
                     and f.sentence == multiple.sentence and BASE_LEAD.search(f.lead)), None)
    if base is not None:
        yield _stated_multiple(base, current, multiple)
        return
    yield Finding("multiple-base", f"auto-multiple-base-{current.start}", {
        "description": f"earlier figure implied by {current.text} being {multiple.text} of it",
        "uses": {"current": current.claim_id, "multiple": multiple.claim_id}, "formula": "current / multiple",
        "unit": unit_name(current.unit),
        "assumptions": [f"{multiple.text} compares {current.text} with an earlier figure"]}, tiebreak=(multiple.start,))


def _of_average_level(document: Document, figures: list[Figure], multiple: Figure) -> Finding | None:
    """``全年日均旅客吞吐量 A，单日旅客吞吐量达 B，…，是全年日均水平的 N倍``: N recomputed as B / A, A the one figure of
    the multiple's sentence (or the one before) named by the same average (日均, 月均), in B's unit, and B the nearest
    level before the multiple, no average, change or base itself. None when the words are not of this form."""
    found = OF_AVERAGE_LEVEL.search(multiple.clause)
    if found is None:
        return None
    said = f"{found.group('per')}均"
    before = [f for f in figures[max(0, multiple.index - 8):multiple.index] if f.sentence >= multiple.sentence - 1]
    current = next((f for f in reversed(before) if f.sentence == multiple.sentence and f.level
                    and not _incidental(f)), None)
    if current is None or said in current.clause or AVERAGE_LEAD.search(current.clause) \
            or CHANGE_LEAD.search(current.lead) or BASE_LEAD.search(current.lead) or FROM_LEAD.search(current.lead) \
            or _broken(document.between(current, multiple)):
        return None
    averages = [f for f in before if f is not current and said in f.clause and f.same(current)
                and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)]
    if len(averages) != 1 or averages[0].start > current.start:
        return None
    return _stated_multiple(averages[0], current, multiple)


def _pair_before(figures: list[Figure], stated: Figure) -> tuple[Figure, Figure] | None:
    """The two figures right before ``stated`` in its sentence, alike, neither a change, a base or a rate (``省外务工人员
    人均收入 a，县内就近就业人员人均收入 b，前者是后者的 N倍``), in the order stated; else None."""
    pair = [f for f in figures[max(0, stated.index - 2):stated.index] if f.sentence == stated.sentence]
    if len(pair) != 2 or not pair[0].alike(pair[1]) or not pair[0].level or any(
            CHANGE_LEAD.search(f.lead) or BASE_LEAD.search(f.lead) or FROM_LEAD.search(f.lead) for f in pair):
        return None
    return pair[0], pair[1]


#: the figures a comparison named in its own sentence is read over: at most so many before it
PAIR_REACH = 4
#: words naming a whole, which the figures of a list are not
WHOLE_WORDS = re.compile(r"总|全部|合计|全市|全县|全省|全区|全国")
#: words naming a rate, a change or a share, which the levels of a sentence are not
NOT_A_LEVEL = re.compile(r"增速|增幅|涨幅|降幅|跌幅|增量|增加额|减少额|增长|下降|比重|占比|率")


def _paired_in_sentence(document: Document, figures: list[Figure], multiple: Figure, first: str,
                        second: str) -> tuple[Figure, Figure] | None:
    """``其中出港快递 a，进港快递 b，出港件量是进港的 N倍`` / ``线上销售 a，线下…渠道销售 b，线下销售额是线上的 N倍``: the two
    figures the names compared stand for, among the last :data:`PAIR_REACH` levels of one unit before the multiple in
    its sentence (after its 其中, which leaves out the whole): each name the words of one figure hold more of (pairs of
    characters) than those of any other — the second name first, the first among the rest. None unless both names
    each pick one figure so, or when any figure between is another level's (a change, a base)."""
    if NOT_A_LEVEL.search(first + second):
        return None                     # 农村居民收入增速是城镇居民的: a multiple of rates or changes, not of the levels
    start = document.sentence_start(multiple.start)
    cut = max(document.raw.rfind("其中", start, multiple.start), start)
    cut = max([cut] + [f.end for f in _previous(figures, multiple, 8) if f.start >= cut and f.after.endswith("中")])
    levels = [f for f in _previous(figures, multiple, 8) if f.start > cut]   # 213家公司中，178家…: past the whole
    levels = [f for f in levels if f.level and not _incidental(f)]
    levels = [f for f in levels if f.same(levels[0])][:PAIR_REACH] if levels else []
    if len(levels) < 2 or any(CHANGE_LEAD.search(f.lead) or BASE_LEAD.search(f.lead)
                              or FROM_LEAD.search(f.lead) or CHANGE_END.search(f.clause) for f in levels):
        return None

    def pick(name: str, among: list[Figure]) -> Figure | None:
        wanted = bigrams(name)
        scored = sorted(((len(wanted & bigrams(_words_of(f))), f.start, f) for f in among), key=lambda t: t[:2],
                        reverse=True)
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][2]

    base = pick(second, levels)
    current = pick(first, [f for f in levels if f is not base]) if base is not None else None
    if base is None or current is None or pick(first, levels) not in (current, None):
        return None
    if not (bigrams(first) & bigrams(_words_of(current))) - bigrams(_words_of(base)) \
            or not (bigrams(second) & bigrams(_words_of(base))) - bigrams(_words_of(current)):
        return None                     # 主城区人口 a，郊县人口 b，全市人口是郊县的: 人口 names both, 全市 neither
    whole = [f for f in _previous(figures, multiple, 8) if f.start <= cut and f.same(current)]
    if WHOLE_WORDS.search(first + second) or any(
            not (bigrams(name) & bigrams(_words_of(chosen))) - bigrams(_words_of(f))
            for f in whole for name, chosen in ((first, current), (second, base))):
        return None                     # 茶园 T，其中有机茶园 a，…，茶园总面积是有机茶园的: the whole before 其中
    return current, base


def _words_of(figure: Figure) -> str:
    """The words that name ``figure``: its lead, or when its clause names nothing the words after it (``，178家
    实现盈利，35家 出现亏损``: 35家 is named by 出现亏损, never by the 实现盈利 of the count before it)."""
    return figure.lead if len(figure.clause) >= 2 or len(figure.after) < 2 else figure.clause + figure.after


def _of_other(words: str) -> str:
    """The name of the figure a multiple compares with (``是夏粮的`` → 夏粮; ``是同期归母净利润的``: the same period's
    归母净利润), or "" when the words name a period (是上年的, 是2020年同期的)."""
    words = re.sub(r"^同期(?=[\u4e00-\u9fff]{3})", "", words)
    if WHOLE_REFERENCE.match(words):
        return words                    # 是全省平均水平的: the whole, not a period
    return "" if PERIOD.match(words) or OTHER_TIME_WORDS.search(words) else words


#: ``是全年日均水平的``, ``为月均值的``: a multiple of the average per day (month …) stated before
OF_AVERAGE_LEVEL = re.compile(r"(?:是|为|相当于)(?:全年|当年|本年|同期|平时|平常|平日)?(?P<per>日|周|月)均(?:水平|值|量)?的$")
#: ``，是夏粮的``: the figure a multiple compares with, named (a subject, not a period)
MULTIPLE_OF_NAMED = re.compile(r"(?:是|为|相当于)(?P<x>[^，。；,;\d（）()]{2,12}?)的$")
OTHER_TIME_WORDS = re.compile(r"\d{4}年|上年|去年|同期|年初|上月|上季|前年|上届|过去|当年|以前|此前|五年前|十年前|年前")


def _times_growth(document: Document, figures: list[Figure], times: Figure) -> Iterator[Finding]:
    """``386万人次，比上年增长 1.2倍``: a growth of 1.2 times (+120%) implies the figure before, 386 / 2.2."""
    subject = _subject(document, figures, times)
    if subject is None or _sign(times.lead) == "-":
        return
    on = _compared(times.lead)
    yield Finding("previous", f"auto-previous-{subject.start}", {
        "description": f"the figure before {subject.text} ({on}) implied by a growth of {times.text}",
        "uses": {"current": subject.claim_id, "times": times.claim_id}, "formula": "current / (1 + times)",
        "unit": unit_name(subject.unit),
        "assumptions": [f"增长 {times.text} is a growth of {times.text} × 100% of {subject.text} on {on}"]},
        tiebreak=(times.start,))


def _stated_multiple(base: Figure, current: Figure, multiple: Figure) -> Finding:
    return Finding("multiple", f"auto-multiple-{current.start}", {
        "description": f"{base.text} → {current.text}: the stated multiple {multiple.text} recomputed",
        "uses": {"base": base.claim_id, "current": current.claim_id}, "formula": "current / base",
        "stated": multiple.claim_id, "unit": "倍",
        "assumptions": [f"{multiple.text} compares {current.text} with {base.text}"]}, tiebreak=(multiple.start,))


def _named_figure(figures: list[Figure], before: Figure, name: str, like: Figure | None = None,
                  least: int = 2) -> Figure | None:
    """The figure before ``before`` in its paragraph that ``name`` names: the one a name of which
    (:func:`~.totals.names`) begins ``name`` or is begun by it, the longest such (``出口规模是进口额的``: 出口 a and
    进口 b; ``秋粮产量是夏粮的``: 夏粮产量 b), in ``like``'s unit, else the one whose words best hold its pairs of characters (:func:`_by_name`); None when none, or two
    figures equally. A name is compared from its start, so ``国有博物馆参观人次`` is 国有博物馆's and not that of a
    total named 博物馆参观人次 (whose words hold more of its pairs), nor of 非国有博物馆."""
    if _named_apart(figures, before, name):
        return None
    found = _begun_by(figures, before, name, like)
    return found if found is not None else _by_name(figures, before, name, like, least)


def _held_nearby(figures: list[Figure], before: Figure, name: str) -> bool:
    """Some figure before ``before`` in its paragraph holds ``name`` (its place and measure words dropped) in its
    words: the name is read there or found doubtful there, never looked for in the rest of the report."""
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", name.replace("的", ""))))
    return any(name in f.clause.replace("的", "") for f in figures[max(0, before.index - 12):before.index])


def _named_apart(figures: list[Figure], before: Figure, name: str) -> bool:
    """``跨境电商进出口 T。其中，出口 a，进口 b，跨境电商出口额是进口额的``: one figure is named by the end of ``name`` (its
    measure, 出口), another only by its start (its subject, 跨境电商), none by the whole of it — which is meant the words
    cannot tell, so nothing is read."""
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", name.replace("的", ""))))
    window = [f for f in figures[max(0, before.index - 12):before.index] if f.level]
    if len(name) < 4 or any(name in names(f) for f in window) \
            or any(len(n) >= 2 and name.startswith(n) for f in window for n in names(f)):
        return False            # 国有博物馆参观人次 with 国有博物馆 a stated: the name's start names a figure cleanly
    by_end = any(len(n) >= 2 and n != name and name.endswith(n) for f in window for n in names(f))
    by_start = any(name[:2] in n and not name.endswith(n) for f in window for n in names(f))   # 海州跨境电商进出口
    return by_end and by_start


def _begun_by(figures: list[Figure], before: Figure, name: str, like: Figure | None) -> Figure | None:
    """The figure of :func:`_named_figure` whose name begins ``name`` or is begun by it, or None."""
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", name.replace("的", ""))))
    if len(name) < 2:
        return None
    scored: dict[str, tuple[int, Figure]] = {}
    for f in figures[max(0, before.index - 12):before.index]:
        if not f.level or (like is not None and not f.same(like)) or CHANGE_LEAD.search(f.lead) \
                or BASE_LEAD.search(f.lead) or FROM_LEAD.search(f.lead) or CHANGE_END.search(f.clause):
            continue
        held = max((min(len(n), len(name)) for n in names(f) if n.startswith(name) or name.startswith(n)), default=0)
        if held >= 2:
            scored[f.claim_id] = (held, f)
    if not scored:
        return None
    best = max(held for held, _ in scored.values())
    winners = [f for held, f in scored.values() if held == best]
    if len(winners) != 1:
        return None
    for f in figures[winners[0].index + 1:before.index]:       # 全年出口额 A …。一季度出口额 a，…，出口额是进口额的:
        if f.level and f.same(winners[0]) and any(           # the name is as much the nearer period's
                n.endswith(name) and PERIOD_NAME.search(n[:-len(name)]) for n in names(f)):
            return None
    return winners[0]


#: ``，是2020年（``, ``营业收入是2016年上市当年（``, ``产量是2021年同期（``: the clause of an earlier period's figure
#: stated in brackets as the base of a multiple, with the name of what is compared before 是 when the text gives one
PERIOD_IN_BRACKETS = re.compile(r"^(?P<name>[^，。；,;（()]{0,16}?)(?:已经?|也|仅|约)?(?:是|为|相当于)"
                                r"(?P<period>(?:\d{4}年|上年|去年|上一年|" + EARLIER_SPAN.pattern + r")"
                                r"[^，。；,;（()\d]{0,8})[（(]$")


def _of_period_in_brackets(document: Document, figures: list[Figure], multiple: Figure) -> list[Finding] | None:
    """``全县实现网络零售额 B，上年为 B0，增长 r%，完成年度目标（T）的 s%，是2020年（A）的 N倍``: N recomputed as B / A.
    B is the nearest figure before the bracket in its sentence and A's unit, past rates, shares, changes, bases and
    targets in brackets; when the sentence holds none (``新能源汽车保有量是2020年末（A）的 N倍`` after the year's
    figure sentences before), B is the figure of A's section and unit before it named as the words before 是 (its
    name begins or ends with them, at least three characters), every such figure of one value — far away (over three
    sentences) it is doubtful, as is a B in the sentence whose words do not hold a longer name given. None when the
    words are not of this form."""
    if multiple.index == 0:
        return None
    base = figures[multiple.index - 1]
    said = document.said(base, 40)
    said = said[max(said.rfind(c) for c in "，。；,;：:") + 1:]    # 是前五年（A）的: its words past the figure 五年
    found = PERIOD_IN_BRACKETS.match(said)
    if base.sentence != multiple.sentence or found is None or not base.level \
            or not BRACKET_CLOSED_OF.match(document.between(base, multiple)):
        return None
    opened = base.start - len(said)         # the words of the multiple's clause start here
    name = re.sub(r"[“”\"‘’'\s]", "", found.group("name"))
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", name)))
    period = found.group("period")
    current, doubt = None, ""
    for other in _previous(figures, base, 8):
        if other.end > opened:
            continue                        # 五年 of 是前五年（: a word of the period, not a figure compared
        if document.bracketed(other, base) or other.unit in ("%", "个百分点", "倍") or _incidental(other) \
                or CHANGE_LEAD.search(other.lead) or BASE_LEAD.search(other.lead) or CHANGE_END.search(other.clause) \
                or BRACKETED_BASE.search(other.lead) or OTHER_PERIOD.search(other.lead) \
                or re.match(r"[^，。；,;\d（()）]{0,2}的", document.raw[other.end:other.end + 3]):
            continue                        # 上年为 B0, 比上年增加 D, 完成年度目标（T）的, 比上年（B0）: not B
        if re.search(r"[；;]", document.between(other, base)) and len(name) >= 3 and not FROM_LEAD.search(other.lead):
            if not other.same(base) or not _so_named(other, name) \
                    or (AVERAGE_LEAD.search(other.clause) and not AVERAGE_LEAD.search(name)):
                continue                    # X a，平均每座 c；X是2015年（A）的: past a figure named otherwise
        elif not other.same(base) or FROM_LEAD.search(other.lead) or re.search(r"[；;]", document.between(other, base)):
            return []
        current = other
        if len(name) > 2 and not any(n.startswith(name) or name.startswith(n) or n.endswith(name)
                                     for n in names(current)):
            doubt = f"the words {name} before 是 do not name {current.text}"
        if len(name) >= 2 and not any(name in n for n in names(current)) and any(
                f.same(base) and not document.bracketed(f, base) and any(name in n for n in names(f))
                for f in _previous(figures, current, 8)):
            return []               # 粮食总产量 T，其中稻谷 a，总产量是1978年（A）的: the words name T, not a
        break
    if current is None:
        if len(name) < 3 or any(f.sentence == base.sentence for f in _previous(figures, base, 1)):
            return []
        so_named = [f for f in document.earlier(base.start, 6 * BACK) if f.section == base.section and f.same(base)
                    and f.plain and f.sentence < base.sentence and not document.bracketed(f, base)
                    and any(n.startswith(name) or n.endswith(name) for n in names(f))]
        if not so_named or len({f.value for f in so_named}) != 1 or (year_of(document, so_named[0]) or "-") in period:
            return []
        current = so_named[0]
        if base.sentence - current.sentence > 3:
            doubt = f"{current.text}, the figure named {name}, is stated {base.sentence - current.sentence} sentences before"
    if year_of(document, current) and year_of(document, current) in period:
        return []
    finding = _stated_multiple(base, current, multiple)
    finding.spec["assumptions"] = [f"{multiple.text} compares {current.text} with {base.text}, the figure of "
                                   f"{period} stated in brackets"]
    finding.doubt = doubt
    return [finding]


def _so_named(figure: Figure, name: str) -> bool:
    """One of ``figure``'s names begins with ``name`` or is its start (污水处理能力 names 污水处理能力 B; 日间手术 of
    全年完成日间手术 B is named by 日间手术量; never 人均体育场地面积 by 体育场地面积)."""
    return any(n.startswith(name) or (len(n) >= 3 and name.startswith(n)) for n in names(figure))


#: ``，是上年的``, ``，为去年同期的``: a multiple of the figure the same period's base was stated for just before
OF_PERIOD = re.compile(r"^[，,]?(?:已经?|也|约)?(?:是|为|相当于)(?:上年|去年|上一年)(?:同期)?的$")


def _of_period_stated(document: Document, figures: list[Figure], multiple: Figure) -> Finding | None:
    """``回收机动车 B，上年为 A，增加 D，是上年的 N倍``: N recomputed as B / A, A the base stated with 上年为 (上年同期为)
    before it in its sentence, past rates and changes, and B the figure before A in its unit, itself no change or
    base. None when the words are not of this form."""
    if not OF_PERIOD.match(multiple.clause):
        return None
    base = None
    for other in _previous(figures, multiple, 4):
        if (other.unit == "%" and (_is_rate(other) or _stated_share(other))) or CHANGE_LEAD.search(other.lead):
            continue
        if other.level and BASE_LEAD.search(other.lead) and not BRACKETED_BASE.search(other.lead) \
                and _same_base(other.lead, multiple.clause) and not _broken(document.between(other, multiple)):
            base = other
        break
    if base is None:
        return None
    for other in _previous(figures, base, 3):
        if other.unit == "%" and _is_rate(other):
            continue
        if other.same(base) and other.plain and not _broken(document.between(other, base)):
            return _stated_multiple(base, other, multiple)
        return None
    return None


def _named_in_report(document: Document, current: Figure, name: str) -> Figure | None:
    """``经营活动产生的现金流量净额 B，是归母净利润的 N倍`` with ``…净利润（以下简称“归母净利润”）A`` sections before: the
    figure of the report before ``current``, in its unit, that goes by ``name`` exactly (:func:`~.totals.names`, at
    least three characters), every figure so named of one value, of ``current``'s year and period within the year;
    None otherwise."""
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", name.replace("的", ""))))
    if len(name) < 3:
        return None
    so_named = [f for f in document.named(names, name, current.start) if f.same(current) and f.plain
                and f.sentence != current.sentence]
    if not so_named and len(name) >= 4:     # 是高新技术企业数量的: 年末有效期内高新技术企业 A, named by its end
        so_named = [f for f in document.earlier(current.start, 6 * BACK * 4) if f.same(current) and f.plain
                    and f.sentence != current.sentence and any(n.endswith(name) for n in _tail_names(f))]
    if not so_named or len({f.value for f in so_named}) != 1:
        return None
    base = so_named[0]
    if year_of(document, base) != year_of(document, current) or sub_period(document, base) != sub_period(document, current):
        return None
    return base


def _named_before_base(document: Document, base: Figure) -> Figure | None:
    """``冷运及医药业务收入 B。…冷运及医药业务收入上年同期为 A，同比增长 r%``: a base that opens its sentence naming its
    subject is of the one figure of its section before it so named (a name of it begins the subject's or is begun by
    it, three characters or more), every figure so named of one value — or, when its section names none, of the one
    figure of the report before it named exactly so, of its year and part of the year; None otherwise."""
    found = BASE_LEAD.search(base.clause)
    name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", base.clause[:found.start()] if found else "")))
    name = re.sub(r"[，,、\s]", "", name)
    if len(name) < 3:
        return None
    so_named = [f for f in document.earlier(base.start, 6 * BACK) if f.section == base.section and f.same(base)
                and (f.plain or _level_average(f)) and f.sentence < base.sentence
                and any(n.startswith(name) or (len(n) >= 3 and name.startswith(n)) for n in names(f))]
    if not so_named:                # stated in another section: the one figure of the report named so exactly —
        if any(f.section == base.section and f.same(base) and f.sentence < base.sentence   # unless the base's section
               and any(n.endswith(name) for n in names(f)) for f in document.earlier(base.start, 6 * BACK)):
            return None             # names one so after an owner (江北区快递业务收入 b … 快递业务收入上年同期为 A)
        so_named = [f for f in document.named(names, name, base.start) if f.same(base)
                    and (f.plain or _level_average(f)) and f.sentence < base.sentence]
        if len(so_named) >= NAMED_LIMIT or any(other_year(document, f, base) or sub_period(document, f)
                                               != sub_period(document, base) for f in so_named):
            return None
        return so_named[0] if len({f.value for f in so_named}) == 1 else None
    if len({f.value for f in so_named}) != 1 or base.sentence - so_named[0].sentence > 3:
        return None
    return so_named[0]
