"""Relations found by arithmetic: a stated quotient or total that no finder could tie to its figures by its words,
tried against the figures around it and shown only where they fit.

The other finders read a relation from its words (``占 W 的``, ``人均``, ``其中``, ``合计``) and judge it, so they may
accuse. Many relations are written in words no table holds: ``综合毛利率为 24.37%``, ``病床使用率为 82.6%``,
``平均住院日为 8.6日``, ``医护比为 1:1.15``, a list of parts after its total with no 其中. Here such a figure is tried
against the figures before it:

* a **quotient** — a percent that is no growth rate, a figure whose words say it is one (均, 平均, 每, 率, 比, 强度,
  周期), or a multiple (是…的 N倍) — as a part near it (in its paragraph, at most :data:`NEAR` figures before it) over
  a whole: first one in its paragraph (or stated after it in its sentence), then the report's population, then an
  earlier figure whose words share a pair of characters with the quotient's sentence, then (only when exactly one
  pair fits) an earlier figure of the part's unit that no later one exceeds — a whole the text goes on to break down;
  an average may also divide a figure named as it is (however far back: the nearest so named and the first the
  report states) over the count its words name (户均 over 户), one near it, the population or a figure its sentence
  names; a whole the report gives the short name its sentence uses (``净利润（以下简称“净利润”）``) is tried however
  far back; a whole in another unit of its kind is converted (公顷 over 平方公里). ``每百万``, ``每千``, ``每万``,
  ``每10万`` and ``月均`` scale it as their words say (read in the text: ``每百万`` is a figure of its own to the
  parser); a rate per 1,000 or more named by a pair of characters only is of the largest figure so named, never a
  part of it; an average that is a count (人均保障旅客 3,784人次) divides a count of its own unit (or of people and
  their visits). A coarse quotient (``0.52件``: :data:`NAMED_PRECISE`) is fitted only over the one whole its words name;
* a **gap of two growth rates** (``增速比 X 高 d个百分点``) — a rate near it less the rate of what its words name;
* a **split** — shares of one whole listed in turn (``职工中，A 占 a%，B 占 b%，…，其他占 z%``, ``占比分别为 a%、b%和c%``)
  that add up to 100: every part of the whole is listed;
* a **total** — a plain amount — as the sum of the run of figures of its unit after it (in the next sentence, or in
  its own when the parts are named as its kinds; from a word that opens a breakdown: 其中, 分别为, 按…分), before it
  (when its words say it sums: 合计, 以上), or of a list opened by 分…看/按…分 further down when it is given closely —
  or of a list no words open, in one sentence, when the total is given closely and every part to four digits.

Only what fits is kept, to the rounding the text allows (each figure's interval from the ledger; a count written as a
whole number taken as exact), and only where a fit is evidence: precise figures (:data:`PRECISE`, :data:`OPERAND`,
:data:`DIGITS`), a slack of at most :data:`SLACK` of the stated figure, a run of parts that ends where its list ends,
no figure per something (每股, 每亩) as an operand or a part, no item of a list as the total of its siblings, and
where the words name the part and the whole (``赔付支出占保费收入的``) only figures named so. A fit is never an
accusation: without words the figures that were meant are unknown, so a figure nothing fits is simply not checked.
Each check says it was found by arithmetic (:data:`~.finding.FITTED`) and which figures it took, so a reader can see
whether the text means them — a fit over the wrong whole confirms the arithmetic of a wrong figure (净利率 over
营业成本), which only the words can refute.

>>> from helpers.claims.relations import find_in_text
>>> [(c.check_id, c.description) for c in find_in_text(
...     "全年实现营业收入286.47亿元。实现毛利69.81亿元，综合毛利率为24.37%。") if c.check_id.startswith("auto-fit")]
[('auto-fit-share-35', '24.37% fits 69.81亿元 over 286.47亿元')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Iterator

from helpers.claims.relations.finding import FITTED, Finding
from helpers.claims.relations.passage import Document, Figure, bigrams, unit_name
from helpers.claims.relations.shares import _only_one_so_named, whole_names
from helpers.claims.relations.totals import _share, core_name, other_year, split_finding
from helpers.claims.relations.words import (
    ALIAS, BASE_LEAD, CHANGE_VERBS, COMPARED, FROM_LEAD, ACCOUNT_SUFFIX, COMPARED_WITH, GAP_OTHER, GAP_BEYOND, NAMED_COMPARISON, OF_THE_FIGURE_BEFORE, OTHER_TIME, PER_SOMETHING, RATE_LEAD,
)

NEAR = 6             # figures before a quotient, in its paragraph, that may be its part
BACK = 12            # figures before a quotient, in its paragraph, that may be its whole
EARLIER = 80         # figures before a quotient, anywhere in the report, that may be its whole when named
RUN = 10             # figures of a run of parts at most
PRECISE = 0.007      # a stated figure is fitted only if its rounding is within this share of it (24.37%, 8.6日: yes;
                     # 20%, 2.0: no — a coarse figure fits too many pairs by chance)
NAMED_PRECISE = 0.02  # a coarser figure (0.62件, 8.84座) is fitted only over the one whole its words name (the named tier)
OPERAND = 0.02       # nor with operands rounded more coarsely than this (5万人: no)

#: the words of a figure that is a quotient of two others
QUOTIENT_WORDS = re.compile(r"均|平均|每|率|比|强度|周期|密度|系数|水平")
#: words that make a percent a change or a comparison, not a quotient of two stated figures
NOT_QUOTIENT = re.compile(f"(?:{COMPARED})|{CHANGE_VERBS}|增速|增幅|涨幅|降幅|跌幅|拉动|贡献|压缩|缩短|节约|节省|"
                          r"高出|低于|高于|快于|慢于|年均|可比|目标|力争|预计|左右|以上|以下|不低于|不超过|超过|不少于")
#: a lead that only joins a figure to the one before (``分别压缩 12.4%和 8.3%``): the words before that one name it too
JOINER = re.compile(r"^\s*(?:和|与|及|、|，|,)\s*$")
#: the verb before a level reached (``森林覆盖率提高到 47.3%``, ``缩小到 2.09``)
LEVEL_REACHED = re.compile(f"(?:{CHANGE_VERBS})(?:到|至)$|(?:增至|降至|升至)$")
DIGITS = 2           # an operand of a quotient has at least this many significant digits (5个 over 40个: no)
TOTAL_DIGITS = 2     # a total fitted by its parts at least this many
#: the words of a total stated after its parts (``以上合计``, ``两类共``, ``总计``, ``全部``)
SUMMED = re.compile(r"合计|共计|总计|总|共|全部|以上|两者|三者|两类|三类|两项|三项")
#: the words between a total that is itself an item of a list (``其中，幼儿园 92所，小学 51所，初中 28所…``) and its own
#: parts: without them the items after it are its siblings (92 = 51 + 28 + 9 + 4 by chance)
LISTED = re.compile(r"其中|包括|含|分别|中[，,：:]|[：:]")
BREAKDOWN = re.compile(r"其中|包括|含|分别|中[，,：:]|[：:（(]|分[^，。；]{1,6}看|按[^，。；]{1,6}分")
#: the words before a multiple of two figures: ``是上年的``, ``相当于全省平均水平的``, ``的``
MULTIPLE_OF = re.compile(r"的(?:近|约)?$")
#: what a quotient's words scale it by: per 1,000, per 10,000, per 100,000, per hundred, a month of a year's total
SCALES = ((re.compile(r"每(?:100|一百|百)万"), 1_000_000.0, "per million"),
          (re.compile(r"每(?:10|十)万|/10万|/十万"), 100_000.0, "per 100,000"),
          (re.compile(r"每万"), 10_000.0, "per 10,000"),
          (re.compile(r"每千"), 1_000.0, "per 1,000"),
          (re.compile(r"每百(?!分)"), 100.0, "per hundred"),
          (re.compile(r"月人?均|每人每月|人均每月|每月"), 1 / 12, "a month of the year's"))
SCALE_REACH = 24     # characters of a quotient's clause before it read for its scale
#: units that count people or their visits: an average of one may divide a total of another (就诊 7.94次 per head)
VISITS = frozenset({"人", "名", "位", "人次", "次"})
#: kinds that are measured in their unit: a quotient of that kind divides a figure of the same kind
MEASURED = frozenset({"money", "area", "weight", "volume", "energy"})


def find(document: Document) -> Iterator[Finding]:
    """Fits for every stated figure that reads as a quotient and every plain total; :func:`~.finding.to_checks`
    keeps one only where its figures fit and no finder reading words has judged its stated figure."""
    for figures in document.paragraphs:
        for figure in figures:
            if _precise(figure, NAMED_PRECISE):
                scale = _quotient(document, figure)
                if scale is not None:
                    yield from _fit_quotient(document, figures, figure, *scale,
                                             named_only=not _precise(figure, PRECISE))
            if _total(figure) and _precise(figure, OPERAND) and digits(figure) >= TOTAL_DIGITS:
                yield from _fit_sum(document, figures, figure)
            if figure.plain and _opens_list(document, figures, figure):
                yield from _fit_earlier_total(document, figures, figure)
            elif figure.plain and _opens_run(figures, figure):
                yield from _fit_earlier_total(document, figures, figure, opened=False)
            if figure.unit == "个百分点":
                yield from _fit_rate_gap(document, figures, figure)
            if figure.unit == "%" and _opens_shares(document, figures, figure):
                yield from _fit_shares_split(document, figures, figure)


def _precise(figure: Figure, width: float) -> bool:
    """A figure given closely enough (its interval within ``width`` of it on either side) and positive."""
    return figure.value > 0 and figure.low > 0 and figure.high - figure.value <= width * figure.value \
        and figure.value - figure.low <= width * figure.value


def _quotient(document: Document, figure: Figure) -> tuple[float, str] | None:
    """(the factor, its words) when ``figure`` reads as a quotient of two others, else None."""
    words = figure.clause
    lead = figure.lead
    if JOINER.match(lead) and figure.index > 0:
        before = document.by_paragraph[figure.paragraph][figure.index - 1]
        lead = before.lead + before.text + lead
    lead = LEVEL_REACHED.sub("", lead)          # 提高到 47.3%: the level reached, not the change
    if NOT_QUOTIENT.search(lead) or RATE_LEAD.search(lead) or BASE_LEAD.search(lead) or FROM_LEAD.search(lead) \
            or NAMED_COMPARISON.search(lead) or COMPARED_WITH.search(lead):           # 比迅通速运低 1.21元: a difference of two named figures
        return None              # 由上年的 0.576 提高到 0.582: last year's figure, whose terms are not stated
    # the scale as written in the figure's clause, read in the text (每百万旅客投诉率: 百万 is a figure of its own)
    written = re.split(r"[，,；;：:]", document.said(figure, SCALE_REACH))[-1]
    scaled = next(((factor, why) for pattern, factor, why in SCALES if pattern.search(written + figure.text)), None)
    if figure.unit == "%":
        return (100.0, "") if scaled is None or scaled[0] != 100_000.0 else (100.0, "per 100,000")
    if figure.unit == "倍":          # 是 … 的 2.36倍, 相当于 … 的: a multiple of two figures (not 增长 2倍)
        return (1.0, "times") if MULTIPLE_OF.search(words) else None
    if figure.kind in ("date", "year", "percent") or figure.unit == "个百分点" or not QUOTIENT_WORDS.search(words):
        return None
    return scaled or (1.0, "")


def _fit_quotient(document: Document, figures: list[Figure], stated: Figure, factor: float,
                  why: str, named_only: bool = False) -> Iterator[Finding]:
    """The first tier of operands where a figure near ``stated`` and another give it, to the rounding (nearest
    first): over a whole in its paragraph, the report's population, an earlier figure named alike, or (the only pair
    that fits) any earlier figure; an average may also divide a figure named alike over one near it (灌溉用水 T … 灌溉
    面积 N亩，亩均用水量 a) or over the population (生活用水量 T … 人均生活用水量 a)."""
    near = [f for f in figures[max(0, stated.index - NEAR):stated.index] if _operand(f, stated)]
    after = [f for f in figures[stated.index + 1:stated.index + 4] if f.sentence == stated.sentence
             and _operand(f, stated)]         # 净息差为 1.86%（…生息资产平均余额 W）: a whole stated after it
    paragraph = [f for f in figures[max(0, stated.index - BACK):stated.index] if _operand(f, stated)][::-1] + after
    before = figures[max(0, stated.index - EARLIER):stated.index][::-1]      # nearest first, then earlier paragraphs
    previous = document.earlier(figures[0].start, EARLIER)
    earlier = [f for f in previous if _operand(f, stated)]
    said = document.said(stated, SAID_REACH) + stated.clause
    sentence = bigrams(said)
    named = [f for f in earlier if bigrams(f.clause) & sentence]
    # the same beyond the figures looked back over, through the report's index of names: the nearest few figures
    # named with each pair of characters of the sentence
    seen = set(map(id, earlier))
    # and the first figure the report names so: the total its lead states (共接报火灾 18,642起) that later parts are of
    far = {id(f): f for pair in sentence
           for f in [*document.named(_pairs, pair, figures[0].start, FAR_NAMED),
                     document.first_named(_pairs, pair, figures[0].start)]
           if f is not None and id(f) not in seen and _operand(f, stated)}
    far_named = sorted(far.values(), key=lambda f: -f.start)
    population = [f for f in document.populations if f.start < stated.start and _operand(f, stated)]
    share = stated.unit == "%"
    so_named = _so_named(document, stated)
    # a rate per 1,000 or more (每百万件丢失破损率) named by a pair of characters only is of the largest figure of its
    # unit so named (业务量 19.87亿票, not 电商件业务量 15.26亿票, a part of it)
    named_wholes = named if factor < 1_000 else _largest(named)
    aliased = [f for f in document.named(_aliased, ALIASED, figures[0].start, ALIASES)
               if _operand(f, stated) and _aliased_name(f) in said]
    tiers = [("its paragraph", near, paragraph, False), ("the report's population", near, population, False),
             (NAMED_TIER, near, so_named, True),
             ("the figure the report gives the short name its sentence uses", near, aliased, True),
             ("an earlier figure named alike", near, named_wholes, False),
             (FAR_TIERS[0], near, far_named, True), (FAR_TIERS[1], [*named, *far_named], paragraph, True),
             ("an earlier figure of its unit that no later one exceeds, the only one that fits", near,
              _unexceeded(before + previous, earlier) if factor < 1_000 else _largest(earlier), True)]
    if not share:                   # the average's own words name what it divides (亩均用水量: 灌溉用水 T)
        measured = _measured(document, figures, stated, [*paragraph, *earlier])
        per = PER_COUNTED.search(stated.clause)      # 户均资产规模: over a count of 户 (or 家)
        counted = [f for f in [*before, *earlier] if per and f.unit in COUNTED_UNITS[per.group(1)]
                   and _operand(f, stated)]
        tiers += [("a figure named as the average is over the count its words name, the only pair that fits",
                   measured, counted, True),
                  ("a figure named as the average is over one near it, the only pair that fits", measured, near, True),
                  ("a figure named as the average is over the report's population, the only pair that fits", measured,
                   population, True),
                  ("a figure named as the average is over one its sentence names, the only pair that fits", measured,
                   named_wholes, True)]
    if named_only:                  # a coarse figure fits too many pairs by chance: only over the whole it names
        tiers = [t for t in tiers if t[0] == NAMED_TIER]
    for tier, parts, wholes, alone in tiers:
        far_tier = tier in FAR_TIERS
        fits = [(part, whole) for part in (parts if parts is not near else reversed(parts)) for whole in wholes
                if part is not whole and _compatible(part, whole, stated)
                and _fits(part, whole, stated, factor, NAMED_SLACK if named_only else SLACK)
                and _as_named(stated, part, whole) and not (far_tier and _far_doubt(stated, near, part, whole))]
        if alone and len(fits) != 1:
            continue
        if fits:
            part, whole = fits[0]
            # the same figure stated again nearer (5,046人 in one paragraph, 在5,046名…中 in the next): the nearer
            whole = max((f for f in [*paragraph, *earlier] if f.value == whole.value and f.alike(whole)
                         and f is not part), key=lambda f: f.start, default=whole)
            yield _finding(stated, part, whole, factor, why, tier)
            return


def _so_named(document: Document, stated: Figure) -> list[Figure]:
    """The wholes ``stated``'s own words name, however far back (``占行政村总数的`` over ``全县…186个行政村``,
    ``每万名就业人员`` over ``全社会就业人员 286.4万人``, ``是全省平均水平的``): figures of the report before it whose
    name (:func:`~.shares.whole_names`, three characters or more) its words after the part hold — after ``占`` or
    ``相当于`` when they say so — each the only figure of its unit so named, of the quotient's year, no target
    (:func:`~.shares._only_one_so_named`). Looked up in the report's index of names, in constant time."""
    words = _whole_words(document, stated)
    if len(words) < 3:
        return []
    wanted = [words[i:j] for i in range(len(words)) for j in range(i + 3, min(len(words), i + NAME_LONGEST) + 1)]
    found: dict[int, Figure] = {}
    for name in wanted:
        for figure in document.named(whole_names, name, stated.start):
            if id(figure) not in found and _operand(figure, stated):
                found[id(figure)] = figure
    return [f for f in sorted(found.values(), key=lambda f: -f.start) if _only_one_so_named(document, f, stated, wanted)]


NAME_LONGEST = 16    # characters of the longest name of a whole looked up
#: the verb that names a quotient's whole after its part (``占``, ``相当于``, ``是…的``): the words after it name the whole
WHOLE_VERB = re.compile(r".*(?:占|相当于)")


def _whole_words(document: Document, stated: Figure) -> str:
    """The words of ``stated``'s lead that may name its whole: after 占/相当于 when there is one (also for the second
    of ``分别占 W 的 x%和y%``), else its lead."""
    lead = stated.lead
    if JOINER.match(lead) and stated.index > 0:
        before = document.by_paragraph[stated.paragraph][stated.index - 1]
        lead = before.lead + before.text + lead
    lead = SENTENCE_CUT.sub("", lead)
    return WHOLE_VERB.sub("", lead)


SENTENCE_CUT = re.compile(r".*[。；;！？]")


def _far_doubt(stated: Figure, near: list[Figure], part: Figure, whole: Figure) -> bool:
    """A pair with a figure from beyond the figures looked back over is no evidence when the two are equal (97个 over
    another 97个: any 100% fits), or when its part is far, a figure near the quotient is of the part's unit and the
    quotient's own words do not hold its name (可售面积 a … 月均销售面积 m，去化周期为: a, not a sold area pages before,
    is what m divides; 趸交保费 b is no part of 车险保费收入 a，占财产险保费的; 财产自给率（一般公共预算收入与支出之比）
    names 一般公共预算收入 R however far)."""
    if part.value == whole.value:
        return True
    if part not in near and whole.index == stated.index - 1 and whole.sentence == stated.sentence \
            and OF_THE_FIGURE_BEFORE.match(stated.lead):
        return True         # 车险保费收入 a，占财产险保费的 s%: a is the part the share is of, not a whole
    return part not in near and any(f is not whole and f.alike(part) for f in near) \
        and not any(len(name) >= 3 and name in stated.clause for name in _bare_names(part))


def _bare_names(figure: Figure) -> list[str]:
    """A figure's names (:func:`~.shares.whole_names`), also without a word that says which account of it is given
    (一般公共预算收入决算数 → 一般公共预算收入: :data:`~.words.ACCOUNT_SUFFIX`)."""
    found = list(whole_names(figure))
    return found + [ACCOUNT_SUFFIX.sub("", n) for n in found if ACCOUNT_SUFFIX.search(n)]


#: the tier whose whole the quotient's own words name (``占行政村总数的``, ``每万人次门急诊``)
NAMED_TIER = "the one figure of the report named as its words name its whole"
#: the tiers whose operand may stand anywhere before the quotient, found by its name (:func:`_far_doubt` applies)
FAR_TIERS = ("a figure named alike anywhere before it, the only pair that fits",
             "an earlier figure named alike over one in its paragraph, the only pair that fits")
FAR_NAMED = 4        # figures named with one pair of characters looked up in the whole report
MEASURED_NAMED = 12  # the same for the total an average's own words name (人均保障旅客: 旅客), paired with its count
SAID_REACH = 120     # characters of a figure's sentence before it whose words may name an operand (a sentence with no
                     # end, a list run on for pages, is read no further back, so finding stays linear)


ALIASED = "aliased"
ALIASES = 8          # figures given a short name (以下简称) looked up before a quotient


def _aliased(figure: Figure) -> tuple[str, ...]:
    """:data:`ALIASED` for a figure the report gives a short name (``净利润（以下简称“净利润”）1,986.4亿元``): the key of
    the report's index of such figures."""
    return (ALIASED,) if _aliased_name(figure) else ()


@lru_cache(maxsize=8192)
def _aliased_name(figure: Figure) -> str:
    """The short name the report gives ``figure`` (以下简称), at least two characters, else empty."""
    found = ALIAS.search(figure.clause)
    return found.group("alias") if found and len(found.group("alias")) >= 2 else ""


def _pairs(figure: Figure) -> frozenset[str]:
    """The pairs of characters of a figure's words: its keys in the report's index of names."""
    return bigrams(figure.clause)


#: an average per a unit its words name (户均, 人均, 亩均, 场均 …) and the units that count it
PER_COUNTED = re.compile(r"([户人亩])均")
COUNTED_UNITS = {"户": ("户", "家"), "人": ("人", "名"), "亩": ("亩",)}


def _measured(document: Document, figures: list[Figure], stated: Figure, looked: list[Figure]) -> list[Figure]:
    """The totals an average's own words name (亩均用水量: 灌溉用水 T): of the figures ``looked`` at, those sharing a
    pair of characters with its words; then those named so pages before, through the report's index — the nearest
    few and the first the report states (人均保障旅客: the lead's 旅客吞吐量 T, a dozen 旅客 figures between)."""
    own = bigrams(stated.clause)
    found = {id(f): f for f in looked if bigrams(f.clause) & own}
    for pair in own:
        for figure in [*document.named(_pairs, pair, figures[0].start, MEASURED_NAMED),
                       document.first_named(_pairs, pair, figures[0].start)]:
            if figure is not None and id(figure) not in found and _operand(figure, stated):
                found[id(figure)] = figure
    return list(found.values())


def _largest(candidates: list[Figure]) -> list[Figure]:
    """Of ``candidates``, each that no other of its unit exceeds: the whole a rate per 1,000 or per million is of
    (业务量 19.87亿票 before its part 电商件 15.26亿票, over which a coincidence may fit)."""
    return [f for f in candidates if all(g.value <= f.value for g in candidates if g.alike(f))]


def _unexceeded(before: list[Figure], candidates: list[Figure]) -> list[Figure]:
    """Of ``candidates``, those no figure of their unit between them and the quotient exceeds (``before``: every
    figure before it, nearest first): the wholes the text goes on to break down (全省税收收入 in the lead), not a figure
    of one of its parts (幼儿园教师 12.97万人 before 普通本专科在校生 132.58万人)."""
    most: dict[tuple[str, str], float] = {}
    wanted = set(map(id, candidates))
    kept = []
    for figure in before:
        key = (figure.kind, figure.unit)
        if id(figure) in wanted and figure.value >= most.get(key, 0.0):
            kept.append(figure)
        most[key] = max(most.get(key, 0.0), figure.value)
    return kept


def _operand(figure: Figure, stated: Figure) -> bool:
    """A figure that may be a quotient's part or whole: a plain amount (no change, base or rate) or an average per
    head (a share of 人均可支配收入), given closely and with :data:`DIGITS` significant digits, never a figure per
    something else (每股净资产, 每10股派)."""
    return figure is not stated and _may_divide(figure)


@lru_cache(maxsize=8192)
def _may_divide(figure: Figure) -> bool:
    return _total(figure) and _precise(figure, OPERAND) and digits(figure) >= DIGITS and not PER_SOMETHING.search(figure.clause)


def _total(figure: Figure) -> bool:
    """A plain amount, or an average per head (人均可支配收入 is the sum of its four sources)."""
    return figure.plain or (figure.amount and bool(PER_HEAD.search(figure.clause)) and not figure.lead.endswith("为")
                            and not RATE_LEAD.search(figure.lead) and not NOT_QUOTIENT.search(figure.lead))


#: an average per head: the parts of income and spending are stated as such
PER_HEAD = re.compile(r"^[^，。；\d]{0,8}人均[^，。；\d]{0,10}(?:收入|支出|消费)")


NUMBER = re.compile(r"\d[\d,，]*(?:\.\d+)?")


def digits(figure: Figure) -> int:
    """How many significant digits the figure is written with (1,286.5亿元: 5; 0.41亿吨: 2; 40个: 2)."""
    number = NUMBER.search(figure.text)
    return len(re.sub(r"\D", "", number.group(0)).lstrip("0")) if number else 0


def _compatible(part: Figure, whole: Figure, stated: Figure) -> bool:
    """A share is of two figures of one unit; a quotient of a measured kind divides a figure of that kind."""
    if _head(part) != _head(whole):
        return False                  # a share of an average per head is of another average per head
    if stated.unit == "%":
        return part.alike(whole) or part.scale(whole) is not None \
            or (part.kind == whole.kind == "count" and "率" in stated.clause
                and part.sentence == whole.sentence == stated.sentence)
    if stated.kind in MEASURED:
        return part.kind == stated.kind
    if stated.kind == "count" and stated.unit:      # 人均每日派送快件 183件 divides 件, never 快递员 1.52万人; 平均每
        return part.alike(stated) or {part.unit, stated.unit} <= VISITS   # 班次载客 67.8人 divides 旅客 86.14万人次
    return True


#: a share whose words name its part and its whole: ``赔付支出占保费收入的比重为 s%``
SHARE_NAMED = re.compile(r"(?P<part>[^，。；、\d]{2,16}?)占(?!比)(?P<whole>[^，。；、\d]{2,16}?)的?(?:比重|比例|份额)?(?:为|是|达到?)?$")
#: pairs of characters that name no part or whole: places, the year, list words
UNNAMING = frozenset({"全市", "全省", "全县", "全年", "全区", "全国", "分别", "其中", "合计", "共计"})


def _as_named(stated: Figure, part: Figure, whole: Figure) -> bool:
    """Where the words name the part and the whole (``赔付支出占保费收入的``), the figures fitted are named so too: a
    pair of characters of each name in the figure's words."""
    named = SHARE_NAMED.search(stated.clause)
    if named is None:
        return True
    part_words = bigrams(named.group("part")) - UNNAMING
    whole_words = bigrams(named.group("whole")) - UNNAMING
    return (not part_words or bool(part_words & bigrams(part.clause))) and \
        (not whole_words or bool(whole_words & bigrams(whole.clause)))


def _head(figure: Figure) -> bool:
    return not figure.plain


#: the slack a fit may have: the recomputed interval and the stated one together at most this share of the stated
#: figure wide (70个 over 90个, each ±0.5, spans 76.8–78.8%: 2.7% of a stated 78.8% — any figure near it would fit)
SLACK = 0.015
NAMED_SLACK = 0.05   # the same over the one whole a coarse quotient's words name (0.52件 per 10,000: ±1%)


def _bounds(figure: Figure) -> tuple[float, float]:
    """A figure's interval for a fit: a count written as a whole number (30个, 1,247户) is taken as exact — the ledger
    allows 30个 to be a rounded 29.5–30.5, which would let any figure near a quotient of two counts fit."""
    if figure.kind == "count" and WHOLE_NUMBER.fullmatch(NUMBER.search(figure.text).group(0)) \
            and not re.search(r"[万亿千百]", figure.text):
        return figure.value, figure.value
    return figure.low, figure.high


WHOLE_NUMBER = re.compile(r"[\d,，]+")


def _fits(part: Figure, whole: Figure, stated: Figure, factor: float, slack: float = SLACK) -> bool:
    (part_low, part_high), (whole_low, whole_high) = _bounds(part), _bounds(whole)
    factor = factor / _converted(part, whole)
    low, high = part_low / whole_high * factor, part_high / whole_low * factor
    return low <= stated.high and high >= stated.low \
        and (high - low) + (stated.high - stated.low) <= slack * stated.value




def _converted(part: Figure, whole: Figure) -> float:
    """How many of the part's unit one of the whole's makes: 100 for a share of 公顷 in 平方公里, else 1."""
    return part.scale(whole) or 1.0 if part.kind == whole.kind else 1.0


def _finding(stated: Figure, part: Figure, whole: Figure, factor: float, why: str, tier: str) -> Finding:
    scale = _converted(part, whole)
    kind = "multiple" if stated.unit == "倍" else \
        "share" if stated.unit == "%" and factor == 100.0 and part.value <= whole.value * scale else \
        "rate" if factor >= 1_000 else "ratio" if stated.unit in ("%", "") else "average"
    formula = "part / whole / 12" if factor == 1 / 12 else f"part / whole * {factor:g}" if factor != 1 else \
        "part / whole"
    if scale != 1:                  # 建成区绿地面积 6,424.8公顷 over 建成区面积 168.35平方公里: the whole in the part's unit
        formula = f"part / (whole * {scale:g}) * {factor:g}"
        why = f"{whole.unit} in {part.unit}: × {scale:g}" + (f"; {why}" if why else "")
    return Finding(kind, f"auto-fit-{kind}-{stated.start}", {
        "description": f"{stated.text} fits {part.text} over {whole.text}" + (f" ({why})" if why and why != "times" else ""),
        "uses": {"part": part.claim_id, "whole": whole.claim_id}, "formula": formula, "stated": stated.claim_id,
        "unit": "percent" if stated.unit == "%" else stated.unit or "",
        "assumptions": [
            f"{FITTED}: no words the finders read tie {stated.text} ({stated.clause}) to its figures; {part.text} "
            f"({part.clause}) over {whole.text} ({whole.clause}, {tier}) gives it to the rounding the text allows, "
            "which suggests that is what it means — a coincidence is possible; nothing is accused where no pair fits"]},
        only_if_consistent=True)


def _fit_sum(document: Document, figures: list[Figure], total: Figure) -> Iterator[Finding]:
    """``total`` as the sum of a run of figures of its unit: right before it, right after it, or after it from a
    figure the words open a breakdown with (``其中``, ``分别为``, ``按…分``), as many breakdowns as fit."""
    after = [f for f in figures[total.index + 1:total.index + 1 + 3 * RUN] if f.alike(total)]
    before = [f for f in figures[max(0, total.index - 2 * RUN):total.index] if f.alike(total)][::-1]
    listed = bool(LISTED.search(total.lead))
    if not listed and before and SUMMED.search(total.clause):   # 暴雨 9次、高温 5次、强对流 14次: no 合计, siblings
        parts = _run(document, before, total)
        if parts:
            yield _sum(total, parts, "right before")
    k = 0
    while k < len(after):
        opened = BREAKDOWN.search(document.between(after[k - 1] if k else total, after[k]))
        # with no words opening them, parts follow their total's sentence (总投资 T。基础设施 a，产业 b，民生 c): a list
        # that goes on in the total's own sentence (图书馆 74个，文化馆 46个，博物馆 28个) is of its siblings
        unopened = k == 0 and not listed
        if unopened or opened:
            parts = _run(document, after[k:], total, within=not opened)
            if parts and unopened and not opened and parts[0].sentence == total.sentence \
                    and not _kinds_of(total, parts):
                parts = []          # 图书馆 74个，文化馆 46个，博物馆 28个: siblings, not 医院 218个，公立医院 a，民营医院 b
            if parts:
                yield _sum(total, parts, "right after" if k == 0 else "after")
                k += len(parts)
                continue
        k += 1


def _kinds_of(total: Figure, parts: list[Figure]) -> bool:
    """Every part is named as a kind of the total (公立医院, 民营医院 of 医院)."""
    name = core_name(total)
    return len(name) >= 2 and all(name in part.clause for part in parts)


def _run(document: Document, run: list[Figure], total: Figure, within: bool = False) -> list[Figure]:
    """The shortest run of two or more of ``run`` (figures of the total's unit, in reading order away from it)
    that sums to the total to the rounding and ends where its list does, in text order; empty when none does.
    ``within``: a run no words open stays in one sentence and stops at ；(卫生技术人员 a；城乡低保对象 b are no list)."""
    parts: list[Figure] = []
    for n, figure in enumerate(run[:RUN]):
        if not figure.plain or not _precise(figure, OPERAND) or figure.value >= total.value \
                or PER_SOMETHING.search(figure.clause):          # 每亩 15.8元 is a rate, no part of 38.64亿元
            break
        if within and parts and (figure.sentence != parts[-1].sentence
                                 or re.search(r"[；;]", document.between(parts[-1], figure))):
            break
        parts.append(figure)
        low, high = sum(p.low for p in parts), sum(p.high for p in parts)
        if low > total.high:
            break
        if len(parts) >= 2 and high >= total.low:
            following = run[n + 1] if n + 1 < len(run) else None
            if following is not None and following.plain and not PER_SOMETHING.search(following.clause) \
                    and _listed_with(document, figure, following):
                return []              # 0.68 + 0.52 + 0.64 fits 1.86, but the list goes on (+ 0.22)
            return sorted(parts, key=lambda f: f.start)
    return []


def _listed_with(document: Document, one: Figure, other: Figure) -> bool:
    """Two figures of one list: in one sentence, with no full stop or semicolon between them."""
    first, second = sorted((one, other), key=lambda f: f.start)
    return first.sentence == second.sentence and not re.search(r"[。；;]", document.between(first, second))


#: a total stated before its parts' paragraph is fitted only if given this closely (5,126.48亿元, 5,046名: yes) and
#: with this many significant digits
FAR_TOTAL = 0.001
FAR_TOTAL_DIGITS = 4
#: the significant digits of each part of a run no words open, fitted to a total stated further up
UNOPENED_PARTS = 4
#: and a total named with the words of the list (a pair of characters of the list's opening words or its first part's
#: name in its own words) with this many
NAMED_TOTAL_DIGITS = 3
#: the words that open a list of parts of a whole stated further up (``分季度看，``, ``从单位性质看，``, ``其中，``)
LIST_OPENER = re.compile(r"(?:分[^，。；\d]{1,8}看|从[^，。；\d]{1,8}看|按[^，。；\d]{1,8}分|其中)[，,：:]?"
                         r"(?:[^，。；\d]{2,12}中[，,：:])?[^，。；\d]{0,16}$")       # 从产业分布看，新增就业人员中，第一产业


def _opens_list(document: Document, figures: list[Figure], figure: Figure) -> bool:
    """The first figure after a breakdown's opening words (``分季度看，前三季度收入 a``)."""
    return bool(LIST_OPENER.search(document.raw, max(document.sentence_start(figure.start), figure.start - 30),
                                   figure.start))


def _opens_run(figures: list[Figure], figure: Figure) -> bool:
    """The first figure of its unit in its sentence, another of its unit following in that sentence: a list no words
    open, which may break down a total stated further up (``沪深主板公司营业收入 a，创业板公司 b，科创板公司 c``)."""
    before = figures[figure.index - 1] if figure.index else None
    if before is not None and before.sentence == figure.sentence and before.alike(figure):
        return False
    # the next figure, past the labels of a list of brackets (30岁以下选手 a，30—49岁选手 b: 30—49岁 names b)
    after = next((f for f in islice(figures, figure.index + 1, None) if f.amount or f.unit == "%" or f.kind != "age"),
                 None)
    return after is not None and after.sentence == figure.sentence and after.alike(figure)


def _fit_earlier_total(document: Document, figures: list[Figure], first: Figure,
                       opened: bool = True) -> Iterator[Finding]:
    """The run of figures of ``first``'s unit from it, ending where its list does, as the parts of a total stated
    before them anywhere in the report (``全年税收收入 T。…分季度看，前三季度 a；第四季度 b``): only a total given
    closely (:data:`FAR_TOTAL`), the nearest that fits. A run no words open (``opened`` false) is fitted only to a
    total given so closely, its parts too (:data:`UNOPENED_PARTS`): by chance such a sum is not met."""
    run = [f for f in figures[first.index:first.index + 3 * RUN] if f.alike(first)]
    # a total given closely, or one named with the list's words (从产业分布看，新增就业人员中，第一产业 a … of 城镇新增就业 T)
    # — of the year of the nearest so named: 2023年快递业务量 a。2024年快递业务量 b。按区域分… is a breakdown of b,
    # whatever fits a
    listing = bigrams(document.raw[max(document.sentence_start(first.start), first.start - SAID_REACH):first.start]
                      + first.clause) - UNNAMING
    alike = [f for f in document.earlier(first.start, EARLIER) if f.alike(first) and f.plain]
    named = [f for f in alike if listing & bigrams(f.clause)]
    named = [f for f in named if not other_year(document, f, named[0])]
    candidates = [f for f in alike if (_precise(f, FAR_TOTAL) and digits(f) >= FAR_TOTAL_DIGITS)
                  or (opened and f in named and _precise(f, OPERAND) and digits(f) >= NAMED_TOTAL_DIGITS)]
    # a round total (参赛规模 32,000人, read as possibly rounded) that parts given to four digits or more hit exactly
    # (22,144 + 9,856): a sum landing on the round figure itself is no chance
    rounded = [f for f in alike if f not in candidates and digits(f) >= TOTAL_DIGITS]
    if not candidates and not rounded:
        return
    parts: list[Figure] = []
    for n, figure in enumerate(run[:RUN]):
        if not figure.plain or not _precise(figure, OPERAND) or PER_SOMETHING.search(figure.clause) \
                or (not opened and (figure.sentence != first.sentence or digits(figure) < UNOPENED_PARTS)):
            return
        parts.append(figure)
        low, high = sum(p.low for p in parts), sum(p.high for p in parts)
        following = run[n + 1] if n + 1 < len(run) else None
        if len(parts) < 2 or (following is not None and following.plain and _listed_with(document, figure, following)):
            continue
        total = next((t for t in candidates if t.low <= high and t.high >= low
                      and all(p.value < t.value for p in parts)), None)
        if total is None and all(digits(p) >= UNOPENED_PARTS for p in parts) and high - low <= FAR_TOTAL * high:
            total = next((t for t in rounded if low <= t.value <= high and all(p.value < t.value for p in parts)), None)
        if total is not None:
            yield _sum(total, parts, "listed after it further down")
            yield from _shares_of_fitted(document, figures, parts, total)
            return




def _shares_of_fitted(document: Document, figures: list[Figure], parts: list[Figure], total: Figure) -> Iterator[Finding]:
    """The shares told right after parts whose sum fits a total stated further up, in their sentence and before a
    semicolon: ``男性 a，女性 b，女性占 s%`` (the part its words name), ``30岁以下 a，30—49岁 b，50岁及以上 c，占比分别为
    x%、y%和z%`` (each part in turn) — shares of that total, judged: the parts' sum landing on it says which whole they
    are of."""
    last = parts[-1]
    told = []
    for figure in figures[last.index + 1:last.index + 1 + RUN]:
        if figure.sentence != last.sentence or re.search(r"[；;。]", document.between(told[-1] if told else last, figure)):
            break
        if figure.alike(last):
            break
        if figure.unit == "%":
            told.append(figure)
    if not told:
        return
    whole = f"{len(parts)} parts that sum to {total.text} ({total.clause}) — a sum found by arithmetic, which says " \
            "which whole the share is of"
    if RESPECTIVE_SHARES.search(told[0].lead):
        run = [told[0]]
        for figure in told[1:]:
            if not NEXT_SHARE.match(document.between(run[-1], figure)):
                break
            run.append(figure)
        if len(run) == len(parts):
            for part, share in zip(parts, run):
                yield _share(part, total, share, f"{share.text} is told in turn for {part.text} ({part.clause}), one of "
                                                 f"{whole}")
        return
    for share in told:
        name = _label(share)
        named = [p for p in parts if len(name) >= 2 and name in p.clause]
        if len(named) == 1:
            yield _share(named[0], total, share, f"{name}占 names {named[0].text} ({named[0].clause}), one of {whole}")


#: the words between two shares of one whole listed in turn: ``，国有企业占`` / ``、`` / ``和``
NEXT_SHARE = re.compile(r"^(?:[，,、]|[和及])(?:[^，。；;,、\d%（()）]{1,16}?占(?:比)?(?:为)?)?$")
#: the words that open such a list: ``缴存职工中，国家机关和事业单位占``, ``…商品占比分别为``
#: the words before the shares of a list's parts told in turn (``，占比分别为``, ``，分别占``)
RESPECTIVE_SHARES = re.compile(r"(?:占比|比重|比例)分别为$|分别占[^，。；;\d]{0,12}?的?$")
SHARES_OPENER = re.compile(r"中[，,：:][^，。；;\d]{1,16}?占(?:比)?(?:为)?$|" + RESPECTIVE_SHARES.pattern)


#: a list of shares after a semicolon that closes another (``职工中，A 占 a%，…，其他占 z%；中、低收入占 x%，高收入占 y%``):
#: the same whole told by another of its divisions
NEXT_DIVISION = re.compile(r"^[；;][^，。；;,\d%（()）]{1,16}?占(?:比)?(?:为)?$")


def _opens_shares(document: Document, figures: list[Figure], figure: Figure, depth: int = 0) -> bool:
    """The first of a list of shares of one whole opened as such (``职工中，A 占 a%，B 占 b%``, ``占比分别为 a%、b%``), or
    opening the next division of a whole whose list of shares it follows after a semicolon."""
    before = figures[figure.index - 1] if figure.index else None
    if not SHARES_OPENER.search(figure.lead):
        if depth >= 3 or before is None or before.unit != "%" or before.paragraph != figure.paragraph \
                or not NEXT_DIVISION.match(document.between(before, figure)):
            return False
        first = before                 # the list before the semicolon, back to its first share: opened as such?
        for _ in range(RUN):
            previous = figures[first.index - 1] if first.index else None
            if previous is None or previous.unit != "%" or not NEXT_SHARE.match(document.between(previous, first)):
                break
            first = previous
        return _opens_shares(document, figures, first, depth + 1)
    return before is None or before.sentence != figure.sentence or before.unit != "%" \
        or not NEXT_SHARE.match(document.between(before, figure))


def _fit_shares_split(document: Document, figures: list[Figure], first: Figure) -> Iterator[Finding]:
    """Shares of one whole listed in turn (``缴存职工中，国家机关和事业单位占 a%，国有企业占 b%，…，其他占 z%``; ``吃类、
    穿类和用类商品占比分别为 a%、b%和c%``) that add up to 100 to their rounding: every part of the whole is listed.
    Only a fit (a list may stop short of its whole: 其中 a%、b% of more kinds), and only of two shares or more."""
    run = [first]
    for figure in figures[first.index + 1:first.index + 1 + RUN]:
        if figure.unit != "%" or figure.sentence != first.sentence \
                or not NEXT_SHARE.match(document.between(run[-1], figure)):
            break
        run.append(figure)
    if len(run) < 2:
        return
    listed = "、".join(f.text for f in run)
    complete = _complete_division(document, run)
    if complete:
        yield split_finding(run, f"the shares {listed} add up to 100",
                            f"{listed} are shares of one whole listed in turn, {complete}: every part of the whole is "
                            "listed, each once")
        return
    if not sum(f.low for f in run) <= 100 <= sum(f.high for f in run):
        return
    yield split_finding(run, f"the shares {listed} add up to 100",
                        f"{FITTED}: {listed} are listed in turn as shares of one whole ({first.lead.strip('，,：:')[-16:]}) "
                        "and add up to 100 to their rounding, which suggests they are all its parts; nothing is accused "
                        "where they do not", only_if_consistent=True)


#: the name of one share listed in turn (``，国有企业占``, ``；30岁（含）以下占``), and the names of shares told together
SHARE_LABEL = re.compile(r"(?P<label>[^，。；;,\d%]{1,20}?)占(?:比)?(?:为)?$")
REST_LABEL = re.compile(r"^(?:其他|其它|其余)(?:人员|单位|类型|方面)?$")     # the rest itself, not 其他住房消费提取 (the rest of a sub-list)
BELOW_LABEL = re.compile(r"(?:及|（含）|\(含\))?以下$")
ABOVE_LABEL = re.compile(r"(?:及|（含）|\(含\))?以上$")
REST_LISTED = re.compile(r"(?:和|及|、)(?:其他|其它|其余)[^，。；;\d]{0,24}?(?:占比|比重|比例|占)")


def _label(share: Figure) -> str:
    """The name of the part a share is told for, in its last clause before 占 (``，女性占`` → 女性), or ""."""
    found = SHARE_LABEL.search(re.split(r"[，,；;、]", share.lead)[-1]) if "占" in share.lead else None
    return found.group("label") if found else ""


def _complete_division(document: Document, run: list[Figure]) -> str:
    """Why a list of shares listed in turn covers its whole, each part once, in words — its last part is the rest
    (``其他占 z%``, ``…和其他业态…比重分别为``) or its parts are brackets from one below to one above (``30岁以下占 a%，…，
    50岁以上占 d%``) — else ""."""
    labels = [_label(figure) for figure in run]
    if labels[-1] and REST_LABEL.match(labels[-1]):
        return f"the last the rest ({labels[-1]})"
    if labels[0] and labels[-1] and BELOW_LABEL.search(labels[0]) and ABOVE_LABEL.search(labels[-1]):
        return f"from {labels[0]} to {labels[-1]}"
    if REST_LISTED.search(document.said(run[0], 40)):
        return "named in turn before them, the last the rest"
    return ""


GAP_NEAR = 8         # figures before a gap, in its paragraph, that may be the first rate
GAP_BACK = 40        # figures before it, anywhere in the report, that may be the rate it is compared with


def _fit_rate_gap(document: Document, figures: list[Figure], gap: Figure) -> Iterator[Finding]:
    """``增速比 OTHER 高 d个百分点``: a growth rate near it less the growth rate of what its words name, the only pair
    of growth rates that fits d to the rounding."""
    named = GAP_OTHER.search(gap.clause) or GAP_BEYOND.search(gap.clause)
    if named is None:
        return
    other = named.groupdict().get("other") or named.group("other2")
    if OTHER_TIME.search(other) or RATE_LEAD.search(gap.lead) and OTHER_TIME.search(gap.lead):
        return
    wanted = bigrams(other) - {"增速", "增幅", "平均"}
    near = [f for f in figures[max(0, gap.index - GAP_NEAR):gap.index] if _growth_rate(f)][::-1]
    others = [f for f in [*figures[max(0, gap.index - GAP_NEAR * 2):gap.index][::-1],
                          *document.earlier(figures[0].start, GAP_BACK)]
              if _growth_rate(f) and wanted & bigrams(_said_of(document, f))]
    fits = {(a.claim_id, b.claim_id): (a, b) for a in near for b in others if a is not b and _gap_fits(a, b, gap)}
    if len(fits) != 1:
        return
    [(first, second)] = fits.values()
    high, low = (first, second) if first.value >= second.value else (second, first)
    yield Finding("difference", f"auto-fit-difference-{gap.start}", {
        "description": f"{gap.text} fits {high.text} less {low.text}",
        "uses": {"high": high.claim_id, "low": low.claim_id}, "formula": "high - low", "stated": gap.claim_id,
        "unit": "percentage points",
        "assumptions": [
            f"{FITTED}: {gap.text} compares two growth rates; {first.text} near it and {second.text} (said of "
            f"{_said_of(document, second)[-12:]}, named {other}) are the only such pair that gives it to the rounding "
            "the text allows — a coincidence is possible; nothing is accused where no pair fits"]},
        only_if_consistent=True)


def _growth_rate(figure: Figure) -> bool:
    return figure.unit == "%" and bool(RATE_LEAD.search(figure.lead))


def _said_of(document: Document, rate: Figure) -> str:
    """The words of a growth rate's sentence before it: what it is the growth of — and the name of the level it is
    told with, however long the words between (全社会用电量达到 B，比上年增加 D，同比增长 r%: 全社会用电量)."""
    words = document.raw[max(document.sentence_start(rate.start), rate.start - 30):rate.start]
    members = document.by_paragraph.get(rate.paragraph, [])
    level = next((f for f in reversed(members[max(0, rate.index - LEVEL_BACK):rate.index])
                  if f.sentence == rate.sentence and f.plain), None)
    return level.subject + words if level is not None and level.start < rate.start - 30 else words


LEVEL_BACK = 3       # figures before a growth rate looked back over for the level it is the growth of


def _gap_fits(a: Figure, b: Figure, gap: Figure) -> bool:
    low, high = abs(a.value - b.value) - (a.high - a.low + b.high - b.low) / 2, \
        abs(a.value - b.value) + (a.high - a.low + b.high - b.low) / 2
    return low <= gap.high and high >= gap.low


def _sum(total: Figure, parts: list[Figure], where: str) -> Finding:
    names = " + ".join(p.text for p in parts)
    return Finding("sum", f"auto-fit-sum-{total.start}", {
        "description": f"{names} fits {total.text}",
        "uses": {f"part{n}": p.claim_id for n, p in enumerate(parts, 1)},
        "formula": " + ".join(f"part{n}" for n in range(1, len(parts) + 1)), "stated": total.claim_id,
        "unit": unit_name(total.unit),
        "assumptions": [
            f"{FITTED}: no words the finders read say that {names} make up the whole of {total.text} "
            f"({total.clause}); these {len(parts)} figures of its unit {where} it sum to it to the rounding the text "
            "allows, which suggests they are its parts — a coincidence is possible; nothing is accused where no run fits"]},
        only_if_consistent=True)
