"""Parts and totals: 其中, complete lists, 分别, 以上…合计, splits that sum to 100, and stated shares.

* ``总数 …，其中 部分 …`` — the parts, in each unit they are given in (``其中 … 138户512人``), cannot exceed the
  total; ``其中`` may open the next sentence. The total is the nearest figure in the same unit before 其中 that
  is a level, not a change (``比年初增加 48.6亿元``), a base (``比上年的 9.12亿元``) or another year's figure
  (``2021年为47家``); where two such figures could be meant (存栏 and 出栏), the one whose words the part repeats.
* A **complete** list sums to its total: the three industries, 城镇 and 乡村, 出口 and 进口 (named in
  :data:`~helpers.claims.relations.words.COMPLETE_SETS`), a list ending in 其他, ``共有 X，A、B、C分别为 …``,
  ``四类产业分别 …`` and ``以上…合计`` / ``合计`` after a list.
* A count of some of the things just counted is a part of it: ``全省 14个设区市中，有 11个``, also with an aside in
  brackets (``112个县（市、区）中已有 108个``) or a threshold stated as a figure (``86处雨量站中，…超过 1,200毫米的有 23处``).
* A breakdown that gives each item several measures in turn (``分级次看，市级资产 a1，负债 b1；区县级资产 a2，负债 b2``)
  is read measure by measure, each within the whole above that its words name.
* ``国家级 a、省级 b、市级 c，各级示范社共 T``: 共 after words naming all the kinds listed totals them as 合计 does.
* A figure named by the name of one before it with a qualifier before that name (``实现旅游收入 T …，实现乡村旅游收入
  b``, ``餐饮消费 a …；其中夜间餐饮消费 b``) is a part of it (:func:`_qualified_part`).
* A sentence opened by its whole's name written loosely (``职工医保参保人员中，`` for 参加职工基本医疗保险人数,
  ``博物馆参观人次中，`` for 博物馆接待参观) breaks that whole down; two parts or more are then judged only as a
  complete set (在职 and 退休, X and 非X).
* A **split** ``12.0:40.6:47.4`` of shares sums to 100, and each share is its industry's part of the total.
* A **stated share** ``占 一般公共预算收入 的比重为 73.4%`` is recomputed from the part before it and the figure
  named 一般公共预算收入; ``占比为`` after 其中 is the part's share of the 其中 total.

>>> from helpers.claims.relations import find_in_text
>>> [(c.check_id, c.formula, c.stated) for c in find_in_text("共有学校12所，其中小学8所、初中5所。")]
[('auto-part-12-of-4', 'part1 + part2 <= total', None)]
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile
from typing import Iterator

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import (PARENTHETICAL, RATE_WORD, Document, Figure, bigrams, earlier_in_brackets,
                                              in_brackets, is_plain, quotient_fits, unit_name)
from helpers.claims.relations.words import (
    EACH_VERB, MORE_COMPLETE_SETS, NEW_ON_PERIOD, TARGET_ASIDE, THRESHOLD, ALL_OF_KIND, NOT_A_QUALIFIER, PER_SOMETHING, WHOLE, OPENER_MEASURE, ALL_LISTED_TOTAL,
    CLOSING_ITEM, COUNTED_NOUN, SUBTOTAL_WORD, BARE_VERB, PER_HEAD, PER_HEAD_GROUP, YEAR_SPLITS, COUNTED_NOT_NOUN, NAMES_BEFORE_EACH, PAIR_ABBREVIATION, ITEM_NAME_START,
    RANGE_ABOVE, RANGE_BELOW, RANGE_BETWEEN, RANGE_ONE, RANGE_POINT, DEDUCTED, NAMED_TOTAL, NAME_JOINER, SUB_PLACE,
    CLASS_NUMBERS, HEAD_SUFFIX, SUBJECT_AMONG, SUBTOTAL, ITEMS_COUNT, SPLIT_BY, SPLIT_AFTER, SPLIT_AGAIN, BRACKET_MARK, BRACKET_OTHER_TIME, BRACKET_REST, REST_ITEM, REST_WHOLE, NEGATED_ITEM, EXHAUSTIVE_PAIRS,
    ABBREVIATED, ALIAS, CORE_PREFIX, NAME_NOTE, SUBJECT_WORDS, YEAR_FIRST,
    ABOVE, BALANCES, BASE_LEAD, CHANGE_LEAD, COMPLEMENTS, NESTED_KINDS, LIMIT_AFTER, LIMIT_LEAD, PLANNED, AVERAGE_LEAD, CHINESE_COUNTS, COMMON_BIGRAMS, COMPLETE_SETS, DIMENSIONS, KINDS_COUNT, KINDS_IN_NAME, NAME_PREFIX,
    NAME_SUFFIX, NEW_SUBJECT, OTHER_ITEM, PERIOD_NAME, RATE_LEAD, RATIO_SEPARATOR, SHARE_LEAD, SPLIT_LEAD, SYNONYMS, TOTAL_LEAD, WHOLE,
)

BACK = 8            # figures looked back over for a total
AHEAD = 16          # figures looked at after 其中 for its parts
SECTION_BACK = 40   # figures of the section looked back over for a total named elsewhere
LIST_GAP = re.compile(r"^\s*(?:、|，|,|和|及|与|以及)?\s*$")
SETS = [(name, [re.compile(m) for m in members], re.compile(words) if words else None)
        for name, members, words in COMPLETE_SETS + MORE_COMPLETE_SETS + YEAR_SPLITS]

#: the complete sets of periods that make up the year
PERIOD_SETS = frozenset({"the two halves of the year"} | {name for name, _, _ in YEAR_SPLITS})
MARK_REACH = 120     # characters looked back over for a 其中 that makes a figure a part


def find(document: Document) -> Iterator[Finding]:
    """The sums and parts of ``document``; a reading that mixes amounts told per a span of time (``118.5万吨/日``)
    with amounts that are not is shown, never judged (:data:`MIXED_PER_TIME`)."""
    by_id: dict[str, Figure] | None = None
    for finding in _find(document):
        if by_id is None:
            by_id = {f.claim_id: f for members in document.paragraphs for f in members}
        used = [f for f in (by_id.get(c) for c in [*finding.spec["uses"].values(), finding.spec.get("stated")] if c)
                if f is not None and f.unit != "%"]
        if not finding.doubt and (len({_per_time(f) for f in used}) > 1 or _past_per_time(document, used)):
            finding = replace(finding, doubt=MIXED_PER_TIME)
        yield finding


MIXED_PER_TIME = "the figures mix an amount per day (a capacity such as 万吨/日) with amounts that are not"


def _past_per_time(document: Document, used: list[Figure]) -> bool:
    """Between the first figure a reading uses and the next it uses stands a figure of their unit told per a span of
    time (``全年供水总量 T亿立方米，年末供水能力 c万立方米/日，其中生活用水 a亿立方米``): the words after it may be of it."""
    if len(used) < 2:
        return False
    first, second = sorted(used, key=lambda f: f.start)[:2]
    between = document.by_paragraph.get(first.paragraph, [])[first.index + 1:first.index + 4]
    return any(f.start < second.start and _per_time(f) and f.unit.partition("/")[0] == first.unit for f in between)


def _per_time(figure: Figure) -> str:
    """The span of time an amount is told per (``日`` of ``118.5万吨/日``, a capacity: its unit per that time,
    :data:`~.passage.PER_TIME_AFTER`), or ""."""
    return figure.unit.partition("/")[2]


def _find(document: Document) -> Iterator[Finding]:
    industries: dict[str, list[tuple[list[Figure], Figure]]] = {}      # section → three-industry groups found
    for figures in document.paragraphs:
        seen_marks: set[int] = set()
        for figure in figures:
            start = max(_floor(document, figures, figure), figure.start - 40)
            marks = [m.start() for m in PARTS_MARK.finditer(document.raw, start, figure.start)]
            k = marks[-1] if marks else -1
            if k >= 0 and k not in seen_marks:
                seen_marks.add(k)
                yield from _parts(document, figures, k, industries)
                yield from _per_head_parts(document, figures, k)
        yield from _openers(document, figures)
        yield from _breakdowns(document, figures)
        for group, total in _complete_groups(document, figures):
            if _set_of(group) == "three industries":
                industries.setdefault(figures[0].section, []).append((group, total))
            yield _sum(group, total, f"{' and '.join(_item_names(group))} make up the whole of {total.text} "
                                     f"({_set_of(group)})",
                       f"{total.text} is itself told as a share of a larger whole" if told_as_share(document, total)
                       else "")          # 一日游游客 T，占 s%。市外游客 a，市内游客 b: T is one kind, a + b all visitors
        for figure in figures:
            if figure.amount and ("分别" in figure.lead or "依次" in figure.lead):
                yield from _each(document, figures, figure)
            if figure.index > 0 and figure.kind == "count":
                yield from _among(document, figures, figure)
            if figure.amount and _total_word(figure) and figure.index > 0:
                yield from _listed_total(document, figures, figure)
            if figure.kind == "ratio" and not _joined_ratio(document, figures, figure):
                yield from _split(document, figures, figure, industries)
            if figure.index > 0 and _plain(figure):
                yield from _qualified_part(document, figures, figure)
            if figure.amount and _plain(figure) and document.raw[figure.end:figure.end + 1] in ("（", "("):
                yield from _bracketed(document, figures, figure)
            if figure.index > 1 and figure.amount and REST_ITEM.match(figure.clause) and _plain(figure):
                yield from _rest(document, figures, figure)
            if figure.index > 1 and figure.amount and NEGATED_ITEM.match(figure.clause) and _plain(figure):
                yield from _complement(document, figures, figure)


#: the words of an amount added over a period, no part of a stock (``新增供热面积``, ``净增``)
NEW_FLOW = re.compile(r"^[，,]?(?:新增|净增|新建|新开)")
#: the words that add what is besides a whole, naming it, not a part of it (``；另有志愿者教师``; not ``；另有 a人享受…``)
BESIDES = re.compile(r"[；;，,。]\s*(?:另有|另外|此外|除此之外)[，,]?[\u4e00-\u9fff]{2,}$")   # not ；另有 a: a part
#: a clause after ；that opens with a list of places (``；岷山县、清河县、白石县三县``): a new subject, not an item
PLACE_OPENS = re.compile(r"[；;](?!全)[\u4e00-\u9fff]{2,3}(?<!地)(?<!新)(?<!发)(?:县|区|镇|乡)、"
                         r"[\u4e00-\u9fff]{2,3}(?<!地)(?<!新)(?<!发)(?:县|区|镇|乡)")
#: a place's name in a part's words: a list of places' figures goes on with more places (其中江城区 a；港城区 b；…)
PLACE_PART = re.compile(r"[\u4e00-\u9fff]{2,3}(?:县|区|镇|乡)")


def _names_an_item(document: Document, figures: list[Figure], figure: Figure, like: Figure) -> bool:
    """A count of another unit than the list's that opens an item's name, its figure following in the same words
    (``；9个基层法院受理案件 a2``: 9个 counts the courts the item is of, it is no item); not one with words of its own
    before it (``；每10万人拥有博物馆 0.77个``: a rate, which ends the list).""" 
    following = figures[figure.index + 1] if figure.index + 1 < len(figures) else None
    return figure.kind == "count" and not figure.same(like) and following is not None and following.same(like) \
        and not re.sub(r"^(?:其中|另有|以及|和|及)", "", figure.clause.strip()) \
        and following.sentence == figure.sentence and len(document.between(figure, following)) <= 16 \
        and not re.search(r"[，,；;。、：:（）()]", document.between(figure, following))


def _closes_list(document: Document, last: Figure | None, figure: Figure) -> bool:
    """``其中工业 a个、医疗 b个、其他领域 c个，d个项目入选…``: the item before ``figure`` in a 其中 list is 其他/其余, which
    takes in all the rest, so a figure of its unit after it in another clause, named by nothing before it (what it
    counts follows it), is no further item. A named item after it is (``其他技术人员 c，管理人员 d``: 其他技术人员 is
    a category of its own); so is a second unit of the 其他 item itself (``其他 c个 e人``)."""
    return last is not None and figure.same(last) and bool(OTHER_ITEM.search(_item_name(last))) \
        and bool(re.search(r"[，,；;、]", document.between(last, figure))) \
        and len(re.sub(r"^(?:其中|以及|和|及|另有|还有|共有|有)+", "", _item_name(figure))) < 2


def _floor(document: Document, figures: list[Figure], figure: Figure) -> int:
    """Where the text before ``figure`` starts for a finder: the end of the figure before it in its paragraph."""
    return figures[figure.index - 1].end if figure.index > 0 else max(0, figure.start - 24)


def _plain(figure: Figure) -> bool:
    """An amount that can be a total or a part: not a change, a base, another year's figure, an average or a rate;
    nor a change told by 新增 on a period (``外贸航线 46条，比上年新增 7条``), nor a target in brackets after its name
    (``完成年度目标（0.7万人）的 65.7%``)."""
    return figure.plain and not NEW_ON_PERIOD.search(figure.lead) and not TARGET_ASIDE.search(figure.lead)


def _set_of(parts: list[Figure], document: Document | None = None, names: bool = True) -> str | None:
    """The name of the complete set the parts' words name, one item each; None when they name none. Two parts
    named X and 非X (住宅 and 非住宅, 住房消费类提取 and 非住房消费类提取) are such a set."""
    if len(parts) == 2:
        a, b = (re.sub(r"^(?:其中|以及|和|及|，|,)+", "", _bare_name(p)) for p in parts)
        for x, y in ((a, b), (b, a)):
            if len(x) >= 2 and y.startswith("非") and (y[1:] == x or y[1:].startswith(x) or x.startswith(y[1:])):
                return f"{x} and {y}"
    listed = (listed_names(parts, document) if names else None) or [p.clause for p in parts]
    for name, members, _ in SETS:
        if len(parts) != len(members):
            continue
        hits = [[k for k, member in enumerate(members) if member.search(n)] for n in listed]
        if all(len(h) == 1 for h in hits) and sorted(h[0] for h in hits) == list(range(len(members))):
            return name
    return None


def listed_names(parts: list[Figure], document: Document | None = None) -> list[str] | None:
    """``三级、二级、一级和未定级医院分别为 a、b、c 和 d``: the item names the list writes before 分别, one per part in
    order (三级, 二级, 一级, 未定级医院; ``第一、二、三产业`` is 第一产业, 第二产业, 第三产业); None unless the parts are
    that list's figures, side by side, and the names as many as they. With ``document``, the names are read in the
    sentence's words before the list, which a numeral in them (``第一、二、``, read as a figure) does not cut."""
    if len(parts) < 2 or any(not LIST_GAP.match(p.lead) for p in parts[1:]):
        return None
    lead = parts[0].lead if document is None else \
        document.between(document.sentence_start(parts[0].start), parts[0])
    found = NAMES_BEFORE_EACH.search(lead)
    if found is None:
        return None
    words = found.group("names")
    if THREE_INDUSTRIES.fullmatch(re.sub(r"(?:企业|单位|投资|增加值|用电量|就业人员|从业人员)$", "", words)):
        names = ["第一产业", "第二产业", "第三产业"]
    else:
        names = [n for n in re.split(r"、|以及|和|及|与", words)]
    if len(names) != len(parts) or any(not n for n in names):
        return None
    return names


def _closed(parts: list[Figure], last_item: str, document: Document | None = None, names: bool = True) -> str | None:
    """``…，其他 c`` / ``三级、二级、一级和未定级医院分别为 …``: the list's last item takes in all the rest (其他, 其余,
    未定级), so the list is complete; None otherwise."""
    listed = listed_names(parts, document) if names else None
    found = CLOSING_ITEM.search(listed[-1] if listed else last_item)
    return f"{found.group(0)} ends the list" if found else None


def _range_bound(document: Document, part: Figure) -> Figure | None:
    """The figure that writes the class ``part`` counts, right before it in its clause and of another unit
    (``25岁以下``的 0.41万对, ``1,000万元至1亿元``的企业 612家, ``一人``户 58.27万户), or None."""
    figures = document.by_paragraph.get(part.paragraph, [])
    bound = figures[part.index - 1] if 0 < part.index <= len(figures) and figures[part.index - 1] is not part else None
    if bound is None or bound.alike(part) or bound.sentence != part.sentence or bound.unit == "%" \
            or re.search(r"[，,；;。：:、（）()]", document.between(bound, part)) or len(part.lead) > 12:
        return None
    return bound


def _range_class(document: Document, part: Figure) -> str:
    """The class of a list split by a measure's ranges that ``part`` counts: "below", "above", "between", "one",
    "point" (two, three …), or "" when its words write no range (:data:`~.words.RANGE_BELOW` …)."""
    bound = _range_bound(document, part)
    words = bound.text if bound is not None else re.split(r"[，,；;、：:]", part.clause)[-1]
    if not words:
        return ""
    if RANGE_BETWEEN.search(words):
        return "between"
    if RANGE_ABOVE.search(words):
        return "above"
    if RANGE_BELOW.search(words):
        return "below"
    start = words if bound is None else bound.text
    if RANGE_ONE.match(start):
        return "one"
    if RANGE_POINT.match(start):
        return "point"
    return ""


def _ranged(document: Document, parts: list[Figure]) -> str | None:
    """``25岁以下的 a，25—29岁的 b，30—34岁的 c，35岁及以上的 d`` (or from the top down: ``1亿元以上的 a，1,000万元至
    1亿元的 b，1,000万元以下的 c``; ``一人户 a，二人户 b，三人及以上户 c``): classes of one measure's ranges, the first open
    below (or the class of one) and the last open above, or the other way round, every class between bounded on both
    sides (or a single number), leave nothing out: the list is complete. None otherwise."""
    if len(parts) < 2 or not all(p.same(parts[0]) for p in parts):
        return None
    classes = [_range_class(document, p) for p in parts]
    first, last, middle = classes[0], classes[-1], classes[1:-1]
    if first in ("below", "one") and last == "above":
        points = first == "one"
    elif first == "above" and last == "below":
        points = False
    else:
        return None
    if not all(c == "between" or (points and c == "point") for c in middle):
        return None
    bounds = [_range_bound(document, p) for p in parts]
    if points:                                  # 一人户, 二人户, 三人及以上户: one, two, three and more, none left out
        numbers = [b.value if b is not None else CLASS_NUMBERS.get(re.sub(r"^其中", "", p.clause)[:1])
                   for p, b in zip(parts, bounds)]
        if numbers != list(range(1, len(parts) + 1)):
            return None
    if all(b is not None for b in bounds):
        values = [b.value for b in bounds]
        if any(not b.same(bounds[0]) for b in bounds) and not all(b.kind == bounds[0].kind for b in bounds):
            return None
        ordered = values == sorted(values) if first != "above" else values == sorted(values, reverse=True)
        if not ordered:
            return None
    return "the classes of its ranges, from the lowest open below to the highest open above, leave nothing out"


def _kinds_named(total: Figure, parts: list[Figure]) -> str | None:
    """``服务站（点）N个，其中…服务站 a个、…服务点 b个``: the whole's name lists its kinds and the parts name each kind
    once, so they are all of it; None otherwise."""
    found = KINDS_IN_NAME.search(total.clause)
    if found is None or len(parts) != 2:
        return None
    kinds = (found.group("a"), found.group("b"))
    named = [next((k for k in kinds if NAME_SUFFIX.sub("", part.clause).endswith(k)), None) for part in parts]
    if sorted(filter(None, named)) != sorted(kinds):
        return None
    return f"the whole {found.group(0)} is its two kinds {kinds[0]} and {kinds[1]}, each listed"


def _item_names(parts: list[Figure]) -> list[str]:
    return [p.text for p in parts]


def _parts(document: Document, figures: list[Figure], at: int,
           industries: dict[str, list[tuple[list[Figure], Figure]]]) -> Iterator[Finding]:
    first = document.after(figures, at)
    if "分别" in document.raw[at:figures[first].start if first < len(figures) else at] \
            and "分别" in document.raw[document.sentence_start(at):at]:
        return                  # 产销分别完成 a和b，其中乘用车产销分别完成 c和d: pairs of measures, each its own part
    if first >= len(figures) or CLAUSE_END.search(document.raw, at, min(figures[first].start, at + 200)):
        return                  # 1,806人，其中不少是科技型中小企业；国有企业 a: a 其中 with no figure opens no parts
    if _per_head_whole(document, figures, at) is not None:
        return                  # 人均消费支出 T元，其中食品烟酒支出 a元: parts per head (_per_head_parts), of no total before
    sentence_start = document.sentence_start(at)
    opens = at - sentence_start <= 8 and not document.raw[sentence_start:at].strip()   # 其中 opens its sentence
    before = document.raw[max(sentence_start, at - 4):at]
    bracketed = bool(re.search(r"[（(]\s*$", before))                                 # （其中 …）
    whole = next((figures[i] for i in range(first - 1, max(first - 1 - BACK, -1), -1) if _plain(figures[i])),
                 None)                                                      # what 其中 divides, as named
    whole_name = core_name(whole) if whole is not None else ""
    parts: list[Figure] = []
    shares: list[Figure] = []          # 占比 after the parts: shares of the 其中 total
    stated_share = False               # any share stated after a part (占比, or 占 a named total)
    last: Figure | None = None
    sentence = None
    depth, seen = 0, at                # brackets opened since 其中 and not closed; where the count has reached
    rated = False                      # a rate of its own (…率为 r%) stated after the parts
    for figure in figures[first:first + AHEAD]:
        if document.sentence_start(figure.start) != sentence_start:
            break
        sentence = figure.sentence
        gap = document.raw[seen:figure.start]
        depth, seen = depth + gap.count("（") + gap.count("(") - gap.count("）") - gap.count(")"), figure.end
        if depth > 0 and parts and not bracketed:
            continue                                # 其中新增债券 a（一般债券 a1、专项债券 a2），再融资债券 b: a1, a2
                                                    # break a down; they are no items of the 其中 list
        semicolon = last is not None and bool(re.search(r"[；;]", document.between(last, figure)))   # past ；
        if last is not None and PARTS_MARK.search(document.between(last, figure)):
            break
        if len(parts) == 2 and parts[0].same(figure) and _complementary(parts):
            break                                   # 其中国有 a、非国有 b，国家一级 c: the pair is every one; c counts
                                                    # them by another trait
        if last is not None and NEW_SUBJECT.search(document.between(last, figure)):
            break                                   # 其中 A；各项贷款余额 B: a new subject of the report's own
        if semicolon \
                and PARTS_MARK.search(document.raw, figure.end, min(len(document.raw), figure.end + 24)):
            break                                   # A，其中 a；B，其中 b: B has parts of its own, it is no part of A
        if any(pattern.search(figure.clause) for pattern, _, _ in BALANCES):
            break                                   # 其中出口 a，进口 b，贸易顺差 c: a balance is no part
        if semicolon and len(whole_name) >= 3 \
                and whole_name in core_name(figure) and not any(whole_name in core_name(p) for p in parts):
            break                                   # 接待游客 T，其中 a，b；非节假日接待游客 c: names the whole again
        if semicolon and any(
                outer in whole_name and any(inner in core_name(figure) for inner in others)
                for outer, others in COMPLEMENTS.items()):
            break                                   # 外地游客 T，其中省外 a；本省游客 b: the other half, no part
        if semicolon and _repeats(parts, figure):
            break                                   # 其中出口 a，进口 b；市场采购出口 c: a new subject, no part
        if semicolon and _enumerated(document, parts):
            break                                   # 其中甲 a、乙 b、丙 c；丁 d: a list written with 、 ends at ；
        if last is not None and BESIDES.search(document.between(last, figure)):
            break                                   # 其中专职 a，兼职 b；另有志愿者教师 c: c is besides the whole
        if PLACE_OPENS.search(document.between(last if last is not None else at, figure)) \
                and not any(PLACE_PART.search(p.clause) for p in parts):
            break                                   # 江城区 T，其中…；岷山县、清河县三县…合计 c: another place's
        if len(parts) == 1 and re.search(r"[；;]", document.between(parts[0], figure)) \
                and OTHER_ITEM.search(figure.clause):
            break                                   # 其中甲 a，占…；其他业务收入 b: one part, then the outer list's rest
        if bracketed and re.search(r"[）)]", document.between(last or at, figure)):
            break                                   # 高级职称 T（其中正高级 a），中级职称 b: 其中 ends with its bracket
        if rated and semicolon:
            break                                   # 其中城镇 a，城镇化率 r%；中心城区人口 b: a rate closed the list
        if last is not None and whole is not None and figure.same(whole) and figure.value > whole.value \
                and re.search(r"[；;]", document.between(last, figure)):
            break                                   # 医师 T，其中全科医生 a；注册护士 N: past ；, more than the whole
                                                    # alone is a new subject, no part of it
        if figure.unit == "%":
            rated = rated or (bool(parts) and not SHARE_LEAD.search(figure.lead) and len(whole_name) >= 2
                              and RATE_WORD.search(figure.clause) is not None and whole_name in figure.clause)
            # a rate of the whole (常住人口城镇化率) closes the list at the next ；, a part's own (蓄水率) does not
            found = SHARE_LEAD.search(figure.lead)
            if parts and found:
                stated_share = True
                if not share_name(figure.lead) and not _names_another_part(figure, parts):
                    shares.append(figure)
            elif shares and LIST_GAP.match(figure.lead):      # 占比分别为 24.1% 和 28.8%
                shares.append(figure)
            continue
        if not _plain(figure) or PER_UNIT_WORDS.search(figure.clause) or PER_UNIT_WORDS.search(_said(document, figure)) \
                or PER_HEADS_OWNED.search(_said(document, figure)):
            continue                                # 丙 c，按每亩 15.8元 的标准发放: a rate, no part
        if parts and _names_an_item(document, figures, figure, parts[0]):
            continue                                # 其中，中院受理 a1，审结 b1；9个基层法院受理 a2: 9个 names the item
        if last is not None and PERIOD_OPENS.match(figure.clause):
            break                                   # 其中境内 a、境外 b，全年新引进 c: a flow of the year, no part
        if last is not None and re.search(r"分别|依次", figure.lead) and SUBTOTAL_WORD.search(last.clause):
            break                                   # 其中甲、乙和丙合计 c，分别 c1、c2、c3: they break c down
        if _closes_list(document, last, figure):
            break                                   # 其中甲 a、乙 b、其他 c，3个项目入选…: 其他 took in all the rest
        if parts and _total_word(figure) and not OTHER_ITEM.search(figure.clause) \
                and (0 < figure.low <= sum(p.high for p in parts if figure.same(p))
                     or ALL_LISTED_TOTAL.search(figure.clause)):
            continue                                # 其中甲 a，乙 b，两项合计 c；丙 d: c totals some parts, it is none
                                                    # (其余各站合计 d is the last item); 各级示范社共 T, whatever its
                                                    # figure, names itself the total of those listed
        if not parts or any(figure.same(p) for p in parts) or (last is not None and figure.start == last.end) \
                or _total_exists(figures, first, figure, sentence_start, document, opens):
            parts.append(figure)
            last = figure
        else:
            break
    if not parts:
        return
    groups: list[list[Figure]] = []
    for part in parts:
        group = next((g for g in groups if g[0].same(part)), None)
        if group is None:
            groups.append([part])
        else:
            group.append(part)
    allowed = {sentence, sentence - 1} if opens else {sentence}
    totals = []
    for number, group in enumerate(groups):
        measures = _measures(document, group)
        if measures:
            totals.append((None, ""))
            for measure in measures:
                yield from _qizhong_measure(document, figures, first, measure, allowed)
            continue
        if _measures_paired(document, figures, first, group):
            totals.append((None, ""))
            continue            # 存款余额 A，贷款余额 B，其中中资银行存款 a、贷款 b: a of A and b of B, not both of one
        total, doubt, change_between = _total_before(document, figures, first, group, allowed)
        totals.append((total, doubt))
        if total is None:
            yield from _far_qizhong(document, group, opens)
            continue
        group = [p for p in group if not _named_for_another(figures, first, p, total, allowed)]
        if not group:
            continue
        complete = _set_of(group) or ("其他 ends the list" if OTHER_ITEM.search(group[-1].clause) else None) \
            or _kinds_named(total, group) or _ranged(document, group)
        if complete:
            if complete == "three industries":
                industries.setdefault(figures[0].section, []).append((group, total))
            yield _sum(group, total, f"the parts {'、'.join(_item_names(group))} make up the whole of "
                                     f"{total.text} ({complete})", doubt)
        elif _overlap(document, group):
            yield from _each_alone(group, total, doubt, change_between)
        elif _traits_apart(document, group, total):
            yield _part(group, total, doubt or TRAITS_APART, change_between)
            yield from _each_alone(group, total, doubt, change_between)
        else:
            yield _part(group, total, doubt, change_between)
        if number == 0 and len(group) == 1 and not stated_share and not doubt and not change_between \
                and not complete:
            yield Finding("part-share", f"auto-part-share-{group[0].start}", {
                "description": f"share of {group[0].text} in {total.text}",
                "uses": {"part": group[0].claim_id, "total": total.claim_id}, "formula": "part / total * 100",
                "unit": "percent", "assumptions": [f"{group[0].text} is part of {total.text} (其中)"]})
    paired: list[tuple[Figure, tuple]] = []              # (part, (total, doubt)) for each share, in order
    if len(groups) > 1 and len(shares) == len(groups) and all(len(g) == 1 for g in groups):
        paired = [(g[0], t) for g, t in zip(groups, totals)]          # 2,380户9,150人，占比分别为 a% 和 b%
    elif len(groups) == 1 and len(shares) == 1:
        part = _part_before(groups[0], shares[0])
        paired = [(part, totals[0])] if part is not None else []
    elif len(groups) == 1 and len(shares) == len(groups[0]) and "分别" in shares[0].lead:
        paired = [(p, totals[0]) for p in groups[0]]
    elif len(groups) == 1 and shares and all(s.index > 0 and figures[s.index - 1] in groups[0]
                                             and BARE_SHARE.match(s.lead) for s in shares):
        paired = [(figures[s.index - 1], totals[0]) for s in shares]      # 甲 a，占 s%，乙 b，占 t%: each after its part
    if _opener_whole(document, sentence_start, parts[0]) is not None:
        paired = []                                       # 全市常住人口中，…其中 … 占 s%: read with the opener
    for (part, (total, doubt)), share in zip(paired, shares):
        if total is not None:
            yield _share(part, total, share, f"{part.text} is part of {total.text} (其中) and {share.text} is its "
                                             f"share", doubt)


def _per_head_whole(document: Document, figures: list[Figure], at: int) -> Figure | None:
    """The figure per head (人均, 户均) right before the 其中 at ``at``, in its sentence (``人均消费支出 T元，其中``),
    otherwise a level (no change, base or other year's figure), whose unit the first amount after 其中 has; None
    when there is none.""" 
    first = document.after(figures, at)
    if first == 0 or first > len(figures):
        return None
    whole = figures[first - 1]
    if whole.start < document.sentence_start(at) or not whole.amount or not PER_HEAD.search(whole.clause) \
            or not _plain(replace(whole, plain=is_plain(replace(whole, clause=PER_HEAD.sub("", whole.clause))))) \
            or not re.fullmatch(r"[，,]\s*", document.raw[whole.end:at]):
        return None
    after = next((f for f in figures[first:first + AHEAD] if f.unit != "%"), None)
    if after is None or not after.same(whole) or not (_plain(after) or PER_HEAD.search(after.clause)):
        return None             # 户均务工收入 a万元，其中务工收入超过10万元的家庭 n户: 其中 counts the households
    return whole


def _per_head_parts(document: Document, figures: list[Figure], at: int) -> Iterator[Finding]:
    """``城镇居民人均消费支出 T元，其中食品烟酒支出 a元`` / ``人均筹资标准为 T元，其中财政补助 a元，个人缴费 b元``: a figure per
    head (人均, 户均) right before a 其中 of its sentence is broken down by the amounts of its unit after it, each per
    head too (named so or not), up to the next ；. The parts are what the head's amount is made of, not groups of
    heads: none is named by a group (``其中城镇居民 a元，农村居民 b元`` are averages of their own, which may exceed the
    whole), and each is less than the whole; they add up to it when they name a complete set or end in 其他."""
    whole = _per_head_whole(document, figures, at)
    if whole is None:
        return
    first = document.after(figures, at)
    sentence_start = document.sentence_start(at)
    parts: list[Figure] = []
    for figure in figures[first:first + AHEAD]:
        if document.sentence_start(figure.start) != sentence_start \
                or (parts and re.search(r"[；;]", document.between(parts[-1], figure))):
            break
        if figure.unit == "%":
            continue
        if not figure.same(whole):
            break
        named = PER_HEAD.sub("", figure.clause)
        if not (_plain(figure) or (PER_HEAD.search(figure.clause)
                                   and is_plain(replace(figure, clause=named)))) or PER_HEAD_GROUP.search(named):
            break
        parts.append(figure)
    if not parts or any(p.value >= whole.value for p in parts) \
            or any(PER_HEAD_GROUP.search(PER_HEAD.sub("", p.clause)) for p in parts):
        return
    complete = _set_of(parts) or ("其他 ends the list" if OTHER_ITEM.search(parts[-1].clause) else None)
    if complete and len(parts) >= 2:
        yield _sum(parts, whole, f"the parts {'、'.join(_item_names(parts))} make up {whole.text} per head ({complete})")
    else:
        yield _part(parts, whole, why=f"{'、'.join(_item_names(parts))} after 其中 are what {whole.text} per head is "
                                      f"made of")


OPENER = re.compile(r"\s*在?(?:全市|全县|全区|全省|全国|全州|全镇|全乡)?(?P<name>[^，。；、：:\d\s（）()]{2,14}?)中[，,：:]")
BARE_SHARE = re.compile(r"^[，,]?占(?:比)?(?:为|达到?|是)?$")
EARLIER = 200       # figures of the report looked back over for the whole an opener names


#: words that introduce parts of the figure before them: 其中, and 内含 / 包括 / 包含 used the same way
PARTS_MARK = re.compile(r"其中|内含|包括|包含")
#: the words of a figure per a unit after 每 (``按每亩``, ``每人每月``): a rate, never a part of a 其中 list (narrower than
#: :data:`~.words.PER_SOMETHING`, which also keeps 每股 and 户均 figures out of the fits)
PER_UNIT_WORDS = re.compile(r"每(?:[亩人户吨件个台辆套间平]|平方米|公斤|千克|年|月|天|日|次|[十百千万亿]+)")
#: (``其中城镇每万名就业人员发生争议案件 60.0件``: a part that names its own base per 万 is a rate over a sub-group, which
#: may exceed the rate of all; so is one per 千人 or 百户 written without 每: ``其中主城区千人拥有托位 4.1个``)
PER_HEADS_OWNED = re.compile(r"(?<![\d一二三四五六七八九两几数])(?:十万|[百千万])(?:名|人口|人|户家庭|户|家庭|老年人)"
                             r"[^，。；;\d]{0,12}?拥有")
#: a clause after ； that opens a group of its own (``；非税收入中，``): a breakdown before it ends there
NEW_GROUP = re.compile(r"[；;][^，。；;\d]{1,12}中[，,：:]")
CLAUSE_END = re.compile(r"[；;。]")
#: a breakdown of the figure before it: ``分经济类型看，``, ``按消费类型分，``, ``分地区看：``
BREAKDOWN = re.compile(r"(?:(?:分|按)(?P<dim>[^，。；、\d]{1,8}?)(?:看|分|划分)"
                       r"|从(?!全年|上半年|下半年|全年来|总体|整体|长期|短期|当前|目前|年|季|月|全)(?P<by>[^，。；、\d]{2,8}?)(?:来)?看)[，,：:]")


def _breakdowns(document: Document, figures: list[Figure]) -> Iterator[Finding]:
    """``X A。分经济类型看，甲 a，…；乙 b，…；丙 c，…``: the amounts after a breakdown, in its sentence and in A's
    unit, are parts of A, the nearest such figure before it that is not itself part of an earlier breakdown of the
    paragraph; a complete set (三次产业, 城镇 and 乡村 …, or a list ending in 其他) sums to it. Types of ownership
    may overlap (国有控股 and 股份制), so parts named by them are a doubtful reading."""
    if not figures:
        return
    low = document.sentence_start(figures[0].start)
    low = max(document.raw.rfind("\n", 0, low) + 1, low - 2 * MARK_REACH)   # 从面积段看，…占比上升。a，b: an opener in a
    openers = list(BREAKDOWN.finditer(document.raw, low, figures[-1].end))  # sentence of no figure opens the paragraph
    for n, opener in enumerate(openers):
        first = document.after(figures, opener.end())
        if first >= len(figures):
            continue
        sentence = document.sentence_start(opener.end())
        stop = openers[n + 1].start() if n + 1 < len(openers) else figures[-1].end + 1
        other = NEW_GROUP.search(document.raw, opener.end(), stop)   # 分地区看，a，b；非税收入中，c: c is of another whole
        stop = other.start() if other else stop
        if document.sentence_start(figures[first].start) != sentence \
                and len(re.findall(r"[。！？]", document.raw[opener.end():figures[first].start])) == 1:
            sentence = document.sentence_start(figures[first].start)   # 从面积段看，改善型需求占比上升。90平方米及以下 a，…:
                                                                      # a comment with no figure, the list right after
        members = [f for f in figures[first:first + AHEAD]
                   if document.sentence_start(f.start) == sentence and f.start < stop]
        amounts = [f for f in members if _plain(f)]
        if not amounts:
            continue
        mark = PARTS_MARK.search(document.raw, opener.end(), amounts[-1].end)
        asides: list[tuple[int, int]] = []        # 三级医院 a（其中三级甲等医院 b），二级医院 c: b aside, c a part
        while mark is not None and document.raw[mark.start() - 1:mark.start()] in ("（", "("):
            close = min((i for i in (document.raw.find(c, mark.end(), amounts[-1].end) for c in "）)") if i >= 0),
                        default=-1)
            if close < 0:
                break
            asides.append((mark.start(), close))
            mark = PARTS_MARK.search(document.raw, close, amounts[-1].end)
        if asides:
            amounts = [f for f in amounts if not any(a <= f.start < b for a, b in asides)]
        units: list[Figure] = []                   # the first amount of each unit: 技术开发合同 a项，成交额 b亿元
        for f in amounts:
            if not any(f.same(u) for u in units):
                units.append(f)
        for like in units:
            parts = [f for f in amounts if f.same(like) and (mark is None or f.start < mark.start())]
            if parts and NAMES_BEFORE_EACH.search(parts[0].lead):
                parts = _each_run(parts)        # …分别为 a、b、c 和 d，三级医院中有 e: the 分别 list's figures only
            measures = _measures(document, parts)
            if measures:
                for group in measures:
                    yield from _measure_breakdown(document, opener, group)
                continue
            others = _other_measures(document, parts)
            parts = [p for p in parts if p not in others]
            yield from _breakdown(document, figures, openers, n, opener, first, parts)


#: the words between a figure and its own share right after it: ``，占全市的``, ``，占比``
OWN_SHARE = re.compile(r"^[，,]?(?:占|约占)[^，。；,;\d]{0,16}$")


def told_as_share(document: Document, figure: Figure) -> bool:
    """``figure`` is followed in its sentence by its own share (``合计进出口 T，占全市的 s%``): a part of a larger
    whole, which a breakdown further on may be of instead."""
    figures = document.by_paragraph.get(figure.paragraph, [])
    after = figures[figure.index + 1] if figure.index + 1 < len(figures) else None
    return after is not None and after.unit == "%" and after.sentence == figure.sentence \
        and bool(OWN_SHARE.match(after.lead))


def _each_run(parts: list[Figure]) -> list[Figure]:
    """The figures of a 分别 list that opens ``parts`` (``三级、二级和一级医院分别为 a、b 和 c，三级医院中有 d``): the
    first and those after it joined only by 、/和/及 with no other figure between; d is none of them."""
    run = parts[:1]
    for part in parts[1:]:
        if part.index != run[-1].index + 1 or not LIST_GAP.match(part.lead):
            break
        run.append(part)
    return run


def _other_measures(document: Document, parts: list[Figure]) -> list[Figure]:
    """``分业务看，装备业务营业收入 a；零部件业务营业收入 b，营业毛利 c，占比 s%``: in a breakdown whose items are set
    apart by ；, where the first figures of the items are named alike at the end (营业收入), a later figure of an
    item named otherwise at the end (毛利) is another measure of that item, not a part of the whole (nor is the
    占比 after it a share of the whole). None when the items' first figures are named otherwise (制造业 a；批发
    零售业 b，住宿餐饮业 c: all items)."""
    items = _items(document, parts)
    if len(items) < 2:
        return []
    firsts = [core_name(item[0]) for item in items]
    tail = firsts[0][-2:]
    if len(tail) < 2 or not all(len(name) > 2 and name.endswith(tail) for name in firsts):
        return []
    return [f for item in items for f in item[1:] if len(core_name(f)) >= 2 and not core_name(f).endswith(tail)]


def _paragraph_whole(document: Document, figures: list[Figure], opener: re.Match,
                     parts: list[Figure]) -> Figure | None:
    """``医院中，公立医院 a，民营医院 b。按医院等级分，三级、二级、一级和未定级医院分别为 …``: a breakdown later in a
    paragraph that opens with ``X中，`` breaks down the same whole X (the figure :func:`_opener_whole` finds, stated
    before the paragraph), when the parts fit within it or miss it by no more than an error in one of them would
    (a fifth); None otherwise."""
    low = document.sentence_start(figures[0].start)
    if document.raw[:low].rstrip(" \t\u3000").rstrip("\r")[-1:] not in ("", "\n") \
            or document.sentence_start(opener.start()) <= low:
        return None                                 # not the paragraph's first sentence, or the breakdown's own
    whole = _opener_whole(document, low, parts[0])
    if whole is None or whole.paragraph == parts[0].paragraph or sum(p.low for p in parts) > 1.2 * whole.high:
        return None
    return whole


def _items(document: Document, parts: list[Figure]) -> list[list[Figure]]:
    """``parts`` in the items of a list set apart by ； (``甲 a1，b1；乙 a2，b2`` → [[a1, b1], [a2, b2]])."""
    items: list[list[Figure]] = [[parts[0]]] if parts else []
    for a, b in zip(parts, parts[1:]):
        if re.search(r"[；;]", document.between(a, b)):
            items.append([b])
        else:
            items[-1].append(b)
    return items


def _measures(document: Document, parts: list[Figure]) -> list[list[Figure]]:
    """``分级次看，市级资产总额 a1，负债总额 b1；区县级资产总额 a2，负债总额 b2``: items separated by ；, each with the
    same measures in the same order and unit; the j-th figures of the items are the parts of one measure (their names
    end alike: 资产总额, 负债总额). Empty unless every item has the same number (two or more) of such figures."""
    items = _items(document, parts)
    if len(items) < 2 or len({len(item) for item in items}) != 1 or len(items[0]) < 2:
        return []
    groups = [list(group) for group in zip(*items)]
    tails = [_tail(group) for group in groups]
    if not all(tails):
        return []
    return groups if len(set(tails)) == len(tails) else []


def _tail(group: list[Figure]) -> str:
    """What the names of one measure's figures end alike in (受理案件, 抽检), "" when under two characters."""
    names = [NAME_SUFFIX.sub("", _bare_name(p)) for p in group]
    tail = names[0]
    while tail and not all(name.endswith(tail) for name in names):
        tail = tail[1:]
    return tail if len(tail) >= 2 else ""


def _qizhong_measure(document: Document, figures: list[Figure], first: int, parts: list[Figure],
                     allowed: set[int]) -> Iterator[Finding]:
    """``共受理案件 T1，审结 T2。其中，市中院受理案件 a1，审结 b1；基层法院受理案件 a2，审结 b2``: a 其中 list whose items
    each give the same measures in turn (:func:`_measures`) is read measure by measure, each within the figure before
    其中 (in its sentence, or the one before when 其中 opens its own, or further up its paragraph past sentences with
    no figure of the unit: ``…审结 T2。审结案件诉讼标的额 m亿元。其中，…``) whose words share most of the measure's name
    (受理案件, 审结: what the parts' names end alike in) — the one so named; none when two are, or none."""
    tail = _tail(parts)
    common = frozenset.intersection(*(bigrams(p.clause) for p in parts)) - COMMON_BIGRAMS
    scored = []
    for i in range(first - 1, max(first - 1 - 2 * BACK, -1), -1):
        figure = figures[i]
        if figure.sentence not in allowed and any(f.same(parts[0]) and _plain(f) and f.sentence in allowed
                                                  for f in figures[i + 1:first]):
            break                               # past the sentence before 其中 only when it holds no figure of the unit
        if figure.same(parts[0]) and _plain(figure) and not _after_mark(document, figure) \
                and common & bigrams(figure.clause):
            scored.append((len(bigrams(tail) & bigrams(figure.subject)), figure))
    best = max((score for score, _ in scored), default=0)
    named = [f for score, f in scored if score == best]
    if best == 0 or len(named) != 1 or any(p.value > named[0].value for p in parts):
        return
    total = named[0]
    why = f"其中 lists each item's measures in turn; {'、'.join(_item_names(parts))} are the parts of {total.text}, " \
          f"named {tail} as they are"
    complete = _set_of(parts)
    if complete:
        yield _sum(parts, total, f"{why} ({complete})")
    else:
        yield _part(parts, total, why=why)


def _measure_breakdown(document: Document, opener: re.Match, parts: list[Figure]) -> Iterator[Finding]:
    """The parts of one measure of a breakdown (:func:`_measures`) within the whole stated before it, the figure in
    their unit a few sentences above whose words hold most of the words all the parts share (负债总额 for the parts
    named 负债总额, not the 资产总额 beside it); none when two hold as many, or fewer than two pairs of characters."""
    common = frozenset.intersection(*(bigrams(p.clause) for p in parts)) - COMMON_BIGRAMS
    scored = []
    for figure in document.earlier(opener.start(), BACK * 4):
        if parts[0].sentence - figure.sentence > ABOVE_SENTENCES:
            break
        if figure.same(parts[0]) and _plain(figure) and not _after_mark(document, figure) \
                and not _after_breakdown(document, figure) and not PLANNED.search(figure.clause):
            scored.append((len(common & bigrams(figure.clause)), figure))
    if not scored:
        return
    best = max(score for score, _ in scored)
    winners = [f for score, f in scored if score == best]
    if best < 2 or len(winners) > 1:
        return
    total = winners[0]
    dim = opener.group("dim") or opener.group("by")
    doubt = _whole_doubt(document, total, parts)
    complete = _set_of(parts)
    why = f"分{dim} lists each item's measures in turn; {'、'.join(_item_names(parts))} are one measure's parts of " \
          f"{total.text}"
    if complete:
        yield _sum(parts, total, f"{why} ({complete})", doubt)
    else:
        yield _part(parts, total, doubt, why=why, word=f"分{dim}")


def _breakdown(document: Document, figures: list[Figure], openers: list, n: int, opener: re.Match, first: int,
               parts: list[Figure]) -> Iterator[Finding]:
    """The parts of one unit after the breakdown ``opener``, checked against their total."""
    parts = _fold_subtotals(parts)
    earlier_start = openers[0].start() if n > 0 else opener.start()
    reach = document.sentence_start(opener.start()) - 200        # figures before it are too far to be the total
    before = takewhile(lambda f: f.start > reach, (figures[i] for i in range(first - 1, -1, -1)))
    candidates = [f for f in before if f.start < earlier_start and f.same(parts[0]) and _plain(f)
                  and not _after_mark(document, f) and not PLANNED.search(f.clause)]  # no 其中 part, no plan
    # the nearest that can hold the parts (医院 218个，公立 86个，民营 132个。按等级分，…: not 民营's 132)
    total = next((f for f in candidates if sum(p.low for p in parts) <= f.high), candidates[0] if candidates else None)
    measure = _each_measure(parts)
    named = [f for f in candidates if measure and measure in f.clause]
    if named and (total is None or measure not in total.clause):
        total = next((f for f in named if sum(p.low for p in parts) <= f.high), named[0])   # 分别投入: 累计投入 T
    if total is not None and _after_breakdown(document, total):
        total = None                            # 分季度看，…三季度 c。分贸易方式看，…: c is a part, no total
    # a total taken past nearer figures of its unit because it can hold the parts is chosen by its figure: the
    # names before 分别 (:func:`listed_names`) do not then make the list complete, the figures' fit is checked instead
    by_size = bool(candidates) and total is not candidates[0]
    whole = _paragraph_whole(document, figures, opener, parts) if len(parts) >= 2 else None
    if whole is not None:
        total, by_size = whole, False
    if total is None and len(parts) >= 2 and n == 0:
        total = _total_above(document, opener.start(), parts)
    far = None
    if total is None and len(parts) >= 2:
        far = total = named_whole(document, opener.start(), parts)    # 全年结婚登记 T。…\n按女方登记年龄分，…
    if len(parts) < 2 or total is None:
        return
    unnamed = "" if far is not None else _whole_doubt(document, total, parts, measure)
    among = [m.group("name").replace("的", "") for m in SUBJECT_AMONG.finditer(document.raw, opener.end(), parts[0].start)]
    subject = next((name for name in among if name not in total.clause.replace("的", "")
                    and not _loosely_named(name, total.clause.replace("的", ""))), "")
    if subject:                                 # 按学校规模分，农村学校中，…: the list is of 农村学校, not of 中小学校 T
        unnamed = f"{subject}中 names a subject the words of {total.text} do not"
    if max(p.value for p in parts) > 1.5 * total.value:
        unnamed = unnamed or f"a single part exceeds {total.text} by half or more: more likely another whole than " \
                             f"an error"
    if far is None and told_as_share(document, total):     # 超过1亿元的企业合计 T，占全市的 s%。从贸易方式看，…
        unnamed = unnamed or f"{total.text} is itself told as a share of a larger whole: the list may break that down"
    dim = opener.group("dim") or opener.group("by")
    last_item = re.split(r"[；;、]", document.between(parts[-2], parts[-1]))[-1]   # 其他协议 c项，金额 z亿元
    complete = _set_of(parts, document, not by_size) or _closed(parts, last_item, document, not by_size) \
        or _ranged(document, parts)
    periods = next((members for name, members, _ in SETS if name == complete and name in PERIOD_SETS), None)
    if periods is not None and not _periods_alike(parts, periods):
        complete = None                         # 前三季度税收收入 a，第四季度收入 b: b may be of more than 税收
    elif periods is not None and _other_measure(total, parts, periods, complete):
        unnamed = unnamed or f"the periods' words name a measure the words of {total.text} do not"
    if complete and far is None and unnamed:    # the nearest figure of the unit is not named by the list's words: the
        named = named_whole(document, opener.start(), parts)      # one so named paragraphs before (签约项目 T … 14个)
        if named is not None and named is not total and max(p.value for p in parts) <= 1.5 * named.value:
            far = total = named
            unnamed = ""
    if far is None and not unnamed and _range_class(document, total) in ("above", "below", "between") \
            and any(_range_class(document, p) for p in parts):   # 其中65岁及以上老年人 T。按年龄分，60—69岁的
        unnamed = f"{total.text} counts a class of ranges itself"    # a，…: T counts one class, maybe not the list's
    if far is None and not unnamed:             # the nearest figure is not surely the whole when the list's words name
        ranged = complete and not _set_of(parts, document, not by_size) \
            and not _closed(parts, last_item, document, not by_size)     # another as well (complete by its ranges
        rival = _named_rival(document, opener.start(), parts, total, tie=bool(ranged))  # only: 公司在册员工 a。集团在册
        common = frozenset.intersection(*(bigrams(p.clause) for p in parts)) - COMMON_BIGRAMS
        if rival is None and not ranged:        # as well: 其中出口 t, the item every part names (一般贸易出口 …)
            rival = _named_rival(document, opener.start(), parts, total)
            if rival is not None and not (_after_mark(document, rival) and len(core_name(rival)) >= 2
                                          and all(core_name(rival) in p.clause for p in parts)):
                rival = None
        elif rival is not None and not ranged and not (common & bigrams(rival.clause)) - bigrams(total.clause):
            rival = None                        # better: a word of every part (户籍) its words hold and T's do not
        if rival is not None:                   # 员工 T。\n按年龄划分，…: T or a?) or better (户籍人口 a，常住人口 T。\n
            unnamed = f"the list's words name {rival.text} as well as {total.text}"   # 按性别分，户籍男性人口 …)
    if far is not None and (not complete or not _near_sum(parts, total)):
        return                                  # a far whole is judged with a complete list only: the items of a
                                                # breakdown read loosely may overlap or hold a subtotal; and only
                                                # when they sum near it (专项债券发行 T is no whole of all four quarters)
    shares = []
    for part in parts if far is None else ():  # 甲 a，占 s%: a bare share after a part is its share of the total
        share = figures[part.index + 1] if part.index + 1 < len(figures) else None
        if share is not None and share.unit == "%" and share.sentence == part.sentence \
                and BARE_SHARE.match(share.lead):
            shares.append((part, share))
    misfits = sum(not _share_fits(part, total, share) for part, share in shares)
    if len(shares) >= 2 and misfits * 2 > len(shares):
        unnamed = unnamed or f"{misfits} of the {len(shares)} shares of the list do not fit {total.text}: they are " \
                             "likelier of another whole"     # 从发行期限看，…占 s%: of all bonds, not 专项债券 T
    if complete:
        yield _sum(parts, total, f"the parts {'、'.join(_item_names(parts))} after 分{dim} make up the whole "
                                 f"of {total.text} ({complete})", unnamed)
    elif _overlap(document, parts):
        yield from _each_alone(parts, total, unnamed, why=f"分{dim} lists parts of {total.text}", word=f"分{dim}")
    else:
        owned = "types of ownership may overlap" if any(DIMENSIONS[0].search(p.clause) for p in parts) else ""
        yield _part(parts, total, owned or unnamed, why=f"分{dim} lists parts of {total.text}", word=f"分{dim}")
    for part, share in shares:
        yield _share(part, total, share, f"分{dim} lists parts of {total.text}; 占 {share.text} after "
                                         f"{part.text} is its share of that total", unnamed)


def _share_fits(part: Figure, whole: Figure, share: Figure) -> bool:
    """``part`` over ``whole`` is ``share`` percent, to the rounding of all three (any share of a whole that may be 0)."""
    return whole.low <= 0 or quotient_fits(part, whole, share, 100)


def _complementary(parts: list[Figure]) -> bool:
    """Two parts, one named as the other with 非 or 不 before it (国有博物馆 a、非国有博物馆 b): between them, all."""
    a, b = (NAME_SUFFIX.sub("", _bare_name(p)).lstrip("，,、") for p in parts)
    return bool(a) and bool(b) and (b in ("非" + a, "不" + a) or a in ("非" + b, "不" + b))


def _measures_paired(document: Document, figures: list[Figure], first: int, group: list[Figure]) -> bool:
    """The parts after 其中 name, one each, the measures of as many figures before it in its sentence (存款余额 A，
    贷款余额 B，其中…存款 a、贷款 b): each part is of its own whole."""
    wholes = [f for f in figures[max(0, first - BACK):first] if f.sentence == group[0].sentence
              and f.same(group[0]) and _plain(f)]
    if len(wholes) < 2 or len(group) != len(wholes):
        return False
    tails = [NAME_SUFFIX.sub("", _bare_name(p))[-2:] for p in group]
    return len(set(tails)) == len(tails) and all(any(tail in w.clause for w in wholes) for tail in tails) \
        and len({next(w.start for w in wholes if tail in w.clause) for tail in tails}) == len(tails)


def _far_qizhong(document: Document, group: list[Figure], opens: bool) -> Iterator[Finding]:
    """``全年供应宗数比上年减少 d。其中，住宅用地 a，商服用地 b，…其他用地 c``: 其中 opening its sentence after one that
    states only a change — its whole is the figure its words name paragraphs before (``供应…286宗`` in the 导语): judged
    when the list is complete (a known set, or 其他 last), the whole is the one so named, and the parts sum within
    :data:`NAMED_NEAR` of it."""
    complete = _set_of(group) or ("其他 ends the list" if OTHER_ITEM.search(group[-1].clause) else None)
    if not opens or len(group) < 2 or not complete:
        return
    whole = named_whole(document, document.sentence_start(group[0].start), group)
    if whole is None or whole.paragraph == group[0].paragraph or not _near_sum(group, whole):
        return
    yield _sum(group, whole, f"the parts {'、'.join(_item_names(group))} after 其中 make up the whole of {whole.text} "
                             f"({complete}), the figure their words name paragraphs before")


def _fold_subtotals(parts: list[Figure]) -> list[Figure]:
    """The parts of a list with each subtotal in it standing for the items it adds up (``分别为甲 a、乙 b和丙 c，3市合计 s，
    …；其余6个市合计 r``: s and r are the parts of the whole, not a, b, c and s beside them) — a figure named a total
    (:data:`~.words.SUBTOTAL`) that the two or more items before it add up to, to their rounding."""
    folded: list[Figure] = []
    for part in parts:
        if len(folded) >= 2 and SUBTOTAL.search(part.lead) and part.same(folded[-1]):
            items = list(takewhile(lambda f: not SUBTOTAL.search(f.lead), reversed(folded)))
            if len(items) >= 2 and sum(f.low for f in items) <= part.high + 1e-9 \
                    and part.low <= sum(f.high for f in items) + 1e-9:
                folded = folded[:len(folded) - len(items)]
        folded.append(part)
    return folded


ABOVE_SENTENCES = 3     # sentences looked back over for the total of a breakdown that opens its paragraph
FAR_EARLIER = 160       # figures of the report looked back over for a whole its parts name by words


def named_whole(document: Document, offset: int, parts: list[Figure]) -> Figure | None:
    """The whole of a list of parts that finds none near it (``全年全市依法办理结婚登记 T。\n按女方登记年龄分，25岁以下的
    a，…``; ``年末公司在册员工 T。…\n按年龄划分，30岁以下员工 a，…``): the one figure of the report before ``offset`` in
    the parts' unit whose words share most of the words that name the parts — the words from the start of the list's
    sentence to its first part, the parts' own and those after the classes they count (``的企业``). It must be a plain
    amount (no change, rate, average or figure per something), not itself a part (其中, a breakdown), no target or
    plan, of the parts' year and of no part of the year they do not name, at least as large as each part, and, when
    the words name the subject with 中 (``高新技术企业中，``), named by it. None when two figures share as many words
    (unless they are the same figure told twice), or none shares any: the whole is then unknown, never guessed."""
    scored = _named_scores(document, offset, parts)
    if not scored:
        return None
    best = max(score for score, _ in scored)
    winners = [f for score, f in scored if score == best]
    if len({(f.value, f.unit) for f in winners}) > 1:
        return None
    return winners[0]


def _named_rival(document: Document, offset: int, parts: list[Figure], total: Figure, tie: bool = True) -> Figure | None:
    """Another figure of the report (of another value) the words of ``parts`` name as well as ``total``, or better
    (``年末公司在册员工 a。年末集团在册员工 T。\n按年龄划分，30岁以下员工 …``: the nearest, T, is not surely the whole);
    None when ``total`` is the one best so named, or none is."""
    scored = _named_scores(document, offset, parts)
    mine = max((score for score, f in scored if f is total or (f.value, f.unit) == (total.value, total.unit)),
               default=0)
    return next((f for score, f in scored if (score >= mine if tie else score > mine)
                 and (f.value, f.unit) != (total.value, total.unit)), None)


def _named_scores(document: Document, offset: int, parts: list[Figure]) -> list[tuple[int, Figure]]:
    """The figures :func:`named_whole` weighs, each with the number of the list's words it shares."""
    first = parts[0]
    start = min(document.sentence_start(offset), document.sentence_start(first.start))
    said = document.raw[start:first.start]
    bounds = [_range_bound(document, p) for p in parts]
    words = said + "".join(p.clause for p in parts) + "".join(b.after for b in bounds if b is not None)
    named = bigrams(words) - COMMON_BIGRAMS
    among = [m.group("name") for m in SUBJECT_AMONG.finditer(said)]
    places = {m.group(0) for m in SUB_PLACE.finditer(said + first.clause)}    # 主城区90平方米及以下成交 a
    largest = max(p.low for p in parts)
    plain_words = words.replace("的", "")
    told = bounds[0].after.replace("的", "") if bounds[0] is not None and first.clause == bounds[0].after else ""
    # 25岁以下的失业人员再就业 a，…: the subject the first class's words name (three characters or more), which the
    # whole's words must name too (帮助就业困难人员就业 T is of other people)
    period = PERIOD_NAME.search(first.clause)   # 纯电动汽车上半年产量 a，下半年产量 b: the subject named before the
    subject = re.sub(r"^(?:其中|全市|全省|全县|全区)", "", first.clause[:period.start()]).replace("的", "") \
        if period else ""                       # period is the whole's too (新能源汽车产量 T is more than 纯电动汽车)
    year = year_of(document, first)             # 2023年税收收入 a，非税收入 b in a report of 2024年: a whole far off
    earlier = document.earlier(min(offset, first.start), FAR_EARLIER)     # names 2023年 too (全年政府性基金收入 T,
    years = [year_of(document, f) for f in earlier if not PLANNED.search(f.subject)   # naming none, is of 2024年)
             and not re.search(r"到\d{4}年", f.lead)]
    latest = max((y for y in years if y.isdigit()), default=year)
    scored: list[tuple[int, Figure]] = []
    for figure in earlier:
        core = core_name(figure)
        if not figure.same(first) or not _plain(figure) or figure.high < largest \
                or PER_SOMETHING.search(figure.lead) or PLANNED.search(figure.subject) or DEDUCTED.search(figure.clause) \
                or (_after_mark(document, figure) and not (len(core) >= 2 and core in plain_words)) \
                or _after_breakdown(document, figure) \
                or other_year(document, figure, first) or _of_part_of_year(document, figure, parts) \
                or (year and year != latest and not year_of(document, figure)):
            continue
        clause = figure.clause.replace("的", "")
        if len(told) >= 3 and told not in clause and not _loosely_named(told, clause):
            continue
        if len(subject) >= 2 and not re.search(".*?".join(map(re.escape, subject)), clause):
            continue
        if any(place not in clause for place in places):
            continue                            # the list is of 主城区: a whole of the city is not its
        if any(not _loosely_named(name.replace("的", ""), clause) and name.replace("的", "") not in clause
               for name in among):
            continue
        head = HEAD_SUFFIX.sub("", CORE_PREFIX.sub("", ALIAS.sub("", _bare_name(figure)).replace("的", "")))[-2:]
        # the measure the name ends with: 产量 of 新能源汽车产量, 资产 of 国有资产总额, 出口 of 进出口额; a short name
        # given in brackets after it is no measure (净利润（以下简称“净利润”）: 利润)
        score = len(named & bigrams(figure.clause))
        noun = _noun_after(figure)
        if noun and head not in named and noun[-2:] in named:
            head, score = noun[-2:], len(named & bigrams(figure.clause + noun))   # 全省213家A股上市公司: 公司
        if score and head in named:             # the measure the whole's name ends with (营业收入扣除营业成本: 成本)
            scored.append((score, figure))
    return scored


def _noun_after(figure: Figure) -> str:
    """The noun a count is named by when it stands before it (``全省 213家 A股上市公司已全部披露``: A股上市公司), up to a
    verb or adverb after it; "" for any other figure, or a count followed by a verb (``178家 实现盈利``)."""
    if figure.kind != "count":
        return ""
    found = COUNTED_NOUN.match(figure.after)
    return found.group(0) if found and not COUNTED_NOT_NOUN.match(found.group(0)) else ""


def _total_above(document: Document, offset: int, parts: list[Figure]) -> Figure | None:
    """The total of a breakdown that opens its paragraph (``总产量 T。…\n分季节看，夏粮 a，…``): the nearest figure
    before it, within a few sentences, in the parts' unit, that is neither a part nor a change, and whose words
    hold what all the parts' words hold (产量, 营收 — also as 营业收入, the characters in order)."""
    named = _named_in_first(document, offset, parts)
    if named is not None:
        return named
    common = frozenset.intersection(*(bigrams(p.clause) for p in parts))
    if not common:
        return None
    for figure in document.earlier(offset, BACK * 4):
        far = parts[0].sentence - figure.sentence > ABOVE_SENTENCES
        if parts[0].sentence - figure.sentence > WHOLE_SENTENCES:
            return None
        if figure.same(parts[0]) and _plain(figure) and not _after_mark(document, figure) \
                and not _after_breakdown(document, figure) and not _of_part_of_year(document, figure, parts) \
                and not DEDUCTED.search(figure.clause) \
                and any(re.search(".*?".join(map(re.escape, word)), figure.clause) for word in common) \
                and (not far or WHOLE_MARK.search(figure.clause)):
            return figure                   # further up only a whole that says so (全社会用电量, 全市…, 总…)
    return None


WHOLE_SENTENCES = 10    # sentences looked back over for a total whose words mark it as the whole
#: words that mark a figure as a whole of its kind: 全社会用电量, 全省…, 总产值
WHOLE_MARK = re.compile(r"全社会|全省|全市|全县|全区|全国|全镇|总")


def _of_part_of_year(document: Document, total: Figure, parts: list[Figure]) -> str:
    """The period within the year (四季度, 9月份) the sentence of ``total`` names while the parts' sentence names no
    period, or "": a figure of one quarter is not the whole of parts that speak of the year."""
    listed = PERIOD_NAME.search(document.raw, document.sentence_start(parts[0].start), parts[0].start)
    if listed:
        return ""
    return sub_period(document, total)


def sub_period(document: Document, figure: Figure) -> str:
    """The period within the year (前三季度, 9月份) the sentence of ``figure`` names before it, or ""."""
    return next((m.group(0) for m in PERIOD_NAME.finditer(document.raw, document.sentence_start(figure.start),
                                                          figure.start)
                 if SUB_PERIOD.search(m.group(0)) and not DAY_AFTER.match(document.raw, m.end())), "")


def year_of(document: Document, figure: Figure) -> str:
    """The year a figure's own words name (``2023年，…``; 上年/去年 as such; not the base of a comparison, ``比上年``,
    ``比2019年``, ``上年为``), or ""."""
    found = re.findall(r"(?<![比较与\d])(\d{4})年(?!同期)|(?<![比较与])(上年|去年|上一年)(?!同期|为)", figure.lead)
    return "".join(found[-1]) if found else ""


def other_year(document: Document, whole: Figure, figure: Figure) -> bool:
    """The whole's sentence names another year than ``figure``'s: both name one and they differ, or the whole's says
    上年 (a sentence that names none is of the report's own year)."""
    a, b = year_of(document, whole), year_of(document, figure)
    return (bool(a) and bool(b) and a != b) or a in ("上年", "去年", "上一年")


def _named_in_first(document: Document, offset: int, parts: list[Figure]) -> Figure | None:
    """The total of a breakdown that opens its paragraph, named in full in its first part's words, where the
    breakdown names its subject once (``分主体看，企业获得发明专利授权 a，高校 b，个人及其他 c`` of 发明专利授权 T,
    ``分区域看，高新区专利授权 a，经开区 b`` of 专利授权量 T): the nearest figure within a few sentences, in the
    parts' unit, neither a change nor a part of this breakdown, whose name (its measure word 量/数/额 dropped, at
    least three characters) the first part's words hold. Such a total may itself follow 其中."""
    words = parts[0].clause.replace("的", "")
    named: list[tuple[int, Figure]] = []
    for figure in document.earlier(offset, BACK * 2):
        if parts[0].sentence - figure.sentence > ABOVE_SENTENCES:
            break
        if figure.same(parts[0]) and _plain(figure) and not _after_breakdown(document, figure):
            name = core_name(figure)
            if len(name) >= 3 and name in words:
                named.append((len(name), figure))
    # the one named most fully (制造业新增减税降费及退税缓费 a: 新增减税降费及退税缓费 T, not its part 新增减税降费 t), the
    # nearest of those
    return max(named, key=lambda pair: pair[0])[1] if named else None


@lru_cache(maxsize=8192)
def names(figure: Figure) -> tuple[str, ...]:
    """The names a figure goes by: its :func:`core_name`; that name without who or when comes before the measure
    (公司营业收入 → 营业收入, 期末公司员工 → 员工); the short name the text gives it (…净利润（以下简称“归母净利润”） →
    归母净利润; 研究与试验发展（R&D）经费 → R&D经费). A share's whole is looked up by any of them."""
    core = core_name(figure)
    found = [core]
    alias = ALIAS.search(figure.clause)
    if alias:
        found += [MEASURE_SUFFIX.sub("", alias.group("alias")), ALIAS.sub("", core)]
    if ABBREVIATED.search(core):
        found.append(ABBREVIATED.sub(lambda m: m.group("short"), core))
    if NAME_NOTE.search(core):
        found.append(NAME_NOTE.sub("", core))
    if core.startswith("按") and figure.after.startswith("计算"):   # 按年末常住人口 W 计算: the figure is 常住人口
        found.append(core[1:])
    found += [CORE_PREFIX.sub("", SUBJECT_WORDS.sub("", name)) for name in list(found)]
    if YEAR_FIRST.match(core):                  # 2024年全市地区生产总值: the report's year before the name
        found.append(MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", YEAR_FIRST.sub("", core)))))
    if len(core) < 2 and figure.after:          # 全市 126家 养老机构中: named by the words after it
        found.append(MEASURE_SUFFIX.sub("", re.sub(r"(?:中|的|里|之中)$", "", figure.after)))
    return tuple(dict.fromkeys(n for n in found if len(n) >= 2))




def core_name(figure: Figure) -> str:
    """A figure's name without place, period and verbs before it, or the measure word after it (全年全市专利授权量 →
    专利授权)."""
    return MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", _bare_name(figure).replace("的", "")))




#: what a 分别 list measures: ``2022年、2023年和2024年分别投入`` → 投入
EACH_MEASURE = re.compile(r"(?:分别|依次)(?P<measure>[^，。；、\d（）()]{2,6})$")


def _each_measure(parts: list[Figure]) -> str:
    """The words after 分别 in the first part's words, naming what a list of parts measures (``分别投入`` → 投入),
    or "" when they are only a verb (分别为, 分别达到)."""
    found = EACH_MEASURE.search(parts[0].clause) if parts else None
    if found is None or EACH_VERB.match(found.group("measure")):
        return ""
    return re.sub(r"^(?:为|是|有|达到?|实现|完成)", "", found.group("measure"))


def _whole_doubt(document: Document, total: Figure, parts: list[Figure], measure: str = "") -> str:
    """Why the total of a breakdown is a doubtful reading, or "" when the words name it: the words before the total
    share the words all the parts share (进出口 for 一般贸易进出口 and 加工贸易进出口, also through
    :data:`~.words.SYNONYMS`, or the words of a known set's whole: 生产总值 for the three industries). It stands in
    the parts' paragraph, or within a few sentences above a breakdown that opens its paragraph (found by name,
    :func:`_total_above`). A total found only by its unit and nearness may be another figure (9月's 进口 before
    分季度看), so it never accuses."""
    adds_up = _adds_up(total, parts)
    if not adds_up:
        other = next((f for f in document.earlier(parts[0].start, ADDS_UP_BACK) if f is not total and _plain(f)
                      and _adds_up(f, parts)), None)
        if other is not None:       # 医疗收入 W。其中…住院收入 T。按收入类别分，a、b、c、d (a + b + c + d = W)
            return f"the parts add up to {other.text} ({other.clause.strip('，,')}), not to {total.text}"
    told = set(PERIOD_NAME.findall(document.raw, document.sentence_start(total.start), total.start))
    listed = set(PERIOD_NAME.findall(document.raw, document.sentence_start(parts[0].start), parts[0].start))
    if told and listed and not told & listed and not (_set_of(parts) in PERIOD_SETS
                                                       and all(re.fullmatch(r"全年|\d{4}年", t) for t in told)):
        return f"the total {total.text} is of another period ({'、'.join(sorted(told))}) than its parts"
    within = _of_part_of_year(document, total, parts)        # 1月26日 is a date, not a period
    if within and total.paragraph != parts[0].paragraph:     # 四季度 T above 分业态看 of the year
        return f"the total {total.text} is of a part of the year ({within}), which its parts do not name"
    common = frozenset.intersection(*(bigrams(_synonymous(p.clause)) for p in parts)) - COMMON_BIGRAMS
    if common and common & bigrams(_synonymous(total.clause)):
        return ""
    if listed_names(parts, document) and \
            (bigrams(_synonymous(parts[0].clause)) - COMMON_BIGRAMS) & bigrams(_synonymous(total.clause)):
        return ""                                   # 春季、夏季…降水量分别为 a、b…: the list's words are all the parts'
    if len(measure) >= 2 and measure in total.clause and total.paragraph == parts[0].paragraph:
        return ""                                   # 累计投入 T …分别投入 a、b、c: the words after 分别 name it
    core = core_name(total)
    if len(core) >= 3 and core in parts[0].clause.replace("的", ""):
        return ""                                   # 企业获得发明专利授权 a … of 发明专利授权 T: the first part names it
    known = _set_of(parts)
    if any(name == known and words and re.search(words, total.clause)
           for name, _, words in COMPLETE_SETS + MORE_COMPLETE_SETS + YEAR_SPLITS):
        return ""                                   # 第一产业 … 第三产业 of 生产总值: the set names its whole
    if adds_up and total.paragraph == parts[0].paragraph:
        return ""                                   # 完成投资 T。按资金来源分，a、b、c: precise parts that make T exactly
    return f"the total {total.text} is the nearest figure in the parts' unit; its words do not name the parts' subject"


#: the most a figure's rounding may be of its value for parts that add up to a total to name it by their sum
PRECISE = 0.005
ADDS_UP_BACK = 12       # figures before a breakdown looked over for another whole its parts add up to


def _adds_up(total: Figure, parts: list[Figure]) -> bool:
    """Two or more precise parts (each known to within half a percent) add up to ``total`` to the rounding the text
    allows: the figures themselves say it is their whole (a chance sum of such figures to the one before is remote)."""
    if len(parts) < 2 or any(not p.same(total) or not p.high - p.low <= PRECISE * abs(p.value) for p in parts):
        return False
    return sum(p.low for p in parts) <= total.high + 1e-9 and total.low - 1e-9 <= sum(p.high for p in parts)


#: a period within the year (四季度, 9月份, 上半年): a total of one speaks of less than parts that name no period
SUB_PERIOD = re.compile(r"季度|月|半年")
DAY_AFTER = re.compile(r"\d{1,2}日")


def _synonymous(words: str) -> str:
    """``words`` with every name of :data:`~.words.SYNONYMS` followed by the first name of its group, so that two
    names of one whole share their words (外贸总值 → 外贸进出口总值)."""
    for group in SYNONYMS:
        for name in group[1:] + group[:1]:
            if name in words:
                return words.replace(name, name + "".join(g for g in group if g != name))
    return words


def _after_breakdown(document: Document, figure: Figure) -> bool:
    """A figure listed after a breakdown in its own sentence (``分季度看，…三季度 c``): a part, never a total."""
    start = document.sentence_start(figure.start)
    return BREAKDOWN.search(document.raw, start, figure.start) is not None


def _repeats(parts: list[Figure], figure: Figure) -> bool:
    """``figure``'s name holds the name of a part already listed (市场采购贸易方式出口 after 出口): it repeats a
    category of the list, so it is a new subject, not another item."""
    name = _item_name(figure)
    return any(len(other) >= 2 and other in name and "非" + other not in name      # 非住房消费类提取 after
               for other in (_item_name(p) for p in parts))                         # 住房消费类提取: its complement


def _item_name(figure: Figure) -> str:
    """A listed item's name: its bare name, but a level named by a place (``全国级赛事``, ``全省级``) keeps the
    place, which names the level (bare, 级赛事 would be held in the next item's 省级赛事)."""
    name = _bare_name(figure)
    if name.startswith("级"):
        name = NAME_SUFFIX.sub("", re.sub(r"^(?:其中|，|,)+", "", re.split(r"[，,；;、]", figure.clause)[-1]))
    return name


def _said(document: Document, figure: Figure) -> str:
    """The words of ``figure``'s clause in the raw text, from the last mark before it (its clause may stop at a
    figure read inside its words: 每``万名``就业人员)."""
    before = document.raw[max(0, figure.start - 40):figure.start]
    return re.split(r"[，,；;。：:！？\n]", before)[-1]


def _bare_name(figure: Figure) -> str:
    return NAME_SUFFIX.sub("", NAME_PREFIX.sub("", re.split(r"[，,；;、]", figure.clause)[-1]))


def _each_alone(parts: list[Figure], total: Figure, doubt: str = "", change_between: bool = False,
                why: str = "其中 introduces parts of the figure before it", word: str = "其中") -> Iterator[Finding]:
    """Parts from different dimensions of one whole (本科 teachers and 中级职称 teachers) may overlap: each is
    compared with the total alone, never their sum."""
    for part in parts:
        finding = _part([part], total, doubt, change_between,
                        why=f"{why}; they are categories of different dimensions that may overlap, so each is "
                            f"compared with the total alone", word=word)
        yield finding


def _opener_whole(document: Document, sentence_start: int, like: Figure, at_least: float = 0) -> Figure | None:
    """``全市常住人口中，…``: the figure (in ``like``'s unit) that the words opening the sentence name, stated
    anywhere before it in the report (or named more loosely nearer: :func:`_loosely_named`); None when the sentence
    opens otherwise or no figure carries the name. With ``at_least``, a figure named in full must reach it: the
    nearest that can nearly hold the parts (新设外资企业中，… after 自贸区新设外资企业 264家, far short of the parts'
    1,986家: the province's 1,846家, which an error in a part may leave short)."""
    found = OPENER.match(document.raw, sentence_start, min(len(document.raw), sentence_start + 24))
    if not found or (found.group("name").startswith("其") and not found.group("name").startswith(("其他", "其它"))) \
            or like.start < found.end():                # 其他水源供水量中，…: the 其他 item named as a whole
        return None
    name = found.group("name").replace("的", "")
    exact = next((f for f in document.earlier(sentence_start, EARLIER)
                  if f.same(like) and _plain(f) and name in f.clause.replace("的", "") and f.high >= at_least), None)
    if exact is not None:
        return exact
    return next((f for f in document.earlier(sentence_start, LOOSE_EARLIER)
                 if f.same(like) and _plain(f) and not _after_mark(document, f) and f.sentence < like.sentence
                 and _loosely_named(name, f.clause.replace("的", "")) and not _wider_place(document, f, name)
                 and not _kind_named(name, f.clause.replace("的", ""))), None)


#: a grade or class that makes a name one kind of a wider one (三级医院, 二类疫苗, 甲级)
GRADE = re.compile(r"[一二三四五六七八九十甲乙丙丁][级类等]")


def _kind_named(name: str, clause: str) -> bool:
    """``clause`` names a grade or class of what ``name`` names: the words they share come after a grade the name does
    not hold (三级医院诊疗 for 医院诊疗人次中: one grade of hospital's visits, not all hospitals')."""
    match = SequenceMatcher(None, name, clause, autojunk=False).find_longest_match(0, len(name), 0, len(clause))
    return match.size >= 2 and not name[:match.a] and bool(GRADE.search(clause[:match.b]))


#: the words of a figure of a wider place or a whole trade than a report's own (全省沿海港口…, 全国, 行业)
WIDER_PLACE = re.compile(r"全[国省]|全球|全行业")
#: the lines at a report's start its headlines may stand on (after a masthead and a section's name)
HEAD_LINES = 6


def _wider_place(document: Document, figure: Figure, name: str) -> bool:
    """``figure``'s words name a wider place (全省沿海港口完成集装箱吞吐量 in a report on one port) that ``name`` does not
    and the report's headlines do not: another place's figure, no whole of the report's own breakdown."""
    found = WIDER_PLACE.search(figure.clause)
    return bool(found) and found.group(0) not in name and not any(found.group(0) in line
                                                                  for line in document.headlines(HEAD_LINES))


def _nested(figure: Figure, before: list[Figure]) -> bool:
    """``远洋干线 a，近洋航线 b，近洋航线中东盟航线 c``: ``figure``'s words open a breakdown of a part before it (X中),
    so it and what follows are parts of that part, not of the whole."""
    found = re.search(r"([\u4e00-\u9fff]{2,8})中", figure.clause)
    return bool(found) and any(found.group(1) in f.clause for f in before)


LOOSE_EARLIER = 40      # figures of the report looked back over for the whole an opener names loosely
#: the doubt of a whole an opener names loosely, for two parts or more: they may be of another breakdown or nested, so a
#: sum above the whole is shown, not judged (a complete set of parts is judged: its words say they are all of it; one
#: part and its share are judged too)
LOOSE_DOUBT = ("{name}中 names the whole {whole} loosely (not in its words in full): the sentence's figures may "
               "overlap or be parts of one another")


def _loosely_named(name: str, clause: str) -> bool:
    """The words opening a breakdown (``博物馆参观人次中``, ``职工医保参保人员中``, ``企业职工基本养老保险参保人员中``) name
    the figure whose words are ``clause`` (全年博物馆接待参观, 职工基本医疗保险参保, 参加企业职工基本养老保险): with
    the measure word that ends them dropped (人次, 人员, 业务 …), at least four characters left, they stand in the
    clause in full, or their first four characters and more (two thirds of them) do, or every character of them
    stands in it in order, the first two and the last two side by side (职工医保参保 in 职工基本医疗保险参保)."""
    bare = OPENER_MEASURE.sub("", name)
    if len(bare) < 4 and not (len(bare) >= 3 and bare in clause and len(name) > len(bare)):
        return False
    if bare in clause:
        return True
    lead = next((k for k in range(len(bare), 3, -1) if bare[:k] in clause), 0)
    if lead >= 4 and lead * 3 >= len(bare) * 2:
        return True
    at = clause.find(bare[:2])
    if at < 0:
        return False
    at += 2
    for ch in bare[2:-2]:
        at = clause.find(ch, at) + 1
        if at == 0:
            return False
    return clause.find(bare[-2:], at) >= 0


#: a clause that opens with the period it counts over (``全年新引进``, ``当年新增``): a flow, not a part of a stock
PERIOD_OPENS = re.compile(r"[，,]?(?:全年|当年|今年|年内|同期)")
#: a clause after ； that compares with another time (``；与上年相比，…``, ``；比上年…``): the list before it has ended
COMPARED_AFTER = re.compile(r"[；;]\s*(?:与(?:上年|去年|\d{4}年)(?:同期)?相比|比上年|较上年|同比)")


def _decimals_half(figure: Figure) -> float:
    digits = re.search(r"\.(\d+)", figure.text)
    return 0.5 * 10 ** -(len(digits.group(1)) if digits else 0)


#: the words of a subtotal of items named before it (``一人户和二人户合计``, ``两者共计``): no further part of a breakdown
SUBTOTAL_NAMED = re.compile(r"合计|共计|总计|合共|两者|二者|两项|三项")


def _openers(document: Document, figures: list[Figure]) -> Iterator[Finding]:
    """``全市常住人口中，男性人口为 a，占 s%；女性人口为 b，占 t%``: the sentence's figures are parts of the whole
    its opening words name; a complete list (a known set, or shares that add up to 100%) sums to it, and each
    ``占 s%`` after a part is its share. A part after 其中 is a part of the part before it: its share may be of
    either, and the figures decide (:class:`~.finding.Finding` ``alternatives``)."""
    sentences: dict[int, list[Figure]] = {}
    for figure in figures:
        sentences.setdefault(figure.sentence, []).append(figure)
    for members in sentences.values():
        # an aside in brackets (占其兴利库容（5.38亿立方米）的 s%: the capacity a share is of) is no part of the whole;
        # nor what was added (主城区中，…高新区 a，…新增供热面积 d: d is new, no district's stock)
        opened = OPENER.match(document.raw, document.sentence_start(members[0].start),
                              min(len(document.raw), document.sentence_start(members[0].start) + 24))
        adds = not (opened and NEW_FLOW.match(opened.group("name")))
        amounts = [f for f in members if _plain(f) and not in_brackets(f) and not (adds and NEW_FLOW.match(f.clause))]
        bounds = {id(_range_bound(document, f)) for f in amounts}
        amounts = [f for f in amounts if id(f) not in bounds]   # 家庭户中，一人户 a万户: 一人 is a class, no part
        if not amounts:
            continue
        start = document.sentence_start(members[0].start)
        whole = _opener_whole(document, start, amounts[0])
        if whole is None and not amounts[0].unit:           # 实有企业中，第一、二、三产业企业分别为 a户、…: 二 no amount
            whole = next((w for w in (_opener_whole(document, start, f) for f in amounts if f.unit) if w), None)
        if whole is None:
            continue
        name = OPENER.match(document.raw, start).group("name")
        mark = document.raw.find("其中", start, members[-1].end)
        compared = COMPARED_AFTER.search(document.raw, start, members[-1].end)     # …；与上年相比，X由 a 增加到 b:
        cut = compared.start() if compared else members[-1].end + 1                 # no more parts of the whole
        parts = [f for f in amounts if f.same(whole) and not 0 <= mark < f.start and f.start < cut
                 and not (SUBTOTAL_NAMED.search(f.clause) and f is not amounts[0])]   # 一人户和二人户合计 c: a + b
        parts = parts[:next((i for i, f in enumerate(parts) if i and _nested(f, parts[:i])), len(parts))]
        loose = "" if len(parts) < 2 or name.replace("的", "") in whole.clause.replace("的", "") else \
            LOOSE_DOUBT.format(name=name, whole=whole.clause.lstrip("，,"))
        subs = [f for f in amounts if f.same(whole) and 0 <= mark < f.start]
        if not parts:
            continue
        measures = _measures(document, parts) if len(parts) >= 4 else []
        if measures:                # 流通环节中，农贸市场抽检 a1，不合格 b1；商场超市抽检 a2，不合格 b2: 抽检 a1 + a2 …
            named = [group for group in measures if _tail(group) in whole.clause]   # of 抽检 T, 不合格 counts some
            if len(named) != 1:
                continue
            parts = named[0]
        if len(parts) > 1 and sum(p.low for p in parts) > 1.5 * whole.high:   # the nearest so named is far short
            whole = _opener_whole(document, start, parts[0], 0.75 * sum(p.low for p in parts)) or whole
        shares = {}
        for figure in members:
            if figure.unit == "%" and figure.index > 0 and BARE_SHARE.match(figure.lead):
                owner = figures[figure.index - 1]
                if owner in parts or owner in subs:
                    shares[owner.claim_id] = figure
        complete = (_set_of(parts, document) or _closed(parts, parts[-1].clause, document)
                    or _ranged(document, parts)) if len(parts) > 1 else None
        stated = [shares.get(p.claim_id) for p in parts]
        if not complete and len(parts) > 1 and all(stated) and \
                abs(sum(s.value for s in stated) - 100) <= sum(_decimals_half(s) for s in stated) + 1e-9:
            complete = "their stated shares add up to 100%"
        if complete:
            yield _sum(parts, whole, f"{'、'.join(_item_names(parts))} make up the whole of {whole.text}, which "
                                     f"{name}中 names ({complete})")
        elif _overlap(document, parts):
            yield from _each_alone(parts, whole, loose, why=f"{name}中 names the whole, {whole.text}", word=f"{name}中")
        else:
            yield _part(parts, whole, loose, why=f"{name}中 names the whole, {whole.text}: the sentence's figures are "
                                                 f"parts of it", word=f"{name}中")
        for part in parts + subs:
            share = shares.get(part.claim_id)
            if share is None:
                continue
            of_whole = _share(part, whole, share, f"{share.text} is the share of {part.text} in {whole.text}, "
                                                  f"the whole {name}中 names")
            owner = next((p for p in reversed(parts) if p.start < part.start), None) if part in subs else None
            if owner is None:
                yield of_whole
                continue
            of_owner = _share(part, owner, share, f"{part.text} is part of {owner.text} (其中)")
            yield Finding("share", of_owner.check_id,
                          {**of_owner.spec, "reading": f"a share of {owner.text}, the figure 其中 follows"},
                          alternatives=({**of_whole.spec, "reading": f"a share of {whole.text}, the whole "
                                                                     f"{name}中 names"},))


def share_name(lead: str) -> str:
    """What a share is a share of (``占一般公共预算收入的比重为`` → 一般公共预算收入); empty for ``占比``."""
    found = SHARE_LEAD.search(lead)
    name = found.group("name").strip("的") if found else ""
    if name in ("", "比") or name.startswith("比") and len(name) <= 3:
        return ""
    bare = NAME_PREFIX.sub("", name)                 # 占全市营业性客运量的: 营业性客运量 (全市 alone stays)
    return bare if len(bare) >= 2 else name


#: the words of a count of those meeting a standard (达标, 合格, 优良): counts under different conditions overlap
PASSED = re.compile(r"达标|合格|优良|超标|不达标")


def _overlap(document: Document, group: list[Figure]) -> str:
    """The doubt for parts from two breakdowns of the total (``其中工业投资 …；民间投资 …``: by sector and by
    ownership), which may share items, so their sum may exceed it. A part's words are read with the figure before
    them when they follow it directly (``35岁以下 268人``: the age is a figure of its own)."""
    hit = {n for p in group for n, dimension in enumerate(DIMENSIONS) if dimension.search(_named_by(document, p))}
    if len(hit) > 1:
        return "the parts may belong to different breakdowns of the total (by sector, by ownership …) and overlap"
    named = [_named_by(document, p) for p in group]
    if any(outer in a and inner in b and inner not in a for outer, inner in NESTED_KINDS for a in named for b in named):
        return "one part is a kind of another (小微企业 of 中小企业): their sum may exceed the total"
    passed = [set(PASSED.findall(n)) for n in named]
    if len(group) > 1 and all(passed) and set.intersection(*passed) and len(set(named)) == len(named):
        return "the parts count those meeting a standard under different conditions (昼间达标, 夜间达标): one item may " \
               "be counted in each"
    return ""


def _named_by(document: Document, figure: Figure) -> str:
    """A figure's clause, with the figure just before it when the clause is only what follows that figure
    (``35岁以下``: the words of 268人 are 以下, its group 35岁以下)."""
    if len(figure.clause) <= 4 and figure.lead == figure.clause:
        start = figure.start - len(figure.lead)
        before = FIGURE_END.search(document.raw, max(0, start - 10), start)
        return (before.group(0) if before else "") + figure.clause
    return figure.clause


FIGURE_END = re.compile(r"\d[\d.,]*[^\d，,。；;、\s]{0,4}$")


#: the doubt of groups named apart from their whole's kind, in separate clauses, that together exceed it
TRAITS_APART = ("the parts are listed in separate clauses, named by what they do or not ending in the whole's name, "
                "and together they exceed it: they may be groups by different traits that overlap (使用放射源的单位 and 使用射线装置的"
                "单位, 新建商品住房 and 首套住房), so their sum is shown, not judged; each is compared with the whole")


def _traits_apart(document: Document, group: list[Figure], total: Figure) -> bool:
    """Groups that may overlap though no known dimension says so: listed in separate clauses (not one 、 list),
    each within the total and together above it, and not all named as kinds of the whole (产业项目, 基础设施项目 of
    重点项目 end in its name: kinds of one division, whose excess is an error)."""
    if len(group) < 2 or max(p.value for p in group) > total.value or sum(p.value for p in group) <= total.value:
        return False
    head = TOTAL_SUFFIX.sub("", _bare_name(total)).replace("总", "")[-2:]      # 总产值 → 产值, 员工总数 → 员工
    names = [TOTAL_SUFFIX.sub("", _bare_name(p)) for p in group]
    if _enumerated(document, group):    # 行政村 T，其中通硬化路的 a、通客车的 b: groups by what they have, in one list
        return all(TRAIT_GROUP.search(p.clause) for p in group)
    if any("的" in name[:-1] for name in names):
        return True                     # 使用放射源的单位, 使用射线装置的单位: groups by what they do, not kinds
    return len(head) < 2 or not all(name.endswith(head) for name in names)


#: the words of a group named by what its members have or do (``通硬化路的``, ``已配备AED的``, ``开展垃圾分类的``): groups
#: so named may overlap, unlike kinds (公办的, 民办的)
TRAIT_GROUP = re.compile(r"(?:^|[，,、其中])(?:已经?|均|都|全部)?(?:通|有|建有|配备|开通|接入|使用|安装|覆盖|实现|开展|拥有|设有|"
                         r"达到|具备|获得|完成|参加|享受)[^，。；、\d]{1,10}的$")


def _enumerated(document: Document, parts: list[Figure]) -> bool:
    """Two or more parts written as one list, joined by 、 (or 和, 及) only: ``甲 a、乙 b、丙 c``."""
    return len(parts) >= 2 and all(not re.search(r"[，,；;。：:]", document.between(a, b))
                                   for a, b in zip(parts, parts[1:]))


def _total_exists(figures: list[Figure], first: int, figure: Figure, sentence_start: int, document: Document,
                  opens: bool) -> bool:
    """A figure in the unit of ``figure`` stands before 其中 (``项目126个，完成投资86.4亿元，其中 … 58个，… 52.3亿元``)."""
    for i in range(first - 1, max(first - 1 - BACK, -1), -1):
        other = figures[i]
        if document.sentence_start(other.start) != sentence_start and not opens:
            return False
        if other.same(figure) and _plain(other):
            return True
    return False


def _after_mark(document: Document, figure: Figure) -> bool:
    """A figure that is itself a part: 其中 (内含, 包括) stands before it in its sentence, with no new subject since."""
    words = document.raw[max(document.sentence_start(figure.start), figure.start - MARK_REACH):figure.start]
    marks = list(PARTS_MARK.finditer(words))
    return bool(marks) and not re.search(r"[；;]", words[marks[-1].end():])


def _part_before(group: list[Figure], share: Figure) -> Figure | None:
    """The part a single share after a 其中 list is of: the one its own words name (``其中集合计划 a、单一计划 b、专项计划
    c，集合计划规模占比 s%``: a), else the last before it (``其中 a，占 s%``)."""
    before = [p for p in group if p.end <= share.start]
    if not before:
        return None
    said = re.sub(r"(?:占比|占)(?:为)?$", "", re.split(r"[，,；;、]", share.lead)[-1])
    exactly = [p for p in before if len(said) >= 2 and re.search(f"(?<![非不]){re.escape(said)}", p.clause)]
    if len(exactly) == 1:
        return exactly[0]           # 居民热费 a、非居民热费 b，居民热费占 s%: a, named so exactly (非居民 is not 居民)
    label = bigrams(said) - COMMON_BIGRAMS
    overlap = [len(label & bigrams(p.clause)) for p in before]
    best = max(range(len(before)), key=lambda k: (overlap[k], k))
    return before[best] if overlap[best] > overlap[-1] else before[-1]


def _total_before(document: Document, figures: list[Figure], first: int, group: list[Figure], allowed: set[int]):
    """(total, doubt, a change or base stood between) for the parts of one unit after 其中."""
    candidates: list[Figure] = []
    change_between = False
    for i in range(first - 1, max(first - 1 - BACK, -1), -1):
        figure = figures[i]
        if figure.sentence not in allowed:
            break
        if not figure.same(group[0]):
            continue
        if _plain(figure) and (LIMIT_LEAD.search(figure.clause)
                               or LIMIT_AFTER.match(document.raw, figure.end, figure.end + 2)):
            continue                                        # 控制在限额 B 以内，其中 …: a ceiling, not the total
        if _plain(figure):
            candidates.append(figure)
        elif not candidates:
            change_between = True
    if not candidates:
        return None, "", change_between
    if len(candidates) == 1:
        return candidates[0], "", change_between
    whole = [c for c in candidates if not _after_mark(document, c)]
    if whole and len(whole) < len(candidates):                  # A，其中 a；B，其中 b: b is part of B, not of a
        candidates = whole
    # 三季度合计 c；上半年…业务量 T，其中一季度 a、二季度 b: ；ends c's clause, T's is the 其中's own
    # (only when the parts themselves stay within one clause: 其中工业 a；第三产业 b；居民 c reads on past its list; and
    # only for a 其中 inside its sentence: one that opens the next may be of any clause before, 收入 A；支出 B。其中…)
    own = [c for c in candidates if not re.search(r"[；;]", document.raw[c.end:figures[first].start])]
    if own and len(own) < len(candidates) and len(allowed) == 1 \
            and not re.search(r"[；;]", document.raw[group[0].end:group[-1].start]):
        candidates = own
        if len(candidates) == 1:
            return candidates[0], "", change_between
    actual = [c for c in candidates if not PLANNED.search(c.subject.replace("公共预算", ""))]
    if actual and len(actual) < len(candidates):                # 年初预算安排 B，执行中完成 A: the total is A
        candidates = actual
        if len(candidates) == 1:
            return candidates[0], "", change_between
    words = bigrams(group[0].clause)
    scores = [len(words & bigrams(c.subject)) for c in candidates]
    best = max(scores)
    chosen = candidates[scores.index(best)]
    doubt = ""
    if scores.count(best) > 1:
        others = [c.text for c, s in zip(candidates, scores) if s == best and c is not chosen]
        doubt = f"其中 may refer to {chosen.text} or {'、'.join(others)}"
    return chosen, doubt, change_between


def _sum(parts: list[Figure], total: Figure, why: str, doubt: str = "") -> Finding:
    """The parts recomputed as the total; a part printed as 0 adds nothing and is left out (as in a table; the
    assumption says how many), unless every part is 0."""
    zeros = [p for p in parts if p.value == 0 and p.low == p.high == 0]
    if zeros and len(zeros) < len(parts):
        parts = [p for p in parts if p not in zeros]
        why = f"{why} ({len(zeros)} part{'s' if len(zeros) > 1 else ''} of 0 left out)"
    uses = {"total": total.claim_id} | {f"part{n}": p.claim_id for n, p in enumerate(parts, 1)}
    return Finding("sum", f"auto-sum-{total.start}", {
        "description": f"{' + '.join(_item_names(parts))} recomputed as the total {total.text}",
        "uses": {k: v for k, v in uses.items() if k != "total"},
        "formula": " + ".join(f"part{n}" for n in range(1, len(parts) + 1)), "stated": total.claim_id,
        "unit": unit_name(total.unit), "assumptions": [why]}, doubt, tiebreak=(parts[0].start,))


#: the words between a count and a count of some of them: ``全省14个设区市中，有``, ``18个商品类值中有`` (not 中心, 中国, 中学 …:
#: ``12个乡镇便民服务中心设立专区13个`` counts places, not some of them)
AMONG = re.compile(r"^[^，。；、\d（）()]{0,14}中(?![心国央间学旬期型部层级医药华])[，,]?(?:有|共有)?[^，。；、\d]{0,12}$")
#: the words around a threshold between a count and the count of those that pass it: ``雨量站中，年降水量超过`` #
#: ``毫米的有`` (the threshold's figure stands at #)
AMONG_THRESHOLD = re.compile(r"^[^，。；、\d（）()]{1,14}中[，,]?[^，。；、\d]{0,12}#[^，。；、\d]{0,6}?的(?:有|共有)$")
#: an aside in brackets naming the kinds of what is counted: ``县（市、区）``
ASIDE = re.compile(r"[（(][^（）()\d，。；]{1,8}[）)]")


def _among(document: Document, figures: list[Figure], part: Figure) -> Iterator[Finding]:
    """``全省 14个设区市中，有 11个…``: a count of some of the things just counted is a part of that count. The
    things may be named with an aside in brackets (``全省 112个县（市、区）中已有 108个``), and the part may be told
    by a threshold stated as a figure of its own (``全市 86处雨量站中，年降水量超过 1,200毫米的有 23处``)."""
    whole = figures[part.index - 1]
    if whole.alike(part) and whole.sentence == part.sentence \
            and AMONG.match(ASIDE.sub("", document.between(whole, part))) and _plain(whole):
        yield _part([part], whole, why=f"{part.text} counts some of the {whole.text} named before 中",
                    word="…中")
        return
    if part.index < 2:
        return
    whole, threshold = figures[part.index - 2], figures[part.index - 1]
    if whole.alike(part) and whole.sentence == part.sentence and not threshold.alike(part) and _plain(whole) \
            and AMONG_THRESHOLD.match(ASIDE.sub("", document.between(whole, threshold)) + "#"
                                      + document.between(threshold, part)) \
            and THRESHOLD.search(document.raw, threshold.start - 2, min(part.start, threshold.end + 3)):
        yield _part([part], whole, why=f"{part.text} counts those of the {whole.text} named before 中 that pass "
                                       f"the threshold {threshold.text}", word="…中…的有")


QUALIFIED_BACK = 12      # figures of its paragraph looked back over for the whole a qualified name repeats
#: words saying a figure is of the rest of a whole (``其余``, ``剩余``): beside the part named before it, never its part
REST_OF = re.compile(r"其余|其它|剩余|余下")
#: the doubt of a whole whose words may be a measure of the subject the figure before it counts
ELLIPTIC = ("the whole's words ({name}) follow an amount of another unit in its sentence, so they may be a measure of "
            "what that figure counts (中等职业学校 n所，在校生 T) rather than of all of it")


def _qualified_part(document: Document, figures: list[Figure], part: Figure) -> Iterator[Finding]:
    """``餐饮消费 a，…；其中夜间餐饮消费 b``, ``实现旅游收入 T。…实现乡村旅游收入 b``: a figure whose name is the name of a
    figure stated before it in its paragraph, in its unit, with words before it that qualify it (夜间, 乡村, 普惠小微)
    is a part of that whole. The whole's name (a mark of all of its kind such as 各项 or 全部 dropped) has three
    characters or more; the qualifier has two to eight, and names no other place's or period's whole (全国, 1—10月
    累计), nothing net of or without something (净, 扣非, 非), no list (风电和光伏发电), change, plan, average or amount
    per unit (特困老人每餐补贴 after 老人每餐补贴). Parts a 其中 or a breakdown reads with a total of its own sentence
    are left to those readings, and a whole listed as an item of its own sentence (其中，国际级赛事 a；全国级赛事 b；…) or
    of a breakdown is no whole here. A whole named only by a measure after an amount of another unit in its sentence
    (中等职业学校 4所，招生 a，在校生 T) may be of that amount's subject only: the reading is doubtful."""
    if not part.clause or _near(document, part, BREAKDOWN) or PER_SOMETHING.search(part.lead) \
            or WHOLE.search(part.clause):
        return
    start = document.sentence_start(part.start)
    said = re.split(r"[，,；;：:。]", document.raw[max(start, part.start - 40):part.start])[-1]
    if REST_OF.search(said):
        return                                  # …1280人，贡献 a；其余 3.49万名主播贡献 b: the rest, beside a, no part
    marked = _after_mark(document, part)
    if marked and any(f.same(part) and _plain(f) and f.start >= start for f in _back(figures, part, QUALIFIED_BACK)):
        return                                  # the 其中 reading has the total in its sentence
    name = core_name(part)
    for whole in _back(figures, part, QUALIFIED_BACK):
        if not whole.same(part) or not _plain(whole) or PER_SOMETHING.search(whole.lead):
            continue
        stem = ALL_OF_KIND.sub("", core_name(whole))
        if len(stem) < 3 or not name.endswith(stem) or stem.startswith("级"):
            continue                            # 全国级赛事: 级赛事 is no name of its own
        qualifier = name[:-len(stem)]
        if not 2 <= len(qualifier) <= 8 or NOT_A_QUALIFIER.search(qualifier) or other_year(document, whole, part):
            return
        if marked and whole.sentence < part.sentence - 1:
            return                              # 其中 reaches the sentence before it, no further
        if {m.group(0) for m in _near(document, whole, PERIOD_NAME, every=True) if SUB_PERIOD.search(m.group(0))} \
                != {m.group(0) for m in _near(document, part, PERIOD_NAME, every=True) if SUB_PERIOD.search(m.group(0))}:
            return                              # 10月份零售额 a …，1—10月…: a period's figure is no whole of another's
        if whole.sentence == part.sentence and (_near(document, whole, BREAKDOWN) or _near(document, whole, PARTS_MARK)):
            return                              # 其中，国际级赛事 a；全国级赛事 b；省级赛事 c: items of one list
        elliptic = core_name(whole) == whole.clause.lstrip("，,") and any(
            f.sentence == whole.sentence and f.amount and not f.same(whole) for f in _back(figures, whole, BACK))
        yield _part([part], whole, ELLIPTIC.format(name=whole.clause.lstrip("，,")) if elliptic else "",
                    why=f"{part.text} is named {name}: the {stem} of {whole.text}, qualified by {qualifier}",
                    word=f"{qualifier}{stem}")
        return


def _near(document: Document, figure: Figure, words: re.Pattern, every: bool = False):
    """``words`` in the sentence of ``figure`` before it, read back at most :data:`MARK_REACH` characters (so a finder
    calling it for every figure stays linear on a text with no sentence end): the first match, or all when ``every``."""
    low = max(document.sentence_start(figure.start), figure.start - MARK_REACH)
    if every:
        return list(words.finditer(document.raw, low, figure.start))
    return words.search(document.raw, low, figure.start)


def _named_for_another(figures: list[Figure], first: int, part: Figure, total: Figure, allowed: set[int]) -> bool:
    """``part`` after 其中 is named for another figure stated before 其中 than ``total`` (``本外币各项存款余额 T，各项贷款
    余额 L。其中人民币各项存款余额 a，人民币各项贷款余额 b``: b ends with L's name, not T's): it is L's part, not T's."""
    name = core_name(part)
    others = [f for f in figures[max(0, first - BACK):first] if f is not total and f.same(part) and _plain(f)
              and f.sentence in allowed and len(core_name(f)) >= 3]
    return any(name.endswith(core_name(f)) for f in others) and not name.endswith(core_name(total))


def _part(parts: list[Figure], total: Figure, doubt: str = "", change_between: bool = False,
          why: str = "其中 introduces parts of the figure before it", word: str = "其中") -> Finding:
    uses = {"total": total.claim_id} | {f"part{n}": p.claim_id for n, p in enumerate(parts, 1)}
    summed = " + ".join(f"part{n}" for n in range(1, len(parts) + 1))
    assumptions = [why]
    if change_between:
        assumptions.append(f"the total is the level {total.text}, not the change or earlier figure stated after it")
    return Finding("part", f"auto-part-{parts[0].start}-of-{total.start}", {
        "description": f"the part(s) {'、'.join(_item_names(parts))} do not exceed the total {total.text} ({word})",
        "uses": uses, "formula": f"{summed} <= total", "unit": "comparison", "lowered_unit": unit_name(total.unit),
        "assumptions": assumptions}, doubt)


def _share(part: Figure, total: Figure, share: Figure, why: str, doubt: str = "") -> Finding:
    """``share`` as ``part`` over ``total`` (the total converted into the part's unit when they differ: a 林地面积 in
    公顷 over a 国土面积 in 平方公里)."""
    scale = part.scale(total) or 1.0
    return Finding("share", f"auto-share-{share.start}", {
        "description": f"{share.text} as the share of {part.text} in {total.text}"
                       + (f" ({total.unit} in {part.unit}: × {scale:g})" if scale != 1 else ""),
        "uses": {"part": part.claim_id, "total": total.claim_id},
        "formula": "part / total * 100" if scale == 1 else f"part / (total * {scale:g}) * 100",
        "stated": share.claim_id, "unit": "percent", "assumptions": [why]}, doubt)


#: the words between two items of one list written with 、 (``、县内就业``): no comma, full stop, semicolon or 其中
LIST_ITEM_GAP = re.compile(r"[、和及与][^，,。；;、\d（()）其]{0,10}")


def _complete_groups(document: Document, figures: list[Figure]):
    """Figures naming every item of a complete set (城镇 … 乡村 …), with the total before them."""
    for name, members, total_words in SETS:
        run: dict[int, Figure] = {}
        for figure in figures:
            if not _plain(figure):
                continue
            hits = [k for k, member in enumerate(members) if member.search(figure.clause)]
            if len(hits) != 1:
                if run and figure.same(next(iter(run.values()))):
                    run = {}                      # another figure in the unit breaks the list
                continue
            k = hits[0]
            if run and (k in run or not figure.same(next(iter(run.values())))):
                run = {}
            run[k] = figure
            if len(run) == len(members):
                group = sorted(run.values(), key=lambda f: f.start)
                run = {}
                after = figures[group[-1].index + 1] if group[-1].index + 1 < len(figures) else None
                if after is not None and after.sentence == group[-1].sentence and after.same(group[-1]) \
                        and _plain(after) and LIST_ITEM_GAP.fullmatch(document.between(group[-1], after)):
                    continue            # 省外 a、省内县外 b、县内 c: the list goes on past the set's items
                total = _group_total(document, figures, group, members, total_words)
                told = {g.sentence for g in group}
                if total is None and not any(f.same(group[0]) and _plain(f) for f in figures[:group[0].index]) \
                        and not any(f.same(group[0]) and _plain(f) and f.sentence in told and f not in group
                                    for f in figures[group[0].index:]):   # 省内 a，省外 b，境外 c: c is of the set too
                    # no figure of the unit before the set in its paragraph: the whole its words name paragraphs
                    # before (新能源汽车产量 T … 上半年产量 a，下半年产量 b), itself of no part of the year
                    total = named_whole(document, group[0].start, group)
                    said = document.between(document.sentence_start(total.start), total) if total else ""
                    if total is not None and (sub_period(document, total)
                                              or any(member.search(total.clause) for member in members)
                                              or (total_words and not total_words.search(said))
                                              or not _near_sum(group, total)):
                        total = None    # 进口 T is one of the set; 全社会用电量 no 增加值 of the three industries
                if total is not None and not _other_measure(total, group, members, name) \
                        and (name not in PERIOD_SETS or _periods_alike(group, members)):
                    yield group, total


#: how far the parts of a complete set may sum from a whole found by its words paragraphs before them and still be
#: read as its parts: a slip misses by a few percent, another figure of the same words (专项债券发行 T for the year's
#: four quarters of all bonds) by more
NAMED_NEAR = 1.25


def _near_sum(group: list[Figure], total: Figure) -> bool:
    """The parts sum to within :data:`NAMED_NEAR` of ``total`` either way."""
    summed = sum(f.value for f in group)
    return total.value > 0 and 1 / NAMED_NEAR <= summed / total.value <= NAMED_NEAR


def _other_measure(total: Figure, group: list[Figure], members, name: str) -> bool:
    """Periods that make up the year (上半年 and 下半年, 前三季度 and 第四季度) of a measure their words share that the
    year's figure before them does not name (``全年一般公共预算收入 T。前三季度税收收入 a，四季度税收收入 b``): the
    periods are of another whole than T."""
    if name not in PERIOD_SETS:
        return False
    stems = [bigrams(re.sub("|".join(m.pattern.lstrip("^") for m in members), "", p.clause)) for p in group]
    common = frozenset.intersection(*stems) - COMMON_BIGRAMS
    return bool(common - bigrams(total.clause))


def _periods_alike(group: list[Figure], members) -> bool:
    """Periods of the year that name one measure: each after the first names what the first does (``上半年产量 a，
    下半年产量 b``), or nothing but a verb (``前三季度实现净利润 a，第四季度实现 b``); not another name of its own
    (``前三季度税收收入 a，第四季度收入 b``: 收入 may be more than 税收收入)."""
    periods = re.compile("|".join(m.pattern.lstrip("^") for m in members))
    stems = [re.sub(r"^(?:其中|，|,)+", "", periods.sub("", p.clause)).replace("的", "") for p in group]
    return all(stem == stems[0] or BARE_VERB.fullmatch(stem) for stem in stems[1:])


def _group_total(document: Document, figures: list[Figure], group: list[Figure], members,
                 total_words) -> Figure | None:
    start = document.sentence_start(group[0].start)
    opened = OPENER.match(document.raw, start, min(len(document.raw), start + 24))
    after = [f for f in figures[group[-1].index + 1:] if f.sentence == group[-1].sentence and f.same(group[0])
             and _plain(f) and not _after_mark(document, f)]
    whole = _opener_whole(document, start, group[0]) if opened and opened.end() <= group[0].start \
        and not opened.group("name").startswith("其") and not after else None
    if whole is not None:
        return whole   # 外地选手中，省内 a，省外 b: the whole its opener names, not
        #   the 本地选手 told just before — when the set closes the sentence's list (生活用水中，城镇居民 a，农村居民 b，
        #   城镇公共用水 c: a + b is no whole of 生活用水)
    words = set().union(*(bigrams(p.clause) for p in group))
    for i in range(group[0].index - 1, max(group[0].index - 1 - BACK, -1), -1):
        figure = figures[i]
        if not figure.same(group[0]) or not _plain(figure):
            continue
        if PLANNED.search(figure.clause) or BASE_LEAD.search(figure.lead):
            continue                      # 完成全年抽检计划 N 的, （上年同期为 N）: a plan or a base, no whole of the set
        if any(member.search(figure.clause) for member in members):
            return None
        if not total_words and _peer(figure, group):
            return None                   # 在本县内转移就业 a，在县外省内转移就业 b，转移到省外就业 c: a peer of b
        if (total_words.search(figure.clause) if total_words else
                (WHOLE.search(figure.clause) or words & bigrams(figure.clause))):
            return figure
        if not total_words and figure.kind == "count" and AMONG.match(document.between(figure, group[0])):
            return figure               # 监测的 28个品种中，上涨的 a、下降的 b、持平的 c: the count 中 divides
        return None
    return None


def _peer(figure: Figure, group: list[Figure]) -> bool:
    """``figure`` reads as another item of the list ``group`` rather than its whole: in the first item's sentence,
    unmarked as a whole (共, 全, 合计, 总), and its words end as an item's do (…转移就业)."""
    if figure.sentence != group[0].sentence or WHOLE.search(figure.clause) or WHOLE_MARK.search(figure.clause):
        return False
    ending = NAME_SUFFIX.sub("", figure.clause)[-2:]
    return len(ending) == 2 and any(NAME_SUFFIX.sub("", p.clause).endswith(ending) for p in group)


def _each(document: Document, figures: list[Figure], first: Figure) -> Iterator[Finding]:
    """``A、B、C分别为 x、y、z`` after a total: a sum when the list is complete, else parts within the total."""
    items = [first]
    for figure in figures[first.index + 1:first.index + AHEAD]:
        if figure.same(items[-1]) and LIST_GAP.match(document.between(items[-1], figure)) \
                and re.search(r"\d", figure.text):
            items.append(figure)
        else:
            break                       # … 63个和 35个，五个城区共开工 356个: 五个 counts the items, it is none
    if len(items) < 2 or AVERAGE_LEAD.search(first.clause):
        return
    sentence_start = document.sentence_start(first.start)
    if "其中" in document.between(sentence_start, first) and not _totalled_after_mark(document, figures, first):
        return                                                # the parts of 其中: read there
    before = document.between(sentence_start, first)
    total = None
    for i in range(first.index - 1, max(first.index - 1 - BACK, -1), -1):
        figure = figures[i]
        if figure.sentence != first.sentence:
            break
        if figure.same(first) and _plain(figure):
            total = figure
            break
    if total is not None and re.search(r"[；;]", document.between(total, first)):
        later = [f for f in figures[items[-1].index + 1:items[-1].index + 4]
                 if f.sentence == first.sentence and re.search(r"\d", f.text)]     # 两县合计: 两县 is no figure
        if later and later[0].same(first) and _plain(later[0]) and TOTAL_LEAD.search(later[0].clause):
            total = None                # A 共 T；甲、乙分别 a 和 b，两县合计 S: the list's own total is S, after it
    if total is None:                                         # 依次为 a、b、c，地区生产总值 T: the whole after the list
        after = [f for f in figures[items[-1].index + 1:items[-1].index + 10] if f.unit != "%"][:2]
        total = next((f for f in after if f.sentence == first.sentence and f.same(first) and _plain(f)
                      and WHOLE.search(f.clause) and not PARTS_MARK.search(f.clause)
                      and not SOME_OF_THEM.search(document.between(items[-1], f))), None)   # 前两项合计: some
        # … 依次增长 r、s、t，三者合计 T: rates between; never …，其中上半年合计 T (a total of some of them)
    counted = KINDS_COUNT.search(before) or THREE_INDUSTRIES.search(before)
    kinds = (3 if counted.group(0).endswith("产业") else CHINESE_COUNTS.get(counted.group(1))) if counted else None
    if total is not None:
        names = document.between(total, first)
        complete = ("共有 … 分别 lists every part" if WHOLE.search(total.clause) else
                    f"{counted.group(0)} … 分别 lists every part" if kinds == len(items) else None)
        if complete:
            yield _sum(items, total, f"{complete} of {total.text}")
        else:
            yield _part(items, total, "分别 may list only some of the parts of " + total.text,
                        why=f"分别 lists parts of {total.text} ({names.strip('，, ')[:16]})", word="分别")
        return
    if kinds != len(items) or not before:
        return
    measure = re.sub(r"^.*分别(?:为|是|实现|完成|达到|有)?", "", first.clause)
    if len(measure) < 2:
        return
    named = [f for f in document.section_before(first, SECTION_BACK)
             if f.same(first) and _plain(f) and measure in f.clause and f.paragraph != first.paragraph
             and not other_year(document, f, first)]                    # 上年完成造林面积 a is of another year
    if named:
        figure = named[0]
        # certain when it is the only figure so named before (a figure told twice counts once), of the list's year
        # and period, no target and no part, and at least as large as each item
        only = len({(f.value, f.unit) for f in named}) == 1 \
            and not _of_part_of_year(document, figure, items) and not PLANNED.search(figure.subject) \
            and not _after_mark(document, figure) and figure.high >= max(p.low for p in items) \
            and not any(f.same(first) and _plain(f) and f.sentence == first.sentence
                        for f in figures[items[-1].index + 1:items[-1].index + AHEAD])
        # (…两类分别完成造林面积 a、b，其他方式完成造林面积 c: c, a further item of the sentence, is of the whole too)
        yield _sum(items, figure, f"{counted.group(0)} … 分别 lists every part of {figure.text}, the {measure} "
                                  "stated before" + (", the only figure so named" if only else ""),
                   doubt="" if only else f"the total is the nearest figure named {measure}, in an earlier paragraph")


def _totalled_after_mark(document: Document, figures: list[Figure], first: Figure) -> bool:
    """``其中，甲、乙和丙三类产品合计出口 T，增长 r%，分别出口 a、b 和 c``: the figure of the unit nearest before a 分别 list
    in its sentence stands after the sentence's last 其中 and names itself a total of named items (合计, 共计, 总计): the
    list breaks that total down, though 其中 opens the sentence."""
    sentence_start = document.sentence_start(first.start)
    mark = document.raw.rfind("其中", sentence_start, first.start)
    total = next((figures[i] for i in range(first.index - 1, max(first.index - 1 - BACK, -1), -1)
                  if figures[i].same(first) and _plain(figures[i])), None)
    return total is not None and total.sentence == first.sentence and total.start > mark \
        and bool(SUBTOTAL_WORD.search(total.clause))


THREE_INDUSTRIES = re.compile(r"第?一、二、三产业|三次产业")


def _listed_total(document: Document, figures: list[Figure], total: Figure) -> Iterator[Finding]:
    """``a、b、c，合计 T`` or ``a、b、c。以上…合计 T``: the list before the total sums to it (not ``…，其中上半年合计 T``:
    the total of some of them, which the words name)."""
    said = document.raw[max(document.sentence_start(total.start), total.start - 14):total.start]
    if PARTS_MARK.search(total.clause) or SOME_OF_THEM.search(re.split(r"[，,；;]", said)[-1]):
        return                                                # 前两项合计, 最多的两个区合计: some of the list
    listed = NAMED_TOTAL.search(re.split(r"[，,；;：:]", document.between(document.sentence_start(total.start),
                                                                         total))[-1])
    if listed and "、" in listed.group("names") and len([n for n in NAME_JOINER.split(listed.group("names")) if n]) >= 3:
        named = items_named(document, total)   # 心脑血管、消化系统和内分泌类合计 T: those three, or no reading
        if named:
            yield _sum(named, total, f"{_total_word(total)} names its {len(named)} items; each is the one figure of "
                                     f"the report before it so named ({'、'.join(f.text for f in named)})")
        return
    above = bool(ABOVE.search(total.lead))
    counted = COUNTED_TOTAL.search(total.clause) or PAIR_WORD.search(total.clause)
    wanted = (2 if counted.group(0) in ("两者", "二者") else 3 if counted.group(0) == "三者"
              else CHINESE_COUNTS.get(counted.group(1))) if counted else None
    reach = wanted                                            # a count in the total's words reaches past ；
    count = _items_counted(document, figures, total)
    if count is not None:
        wanted = int(count.value)
    if COUNT_OPENS.match(document.raw, document.sentence_start(total.start), total.start):
        above, reach = True, reach or wanted                  # …发放 b。两项合计 T: the count opens its sentence
    items: list[Figure] = []
    later = total
    skipped = False
    for i in range(total.index - 1, max(total.index - 31, -1), -1):
        figure = figures[i]
        if figure is count:
            continue                                          # 三家景区合计 T: the count of items, not an item
        if later is total and figure.unit in ("项", "类", "种") and KINDS_COUNT.search(figure.text):
            continue                                          # 两项合计: the count of items, not an item
        same_sentence = figure.sentence == total.sentence or (reach and "。" not in document.between(figure, total))
        if figure.unit == "%" and (RATE_LEAD.search(figure.lead) or SHARE_LEAD.search(figure.lead)) \
                and same_sentence:
            skipped = True
            continue                                          # 甲 a，乙 b，增长 r%，占 s%，两市合计 T: b's rates
        if figure.same(total) and same_sentence and not _plain(figure) \
                and (BASE_LEAD.search(figure.lead) or CHANGE_LEAD.search(figure.lead)):
            skipped = True
            continue                                          # 乙 b，比上年的 b0 增长 r%，两者合计 T: b's base
        if figure.same(total) and BRACKETED_PART.search(document.raw, max(0, figure.start - 16), figure.start):
            continue                                          # 甲 a（其中农村 a1），乙 b，合计 T: a1 is a part of a
        if figure.same(total) and PER_UNIT_WORDS.search(figure.clause):
            break                                             # 每人 2,000元，发放 b。两项合计 T: a rate, no item
        if figure.same(total) and earlier_in_brackets(figure):
            continue                                          # 幼儿园 a（上年 a0）、中小学 b（上年 b0），合计 T
        if not figure.same(total):
            break
        gap = PARENTHETICAL.sub("", document.between(figure, later))
        crossing = figure.sentence != later.sentence and not (reach and not re.search(r"[。！？]", gap))
        if crossing and not (above and later is total):
            break                                             # 甲 a；乙 b；两市合计 T: a count word reaches past ；
        if later is total:
            if len(gap) > (48 if skipped else 24):
                break
        else:
            gap = RATES_SAID.sub("", gap) if skipped else gap   # 甲 a，增长 r%，占 s%；乙 b: the rates of an item
            if len(gap) > 16 or re.search(r"其中|比|较|增|减|共有|合计|共计|总计|[。]", gap) \
                    or (re.search(r"[；;]", gap) and not reach):
                break
        if not _plain(figure):
            break
        if WHOLE.search(figure.clause):
            if items and not crossing and not TOTAL_LEAD.search(figure.clause):
                items.append(figure)                         # 共有 A、B，合计 T: 共有 opens the list
            break
        items.append(figure)
        later = figure
    joined = bool(items) and bool(ADDED.search(document.raw, document.sentence_start(items[-1].start) - 40,
                                                 total.start))      # A，加上 B、C，总计 T: the list starts at A
    if items and ADDED.search(document.between(document.sentence_start(items[-1].start), items[-1])):
        base = _added_to(document, figures, items[-1])       # A，加上 B、C，总计 T: A is the first term
        if base is None:
            return
        items.append(base)
    if len(items) < 2 or (wanted and len(items) < wanted):
        named = items_named(document, total)    # 税收、社会保险费和非税收入合计 T: each item the one figure so named
        if named:
            yield _sum(named, total, f"{_total_word(total)} names its {len(named)} items; each is the one figure of "
                                     f"the report before it so named ({'、'.join(f.text for f in named)})")
            return
    if len(items) < 2:
        items = _named_items(document, figures, total)        # 风电和光伏发电量合计 T: the figures named 风电, 光伏
        wanted = None
    if wanted and len(items) >= wanted:
        items = items[:wanted]                                # 两者合计, 三类合计: the nearest that many
    elif wanted and len(items) >= 2:
        return                                                # 以上三级…合计 T with two items read: one is missed
    if len(items) >= 2:
        items.reverse()
        word = "以上…合计" if above else _total_word(total)
        finding = _sum(items, total, f"{word} totals the {len(items)} figures listed before it")
        parts_of = [f for f in items if "其中" in document.said(f, 120)]
        if parts_of and len(parts_of) < len(items):
            # 全市财政共投入 F。其中，市级财政 a；县级财政 f。社会资金 S。财政和社会投入合计 T: f is a part 其中 names, its
            # whole F may be the item meant
            finding = replace(finding, doubt=f"{'、'.join(f.text for f in parts_of)} is a part 其中 names: its whole "
                                             f"may be the item meant")
        if above or wanted or joined or len(items) == 2:
            yield finding
            return
        # 其中甲 a、乙 b、丙 c、丁 d；丙丁合计 T: the words do not say where the list starts; the readings from the
        # whole list down to its last two are tried, and the first the figures fit is taken (none: shown, not judged)
        readings = [{**_sum(items[k:], total, f"{word} totals the last {len(items) - k} figures listed before "
                                              f"it").spec, "reading": f"the last {len(items) - k} figures"}
                    for k in range(1, len(items) - 1)]
        yield Finding("sum", finding.check_id, {**finding.spec, "reading": f"all {len(items)} figures"},
                      tiebreak=finding.tiebreak, alternatives=tuple(readings))


def _items_counted(document: Document, figures: list[Figure], total: Figure) -> Figure | None:
    """``甲 a，乙 b，丙 c，三家景区合计接待 T`` / ``…，4个部门合计 T``: the count of the items a total adds up, read as a
    figure of its own right before the total's words (its name and 合计 between, no punctuation), opening its clause
    (``主城三区和高新区合计`` counts one more item than 三区); None otherwise. Unlike a count in the total's own words
    (``两市合计``), it does not let the list reach past ； (``其中 a、b；另有 c，两类合计 T``: c and the whole before 其中)."""
    if total.index == 0:
        return None
    count = figures[total.index - 1]
    if not ITEMS_COUNT.fullmatch(count.text) or not 2 <= count.value <= 10 or count.same(total) \
            or re.search(r"[，,。；;、：:（）()]|和|与|及|加", document.between(count, total)) or not _total_word(total):
        return None
    before = re.split(r"[，,。；;：:]", document.raw[max(0, count.start - 12):count.start])[-1]
    return count if re.fullmatch(r"(?:以上|上述|前述|这|其中)?", before) else None   # 主城三区和高新区合计: no count


def _bracketed(document: Document, figures: list[Figure], total: Figure) -> Iterator[Finding]:
    """``偿还到期政府债务本金 T（一般债务 a、专项债务 b）``: a list in brackets right after a figure, every figure in
    them of its unit, breaks it down — they sum to it. The list is judged when its items name one kind of thing each
    (their names end alike: 一般债务, 专项债务) or its last item takes in the rest (其他); otherwise a wrong sum is shown,
    not judged. After 其中 or 含 (``转贷收入 T（其中新增一般债券 a、再融资一般债券 b）``) the items may be some of the
    whole only: the sum is read when they add up to it (the 其中 reading checks them as parts otherwise). Items that
    name another year (``（2023年 a、2022年 b）``) are no breakdown, nor a list the words after it say leaves a rest
    (``（中央资金 a、省级补助 b），其余由市县筹措``)."""
    close = document.raw.find("）" if document.raw[total.end] == "（" else ")", total.end, total.end + 160)
    if close < 0:
        return
    inside = [f for f in figures[total.index + 1:total.index + 1 + AHEAD] if f.start < close]
    if len(inside) < 2 or any(not f.same(total) or not _plain(f) or f.end > close for f in inside) \
            or not re.fullmatch(r"[\s%s]*" % re.escape(")）"), document.raw[inside[-1].end:close + 1]):
        return
    opening = document.raw[total.end + 1:inside[0].start]
    names = [opening] + [document.between(a, b) for a, b in zip(inside, inside[1:])]
    if any(re.search(r"\d|[（(）)。；;]", n) or not n.strip("、，,和及与") for n in names[1:]) \
            or re.search(r"\d|[（(）)。；;，,]", opening) or any(BRACKET_OTHER_TIME.search(n) for n in names):
        return
    if BRACKET_REST.match(document.raw, close + 1):
        return                                              # T（A a、B b），其余由市县筹措: some of it only
    marked = BRACKET_MARK.match(document.raw, total.end)
    if marked and not _adds_up(total, inside):
        return
    bare = [re.sub(r"^[（(、，,和及与]+|^(?:其中|含|内含|包括)", "", n) for n in names]
    alike = len(bare) == 2 and len({n[-2:] for n in bare}) == 1 and any(
        bare[0].startswith(a) and bare[1].startswith(b) for a, b in EXHAUSTIVE_PAIRS)
    closed = CLOSING_ITEM.search(bare[-1]) or _set_of(inside, names=False)
    doubt = "" if alike or closed or marked else (
        f"the items in brackets after {total.text} ({'、'.join(bare)}) do not say they are all of it")
    yield _sum(inside, total, f"the figures in brackets after {total.text} break it down", doubt)


def _rest(document: Document, figures: list[Figure], rest: Figure) -> Iterator[Finding]:
    """``排查登记水毁工程 T，已修复 a，修复完成率 r%，其余 b``: an item named 其余 (其他, 余下) closes a list that follows
    its whole in one sentence with no 其中 — the whole is the first figure of the run in its unit, the parts the
    figures after it (rates said of them skipped). Judged when the whole's words say it is one (共有, 累计, 排查,
    登记 …: :data:`~.words.WHOLE`, :data:`~.words.REST_WHOLE`); otherwise a wrong sum is shown, not judged
    (``城区学校 a，农村学校 b，其余 c`` names no whole: a is no total), and so is a list of items not named alike
    (``办理不动产登记 T，网上办理 a，抵押登记 b，其余 c``: a and b may divide T in two ways). Two figures at least
    before 其余."""
    start = document.sentence_start(rest.start)
    run = []
    for figure in reversed(figures[:rest.index]):
        if figure.start < start:
            break
        if figure.unit == "%" or re.search(r"[（(][^）)]*$", figure.lead):
            continue                                        # 三级医院 a（三甲 a1），其余 b: a1 is a part of a
        if not figure.same(rest) or not _plain(figure) or figure.start < start:
            break
        run.append(figure)
    if len(run) < 2 or PARTS_MARK.search(document.raw, run[-1].end, rest.start) \
            or ADDED.search(document.raw, start, rest.start):
        return
    total, parts = run[-1], [*reversed(run[:-1]), rest]
    if any(p.high >= total.low for p in parts) or any(SUB_PERIOD.search(p.clause) for p in parts):
        return
    marked = WHOLE.search(total.clause) or REST_WHOLE.search(total.clause) \
        or re.match(r"[^，,。；;\d]{0,12}中[，,]", document.raw[total.end:total.end + 14])
    listed = parts[:-1]
    alike = len(listed) == 1 or len({re.sub(r"[的为有]+$", "", p.clause)[-1:] for p in listed}) == 1
    doubt = "" if marked and alike else (
        f"{total.text} is not said to be the whole that {rest.text} (其余) completes" if not marked else
        f"the items before 其余 ({'、'.join(p.clause for p in listed)}) may be of different divisions of {total.text}")
    yield _sum(parts, total, f"{'、'.join(p.text for p in parts)} close with 其余: they make up {total.text}", doubt)


def _complement(document: Document, figures: list[Figure], negated: Figure) -> Iterator[Finding]:
    """``共抽检食品样品 T，合格 a，不合格 b`` (住宅 a，非住宅 b; 达标 a，未达标 b): an item and its negation right after a
    figure in their sentence, with no 其中 and no further item after them, make up that figure (rates said of the
    first skipped: ``合格 a，合格率 r%，不合格 b``)."""
    start = document.sentence_start(negated.start)
    before = [f for f in figures[max(0, negated.index - 4):negated.index] if f.unit != "%" and f.start >= start]
    if len(before) < 2:
        return
    total, item = before[-2], before[-1]
    after = next((f for f in figures[negated.index + 1:negated.index + 3] if f.unit != "%"), None)
    if not (total.same(item) and item.same(negated)) or not _plain(total) or not _plain(item) \
            or (after is not None and after.same(negated) and after.sentence == negated.sentence) \
            or PARTS_MARK.search(document.raw, start, negated.start) or item.high >= total.low \
            or negated.high >= total.low:
        return
    name, other = (re.sub(r"^(?:的|为|有|是)+|(?:的|为|有|是)+$", "", f.clause) for f in (item, negated))
    other = other[1:]
    if len(name) < 2 or not (other == name or other.startswith(name) or name.startswith(other)) or len(other) < 2:
        return
    if len(name) >= 5 and name[-4:] not in total.clause:
        return                                              # 施工面积 T，住宅销售面积 a，非住宅销售面积 b: another measure
    yield _sum([item, negated], total, f"{item.clause} and {negated.clause} make up {total.text}")


#: the words before a figure in brackets that is a part of the figure before them (``286处（其中农村地区 198处）``)
BRACKETED_PART = re.compile(r"[（(](?:其中|含|内含)[^（）()，。；\d]{0,12}$")
#: the growth rate and share said of an item of a list (``，增长 8.9%，占全省的 21.0%``)
RATES_SAID = re.compile(r"[，,](?:同比|比上年)?(?:增长|下降|增加|减少)[\d.]+%|[，,]占[^，。；\d]{0,10}[\d.]+%")
#: ``风电和光伏发电量合计``, ``风电、光伏合计装机``: a total naming its items
NAMED_ITEMS = re.compile(r"(?P<a>[^，。；、和与及\d]{2,6})(?:和|与|及|、)(?P<b>[^，。；、和与及\d]{2,6}?)[^，。；\d]{0,6}?"
                         r"(?:合计|共计|总计)")
#: a count of the items a total adds up: 两市合计, 三类合计, 两者合计
COUNTED_TOTAL = re.compile(r"([两二三四五六七八九十])(?:类|项|市|县|区|省|镇|乡|村|家|所|座|大类|种|个|级)")


def _total_word(figure: Figure) -> str:
    """The word that makes ``figure`` the total of a list before it: 合计, 共计 or 总计 (:data:`~.words.TOTAL_LEAD`),
    or 共 after words naming all the kinds just listed (``各级示范社共 T``: :data:`~.words.ALL_LISTED_TOTAL`); ""."""
    if TOTAL_LEAD.search(figure.clause):
        return re.search(r"合计|共计|总计", figure.clause).group(0)
    found = ALL_LISTED_TOTAL.search(figure.clause)
    return found.group(0).rstrip("为达到有") if found else ""


def items_named(document: Document, total: Figure) -> list[Figure]:
    """``…组织非税收入 c。税收、社会保险费和非税收入合计 T`` (``以上出口退税、留抵退税和个人所得税汇算退税三项合计 T``, the
    items in paragraphs before): the items a total names before 合计 (:data:`~.words.NAMED_TOTAL`), each the one figure
    of the report before it, in its unit, whose words hold the item's name (not as 非 of it: 非税收入 is no 税收), a plain
    amount of the total's year that is neither a whole of its own (合计, 共) nor a part after 其中 unless all are, of
    one 其中 list (其中，火电 a，风电 b，光伏发电 c。风电、光伏发电量合计 T; the measure may be written once after the
    last name) — the nearest, and no other figure so named with another value. Two items at least, as many as a count says (三项), all different and
    each smaller than the total; none otherwise (the positional readings of :func:`_listed_total` stand)."""
    said = document.between(document.sentence_start(total.start), total)
    said = re.split(r"[，,；;：:]", said)[-1] if "……" not in said else ""
    found = NAMED_TOTAL.search(said)
    if found is None:
        return []
    names = [n for n in NAME_JOINER.split(found.group("names")) if n]
    if len(names) < 2 or any(len(n) < 2 for n in names) \
            or (found.group("count") and CHINESE_COUNTS.get(found.group("count")) != len(names)):
        return []
    measure = (found.group("measure") or "")[-2:]           # 三项基金全年收入合计: each item's words end in 收入
    earlier = [f for f in document.earlier(total.start, FAR_EARLIER)
               if f.same(total) and _plain(f) and f.high < total.low and not WHOLE.search(f.clause)
               and not TOTAL_LEAD.search(f.clause) and not other_year(document, f, total)]
    items: list[Figure] = []
    for name in names:
        so_named = [f for f in earlier if _holds_name(f, name) and measure in f.clause]
        if not so_named and name is names[-1]:      # 风电、光伏发电量合计: 光伏发电 a, the measure written once after
            so_named = [f for f in earlier if _measure_after(name, f)]                         # the last name
        if not so_named or len({(f.value, f.unit) for f in so_named}) > 1 or so_named[0] in items:
            return []
        items.append(so_named[0])
    marked = [_after_mark(document, f) for f in items]
    if any(marked) and not (all(marked) and len({f.sentence for f in items}) == 1):
        return []               # a part after 其中 is an item only beside the others of its list (其中，火电 a，风电 b，光伏 c)
    return sorted(items, key=lambda f: f.start)


def _measure_after(name: str, figure: Figure) -> bool:
    """``name`` is ``figure``'s item name followed by a measure of at most three characters (玉米产量 of ``玉米 a``,
    光伏发电量 of ``光伏发电 b``): the last name of a list written before 合计, the measure once for all."""
    item = re.sub(r"^(?:其中|以及|和|及)+", "", _item_name(figure)).replace("的", "")
    return len(item) >= 2 and name.startswith(item) and 0 < len(name) - len(item) <= 3


def _holds_name(figure: Figure, name: str) -> bool:
    """The words of ``figure`` (from its sentence's last comma) hold ``name`` not as the 非 of it (非税收入 for 税收)."""
    words = figure.clause.replace("的", "")
    at = words.find(name)
    while at >= 0:
        if at == 0 or words[at - 1] != "非":
            return True
        at = words.find(name, at + 1)
    return False


def _named_items(document: Document, figures: list[Figure], total: Figure) -> list[Figure]:
    """``…风电 a …光伏发电 b …。风电和光伏发电量合计 T``: the items are the nearest figures before T in its unit and
    paragraph whose words name each (nearest first, as the list of :func:`_listed_total`); none unless both are."""
    found = NAMED_ITEMS.search(total.clause)
    if not found:
        return _abbreviated_items(document, figures, total)
    if re.search(r"[、，,]$", total.clause[:found.start("a")]):
        return []                       # 心脑血管、消化系统和内分泌类合计 T: three items named, two read here
    items = []
    for name in (found.group("b"), found.group("a")):
        item = next((f for f in _back(figures, total, BACK * 2) if f.same(total) and _plain(f)
                     and f not in items and name[:2] in f.clause and not WHOLE.search(f.clause)), None)
        if item is None:
            return []
        items.append(item)
    return sorted(items, key=lambda f: -f.start)


def _abbreviated_items(document: Document, figures: list[Figure], total: Figure) -> list[Figure]:
    """``来自日本 a，来自韩国 b，来自美国 c。日韩两国合计 T``: the two characters before 两国 are the first of the two
    items' names; each item is the nearest figure before T in its unit whose name begins with its character (after
    来自, 对 …), the two different; none unless both are found. (两国 may be read as a count: the words are taken
    from the sentence's start.)"""
    found = PAIR_ABBREVIATION.search(document.raw, document.sentence_start(total.start), total.start)
    if found and not re.fullmatch(r"(?:为|达到?|有|约)*", document.raw[found.end():total.start]):
        found = None                                        # 日韩两国合计为 T, not 日韩两国合计投资 … T
    if not found or found.group("a") == found.group("b"):
        return []
    items = []
    for char in (found.group("b"), found.group("a")):
        starts = re.compile(ITEM_NAME_START + re.escape(char))
        item = next((f for f in _back(figures, total, BACK * 2) if f.same(total) and _plain(f)
                     and f not in items and starts.search(f.clause) and not WHOLE.search(f.clause)), None)
        if item is None:
            return []
        items.append(item)
    return sorted(items, key=lambda f: -f.start)


ADDED = re.compile(r"加上|再加上")
PAIR_WORD = re.compile(r"两者|二者|三者")
#: words that make a total one of some of the items listed: ``前两项合计``, ``最多的两个区合计``, ``除…外``
SOME_OF_THEM = re.compile(r"前[两二三四五六七八九十\d]|后[两二三四五六七八九十\d]|最[多少大小高低]的|除[^，。；]{1,12}外|其余")
#: a sentence opened by the count of the items it totals: ``两项合计``, ``三者合计``, ``上述两笔``
COUNT_OPENS = re.compile(r"(?:以上|上述)?(?:[两二三四五六七八九十](?:项|类|笔|部分|个项目)|两者|二者|三者)(?:资金|费用|支出|收入)?"
                         r"(?:合计|共计|总计|累计)")


def _added_to(document: Document, figures: list[Figure], first: Figure) -> Figure | None:
    """``A，加上 B …`` (or ``A。加上 B …`` opening the next sentence): the figure B is added to, in B's unit."""
    start = document.sentence_start(first.start)
    for i in range(first.index - 1, max(first.index - 1 - BACK, -1), -1):
        figure = figures[i]
        if figure.same(first) and _plain(figure):
            if _aside_of_added(document, figure):
                continue
            gap = document.between(figure, first)
            opens = figure.start < start and not document.raw[start:min(first.start, start + 40)].split("加上")[0].strip()
            return figure if ("加上" in gap and figure.start >= start) or opens else None
    return None


#: the part a bare share names before 占比 (``二产占比首次超过四成``: 二产)
SHARE_OF_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)占比")
#: a share's own subject, three characters or more, right before 占 (``中等以上小麦占``)
SHARE_SUBJECT = re.compile(r"(?:^|[，,、])(?!其中)(?P<name>[\u4e00-\u9fff]{3,10})占(?:比)?(?:为|达到?)?$")


def _names_another_part(share: Figure, parts: list[Figure]) -> bool:
    """A bare share after a 其中 list that names, before 占比, one of the parts other than the last (``其中，一产 a，二产
    b，三产 c，二产占比超过四成``): it is that part's share, not the last one's, so it is not paired with the last."""
    named = SHARE_SUBJECT.search(share.clause)
    if named and not any(bigrams(named.group("name")) & bigrams(p.clause) for p in parts):
        return True         # 其中一等品 a，一等品率 r，中等以上小麦占 s%: a share of what no part names, not the last's
    found = SHARE_OF_NAMED.search(share.clause)
    if found is None:
        return False
    name = found.group("name")
    return len(parts) >= 2 and name not in parts[-1].clause and any(name in part.clause for part in parts[:-1])


def _aside_of_added(document: Document, figure: Figure) -> bool:
    """A figure before ``加上`` that is not what the items are added to: a part after 其中 (``收入 A。其中，土地出让收入
    a，占 s%。加上 B …``: A is the first term, not a) or the budget an outcome is compared with (``支出 A，为调整预算 P
    的 r%。加上 B …``: A, not P)."""
    said = document.raw[document.sentence_start(figure.start):figure.start]
    return "其中" in said or bool(PLANNED.search(figure.lead)) \
        or bool(re.match(r"的(?:比重|比例)?(?:为)?\d", document.raw[figure.end:figure.end + 6]))


def _joined_ratio(document: Document, figures: list[Figure], figure: Figure) -> bool:
    """True when ``figure`` continues a split (``a:b`` with ``figure`` as ``b``)."""
    if figure.index == 0:
        return False
    previous = figures[figure.index - 1]
    return previous.kind == "ratio" and bool(RATIO_SEPARATOR.match(document.between(previous, figure)))


def split_finding(run: list[Figure], description: str, assumption: str, only_if_consistent: bool = False,
                  total: Figure | None = None, doubt: str = "") -> Finding:
    """A check that the shares of ``run`` add up to 100 — or to ``total``, a printed 100.0 closing them — to their
    rounding, named after its first share. A comparison, not a sum: shares missing 100 by points are no near miss."""
    names = [f"share{n}" for n in range(1, len(run) + 1)]
    summed = " + ".join(names)
    uses = dict(zip(names, (f.claim_id for f in run)))
    if total is not None:
        uses["total"] = total.claim_id
    whole = "100" if total is None else "total"
    return Finding("split", f"auto-split-{run[0].start}", {
        "description": description, "uses": uses,
        "formula": f"{summed} >= {whole} >= {summed}", "unit": "comparison", "lowered_unit": "percent",
        "assumptions": [assumption]}, doubt, only_if_consistent=only_if_consistent)


def _split(document: Document, figures: list[Figure], first: Figure, industries) -> Iterator[Finding]:
    """``三次产业结构为 a:b:c``: shares that sum to 100, each recomputed from its industry where stated."""
    run = [first]
    for figure in figures[first.index + 1:first.index + 12]:
        if figure.kind == "ratio" and RATIO_SEPARATOR.match(document.between(run[-1], figure)):
            run.append(figure)
        else:
            break
    total = sum(f.value for f in run)
    shares_like = all(f.value < 100 for f in run) and (
        any("." in f.text for f in run) or 90 <= total <= 110)
    named = SPLIT_LEAD.search(first.lead) or (90 <= total <= 110 and _split_named(document, figures, run))
    if not named or not shares_like or (len(run) < 3 and not 90 <= total <= 110):
        return
    yield split_finding(run, f"the split {':'.join(f.text for f in run)} adds up to 100",
                        f"{':'.join(f.text for f in run)} are percentage shares of one whole "
                        f"({first.lead.strip('，,：:')[-12:]})")
    if "产业" in first.lead and len(run) == 3:
        groups = [g for g in industries.get(first.section, []) if g[1].start < first.start]
        if groups:
            group, whole = groups[-1]
            for part, share in zip(sorted(group, key=lambda f: f.start), run):
                yield _share(part, whole, share, f"the split's terms are the three industries' shares of "
                                                 f"{whole.text}, in order")


def _split_named(document: Document, figures: list[Figure], run: list[Figure]) -> bool:
    """A run of ratios whose words make it a split though they name no 结构 or 比例 before it: a division by it
    (``省、市、县三级储备按 70:20:10``, ``按约 66:24:10``), a share or a ratio of named items (``三者占比为 57.1:35.2:7.7``,
    ``普职招生比为 58.3:41.7``), ``的比例`` after it (``按研发补助、平台建设、人才引进 60:25:15 的比例安排``), or a split it
    follows in its sentence (``结构由上年的 12.3:39.6:48.1 调整为 11.8:40.2:48.0``). The caller asks the terms to add
    up to about 100 too (``按 1:1 配套``, ``生师比为 15.04:1`` are no split)."""
    first = run[0]
    if SPLIT_BY.search(first.lead) or SPLIT_AFTER.match(document.raw, run[-1].end):
        return True
    if first.index == 0 or not SPLIT_AGAIN.match(first.lead):
        return False
    before = figures[first.index - 1]
    if before.kind != "ratio" or before.sentence != first.sentence:
        return False
    opening = before
    while opening.index > 0 and figures[opening.index - 1].kind == "ratio" \
            and RATIO_SEPARATOR.match(document.between(figures[opening.index - 1], opening)):
        opening = figures[opening.index - 1]
    return bool(SPLIT_LEAD.search(opening.lead))


TOTAL_SUFFIX = re.compile(r"(?:总数|总额|总量|总值|总计|合计)$")
#: the word a figure's name ends with that says what is measured (专利授权量, 从业人数, 营业额), dropped to compare
MEASURE_SUFFIX = re.compile(r"(?:总数|总额|总量|总值|总计|合计|数量|量|数|额|值)$")


def _back(figures: list[Figure], figure: Figure, steps: int):
    for i in range(figure.index - 1, max(figure.index - 1 - steps, -1), -1):
        yield figures[i]


def _named_before(figures: list[Figure], figure: Figure, words: re.Pattern) -> Figure | None:
    return next((f for f in _back(figures, figure, BACK) if f.amount and words.search(f.clause)), None)
