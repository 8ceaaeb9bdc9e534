"""Stated shares of a named whole: ``占 NAME 的比重为 s%``, ``PART占NAME的比重``, ``完成预算的 s%``, ``占全省的``,
rates named by what they count (``结案率``, ``优良天数比率``) and rates whose words name part and whole (城镇化率).

A share's whole is a figure stated *before* it and named for it — exactly (专利授权量 for 专利授权总量) before a name
that only ends with it (外观设计专利授权), then loosely (an abbreviation, the total word dropped, most of its pairs of
characters, a synonym of :data:`~.words.SYNONYMS`); one named in another paragraph is a doubtful reading (shown, not
accused, when it would not fit) unless its name makes it certain: the one figure of the report before the share so
named in its unit — exactly, without a note word (一般公共预算支出决算数, 各项贷款余额) or a verb inside (实现), or by
the end of its name after the report's own place (澜江省全社会用电量) or as a total of the part's subject (医疗卫生机构
总诊疗人次) — of the part's year and period, no target (:func:`_only_one_so_named`). The shares read with the parts
they belong to (其中 … 占 s%, a breakdown's bare 占) are found with those parts in :mod:`~.totals`; here, a bare
占比 in a list whose earlier item named its whole (``…占营业收入的 s1%；乙业务收入 b，占比 s2%``), shares told
respectively (``A a，B b，分别占 W 的 x%和y%``) and a place's share of the province by the name of its measure
(``省会X市R&D经费 a，占全省的`` over ``全省共投入R&D经费``).

>>> from helpers.claims.relations import find_in_text
>>> [(c.check_id, c.formula) for c in find_in_text("全年一般公共预算收入12.0亿元，其中税收收入9.0亿元，税收收入占一般公共预算收入的比重为75.0%。")
...  if c.check_id.startswith("auto-share")]
[('auto-share-46', 'part / total * 100')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import (
    NAMED_LIMIT, Document, Figure, bigrams, earlier_in_brackets, in_brackets, named_apart,
)
from helpers.claims.relations.totals import (
    HEAD_LINES, AMONG as COUNTED_AMONG, ASIDE, BACK, EARLIER, MEASURE_SUFFIX, PARTS_MARK, SECTION_BACK, TOTAL_SUFFIX, WHOLE_MARK, MARK_REACH, _after_mark, _back,
    core_name, _named_before, _plain, _share, names, share_name, sub_period, other_year, told_as_share, year_of,
)
from helpers.claims.relations.words import (
    CORE_PREFIX, FROM_LEAD, INNER_VERB, PLACE_END, SHARE_LEAD, SHARE_SUBJECT_WORDS, TARGET_WORDS, TOTAL_NAME_START, WHOLE_NAME_NOTE, SUBJECT_WORDS, YEAR_FIRST, BASE_LEAD, OTHER_PERIOD, CHANGE_LEAD, NAMED_COMPARISON, NAME_PREFIX, NAME_SUFFIX, PERIOD_NAME, NAMED_SHARES, PLANNED, PLANNED_SHARE_LEAD, MEASURE_WORD, RATE_NAMED, RATE_NOT_NAMED, SYNONYMS,
    COUNTED_RATE, COUNTED_RATE_NOT, SHARE_AFTER_WHOLE, SHARE_CHANGED_TO, VALUE_ADDED, WHOLE_IN_SHARE_LEAD, PLAN_RATE, DONE_WORDS, PLAN_WORDS, PRIOR_PERIOD, ITEM_SHARE,
    GROUP_PER_HEAD, GROUP_BEFORE_HEAD, PER_HEAD_PARTS, COUNTED_HEAD, COUNTED_HEAD_NOUN, ALL_COUNTED, COUNT_UNITS,
)


def find(document: Document) -> Iterator[Finding]:
    """Every stated share of a named whole and every rate named by what it counts, paragraph by paragraph."""
    for figures in document.paragraphs:
        for figure in figures:
            if figure.unit == "%":
                among = list(_share_among(document, figures, figure))
                if among:
                    yield from among
                    continue
                yield from _named_share(document, figures, figure)
                yield from _named_rate(document, figures, figure)
            if figure.unit in ("%", "") and figure.kind in ("percent", "number"):
                yield from _defined_ratio(document, figure)


def _named_share(document: Document, figures: list[Figure], share: Figure, listed: bool = True) -> Iterator[Finding]:
    """``…X，占 NAME 的比重为 s%``: s recomputed from X and the figure named NAME; also 城镇化率 and the like,
    ``PART占NAME的比重为 s%`` with no figure of the part in its sentence (the part named, stated before), and
    ``X，完成预算的 s%`` (a share of the budget or plan named); ``A a，B b，C c，分别占 NAME 的 x%、y%和z%``: each part
    in order with its share (:func:`_respective_shares`)."""
    if listed and RESPECTIVELY.search(share.lead):
        told = list(_respective_shares(document, figures, share))
        yield from told or _respective_named(document, figures, share)
        return
    for pattern, numerator, denominator in NAMED_SHARES:   # 城镇化率, 恩格尔系数
        if pattern.search(share.clause) and _one_of_several(figures, share):
            return          # 城镇、农村居民恩格尔系数分别为 x%和y%: the nearest figures so named are the last one's only
        if pattern.search(share.clause):
            part = _named_before(figures, share, re.compile(numerator))
            whole = _named_before(figures, share, re.compile(denominator)) or next(
                (f for f in figures[share.index + 1:share.index + 3] if f.sentence == share.sentence and f.amount
                 and re.search(denominator, f.clause)), None)          # 森林覆盖率为 s%，国土面积 W: after it
            if part is not None and whole is not None and part is not whole \
                    and not _of_another_group(document, share, pattern, (part, whole)) \
                    and not _named_apart_from(document, share, pattern, (part, whole)):
                yield _share(part, whole, share, f"{pattern.pattern} is {part.text} ({numerator}) over "
                                                 f"{whole.text}")
                return
    if re.fullmatch(r"的(?:比重|比例)?(?:为|是)?", share.lead) and share.index > 1:   # 占耕地总面积 W 的 s%
        whole, part = figures[share.index - 1], figures[share.index - 2]
        if re.search(r"占[^，。；,;\d]{0,16}$", whole.lead) and whole.same(part) and part.amount \
                and part.sentence == share.sentence and whole.amount and not CHANGE_LEAD.search(part.lead) \
                and not BASE_LEAD.search(part.lead):      # 研发人员 a，较上年末增加 d，占…总数 W 的比例: a, not d
            yield _share(part, whole, share, f"占…{whole.text}的{share.text}: the share of {part.text} in {whole.text}")
        else:
            yield from _whole_in_share(document, figures, share)
        return
    inside = list(_whole_in_share(document, figures, share))    # 占全市 W 个住宅小区的 s%, 占…面积（W）的比重为 s%
    if inside:
        yield from inside
        return
    per_head = list(_per_head_share(document, figures, share))     # 人均财产净收入 a，增长 g%，占 s% (of 人均可支配收入)
    if per_head:
        yield from per_head
        return
    completed = PLANNED_SHARE_LEAD.search(share.lead)
    if completed:
        yield from _planned_share(document, figures, share, completed.group("name"))
        return
    name = share_name(share.lead)
    if len(name) < 2:
        listed = list(_whole_of_list(document, figures, share)) or list(_item_of_qizhong(document, figures, share))
        yield from listed or list(_kind_of_whole(document, figures, share)) or list(
            _all_counted(document, figures, share)) or _measure_whole(document, figures, share)
        return
    part = next((f for f in _back(figures, share, 3) if f.amount and not BASE_LEAD.search(f.lead)
                 and not earlier_in_brackets(f)
                 and not OPENS_AMONG.match(document.raw, f.end)     # 新建的 24个公园中，口袋公园占…: the whole
                 and not OTHER_PERIOD.search(f.lead) and not other_year(document, f, share)), None)
    # …收入 a，上年同期为 b，增长 g%，占…的 s%: a, not b; 2024年…增加值 a，上年…增加值为 b，…占…的 s%: a, not b
    if part is not None and (NAMED_COMPARISON.search(part.clause) or CHANGE_LEAD.search(part.lead)):
        return                       # 公路 T … 比铁路多 d，占全市的 s%: d is a difference, the part is not stated here
    said = bigrams(_part_named(share))
    if part is not None and said:
        # 其中企业 a、个体工商户 b，企业占新登记经营主体的 s%: the part is the figure named 企业, not the one before; 高新技术
        # 企业实现产值 a，装备制造业实现产值 b，两者均保持两位数增长；高新技术企业产值占…的 s%: the figure whose words hold
        # most of the name (in any unit when the nearest is named otherwise: 两位 is no part; but 低保对象 6.42万户、
        # 10.86万人，低保对象占…: 10.86万人 is named by the words before 6.42万户)
        otherwise = len(re.sub(r"[^\u4e00-\u9fff]", "", part.clause)) >= 2 and not said & bigrams(part.clause)
        named = [f for f in _back(figures, share, 6) if f.amount and f.sentence == share.sentence
                 and (f.same(part) or otherwise) and not document.bracketed(f, share)
                 and _qualified_alike(figures, f, share) and not other_year(document, f, share)]
        def fit(f: Figure) -> tuple[int, int]:      # most of the name, then fewest other words (归属于…股东的净利润
            words = bigrams(f.clause)               # before 归属于…股东的扣除非经常性损益的净利润)
            return len(said & words), -len(words - said)
        best = max(named, key=fit, default=part)
        if fit(best) > fit(part) and len(said & bigrams(best.clause)) >= max(1, len(said & bigrams(part.clause))):
            part = best
    if part is not None and part.sentence == share.sentence and (
            _own_item_skipped(document, figures, part, share) or _year_unsaid(document, figures, part, share)):
        return      # …a，占…；2023年为 b，占全省的 s%: a is another item's; 2024年…a，2023年…b，…占…的 s%: which is not said
    if part is None or part.sentence != share.sentence or share.start - part.end > 60:
        yield from _both_named(document, share, name)
        return
    if _named_as_whole(part, name, share) and not _after_mark(document, part):
        return                                      # 高中阶段在校生 W，其中普通高中在校生占高中阶段在校生的 s%: W is the whole
    if name in PLACE_WHOLES:                        # 澜州市用电量 a，占全省的 s%: the province's 用电量
        yield from _share_of_place(document, part, share, name)
        return
    exact = [f for f in document.earlier(part.start, EARLIER) if len(name) >= 4 and
             any(len(n) >= 4 and n in f.subject.replace("的", "") for n in _names_of(name))]  # in full, or a synonym
    # a figure named exactly as the whole (专利授权量 for 专利授权总量) before one whose name only ends with it
    # (外观设计专利授权, 出现污染天数), before the nearest named loosely (集团现有员工 for 员工总数; 重度及以上污染天数合计
    # holds 污染天数 but is a total of some of them); a part after 其中 in the share's paragraph is no whole unless
    # it is named exactly so (其中大型水库年末蓄水量 W … 占大型水库年末蓄水量的)
    wanted = [MEASURE_SUFFIX.sub("", n) for n in _names_of(name)]
    wanted += [SHARE_SUBJECT_WORDS.sub("", n) for n in wanted if SHARE_SUBJECT_WORDS.match(n)]   # 占上半年归母净利润的
    # a whole named exactly so anywhere before (全省共有幼儿园 W in the preface for 占全省幼儿园总数的, sections later;
    # 公司实现营业收入 W for 占营业收入的; …（以下简称“归母净利润”）W for 占归母净利润的)
    exact += [f for n in wanted if len(n) >= 3 for f in document.named(whole_names, n, part.start)]
    # …and one whose name ends with it, a total by its words or after the report's own place only (医疗卫生机构总诊疗
    # 人次 for 占总诊疗人次的, 澜江省全社会用电量 for 占全社会用电量的), however far back
    exact += [f for n in wanted if len(n) >= 3 for f in document.named(measure_ends, n, part.start)
              if _named_as(document, f, n, part)]
    def candidates_in(unit_fits):
        return [f for f in [*document.section_before(part, SECTION_BACK), *exact]   # never a whole after it
                if unit_fits(f) and _plain(f) and not (f.paragraph == share.paragraph and _after_mark(document, f)
                                                       and core_name(f) not in wanted)
                and (f.value * (part.scale(f) or 1) >= part.value or share.value >= 100)]   # a share under 100% is
    # of a larger whole; one in another unit of the part's kind after those in the part's (自然保护地面积 a公顷，占国土
    # 总面积 W平方公里的 s%)
    candidates = sorted(candidates_in(lambda f: part.scale(f) is not None), key=lambda f: not f.same(part))
    whole_of = [f for f in candidates if not THRESHOLD.search(f.clause) or THRESHOLD.search(name)]
    # the one named by the share's own name before one named by a synonym (主营业务收入 W2 after 其中 before 营业收入 W)
    exactly = sorted((f for f in whole_of if any(n in wanted for n in whole_names(f))),
                     key=lambda f: (not f.same(part), _other_period(document, f, part) or other_year(document, f, part),
                                    wanted[0] not in whole_names(f), _after_mark(document, f)))
    ending = sorted((f for f in whole_of if any(ends_with(core_name(f), n) for n in wanted if len(n) >= 2)
                     and not _one_of_kinds(document, f, wanted)),      # 6月全市票房 after 全市…票房 for a part of no month
                    key=lambda f: _other_period(document, f, part) or other_year(document, f, part))
    chosen = exactly[:1] or ending[:1] or [f for f in candidates if _names(f, name)
                                           and not _one_of_kinds(document, f, wanted)][:1]
    lead = None if chosen and _near(chosen[0], share) else _lead_whole(document, part, share, wanted, candidates)
    for figure in chosen or [lead] if lead is not None else chosen:
        certain = _near(figure, share) or ((exactly or figure in ending)
                                           and _only_one_so_named(document, figure, share, wanted, part))
        if not certain and lead is not None:    # 占全市票房的 far from 全市…票房 W the report leads with, no larger one
            figure, certain = lead, True       # named so since: W, not the nearest (6月全市票房 W')
        doubt = "" if certain else f"the total is the nearest figure named {name}, in another paragraph"
        if other_year(document, figure, part):     # 2023年，…总产值 W。2024年，种植业产值 a，占…总产值的 s%
            doubt = doubt or f"{figure.text} is stated for another year than {part.text}"
        elif _title_year_not(document, figure, part):   # a 2024 report: …用电量 W。2023年…用电量 a，占…的 s%
            doubt = doubt or f"{part.text} is stated for {year_of(document, part)}年, {figure.text} for the report's year"
        if _target(document, figure) and not _target(document, share) and not _target(document, part):
            doubt = doubt or f"{figure.text} is a target, {share.text} a stated share"   # 力争到2027年…达到 W
        if WHOLE_YEAR.search(share.lead) and PART_OF_YEAR.search(figure.clause):
            # 下半年进出口 W。其中，第四季度进出口 a，占全年进出口总值的 s%: the year's whole, not the half's W
            doubt = doubt or f"the share is of the whole year's {name}; {figure.text} ({figure.clause}) is of part of it"
        year = year_of(document, figure)
        if year and not year_of(document, part) and any(
                year_of(document, f) not in ("", year) for f in (*exactly, *ending) if f is not figure):
            # 2024年…销售面积 W。2023年…销售面积 W0。新建商品房销售面积 a，占…的 s%: which year's is not said
            doubt = doubt or f"{figure.text} is stated for {year}年, another year's is stated too; {part.text} names none"
        if HALF_OR_QUARTER.search(_said_before(document, part)) and not PART_OF_YEAR.search(
                _said_before(document, figure) + _title(document)):
            # 全年…新增就业 W。上半年，农村劳动力…新增就业 a，占…新增就业的 s%: the half's whole, not the year's W
            doubt = doubt or f"{part.text} is of part of a year; {figure.text} is not"
        if not exactly and "总" in name and "总" not in figure.clause and not _after_mark(document, part) \
                and figure is not lead:         # the largest the report names so is no kind of a larger one
            # 占全市总诊疗人次的 with 医院诊疗人次 W the nearest (not 教职工 800人，其中 … 100人，占教职工总数的)
            doubt = doubt or f"{name} is a total; {figure.text} ({figure.clause}) may be one kind of it"
        yield _share(part, figure, share, f"占{name} refers to {figure.text}, the figure named {name}", doubt)
        return
    in_table = _table_whole(document, part, share, wanted)      # the row of a table named so (主要会计数据)
    if in_table is not None:
        yield in_table
        return
    after = _named_after(document, part, share, wanted)        # told in a later section (全市规模以上工业总产值 W)
    if after is not None:
        yield _share(part, after, share, f"占{name} refers to {after.text}, the one figure of the report named "
                                         f"{name}, stated after the share")
        return
    for figure in document.earlier(part.start, SECTION_BACK):     # the whole in a section before (a lead paragraph)
        if figure.same(part) and _plain(figure) and figure.section != part.section and _names(figure, name) \
                and not _after_mark(document, figure):
            yield _share(part, figure, share, f"占{name} refers to {figure.text}, the figure named {name}",
                         f"the total is the nearest figure named {name}, in another section")
            return
    if _after_mark(document, part):                 # 新增就业 T，其中 … a，占新增就业的 s%: the whole is T
        start = max(document.sentence_start(part.start), part.start - MARK_REACH)
        mark = document.raw.rfind("其中", start, part.start)
        whole = next((f for f in _back(figures, part, BACK) if f.end <= mark and f.start >= start and f.same(part)
                      and _plain(f)), None)
        wanted = bigrams(name)
        if whole is not None and wanted and len(wanted & bigrams(whole.clause)) >= 0.5 * len(wanted):
            total_named = "总" in name and "总" not in whole.clause and not WHOLE_WORDS_IN.search(whole.clause)
            yield _share(part, whole, share, f"{part.text} is part of {whole.text} (其中), whose words name most "
                                             f"of {name}",     # 公益事业支出 T，其中 a，占总支出的: 总支出 may be more
                         f"{name} names a total; {whole.text} ({whole.clause.strip('，,')}) may be one kind of it"
                         if total_named else "")


#: words whose end is another measure's name without being a kind of it: 进出口 holds 出口 and 进口 as its two halves
GLUED = re.compile(r"进出口$|收支$|产销$|供需$")


def ends_with(name: str, end: str) -> bool:
    """``name`` ends with ``end`` as a kind of it ends (规上工业总产值 with 总产值), not as a word that holds it glued to
    its other half (民营企业进出口 does not end with 出口: :data:`GLUED`)."""
    if not name.endswith(end):
        return False
    glued = GLUED.search(name)
    return glued is None or len(end) >= len(glued.group(0))


def _table_rows(document: Document, kind: str) -> dict:
    """The rows of the report's tables by their label (numbering, measure word and 的 dropped), each as (its cell in
    the column a share's whole of ``kind`` is read from, that column, the row, whether the table is of periods, the
    table's headers): the one level column of that kind, or the first of a table of periods. Made once per kind."""
    from helpers.claims.relations.tables import NUMBERED, read_tables

    key = ("table rows by label", kind)
    index = document._starts.get(key)
    if index is not None:
        return index
    index = document._starts[key] = {}
    for table in read_tables(document):
        said = " ".join(table.headers) + " " + " ".join(c.header for c in table.columns)
        levels = [c for c in table.columns if c.role == "level" and not c.percent and c.kind == kind]
        periods = any(c.role == "previous" for c in table.columns)
        if len(levels) != 1 and not (levels and periods):
            continue                    # columns of kinds (本科 | 硕士 | 合计), not of periods: no one whole
        for row in table.rows:
            cell = row.figure(levels[0].index)
            if cell is not None and cell.value > 0:
                label = MEASURE_SUFFIX.sub("", NUMBERED.sub("", row.label).strip().replace("的", ""))
                index.setdefault(label, []).append((cell, levels[0], row, periods, said))
    return index


#: the shortest name by which a whole stated after its share is looked up (规上工业总产值: a name, not a measure word)
AFTER_NAME = 5


def _named_after(document: Document, part: Figure, share: Figure, wanted: list[str]) -> Figure | None:
    """The whole of a share stated after it (``…产值 a，占全市规上工业总产值的 s%`` in a section before the one giving
    ``全市规模以上工业完成工业总产值 W``): the figures of the whole report named exactly so (:func:`whole_names`, a name
    of :data:`AFTER_NAME` characters or more), in the part's unit, larger than it, of its year and period — read only
    when they all have one value (a figure told again), in later sections, and none stands before the share."""
    so_named = []
    for n in wanted:
        if len(n) >= AFTER_NAME:
            so_named += [f for f in document.every_named(whole_names, n)
                         if f.same(part) and _plain(f) and f.value > part.value]
    if not so_named or any(f.start < share.start or f.section == share.section for f in so_named) \
            or len({f.value for f in so_named}) != 1:
        return None                     # never in the share's own section (round 5: 占…的 s%，W after it in its sentence)
    whole = so_named[0]
    if other_year(document, whole, part) or _other_period(document, whole, part) or _target(document, whole):
        return None
    return whole


def _table_whole(document: Document, part: Figure, share: Figure, wanted: list[str]) -> Finding | None:
    """``拟派发现金红利 a万元，占归属于上市公司股东的净利润的 s%`` where the text states no such figure and a table of
    the report has the row (``归属于上市公司股东的净利润 | 51,236.47 | 39,874.55`` under 单位：万元): the cell of that
    row in the one column of the part's kind of unit (交易量（万辆）), or in a table of periods the current one's (beside
    an earlier period's), as the table states it — never a table of another period than the part's words name
    (前三季度, a year). The row's label, without its numbering and measure word, is the share's name exactly; every such
    row of the report gives one value, else nothing is read. Rows are indexed by label once per kind of unit."""
    period, year = sub_period(document, part), year_of(document, part)
    found = []
    for n in dict.fromkeys(n.replace("的", "") for n in wanted):
        for cell, level, row, periods, said in _table_rows(document, part.kind).get(n, ()):
            if (period and period not in said) or (year and year.isdigit() and re.search(r"(?:19|20)\d{2}", said)
                                                   and year not in said):
                continue                # 前三季度…研发投入 a over a table of the year; 2023年 a over a table of 2024
            found.append((cell, level, row, periods))
    if any(periods for *_, periods in found):      # the main table of a period and the one before, not 第四季度's
        found = [item for item in found if item[3]]
    if not found or len({round(cell.value * level.scale, 6) for cell, level, *_ in found}) != 1:
        return None
    cell, level, row, _ = found[0]
    whole = cell.value * level.scale
    if whole < part.value and share.value < 100:
        return None
    return Finding("share", f"auto-share-{share.start}", {
        "description": f"{share.text} as the share of {part.text} in {cell.text} ({level.header}, the table's row "
                       f"“{row.label}”)",
        "uses": {"part": part.claim_id, "total": cell.claim_id},
        "formula": f"part / (total * {level.scale:g}) * 100" if level.scale != 1 else "part / total * 100",
        "stated": share.claim_id, "unit": "percent",
        "assumptions": [f"the whole is the table's row “{row.label}” in its column “{level.header}” (the text states "
                        f"no figure so named)"]})


#: the words after a count that open a breakdown of what it counts (``24个公园中，``): that count is a whole, no part
OPENS_AMONG = re.compile(r"[^，。；,;\d]{0,8}中[，,：:]")


#: the words of a figure that make it a whole itself (合计, 共, 全部): 占总… of it is no kind of more
WHOLE_WORDS_IN = re.compile(r"合计|共计|总计|全部|总额|总量|共")


def _per_head(words: str) -> tuple[str, str] | None:
    """The group and the measure of a figure per head named by ``words`` (``全省居民人均可支配收入`` → ("", 可支配收入),
    ``城镇居民人均消费支出`` → (城镇, 消费支出), ``低收入组人均可支配收入`` → (低收入组, 可支配收入)); the group is ""
    for all residents, None when the words name no figure per head. ``人均交通通信消费支出`` names no group: ("?", …)."""
    found = GROUP_PER_HEAD.search(words)
    return None if found is None else (_group(found.group("group")), found.group("measure"))


def _group(words: str) -> str:
    """The group named at the end of the words before 人均 (``全省居民`` → "", ``占农村居民`` → 农村, ``低收入组`` →
    低收入组), "?" when they name none (``""``, ``占``)."""
    group = re.sub(r"^.*(?:全[省市区县国州盟旗]|本[省市区县]|我[省市区县])", "", words)
    if not group:
        return "?" if words == group else ""
    found = GROUP_BEFORE_HEAD.search(group)
    return "?" if found is None else found.group("other") or found.group("who") or ""


def per_head_names(figure: Figure) -> tuple[str, ...]:
    """``group|measure`` of a figure per head whose own words name its group (``城镇居民人均可支配收入 W`` →
    城镇|可支配收入), the key by which a per-head share finds its whole however far back; none for a change, a base or
    another period's figure."""
    named = _per_head(figure.clause)
    if named is None or named[0] == "?" or figure.unit == "%" or not figure.amount \
            or CHANGE_LEAD.search(figure.lead) or BASE_LEAD.search(figure.lead) or OTHER_PERIOD.search(figure.lead):
        return ()
    return f"{named[0]}|{named[1]}", f"*|{named[1]}"


#: a place a figure's words name (全国, 全省, 全市): a figure per head of another place is no whole of the part's
PLACE_WORD = re.compile(r"全[国省市区县州盟旗]")
#: characters of a paragraph looked back over for the group a figure per head is of
GROUP_BACK = 300
#: words naming a group of residents (城镇, 农村) anywhere in words
GROUP_WORDS = re.compile(r"城镇|农村|城市|乡村")


def _heading_before(document: Document, figure: Figure) -> str:
    """The short lines (headings: no sentence mark, at most 30 characters) right before ``figure``'s paragraph."""
    start = document.raw.rfind("\n", 0, figure.start)
    lines = document.raw[max(0, start - 120):max(start, 0)].split("\n")[-3:]
    return "".join(line for line in lines if len(line.strip()) <= 30 and not re.search(r"[。；;，,]", line))


def _per_head_share(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``全省居民人均财产净收入 a，增长 g%，占 s%`` / ``人均交通通信消费支出 a，增长 g%，占人均消费支出的比重为 s%``: a
    share of a figure per head is of the figure per head of the same group (居民, 城镇居民, 农村居民) named as the share
    names it (消费支出, 可支配收入) — or, for a bare 占, the total of the household survey the part is a source or a
    category of (工资性收入 → 可支配收入, 交通通信消费支出 → 消费支出) — however far back: the nearest so named, of the
    part's year and period. A part whose words name no group takes the group named last before it in its paragraph
    (``全省居民人均消费支出中，人均食品烟酒…``; ``农村居民人均工资性收入 a …。人均经营净收入 b，占 s%``); with none
    named there, all residents' (``全省居民八大类消费支出…。人均衣着消费支出 a，占 s%``), or the one group's whose
    figure is so named (a county's 农村居民人均可支配收入 alone) — never when its paragraph or the heading above names a
    group otherwise (``（三）农村居民收入``). Judged when every figure so named before it is one value, else shown."""
    part = next((f for f in _back(figures, share, 4) if f.amount and not CHANGE_LEAD.search(f.lead)), None)
    if part is None or part.sentence != share.sentence or BASE_LEAD.search(part.lead) \
            or OTHER_PERIOD.search(part.lead) or document.bracketed(part, share):
        return          # 人均财产净收入 a，增加 d，增长 g%，占…: a, past its change
    own = _per_head(part.clause)
    if own is None:
        return
    group, measure = own
    name = share_name(share.lead)
    if name:
        named = _per_head(name) if "人均" in name else ("?", re.sub(r"^(?:居民|城镇居民|农村居民)", "", name))
        if named is None or not named[1]:
            return
        if named[0] != "?":
            group = named[0]
        wanted = named[1]
    elif SHARE_OF_NO_NAME.fullmatch(share.lead):
        wanted = next((whole for pattern, whole in PER_HEAD_PARTS if pattern.match(measure)), "")
    else:
        return
    if not wanted or wanted == measure:
        return
    if group == "?":            # the group named last before it in its paragraph: 农村居民人均工资性收入 a，…；人均…b
        said = document.raw[max(document.raw.rfind("\n", 0, part.start) + 1, part.start - GROUP_BACK):part.start]
        groups = [g for g in (_group(m.group(1)) for m in re.finditer(r"([\u4e00-\u9fff]{0,12})人均", said)) if g != "?"]
        if groups:
            group = groups[-1]
        elif GROUP_WORDS.search(said) or GROUP_WORDS.search(_heading_before(document, part)):
            return              # （三）农村居民收入\n人均工资性收入 a，占 s%: a group named otherwise, not read
    place = PLACE_WORD.findall(part.clause)

    def so_named(group: str) -> list[Figure]:   # never another place's (全国居民人均可支配收入 for 全市居民人均…)
        return [f for f in document.named(per_head_names, f"{group}|{wanted}", part.start)
                if f.same(part) and f is not part and (f.value > part.value or share.value >= 100)
                and not other_year(document, f, part) and not _other_period(document, f, part)
                and (PLACE_WORD.findall(f.clause) in ([], place) if place else "全国" not in f.clause)]
    if group == "?":            # no group named: all residents', else the one group's whose whole is so named
        named = so_named("") or [f for f in document.named(per_head_names, f"*|{wanted}", part.start)
                                 if f.same(part) and f is not part]
        if not named or len({per_head_names(f)[0] for f in named}) != 1:
            return
        group = per_head_names(named[0])[0].split("|")[0]
    wholes = so_named(group)
    if not wholes:
        return
    whole = wholes[0]
    doubt = ""
    if any(f.value != whole.value for f in wholes[1:]):
        doubt = f"{whole.text} is the nearest of several figures per head named {wanted}"
    year = year_of(document, part)
    if year and year != year_of(document, whole) and not _own_words(document, year + "年"):
        doubt = doubt or f"{part.text} is said to be of {year}, {whole.text} is not"
    yield _share(part, whole, share, f"{share.text} of {part.text} ({part.clause}) is of {whole.text}, the figure per "
                                     f"head of the same group named {wanted}", doubt)


def _whole_in_share(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``有效灌溉面积 a，比上年增加 d，占全市耕地面积（W）的比重为 s%`` / ``上缴收益 a，比上年增长 g%，占当年…收入 W 的
    s%`` / ``已有 a个小区建成充电设施，占全市 W个住宅小区的 s%`` / ``收入 a，上年同期为 b，同比增长 g%，占全省 W 的
    s%``: the whole stated inside the share's own
    words (after 占, bare or in brackets; after 完成 :mod:`~.averages` reads it, past a base too), the part the
    amount before it in its sentence past its changes, bases and rates — in a unit of the whole's kind,
    with no semicolon between; an amount of another kind there, and nothing is read. A share told as the end of a
    change (``占营业收入（W）的比重由上年同期的 p% 提高到 s%``) is read so; the share it changed from is not."""
    if share.index < 2:
        return
    whole, words = figures[share.index - 1], document.between(figures[share.index - 1], share)
    if SHARE_CHANGED_TO.fullmatch(share.lead) and share.index >= 3 and whole.unit == "%":
        base = FROM_LEAD.search(document.between(figures[share.index - 2], whole))   # 占…（W）的比重由上年的 p% 提高到 s%
        if base is None or not base.group(0):
            return
        whole, words = figures[share.index - 2], document.between(figures[share.index - 2], whole)[:base.start()]
    elif FROM_LEAD.search(words) or BASE_LEAD.search(words) or OTHER_PERIOD.search(words):
        return          # 占…（W）的比重由上年同期的 p%: the share of another year, not of these figures
    lead = WHOLE_IN_SHARE_LEAD.search(whole.clause)
    if whole.sentence != share.sentence or not whole.amount or lead is None or not SHARE_AFTER_WHOLE.fullmatch(words):
        return
    for part in reversed(figures[max(0, whole.index - BACK):whole.index]):
        if part.sentence != share.sentence or re.search(r"[；;。]", document.between(part, whole)):
            return
        if not part.amount or CHANGE_LEAD.search(part.lead) or BASE_LEAD.search(part.lead) \
                or OTHER_PERIOD.search(part.lead):
            continue        # 比上年增加 d, 上年同期为 b: not the part
        if part.scale(whole) is None or not _plain(part) or document.bracketed(part, whole) \
                or lead.group("verb") == "完成":
            return          # 完成年度目标（W）的, with a base between or not: read in averages (_of_bracketed)
        named = whole.clause + words
        doubt = f"{part.text} ({part.clause}) is a gross figure, {whole.text} a net one ({named}): compared, not a " \
                f"part of it" if VALUE_ADDED.search(named) and not VALUE_ADDED.search(part.subject) else ""
        finding = _share(part, whole, share, f"{whole.text} stands in the share's words ({whole.clause.strip('，,')}…"
                                             f"{words}): {share.text} is {part.text} over it", doubt)
        start = document.sentence_start(part.start)
        mark = document.raw.rfind("其中", start, part.start) if _after_mark(document, part) else -1
        total = next((f for f in _back(figures, part, BACK) if f.end <= mark and f.start >= start and f.same(part)
                      and _plain(f) and f.value >= part.value), None) if mark >= 0 else None
        if total is not None:
            # 1-9月完成投资 T，其中9月完成 a，占全年计划（W）的 s%: the share may be T's as well as a's
            other = _share(total, whole, share, f"{share.text} is {total.text}, the total 其中 follows, over "
                                                f"{whole.text}")
            finding = replace(finding, alternatives=({**other.spec, "reading": f"{total.text} over {whole.text}"},))
            finding.spec["reading"] = f"{part.text} over {whole.text}"
        yield finding
        return


def _item_of_qizhong(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``全年实施援建项目 T。其中，产业项目 a、基础设施项目 b、民生项目 c，产业项目占比 s%``: a share whose words name
    its part and no whole is that of the one item of its sentence so named, after 其中, over the figure 其中 follows
    (in its sentence, or in the sentence before when 其中 opens the sentence) — in its unit, the nearest plain."""
    found = ITEM_SHARE.fullmatch(share.clause)
    name = NAME_PREFIX.sub("", found.group("name")) if found else ""
    if len(name) < 2:
        return
    named = [f for f in _back(figures, share, LIST_BACK) if f.sentence == share.sentence and f.amount
             and re.sub(r"^(?:其中|[，,、：:])+", "", f.clause) == name]
    if len(named) != 1 or not _plain(named[0]) or not _after_mark(document, named[0]):
        return
    part = named[0]
    whole = qizhong_whole(document, figures, part)
    if whole is None:
        return
    yield _share(part, whole, share, f"{name}占比 is the share of {part.text}, the item after 其中 so named, in "
                                     f"{whole.text}, the figure 其中 follows")


def qizhong_whole(document: Document, figures: list[Figure], part: Figure) -> Figure | None:
    """The figure 其中 follows for a part after it: the nearest plain one of its unit before the mark, in its
    sentence or in the sentence before when 其中 opens the sentence (``…项目 386个，比上年增加 22个。其中，…``), larger
    than the part and no part itself."""
    start = document.sentence_start(part.start)
    mark = document.raw.rfind("其中", start, part.start)
    opens = mark >= 0 and not re.sub(r"[\s，,]", "", document.raw[start:mark])
    whole = next((f for f in _back(figures, part, BACK) if f.end <= mark and f.same(part) and _plain(f)
                  and (f.sentence == part.sentence or opens and f.sentence == part.sentence - 1)), None)
    if whole is None or whole.value <= part.value or _after_mark(document, whole):
        return None
    return whole


def _respective_named(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``其中，农业产值 a，林业产值 b，牧业产值 c…。农业、牧业产值分别占总产值的 x%和y%``: shares told respectively of
    items the words before 分别 name (农业、牧业产值: 农业产值 and 牧业产值, the measure said once at the end), each the
    one figure of the 其中 list before so named, over the figure that 其中 follows (named as the whole the share names,
    when it names one); an item named by no figure or by two, or items of two lists, and nothing is read."""
    found = RESPECTIVE_NAMED.search(share.lead)
    if found is None:
        return
    shares = [share]
    for figure in figures[share.index + 1:]:
        if figure.sentence != share.sentence or figure.unit != "%" or not NEXT_SHARE.match(figure.lead):
            break
        shares.append(figure)
    subjects = [NAME_PREFIX.sub("", w) for w in re.split(r"[、和及与]", found.group("subjects"))]
    if len(subjects) != len(shares) or len(shares) < 2 or any(len(w) < 2 for w in subjects):
        return
    suffix = subjects[-1][len(subjects[0]):]         # 农业、牧业产值: 产值 is said once, at the end
    parts = []
    for subject in subjects:
        named = [f for f in _back(figures, share, LIST_BACK) if f.amount and f.paragraph == share.paragraph
                 and re.sub(r"^(?:其中|[，,、：:])+", "", f.clause) in (subject, subject + suffix)]
        if len(named) != 1 or not _plain(named[0]) or not _after_mark(document, named[0]):
            return
        parts.append(named[0])
    wholes = {id(qizhong_whole(document, figures, p)) for p in parts}
    whole = qizhong_whole(document, figures, parts[0])
    if whole is None or len(wholes) != 1 or any(not p.same(whole) for p in parts) \
            or sum(p.value for p in parts) > whole.value:
        return
    name = share_name(share.lead)
    if len(name) >= 2 and not bigrams(name) & bigrams(whole.clause):
        return          # 分别占全省的: a whole the words name otherwise
    for part, stated in zip(parts, shares):
        yield _share(part, whole, stated, f"分别占 tells the shares of {'、'.join(subjects)} in order: {stated.text} is "
                                          f"that of {part.text}, over {whole.text}, the figure 其中 follows")


def _share_among(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``市级安排的 38项专项转移支付中，有 9项未在规定时限内下达，占 s%`` / ``全市 1,046所中小学校中，有 812所…向社会
    开放，开放率为 s%`` / ``41个工业大类行业中有 29个行业增加值增长，行业增长面为 s%``: a bare share (占, 占比, 比重为) or
    a rate named by what the part does (its stem ends with words said of the part), right after a part counted among
    the figure before 中 (:data:`~.totals.AMONG`, here ``COUNTED_AMONG``), is that part over that figure."""
    if share.index < 2:
        return
    part, whole = figures[share.index - 1], figures[share.index - 2]
    bare = SHARE_OF_NO_NAME.fullmatch(share.clause)
    if not bare and part.sentence == share.sentence and part.amount and not COUNTED_AMONG.match(
            ASIDE.sub("", document.between(whole, part))):
        part, whole = _counted_among(document, figures, share) or (part, whole)   # 178家盈利，35家亏损，盈利面
    if part.sentence != share.sentence or whole.sentence != share.sentence or not part.amount \
            or not whole.alike(part) or not _plain(whole) or not _plain(part) or part.value > whole.value \
            or not COUNTED_AMONG.match(ASIDE.sub("", document.between(whole, part))) and part.index == whole.index + 1:
        return
    if not bare:
        rate = COUNTED_RATE.search(share.clause)
        said = part.clause + document.between(part, figures[part.index + 1])
        said = said[:-len(share.clause) or None] if part.index + 1 == share.index else said  # 检出高血压 a，检出率
        stem = NAME_PREFIX.sub("", rate.group("stem")) if rate else ""
        if len(stem) < 2 or "率" in rate.group(0) and COUNTED_RATE_NOT.search(rate.group(0)) or stem[-2:] not in said:
            return          # 利润率, 增加值增长率: no count of the part among the whole (盈利面 is one)
    whole = next((f for f in figures[:whole.index] if f.text == whole.text and f.same(whole) and _plain(f)), None) \
        or _restated(document, whole)
    # 全县建成服务站 196个，…；196个站点中，有 128个…: the whole restated is the figure first stated (in its paragraph,
    # or before it when the words of both name what they count alike: 岚江省213家A股上市公司… / 213家公司中)
    yield _share(part, whole, share, f"{part.text} is counted among the {whole.text} named before 中: {share.text} "
                                     f"is the one over the other")


def _restated(document: Document, whole: Figure) -> Figure:
    """The figure a count restated before 中 first stood for (``岚江省213家A股上市公司已全部披露`` … ``213家公司中``): the
    nearest earlier one of the report written alike, plain, whose words share a pair of characters with the words
    after the restated count, and the one that one restates; else the count itself."""
    for _ in range(3):              # a count restated twice (213家公司中, 213家公司中) stands for the first
        said = bigrams(whole.after)
        first = next((f for f in document.earlier(whole.start, EARLIER) if f.text == whole.text and f.same(whole)
                      and _plain(f) and said & bigrams(f.clause + f.after)), None)
        if first is None:
            break
        whole = first
    return whole


#: the most parts of a list counted among a whole before a rate of one of them
AMONG_PARTS = 4


def _counted_among(document: Document, figures: list[Figure], share: Figure) -> tuple[Figure, Figure] | None:
    """``213家公司中，178家实现盈利，35家出现亏损，盈利面为 s%``: the parts of a short list counted among the figure
    before 中, in its sentence and unit, adding up to no more than it, and that figure — the part the rate names
    (its stem said right after it) and the whole; None when the list is no such list or no one part is so named."""
    parts = []
    for figure in reversed(figures[max(0, share.index - AMONG_PARTS - 1):share.index]):
        if figure.sentence != share.sentence:
            return None
        if parts and figure.alike(parts[0]) and COUNTED_AMONG.match(ASIDE.sub("", document.between(figure, parts[-1]))):
            if len(parts) < 2 or sum(p.low for p in parts) > figure.high:
                return None
            rate = COUNTED_RATE.search(share.clause)
            stem = NAME_PREFIX.sub("", rate.group("stem"))[-2:] if rate else ""
            said = {p.claim_id: p.clause + p.after for p in parts}     # 已开工 90个，竣工 30个 / 178家 实现盈利
            named = [p for p in parts if len(stem) == 2 and stem in said[p.claim_id]
                     and not re.search(f"(?:未|不|没有|尚未){stem}", said[p.claim_id])]     # 10所 未达标: not 达标
            return (named[0], figure) if len(named) == 1 else None
        if not figure.amount or not _plain(figure) or parts and not figure.alike(parts[0]) \
                or re.search(r"[；;（(]", document.between(figure, parts[-1] if parts else share)):
            return None
        parts.append(figure)
    return None


def counted_noun(document: Document, figure: Figure) -> str:
    """What a count counts when the noun follows it and the words after the noun say it is all of them
    (``岚江省213家A股上市公司已全部披露`` → A股上市公司; ``全市46所高校均已…`` → 高校 is no head noun: ""); "" for
    ``162家上市公司推出…`` (those that did it)."""
    if figure.unit not in COUNT_UNITS or len(re.sub(r"[^\u4e00-\u9fff]", "", figure.clause)) > 6:
        return ""
    words = document.raw[figure.end:figure.end + 24]
    found = COUNTED_HEAD_NOUN.match(words)
    return found.group(0) if found and ALL_COUNTED.match(words, found.end()) else ""


def _counted_part(document: Document, part: Figure) -> str:
    """The head noun naming what a count of a part counts: before it (``净利润同比增长的公司有 121家``) or after it
    (``全省有 162家 上市公司推出…``)."""
    named = re.sub(r"(?:有|为|达到?|共|共有)+$", "", part.clause)
    before = COUNTED_HEAD_NOUN.search(named)
    if before and before.end() == len(named):
        return before.group(0)
    after = COUNTED_HEAD_NOUN.match(document.raw, part.end, part.end + 12)
    return after.group(0) if after else ""


def _all_counted(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``岚江省213家A股上市公司已全部披露年报。…净利润同比增长的公司有 121家，占比 s%`` / ``全省有 162家上市公司推出现金
    分红方案，占比 s%``: a bare share of a count of things named by a head noun (公司, 企业, 学校 …) is of the count
    stated before of all things so named (the noun after it, then 全部/均/都: :func:`counted_noun`) — judged when it is
    the one such count of the report before the part and the part's noun is the whole's (上市公司 of A股上市公司) or
    its head after what they did (净利润同比增长的公司); shown when another count of that noun, larger than the part,
    stands before it (``178家盈利公司中``, ``全市医院 210家``: which is the whole is not said), when the part is named
    as a kind the whole's noun does not end with (高新技术企业 after 规上工业企业), or of a year the whole is not."""
    if not SHARE_OF_NO_NAME.fullmatch(share.clause):
        return
    part = next((f for f in _back(figures, share, 2) if f.amount), None)
    if part is None or part.sentence != share.sentence or part.unit not in COUNT_UNITS or not _plain(part) \
            or _after_mark(document, part) or NAMED_COMPARISON.search(part.clause):
        return
    noun = _counted_part(document, part)
    if len(noun) < 2:
        return
    head = COUNTED_HEAD.findall(noun)[-1]
    alls = [f for f in document.earlier(part.start, EARLIER) if f.alike(part) and _plain(f) and f.value > part.value
            and counted_noun(document, f).endswith(head)]
    if len({f.value for f in alls}) != 1 or other_year(document, alls[0], part):
        return
    whole = alls[-1]                    # the first stated
    among = [f for f in document.earlier(part.start, EARLIER) if f.alike(part) and _plain(f)
             and f.value > part.value and f.value != whole.value and head in f.clause + f.after]
    doubt = f"{among[0].text} ({among[0].clause}{among[0].after}) counts {head} too" if among else ""
    counted, bare = counted_noun(document, whole), re.sub(r"^.*的", "", noun)
    if not counted.endswith(bare):      # 全市有 360家高新技术企业 after 1,200家规上工业企业均已…: a kind, maybe not of them
        doubt = doubt or f"{noun} may not be counted among the {counted}"
    year = year_of(document, part)
    if year and year != year_of(document, whole) and not _own_words(document, year + "年"):
        doubt = doubt or f"{part.text} is said to be of {year}, {whole.text} is not"
    yield _share(part, whole, share, f"{share.text} of {part.text} ({noun}) is of {whole.text}, the count of all "
                                     f"{counted_noun(document, whole)} stated before", doubt)


def _named_as_whole(part: Figure, name: str, share: Figure) -> bool:
    """The figure before a share is named as the share's whole itself (``高中阶段在校生 W，…占高中阶段在校生的``), not as a
    kind of it (``集体林地面积 a，占林地面积的``: 集体 qualifies the name, so a is a part of the whole named so); so is one
    whose words hold the name when the share names a part of its own they do not (``甲公司营业收入 W，其中海外营业收入
    占营业收入的``: 海外 is the part, W its whole)."""
    said = part.clause.replace("的", "")
    if name not in said:
        return False
    own = _part_named(share).replace(name, "")
    if len(own) >= 2 and not bigrams(own) & bigrams(said):
        return True
    bare = MEASURE_SUFFIX.sub("", name) or name       # 网络零售额 against a name kept without its 额 (网络零售)
    return not any(n.endswith(bare) and len(n) > len(bare) and not _place_named(n[:-len(bare)])
                   for n in (core_name(part), *whole_names(part)))


#: the part of a place a name may begin with that is one group of the whole's (城镇在园幼儿, 农村居民), not a place of its own
GROUP_OF_PLACE = re.compile(r"主城区|中心城区|城区|县城|县域|城镇|乡村|农村|市区|郊区")


def _place_named(words: str) -> bool:
    """The words before a share's name in a figure's name are a place (``东城区城镇新增就业 a，其中高校毕业生占城镇新增
    就业的``: a is 东城区's whole, not a kind of the whole; ``市本级``), not a group of the whole (城镇, 农村)."""
    words = re.sub(r"(?:实现|完成|达到|共有|拥有|现有)+$", "", words)      # 东城区实现城镇新增就业
    return (bool(PLACE_END.search(words)) and not GROUP_OF_PLACE.fullmatch(words)) or words.endswith("本级")


#: the words of a figure of half a year or a quarter (``上半年，…``, ``2024年1-6月，…``)
HALF_OR_QUARTER = re.compile(r"上半年|下半年|[一二三四1-4]季度|前三季度|1\s*[—–-]\s*\d{1,2}月")


def _title(document: Document) -> str:
    """The report's title lines (short, with no sentence mark), as :func:`_title_year_not` reads them."""
    return "".join(document.headlines())


def _said_before(document: Document, figure: Figure) -> str:
    """The words of a figure's sentence before it (``上半年，全市…新增就业``)."""
    return document.raw[document.sentence_start(figure.start):figure.start]


#: a share of the whole year's figure (``占全年进出口总值的``) and the words of a figure of part of a year
WHOLE_YEAR = re.compile(r"占(?:全年|全年度|年度)")
PART_OF_YEAR = re.compile(r"上半年|下半年|季度|前三季|\d{1,2}\s*[—–-]\s*\d{1,2}月|\d{1,2}月|当月")


def _own_item_skipped(document: Document, figures: list[Figure], part: Figure, share: Figure) -> bool:
    """A semicolon stands between the part and the share, and the share's own item, after it, has an amount of its
    own that was passed over (``2024年…a，占全省的 s1%；2023年为 b，占全省的 s2%``: s2 is b's, not a's)."""
    cut = max(document.raw.rfind(mark, part.end, share.start) for mark in "；;")
    return cut >= 0 and any(f.amount and f.start > cut for f in figures[part.index + 1:share.index])


def _year_unsaid(document: Document, figures: list[Figure], part: Figure, share: Figure) -> bool:
    """The share names no year while its part does and another figure of its sentence named alike names another
    (``2024年乡村旅游收入 a，2023年乡村旅游收入 b，乡村旅游收入占…的 s%``): which year's it is is not said."""
    year = year_of(document, part)
    if not year or year_of(document, share):
        return False
    named = bigrams(core_name(part))
    return any(f is not part and f.sentence == share.sentence and f.amount and f.same(part)
               and year_of(document, f) not in ("", year) and bigrams(core_name(f)) == named
               for f in _back(figures, share, 6))


def _qualifier(figures: list[Figure], figure: Figure) -> str:
    """The figure that is part of ``figure``'s name, right before its words with no comma between (``65岁及以上人口占
    …的`` → 65岁及以上; ``其中65岁及以上 75万人`` → 65岁及以上), or ""."""
    before = figures[figure.index - 1] if figure.index else None
    if before is None or before.amount or before.unit == "%" or before.sentence != figure.sentence \
            or re.search(r"[，,、；;]", figure.lead):
        return ""
    return before.text


def _qualified_alike(figures: list[Figure], part: Figure, share: Figure) -> bool:
    """A share whose name holds a figure (``65岁及以上人口占常住人口的``) takes as its part only a figure named with the
    same one (``其中65岁及以上 75万人``, not ``60岁及以上老年人口 110万人``, whose words hold more of 人口)."""
    named = _qualifier(figures, share)
    return not named or _qualifier(figures, part) == named


def whole_names(figure: Figure) -> tuple[str, ...]:
    """The names a share's whole is looked up by: :func:`~.totals.names`, and each of them stripped again of year, who
    and verbs however they are ordered (``2024年公司实现营业收入`` → 营业收入, ``本行实现营业收入`` → 营业收入), so
    ``占营业收入的`` finds the one revenue of the report however its sentence begins."""
    return _whole_names(figure, True)


@lru_cache(maxsize=8192)
def _whole_names(figure: Figure, noted: bool) -> tuple[str, ...]:
    """:func:`whole_names`; when ``noted``, also each name without a word of :data:`~.words.WHOLE_NAME_NOTE` or a verb
    of :data:`~.words.INNER_VERB` (一般公共预算支出决算数 → 一般公共预算支出, 电子信息产业实现产值 → 电子信息产业产)."""
    found = list(names(figure))
    for name in list(found):
        bare = name
        for _ in range(3):
            bare = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", SUBJECT_WORDS.sub("", YEAR_FIRST.sub("", NAME_PREFIX.sub(
                "", bare)))))
        found.append(bare)
        if noted:                   # 一般公共预算支出决算数 → 一般公共预算支出, 电子信息产业实现产值 → 电子信息产业产值
            inner = MEASURE_SUFFIX.sub("", WHOLE_NAME_NOTE.sub("", INNER_VERB.sub("", bare)))
            found.append(inner)     # 规模以上工业完成工业总产值 → 规模以上工业工业总产值 → 规模以上工业总产值
            found.append(re.sub(r"([\u4e00-\u9fff]{2,4})\1", r"\1", inner))
    return tuple(dict.fromkeys(n for n in found if len(n) >= 2))


def measure_ends(figure: Figure) -> tuple[str, ...]:
    """Every end of at least three characters of a figure's :func:`whole_names` (医疗卫生机构总诊疗人次 → …, 总诊疗人次,
    诊疗人次): the index by which a share's whole named by its measure alone is found, and told apart from others."""
    return tuple(dict.fromkeys(n[i:] for n in whole_names(figure) for i in range(len(n) - 2)))


def _named_as(document: Document, figure: Figure, name: str, part: Figure | None = None) -> bool:
    """``figure`` is named ``name`` by the end of its name, what comes before being no kind of it: the rest is the
    report's own place, named in its title (澜江省全社会用电量 in a report titled 澜江省…), or ``name`` is a total by its
    words (总诊疗人次, 全社会用电) and the rest a subject the part's own words name too (医疗卫生机构总诊疗人次 for
    中医类医疗卫生机构诊疗人次, not 公立医院总诊疗人次 for 中医医院诊疗人次: 公立医院 may be a kind of the whole); never
    another place's (江城区全社会用电量), nor a part after 其中."""
    ends = [n for n in whole_names(figure) if n.endswith(name)]
    if not ends or name in whole_names(figure):
        return bool(ends)
    rest = ends[0][:-len(name)]
    if _after_mark(document, figure) or THRESHOLD.search(rest):
        return False
    if _own_place(document, rest):
        return True
    return bool(TOTAL_NAME_START.match(name)) and not PLACE_END.search(rest) and part is not None \
        and len(rest) >= 2 and rest in part.subject.replace("的", "")


def _other_period(document: Document, whole: Figure, part: Figure) -> bool:
    """The whole's sentence names another period within the year than the part's (上半年…W, 第四季度…a), or one of
    them names a period the other does not and the report's title does not name it (上半年 in a half-year report is
    the period of every figure)."""
    ours, theirs = sub_period(document, whole), sub_period(document, part)
    return ours != theirs and (bool(ours and theirs) or not _own_words(document, ours or theirs))


def _own_place(document: Document, words: str) -> bool:
    """``words`` are the name of a place (澜江省) that the report's title names."""
    return len(words) >= 2 and bool(PLACE_END.search(words)) and _own_words(document, words)


def _own_words(document: Document, words: str) -> bool:
    """The report's title names ``words`` (one of its first three lines that is short and no sentence: no ，or 。):
    its own place or period."""
    return len(words) >= 2 and any(words in line for line in document.headlines())


def _target(document: Document, figure: Figure) -> bool:
    """``figure``'s sentence, before it, names a target or a plan (力争到2027年…达到 W, 计划, 预计)."""
    said = document.raw[document.sentence_start(figure.start):figure.start]
    return bool(TARGET_WORDS.search(said) or PLANNED.search(said))


def _title_year_not(document: Document, whole: Figure, part: Figure) -> bool:
    """The part's sentence names a year (2023年) the whole's names none, and the report's title names another year
    (澜江省2024年…公报): the whole is of the report's own year, the part of another."""
    year = year_of(document, part)
    if not year.isdigit() or year_of(document, whole):
        return False
    titled = re.findall(r"(\d{4})年", _title(document))
    return bool(titled) and year not in titled


#: how many figures of one name :func:`_only_one_so_named` weighs (a name the shares of it repeat — 占网络零售额的 — has
#: more than :data:`~.passage.NAMED_LIMIT` before the share; still a fixed number, so the finder stays linear)
SO_NAMED = 4 * NAMED_LIMIT


def _only_one_so_named(document: Document, whole: Figure, share: Figure, wanted: list[str],
                       part: Figure | None = None, ending_too: bool = False) -> bool:
    """``whole`` is the one figure of the report before ``share`` named exactly as the share names it, in its unit
    (住院医疗总费用 stated once, in the paragraph before 占住院医疗总费用的), or named so by the end of its name when no
    figure is named so exactly (医疗卫生机构总诊疗人次 for 占总诊疗人次的, one figure of the report ending so): its name
    identifies it however far back — unless it is of another year or period than the part, a target, or one of several
    told respectively. ``ending_too``: also when it is named exactly, no other figure's name ends with the name (a part
    named by its subject, 规模以上工业企业基础研究经费占R&D经费的, is of 规模以上工业企业R&D经费 as much as of R&D经费)."""
    said = document.raw[document.sentence_start(whole.start):whole.start]
    if other_year(document, whole, share) or PLANNED.search(said) or TARGET_WORDS.search(said):
        return False    # 2023年 … W before a 2024年 share, 到2025年…达到 W: the name alone does not make W the whole
    key, name = whole_names, next((n for n in whole_names(whole) if n in wanted), None)
    if name is None:
        key, name = measure_ends, next((n for n in wanted if len(n) >= 3 and _named_as(document, whole, n, part)), "")
    so_named = document.named(key, name, share.start, SO_NAMED)

    place = _place_of(share)
    place = place if place in whole.clause else ""

    def rival(f: Figure) -> bool:       # 1—10月累计实现网络零售额 W' is no rival of 促销期间 W for a part of 促销期间;
        # the headline's W told again in the body is the same figure; 占全市…的: a figure not said of 全市 is none
        return f is whole or f.same(whole) and _plain(f) and f.text != whole.text and (part is None or not (
            _other_period(document, f, part) or other_year(document, f, part)
            or f.value * (part.scale(f) or 1) < part.value)) and (     # 农产品 W' < the part: no whole of it
            place in f.clause)
    if len(name) < 3 or len(so_named) == SO_NAMED or [f for f in so_named if rival(f)] != [whole]:
        return False
    # a name found only by the readings of far wholes (its end, a note word dropped) is that of the
    # one figure of the report whose name ends with it (the part aside: 跨境电商出口 a is named as a kind of 出口), of the
    # part's year and period, not told with others
    strict = part is not None and (ending_too or key is measure_ends or name not in _whole_names(whole, False))
    if not strict:
        ending = [whole]
    elif other_year(document, whole, part) or _told_with_others(document, whole) \
            or year_of(document, part) not in ("", year_of(document, whole)) \
            and not _own_words(document, year_of(document, part) + "年") \
            or _other_period(document, whole, part):
        return False    # 上半年…W before 第四季度…a (上半年 the report's own, named in its title, is not
        # another period); 2023年、2024年…分别为 W1、W2: which is not said; W before 2023年教育支出 a: the part names a
        # year the whole does not (unless the title names it)
    else:
        ending = document.named(measure_ends, name, share.start, SO_NAMED)
    if len(ending) == SO_NAMED or [f for f in ending if rival(f) and f is not part] != [whole]:
        return False    # 全市…W and 市本级一般公共预算支出 W': both end with the name, which is meant is not said
    # and no figure of the share's paragraph is named so more loosely (市级一般公共预算支出安排 W' just before
    # 占市级一般公共预算支出的: this year's budget, not last year's spending named exactly)
    paragraph = document.by_paragraph.get(share.paragraph, [])
    return not any(f is not whole and f.sentence != share.sentence and f.same(whole) and place in f.clause
                   and name in f.clause.replace("的", "") for f in paragraph[max(0, share.index - BACK):share.index])


def _kind_of_whole(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``零售金融业务营业收入 a，占比 s%`` with no whole named: the part's name is a kind (零售金融业务) of a whole
    named by the rest of it (营业收入), so the whole is the figure before it named exactly so — in its section, or the
    one so named in the report — and never one after 其中 or a part itself."""
    if not SHARE_OF_NO_NAME.fullmatch(share.lead):
        return
    # the amount before it, past its own growth rates (…营业收入 a，同比增长 g%，增速比…高 d个百分点，占比 s%)
    part = next((f for f in _back(figures, share, 3) if f.amount), None)
    if part is None or part.sentence != share.sentence or not _plain(part) or _after_mark(document, part) \
            or NAMED_COMPARISON.search(part.clause):
        return
    name = core_name(part)
    for cut in range(2, len(name) - 2):          # the longest name the part's name ends with, at least three characters
        whole_name = name[cut:]
        wholes = [f for f in document.named(core_name, whole_name, part.start)
                  if f.same(part) and _plain(f) and f.value > part.value and not _after_mark(document, f)]
        if not wholes:
            continue
        whole = wholes[0]
        doubt = "" if whole.section == share.section or len(wholes) == 1 else \
            f"{whole.text} is the nearest figure named {whole_name}, in another section"
        if sub_period(document, part) != sub_period(document, whole) or other_year(document, whole, part):
            doubt = doubt or f"{whole.text} is of another period than {part.text}"
        finding = _share(part, whole, share, f"占比 of {part.text} ({name}) is of {whole.text}, the figure named "
                                             f"{whole_name}, of which {name[:cut]} is a kind", doubt)
        first = document.first_named(core_name, whole_name, part.start)
        if len(wholes) > 1 and first is not None and first is not whole and first.same(part) and _plain(first) \
                and first.value > part.value and not _after_mark(document, first):
            # two figures so named: the nearest (a week's) or the first the report leads with (the year's total); the
            # one the figures fit, and where neither does, neither is accused
            lead = _share(part, first, share, f"占比 of {part.text} ({name}) is of {first.text}, the first figure the "
                                              f"report names {whole_name}, of which {name[:cut]} is a kind")
            finding.spec["reading"] = f"of {whole.text}, the nearest figure named {whole_name}"
            finding = replace(finding, alternatives=({**lead.spec, "reading": f"of {first.text}, the first figure "
                                                                             f"named {whole_name}"},))
        yield finding
        return



#: figures of the report looked back over for the total a bare 占 leaves unnamed
MEASURE_BACK = 200
#: a sentence that opens with the name of the whole its figures break down (``年末全市户籍人口中，``)
AMONG_OPENER = re.compile(r"(?:[^，。；,;\d]{0,12}[，,])?(?P<whole>[^，。；,;\d]{3,16}?)中[，,：:]")


def _measure_whole(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``分散采购 a，增长 g%，占 s%`` sections after ``全市政府采购规模 W``; ``年末全市户籍人口中，男性 a，占 s%`` pages
    after ``全市户籍总人口 W``: a bare share that no whole in its paragraph or list explains is of the report's total
    of what its part measures — the name its sentence opens with (…中，), else the last two characters of the part's
    name (采购, 资金, 交易额 → 易额) — the largest figure before it so named, in the part's unit, of its year and
    period, no target or aside. Kept only where the figures fit, never judged: the share names no whole, so the
    largest so named is a reading, not a fact (the 4.26万个 a report leads with, not the 3.5万个 of a section)."""
    if not SHARE_OF_NO_NAME.fullmatch(share.clause):
        return
    part = next((f for f in _back(figures, share, 3) if f.amount), None)
    if part is None or part.sentence != share.sentence or not _plain(part) or _after_mark(document, part) \
            or NAMED_COMPARISON.search(part.clause) or CHANGE_LEAD.search(part.lead):
        return
    opened = AMONG_OPENER.match(document.raw, document.sentence_start(part.start), part.start)
    name = NAME_PREFIX.sub("", MEASURE_SUFFIX.sub("", opened.group("whole"))) if opened else ""
    measure = name if len(name) >= 2 else core_name(part)[-2:]
    if len(measure) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", measure):
        return
    size = part.value

    def total(f: Figure) -> bool:
        scale = part.scale(f)
        return f.sentence != part.sentence and scale is not None and _plain(f) and f.value * scale > size \
            and not in_brackets(f) and not _target(document, f) and not other_year(document, f, part) \
            and not _other_period(document, f, part) and any(measure in n for n in whole_names(f))
    totals = [f for f in document.earlier(part.start, MEASURE_BACK) if total(f)]
    if not totals:
        return
    whole = max(totals, key=lambda f: (f.value * part.scale(f), -f.start))
    said = f"the sentence opens with {name}" if opened and name == measure else f"the part measures {measure}"
    finding = _share(part, whole, share, f"{share.text} names no whole; {said}, and {whole.text} "
                                         f"({whole.clause.strip('，,')}) is the largest figure so named before it")
    yield replace(finding, only_if_consistent=True)


#: ``，分别占用水总量的``: the shares that follow are those of the parts before, in their order
RESPECTIVELY = re.compile(r"分别占[^，。；,;\d]{2,20}的(?:比重|比例)?(?:为|是)?$")
#: ``农业、牧业产值分别占总产值的``: the items whose shares follow, named before 分别
RESPECTIVE_NAMED = re.compile(r"(?:^|[，,])(?P<subjects>[^，。；,;\d（()）]{2,30}?)分别占(?:[^，。；,;\d]{0,20}的)?(?:比重|比例)?"
                              r"(?:为|是)?$")
#: the words between two shares of one 分别占 list (``52.8%、24.6%、20.7%和4.9%``)
NEXT_SHARE = re.compile(r"^[、，,]?(?:和|及|与)?$")


def _respective_shares(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``农业用水量 a，工业用水量 b，生活用水量 c，分别占用水总量的 x%、y%和z%``: as many parts as shares, right before
    them in one unit with nothing else between, each over the whole NAME names (found as for one share, with its
    doubt); a list longer than its shares (another figure of the unit just before) is read as nothing."""
    shares = [share]
    for figure in figures[share.index + 1:]:
        if figure.sentence != share.sentence or figure.unit != "%" or not NEXT_SHARE.match(figure.lead):
            break
        shares.append(figure)
    start = share.index - len(shares)
    if len(shares) < 2 or start < 0:
        return
    parts = figures[start:share.index]
    if not all(p.sentence == share.sentence and p.same(parts[0]) and _plain(p) for p in parts):
        return
    before = figures[start - 1] if start > 0 else None
    if before is not None and before.sentence == share.sentence and before.same(parts[0]) and _plain(before) \
            and not re.search(r"其中|[；;]", document.between(before, parts[0])):
        return                                      # 甲 a，乙 b，丙 c，分别占…的 y%和z%: which two is not said
    named = next(iter(_named_share(document, figures, share, listed=False)), None)
    whole = document.figure_of(named.spec["uses"]["total"]) if named is not None else None
    if whole is None or whole in parts or not whole.same(parts[0]) or whole.start > parts[0].start \
            or whole.value <= max(p.value for p in parts) or _not_the_whole_of_all(document, figures, whole, parts):
        return
    for part, stated in zip(parts, shares):
        yield _share(part, whole, stated, f"分别占 lists the shares of {'、'.join(p.text for p in parts)} in "
                                          f"{whole.text} in their order: {stated.text} is that of {part.text}",
                     named.doubt)


def _not_the_whole_of_all(document: Document, figures: list[Figure], whole: Figure, parts: list[Figure]) -> bool:
    """The whole found for a list's last share is not the one whole of all its parts: it is named as one of them
    (``全市粮食产量 a，蔬菜产量 W。甲县粮食产量 p1，蔬菜产量 p2，分别占全市的`` — W holds 蔬菜, what tells p2 from
    p1), it is itself one of several told respectively (``2023年、2024年营业收入分别为 W1、W2；研发投入分别为 p1、p2，
    分别占营业收入的``), or the parts are of several years."""
    cores = [core_name(p) for p in parts]
    common = 0
    while common < min(map(len, cores)) and len({c[len(c) - common - 1] for c in cores}) == 1:
        common += 1
    if any(len(c) - common >= 2 and c[:len(c) - common] in core_name(whole) for c in cores) \
            or (len(set(cores)) > 1 and core_name(whole) in cores):     # 出口 a，进口 b，分别占全国的: 全国进口 W
        return True
    start = document.sentence_start(parts[0].start)
    if len(set(re.findall(r"\d{4}年", document.raw[start:parts[0].start]))) >= 2:
        return True
    return _told_with_others(document, whole)


def _place_of(share: Figure) -> str:
    """The place a share's whole is said of (``占全市网络零售额的`` → 全市), or ""."""
    found = PLACE_WORD.search(share.lead.rsplit("占", 1)[-1])
    return found.group(0) if found else ""


#: the words of a figure compared with another (``比上年多开行``, ``较上月``)
COMPARED_LEAD = re.compile(r"[比较]")

#: the figures of a report's start (headline, dateline, lead) a far share's whole may be taken from by its name:
#: at most so many, in its first paragraph with figures (the lead, where a headline's figure is told again)
LEAD_FIGURES = 30
LEAD_PARAGRAPHS = 1
#: the words before a share's written name that do not make it a kind of the whole (全市, 全年), unlike 新增 or 累计
LEAD_NAME_PREFIX = re.compile(r"^(?:全[国省市区县镇]|全年|年末|今年|当年|其中|各类)+")


def _lead_whole(document: Document, part: Figure, share: Figure, wanted: list[str],
                others: list[Figure]) -> Figure | None:
    """The whole a far share names when the report leads with it: the first figure of its headline or lead
    (:data:`LEAD_FIGURES`) whose name ends with the share's, in the part's unit, period and year, no part of a breakdown,
    no aside in brackets, no target, larger than the part — and no figure named so before the share (in the report's
    lead, among ``others``, or by the end of its name) is larger: a total its later sections break down (``全市…实现
    票房 3.86亿元`` for 特效厅票房 a，占全市票房的 s%, sections later, past 6月全市票房 W')."""
    place = _place_of(share)
    written = SHARE_LEAD.search(share.lead)          # 占新增债券的: 新增 kept (a kind of 债券), 全市 and 全年 dropped
    written = LEAD_NAME_PREFIX.sub("", written.group("name").strip("的")) if written else ""
    names_ = [MEASURE_SUFFIX.sub("", n) for n in _names_of(written)] if len(written) >= 2 else []
    names_ = [n for n in names_ or wanted if len(n) >= 2]

    def named_so(f: Figure, loosely: bool = False) -> bool:      # loosely: any name holding the share's (rivals)
        return f is not part and f.start < share.start and _plain(f) and part.scale(f) is not None \
            and not in_brackets(f) and any(any(n in w for w in whole_names(f)) if loosely
                                           else _lead_named(document, f, n) for n in names_) \
            and not (_other_period(document, f, part) or other_year(document, f, part) or _target(document, f)) \
            and place in f.clause
    if not names_:
        return None
    leading = document.leading(LEAD_FIGURES)
    first = list(dict.fromkeys(f.paragraph for f in leading))[:LEAD_PARAGRAPHS]
    lead = next((f for f in leading if f.paragraph in first and named_so(f) and not _one_of_kinds(document, f, names_)),
                None)
    if lead is None or lead.value * part.scale(lead) < part.value or lead.start >= part.start:
        return None
    year = year_of(document, part)
    if year not in ("", year_of(document, lead)) and not _own_words(document, year + "年"):
        return None                     # 2023年教育支出 a: the lead, of no year named, may be the report's year's
    rivals = [*leading, *others,
              *(f for n in names_ if len(n) >= 3 for f in document.named(measure_ends, n, share.start, SO_NAMED))]
    size = lead.value * part.scale(lead)
    if any(named_so(f, True) and (f.value * part.scale(f) > size * (1 + 1e-9) or f.text != lead.text and (
            any(n in whole_names(f) for n in names_) or _of_another_scope(f, names_))) for f in rivals):
        return None     # a larger one named so; or another named exactly so (县人民医院：住院医疗总费用 W'), or for
        # another scope (市本级一般公共预算支出 W'): which the share means is not said
    # the lead's figure told again nearer the share (a section's own 全年发行再融资债券 W) is the one it reads
    return max((f for f in rivals if named_so(f) and f.text == lead.text and f.start < part.start),
               key=lambda f: f.start, default=lead)


#: the words that end what comes before a name without making a kind of it (全市城市院线累计实现|票房)
LEAD_NAME_BREAK = re.compile(r"(?:实现|完成|累计|共计|合计|共|达到?|的)$")


def _lead_named(document: Document, figure: Figure, name: str) -> bool:
    """``figure`` is named ``name``: exactly, or after words that are a verb (实现, 累计), or after the subject its
    headline names (祁原中欧班列|开行 under a headline on 祁原中欧班列) — not a word the name's end is glued to
    (进出口 is no 出口)."""
    names_ = whole_names(figure)
    if name in names_:
        return True
    rest = next((n[:-len(name)] for n in names_ if n.endswith(name)), None)
    if not rest:
        return False
    if LEAD_NAME_BREAK.search(rest):
        return True
    return len(rest) >= 2 and any(rest in line for line in document.headlines(HEAD_LINES))


def _of_another_scope(figure: Figure, names_: list[str]) -> bool:
    """``figure``'s name is one of ``names_`` after a place or a level of government (市本级, 江城区): the account of
    another scope than the whole's, not a kind of it."""
    return any(n.endswith(name) and len(n) > len(name) and _place_named(n[:-len(name)])
               for n in whole_names(figure) for name in names_)


def _one_of_kinds(document: Document, figure: Figure, wanted: list[str]) -> bool:
    """``figure``'s name qualifies the name wanted, and a figure of its sentence and unit qualifies it otherwise
    (``航空件业务量 a，陆运件业务量 b``): one kind of a breakdown, not the whole 占业务量的 names."""
    own = core_name(figure)
    kinds = [n for n in wanted if len(n) >= 2 and own.endswith(n) and own != n]
    return bool(kinds) and any(
        f is not figure and f.sentence == figure.sentence and f.same(figure) and _plain(f) and core_name(f) != own
        and not COMPARED_LEAD.search(f.lead)                             # 比上年多开行 d: a change, no kind
        and not PARTS_MARK.search(document.between(*sorted((figure, f), key=lambda g: g.start)))   # W，其中 a: a part
        and any(core_name(f).endswith(n) and core_name(f) != n for n in kinds)
        for f in document.by_paragraph.get(figure.paragraph, [])[max(0, figure.index - 3):figure.index + 4])


def _told_with_others(document: Document, figure: Figure) -> bool:
    """``figure`` is one of several of its unit told respectively (``2023年、2024年…分别为 W1和W2``)."""
    if not LISTED.search(document.raw, document.sentence_start(figure.start), figure.start):
        return False
    members = next((m for m in document.paragraphs if m and m[0].paragraph == figure.paragraph), [])
    return any(f is not figure and f.sentence == figure.sentence and f.same(figure)
               and NEXT_SHARE.match(document.between(*sorted((f, figure), key=lambda g: g.start)))
               for f in members[max(figure.index - 1, 0):figure.index + 2])


def _named_apart_from(document: Document, share: Figure, pattern: re.Pattern, terms: tuple[Figure, ...]) -> bool:
    """The words of ``share``'s sentence before its name (城镇化率) name another place, a year or a census than its
    terms' do (``全省森林覆盖率为``, ``第七次全国人口普查时，全县城镇化率为`` after today's county figures)."""
    start = max(document.sentence_start(share.start), share.start - SAID_BACK,      # the words after its terms when
                *(f.end for f in terms if f.sentence == share.sentence and f.end < share.start))   # they stand in its
    found = None                                                                # sentence (2025年末，全市森林面积 a…)
    for found in pattern.finditer(document.raw, start, share.start):
        pass
    words = document.raw[start:found.start() if found else share.start]
    return named_apart(words, *(document.said(f, SAID_BACK) for f in terms))


#: characters of a sentence before a figure read for whose or when it is
SAID_BACK = 40


def _of_another_group(document: Document, share: Figure, pattern: re.Pattern, figures: tuple[Figure, ...]) -> bool:
    """The words of a share named by one word name whom it is of (``城镇居民恩格尔系数``), and the sentence of one of
    the figures it would be read from holds under half of them, from its sentence or semicolon on (``农村居民人均消费
    支出 W，其中食品烟酒支出 a`` for 城镇居民's; ``全市居民…`` for ``全国居民恩格尔系数``)."""
    found = pattern.search(share.clause)
    said = bigrams(share.clause[:found.start()]) if found else frozenset()

    def words(f: Figure) -> str:
        start = document.sentence_start(f.start)
        return document.raw[max(start, *(document.raw.rfind(mark, start, f.start) + 1 for mark in "；;")):f.start]
    return len(said) >= 2 and any(2 * len(said & bigrams(words(f))) < len(said) for f in figures)


def _one_of_several(figures: list[Figure], share: Figure) -> bool:
    """``share`` is one of several shares told together (``分别为 x%和y%``, ``x%、y%``): a share of its sentence in %
    stands right before or after it, joined by 、/和 only, or its words say 分别."""
    if "分别" in share.lead:
        return True
    near = [f for f in (figures[share.index - 1] if share.index else None,
                        figures[share.index + 1] if share.index + 1 < len(figures) else None) if f is not None]
    return any(f.unit == "%" and f.sentence == share.sentence
               and NEXT_SHARE.match(share.lead if f.index < share.index else f.lead) for f in near)


#: figures looked back over, in a share's sentence, for an item of its list that names the whole
LIST_BACK = 12


def _whole_of_list(document: Document, figures: list[Figure], share: Figure) -> Iterator[Finding]:
    """``分业务看，装备业务收入 a1，占营业收入的 s1%；零部件业务收入 a2，增长 g%，占比 s2%``: a bare share (占比, 占,
    比重为) after a part, in a list whose earlier item named the whole of its own share in the same sentence, is a share
    of that same whole — the figure the named share is read against, with its doubt. The earlier item's part is in the
    part's unit and of its measure (their names end alike, or the part's is a bare item: 小麦, 火电), and no 其中
    stands between them (``…占营业收入的 s1%，其中数控装备 a，占比 s%`` is of 装备)."""
    if not SHARE_OF_NO_NAME.fullmatch(share.lead):
        return
    part = next((f for f in _back(figures, share, 3) if f.amount), None)
    if part is None or part.sentence != share.sentence or not _plain(part) or NAMED_COMPARISON.search(part.clause):
        return
    for sibling in _back(figures, part, LIST_BACK):
        if sibling.sentence != share.sentence:
            return
        if sibling.unit != "%" or len(share_name(sibling.lead)) < 2:
            continue
        owner = next((f for f in _back(figures, sibling, 3) if f.amount), None)
        if owner is None or owner is part or not owner.same(part) or not _plain(owner) \
                or PARTS_MARK.search(document.between(sibling, part)):
            return
        if len(core_name(part)) > 4 and core_name(part)[-2:] != core_name(owner)[-2:]:
            return          # 装备业务收入 a，占营业收入的 s1%；零部件业务毛利 b，占比 s2%: another measure, another whole
        if _not_an_item_like(document, figures, sibling, owner, part):
            return
        named = next((f for f in _named_share(document, figures, sibling) if f.spec["uses"].get("part") ==
                      owner.claim_id), None)
        whole = document.figure_of(named.spec["uses"]["total"]) if named is not None else None
        if whole is None or not whole.same(part) or whole.start > part.start or whole.value <= part.value:
            return
        yield _share(part, whole, share, f"{share.text} after {part.text} is of the whole the list's earlier "
                                         f"{sibling.text} ({sibling.clause}) is of: {whole.text}", named.doubt)
        return


#: ``装备业务中，``: words naming the whole the figures after them are counted among
AMONG_WORDS = re.compile(r"[\u4e00-\u9fff]{2,12}中[，,：:]")


def _not_an_item_like(document: Document, figures: list[Figure], sibling: Figure, owner: Figure, part: Figure) -> bool:
    """``part`` is no item of the list ``owner`` (with its named share ``sibling``) opens, so its bare share is not
    of the same whole: it is a kind of the owner (``其中出口 a，占进出口总额的 s1%；对东盟出口 b，占比`` is of 出口;
    ``装备业务收入 a …；装备业务出口收入 b，占比`` is of 装备业务收入), it
    is counted among a whole named between them (``装备业务中，出口收入 b，占比``), it is of another year (``本年装备
    业务收入 a，占…；上年装备业务收入 b，占比``), or a figure of its unit with no share of its own stands between them,
    the whole of the part's own item (``全市政府性基金收入 W，土地出让收入 b，占比`` is of W)."""
    owned, named = core_name(owner), core_name(part)
    if len(owned) >= 2 and owned != named and owned in named:
        return True
    common = 0                      # 装备业务收入 a …；装备业务出口收入 b: the item 装备业务 is held by 装备业务出口
    while common < min(len(owned), len(named)) and owned[-common - 1] == named[-common - 1]:
        common += 1
    if len(owned) - common >= 2 and owned[:len(owned) - common] != named[:len(named) - common] \
            and owned[:len(owned) - common] in named[:len(named) - common]:
        return True
    if AMONG_WORDS.search(document.between(sibling, part)):
        return True
    if other_year(document, owner, part) or other_year(document, part, owner):
        return True
    alone = False
    for figure in figures[sibling.index + 1:part.index]:
        if figure.amount and figure.same(part):
            if alone:
                return True
            alone = _plain(figure)
        elif figure.unit == "%" and re.search(r"占|比重", figure.lead):
            alone = False
    return alone


#: a share with no whole named: ``占比``, ``占``, ``比重为``, ``所占比重``
SHARE_OF_NO_NAME = re.compile(r"[，,]?(?:所?占比?|所占比重|比重|占比重)(?:为|达到?|是)?")


def _part_named(share: Figure) -> str:
    """What a share's own words name as its part (``企业占新登记经营主体的`` → 企业); empty when they name none."""
    before = share.clause.split("占")[0] if "占" in share.clause else ""
    name = NAME_PREFIX.sub("", before).replace("的", "").strip()
    return name if len(name) >= 2 else ""


#: a share of the whole place or year: ``占全省的``, ``占全年的`` name the whole of the part's own measure
PLACE_WHOLES = ("全省", "全市", "全县", "全区", "全国", "全年")


def _share_of_place(document: Document, part: Figure, share: Figure, name: str) -> Iterator[Finding]:
    """``省会澜州市用电量 a，占全省的 s%`` / ``四季度商品房销售面积 a，占全年的 s%``: the whole is the nearest figure
    before the part in its unit, not a part itself, whose words share the part's measure (用电量, 销售面积) and mark
    it as the whole (全社会, 全省, 总 …; for 全年, a sentence that names no quarter or month)."""
    measure = PERIOD_NAME.sub("", core_name(part))
    for figure in document.earlier(part.start, SECTION_BACK):
        # the place's figure named as the part is, even after 其中: 全省…，其中工业用电量 W for 全市工业用电量 a，占全省的;
        # 全年…，其中民间投资 W for 四季度民间投资 a，占全年的
        if not (figure.same(part) and _plain(figure)) or len(measure) < 2 \
                or PERIOD_NAME.sub("", core_name(figure)) != measure or told_as_share(document, figure):
            continue                # 主城三区…实现旅游收入 b，占全市的 s%: b is a part of the place's, not its whole
        said = document.raw[document.sentence_start(figure.start):figure.start]
        if (name == "全年" and not sub_period(document, figure)) or (name != "全年" and name in said):
            doubt = "" if _near(figure, share) else f"the whole {figure.text} is the figure of {name} named as the " \
                                                     f"part, in another paragraph"
            yield _share(part, figure, share, f"占{name}的 refers to {figure.text}, the figure of {name} named as the "
                                              f"part", doubt)
            return
    by_name = _place_whole_by_name(document, part, share, name)
    if by_name is not None:
        yield from by_name
        return
    words = bigrams(core_name(part))
    for figure in document.earlier(part.start, SECTION_BACK):
        if not (figure.same(part) and _plain(figure)) or _after_mark(document, figure) \
                or not words & bigrams(figure.clause):
            continue
        if name == "全年" and sub_period(document, figure):
            continue                  # 前三季度 a，第四季度 b，占全年的 s%: the year is neither
        if name != "全年" and not (name in figure.clause or WHOLE_MARK.search(figure.clause)):
            continue
        if _told_with_others(document, figure):
            return                    # 2023年、2024年全省…分别为 W1和W2: which is the whole is not said
        doubt = "" if _near(figure, share) else f"the whole {figure.text} is the nearest figure of {name} with the " \
                                                 f"part's measure, in another paragraph"
        yield _share(part, figure, share, f"占{name}的 refers to {figure.text}, the whole of the part's measure", doubt)
        return


def _place_whole_by_name(document: Document, part: Figure, share: Figure, name: str) -> list[Finding] | None:
    """``省会青川市R&D经费 a，占全省的 s%`` sections after ``全省共投入R&D经费 W``: the whole is the figure named as
    the part's measure once the place before it is dropped (R&D经费, 实际使用外资), the longest such name first, whose
    own sentence names the place of 占{name}的 before it — judged when it is the one figure so named, or near; None
    when no figure is so named. When the longest name found is that of a part (``全省…W，其中规模以上工业企业R&D经费
    w`` for ``青川市规模以上工业企业R&D经费 a``), a shorter one (R&D经费 W) is not the whole either: nothing is read."""
    if name == "全年":
        return None
    core = core_name(part)
    for cut in range(0, len(core) - 2):
        measure = core[cut:]
        so_named = [f for f in document.named(whole_names, measure, part.start)
                    if f.same(part) and _plain(f) and f.value > part.value and not told_as_share(document, f)
                    and name in document.raw[document.sentence_start(f.start):f.start]]
        wholes = [f for f in so_named if not _after_mark(document, f)]
        if so_named and not wholes or wholes and _told_with_others(document, wholes[0]):
            return []       # …分别为 W1和W2 (two years'): which is the whole is not said
        if not wholes:
            continue
        whole = wholes[0]
        doubt = "" if _near(whole, share) or len(wholes) == 1 else \
            f"{whole.text} is the nearest of several figures of {name} named {measure}"
        if sub_period(document, whole) != sub_period(document, part) or other_year(document, whole, part):
            doubt = doubt or f"{whole.text} is of another period than {part.text}"
        return [_share(part, whole, share, f"占{name}的 refers to {whole.text}, the figure of {name} named {measure}, "
                                           f"the measure of {part.text} ({core}) without its place", doubt)]
    return None


def _planned_share(document: Document, figures: list[Figure], share: Figure, name: str) -> Iterator[Finding]:
    """``年初预算安排 B，执行中完成 A，完成预算的 s%``: s recomputed as A / B, B the figure named as the budget or
    plan in the same sentence (a 一般公共预算收入 is not a budget)."""
    part = next((f for f in _back(figures, share, 3) if f.amount), None)
    if part is None or part.sentence != share.sentence or not _plain(part):
        return
    plan = next((f for f in _back(figures, part, BACK) if f.sentence == share.sentence and f.same(part)
                 and (PLANNED.search(f.clause.replace("公共预算", ""))
                      or re.search(r"[收支出入]预算(?:数|为)?$", f.clause))), None)   # 基金预算收入预算 B: the budget
    if plan is not None:
        yield _share(part, plan, share, f"{share.text} of the {name} is {part.text} over {plan.text}, the figure "
                                        f"named as the {name}")


def _both_named(document: Document, share: Figure, name: str) -> Iterator[Finding]:
    """``税收收入占一般公共预算收入比重为 69.0%`` with no figure in its sentence: the part and the whole are the
    figures stated before under those names (the nearest of each, within a few sentences)."""
    before = re.split(r"[，,；;]", share.lead.split("占")[0])[-1]
    part_name = NAME_PREFIX.sub("", before).strip()
    if len(part_name) < 2 or "占" not in share.lead:
        return
    earlier = document.earlier(share.start, EARLIER)
    part = next((f for f in earlier if _plain(f) and part_name in f.clause.replace("的", "")), None)
    if part is None or share.sentence - part.sentence > 2:
        return
    whole = next((f for f in earlier if f is not part and f.same(part) and _plain(f)
                  and name in f.subject.replace("的", "")), None)
    wanted = [MEASURE_SUFFIX.sub("", n) for n in _names_of(name)]
    if whole is None or (share.sentence - whole.sentence > 3 and len(name) < 4):
        # else the one figure of the report so named, however far back (全省共有幼儿园 W for 民办幼儿园占全省幼儿园
        # 总数的; 研究与试验发展（R&D）经费 W for 基础研究经费占R&D经费的), judged when certain, else not read
        whole = next((f for n in wanted if len(n) >= 3 for f in document.named(measure_ends, n, part.start)
                      if f is not part and f.same(part) and _plain(f) and f.value > part.value
                      and _named_as(document, f, n, part)), None)
        if whole is None or not _only_one_so_named(document, whole, share, wanted, part):
            return
    far = "" if _near(whole, share) or _only_one_so_named(document, whole, share, wanted, part, True) else \
        f"{whole.text} is the nearest figure named {name}, in another paragraph"
    yield _share(part, whole, share, f"{part_name}占{name} refers to {part.text} and {whole.text}, the figures "
                                     f"stated before under those names", far)


#: what a rate counts when it is a saving: of the amount spent, or of the cost before the saving (spent + saved)
SAVED = re.compile(r"节约|节省|节支")
#: the words of an amount that is the cost before a saving itself: a budget, a plan, an original price
BEFORE_SAVING = re.compile(r"预算|计划|原价|原来|之前|前价")


def _named_rate(document: Document, figures: list[Figure], rate: Figure, depth: int = 0) -> Iterator[Finding]:
    """``办理案件 1.26万件，结案 1.18万件，结案率为 93.7%``: a rate named by what it counts (结案) is that figure
    over the figure stated before it in its sentence and unit (the whole it is counted in); when that figure is itself
    counted by a rate of its own (``监测 T，达到合格等级的 a，合格率 r；达到优良等级的 b，优良率 s``), over the whole of
    that rate or over it (:func:`_sibling_whole`)."""
    found = RATE_NAMED.search(rate.clause)
    if not found or "占" in rate.lead:
        return
    planned = list(_plan_rate(document, figures, rate)) if PLAN_RATE.search(rate.clause) else []
    if planned:                     # 预算 B，完成支出 A，预算完成率 s%
        yield from planned
        return
    stem = RATE_KIND.sub("", NAME_PREFIX.sub("", found.group("stem")))       # 优良天数比率, 酸雨频率: 优良天数, 酸雨
    if len(stem) < 2 or RATE_NOT_NAMED.search(stem):
        return
    stems = {stem, stem[2:] + stem[:2]} if len(stem) == 4 else {stem}     # 投资完成率 counts 完成投资

    def counts_stem(f):             # 达到优良的天数 312天 / 121个 水质达标: the words before or right after it
        return any(s in f.clause.replace("的", "") or s in document.words_after(f) for s in stems)
    counted = next((f for f in _back(figures, rate, 3) if f.sentence == rate.sentence and _plain(f) and counts_stem(f)
                    and not PRIOR_PERIOD.search(f.clause)), None)      # 上年执行 b，今年完成 a，执行率: not b
    if counted is None:
        yield from _rate_of_parts(document, figures, rate, found.group("stem"))
        return
    whole = next((f for f in _back(figures, counted, 3) if f.sentence == counted.sentence and f.same(counted)
                  and _plain(f) and not counts_stem(f)), None)
    if whole is not None and PARTS_MARK.search(document.between(whole, counted)) is None and \
            not re.search(r"[，,]", document.between(whole, counted)):
        return
    budget = None                   # the budget a saving is counted over, when the sentence states it
    if whole is not None:           # 预算 B，实际 A，节约 C，节约率 s%: C = B − A (or A − B), so C is counted over B
        prior = next((f for f in _back(figures, whole, 1) if f.sentence == whole.sentence and f.same(whole)
                      and _plain(f)), None)
        if prior is not None and (prior.low - 1e-9 <= whole.high + counted.high
                                  and whole.low + counted.low <= prior.high + 1e-9
                                  or whole.low - 1e-9 <= prior.high + counted.high
                                  and prior.low + counted.low <= whole.high + 1e-9):
            whole = budget = prior   # 预算 100，实际 110，超支 10，超支率 10%: over the budget too
    doubt = ""
    if whole is None:               # 全年有效监测天数 366天。…优良的天数为 312天，优良天数比率为 85.2%: the sentence before,
        # past the parts it lists after its whole (共有农贸市场 214家，其中城区 107家、县城 64家。已改造的 136家，改造率为;
        # 消费券资金 1.2亿元，各批次金额分别为 a、b、c。核销消费券 d，核销率)
        whole = _whole_past_parts(document, figures, counted, counts_stem)
        if whole is not None and _counted_by_rate(figures, whole):
            # 去向落实 W，去向落实率 r (over the graduates)。其中，升学 a，升学率 s: s may be over the graduates too
            doubt = f"{whole.text} is itself counted by a rate over another whole, which this rate may be over too"
    if whole is None:               # 本科毕业生中，境内升学 a，升学率 s%: the whole is the figure named 本科毕业生
        whole, doubt = _named_among(document, counted)
        if whole is None:
            return
    if other_year(document, whole, counted):
        return                      # 上年末…贷款余额 W。报告期末…不良贷款余额 a，不良贷款率: over this year's loans
    act = MEASURE_WORD.sub("", stem)      # 优良天数: the act is 优良, 天数 only measures it
    if not doubt and len(act) >= 3 and act[-2:] in whole.clause.replace("的", "") \
            and PARTS_MARK.search(document.between(whole, counted)) is None:
        # 本科上线 W …；特控线上线 a，特控线上线率 r: W counts the same act (上线) for another line — a sibling, and the
        # rate may be over those who sat the exam
        doubt = f"{whole.text} counts {act[-2:]} too ({whole.clause.strip('，,；;')[-10:]}): a count beside {counted.text}, " \
                "not certainly the whole it is counted in"
    finding = _share(counted, whole, rate, f"{found.group('stem')}率 counts {counted.text} ({stem}) over "
                                           f"{whole.text}, the figure before it in its unit", doubt)
    total = _qizhong_total(document, figures, whole, counted)
    if total is not None:           # 测试 T，其中合格的 a，合格率 s%；优良的 b，优良率 t%: b over T, or over a
        other = _share(counted, total, rate, f"{found.group('stem')}率 counts {counted.text} ({stem}) over "
                                             f"{total.text}, the total its list is part of")
        finding = replace(finding, alternatives=tuple({**f.spec, "reading": f"{counted.text} over {w.text}"}
                                                      for f, w in ((other, total),)))
        finding.spec["reading"] = f"{counted.text} over {whole.text}"
    elif depth < 3 and (total := _sibling_whole(document, figures, whole, counted, depth)) is not None:
        other = finding         # 监测 T，合格的 a，合格率 r；优良的 b，优良率 s: b over T, or over a
        finding = _share(counted, total, rate, f"{found.group('stem')}率 counts {counted.text} ({stem}) over "
                                               f"{total.text}, the whole the rate of {whole.text} before it is of")
        finding = replace(finding, alternatives=({**other.spec, "reading": f"{counted.text} over {whole.text}"},))
        finding.spec["reading"] = f"{counted.text} over {total.text}"
    if SAVED.search(stem) and budget is None and finding.spec["uses"].get("total") == whole.claim_id \
            and not BEFORE_SAVING.search(whole.clause):     # 预算金额 B，节约 C: over the budget only
        # 采购金额 A，按中选前价格计算节约 C，节约率 s%: C over A, or over the cost before the saving, A + C
        before = {**finding.spec, "formula": "part / (total + part) * 100",
                  "description": f"{rate.text} as {counted.text} over {whole.text} + {counted.text}, the cost before "
                                 f"the saving",
                  "reading": f"{counted.text} over {whole.text} + {counted.text}"}
        finding.spec.setdefault("reading", f"{counted.text} over {whole.text}")
        finding = replace(finding, alternatives=(*finding.alternatives, before))
    yield finding


def _counted_by_rate(figures: list[Figure], whole: Figure) -> bool:
    """A rate named by what it counts stands right after ``whole`` in its sentence (``去向落实 5,947人，去向落实率为
    89.86%``): ``whole`` is a part of another whole itself."""
    after = figures[whole.index + 1] if whole.index + 1 < len(figures) else None
    return after is not None and after.unit == "%" and after.sentence == whole.sentence \
        and bool(RATE_NAMED.search(after.clause))


def _sibling_whole(document: Document, figures: list[Figure], whole: Figure, counted: Figure,
                   depth: int) -> Figure | None:
    """The whole of the rate right after ``whole`` (``合格的 a，合格率 r``) when ``whole`` is so counted itself: the
    rate after it (``优良的 b，优良率 s``) may be of the same whole."""
    after = figures[whole.index + 1] if whole.index + 1 < counted.index else None
    if after is None or after.unit != "%" or after.sentence != whole.sentence or not RATE_NAMED.search(after.clause):
        return None
    prior = next(iter(_named_rate(document, figures, after, depth + 1)), None)
    total = document.figure_of(prior.spec["uses"]["total"]) if prior is not None else None
    if total is None or total is whole or not total.same(counted) or total.value < whole.value \
            or PLAN_WORDS.search(total.subject):
        return None     # 计划筹集 P，实际筹集 a，完成率 r；已分配 b，分配率 s: a plan is no whole of what is done
    return total


def _plan_rate(document: Document, figures: list[Figure], rate: Figure) -> Iterator[Finding]:
    """``市农业农村局预算 B，完成支出 A，预算完成率 s%`` / ``下达造林任务 B，完成造林 A，任务完成率 s%`` / ``预算 B，
    实际支出 A，执行率为 s%``: a rate of a plan carried out is the amount done before it (its words say 完成, 执行,
    实际) over the plan, the figure of its unit right before that amount in the sentence, named as a plan (预算, 计划,
    任务, 目标: the rate's own word when it says one); any other figure of the unit between, and nothing is read."""
    done = next((f for f in _back(figures, rate, 3) if f.amount), None)
    if done is None or done.sentence != rate.sentence or not _plain(done) or not DONE_WORDS.search(done.clause) \
            or PRIOR_PERIOD.search(done.clause):
        return
    plan = next((f for f in _back(figures, done, BACK) if f.sentence == done.sentence and f.scale(done) is not None),
                None)
    word = PLAN_RATE.search(rate.clause).group("plan")
    if plan is None or plan.sentence != rate.sentence or not plan.amount or BASE_LEAD.search(plan.lead) \
            or CHANGE_LEAD.search(plan.lead) or not (re.compile(word) if word else PLAN_WORDS).search(plan.subject) \
            or PLAN_WORDS.search(done.clause):
        return          # 预算 B，其中基本支出 b，实际支出 A: b is no plan; 完成计划 A: A is no amount done
    finding = _share(done, plan, rate, f"{rate.clause.rstrip('为是达到仅')} is {done.text} ({done.clause}) over the "
                                       f"plan {plan.text} ({plan.clause})")
    first = next((f for f in _back(figures, plan, BACK) if f.sentence == plan.sentence and f.scale(done) is not None),
                 None)
    if first is not None and PLAN_WORDS.search(first.subject) and not BASE_LEAD.search(first.lead) \
            and not re.search(r"[；;]", document.between(first, plan)):
        # 部门预算 B0，调整预算 B，实际支出 A，执行率 s%: over the adjusted budget, or over the first
        other = _share(done, first, rate, f"{rate.text} is {done.text} over the plan first stated, {first.text}")
        finding = replace(finding, alternatives=({**other.spec, "reading": f"{done.text} over {first.text}"},))
        finding.spec["reading"] = f"{done.text} over {plan.text}"
    yield finding


def _qizhong_total(document: Document, figures: list[Figure], whole: Figure, counted: Figure) -> Figure | None:
    """The 其中 total of ``whole`` when a ； stands between ``whole`` and ``counted`` (``测试 T，其中合格的 a，合格率
    s%；优良的 b，优良率 t%``): b's item may be a part of a as of T, so the rate may count it over either."""
    if not _after_mark(document, whole) or not re.search(r"[；;]", document.between(whole, counted)):
        return None
    start = document.sentence_start(whole.start)
    mark = document.raw.rfind("其中", start, whole.start)
    return next((f for f in _back(figures, whole, BACK) if f.end <= mark and f.start >= start and f.same(whole)
                 and _plain(f) and f.value >= whole.value), None)


#: a list of parts told item by item (``各批次金额分别为 a、b、c``): its figures are parts, never the whole of a rate
LISTED = re.compile(r"分别|依次")


#: the words before a listed part that are not its name (``其中城区``, ``分别为来信``)
LIST_ITEM_LEAD = re.compile(r"^(?:其中|内含|包括|包含)?[，,：:]?(?:各[^，,、]{0,6})?(?:分别|依次)?(?:为|是|有|达到?)?")


def _whole_past_parts(document: Document, figures: list[Figure], counted: Figure, counts_stem) -> Figure | None:
    """The whole a rate counts ``counted`` over, stated in the sentence before: one of the three figures before it,
    not counting the parts that sentence lists after its whole (after 其中, or 分别 / 依次), which are never it; none
    when ``counted`` is named as one of those parts (``其中城区 a、县城 b。城区已改造的 c，改造率``: c is of a)."""
    steps = 0
    words = document.raw[document.sentence_start(counted.start):counted.start]
    for figure in _back(figures, counted, BACK * 2):
        if figure.sentence < counted.sentence - 1:
            return None
        listed = figure.sentence == counted.sentence - 1 and (_after_mark(document, figure) or LISTED.search(
            document.raw, document.sentence_start(figure.start), figure.start))
        if listed:
            item = LIST_ITEM_LEAD.sub("", figure.clause)
            if len(item) >= 2 and item in words:
                return None
        else:
            steps += 1
            if steps > 3:
                return None
            if figure.sentence == counted.sentence - 1 and figure.same(counted) and _plain(figure) \
                    and not counts_stem(figure):
                return figure
    return None

#: ``本科毕业生中，`` / ``参训人员中有``: the words before a figure name the whole it is counted among
AMONG = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12})中(?![心国央间学旬期型部层级医药华])[，,]?(?:有|共有)?[^，,。；;]{0,10}$")


def _named_among(document: Document, counted: Figure) -> tuple[Figure | None, str]:
    """The whole a figure is counted among (``本科毕业生中，境内升学 a``): the figure before it named so, in its unit
    and larger — judged when it is near or the one figure so named, else shown with its doubt."""
    found = AMONG.search(counted.lead)
    if found is None:
        return None, ""
    name = MEASURE_SUFFIX.sub("", NAME_PREFIX.sub("", found.group("name")))
    wholes = [f for f in document.named(whole_names, name, counted.start) if f.same(counted) and _plain(f)
              and f.value > counted.value] if len(name) >= 3 else []
    if not wholes:
        return None, ""
    whole = wholes[0]
    sure = whole.paragraph == counted.paragraph or len(wholes) == 1
    return whole, "" if sure else f"{whole.text} is the nearest figure named {name}, in another paragraph"


def _rate_of_parts(document: Document, figures: list[Figure], rate: Figure, stem: str) -> Iterator[Finding]:
    """``湿地面积 W，其中纳入保护体系的湿地 a，湿地保护率 s%``: a rate right after a part that 其中 introduces is that
    part over the figure 其中 follows, when the rate's name shares words with theirs."""
    part = next((f for f in _back(figures, rate, 2) if f.amount), None)
    if part is None or part.sentence != rate.sentence or not _plain(part) or not _after_mark(document, part):
        return
    start = max(document.sentence_start(part.start), part.start - MARK_REACH)
    mark = document.raw.rfind("其中", start, part.start)
    whole = next((f for f in _back(figures, part, BACK) if f.end <= mark and f.start >= start and f.same(part)
                  and _plain(f)), None)
    wanted = bigrams(stem)
    if whole is None or whole.value <= part.value or not wanted \
            or len(wanted & bigrams(whole.clause + part.clause)) < 0.6 * len(wanted) \
            or not wanted & (bigrams(part.clause) - bigrams(whole.clause)):
        return          # 湿地保护率 after 其中纳入保护体系的湿地; not 工业用水重复利用率 after 其中工业用水, nor
                        # 期间费用率 after 期间费用 T，其中研发费用 a (the whole's own rate, over another figure)
    yield _share(part, whole, rate, f"{stem}率 right after {part.text}, which 其中 makes a part of {whole.text}, is "
                                    f"the part over its whole")


#: a quotient defined in words right before its figure: ``保险深度（保费收入与地区生产总值之比）为``,
#: ``实际使用外资与合同外资之比即资金到位率为``
DEFINED_RATIO = re.compile(r"(?P<a>[^，。；、,;（()与和\d]{2,14})与(?P<b>[^，。；、,;（()与\d]{2,14}?)(?:之比|的比值|的比率)"
                           r"[^，。；,;\d]{0,12}$")


def _defined_ratio(document: Document, stated: Figure) -> Iterator[Finding]:
    """``全市保险深度（保费收入与地区生产总值之比）为 4.92%``: the figure is the quotient of the two figures its words
    name, each the nearest before it named exactly so — in its paragraph or the sentence before, or the one figure so
    named in the report; a figure named otherwise, or two so named far away, and nothing is read."""
    words = document.raw[max(document.sentence_start(stated.start), stated.start - 60):stated.start]
    found = DEFINED_RATIO.search(words)
    if found is None or ":" in document.raw[stated.end:stated.end + 1] or BASE_LEAD.search(stated.lead) \
            or FROM_LEAD.search(stated.lead):
        return          # （R&D经费与地区生产总值之比）由上年的 2.51% …: last year's, not of this year's figures
    terms = []
    for side in ("a", "b"):
        name = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", found.group(side))))
        named = [f for f in document.named(names, name, stated.start) if f.plain and f.amount] if len(name) >= 2 else []
        near = [f for f in named if f.paragraph == stated.paragraph or stated.sentence - f.sentence <= 1]
        term = near[0] if near else (named[0] if len(named) == 1 else None)
        if term is None or other_year(document, term, stated) or sub_period(document, term) != sub_period(
                document, stated):
            return
        terms.append(term)
    numerator, denominator = terms
    if numerator is denominator or not numerator.same(denominator):
        return
    if any(PLANNED.search(said) or TARGET_WORDS.search(said)
           for said in (document.raw[document.sentence_start(f.start):f.start] for f in (stated, *terms))):
        return          # 力争到2027年保险深度（保费收入与地区生产总值之比）达到5.0% over 到2027年…地区生产总值达到 W:
                        # a target is no stated fact to recompute, whatever its operands
    scale = 100 if stated.unit == "%" else 1
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text} recomputed as {numerator.text} over {denominator.text}",
        "uses": {"numerator": numerator.claim_id, "denominator": denominator.claim_id},
        "formula": f"numerator / denominator * {scale}" if scale != 1 else "numerator / denominator",
        "stated": stated.claim_id, "unit": "percent" if scale == 100 else "",
        "assumptions": [f"{found.group(0).rstrip('）)为即是')} is defined by its words: {numerator.text} "
                        f"({found.group('a')}) over {denominator.text} ({found.group('b')})"]})


#: what a rate word adds to what it counts: 比率, 频率 (优良天数比率 counts 优良天数)
RATE_KIND = re.compile(r"(?:比|频)$")



def _near(whole: Figure, share: Figure) -> bool:
    """A whole close enough to accuse with: before the share, in its paragraph or in the sentence before it."""
    return whole.start < share.start and (whole.paragraph == share.paragraph or share.sentence - whole.sentence <= 1)


def _names(figure: Figure, name: str, loose: bool = True) -> bool:
    """``figure``'s words name ``name``: ``全年一般公共预算收入`` names 一般公共预算收入, ``床位`` names 床位总数, and
    ``规模以上工业实现产值`` names 规模以上工业产值 (most of the name's pairs of characters, in its words)."""
    core = NAME_SUFFIX.sub("", NAME_PREFIX.sub("", figure.clause))
    if any(n in figure.clause for n in _names_of(name)) or (len(core) >= 2 and core in name):
        return True
    bare = TOTAL_SUFFIX.sub("", name)               # 员工总数 names 现有员工: the total's word dropped
    if bare != name and len(bare) >= 2 and (ends_with(MEASURE_SUFFIX.sub("", core), bare) if loose
                                            else core_name(figure) == MEASURE_SUFFIX.sub("", bare)):
        return True                                  # the dropped name ends the figure's words (出口, not 出口机电产品;
                                                     # 专利授权 for 专利授权量); not loose: it is the whole name
    if len(name) >= 4 and len(core) <= 2 * len(name) + 2 and _abbreviates(name, core):
        return True                                  # 集团营收 names 集团实现营业收入: an abbreviation, in order
    wanted = bigrams(name)
    return len(wanted) >= 3 and len(wanted & bigrams(figure.clause)) >= 0.7 * len(wanted)


def _names_of(name: str) -> list[str]:
    """``name`` and its other names (:data:`~.words.SYNONYMS`: 外贸总值 is also 进出口总值)."""
    names = [name]
    for group in SYNONYMS:
        for word in group:
            if word in name:
                names += [name.replace(word, other) for other in group if other != word]
    return names


#: a name that keeps only those above or below a threshold (重度及以上污染天数): a subset, not the whole it names
THRESHOLD = re.compile(r"及以上|及以下|(?<![\u4e00-\u9fff])以上|以下")


def _abbreviates(name: str, words: str) -> bool:
    """Every character of ``name`` in ``words``, in order, the first two together (集团营收 → 集团实现营业收入):
    how a Chinese abbreviation is made from the full name."""
    if name[:2] not in words:
        return False
    at = words.index(name[:2]) + 2
    for ch in name[2:]:
        at = words.find(ch, at) + 1
        if at == 0:
            return False
    return True


