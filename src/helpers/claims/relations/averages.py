"""Figures per head: averages (人均, 户均, 亩均, 次均 …), rates per 1,000 or per 10万, stated ratios and differences.

* ``总额 T … N人，人均 A`` — A recomputed as T / N; the total is the figure the average's words name
  (``户均增收`` ↔ ``增收总额``, ``亩均产量`` ↔ ``总产量``), the count the one in the average's unit (人均 ÷ 人,
  户均 ÷ 户, 次均 ÷ 人次); both must be stated near it (人均 may divide by the report's stated population);
* ``出生人口 E，出生率为 r‰`` / ``发病 E例，发病率为 r/10万`` / ``每千人口床位数 r张`` — r recomputed as E per 1,000
  (or 10万) of the report's stated population, or of its live births for 婴儿死亡率 and the like;
* ``城乡居民人均收入比为 x`` — x recomputed from the two stated incomes (:data:`~.words.RATIOS`);
* ``人口自然增长率为 d‰`` — d recomputed as 出生率 − 死亡率 (:data:`~.words.DIFFERENCES`), a minus sign written in
  the text included;
* ``新增就业 A，完成年度目标（B）的 r%`` / ``吞吐量 A，是2019年（B）的 N倍`` / ``处置收入 A，相当于资产原值的 r%`` — r
  recomputed as A / B × 100, N as A / B (a base stated in brackets or before 的, or the figure named after 相当于);
* ``流转土地 N亩，每亩年租金 a，…租金 T`` — a recomputed as T / N, T the one other figure of its sentence in a's unit;
* ``企业与个体工商户之比约为 1:x`` — x recomputed as the second figure over the first;
* ``归母净利润 P … 按期末总股本 N股计算，每股收益 e`` / ``每股净资产 b`` / ``每10股派发现金红利 d元，合计派发 T`` — e as
  P / N, b as the shareholders' equity over N, d as T / N × 10 (N the figure named 总股本; basic earnings per share
  over the shares at the year's end are doubtful unless the words say so);
* ``每百元营业收入中的成本 c元`` — 营业成本 over 营业收入, × 100 (a figure per another, never the revenue a 利润率
  divides by); ``平均房价 p元/间夜`` — 客房收入 over the room nights (:data:`~.words.QUOTIENTS`);
* ``全年开行班列 N列，平均每天 a列`` with no number of days written — N over 365 or 366, whichever fits, else shown;
* ``新能源汽车保有量 a辆 … 充电桩 b个，车桩比为 x:1`` — x as a / b, b all the chargers named (公共车桩比: the public
  ones; :data:`~.words.COUNT_RATIOS`); ``城乡居民人均消费支出之比`` as the 城乡收入比 (:data:`~.words.RATIOS`);
* ``执业（助理）医师 a人，注册护士 b人 … 医护比为 1:x`` — x as b / a (:data:`~.words.ONE_TO_RATIOS`);
* ``供电量 A，售电量 B，综合线损率为 r%`` / ``产销差率`` — r as (A − B) / A × 100 (:data:`~.words.LOSS_RATES`).

>>> from helpers.claims.relations import find_in_text
>>> [(c.check_id, c.formula) for c in find_in_text("带动农户1,850户，户均增收6,200元，带动增收总额1,147万元。")]
[('auto-average-15', 'total / count')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import NAMED_LIMIT, TARGET_AFTER, Document, Figure, bigrams, in_brackets, named_apart, unit_name
from helpers.claims.relations.shares import qizhong_whole, whole_names
from helpers.claims.relations.totals import MEASURE_SUFFIX, core_name, other_year, sub_period, year_of
from helpers.quantities.lexicon import UNIT_SIZES
from helpers.claims.relations.words import (
    AVERAGE_LEAD, BASE_LEAD, WHOLE_PLACE, CHANGE_LEAD, DIFFERENCES, FROM_LEAD, MINUS, NAME_NOTE, NAME_PREFIX, NAME_SUFFIX,
    PER_LIVE_BIRTH, PER_PEOPLE, PER_THOUSAND_PEOPLE, QUOTIENTS, RATE_GAP, RATE_LEAD, TO_ONE, RATIOS, BALANCES, SCALED_RATIOS, NEW_SUBJECT,
    BASE_IN_BRACKETS, BRACKET_CLOSED_OF, EACH_UNITS, EACH_VERBS, AS_MUCH_AS, PER_ONE, TARGET_ASIDE,
    PER_SHARE, SHARE_CAPITAL, PER_SHARE_OF, BY_SHARES, DIVIDEND, DIVIDEND_TOTAL, COUNT_RATIOS,
    ONE_TO_RATIOS, LOSS_RATES, PLANNED, OTHER_PERIOD, BY_NAMED, COUNT_NAME_SUFFIX, CORE_PREFIX, SUBJECT_WORDS,
    YEAR_FIRST, TARGET_WORDS, TIME_BEFORE_NAME, TIME_OF_NAME, DEFINED_RATIO, DIMENSIONS,
    BASE_NAMED_IN_BRACKETS, LEVERAGE, LEVERED, MALE_FEMALE, MALE_NAMED, FEMALE_NAMED, TARGET_BASE, PER_PEOPLE_NAMED,
    MEDIAN_OF_MEAN, MEDIAN_NAMED, NOTED_POPULATION, PRIOR_PERIOD,
)

WINDOW = 6          # figures looked at around an average or a rate
SECTION_BACK = 40
AVERAGE = re.compile(r"(?:(?P<per>[人户亩次县村校件项案场家企车床套宗单台笔社组例列批])均|平均每(?P<each>人次|架次|场次|[个所户人家亩名张辆次台间座条项件起宗套场笔单批部列支处组票期班趟馆])"
                     r"(?P<noun>[^，。；\d]{0,6}?)(?=新增|增加|增收|产量|收入|支出|投资|费用|拥有|承担|负担|服务|"
                     f"{EACH_VERBS}|$))"
                     r"(?P<measure>[^，。；\d]{0,10}?)(?:为|达到?|是|约)?$")
PEOPLE = re.compile(r"人口|人数|人员|职工|居民|群众|学生|员工|从业|农民|劳动力|毕业生|劳动者|患者|老人|儿童|对象|"
                    r"志愿者|学员|读者|会员")
#: the units of the count an average divides by, by the word before 均 (户均 over firms counts 家 as well as 户)
DIVISORS = {"人": ("人", "名"), "户": ("户", "家"), "亩": ("亩",), "次": ("人次", "次"), "件": ("件",), "项": ("项",),
            "案": ("件", "起", "宗"), "场": ("场",), "家": ("家",), "企": ("家", "户", "个"), "车": ("辆",),
            "床": ("张",), "套": ("套",), "宗": ("宗", "笔"), "单": ("单", "笔"), "台": ("台",),
            "笔": ("笔",), "社": ("家", "个"), "组": ("组",), "例": ("例",), "列": ("列",), "批": ("批",)}     # 笔均贷款 over 笔, 社均 over 合作社 家, 组均格口 over 组

MARK_REACH = 120     # characters looked back over for a 其中 that makes a figure a part


def find(document: Document) -> Iterator[Finding]:
    resident = [f for f in document.populations if "常住" in f.clause]
    # 年末常住人口 N，其中城镇常住人口 a: a part of the population, not another population
    several = len({round(f.value) for f in (resident or document.populations)
                   if not _part_of_whole(document, f) and not POPULATION_PART.search(f.clause)}) > 1
    for figures in document.paragraphs:
        for figure in figures:
            quotient = next((row for row in QUOTIENTS if row[1].search(figure.clause)
                             and (figure.unit == row[2] or (row[2] == "*" and figure.amount))), None)
            if quotient is not None:
                found = list(_quotient(document, figures, figure, quotient))
                if not found and figure.amount and AVERAGE.search(figure.clause):
                    found = list(_average(document, figures, figure, several))
                yield from found
            elif figure.amount and AVERAGE.search(figure.clause) and not STANDARD.search(figure.clause) \
                    and not COMPARED_IN_BRACKETS.search(figure.lead) and not _mass_per_area(figure) \
                    and not FROM_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead):   # 由上年的 a: last year's
                yield from list(_average(document, figures, figure, several)) or _converted(   # 月人均保障标准 is
                    document, figures, figure, several) or _as_visits(document, figures, figure, several)  # a threshold
            elif figure.amount and PER_EACH.search(figure.clause):
                yield from _per_each(document, figures, figure)
            elif figure.amount and PER_ONE.search(figure.clause) and not STANDARD.search(figure.clause):
                yield from _per_one(document, figures, figure)
            elif figure.unit == "元" and PER_SHARE.search(figure.clause):
                yield from _per_share(document, figure)
            elif figure.unit == "元" and DIVIDEND.search(document.raw, max(0, figure.start - 16), figure.start):
                yield from _dividend(document, figures, figure)
            elif figure.unit == "元" and PRICE.search(figure.clause):
                yield from _price(document, figures, figure)
            elif figure.kind == "weight" and figure.unit in MASS and _per_area(document, figure):
                yield from _yield(document, figures, figure)
            per, factor = _per(document, figures, figure)
            rates = list(_rate(document, figures, figure, per, factor, several)) if per else []
            yield from rates
            if not rates and figure.amount and figure.index > 1:    # 每百张开放床位配备…人员: no group of people
                yield from _per_size_of(document, figures, figure)
            for pattern, numerator, denominator, pair in RATIOS:
                if pattern.search(figure.clause) and figure.kind in ("ratio", "number"):
                    yield from _ratio(document, figures, figure, pattern, numerator, denominator, pair)
            if figure.kind in ("ratio", "number") and not figure.unit:
                for pattern, numerator, denominator in COUNT_RATIOS:
                    if pattern.search(figure.clause):
                        yield from _count_ratio(document, figures, figure, pattern, numerator, denominator)
            if figure.kind in ("ratio", "number") and not figure.unit and figure.index > 0:
                yield from _one_to(document, figures, figure)
                yield from _leverage(document, figures, figure)
            if figure.kind in ("ratio", "number") and not figure.unit and MALE_FEMALE.search(figure.clause):
                yield from _male_female(document, figures, figure)
            if figure.unit == "%":
                for pattern, supplied, sold in LOSS_RATES:
                    if pattern.search(figure.clause):
                        yield from _loss_rate(document, figures, figure, supplied, sold)
            if figure.unit == "个百分点" and RATE_GAP.search(figure.clause):
                yield from _rate_gap(figures, figure)
            if figure.kind == "ratio" and TO_ONE.search(figure.clause):
                yield from _to_one(document, figures, figure)
            if (figure.kind in ("ratio", "number") and not figure.unit) or figure.unit == "%":
                yield from _pair_ratio(document, figures, figure)
            if figure.unit == "个百分点" and not RATE_GAP.search(figure.clause):
                yield from _points_gap(document, figures, figure)
            for pattern, minuend, subtrahend in DIFFERENCES:
                if pattern.search(figure.clause):
                    yield from _difference(figures, figure, minuend, subtrahend)
            for pattern, numerator, denominator, scale in SCALED_RATIOS:
                if pattern.search(figure.clause) and figure.kind in ("ratio", "number", "percent") \
                        and figure.unit in ("%", "") and re.search(r"(?:为|是|达到?)$", figure.clause) \
                        and not _parenthesised(document, figure):
                    yield from _scaled_ratio(document, figures, figure, pattern, numerator, denominator, scale)
            if figure.unit in ("%", "倍") and figure.index > 0:
                yield from _of_bracketed(document, figures, figure)
            if figure.unit == "%" and figure.index > 0 and MEDIAN_OF_MEAN.search(figure.clause):
                yield from _median_of_mean(document, figures, figure)
            if figure.unit == "%" and figure.index > 0 and AS_MUCH_AS.match(figure.clause):
                yield from _as_much_as(document, figures, figure)
            if figure.amount and not SHARE_OF_BALANCE.search(figure.clause):
                for pattern, plus, minus in BALANCES:
                    if pattern.search(figure.clause):
                        yield from _balance(document, figure, pattern, plus, minus)
                        break


#: an average named before a bracket it stands in (``是居民医保人均支出（946元）的4.0倍``): another subject's level
#: named for a comparison, whose total and count the text need not state
COMPARED_IN_BRACKETS = re.compile(r"[（(]$")
#: a balance that is one holder's share of it or a figure per share (归属于上市公司股东的净资产, 归母净资产, 每股净资产,
#: 少数股东权益): not what the whole's two terms leave
SHARE_OF_BALANCE = re.compile(r"归属于|归母|每股|少数股东|人均|户均")


#: a figure followed by 的 (``完成年度目标 500部的 125.6%``): the base of another comparison, not a subject
BASE_OF = re.compile(r"[^，。；,;\d（()）]{0,2}的")


def _compared(figure: Figure) -> bool:
    """A level a ratio or a multiple may compare: an amount that is no change and no base (an average is one: 人均花费
    1,126元 is 2.9 times 本地游客's 392元)."""
    return figure.level and not CHANGE_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead) \
        and not FROM_LEAD.search(figure.lead)


def _of_bracketed(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``新增就业 A，完成年度目标任务（B）的 r%`` / ``完成货物吞吐量 A，是2019年（B）的 N倍``: the base B stated in
    brackets right before ``）的``, A the figure before it in its sentence in B's unit (a growth rate or a change of A
    between them is skipped): r recomputed as A / B × 100, N as A / B. The clause of B must open with the verb that
    compares (是, 为, 相当于, 达到, 完成 …): a bracket after 占 is a share, after 比 a change."""
    base = figures[stated.index - 1]
    if base.sentence != stated.sentence or not BRACKET_CLOSED_OF.match(document.between(base, stated)) \
            or not base.level:
        return
    opened = BASE_IN_BRACKETS.match(base.clause) or BASE_NAMED_IN_BRACKETS.match(base.clause)
    if opened is None:
        return
    current, doubt = None, ""
    subject = NAME_PREFIX.sub("", opened.groupdict().get("subject") or "").strip()
    if subject:
        current, doubt = _named_before(document, figures, base, subject)
    recovered = "恢复" in base.clause         # 接待游客 A，…；按可比口径，恢复至2019年同期（B）的: A's own measure then
    for other in reversed(figures[max(0, base.index - WINDOW):base.index] if current is None else []):
        if other.sentence != base.sentence and not (recovered and "。" not in document.between(other, base)):
            return
        if other.unit in ("%", "个百分点") or CHANGE_LEAD.search(other.lead) or other.kind in ("duration", "rank", "age") \
                or BASE_OF.match(document.raw, other.end) or BASE_LEAD.search(other.lead) \
                or FROM_LEAD.search(other.lead) or _parenthesised(document, other) \
                or _daily_of_total(figures, other, base):
            continue                        # 同比增长 3.2%, 比上年增加 152部, 完成年度目标 500部的, 上年为 A0 …: not A
        current = other
        break
    if current is not None and not subject:   # 改造管网 W，其中一级 a、二级 b，完成年度计划（B）的 r%: W, not b
        whole = qizhong_whole(document, figures, current)
        if whole is not None and whole.sentence == current.sentence:   # 其中 opening the sentence: its own figure
            current = whole
    if current is None or not current.same(base) or not _compared(current) or _parenthesised(document, current) \
            or (not subject and re.search(r"[；;。]" if not recovered else "。", document.between(current, base))):
        return
    name = opened.group("name") or "the figure"
    if stated.unit == "倍":
        yield Finding("multiple", f"auto-multiple-{current.start}", {
            "description": f"{base.text} → {current.text}: the stated multiple {stated.text} recomputed",
            "uses": {"base": base.claim_id, "current": current.claim_id}, "formula": "current / base",
            "stated": stated.claim_id, "unit": "倍",
            "assumptions": [f"{stated.text} compares {current.text} with {base.text} ({name}), stated in brackets"]},
            doubt, tiebreak=(stated.start,))
        return
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text} recomputed as {current.text} over {base.text} ({name}), × 100",
        "uses": {"numerator": current.claim_id, "denominator": base.claim_id},
        "formula": "numerator / denominator * 100", "stated": stated.claim_id, "unit": "percent",
        "assumptions": [f"the percent compares {current.text} with {base.text} ({name}), stated in brackets"]}, doubt)


#: words naming a figure a day's average (日均, 平均每天, 每日平均)
DAILY = re.compile(r"日均|平均每[天日]|每[天日]平均")


def _daily_of_total(figures: list[Figure], figure: Figure, base: Figure) -> bool:
    """``货邮吞吐量 A，日均 a，恢复至2019年（B）的``: ``figure`` is a day's average of a total stated before it in its
    sentence (the same unit, larger, no average), and the base's words name no day: the total is what B compares, not
    a — a day's average alone (公交日均客运量 a，恢复到2019年同期（B）的) is compared."""
    return bool(DAILY.search(figure.clause)) and not DAILY.search(base.clause) and any(
        f.sentence == figure.sentence and f.same(figure) and f.value > figure.value and _compared(f)
        and not AVERAGE_LEAD.search(f.clause) for f in figures[max(0, figure.index - WINDOW):figure.index])


MEDIAN_BACK = 12        # figures of the report looked back over for the mean a median is compared with


def _median_of_mean(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``城镇居民人均可支配收入 M …；城镇居民人均可支配收入中位数 m，增长 g，中位数占平均数的比重为 r%``: r recomputed as
    m / M × 100 — the median the nearest figure of its sentence named …中位数, the mean the nearest before it in its unit
    named exactly as the median is without 中位数 (four characters or more: 农村居民人均可支配收入 is no 居民人均可支配收入),
    in its paragraph or the one before; none when the name is short or two so named differ in another paragraph."""
    median = next((f for f in figures[max(0, stated.index - WINDOW):stated.index][::-1]
                   if f.sentence == stated.sentence and f.amount and MEDIAN_NAMED.search(f.clause)), None)
    if median is None:
        return
    name = _median_name(MEDIAN_NAMED.sub("", median.clause))
    if len(name) < 4:
        return
    means = [f for f in document.earlier(median.start, MEDIAN_BACK) if f.same(median)
             and median.paragraph - f.paragraph <= 1 and not MEDIAN_NAMED.search(f.clause)
             and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead) and not FROM_LEAD.search(f.lead)
             and _median_name(f.clause) == name]      # 全省居民… never 农村居民…
    if not means or len({f.value for f in means}) > 1 and means[0].paragraph != median.paragraph:
        return
    mean = means[0]
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text} recomputed as the median {median.text} over the mean {mean.text}, × 100",
        "uses": {"numerator": median.claim_id, "denominator": mean.claim_id},
        "formula": "numerator / denominator * 100", "stated": stated.claim_id, "unit": "percent",
        "assumptions": [f"中位数占平均数 compares the median {median.text} with the mean {mean.text} of {name}"]})


def _median_name(words: str) -> str:
    """The name of a mean or a median without its year, place words and verbs (``2024年全省居民人均可支配收入为`` →
    居民人均可支配收入)."""
    words = re.sub(r"^\d{4}年(?:度)?", "", re.sub(r"(?:为|是|达到?|约)$", "", words.strip("，, ")))
    return NAME_PREFIX.sub("", words).strip()


def _named_before(document: Document, figures: list[Figure], base: Figure, subject: str) -> tuple[Figure | None, str]:
    """The figure a bracketed base's subject names (``全省营业性旅客发送量恢复到2019年同期（B）的``): the nearest before
    it in its paragraph in its unit whose words hold the subject, a level; doubtful when two so named differ."""
    named = [f for f in figures[:base.index][::-1] if f.same(base) and _compared(f) and not _parenthesised(document, f)
             and subject in NAME_PREFIX.sub("", f.clause)]
    if not named:
        return None, ""
    other = next((f for f in named[1:] if f.value != named[0].value), None)
    return named[0], (f"{other.text} is named {subject} too" if other is not None else "")


AS_MUCH_BACK = 60       # figures looked back over for the figure a 相当于 percent is of


def _as_much_as(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``处置收入 A，相当于资产原值的 r%`` / ``旅游总收入相当于全市地区生产总值的 r%``: r recomputed as A / W × 100, A
    the figure before it in its sentence (a growth rate or change between is skipped; when words name A before
    相当于, A must be named so), W the nearest figure before in A's unit whose words hold the name after 相当于 (全市
    left out). W in another section or more than three sentences away, or named by the end of the name only (R&D经费
    for 全社会R&D经费), makes the reading doubtful."""
    found = AS_MUCH_AS.match(stated.clause)
    subject = NAME_PREFIX.sub("", found.group("subject")).strip()
    name = NAME_PREFIX.sub("", found.group("name")).strip()
    if len(name) < 2 or re.search(r"上年|去年|同期|\d{4}年|预算|计划|目标|任务", name):
        return                          # 相当于上年的 r%: a change's base; 相当于计划的: a plan's share (shares)
    base = figures[stated.index - 1]
    bracketed = BRACKET_CLOSED_OF.match(document.between(base, stated)) is not None and base.sentence == stated.sentence
    current = None
    for other in reversed(figures[max(0, stated.index - WINDOW):stated.index - (1 if bracketed else 0)]):
        if other.sentence != stated.sentence:
            break
        if other.unit in ("%", "个百分点") or CHANGE_LEAD.search(other.lead) or other.kind in ("duration", "rank") \
                or BASE_OF.match(document.raw, other.end):
            continue
        current = other
        break
    if subject and (current is None or subject not in current.clause):
        current = next((f for f in document.earlier(stated.start, WINDOW * 2) if f.amount and _level(f)
                        and subject in f.clause and not _parenthesised(document, f)), None)
    if current is None or not _level(current) or _parenthesised(document, current):
        return
    doubt = ""
    if bracketed:
        whole = base
    else:
        candidates = [f for f in document.earlier(stated.start, AS_MUCH_BACK) if f is not current and f.same(current)
                      and _level(f) and not _sub_part(document, f)]
        whole = next((f for f in candidates if name in f.clause), None)
        if whole is None:           # 全社会R&D经费: named by the end of the name only (R&D经费)
            whole = next((f for f in candidates for k in range(len(name) - 1, 2, -1) if name[-k:] in f.clause), None)
            doubt = f"{whole.text} is named by the end of {name} only" if whole is not None else ""
        if whole is not None and (whole.section != stated.section or stated.sentence - whole.sentence > 3):
            doubt = doubt or f"{whole.text} ({name}) is stated far from the percent"
    if whole is None or not whole.same(current) or whole is current:
        return
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text} recomputed as {current.text} over {whole.text} ({name}), × 100",
        "uses": {"numerator": current.claim_id, "denominator": whole.claim_id},
        "formula": "numerator / denominator * 100", "stated": stated.claim_id, "unit": "percent",
        "assumptions": [f"相当于{name}的 compares {current.text} with {whole.text}, the figure named {name}"]}, doubt)


def _parenthesised(document: Document, figure: Figure) -> bool:
    """A figure inside a parenthesis (``（以女性为100）``): a definition, not a stated value."""
    words = document.raw[max(0, figure.start - 20):figure.start]
    return max(words.rfind("（"), words.rfind("(")) > max(words.rfind("）"), words.rfind(")"))


def _sub_part(document: Document, figure: Figure) -> bool:
    """A figure after 其中 in its sentence: a part of another, never the whole a ratio or a balance means."""
    words = document.raw[max(document.sentence_start(figure.start), figure.start - MARK_REACH):figure.start]
    mark = words.rfind("其中")
    return mark >= 0 and not NEW_SUBJECT.search(words[mark:]) and not re.search(r"[；;]", words[mark:])


def _part_of_whole(document: Document, figure: Figure) -> bool:
    """A figure after 其中, or in a sentence opened by the name of its whole (``城乡居民生活用电中，城镇居民… a，乡村
    居民… b``): never the whole an average divides."""
    return _sub_part(document, figure) or bool(PART_OPENER.match(document.raw, document.sentence_start(figure.start)))


#: a sentence opened by the name of the whole its figures are parts of: ``城乡居民生活用电中，``, ``养老机构中，``
PART_OPENER = re.compile(r"\s*[^，。；、\d\s]{2,14}?中[，,：:]")


def _scaled_ratio(document: Document, figures: list[Figure], ratio: Figure, pattern: re.Pattern, numerator: str,
                  denominator: str, scale: float) -> Iterator[Finding]:
    """``营业收入利润率为 5.59%`` / ``贷存比为 84.9%`` / ``性别比为 104.39``: recomputed from the two named figures
    stated before it in its paragraph (a part after 其中, such as 住户存款 of 存款, is not the whole meant)."""
    factor = 100.0 if ratio.unit == "%" else scale

    def named(words):
        wanted = re.compile(words)
        return [f for f in reversed(figures[max(0, ratio.index - 12):ratio.index])
                if f.amount and wanted.search(f.clause) and not CHANGE_LEAD.search(f.lead)
                and not BASE_LEAD.search(f.lead) and not _sub_part(document, f)
                and not _per_unit(document, f)]           # 每百元营业收入中的成本 84.72元: a figure per another
    tops = named(numerator)
    bottoms = [f for f in named(denominator) if tops and f.same(tops[0]) and f is not tops[0]]
    if not tops or not bottoms:
        return
    bottom = bottoms[0]
    found = pattern.search(ratio.clause)
    if named_apart(ratio.clause[:found.start()] if found else "",
                   *(document.said(f, SAID_BACK) for f in (tops[0], bottom))):
        return              # 全省金融机构存贷比, 县域存贷比, 母公司资产负债率 after the city's or the group's own terms
    rivals = [f for f in tops[1:] if f.same(tops[0]) and f.value != tops[0].value and f is not bottom]

    def spec(top):
        return {
            "description": f"{ratio.text} ({pattern.pattern}) recomputed as {top.text} over {bottom.text}"
                           + (f", × {factor:g}" if factor != 1 else ""),
            "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id},
            "formula": f"numerator / denominator * {factor:g}" if factor != 1 else "numerator / denominator",
            "stated": ratio.claim_id, "unit": "percent" if ratio.unit == "%" else "ratio",
            "reading": f"{top.text} over {bottom.text}",
            "assumptions": [f"the ratio divides {top.text} (named {numerator}) by {bottom.text} (named "
                            f"{denominator})" + (f", per {factor:g}" if factor != 1 else "")]}
    # 利润总额 … 净利润 … 利润率: more than one figure is named for the numerator; the first reading the figures fit
    # is taken and says so, and when none fits the ratio is shown, not judged (finding._reading)
    yield Finding("ratio", f"auto-ratio-{ratio.start}", spec(tops[0]),
                  alternatives=tuple(spec(f) for f in rivals))


BALANCE_BACK = 12       # figures looked back over for the two terms of a balance
SAID_BACK = 60          # characters of a term's sentence before it read for whose it is


def _balance(document: Document, stated: Figure, pattern: re.Pattern, plus: str, minus: str) -> Iterator[Finding]:
    """``收入 A，支出 B，当年收支结余 C`` / ``出口 A … 进口 B。贸易顺差 C``: C recomputed as A − B, each term the
    nearest figure before C named for it (a part after 其中 is not a term; a term more than two sentences away
    makes the reading doubtful)."""
    if LIST_ITEM.match(stated.lead) or TOTAL_AFTER.match(document.raw, stated.end, min(len(document.raw), stated.end + 40)):
        return          # 加上…和结转下年支出 d，支出总计 T: an item of a list that a total closes, not a balance

    def term(words, parts_too):
        wanted = re.compile(words)
        return next((f for f in document.earlier(stated.start, BALANCE_BACK)
                     if f.same(stated) and f.plain and wanted.search(f.clause) and not pattern.search(f.clause)
                     and (parts_too or not _sub_part(document, f))), None)
    first, second = term(plus, False), term(minus, False)
    if first is None or second is None:          # 其中，出口 A …；进口 B: the two parts of one sentence
        first, second = term(plus, True), term(minus, True)
        if first is None or second is None or first.sentence != second.sentence:
            return
    if first is second:
        return
    far = stated.sentence - min(first.sentence, second.sentence) > 2
    yield Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{stated.text} recomputed as {first.text} less {second.text}",
        "uses": {"first": first.claim_id, "second": second.claim_id}, "formula": "first - second",
        "stated": stated.claim_id, "unit": unit_name(stated.unit),
        "assumptions": [f"{pattern.search(stated.clause).group(0)} is what {first.text} ({_words(plus)}) "
                        f"leaves after {second.text} ({_words(minus)})"]},
        "the two terms are stated more than two sentences before the balance" if far else "")


#: an item of an enumeration: its words open with 、/和/及 (``…和结转下年 d``)
LIST_ITEM = re.compile(r"^[、和及与]")
#: a total closing the clause after a figure: ``，全市支出总计 T``
TOTAL_AFTER = re.compile(r"[，,][^，,。；;\d]{0,16}(?:总计|合计|共计)")


def _population(document: Document, offset: int) -> Figure | None:
    """The population a rate or an average per head divides by: the nearest 常住人口 when the report states one (a
    statistical bulletin's rates are per resident, not per 户籍 inhabitant), else the nearest population."""
    whole = document._starts.get("whole populations")
    if whole is None:              # 年末常住人口 N，其中城镇常住人口 a: N, never a part of it
        whole = document._starts["whole populations"] = [
            f for f in document.populations
            if not _part_of_whole(document, f) and not POPULATION_PART.search(f.clause)] or document.populations
    resident = [f for f in whole if "常住" in f.clause]
    noted = _noted_population(document, offset)
    return noted or document.nearest(resident or whole, offset)


def _noted_population(document: Document, offset: int) -> Figure | None:
    """The count of people a note right after it says the report's figures per head are over (``城区人口与城区暂住人口
    合计 161.00万人，本公报中的人均指标和普及率指标均按此口径计算``), stated before ``offset``; the report's figures are
    read for it once."""
    noted = document._starts.get("noted population")
    if noted is None:
        noted = document._starts["noted population"] = [
            f for members in document.paragraphs for f in members
            if f.unit == "人" and f.amount and NOTED_POPULATION.match(document.raw, f.end, f.end + 60)]
    before = [f for f in noted if f.start < offset]
    return before[-1] if before else None


def _words(pattern: str) -> str:
    """The words a pattern names, without its look-arounds: ``(?<!进)出口`` → 出口."""
    return re.sub(r"\(\?<?[!=][^)]*\)|[?()]", "", pattern)


def _level(figure: Figure) -> bool:
    """An amount that is neither a change, a base, a target (``2,900亿元的目标任务``) nor itself an average."""
    return (figure.amount and not CHANGE_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead)
            and not AVERAGE_LEAD.search(figure.clause) and not PER_THOUSAND_PEOPLE.search(figure.clause)
            and not TARGET_AFTER.match(figure.after))


def _around(figures: list[Figure], figure: Figure):
    """Figures near ``figure`` in its paragraph, within a sentence of it, nearest first."""
    near = []
    for i in range(max(0, figure.index - WINDOW), min(len(figures), figure.index + WINDOW // 2 + 1)):
        other = figures[i]
        if other is not figure and abs(other.sentence - figure.sentence) <= 1:
            near.append(other)
    return sorted(near, key=lambda f: (f.sentence != figure.sentence, abs(f.index - figure.index), f.index > figure.index))


def _average(document: Document, figures: list[Figure], average: Figure, several: bool) -> Iterator[Finding]:
    found = AVERAGE.search(average.clause)
    per = found.group("per") or ""
    measure = found.group("measure").strip()
    units = DIVISORS.get(per) or (EACH_UNITS.get(found.group("each"), (found.group("each"),)) if found.group("each")
                                  else None)
    near = _around(figures, average)
    if units is None and per in UNITS_NAMED:        # 按 8个贫困县 计算，县均 …: the count named by the noun after it
        counts = [f for f in [*near, *document.earlier(average.start, WINDOW * 2)]
                  if f.unit in ("个", "所", "家") and f.start < average.start and _level(f)]
        count = next((f for f in counts if re.match(rf"[^，。；、\d]{{0,4}}?(?:{UNITS_NAMED[per]})",   # not 普通高校 20所、
                                                     document.raw[f.end:f.end + 8])), None) \
            or next((f for f in counts if re.search(rf"(?:{UNITS_NAMED[per]})(?:为|达到?|有)?$", f.clause)), None)
        # or, when no count is so named, ending its words (全市共有技工院校 11所，…，校均在校生 a)
        if count is None:
            return
        units = (count.unit,)
    if units is None:
        return                      # 县均, 村均 with no count of counties or villages stated
    per = per + "均" if per else f"平均每{found.group('each')}{found.group('noun')}"
    noun_words = (found.group("noun") or "") if found.group("each") else ""
    if len(noun_words) >= 2:         # 平均每个行政村: the count of 行政村 (全县 202个行政村), not 47个 villages over 50万元
        named = [f for f in [*near, *document.earlier(average.start, SECTION_BACK)] if f.start < average.start
                 and (noun_words in f.clause or document.words_after(f).startswith(noun_words))]
        # 在 16个乡镇 建成服务站 214个: the figure the noun names right after it or ending its words counts them, before
        # one whose words hold the noun for where it is (乡镇建成服务站 214个)
        # — and of those, one whose words share most with the subject of the average's sentence, then one that is no
        # part after 其中 (共有规模以上数字经济核心产业企业 N家 …；“小巨人”企业 n家。全年规上数字企业实现营业收入 T，
        # 平均每家企业: N; 规上企业 N家，其中小微企业 n家。小微企业实现营业收入 T，平均每家企业: n)
        told = bigrams(_sentence_subject(document, average)) - bigrams(noun_words)
        named.sort(key=lambda f: (not (document.words_after(f).startswith(noun_words)
                                       or re.search(re.escape(noun_words) + r"(?:数|总数)?(?:为|达到?|有|共有)?$", f.clause)),
                                  -len(told & bigrams(f.clause)), _sub_part(document, f)))
        near = named + [f for f in near if f not in named]
    subject = _subject(average.clause[:found.start()])
    if subject and per[0] not in UNITS_NAMED:    # 快递件均收入: the count and total of 快递, not of 函件 beside it
        named = [f for f in near if subject in f.clause and not _sub_part(document, f)]
        near = named + [f for f in near if f not in named]
    counted = next((f for f in reversed(figures[max(0, average.index - WINDOW):average.index])   # 2.18万人 开户缴存
                    if per == "人均" and measure and f.sentence == average.sentence and f.unit in ("人", "人次", "名")
                    and _level(f) and not _sub_part(document, f)
                    and bigrams(measure) & bigrams(f.clause + document.words_after(f))), None)
    if per[0] not in UNITS_NAMED:
        count = counted or next((
            f for f in near if _counts_in(document, f, units) and (f.unit or f.sentence == average.sentence)
            and _each_named(document, f, found.group("each"))                 # 协作班 32个 for 平均每班
            and not _target_base(document, f)                                 # 完成年度目标任务 270万亩的: a target
            and not (f.start > average.start and _sub_part(document, f))    # 户均增收 a。其中脱贫户 N: not a's count
            and _level(f) and (per != "人均" or PEOPLE.search(f.clause)        # 为 3,216名劳动者追发, 为 2.1万名失业人员
                                                                              # 发放: named after it
                               or PEOPLE.match(document.words_after(f)) or _people_after(f, average))
            and not (measure and f.alike(average) and _names(f, measure))     # 带动就业 9,514人 … 平均每名创业者带动就业
            and (f.start < average.start or f.sentence == average.sentence)        # never a later sentence's count
            and not (f.start > average.start and re.search(r"[；;]", document.between(average, f)))  # nor past ；
            and not (per == "人均" and f.sentence != average.sentence and _sub_part(document, f))
            and (f.unit != "个" or per not in ("县均", "村均", "校均", "镇均")
                 or re.match(rf"[^，。；\d]{{0,4}}?(?:{UNITS_NAMED[per[0]]})", document.raw[f.end:f.end + 8]))), None)
    if count is None and per == "人均":      # 支出 T，保障 N人，月人均补助 a: the one count and the one sum of its
        own = [f for f in figures[max(0, average.index - WINDOW):average.index]    # sentence
               if f.sentence == average.sentence and _level(f) and not _sub_part(document, f)]
        people = [f for f in own if f.unit in ("人", "名")]
        sums = [f for f in own if f.same(average)]
        if len(people) == 1 and len(sums) == 1 and (
                not measure                    # 向 1,386人 发放补贴 T，人均 a: a bare 人均 of the one sum, either order
                or (sums[0].start < people[0].start and bigrams(people[0].clause) & bigrams(sums[0].clause))):
            count = people[0]                  # both of 城市低保
    if subject and count is not None and subject not in count.clause and per[0] not in UNITS_NAMED:
        count = next((f for f in document.section_before(average, SECTION_BACK) if f.unit in units and _level(f)
                      and subject in f.clause and not _sub_part(document, f)), count)
    certain: set[str] = set()          # operands the words name exactly, the one figure of the report so named
    by_named = _by_named(document, average)
    if by_named and (count is None or count.sentence != average.sentence) and units is not None:
        counted = next((f for name in by_named for f in [_only_so_named(   # 按年末在职员工计算: 在职员工 N
            document, name, average, lambda f: (f.unit in units or (per == "人均" and f.unit in PERSON_UNITS))
            and _level(f), shortest=2)] if f is not None), None)    # 按R&D人员全时当量计算: 全时当量 N人年
        if counted is not None:
            count = counted
            certain.add(count.claim_id)
    if count is not None and count.sentence != average.sentence and len(noun_words) >= 2 and units is not None \
            and count is _only_so_named(document, noun_words, average, lambda f: f.unit in units
                                        or _counts_in(document, f, units), shortest=2):
        certain.add(count.claim_id)         # 全区规上工业企业 N家 … 平均每家规上工业企业: the one figure so named
    elsewhere = False
    if measure:
        core = re.sub(r"^[年月日]", "", measure)
        named = [f for f in near if f.same(average) and (_level(f) or _change_averaged(f, core)) and _names(f, core)
                 and not _per_unit(document, f) and not LIMIT.search(f.clause)      # 贷款最高额度为 60万元: a cap
                 and not PRIOR_PERIOD.match(f.clause)                               # 上年软件业务收入 b: last year's
                 and (f.start < average.start or f.sentence == average.sentence)]   # never a later sentence's total
        # 提取 T，其中住房消费类提取 a；非住房消费类提取 b … 人均提取: two parts are named for it, so it is of their
        # whole T; one part alone named for it (直接救助资金 of 救助资金, 次均救助) is what it averages
        parts = [f for f in named if _sub_part(document, f)]
        whole = [f for f in named if not _sub_part(document, f)]
        if len(parts) >= 2 and not whole:
            whole = [f for f in document.section_before(average, SECTION_BACK // 4) if f.same(average) and _level(f)
                     and _names(f, core) and not _sub_part(document, f)][:1]
        total = (whole if len(parts) >= 2 and whole else named or [None])[0]
        if total is None:
            named = [f for f in document.section_before(average, SECTION_BACK)
                     if f.same(average) and _level(f) and _names(f, core) and not _per_unit(document, f)
                     and not LIMIT.search(f.clause) and not PRIOR_PERIOD.match(f.clause)]
            # the figure named for the average's subject (快递 for 快递件均收入); when two parts of a whole are named
            # for it (城镇居民生活用电量 and 乡村居民生活用电量 of 城乡居民生活用电中，…), the whole, never a part;
            # else the nearest named
            parts = [f for f in named if _part_of_whole(document, f)]
            total = next((f for f in named if subject and subject in f.clause), None) or (
                next((f for f in named if f not in parts), None) if len(parts) >= 2 else (named or [None])[0])
        own_part = total is not None and total.sentence == average.sentence and _sub_part(document, average) \
            and _sub_part(document, total)          # 其中脱贫户 N，增收 T，户均增收 a: the part's own total
        if total is not None and not own_part and (_sub_part(document, total) or _part_of_whole(document, total)):
            # 水资源总量 T，其中地表水资源量 a … 人均水资源量 / 公共图书馆总藏量 T，其中图书 a … 人均拥有公共图书馆藏量:
            # the whole whose name the average holds most fully, not one kind of it
            whole = max((f for f in document.section_before(average, SECTION_BACK) if f.same(average) and _level(f)
                         and not _sub_part(document, f)), key=lambda f: _held(f, core), default=None)
            if whole is not None and _held(whole, core) > _held(total, core):
                total = whole
            else:
                total = _whole_of_qualified(document, average, total, core) or total
        exact = _exact_total(document, average, core, subject, count)
        if exact is not None and (total is None or total is exact or (core not in whole_names(total)
                                                                      and total.sentence != average.sentence)):
            total = exact                   # 营业收入 T stated once, not 其他业务实现营业收入 nearer: 人均营业收入 is of T
            certain.add(total.claim_id)
        if total is not None and _sole_named_in_paragraph(figures, average, total, core):
            certain.add(total.claim_id)     # 实现软件业务收入 T。分类型看，…。从业人员 N，人均软件业务收入 a: T
        if total is None and count is not None and per == "人均" and len(core) >= 4:
            total = next((f for f in document.earlier(average.start, SECTION_BACK)      # 营业收入 in the lead
                          if f.same(average) and _level(f) and f.section != average.section
                          and core in f.clause), None)
            elsewhere = total is not None
        if total is None and count is not None and count.sentence == average.sentence:
            alone = [f for f in figures[max(0, count.index - WINDOW):average.index]   # 发放信贷 T，惠及 N户，户均贷款 A
                     if f.sentence == average.sentence and f.same(average) and _level(f)]  # 面积 N亩，产值 T，亩均收益 A
            if len(alone) > 1 and PAID_OUT.search(measure):    # 基金收入 R，支出 S，领取人数 N，人均领取养老金 a: S
                alone = [f for f in alone if PAID_OUT.search(f.clause) and not _income_for_payout(measure, f)]
            total = alone[0] if len(alone) == 1 else None
    else:          # 向 N户 … 发放 T，户均 a: the total of its own sentence before one stated before the count
        # (never the count itself: 在 16个乡镇 建成服务站 214个，平均每个乡镇 a个 counts both in 个)
        total = next((f for f in near if f.same(average) and _level(f) and count is not None and f is not count
                      and f.sentence == average.sentence == count.sentence and f.start < average.start), None) \
            or next((f for f in near if f.same(average) and _level(f) and count is not None
                     and f.start < count.start < average.start), None) \
            or next((f for f in near if f.same(average) and _level(f) and count is not None      # 全县 N个行政村。
                     and f.sentence == average.sentence and count.start < f.start < average.start), None)  # …T，平均每个
        if total is not None and _sub_part(document, total) and total.sentence == average.sentence \
                and count is not None and count.start > total.start:
            # 抽查资金 T，其中运营补贴 t1、建设补贴 t2，涉及 N个项目，平均每个项目 a: T, the whole 其中 breaks down (not
            # 其中新建公办托育园 n所、新增托位 t，平均每所 a: the count inside the part's clause, t is its total)
            total = next((f for f in figures[max(0, total.index - WINDOW):total.index]
                          if f.sentence == total.sentence and f.same(average) and _level(f) and not _sub_part(document, f)
                          and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)
                          and not FROM_LEAD.search(f.lead)), total)
        if total is not None and count is not None and total.sentence == average.sentence \
                and count.start < total.start:
            # 新建公共厕所 300座，改造 200座，平均每个行政村新建 a: two totals, which is averaged is not known;
            # 社区工作者 2,400名，平均每个社区 12名；另有网格员 4,000名，平均每个社区 b: b's total is the one after 12名
            since = max([count.start] + [f.start for f in figures[:average.index] if f.sentence == average.sentence
                                         and f.same(average) and AVERAGE.search(f.clause)])
            own = [f for f in figures[:average.index] if f.sentence == average.sentence and f.start > since
                   and f.same(average) and _level(f)
                   and not (_sub_part(document, f) and not _sub_part(document, average))]   # 其中…T，人均 a: T
            total = own[0] if len(own) == 1 else None
    noun = bigrams(found.group("noun") or "") if found.group("each") else set()
    stated_population = _stated_population(document, average) if per == "人均" and measure else None
    tied = ""
    if total is None and (count is not None or stated_population is not None) and (noun or measure):
        # 平均每条线路长度 over 线路总长度, 平均每项合同成交额 over 成交额: the figure in the average's unit whose words
        # share a word with what is averaged, near it or earlier in its section (two words when the count is the
        # population the text names: 人均购买体育彩票 over 销售体育彩票)
        words = bigrams(measure) or noun
        least = 1 if count is not None else 2
        sharing = [f for f in [*near, *document.section_before(average, SECTION_BACK)]
                   if f.same(average) and _level(f) and f is not average and len(words & bigrams(f.clause)) >= least
                   and not _sub_part(document, f) and not _per_unit(document, f) and not _income_for_payout(measure, f)
                   and (count is not None or not _part_of_whole(document, f))]
        if count is None and sharing:        # 筹集体育彩票公益金 and 销售体育彩票 for 人均购买体育彩票: the one whose
            # name ends as the average's does (彩票), of those sharing most words; of several, the largest (销售体育彩票
            # over 即开型体育彩票, one kind of it): an average over the whole population is of the whole
            def score(f):
                name = NAME_SUFFIX.sub("", f.clause)
                return len(words & bigrams(f.clause)) + (len(measure) >= 2 and name.endswith(measure[-2:])), f.value
            best = max(sharing, key=score)
            if sum(score(f)[0] == score(best)[0] for f in sharing) > 1:
                tied = f"other figures are named as closely as {best.text} for what the average is of"
            sharing = [best]
        total = sharing[0] if sharing else None
    if total is None and count is not None and len(noun_words) >= 2 and (not measure or len(measure) <= 2):
        # 全县配备村庄保洁员 1,642名，平均每个行政村 8.8名 / …农村公共厕所 312座，平均每个行政村拥有 1.7座: the count named
        # by the noun (行政村), the total the one figure in the average's unit before it in its sentence
        own = [f for f in figures[max(0, average.index - WINDOW):average.index] if f.sentence == average.sentence
               and f.same(average) and _level(f) and not _sub_part(document, f) and not _parenthesised(document, f)]
        total = own[0] if len(own) == 1 else None
    if total is None or total is count:
        return
    key = found.group("per", "each", "noun")

    def same_average(f):
        other = AVERAGE.search(f.clause)
        return other is not None and other.group("per", "each", "noun") == key
    if _taken(figures, average, (total, count), same_average):
        return              # 社区工作者 N名，平均每个社区 a名，全省平均每个社区 b名: N is a's, never b's
    if TARGET_ASIDE.search(total.lead):      # 成交额 T，…，完成年度目标（220亿元）的 r%；平均每项合同成交额: never 220
        total = next((f for f in figures[max(0, total.index - WINDOW):total.index][::-1] if f.sentence == total.sentence
                      and f.same(average) and _level(f) and not TARGET_ASIDE.search(f.lead)), None)
        if total is None:
            return
    if count is not None and total.start < count.start and len(bigrams(count.clause)) >= 3:
        # 再融资债券 b。新增专项债券共支持项目 N个，平均每个项目 a: the count names whose projects (专项债券 a2), so the
        # total is the figure before it in its paragraph named most like the count, when one is named more like it
        def shared(f):
            return len(bigrams(count.clause) & bigrams(f.clause) - {"新增", "全年"})
        better = [f for f in document.earlier(count.start, WINDOW * 2) if f.same(average) and _level(f)
                  and f.paragraph == count.paragraph and shared(f) >= 2 and shared(f) > shared(total)]
        total = max(better, key=shared) if better else total
    if count is not None and _sub_part(document, count) and not _sub_part(document, total) \
            and (total.start > count.start or found.group("each") in BORROWED_EACH):
        # 直播 N场，其中农产品专场 n场；销售额 T，…场均 a: the whole count, not the part 其中 names (and 38家博物馆
        # 接待观众 T，其中国有博物馆 n家，平均每馆: the halls T is of)
        whole_count = next((f for f in figures[max(0, count.index - BACK_COUNT):count.index][::-1]
                            if f.sentence == count.sentence and f.unit == count.unit and _level(f)
                            and not _sub_part(document, f)), None)
        if whole_count is None:
            return
        own = bigrams(count.clause) - bigrams(whole_count.clause) - {"其中"}
        if not own & bigrams(_sentence_subject(document, total)):
            count = whole_count             # 其中小微企业 n家。小微企业实现营业收入 T，平均每家企业: the total names the part
    doubt = ""
    where = f"the {count.text} stated" if count is not None else ""
    named = bool(subject) and count is not None and subject in count.clause and subject in total.clause \
        and count.paragraph == total.paragraph == average.paragraph    # 快递业务收入 … 快递业务量 … 快递件均收入
    named = named or (len(noun_words) >= 2 and count is not None and total.sentence == average.sentence
                      and count.paragraph == average.paragraph and (noun_words in count.clause or document.words_after(
                          count).startswith(noun_words)))       # 全县 208个行政村 … 平均每个行政村, in one paragraph
    if count is not None and count.sentence != average.sentence and total.sentence != average.sentence \
            and total.section != average.section:
        certain.discard(total.claim_id)     # both terms away from the average, the total in another section: a
        # reading of two far figures, shown when it does not fit (营业收入 in 一、, 按员工人数计算 … in 二、)
    if count is not None and not named and ((count.sentence != average.sentence and count.claim_id not in certain)
                                            or (abs(total.sentence - average.sentence) > 1
                                                and total.claim_id not in certain)):
        doubt = "the count or the total is not stated in the average's sentence"
    if elsewhere:
        doubt = f"the total {total.text} is the nearest figure named {core}, in another section"
    if stated_population is not None and (count is None or count in document.populations) \
            and _named_fully(total, measure) and not _per_unit(document, total):
        # 按常住人口计算，人均地区生产总值 a / 本公报中人均…指标均按年末常住人口 N 计算: the words name the count
        count, doubt = stated_population, tied if not elsewhere else doubt
        where = f"the population {count.text} the text says its figures per head are over"
    if count is None and per == "人均" and measure:
        if GROUP_NAMED.search(average.clause[:found.start()]):
            return          # 居民医保参保人员人均基金支出: per head of those insured, never of the whole population
        by = COUNTED_BY.search(document.raw, document.sentence_start(average.start), average.start)
        if by is not None and COUNT_WORDS.search(by.group("count")) and "人口" not in by.group("count"):
            return          # 按参保人数计算，人均个人缴费 a: per head of those its words count, not of the population
        count = _population(document, average.start)
        if count is None or (SUB_AREA.search(average.clause[:found.start()])
                             and not SUB_AREA.search(_clause_words(document, count))):
            return          # 城镇居民人均可支配收入: per head of the towns' people, not of the whole population
        where = f"the population {count.text} stated elsewhere in the report"
        if several:
            doubt = "the report states more than one population"
    if count is None:
        return
    places = [set(WHOLE_PLACE.findall(document.raw[document.sentence_start(f.start):f.start])) for f in (total, count)]
    if all(places) and not places[0] & places[1]:
        doubt = doubt or f"{total.text} is named for {'、'.join(sorted(places[0]))}, {count.text} for " \
                         f"{'、'.join(sorted(places[1]))}"      # 全国观影人次 T … 全省影院放映 N场，场均观影人次 a
    monthly = bool(MONTHLY.search(average.clause)) and not MONTHLY.search(total.clause)
    if monthly and not YEAR_WORDS.search(document.raw, document.sentence_start(total.start), total.start):
        return                                   # 前三季度 T … 月人均 a: not a year's total over 12 months
    if monthly:                                  # a count at year end, or of people who drew it some months only
        doubt = doubt or "a monthly average over the people counted assumes each drew it all 12 months"
    people = [f for f in figures[max(0, average.index - WINDOW):average.index] if f.sentence == average.sentence
              and f.unit in ("人", "人次", "名") and _level(f) and f is not count]
    if per == "人均" and count is not None and count.sentence == average.sentence and people:
        doubt = doubt or f"the sentence counts more than one group of people ({count.text} and {people[0].text})"
    if count.start < total.start and count.sentence == total.sentence \
            and re.search(r"[；;]", document.between(count, total)):
        rival = next((f for f in figures[max(0, count.index - WINDOW):count.index] if f.sentence == count.sentence
                      and f.unit == count.unit and _level(f) and not CHANGE_LEAD.search(f.lead)), None)
        if rival is not None:       # 立案查处 48件，…已结案 31件，结案率 r；罚没款 T，平均每件罚没 a: per case filed or closed?
            doubt = doubt or f"the counts {rival.text} and {count.text} stand before ；, the total after it: which " \
                             "the average is per is not said"
    if _sub_part(document, count) and not _sub_part(document, total) and total.start < count.start < average.start \
            and not re.search(r"[；;。]", document.between(count, average)):
        # 接待游客 N，旅游收入 T；其中过夜游客 n，人均花费 a: a is the part's, T is of all the visitors
        doubt = doubt or f"{count.text} is a part 其中 names, {total.text} is of the whole: the average may be the " \
                         "part's own, of a total not stated"
    if INCOME_NAMED.search(measure) and PAID_OUT.search(total.clause) and not INCOME_NAMED.search(total.clause):
        doubt = doubt or f"{total.text} is paid out, the average ({measure}) names what comes in"  # 人均慈善捐赠 over 支出
    yield Finding("average", f"auto-average-{average.start}", {
        "description": f"{average.text} ({'月' if monthly else ''}{per}{measure}) recomputed as {total.text} over "
                       f"{count.text}" + (" and 12 months" if monthly else ""),
        "uses": {"total": total.claim_id, "count": count.claim_id},
        "formula": "total / count / 12" if monthly else "total / count",
        "stated": average.claim_id, "unit": unit_name(average.unit),
        "assumptions": [f"{per} divides {total.text} by {where}"
                        + (", and by the 12 months of the year (月人均: the total is the year's)" if monthly else "")]},
        doubt)


#: the words that say what an average is per (``按参保人数计算``, ``按常住人口计算``)
COUNTED_BY = re.compile(r"按(?P<count>[^，。；,;\d]{2,12}?)计算")
#: what such words count by (参保人数, 户数, 学员人次), not a price or a rate (按可比价格计算)
COUNT_WORDS = re.compile(r"人数|户数|人次|学生|职工|参保|在校|会员|用户")


def _whole_of_qualified(document: Document, average: Figure, part: Figure, core: str) -> Figure | None:
    """``技术合同成交额 T。其中企业技术合同成交额 t … 人均技术合同成交额 a``: the part after 其中 names what is averaged
    with a qualifier (企业) the average's words do not hold, so the average is of the whole before it named by just
    what is averaged (four characters or more: T)."""
    if len(core) < 4 or core not in part.clause:
        return None         # 救助资金 T，其中直接救助资金 b … 次均救助: a short word names one part, which is averaged
    qualifier = re.sub(r"^(?:其中|全年|当年|[，,：:])+", "", part.clause.split(core)[0])
    if len(qualifier) < 2 or qualifier in average.clause:
        return None
    return next((f for f in document.section_before(average, SECTION_BACK) if f.start < part.start
                 and f.same(average) and _level(f) and not _sub_part(document, f)
                 and NAME_SUFFIX.sub("", f.clause).endswith(core) and not _part_of_whole(document, f)), None)


def _sole_named_in_paragraph(figures: list[Figure], average: Figure, total: Figure, core: str) -> bool:
    """``total`` stands in the average's paragraph before it, its words end with all the average averages (four
    characters or more: 软件业务收入), and no other figure of the paragraph before the average in its unit holds them:
    the words name it however many sentences stand between (a breakdown by kind: 软件产品收入 …)."""
    if len(core) < 4 or total.paragraph != average.paragraph or total.start > average.start \
            or not re.sub(r"(?:为|达到?|是|共|合计|总计)+$", "", total.clause).endswith(core):
        return False
    return total.index >= average.index - SECTION_BACK and not any(   # bounded: a paragraph of many averages stays linear
        f is not total and f.same(average) and core in f.clause
        for f in figures[max(0, average.index - SECTION_BACK):average.index])


#: the verbs and measures that end the subject of a sentence (小微企业 | 实现营业收入)
SUBJECT_END = re.compile(r"实现|完成|共有|拥有|现有|累计|达到|营业|收入|产值|利润|投资|从业|吸纳|接待")


def _sentence_subject(document: Document, figure: Figure) -> str:
    """The words opening ``figure``'s sentence up to its first verb or measure (``全年规上数字企业实现营业收入`` → 全年规上
    数字企业): whom its figures are of."""
    words = re.split(r"[\d，,；;：:]", document.said(figure, TOLD), maxsplit=1)[0]
    end = SUBJECT_END.search(words)
    return words[:end.start()] if end else ""


def _converted(document: Document, figures: list[Figure], average: Figure, several: bool) -> list[Finding]:
    """An average in a unit its total is not stated in (人均公园绿地面积 a平方米 over 公园绿地面积 T公顷, 人均粮食占有量
    a公斤 over 粮食总产量 T万吨): read as :func:`_average` reads it in each other unit of its kind, the first that
    finds a total, and recomputed with the total converted."""
    sizes = UNIT_SIZES.get(average.kind, {})
    if in_brackets(average) or any(f.same(average) for f in figures[:average.index] if f.sentence == average.sentence):
        return []           # 人均…15.0平方米；其中主城区人均…16.8平方米 / 高于全省平均水平（人均… a）: where the reading
        # in the average's own unit stopped at an average stated before it, or an aside, the total is not its
    for unit in sizes if average.unit in sizes else ():
        if unit == average.unit:
            continue
        found = list(_average(document, figures, replace(average, unit=unit), several))
        if found:
            factor = sizes[unit] / sizes[average.unit]
            finding = found[0]
            spec = {**finding.spec, "formula": finding.spec["formula"].replace("total", f"total * {factor:g}", 1),
                    "description": f"{finding.spec['description']} ({unit} in {average.unit}: × {factor:g})",
                    "unit": unit_name(average.unit)}
            return [replace(finding, spec=spec)]
    return []


def _as_visits(document: Document, figures: list[Figure], average: Figure, several: bool) -> list[Finding]:
    """An average of people per event over a total of visits (``演出 N场，观众 T人次，…，场均观众 581人``,
    ``开行专车 N趟，运送务工人员 T人次，平均每趟运送 40人``): each person counted once per event, so the average is
    one of 人次 — read as :func:`_average` reads it in 人次, never for 人均 or 次均 (per head or per visit)."""
    found = AVERAGE.search(average.clause)
    if average.unit not in ("人", "名") or (found.group("per") or "") in ("人", "次") \
            or found.group("each") in ("人", "名", "位", "人次"):
        return []
    read = list(_average(document, figures, replace(average, unit="人次"), several))
    return [replace(finding, spec={**finding.spec, "unit": unit_name(average.unit),
                                   "description": f"{finding.spec['description']} (人 per event: 人次)"})
            for finding in read[:1]]


BACK_COUNT = 4       # figures before a 其中 count looked back over for the count it is part of
#: units that count people over time or visits, which a 人均 its words say is over them (按R&D人员全时当量计算) divides by
PERSON_UNITS = ("人年", "人次")
#: a sentence opening a breakdown (``按区域分，``, ``分行业看，``, ``从结构看，``): its figures are parts
BREAKDOWN_OPENER = re.compile(r"\s*(?:按[^，。；\d]{1,8}分|分[^，。；\d]{1,8}看|从[^，。；\d]{1,8}看)[，,：:]")
#: the words of a part of a place (中心城区, 郊县, 县域): a count of it is no count of the whole place
SUB_AREA = re.compile(r"中心城区|主城区|城区|市区|郊县|郊区|县域|农村|乡村|城镇")
#: the words of a part of a population (城镇常住人口, 农村人口, 男性人口): not another population of the report
POPULATION_PART = re.compile(r"城镇|城市|城区|市区|乡村|农村|男|女|\d+岁|老年|少儿|劳动年龄")
#: ``按常住人口计算，人均…`` / ``按年末全市常住人口 N 计算``: the words say an average per head is over the population
BY_POPULATION = re.compile(r"按[^，。；]{0,12}?人口[^，。；]{0,14}?计算")
#: ``本公报中人均、每万人等指标均按2024年末常住人口 N 计算``: a note saying so for the whole report
POPULATION_NOTE = re.compile(r"人均[^。；]{0,40}?按[^。；]{0,20}?人口")


def _people_after(count: Figure, average: Figure) -> bool:
    """``全年为 2.1万名 失业人员发放失业保险金 T，人均领取 a``: the people a count in the average's own sentence counts
    are named right after it, past a word or two (高龄老人, 失业人员), never a population (36.82万常住人口 is one)."""
    words = count.after
    return count.sentence == average.sentence and bool(PEOPLE.search(words)) and "人口" not in words


#: the words of an average of what is paid out (``人均领取养老金``, ``户均获得补贴``): it divides an outlay, never an income
PAID_OUT = re.compile(r"领取|发放|支付|支出|补助|补贴|救助|报销|赔付|待遇")
INCOME_NAMED = re.compile(r"收入|筹集|征收|缴费|保费|捐赠|募集|接收")
#: the words before 人均 that name a group of people, not the population (``职工医保参保人员人均``, ``低保对象人均``)
GROUP_NAMED = re.compile(r"人员|职工|员工|对象|学生|患者|会员|参保|农户|劳动力|游客|旅客|家庭|用户|客户")


def _income_for_payout(measure: str, figure: Figure) -> bool:
    """``figure`` is an income and the average is of what is paid out: 基金收入 is no total of 人均领取养老金."""
    return bool(PAID_OUT.search(measure)) and bool(INCOME_NAMED.search(figure.clause)) \
        and not PAID_OUT.search(figure.clause)


def _stated_population(document: Document, average: Figure) -> Figure | None:
    """The population the text says an average per head is over: the nearest 常住人口 when the average's sentence
    says 按…人口计算, or the population of a note that says so for every figure per head; else None."""
    found = BY_POPULATION.search(document.raw, document.sentence_start(average.start), average.start)
    if found:                                           # 常住人口 N，户籍人口 M … 按常住人口计算: N
        which = next((word for word in ("常住", "户籍") if word in found.group(0)), "")
        whole = [f for f in document.populations if f.start < average.start and which in f.clause
                 and not _part_of_whole(document, f)]
        return whole[-1] if whole else None            # 年末常住人口 N，其中城镇常住人口 a: N
    noted = _noted_population(document, average.start)
    if noted is not None:
        return noted                                    # 城区人口与城区暂住人口合计 N，本公报中的人均指标…均按此口径计算
    for population in document.populations:
        start = document.sentence_start(population.start)
        if population.start < average.start and POPULATION_NOTE.search(document.raw, start, population.end + 12):
            return population
    return None


def _named_fully(total: Figure | None, measure: str) -> bool:
    """``total``'s words name all of what an average averages: the words themselves (地区生产总值 for 人均地区生产总值)
    or two of their pairs of characters (销售体育彩票 for 人均购买体育彩票)."""
    core = re.sub(r"^[年月日]", "", measure)
    return total is not None and len(core) >= 2 and (core in total.clause
                                                      or len(bigrams(core) & bigrams(total.clause)) >= 2)


def _per_unit(document: Document, figure: Figure) -> bool:
    """A figure per another (``0.683吨/万元``, 单位地区生产总值二氧化碳排放, 每万人): a quotient, never the total of an
    average."""
    return bool(re.match(r"\s*[/／]", document.raw[figure.end:figure.end + 2])) or "单位" in figure.clause \
        or "每" in figure.clause \
        or bool(re.search(r"每[^，。；,;]{0,14}$", document.raw[max(0, figure.start - 16):figure.start]))   # 每百元…


def _target_base(document: Document, figure: Figure) -> bool:
    """``高标准农田 286万亩，完成年度目标任务 270万亩的 105.9%``: a target named before 的, the base a result is compared
    with — never the count an average (平均每亩投入) divides by."""
    return bool(TARGET_BASE.search(figure.clause)) and document.raw[figure.end:figure.end + 1] == "的"


#: what 平均每 names that is counted in a unit of its own or one borrowed (协作班 32个, 312家博物馆)
BORROWED_EACH = ("班", "馆")


def _each_named(document: Document, count: Figure, each: str | None) -> bool:
    """A count in a borrowed unit is what 平均每班 / 平均每馆 divides by only when its words name it (``开设协作班 32个``,
    ``312家博物馆``): a count in 个 or 家 of anything else is not of classes or halls."""
    if each not in BORROWED_EACH or count.unit == each:
        return True
    return each in count.clause[-4:] or each in document.words_after(count)[:6]


def _change_averaged(figure: Figure, measure: str) -> bool:
    """A change named by just the words an average averages (``增收 T … 户均增收 a``): the total of a change."""
    words = figure.clause.strip("，, ")
    return figure.amount and len(words) >= 2 and words in measure and not AVERAGE_LEAD.search(figure.clause)


def _counts_in(document: Document, figure: Figure, units: tuple[str, ...]) -> bool:
    """``figure`` counts in one of ``units``: its own unit, or, for a number the parser gives no unit (``350部``,
    ``4,236列``), the word written right after it."""
    if figure.unit in units:
        return True
    return not figure.unit and figure.kind == "number" and document.words_after(figure).startswith(units)


#: a standard, threshold or norm (月人均保障标准, 补助标准): set, not an average of what was paid
STANDARD = re.compile(r"标准|定额|限额|上限|下限")
#: a cap or a floor (贷款最高额度为 60万元, 补助标准): a limit set for each, never the total an average divides
LIMIT = re.compile(r"最高|最低|上限|下限|限额|标准")
#: an average per month (月人均补助, 月均): the year's total over the count and 12 months
MONTHLY = re.compile(r"月人?均|每人每月|人均每月")


QUOTIENT_BACK = 8      # figures looked back over for the numerator and denominator of a named quotient
#: words saying a figure is the whole year's (its 日均 divides by the year's days)
YEAR_WORDS = re.compile(r"全年|年度|\d{4}年(?![前上下一二三四1-9\d]|第)")     # not 2024年前三季度, 2024年1—10月
DAYS_BACK = 200        # figures looked back over for the number of days a 日均 divides by


def _quotient(document: Document, figures: list[Figure], stated: Figure, row) -> Iterator[Finding]:
    """A rate or average named by its words (:data:`~.words.QUOTIENTS`): ``累计接待游客 T … 日均接待游客 a`` over the
    stated number of days, ``旅游收入 T，人均花费 a`` over the 人次 counted, ``票房 T，观影人次 N，平均票价 p``,
    ``费用总额 T，基金支付 P，支付比例 r%``, ``累计结存 B … 支出 S，可支付 m个月`` (B over S / 12). Numerator and
    denominator are the nearest figures before it in its sentence or the one before, named by the row's words
    (a figure that is itself an average, a change or a base is never one); 日均 takes the report's number of days,
    which must be stated once (another number of days before it makes the reading doubtful)."""
    name, pattern, _, top_words, bottom_words, bottom_unit, scale = row
    near = [f for f in reversed(figures[max(0, stated.index - QUOTIENT_BACK):stated.index])
            if stated.sentence - f.sentence <= 1 and f is not stated]
    if name == "日均":
        measure = pattern.search(stated.clause).group("measure")
        core = bigrams(measure)
        tops = [f for f in near if f.same(stated) and _level(f) and not row[1].search(f.clause)
                and not _parenthesised(document, f)      # 恢复至2019年同期（T0）的 r%: a reference, not the total
                and (not measure or core & bigrams(f.clause) or measure in f.clause)
                and (measure or f.sentence == stated.sentence)]
        top = next(iter(tops), None)
        if top is not None:                      # 游客 N，其中外地 n；…日均接待游客 d: N
            top = _whole_past_part(document, stated, top, tops[1:], stated.clause)
        days = [f for f in document.earlier(stated.start, DAYS_BACK) if f.unit == bottom_unit and f.kind == "duration"
                and f.value > 1 and document.raw[max(0, f.start - 1):f.start] != "每"]
        # 高峰时一天超过 1.8万个, 每三天清运一次: one day or a frequency is no number of days averaged over
        bottom = days[0] if days else None
        doubt = ("the report states more than one number of days" if len({f.value for f in days}) > 1 else "")
        own = [f for f in days if top is not None and f.sentence == top.sentence]
        year = [f for f in days if f.value in (365, 366)]
        stated_days = [f for f in days if f.sentence == stated.sentence]
        if stated_days:                          # “五一”假期5天，日均销售额 a，累计实现销售额 T: its own days and total
            after = [f for f in figures[stated.index + 1:stated.index + 1 + QUOTIENT_BACK] if f.sentence == stated.sentence]
            own_top = next((f for f in [*near, *after] if f.sentence == stated.sentence and f.same(stated) and _level(f)
                            and not row[1].search(f.clause)), None)
            doubt = ""
            if own_top is None and measure:      # 按7天计算，日均接待游客 a: the total named so, stated before it
                # 快递业务量 T …。按区域分，主城区快递业务量 a，县域快递业务量 b。按全年366天计算，日均快递业务量: T, the
                # nearest named so that is no part of a breakdown
                own_top = next((f for f in document.earlier(stated.start, QUOTIENT_BACK * 4)
                                if f.same(stated) and _level(f) and not row[1].search(f.clause)
                                and (measure in f.clause or len(core & bigrams(f.clause)) >= 2)
                                and not _part_of_whole(document, f) and not _parenthesised(document, f)
                                and not BREAKDOWN_OPENER.match(document.raw, document.sentence_start(f.start))), None)
                if own_top is not None and measure not in own_top.clause:
                    doubt = f"the total {own_top.text} is named only in part by the words {measure}"
            top, bottom = own_top, stated_days[0]
        elif own:                                # 全年共有交易日 242天，…交易额 T，日均 a: the total's own days
            bottom, doubt = own[0], ""
        elif year and top is not None and YEAR_WORDS.search(document.raw, document.sentence_start(top.start), top.start):
            bottom, doubt = year[0], ""          # 全年处理污水 T，日均处理 a: over the year's 366天 stated
    else:
        top_pattern, bottom_pattern = re.compile(top_words), re.compile(bottom_words)
        since = max((f.start for f in near if f.same(stated) and pattern.search(f.clause)), default=-1)
        near = [f for f in near if f.start > since]   # 平均房价 300元，…；全市民宿平均房价为 p: the terms before the
        # first price are its own, never the second's
        later = [f for f in figures[stated.index + 1:stated.index + 1 + QUOTIENT_BACK // 2]
                 if f.sentence == stated.sentence]       # 平均房价 p元/间夜，同比上涨 r，客房收入 T: named after it
        top = next((f for f in [*near, *later] if f.amount and top_pattern.search(f.clause)
                    and not pattern.search(f.clause) and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)
                    and not AVERAGE_LEAD.search(f.clause)), None)
        def counts(f):
            return f.amount and f is not top and f.unit == bottom_unit and bottom_pattern.search(f.clause) \
                and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead) and not AVERAGE_LEAD.search(f.clause)
        bottoms = [f for f in near if counts(f)]
        bottom = next(iter(bottoms), None)
        # 过夜游客 n，…；一日游游客 m。过夜游客花费 T，人均花费 a: the count of the group the total names, not the nearest
        found = top_pattern.search(top.clause) if top is not None else None
        group = top.clause[:found.start()].replace("的", "").strip("，,") if found else ""
        qualified = len(bottom_pattern.sub("", group)) >= 2      # 过夜游客: a group, not just 游客 (every count's)
        grouped = [f for f in bottoms if qualified and group in f.clause]
        if grouped:
            bottom = grouped[0]
        elif bottom is not None and top is not None and not _sub_part(document, top):
            # 接待游客 N，其中外地游客 n；实现旅游收入 T…，游客人均花费 a: the part's list has ended; N, not n
            earlier = [f for f in document.earlier(bottom.start, QUOTIENT_BACK)
                       if counts(f) and stated.sentence - f.sentence <= 1]
            bottom = _whole_past_part(document, stated, bottom, [*bottoms[1:], *earlier], stated.clause + top.clause)
        doubt = ""
    if name == "日均" and bottom is None and top is not None and top.sentence == stated.sentence \
            and YEAR_TOTAL.search(document.raw, document.sentence_start(top.start), top.start) \
            and not PER_THING.search(stated.clause[:pattern.search(stated.clause).start()]):
        yield from _per_day_of_year(stated, top)          # 全年开行班列 N列，日均 a: the days are the year's, not written
        return
    if top is None or bottom is None or top is bottom:
        return
    if name == "日均" and bottom.kind == "duration":
        own, counted = sub_period(document, stated), sub_period(document, bottom)
        if own and counted and own != counted:      # 前三季度（按273天…）…。9月份日均业务量 a: not over those days
            doubt = doubt or f"{stated.text} is said of {own}, the {bottom.text} of {counted}"
    if name == "日均" and _sub_part(document, stated) and not _sub_part(document, top) \
            and stated.sentence != top.sentence:
        return              # 蔬菜交易量 T，日均 a。其中，本地蔬菜日均交易量 b: b is a part's daily average, not T's
    if _sub_part(document, bottom) and not _sub_part(document, top) and top.start < bottom.start < stated.start \
            and not re.search(r"[；;。]", document.between(bottom, stated)):
        doubt = doubt or f"{bottom.text} is a part 其中 names, {top.text} is of the whole: the average may be the " \
                         "part's own, of a total not stated"   # 旅游收入 T；其中过夜游客 n，人均花费 a
    unit = {"%": "percent", "个月": "months"}.get(stated.unit, unit_name(stated.unit))

    def spec(bottom):
        formula = f"numerator / denominator * {scale:g}" if scale != 1 else "numerator / denominator"
        whole_days = name == "日均" and float(bottom.value).is_integer() and "." not in bottom.text
        if whole_days:                   # 7天 counts whole days: exact, not 6.5 to 7.5 as a written 7 may be
            formula = f"numerator / {bottom.value:g}"
        return {
            "description": f"{stated.text} ({name}) recomputed as {top.text} over {bottom.text}"
                           + (f", × {scale:g}" if scale != 1 else ""),
            "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id}, "formula": formula,
            "stated": stated.claim_id, "unit": unit, "reading": f"{top.text} over {bottom.text}",
            "assumptions": [f"{name} divides {top.text} by {bottom.text}" + (f", × {scale:g}" if scale != 1 else "")
                            + (" (the report's number of days)" if name == "日均" else "")
                            + (f"; {bottom.text} counts whole days, so it is taken as exactly {bottom.value:g}"
                               if whole_days else "")]}
    others = ()
    if name == "日均" and doubt == "the report states more than one number of days":
        # 假期 7天 … 5天 … 累计运送乘客 T，日均 a: each number of days the report states is a reading; the first the
        # figures fit is taken and says so, and when none fits the average is shown, not judged (finding._reading)
        values = {bottom.value}
        others = tuple(spec(f) for f in days if f.value not in values and not values.add(f.value))
    yield Finding("average", f"auto-average-{stated.start}", spec(bottom), doubt, alternatives=others)


def _whole_past_part(document: Document, stated: Figure, term: Figure, others: list[Figure], words: str) -> Figure:
    """``接待游客 N，其中外地游客 n；…游客人均花费 a`` / ``日均接待游客 d``: the term a quotient takes is the whole N, not
    the part n after 其中, when the part's list has ended (；or 。 between it and the quotient) and the quotient's words
    (and its other term's) do not name the part (过夜游客人均花费 is the part's own): the nearest of ``others`` larger
    than the part and after no 其中; else ``term``."""
    if not _sub_part(document, term) or _sub_part(document, stated) \
            or not re.search(r"[；;。]", document.between(term, stated)):
        return term
    whole = next((f for f in others if not _sub_part(document, f) and f.value > term.value), None)
    if whole is None:
        return term
    own = bigrams(term.clause) - bigrams(whole.clause) - {"其中"}    # 外地, 过夜: what makes the part a part
    return term if own & bigrams(words) else whole


#: words before a 日均 saying it is also per something (单站日均换电, 每个充电桩每天, 车均日): not the year's total over its days
PER_THING = re.compile(r"单[站桩车台户人家]|每[^天日]|[站桩车台户人家]均")
#: words saying a total is a whole year's (全年, 2024年, 去年): its 日均 is over 365 or 366 days when no days are written
YEAR_TOTAL = re.compile(YEAR_WORDS.pattern + r"|(?:去年|上年)(?!同期|末|底|[一二三四上下前]|\d)")


def _per_day_of_year(stated: Figure, top: Figure) -> Iterator[Finding]:
    """``全年开行海铁联运班列 4,236列，平均每天 11.6列`` with no number of days written: a over 365 days or over 366 (a
    leap year), both readings; the first the figures fit is taken, and when neither fits the average is shown, not
    judged (the year the total is of may not be the one the text names)."""
    def spec(days):
        return {"description": f"{stated.text} (日均) recomputed as {top.text} over the {days} days of a year",
                "uses": {"numerator": top.claim_id}, "formula": f"numerator / {days}", "stated": stated.claim_id,
                "unit": unit_name(stated.unit), "reading": f"{top.text} over {days} days",
                "assumptions": [f"日均 divides {top.text}, a whole year's, by its {days} days (no number of days is "
                                f"written)"]}
    fitting = [days for days in (365, 366) if _rounds_to(top.value / days, stated)]
    if len(fitting) == 1 and "." not in stated.text:
        # 全年保障航班起降 98,436架次，日均 269架次: a whole count stated for an average is the quotient rounded (the
        # ledger holds 269架次 as exact), so the one year's length it rounds to is the reading, judged approximate
        yield Finding("average", f"auto-average-{stated.start}", spec(fitting[0]))
        return
    yield Finding("average", f"auto-average-{stated.start}", spec(365), alternatives=(spec(366),))


def _rounds_to(value: float, stated: Figure) -> bool:
    """``value`` rounded to the digits ``stated`` is written with gives its value (268.95 → 269架次; 3.378万 → 3.38万)."""
    decimals = len(stated.text.split(".")[1].rstrip("万亿千百十" + stated.unit)) if "." in stated.text else 0
    size = stated.value / float(re.sub(r"[^\d.]", "", stated.text) or "nan") if re.search(r"\d", stated.text) else 1.0
    step = size * 10 ** -decimals
    return abs(value - stated.value) <= step / 2 + 1e-9 * abs(stated.value)


def _held(figure: Figure, measure: str) -> int:
    """How much of ``measure`` (what an average is of) the figure's name gives, 总 left out; 0 when it gives none."""
    name = core_name(figure).replace("总", "")
    return len(name) if len(name) >= 2 and name in measure else 0


UNITS_NAMED = {"县": "县", "村": "村", "校": "校|学校", "镇": "镇|乡镇"}


def _subject(words: str) -> str:
    """What an average is of, from the words before its 均 (``快递件均收入`` → 快递), or "" when they name nothing."""
    words = NAME_PREFIX.sub("", re.split(r"[，,；;、]", words)[-1])
    words = re.sub(r"^(?:全年|年末|今年|当年|平均|其中)+", "", words)
    return words if len(words) >= 2 else ""
#: ``平均每个家庭户的人口为 2.69人``: the unit averaged over (家庭户), then what is averaged (人口)
PER_EACH = re.compile(r"平均每(?:个|位|名)?(?P<noun>[^，。；\d的]{1,6})的(?P<measure>[^，。；\d的]{1,6}?)(?:为|达到?|是|约)?$")
#: an average price: ``销售均价``, ``平均售价``
PRICE = re.compile(r"均价|平均(?:每(?:平方米|立方米|千瓦时|吨|公斤))?[^，。；\d]{0,3}?(?:售价|价格|单价|电价)")   # 平均每平方米售价
MEASURES = ("area", "weight", "volume", "energy")


def _per_each(document: Document, figures: list[Figure], average: Figure) -> Iterator[Finding]:
    """``平均每个家庭户的人口为 a``: a recomputed as the figure named 家庭户人口 over the count of 家庭户, both in
    the unit the noun and the average give (户, 人), stated near it."""
    found = PER_EACH.search(average.clause)
    noun, measure = found.group("noun"), found.group("measure")
    near = [*_around(figures, average), *document.earlier(average.start, WINDOW * 2)]
    count = next((f for f in near if f.unit and noun.endswith(f.unit) and _level(f) and noun in f.clause), None)
    total = next((f for f in near if f.same(average) and _level(f) and f is not average
                  and (noun + measure) in f.clause.replace("的", "")), None)
    if count is None or total is None:
        return
    doubt = ("the count or the total is not stated near the average"
             if max(abs(count.sentence - average.sentence), abs(total.sentence - average.sentence)) > 2 else "")
    yield Finding("average", f"auto-average-{average.start}", {
        "description": f"{average.text} (平均每{noun}的{measure}) recomputed as {total.text} over {count.text}",
        "uses": {"total": total.claim_id, "count": count.claim_id}, "formula": "total / count",
        "stated": average.claim_id, "unit": unit_name(average.unit),
        "assumptions": [f"平均每{noun}的{measure} divides {total.text} ({noun}{measure}) by {count.text} ({noun})"]},
        doubt)


#: the units a count of what 每 names may be in (每人 over 3,126名; 每例 over 1,850名 patients, one case each)
PER_ONE_COUNTS = {"人": ("人", "名", "位"), "名": ("人", "名", "位"), "位": ("人", "名", "位"), "例": ("例", "人", "名")}


def _per_one(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``给全村 468户每户分红 600元，一共拿出来 28.08万元`` / ``流转土地 1,260亩，每亩年租金 800元，一年就能拿到 100.8万元``:
    a recomputed as T / N, N the nearest figure before it in its sentence counting what 每 names (户, 亩), T the one
    other figure of its sentence in a's unit (before or after it); two such figures leave T unknown."""
    unit = PER_ONE.search(stated.clause).group("unit")
    own = [f for f in figures[max(0, stated.index - WINDOW):stated.index + WINDOW]
           if f.sentence == stated.sentence and f is not stated]
    count = next((f for f in reversed([f for f in own if f.start < stated.start])
                  if _counts_in(document, f, PER_ONE_COUNTS.get(unit, (unit,))) and _level(f)), None)
    # the total in a's unit or another of its kind (每人 5,000元 … 发放 1,563.00万元: values are in the kind's base unit)
    totals = [f for f in own if (f.same(stated) or f.kind == stated.kind == "money") and f is not count
              and _level(f) and not PER_ONE.search(f.clause)      # in a's item of the sentence (not past ；)
              and not re.search(r"[；;]", document.between(*sorted((f, stated), key=lambda g: g.start)))
              and not _parenthesised(document, f)]            # 占村集体收入（112.5万元）的: another figure named
    if count is None or len(totals) != 1:
        return
    total = totals[0]
    yield Finding("average", f"auto-average-{stated.start}", {
        "description": f"{stated.text} (每{unit}) recomputed as {total.text} over {count.text}",
        "uses": {"total": total.claim_id, "count": count.claim_id}, "formula": "total / count",
        "stated": stated.claim_id, "unit": unit_name(stated.unit),
        "assumptions": [f"每{unit} divides {total.text}, the one figure of its sentence in {stated.unit or 'its unit'}, "
                        f"by {count.text}"]})


def _shares(document: Document, stated: Figure) -> tuple[Figure | None, str]:
    """The company's shares a figure per share is over: the figure named 总股本 (股 written after it) nearest before
    it in the report, else the first after it; and a doubt when the report states more than one number of shares."""
    key = "share capital"
    shares = document._starts.get(key)
    if shares is None:
        shares = document._starts[key] = [f for members in document.paragraphs for f in members
                                           if SHARE_CAPITAL.search(f.clause) and f.after.startswith("股")
                                           and f.kind == "number"]
    if not shares:
        return None, ""
    before = [f for f in shares if f.start < stated.start]
    chosen = before[-1] if before else shares[0]
    several = len({f.value for f in shares}) > 1
    return chosen, "the report states more than one number of shares" if several else ""


def _per_share(document: Document, stated: Figure) -> Iterator[Finding]:
    """``归母净利润 P … 期末总股本 N股，基本每股收益 e`` / ``归属于上市公司股东的净资产 E … 每股净资产 b``: e recomputed
    as P / N, b as E / N, P and E the nearest figures before named as the shareholders' own (归属于…股东的, 归母), N the
    shares named 总股本 (:func:`_shares`). Basic earnings per share divide by the year's weighted shares, which may
    differ from the shares at its end: unless the words say 按…总股本计算, a mismatch is shown, not judged; so is a
    figure per ordinary share (普通股) over an equity that may hold other instruments."""
    what = PER_SHARE.search(stated.clause).group("what")
    if re.search(r"扣除|扣非", stated.clause):
        return                           # 扣除非经常性损益后的每股收益: of another profit than the one named 归母
    shares, doubt = _shares(document, stated)
    if "稀释" in stated.clause:
        doubt = doubt or "diluted earnings per share count shares that may yet be issued"
    if shares is None:
        return
    wanted = PER_SHARE_OF[what]
    named = re.compile(f"(?:{wanted.pattern})[^，。；、\\d]{{0,6}}$")     # its own words, a note in brackets left out

    def own_words(f):
        return NAME_NOTE.sub("", document.raw[max(document.sentence_start(f.start), f.start - 40):f.start])
    top = next((f for f in document.earlier(stated.start, SECTION_BACK * 2) if f.same(stated) and _level(f)
                and named.search(own_words(f)) and "扣除" not in f.clause
                and not _sub_part(document, f) and not _parenthesised(document, f)), None)
    if top is None or _taken(list(document.earlier(stated.start, SECTION_BACK * 2)), stated, (top,),
                             lambda f: (m := PER_SHARE.search(f.clause)) is not None and m.group("what") == what
                             and not re.search(r"扣除|扣非|稀释", f.clause)):
        return      # 每股收益 e，行业平均每股收益 e2 / 每股净资产 b，上年末每股净资产 b2: the profit is e's, never e2's
    if what == "收益" and not BY_SHARES.search(document.raw, document.sentence_start(stated.start), stated.start):
        doubt = doubt or "basic earnings per share divide by the year's weighted shares, not by 总股本 at its end"
    if what == "净资产" and ("普通股" in stated.clause or "权益" in top.clause):
        doubt = doubt or "the equity may hold instruments other than ordinary shares"
    yield Finding("average", f"auto-average-{stated.start}", {
        "description": f"{stated.text} (每股{what}) recomputed as {top.text} over {shares.text} shares",
        "uses": {"total": top.claim_id, "count": shares.claim_id}, "formula": "total / count",
        "stated": stated.claim_id, "unit": "元",
        "assumptions": [f"每股{what} divides {top.text} by the {shares.text} shares named 总股本"]}, doubt)


def _dividend(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``以总股本 N股为基数，每10股派发现金红利 d元（含税），合计派发现金红利 T``: d recomputed as T / N × 10 (T / N for
    每股派), T the figure so named after it in its sentence, N the shares named 总股本 (:func:`_shares`); N stated more
    than a sentence away makes the reading doubtful (the base may leave out repurchased shares)."""
    per_ten = bool(DIVIDEND.search(document.raw, max(0, stated.start - 16), stated.start).group("ten"))
    total = next((f for f in figures[stated.index + 1:stated.index + 4] if f.sentence == stated.sentence
                  and f.same(stated) and DIVIDEND_TOTAL.search(f.clause)), None)
    shares, doubt = _shares(document, stated)
    if total is None or shares is None:
        return
    if stated.sentence - shares.sentence > 1 or shares.start > stated.start:
        doubt = doubt or f"the shares {shares.text} are not stated with the dividend (its base may leave some out)"
    yield Finding("average", f"auto-average-{stated.start}", {
        "description": f"{stated.text} ({'每10股' if per_ten else '每股'}派) recomputed as {total.text} over "
                       f"{shares.text} shares" + (", × 10" if per_ten else ""),
        "uses": {"total": total.claim_id, "count": shares.claim_id},
        "formula": "total / count * 10" if per_ten else "total / count",
        "stated": stated.claim_id, "unit": "元",
        "assumptions": [f"the dividend {'per 10 shares' if per_ten else 'per share'} is {total.text} over the "
                        f"{shares.text} shares named 总股本"]}, doubt)


def _price(document: Document, figures: list[Figure], price: Figure) -> Iterator[Finding]:
    """``销售面积 A，销售额 B，均价 p元/平方米``: p recomputed as B / A, the nearest money and measured figures in
    its sentence (when the text writes the unit it is per, the measure must be in it)."""
    per = re.match(r"\s*/\s*([^\s，。；,;）)]{1,4})", document.raw[price.end:price.end + 8])
    near = [f for f in _around(figures, price) if f.sentence == price.sentence and _level(f)]
    near = [f for f in near if f.start < price.start] + [f for f in near if f.start > price.start]  # 均价 after its
    # figures (住宅销售面积 a，销售额 b，住宅均价 p；非住宅销售面积 c: p is b over a, not over c)
    total = next((f for f in near if f.unit == "元" and f is not price), None)
    count = next((f for f in near if f.kind in MEASURES and (per is None or f.unit == per.group(1))), None)
    if total is None or count is None or _taken(figures, price, (total, count), lambda f: PRICE.search(f.clause)):
        return              # 销售额 B，平均每平方米售价 p，全省平均每平方米售价 p2: B is p's, never p2's
    yield Finding("average", f"auto-average-{price.start}", {
        "description": f"{price.text}{'/' + per.group(1) if per else ''} (均价) recomputed as {total.text} over "
                       f"{count.text}",
        "uses": {"total": total.claim_id, "count": count.claim_id}, "formula": "total / count",
        "stated": price.claim_id, "unit": f"yuan per {count.unit}",
        "assumptions": [f"the average price divides {total.text} by {count.text}, both in its sentence"]})


#: a yield per unit of area: ``粮食单位面积产量 408.1公斤/亩``, ``亩产 520公斤``, ``单产``
YIELD = re.compile(r"单产|亩产|单位面积产量|每亩产量")
PER_AREA_WRITTEN = re.compile(r"\s*/\s*(亩|公顷)")
#: masses in 公斤 (the ledger holds 万吨 as 吨)
MASS = {"吨": 1000.0, "公斤": 1.0, "千克": 1.0, "斤": 0.5}
YIELD_BACK = 30         # figures looked back over for the total and the area of a yield
#: the words of a harvest (产量, 总产, 收获 11.43万吨, 产干毛茶 4,216吨) and of the area it grew on (面积, 种植, 播种)
OUTPUT_WORDS = re.compile(r"产量|总产|收获|产(?!值|业|品)")
AREA_WORDS = re.compile(r"面积|种植|播种")


def _taken(figures: list[Figure], stated: Figure, terms, stated_so) -> bool:
    """A figure stated as the same kind of quotient (``stated_so`` of it is true), in ``stated``'s unit, after all the
    terms and before ``stated`` (``总产量 T，平均每亩产量 y，全省平均每亩产量 y2``): the terms are that figure's (y's),
    never ``stated``'s."""
    after = max(t.start for t in terms if t is not None)
    return any(after < f.start < stated.start and f.unit == stated.unit and stated_so(f)
               and not FROM_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)    # 由上年的 a 提高到 b: a is a base
               for f in figures)


def _mass_per_area(figure: Figure) -> bool:
    """``平均每亩产量 447.6公斤``: a mass per area, a yield (output over area), never an average of a total in its unit."""
    return figure.kind == "weight" and figure.unit in MASS and bool(YIELD.search(figure.clause))


def _per_area(document: Document, figure: Figure) -> str:
    """The unit of area ``figure`` is a yield per (亩, 公顷), or "" when it is not a yield (a change of one is not)."""
    written = PER_AREA_WRITTEN.match(document.raw[figure.end:figure.end + 6])
    if not (written or YIELD.search(figure.clause)) or CHANGE_LEAD.search(figure.lead) \
            or BASE_LEAD.search(figure.lead) or FROM_LEAD.search(figure.lead):
        return ""
    return written.group(1) if written else ("亩" if "亩" in figure.clause else "area")


def _yield(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``粮食总产量 T万吨 … 粮食播种面积 A万亩 … 粮食单位面积产量 y公斤/亩`` / ``油料种植面积 A，产量 T，亩产 y``: y
    recomputed as T / A in its units. When the yield's words name a crop (粮食), the total is the nearest 产量 and
    the area the nearest 面积 named for it; when they name none, both must be stated in its sentence or the one
    before. Either more than two sentences away makes the reading doubtful."""
    area_unit = _per_area(document, stated)
    found = YIELD.search(stated.clause)
    crop = NAME_PREFIX.sub("", stated.clause[:found.start()]) if found else ""
    crop = re.sub(r"^(?:全年|年末|全县|全市|全区|全省|全镇|今年|平均)+|平均$", "", crop)   # 粮食平均亩产: 粮食
    earlier = document.earlier(stated.start, YIELD_BACK)
    if len(crop) < 2:
        crop = ""
        earlier = [f for f in earlier if stated.sentence - f.sentence <= 1]

    def level(f):
        return (_level(f) and not YIELD.search(f.clause) and not _per_area(document, f)
                and (not crop or crop in f.clause))
    total = next((f for f in earlier if f.unit in MASS and OUTPUT_WORDS.search(f.clause) and level(f)), None)
    area = next((f for f in earlier if f.kind == "area" and AREA_WORDS.search(f.clause) and level(f)
                 and (area_unit == "area" or f.unit == area_unit)), None)
    if total is None or area is None or (not crop and _taken(figures, stated, (total, area),
                                                               lambda f: YIELD.search(f.clause))):
        return              # 总产量 T，平均每亩产量 y，全省平均每亩产量 y2: T is y's, never y2's (稻谷单产 a，小麦单产
        # b: each crop's terms are named for it)
    of_area, of_total = _crop_of(area, AREA_WORDS), _crop_of(total, OUTPUT_WORDS)
    if not crop and of_area and of_total and of_area not in of_total and of_total not in of_area:
        return              # 粮食总产量 T … 其中水稻播种面积 A，亩产 y: the rice's yield, whose output is not stated
    factor = MASS[total.unit] / MASS[stated.unit]
    far = stated.sentence - min(total.sentence, area.sentence) > 2
    per = area.unit
    yield Finding("average", f"auto-average-{stated.start}", {
        "description": f"{stated.text}/{per} ({found.group(0) if found else 'a yield per ' + per}) recomputed as "
                       f"{total.text} over {area.text}",
        "uses": {"total": total.claim_id, "count": area.claim_id},
        "formula": f"total / count * {factor:g}" if factor != 1 else "total / count",
        "stated": stated.claim_id, "unit": f"{stated.unit} per {per}",
        "assumptions": [f"the yield divides {total.text} (产量{', ' + crop if crop else ''}) by {area.text} (面积), "
                        f"in {stated.unit} per {per}"]},
        "the total or the area is stated more than two sentences before the yield" if far else "")


def _crop_of(figure: Figure, words: re.Pattern) -> str:
    """The crop an output or an area is named for: its name before the words of its measure (水稻播种面积 → 水稻,
    粮食总产量 → 粮食), without 其中 or the place."""
    name = NAME_PREFIX.sub("", figure.clause.replace("的", ""))
    found = words.search(name)
    return re.sub(r"^(?:全年|年末|全县|全市|全区|全省|今年)+", "", name[:found.start()]) if found else ""


def _names(figure: Figure, measure: str) -> bool:
    """``figure``'s words name what an average averages (``增收总额`` for 户均增收, ``新增学位`` for 平均每所学校新增学位)."""
    core = NAME_SUFFIX.sub("", NAME_PREFIX.sub("", figure.clause))
    return measure in figure.clause or (len(core) >= 2 and core in measure)


PER_BASE_WRITTEN = re.compile(r"/(10万|十万|万|千|1000|10000|100000)$")


def _per(document: Document, figures: list[Figure], figure: Figure) -> tuple[str, float]:
    """(what the rate is per, the factor count / base is multiplied by) when ``figure`` is a rate per head."""
    if FROM_LEAD.search(figure.lead):
        return "", 0.0                                   # 由 5.0张 提高到 5.6张: the earlier rate, not this year's
    if "‰" in figure.text and figure.unit == "%":
        return "1,000 (‰, which the ledger holds as a percent)", 100.0
    written_base = PER_BASE_WRITTEN.search(figure.text)
    if written_base and figure.unit == "%":          # 415.9/10万: the parser holds it as a percent (0.4159%)
        return f"{written_base.group(1)} (…/{written_base.group(1)}, which the ledger holds as a percent)", 100.0
    if figure.kind == "number" and figure.index + 1 < len(figures):
        after = figures[figure.index + 1]
        if document.between(figure, after).strip() == "/" and after.text in ("10万", "十万"):
            return "10万", 100_000.0
    written = PER_THOUSAND_PEOPLE.search(figure.clause)
    if written and figure.amount:
        return f"{written.group(1)} people", float(PER_PEOPLE[written.group(1)])
    written = PER_PEOPLE_NAMED.search(figure.clause)
    if written and figure.amount and figure.unit not in ("人", "名"):     # 万人成讼率为 r件
        return f"{written.group('size')} people", float(PER_PEOPLE[written.group("size")])
    per = _per_people_figure(document, figures, figure)
    if per is not None and figure.amount and (figure.unit == per.unit or _people_base_of(document, per, figure)):
        return f"{per.text}", per.value
    named = PER_NAMED.search(figure.clause)
    if named and figure.amount:
        return f"{named.group('size')}{named.group('by')}{named.group('who')}", float(PER_PEOPLE[named.group("size")])
    group = _per_group(figures, figure)
    if group is not None:
        size, who = group
        return f"{size.text}{who}", size.value
    return "", 0.0


WHO_HAS = re.compile(r"^(?P<who>[^，。；\d]{1,6}?)(?:中?(?:拥有|(?<!拥)有|发生|配备)|中(?=[^，。；\d]{2}))")   # 拥有博物馆 names
# no group (拥); 每万名就业人员中R&D人员: the group before 中


def _per_group(figures: list[Figure], figure: Figure) -> tuple[Figure, str] | None:
    """``每千名老年人拥有养老床位 38.6张`` where the parser reads 千名 as a figure: (that figure, 老年人)."""
    if figure.index == 0 or not figure.amount:
        return None
    size = figures[figure.index - 1]
    who = WHO_HAS.match(figure.clause)
    if size.sentence == figure.sentence and size.lead.endswith("每") and size.value in (1_000, 10_000, 100_000) \
            and who and who.group("who") not in ("人", "人口", "常住人口"):
        return size, who.group("who")
    return None


#: ``每千名老年人拥有养老床位 38.6张``: a rate per 1,000 of a group the report names and counts
PER_NAMED = re.compile(r"每(?P<size>千|万|十万|10万)(?P<by>[名户家])(?P<who>[^，。；\d拥有]{1,6}?)中?(?:拥有|有|发生|配备)")
#: the unit of the group a rate per 1,000 or 10,000 of it counts: 每万户市场主体 over 户, 每万名 over 人
GROUP_UNITS = {"名": "人", "户": "户", "家": "家"}


GROUP_BACK = 200        # figures of the report looked back over for the group a rate per 1,000 of it names
TOLD = 80               # characters of a quotient's sentence before it read for what its words say of its terms


def _other_place(document: Document, told: str, figure: Figure) -> bool:
    """The words of a quotient's clause (``told``, its sentence up to it) name a part of a place (城区, 农村) that the
    far figure's words do not, or the figure's words one the quotient's do not: the figure is the whole place's, not
    the part's the quotient is of, or a part's (城镇60岁及以上老年人口), not the whole place's."""
    own = re.split(r"[，,；;]", told)[-1]
    return bool(SUB_AREA.search(own)) != bool(SUB_AREA.search(_clause_words(document, figure)))


def _clause_words(document: Document, figure: Figure) -> str:
    """The words of ``figure``'s clause up to it, read in the text (its clause as parsed stops at a figure inside its
    name: ``城镇60岁及以上老年人口`` is 老年人口 after 60岁)."""
    words = document.raw[max(document.sentence_start(figure.start), figure.start - TOLD):figure.start]
    return re.split(r"[，,；;]", words)[-1]


#: a part of the year or a date inside it (``一季度末``, ``上半年``, ``6月末``): a figure named with one is of that time
PART_OF_YEAR = re.compile(r"(?:[一二三四1-4]|第[一二三四])季度|前三季度|[上下]半年|\d{1,2}月(?:末|底|份)?|\d{1,2}[—－-]\d{1,2}月")


def _parts_of_year(words: str) -> list[str]:
    """The parts of the year ``words`` name (``一季度末`` → 一季度): a far figure named with one is of that time, not
    the time of a quotient whose words do not name it (一季度末规上工业企业 N is no count of the year's 平均每家)."""
    return PART_OF_YEAR.findall(words)


def _told_year(told: str) -> str:
    """The year the words of a quotient's sentence up to it name (as :func:`~.totals.year_of` reads a lead, which may
    stop short of a long name: ``2023年全市保险深度（保费收入与地区生产总值之比）为``)."""
    found = re.findall(r"(?<![比较与\d])(\d{4})年(?!同期)|(?<![比较与])(上年|去年|上一年)(?!同期|为)", told)
    return "".join(found[-1]) if found else ""


def _group_named(document: Document, rate: Figure, who: str, counted: Figure) -> Figure | None:
    """The group ``每千名老年人`` names, stated anywhere before in the report: the one count of people whose words hold
    its name as what they count (老年人口 for 老年人, 就业人员 for 就业人员), a level of this period; none when two such
    counts are stated (60岁及以上老年人口 and 80岁以上高龄老年人: which is meant is not known) or one is of a part after
    其中 or of another place (城区, 农村) the rate does not name."""
    if len(who) < 2:
        return None
    told = document.raw[max(document.sentence_start(rate.start), rate.start - TOLD):rate.start]
    if TARGET_WORDS.search(told):
        return None
    found = [f for f in document.earlier(rate.start, GROUP_BACK)
             if f.unit == "人" and f is not counted and _level(f) and f not in document.live_births
             and re.search(f"{re.escape(who)}口?(?:数|总数)?(?:为|有|达到?|共有)?$", f.clause)]
    if len({round(f.value) for f in found}) != 1:
        return None
    base = found[0]
    words = document.raw[max(document.sentence_start(base.start), base.start - TOLD):base.start]
    if _sub_part(document, base) or (SUB_AREA.search(base.clause) and not SUB_AREA.search(rate.clause)) \
            or _other_place(document, told, base) \
            or PLANNED.search(words) or TARGET_WORDS.search(re.split(r"[；;]", words)[-1]) \
            or other_year(document, base, rate) or OTHER_PERIOD.search(base.lead):
        return None
    return base


def _per_people_figure(document: Document, figures: list[Figure], figure: Figure) -> Figure | None:
    """``每10万人中拥有大学文化程度的 16,143人``: the parser reads 10万人 as a figure of its own; written right after
    每 and before 中, it is the base the following figure of its sentence is counted per."""
    for other in figures[max(0, figure.index - 2):figure.index][::-1]:
        if other.sentence == figure.sentence and other.lead.endswith("每") and other.value in (1_000, 10_000, 100_000) \
                and (document.raw[other.end:other.end + 1] == "中" or _people_base_of(document, other, figure)):
            return other
    return None


def _people_base_of(document: Document, base: Figure, figure: Figure) -> bool:
    """``每10万人投诉量 r件`` / ``每10万人拥有博物馆 r个``: the 10万人 the parser reads as a figure counts people (人,
    not 人次 or 名 of a group) and names, with no punctuation between, what the next figure is per."""
    return base.unit == "人" and base.text.endswith(("人", "人口")) and base.index + 1 == figure.index \
        and not re.search(r"[，,。；;：:、（()）]", document.between(base, figure)) \
        and not OTHER_PERIOD_OR_TARGET.search(base.lead)      # 上年每10万人投诉量为 r: last year's rate


def _stem(figure: Figure) -> str:
    """What a rate counts: 出生率 → 出生, 每千人口床位数 → 床位, 每千人口执业（助理）医师 → 执业（助理）医师."""
    clause = figure.clause
    named = PER_PEOPLE_NAMED.search(clause)
    if named:
        return named.group("what")              # 万人成讼率: 成讼
    written = PER_THOUSAND_PEOPLE.search(clause)
    if written:
        clause = clause[written.end():]
    named = PER_NAMED.search(clause) or WHO_HAS.match(clause)
    if named and len(re.sub(r"(?:量|数)?(?:为|是|达到?|保持在)?$", "", clause[named.end():])) >= 2:
        clause = clause[named.end():]           # 每千名老年人拥有养老床位: 床位, but 发明专利拥有量 counts 发明专利拥有量
    elif named and not re.sub(r"(?:为|是|达到?|约)?$", "", clause[named.end():]):
        return ""                               # 每万名城镇常住人口拥有 r处: the group is named, what it has is not
    clause = re.sub(r"(?:为|是|达到?|保持在)$", "", clause)
    clause = re.sub(r"^(?:拥有|有)(?=..)", "", clause)       # 每10万人 | 拥有博物馆: 博物馆
    clause = re.sub(r"(?<=..)[率数量]$", "", clause)        # 投诉量 counts 投诉
    clause = re.sub(r"(?<=..)拥有$", "", clause)             # 发明专利拥有量 counts 发明专利
    return re.sub(r"^人口(?=..)", "", clause.strip())       # 人口出生率 counts 出生人口: the stem is 出生


def _rate(document: Document, figures: list[Figure], rate: Figure, per: str, factor: float,
          several: bool) -> Iterator[Finding]:
    stem = _stem(rate)
    if len(stem) < 2:       # 共有气象信息员 N名，…，每万人口 r名: the rate names nothing; the one figure of its sentence
        own = [f for f in figures[max(0, rate.index - WINDOW):rate.index] if f.sentence == rate.sentence
               and f.alike(rate) and _level(f) and not _sub_part(document, f)]
        if len(own) != 1 or not (PER_THOUSAND_PEOPLE.search(rate.clause) or PER_NAMED.search(rate.clause)
                                 or _per_group(figures, rate)):
            return
        counted, stem = own[0], own[0].clause
    else:
        counted = _counted(document, figures, rate, stem) or _only_so_named(
            document, stem, rate, lambda f: _counts_alike(f, rate) and f not in document.populations
            and not PER_THOUSAND_PEOPLE.search(f.clause))    # 卫生技术人员 N stated sections before 每千常住人口…
    if counted is None:
        counted = _one_counted_by_population(document, figures, rate)
    if counted is None or ("‰" in rate.text and counted.kind != "count"):
        return              # 成灾面积 0.86万公顷，成灾率 0.29‰: a per-mille of an area is no count per head
    if any(f.start > counted.start and f.unit == rate.unit and PER_THOUSAND_PEOPLE.search(f.clause)
           and _stem(f) == stem for f in figures[max(0, rate.index - WINDOW * 2):rate.index]):
        return              # 体育场地 N，每万人拥有体育场地 r；全省每万人拥有体育场地 r2: N is r's, never r2's
    if SUB_AREA.search(counted.clause) and not SUB_AREA.search(rate.clause):
        return              # 中心城区公共充电桩 a … 全市每万人拥有公共充电桩 r: a part of the city's count
    births = bool(PER_LIVE_BIRTH.search(stem))
    base = document.nearest(document.live_births, rate.start) if births else _population(document, rate.start)
    by = None if births else BY_POPULATION.search(document.raw, document.sentence_start(rate.start), rate.start)
    if by and "户籍" in by.group(0):
        base = _stated_population(document, rate)     # 按户籍人口计算，每千人口…: the 户籍人口, not the 常住人口
    elif not births and base is not None and "户籍" in counted.clause and "户籍" not in base.clause:
        # 常住人口 P1，户籍人口 P2；户籍人口出生 n，出生率 r‰: per 1,000 of P2, the population its count names
        base = next((f for f in document.populations if "户籍" in f.clause and f.start < rate.start), None)
    named = PER_NAMED.search(rate.clause)
    group = _per_group(figures, rate)
    if named or group:                                       # per 1,000 of the group named, not of the population
        who = named.group("who") if named else group[1]
        told = document.raw[max(document.sentence_start(rate.start), rate.start - TOLD):rate.start]
        unit = GROUP_UNITS.get(named.group("by") if named else group[0].unit, "人")     # 每万户市场主体: 户
        candidates = [f for f in [*_around(figures, rate), *document.section_before(rate, SECTION_BACK)]
                      if f.unit == unit and who in f.clause and f is not counted and _level(f)
                      and not _other_place(document, told, f)]     # 城镇60岁及以上老年人口 is no 全市 group
        before = sorted((f for f in candidates if f.start < rate.start),
                        key=lambda f: (f.paragraph != rate.paragraph, _sub_part(document, f)))
        # 实有企业 N户，其中私营企业 n户 … 每万户企业: of the rate's paragraph, the whole N before a part after 其中
        # named with the group's word
        after = [f for f in candidates if f.start > rate.start and f.sentence == rate.sentence]
        # the group stated before the rate, as a population (老年人口) before some of them (80岁以上高龄老年人), then
        # in the rate's own sentence after it; never a later sentence's 入住的老年人
        base = next((f for f in before if who + "口" in f.clause), (before or after or [None])[0])
        if base is None:                     # 60岁及以上老年人口 N in the report's opening, 每千名老年人 sections later
            base = _group_named(document, rate, who, counted)
        several = False
    if base is None or base is counted:
        return
    if not births and not (named or group) and base is not _noted_population(document, rate.start) and _other_place(
            document, document.raw[max(document.sentence_start(rate.start), rate.start - TOLD):rate.start], base):
        return              # 中心城区每万人拥有公共充电桩 r: per head of the 中心城区, not of the city's population
    doubt = "the report states more than one population" if several and not births else ""
    of = "live births" if births else ("group of people" if named or group else "population")
    yield Finding("rate", f"auto-rate-{rate.start}", {
        "description": f"{rate.text} recomputed as {counted.text} per {per} of the {of} {base.text}",
        "uses": {"count": counted.claim_id, "base": base.claim_id}, "formula": f"count / base * {factor:g}",
        "stated": rate.claim_id, "unit": "percent" if rate.unit == "%" else f"per {per}",
        "assumptions": [f"{stem}{'率' if '‰' in rate.text or per.startswith('10万') else ''} counts {counted.text} "
                        f"over the stated {of} {base.text}"]}, doubt)


#: sizes a rate per some of a counted thing is written per (``每10万件``, ``每万架次``, ``每1000辆``)
SIZES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0, 10_000_000.0, 100_000_000.0})
#: a size written in words right after 每 (``每万架次``, ``每百万吨``, ``每10万辆车``)
SIZE_WORDS = re.compile(r"每(?P<size>百|千|万|十万|百万|千万|亿|100|1000|10000|10万|100万|1000万)(?P<rest>[^，。；、,;：:（()）\d]{2,16})$")
SIZE_VALUES = {"百": 100, "千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000,
               "亿": 100_000_000, "100": 100, "1000": 1_000, "10000": 10_000, "10万": 100_000, "100万": 1_000_000,
               "1000万": 10_000_000}
#: the words between the size and the rate: what the rate counts (``差错``, ``发生事故``, ``投诉量为``)
SIZE_STEM = re.compile(r"^(?:中|内)?(?:发生|有|出现|产生)?(?P<stem>[^，。；、,;：:（()）\d]{2,8}?)(?:率|数|量|次数|件数)?"
                       r"(?:为|是|达到?|约)?$")


#: the verbs after the group a rate per a size is of (``每百辆新能源汽车拥有公共充电桩``), and those words split
OWNER_VERBS = ("拥有", "配备", "配置", "建有", "设有")
SIZE_OWNER = re.compile(rf"^(?P<who>[^，。；、,;：:（()）\d]{{2,10}}?)(?:{'|'.join(OWNER_VERBS)})"
                        r"(?P<stem>[^，。；、,;：:（()）\d]{2,10}?)(?:数|量)?(?:为|是|达到?|约)?$")


def _per_size_of(document: Document, figures: list[Figure], rate: Figure) -> Iterator[Finding]:
    """``处理托运行李 538.6万件，发生差错 43件，每10万件差错 0.80件`` / ``保障航班起降 9.8万架次，发生不安全事件 12起，每万
    架次不安全事件 1.22起``: a rate per a size (10万件, 万架次) of what a figure of its sentence counts in that unit
    (538.6万件), of what another figure of the sentence before it is named by the rate's words (差错 43件): r
    recomputed as 43 / 538.6万 × 10万. Nothing stands between the size and the rate but the words naming what is
    counted; the base is the nearest level of the sentence in the size's unit before the count (another that differs
    makes it doubtful), the count the nearest before the rate named so in the rate's unit. Words that name the group
    before a verb of having (``每百辆新能源汽车拥有公共充电桩 r``, 每百张开放床位配备…人员) name the base too: then the
    terms may stand anywhere in the rate's paragraph, the count named in full first, and where the paragraph lacks one,
    the largest figure of the report so named is taken (:func:`_named_once`) and the reading is shown, not judged.
    Per head (每万人) is the population's (:func:`_rate`), never read here."""
    if OTHER_PERIOD_OR_TARGET.search(re.split(r"[，,；;：:]", document.said(rate, TOLD))[-1]):
        return              # 上年每10万件差错 r: last year's rate
    size = figures[rate.index - 1]
    if size.sentence == rate.sentence and size.lead.endswith("每") and size.value in SIZES and size.amount \
            and re.fullmatch(r"[\d,.]*[十百千万亿]*" + re.escape(size.unit), size.text):
        value, unit, between, floor = size.value, size.unit, document.between(size, rate), size.index
        if not rate.lead.endswith(between):
            return
    else:
        written = SIZE_WORDS.search(rate.lead)
        if written is None:
            return
        value, rest, floor = float(SIZE_VALUES[written.group("size")]), written.group("rest"), rate.index
        unit = next((f.unit for f in figures[max(0, rate.index - WINDOW * 2):rate.index]
                     if f.sentence == rate.sentence and f.unit and rest.startswith(f.unit)), "")
        if not unit:
            return
        between = rest[len(unit):]
    if unit in ("", "人", "名", "%", "元") or rate.unit == "%" or (not rate.unit and rate.kind != "number"):
        return
    counter = "" if rate.unit else document.raw[rate.end:rate.end + 1]     # 1.22起: a unit the ledger does not hold
    if not rate.unit and not re.fullmatch(r"[\u4e00-\u9fff]", counter):
        return
    named = SIZE_STEM.match(between)
    owned = SIZE_OWNER.match(between) if named is None or named.group("stem").endswith(OWNER_VERBS) else None
    if named is None and owned is None:
        return
    stem = (owned or named).group("stem")
    # 每百辆新能源汽车拥有公共充电桩 r: the base named by the words before 拥有 and the count by those after, in the
    # rate's paragraph; else both in its sentence, the count named by the words after the size
    who = owned.group("who") if owned is not None else ""
    before = [f for f in figures[max(0, floor - WINDOW * 2):floor][::-1]
              if (f.sentence == rate.sentence or who) and _level(f) and not _parenthesised(document, f)
              and not OTHER_PERIOD.search(f.lead)]
    counting = [f for f in before if f.unit == rate.unit and (rate.unit or document.raw[f.end:f.end + 1] == counter)]
    counted = next((f for f in counting if stem in f.clause), None) if who else None   # named in full first
    counted = counted or next((f for f in counting if _names_stem(f.clause, stem)), None)
    bases = [f for f in before if counted is not None and f.unit == unit and (who or f.start < counted.start)
             and not _names_stem(f.clause, stem) and (f.value > counted.value or who) and not _sub_part(document, f)
             and (not who or who in f.clause)]
    doubt = (f"{bases[1].text} is counted in {unit} too" if len({f.value for f in bases}) > 1 else "")
    if (counted is None or not bases) and who:
        # the terms in other paragraphs (保有量 told sections after the rate): each the one figure of the report named
        # so in full in its unit — several of one value are one figure told again
        counted, base = _named_once(document, rate, stem, rate.unit), _named_once(document, rate, who, unit)
        bases = [base]
        doubt = (f"the terms are figures of other paragraphs the report names {stem} and {who} (the largest so "
                 f"named): shown, not judged")
    if counted is None or not bases or bases[0] is None:
        return
    base = bases[0]
    per = f"{value:g} {unit}"
    yield Finding("rate", f"auto-rate-{rate.start}", {
        "description": f"{rate.text} recomputed as {counted.text} per {per} of {base.text}",
        "uses": {"count": counted.claim_id, "base": base.claim_id}, "formula": f"count / base * {value:g}",
        "stated": rate.claim_id, "unit": f"per {per}",
        "assumptions": [f"the rate counts {counted.text} ({stem}) per {per} of the {base.text} stated before it"]},
        doubt)


def _named_once(document: Document, rate: Figure, name: str, unit: str) -> Figure | None:
    """The largest figure of the report in ``unit`` whose words hold ``name`` in full — a stock (not 新增, not in
    brackets, no average) of the rate's year, no earlier period's (the whole of the others so named: 农村地区…,
    四区…合计) — or None. A guess, so the reading that takes it is shown, never judged. The report's figures by unit are
    indexed once (``document._starts``), so a report of many such rates stays linear in its figures."""
    key = ("stocks by unit", unit)
    stocks = document._starts.get(key)
    if stocks is None:
        stocks = document._starts[key] = [f for members in document.paragraphs for f in members if f.unit == unit
                                          and _level(f) and f.plain and not PER_ONE.search(f.clause)
                                          and not AVERAGE.search(f.clause) and not NEW_ITEMS.search(f.clause)
                                          and not _parenthesised(document, f)]
    named = [f for f in stocks if name in f.clause and f is not rate and not other_year(document, f, rate)
             and not OTHER_PERIOD.search(f.lead)]
    return max(named, key=lambda f: f.value, default=None)


#: words of items new in the period (新增, 新注册): a flow, not the stock a rate per a size is of
NEW_ITEMS = re.compile(r"新增|新注册|新建|新开|新投运|新投放|新上")


def _names_stem(words: str, stem: str) -> bool:
    """``words`` hold ``stem`` or its end of two characters or more (车事故 → 道路交通事故 holds 事故)."""
    return any(stem[i:] in words for i in range(len(stem) - 1))


def _one_counted_by_population(document: Document, figures: list[Figure], rate: Figure) -> Figure | None:
    """``新收一审民商事案件 N件，按全市常住人口 P 计算，万人成讼率为 r件``: a rate whose words name nothing stated, in a
    sentence that says it is over the population (按…人口…计算), counts the one figure of that sentence before it in
    the rate's unit (a level of this period, no population); none when there are two (a whole and its part after 其中)."""
    start = document.sentence_start(rate.start)
    if not BY_POPULATION.search(document.raw, start, rate.start):
        return None
    own = [f for f in figures[max(0, rate.index - WINDOW):rate.index] if f.sentence == rate.sentence
           and f.same(rate) and f not in document.populations]
    # 新收案件 N，其中民事案件 n，按…计算，万人成讼率: a whole and its part, which is counted is not known
    return own[0] if len(own) == 1 and _level(own[0]) and not OTHER_PERIOD.search(own[0].lead) else None


def _only_so_named(document: Document, name: str, stated: Figure, fits, shortest: int = 3) -> Figure | None:
    """The one figure of the report before ``stated`` whose name (:func:`~.shares.whole_names`: its words without
    place, year and verbs) is ``name`` exactly, of those ``fits`` accepts (its unit): a figure a quotient names by its
    words however far back it stands (``卫生技术人员 N`` paragraphs before ``每千常住人口卫生技术人员 r``). None when
    the name is short, when another figure before is so named (of another year, a part, a target: which is meant is
    not known), or when the one so named is no level of this period (a change, a base, a figure per another, a plan,
    another year's, one inside brackets). Names shorter than ``shortest`` are too common to name one figure."""
    if len(name) < shortest:
        return None
    told = document.raw[max(document.sentence_start(stated.start), stated.start - TOLD):stated.start]
    if TARGET_WORDS.search(told) or re.search(r"上年|去年|上一年", stated.lead):
        return None         # 力争到2027年…之比达到 x: a target's terms are not today's figures; 上年…: last year's
    so_named = document.named(_timeless_names, name, stated.start)
    fitting = [f for f in so_named if f.amount and fits(f)]
    if len(so_named) == NAMED_LIMIT or len(fitting) != 1 or name not in whole_names(fitting[0]):
        return None         # 年初在职员工 a … 在职员工 b: two so named; 年初在职员工 alone is of another time
    if any(f.sentence == stated.sentence and f.start > stated.start and f.amount and fits(f)
           and name in _timeless_names(f)
           for f in document.by_paragraph.get(stated.paragraph, [])[stated.index + 1:stated.index + 1 + WINDOW]):
        return None         # …平均每家规上工业企业 a，全区规上工业企业 N: the sentence names its own after it
    figure = fitting[0]
    if _other_place(document, told, figure):
        return None         # 城区每千名老年人 … over the city's 老年人口: a part of the place
    own = document.raw[max(document.sentence_start(figure.start), figure.start - TOLD):figure.start]
    if not _level(figure) or not figure.plain or _per_unit(document, figure) or _parenthesised(document, figure) \
            or other_year(document, figure, stated) or PLANNED.search(own) or OTHER_PERIOD.search(figure.lead) \
            or (_told_year(told) and year_of(document, figure) and _told_year(told) != year_of(document, figure)) \
            or any(part not in told for part in _parts_of_year(re.split(r"[；;]", own)[-1])) \
            or TARGET_WORDS.search(re.split(r"[；;]", own)[-1]):     # 到2027年，全市执业（助理）医师达到 N: a target
        return None
    return figure


def _bare(words: str) -> str:
    """Words of a name without place, year, who and verbs before it or the measure word after it, as
    :func:`~.shares.whole_names` strips a figure's (``年末在职员工`` → 在职员工, ``上半年营业收入`` → 营业收入)."""
    for _ in range(3):
        words = MEASURE_SUFFIX.sub("", CORE_PREFIX.sub("", SUBJECT_WORDS.sub("", YEAR_FIRST.sub("", NAME_PREFIX.sub(
            "", TIME_OF_NAME.sub("", words))))))
    return words


def _timeless_names(figure: Figure) -> tuple[str, ...]:
    """A figure's :func:`~.shares.whole_names` and each of them without the time before it (``年初公司在职员工`` →
    在职员工): the index :func:`_only_so_named` finds rivals in, so the same measure at another time is one."""
    found = whole_names(figure)
    return tuple(dict.fromkeys([*found, *(n for n in (_bare(TIME_BEFORE_NAME.sub("", n)) for n in found
                                                      if TIME_BEFORE_NAME.match(n)) if len(n) >= 2)]))


def _by_named(document: Document, average: Figure) -> list[str]:
    """The names ``按 X 计算`` gives in the average's sentence before it (X, and X without 人数/户数/数), or none when
    the words name a population (按常住人口计算 is read by :func:`_stated_population`)."""
    found = list(BY_NAMED.finditer(document.raw, max(document.sentence_start(average.start), average.start - TOLD),
                                   average.start))
    if not found or "人口" in found[-1].group("name"):
        return []
    name = found[-1].group("name")
    return list(dict.fromkeys(n for n in (_bare(name), _bare(COUNT_NAME_SUFFIX.sub("", name)),
                                          COUNT_NAME_SUFFIX.sub("", _bare(name))) if len(n) >= 2))


def _exact_total(document: Document, average: Figure, core: str, subject: str, count: Figure | None) -> Figure | None:
    """The one figure of the report named exactly what an average averages (``营业收入`` for 人均营业收入), in its unit
    (:func:`_only_so_named`); when the average names whose it is (农村居民人均…), the figure's words must name them
    too, unless they are whom the count counts (员工人均培训投入 over 在册员工 N)."""
    if len(core) < 3:
        return None
    subject = re.sub(r"^的", "", BY_NAMED.sub("", subject))     # 按R&D人员全时当量计算的人均: the count, no subject
    exact = _only_so_named(document, core, average, lambda f: f.same(average))
    if exact is None or (subject and subject not in exact.clause
                         and not (count is not None and subject in count.clause)):
        return None
    return exact


def _counted(document: Document, figures: list[Figure], rate: Figure, stem: str) -> Figure | None:
    """The figure a rate counts: the nearest before it whose words hold the rate's stem."""
    core = stem[-4:] if len(stem) > 4 else stem
    whole = [f for f in figures[max(0, rate.index - WINDOW * 2):rate.index][::-1] if f.amount and stem in f.clause
             and len(stem) >= 3 and not _sub_part(document, f) and f not in document.populations
             and _counts_alike(f, rate)
             and not PER_THOUSAND_PEOPLE.search(f.clause) and not FROM_LEAD.search(f.lead)
             and not BASE_LEAD.search(f.lead) and _per_people_figure(document, figures, f) is None]
    # 每万人口发明专利拥有量 a，每万人口高价值发明专利拥有量 b: 高价值发明专利 11,392件 is what b counts, never a
    siblings = {_stem(f) for f in figures[max(0, rate.index - WINDOW):rate.index + WINDOW]
                if f is not rate and f.sentence == rate.sentence and PER_THOUSAND_PEOPLE.search(f.clause)}
    whole = [f for f in whole if not any(stem in other and other != stem and other in f.clause for other in siblings)]
    exact = [f for f in whole for name in [NAME_SUFFIX.sub("", NAME_PREFIX.sub("", f.clause)).strip()]
             if name.startswith(stem) and len(name) - len(stem) <= 1]      # 全时当量 for the stem 全时当 (量 cut)
    if exact:               # R&D人员全时当量 N, not 各类企业R&D人员全时当量 n nearer (one kind of performer's)
        return exact[0]
    if whole:
        return whole[0]                    # 各类养老床位合计 before 护理型床位 (only 床位, after 其中)
    for i in range(rate.index - 1, max(rate.index - 1 - WINDOW * 2, -1), -1):
        figure = figures[i]
        weak = stem not in figure.clause and core not in figure.clause
        named = not weak or (figure.unit == rate.unit and stem[-2:] in figure.clause and not _sub_part(document, figure))
        if weak and named and any(f.unit == rate.unit and _sub_part(document, f) and bigrams(stem[:-2]) & bigrams(f.clause)
                                  for f in figures[i + 1:rate.index]):
            return None             # 企业共计 N家。其中，…零售业 n家，餐饮业 m家。每万人拥有限额以上零售企业: named by 企业
            # only, an item of it after 其中 named as the rate's thing (零售): which is counted is not known
        if figure.amount and figure.unit != "%" and named \
                and not PER_THOUSAND_PEOPLE.search(figure.clause) and figure not in document.populations \
                and not FROM_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead) \
                and _per_people_figure(document, figures, figure) is None:
            return figure           # (never 比上年末的 A: last year's stock, not what the rate counts now)
    return None


def _counts_alike(figure: Figure, rate: Figure) -> bool:
    """``figure`` may be what a rate per head counts: a rate with a unit of its own (每万人拥有体育场地 131.8个) counts
    figures of its kind (a count, in 个 or 块), never an average per head (人均体育场地面积 3.13平方米) nor an area."""
    if AVERAGE_LEAD.search(figure.clause):
        return False
    return not rate.unit or rate.unit == "%" or not figure.unit or figure.kind == rate.kind   # 足球场地 个 for 块


def _ratio(document: Document, figures: list[Figure], ratio: Figure, pattern: re.Pattern, numerator: str,
           denominator: str, pair: str) -> Iterator[Finding]:
    if ratio.index > 0 and figures[ratio.index - 1].kind == "ratio" and \
            document.between(figures[ratio.index - 1], ratio).strip() in (":", "：", "∶"):
        return                                             # the 1 of 1:x
    top = _named(document, figures, ratio, re.compile(numerator), wholes=True)
    bottom = _named(document, figures, ratio, re.compile(denominator), wholes=True)
    if (top is None or bottom is None) and pair:            # 城乡居民人均可支配收入分别达到 a 和 b
        first = _named(document, figures, ratio, re.compile(pair))
        if first is not None and "分别" in first.clause and first.index + 1 < len(figures):
            second = figures[first.index + 1]
            if second.same(first) and re.match(r"^\s*(?:和|、|，)\s*$", second.lead):
                top, bottom = first, second
                numerator, denominator = f"the first of {pair}", "the second"
    if top is None or bottom is None or top is bottom or top.unit != bottom.unit:
        return
    if any(f.start > max(top.start, bottom.start) and f.kind == ratio.kind and pattern.search(f.clause)
           and not FROM_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)
           for f in figures[max(0, ratio.index - 12):ratio.index]):
        return      # 城镇 a，农村 b，城乡…之比为 r；全省城乡…之比为 r2: a and b are r's, never r2's
    yield Finding("ratio", f"auto-ratio-{ratio.start}", {
        "description": f"{ratio.text} ({pattern.pattern}) recomputed as {top.text} over {bottom.text}",
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id}, "formula": "numerator / denominator",
        "stated": ratio.claim_id, "unit": "ratio",
        "assumptions": [f"the ratio divides {top.text} ({numerator}) by {bottom.text} ({denominator})"]})


def _count_ratio(document: Document, figures: list[Figure], ratio: Figure, pattern: re.Pattern, numerator: str,
                 denominator: str) -> Iterator[Finding]:
    """``全省新能源汽车保有量 a辆，…充电桩 b台，车桩比为 x:1``: x recomputed as a / b, each the nearest count before it in
    its paragraph named so (a part after 其中 or a figure of last year is neither; 公共车桩比 is over 公共充电桩)."""
    if ratio.index > 0 and figures[ratio.index - 1].kind == "ratio" and \
            document.between(figures[ratio.index - 1], ratio).strip() in (":", "：", "∶"):
        return                                             # the 1 of 1:x
    if FROM_LEAD.search(ratio.lead) or BASE_LEAD.search(ratio.lead) or OTHER_PERIOD_OR_TARGET.search(ratio.clause):
        return                                 # 由上年末的 2.9:1, 上年末车桩比为 3.1:1: last year's ratio (or a target)
    top = _named(document, figures, ratio, re.compile(numerator))
    wanted = re.compile(denominator)            # of the chargers named so, all of them (the largest), not a kind
    bottom = max((f for f in figures[max(0, ratio.index - WINDOW * 2):ratio.index] if f.amount and f.kind == "count"
                  and wanted.search(f.clause) and not CHANGE_LEAD.search(f.lead) and _level(f)),
                 key=lambda f: f.value, default=None)
    if top is None or bottom is None or top is bottom or top.kind != "count" or bottom.kind != "count" \
            or not _level(top) or not _level(bottom) or _sub_part(document, top) \
            or (_sub_part(document, bottom) and not pattern.pattern.startswith("公共")) \
            or _taken(figures, ratio, (top, bottom), lambda f: f.kind == ratio.kind and pattern.search(f.clause)):
        return                          # 车桩比 2.5:1，全省车桩比为 3.2:1: the city's counts are the first ratio's
    yield Finding("ratio", f"auto-ratio-{ratio.start}", {
        "description": f"{ratio.text} ({pattern.pattern.split('(?:')[0].lstrip('(?<!公共)')}) recomputed as {top.text} "
                       f"over {bottom.text}",
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id}, "formula": "numerator / denominator",
        "stated": ratio.claim_id, "unit": "ratio",
        "assumptions": [f"the ratio divides {top.text} (named {_words(numerator)}) by {bottom.text} (named "
                        f"{_words(denominator)})"]})


#: words naming a figure of another period or a target (上年综合线损率为 r, 目标线损率, 上年末车桩比为 x:1, 上年供电量为 A):
#: never this period's rate nor a term of it
OTHER_PERIOD_OR_TARGET = re.compile(r"上年|去年|上期|同期|年初|目标|计划|考核|控制|不超过|不高于|以内|力争|争取|预计|"
                                    r"到\d{4}年")      # 力争到2025年底车桩比达到 2:1: a target


def _loss_rate(document: Document, figures: list[Figure], stated: Figure, supplied: re.Pattern,
               sold: re.Pattern) -> Iterator[Finding]:
    """``全年省电网供电量 A，售电量 B，综合线损率为 r%`` / ``供水总量 A，售水量 B，…，产销差率为 r%``: r recomputed as
    (A − B) / A × 100, A and B the nearest figures before it in its sentence or the one before named so, in one unit
    (last year's rate or a target is not read; when the nearest so named is last year's, or one is a part after 其中
    and the other not, the rate is not read either)."""
    if OTHER_PERIOD_OR_TARGET.search(stated.clause):
        return                                   # 上年综合线损率为 5.30%, 目标线损率为 5.50%
    near = [f for f in reversed(figures[max(0, stated.index - QUOTIENT_BACK):stated.index])
            if stated.sentence - f.sentence <= 1 and f.amount and _level(f)]
    since = max((f.start for f in figures[max(0, stated.index - QUOTIENT_BACK):stated.index] if f.unit == "%"
                 and any(row[0].search(f.clause) for row in LOSS_RATES)), default=-1)
    near = [f for f in near if f.start > since]         # the terms of a rate before it are its own
    suppliers = [f for f in near if supplied.search(f.clause)]
    sellers = [f for f in near if sold.search(f.clause)]
    if len(suppliers) != 1 or len(sellers) != 1:
        return        # 供水总量 A，其中自来水厂供水量 a，售水量 B / 售电量 B，其中工业售电量 b: which is meant is not known
    first, second = suppliers[0], sellers[0]
    if first is second or not first.same(second):
        return
    if any(OTHER_PERIOD_OR_TARGET.search(f.clause) for f in (first, second)) \
            or _sub_part(document, first) != _sub_part(document, second):
        return                  # 上年供电量为 900.0亿千瓦时; 供电量 A，售电量 B，其中工业售电量 b: not b
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text} recomputed as ({first.text} − {second.text}) over {first.text}, × 100",
        "uses": {"supplied": first.claim_id, "sold": second.claim_id},
        "formula": "(supplied - sold) / supplied * 100", "stated": stated.claim_id, "unit": "percent",
        "assumptions": [f"the rate is what {first.text} supplied loses before {second.text} is sold, over {first.text}"]})


ONE_TO_BACK = 40       # figures looked back over for the two terms of a ratio written 1:x


def _one_to(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``执业（助理）医师 a人，注册护士 b人 … 医护比为 1:x``: x recomputed as b / a, each the nearest count before it in
    the report whose words are its name alone (a figure per head is neither); a term in another section or more than
    three sentences before makes the reading doubtful."""
    one = figures[stated.index - 1]
    if one.value != 1 or one.sentence != stated.sentence \
            or document.between(one, stated).strip() not in (":", "：", "∶"):
        return
    row = next((row for row in ONE_TO_RATIOS if row[0].search(one.clause)), None)
    if row is None:
        return
    _, first_words, second_words = row

    def per_head(f):                  # 每千常住人口执业（助理）医师 2.92人、注册护士 3.44人: both per head
        words = document.raw[max(document.sentence_start(f.start), f.start - 40):f.start]
        return bool(PER_THOUSAND_PEOPLE.search(re.split(r"[；;]", words)[-1]))

    def term(words):
        return next((f for f in document.earlier(one.start, ONE_TO_BACK) if f.amount and f.kind == "count"
                     and words.search(f.clause) and _level(f) and not per_head(f)), None)
    first, second = term(first_words), term(second_words)
    if first is None or second is None or first is second or not first.alike(second):
        return

    def name(f):
        return re.sub(r"^(?:全市|全县|全省|全区|年末|其中)+|(?:数)?(?:为|有|达到?)?$", "", f.clause)

    def nearer(chosen):   # 全市公立医院执业（助理）医师 1.2万人 after 全市执业（助理）医师 2.0万人: the ratio may be the
        return any(f.start > chosen.start and f.amount and f.kind == "count" and _level(f)   # hospitals' own: which is
                   and name(f) != name(chosen) and name(f).endswith(name(chosen))         # not known (全科医生 of
                   and not per_head(f) for f in document.earlier(one.start, ONE_TO_BACK))  # 医师中有 is no rival)
    if nearer(first) or nearer(second):
        return
    if OTHER_PERIOD_OR_TARGET.search(one.clause) or _taken(figures, one, (first, second),
                                                           lambda f: f.value == 1 and row[0].search(f.clause)):
        return      # 医护比 1:1.20，上年医护比为 1:1.10 / 全市乡镇卫生院医护比为 1:0.90: the counts are the first ratio's
    far = any(f.section != stated.section or stated.sentence - f.sentence > 3 for f in (first, second))
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"1:{stated.text} recomputed as {second.text} over {first.text}",
        "uses": {"numerator": second.claim_id, "denominator": first.claim_id}, "formula": "numerator / denominator",
        "stated": stated.claim_id, "unit": "ratio",
        "assumptions": [f"the ratio 1:x of {first.text} to {second.text} makes x {second.text} over {first.text}"]},
        "the two counts are stated far from the ratio" if far else "")


def _colon_after(document: Document, figures: list[Figure], figure: Figure) -> Figure | None:
    """The figure after ``figure`` across a colon in its sentence (the x of ``1:x``, the 1 of ``x:1``), else None."""
    after = figures[figure.index + 1] if figure.index + 1 < len(figures) else None
    if after is None or after.sentence != figure.sentence \
            or document.between(figure, after).strip() not in (":", "：", "∶"):
        return None
    return after


def _leverage(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``发放消费券 A，直接带动消费 B，拉动比为 1:x`` (撬动比, 带动比): x recomputed as B over A — B the figure before
    the ratio in its sentence named for what was brought in (带动, 拉动, 撬动), A the one other sum of money before B
    in the sentence; with two (发放 A and 核销 C) which the ratio is over is not said, and nothing is read."""
    one = figures[stated.index - 1]
    if one.value != 1 or one.text.strip() != "1" or _colon_after(document, figures, one) is not stated \
            or not LEVERAGE.search(one.clause) or OTHER_PERIOD_OR_TARGET.search(one.clause):
        return
    own = [f for f in figures[max(0, one.index - WINDOW):one.index] if f.sentence == one.sentence]
    brought = next((f for f in reversed(own) if f.unit == "元" and _level(f) and LEVERED.search(f.clause)), None)
    if brought is None:
        return
    spent = [f for f in own if f.start < brought.start and f.same(brought) and _level(f)
             and not _sub_part(document, f) and not _parenthesised(document, f)]
    if len(spent) != 1:
        return
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"1:{stated.text} ({one.clause.strip('，, ')}) recomputed as {brought.text} over "
                       f"{spent[0].text}",
        "uses": {"numerator": brought.claim_id, "denominator": spent[0].claim_id}, "formula": "numerator / denominator",
        "stated": stated.claim_id, "unit": "ratio",
        "assumptions": [f"the leverage 1:x makes x what {spent[0].text} brought in, {brought.text}, over it"]})


def _male_female(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``男生 a人、女生 b人，男女生比例为 1:x`` / ``男性 a、女性 b，男女比例为 x`` (x:1 when written alone): x recomputed
    as b / a after 1:, else as a / b — a and b the nearest counts before it in its paragraph named for men and for
    women, stated in one sentence."""
    if OTHER_PERIOD_OR_TARGET.search(stated.clause):
        return
    years = re.findall(r"\d{4}年", stated.clause)          # 2023年男女比例为 …，2024年男女比例为 …: of which year the
    after = _colon_after(document, figures, stated)        # counts are is read below
    if after is not None and not (stated.value == 1 and stated.text.strip() == "1") and after.value != 1:
        return                              # 男女比例为 52:48: a split, read as shares
    earlier = [f for f in figures[max(0, stated.index - PAIR_BACK):stated.index][::-1]
               if f.kind == "count" and _level(f) and not _parenthesised(document, f)]
    male = next((f for f in earlier if MALE_NAMED.search(f.clause)), None)
    female = next((f for f in earlier if FEMALE_NAMED.search(f.clause)), None)
    if male is None or female is None or male.sentence != female.sentence or not male.alike(female) \
            or any(year not in document.raw[document.sentence_start(male.start):male.start] for year in years):
        return
    one_to = after is not None and stated.value == 1 and stated.text.strip() == "1"
    x = after if one_to else stated
    top, bottom = (female, male) if one_to else (male, female)
    yield Finding("ratio", f"auto-ratio-{x.start}", {
        "description": f"{'1:' if one_to else ''}{x.text} (男女比例) recomputed as {top.text} over {bottom.text}",
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id}, "formula": "numerator / denominator",
        "stated": x.claim_id, "unit": "ratio",
        "assumptions": [f"the ratio of men ({male.text}) to women ({female.text})"
                        + (" written 1:x makes x the women over the men" if one_to else ", x:1")]})


def _named(document: Document, figures: list[Figure], figure: Figure, words: re.Pattern,
           wholes: bool = False) -> Figure | None:
    """The nearest amount before ``figure`` whose words match ``words``, not a change; with ``wholes``, not a part
    after 其中 either (中职专任教师 197人，其中“双师型”教师 118人；生师比: the teachers are 197)."""
    for i in range(figure.index - 1, max(figure.index - 1 - WINDOW * 2, -1), -1):
        other = figures[i]
        if other.amount and words.search(other.clause) and not CHANGE_LEAD.search(other.lead) \
                and not (wholes and _sub_part(document, other)):
            return other
    return None


def _difference(figures: list[Figure], stated: Figure, minuend: str, subtrahend: str) -> Iterator[Finding]:
    first = next((f for f in reversed(figures[max(0, stated.index - WINDOW):stated.index])
                  if minuend in f.clause and f.same(stated)), None)
    second = next((f for f in reversed(figures[max(0, stated.index - WINDOW):stated.index])
                   if subtrahend in f.clause and f.same(stated)), None)
    if first is None or second is None or first is second:
        return
    negative = bool(MINUS.search(stated.lead))
    written = f"-{stated.text}" if negative else stated.text
    yield Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{written} recomputed as {first.text} ({minuend}) less {second.text} ({subtrahend})",
        "uses": {"first": first.claim_id, "second": second.claim_id},
        "formula": "second - first" if negative else "first - second", "stated": stated.claim_id,
        "unit": unit_name(stated.unit),
        "assumptions": [f"{stated.clause.strip('为是')} is {minuend} less {subtrahend}"
                        + ("; the text writes it with a minus sign, which the ledger's figure leaves out"
                           if negative else "")]})


def _grown(figures: list[Figure], stated: Figure, name: str) -> Figure | None:
    """The growth rate of the subject ``name`` stated before ``stated`` in its sentence or the one before: a rate
    whose own words name it (``收入增长 6.3%``) or that follows a figure named for it (``总收入 A，增长 6.3%``)."""
    for i in range(stated.index - 1, max(stated.index - 1 - WINDOW * 2, -1), -1):
        rate = figures[i]
        if stated.sentence - rate.sentence > 1:
            break
        if rate.unit != "%" or not RATE_LEAD.search(rate.lead):
            continue
        owner = figures[i - 1] if i > 0 and figures[i - 1].sentence == rate.sentence else None
        words = rate.clause if _names_word(rate.clause, name) else (owner.clause if owner is not None and owner.amount
                                                                     else "")
        if _names_word(words, name):
            return rate
    return None


def _names_word(words: str, name: str) -> bool:
    """``words`` name ``name`` as a word of its own: 出口 in 全年出口增长, not inside 进出口."""
    return any(not (at > 0 and words[at - 1] in INSIDE.get(name[0], "")) for at in _at(words, name))


def _at(words: str, name: str):
    at = words.find(name)
    while at >= 0:
        yield at
        at = words.find(name, at + 1)


#: a character that, before a name, makes it part of a longer word: 进 before 出口 (进出口), 净 or 毛 before 利润
INSIDE = {"出": "进", "利": "净毛"}


def _rate_gap(figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``总收入 A，增长 r1；总支出 B，增长 r2，支出增速高于收入增速 d个百分点``: d recomputed as r2 − r1 (r1 − r2 for
    低于, 慢于), each rate the nearest growth rate named for its subject, in its sentence or the one before."""
    found = RATE_GAP.search(stated.clause)
    first_name = NAME_PREFIX.sub("", found.group("a")).strip()
    second_name = NAME_PREFIX.sub("", (found.group("b1") or found.group("b2") or "")).strip()
    if len(first_name) < 2 or len(second_name) < 2 or first_name == second_name:
        return
    first, second = _grown(figures, stated, first_name), _grown(figures, stated, second_name)
    if first is None or second is None or first is second:
        return
    falling = found.group("verb") in ("低", "慢")
    yield Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{stated.text} recomputed as the growth of {first_name} ({first.text}) "
                       f"{'below' if falling else 'above'} that of {second_name} ({second.text})",
        "uses": {"first": first.claim_id, "second": second.claim_id},
        "formula": "second - first" if falling else "first - second", "stated": stated.claim_id,
        "unit": "percentage points",
        "assumptions": [f"the gap is {first_name}'s growth rate {first.text} less {second_name}'s {second.text}"
                        if not falling else
                        f"the gap is {second_name}'s growth rate {second.text} less {first_name}'s {first.text}"]})


def _to_one(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``在职职工 a，退休人员 b，在职退休比为 x:1``: x recomputed as a / b, the two amounts of its sentence before it
    (exactly two, in one unit), the ratio's words naming the first with their first character and the second with
    a later one."""
    after = figures[stated.index + 1] if stated.index + 1 < len(figures) else None
    if after is None or after.value != 1 or document.between(stated, after).strip() not in (":", "：", "∶"):
        return
    pair = NAME_PREFIX.sub("", TO_ONE.search(stated.clause).group("pair"))
    amounts = [f for f in figures[max(0, stated.index - WINDOW):stated.index]
               if f.sentence == stated.sentence and f.amount and _level(f)]
    if len(amounts) != 2 or not amounts[0].same(amounts[1]) or len(pair) < 2:
        return
    top, bottom = amounts
    if pair[0] not in top.clause or not any(ch in bottom.clause and ch not in top.clause for ch in pair[1:]):
        return
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text}:1 ({pair}比) recomputed as {top.text} over {bottom.text}",
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id}, "formula": "numerator / denominator",
        "stated": stated.claim_id, "unit": "ratio",
        "assumptions": [f"{pair}比 x:1 divides {top.text} by {bottom.text}, the two figures of its sentence"]})


#: ``PM2.5与PM10年均浓度之比为``, ``新房与二手房成交套数之比为``: a ratio of two subjects, and what of them is compared
PAIR_RATIO = re.compile(r"(?P<a>[^，。；、：:]{1,10}?)(?:与|和|同)(?P<b>[^，。；、：:]{1,10}?)的?(?P<m>[^，。；、：:\d]{0,8}?)"
                        r"之?比(?:约为|约|为|是|达到?)?$")
PAIR_BACK = 12          # figures looked back over for the two terms of a named ratio


def _pair_ratio(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``A与B M之比为 r`` (``PM2.5与PM10年均浓度之比为 0.55``, ``新房与二手房成交套数之比为 1.33:1``): r recomputed as
    the figure of A over that of B, each the nearest before it in its paragraph whose words name the subject and,
    when given, the measure, both in one unit. A subject named only by its characters in order (新房 for 新建商品
    住房) makes the reading doubtful: shown, not judged, unless the figures fit."""
    if stated.index > 0 and figures[stated.index - 1].kind == "ratio" \
            and document.between(figures[stated.index - 1], stated).strip() in (":", "：", "∶"):
        return                                                     # the 1 of x:1
    start = max(document.sentence_start(stated.start), stated.start - 40)
    words = re.split(r"[，,；;]", document.raw[start:stated.start])[-1]
    defined = DEFINED_RATIO.search(words)        # 产水系数（水资源总量与降水总量之比）为: the terms the bracket names
    found = PAIR_RATIO.search(defined.group("pair") if defined else words)
    percent = stated.unit == "%"
    if not found or (percent and not re.search(r"之比", found.group(0))):
        return                                   # A与B之比为 r%: r is A over B × 100 (A与B的比例 is read as a share)
    a = NAME_PREFIX.sub("", found.group("a")).strip()
    rest = found.group("b") + found.group("m")           # 二手房成交套数: where the subject ends is not written
    earlier = [f for f in figures[max(0, stated.index - PAIR_BACK):stated.index] if f.level
               and f.paragraph == stated.paragraph and not CHANGE_LEAD.search(f.lead) and not BASE_LEAD.search(f.lead)]

    def term(name, measure):
        named = [(f, how) for f in reversed(earlier) for how in [_named_how(document, f, name, measure)] if how]
        own = [(f, how) for f, how in named if name in f.clause]   # 企业 a，个体工商户 b: 企业 names a, not b after it
        if named:
            chosen = (own or named)[0]
            if len({f.value for f, _ in named}) > 1 or _kind_named(chosen[0], name, words):
                loose.add(chosen[0].claim_id)   # 财产险保费收入 a，人身险保费收入 b: either is 保费收入 by its words
            return chosen
        # none in its paragraph: the one figure of the report named so exactly, however far back (水资源总量 W in
        # the section before 产水系数（水资源总量与降水总量之比）)
        far = next((f for n in dict.fromkeys((name + measure, _bare(name + measure)))
                    for f in [_only_so_named(document, n, stated, lambda f: f.level and _compared(f))]
                    if f is not None), None)
        if far is not None:
            distant.add(far.claim_id)
        return (far, "named") if far is not None else (None, "")
    loose: set[str] = set()        # near terms named by words several figures or a kind of the measure share
    distant: set[str] = set()      # terms found by name outside the paragraph
    readings = []                  # every split of 二手房成交套数 into subject and measure the figures name
    for k in range(len(rest), 1, -1):
        b, measure = rest[:k].rstrip("的"), rest[k:]
        if len(a) < 2 or len(b) < 2 or a in b or b in a:
            continue
        (top, how_a), (bottom, how_b) = term(a, measure), term(b, measure)
        if (percent or {top and top.claim_id, bottom and bottom.claim_id} & distant) \
                and {top and top.claim_id, bottom and bottom.claim_id} & loose:
            continue           # a far term or a ratio in percent (保险深度 r%) over 人身险保费收入 nearer: not certain
        if top is not None and bottom is not None and top is not bottom and top.same(bottom):
            readings.append((how_a == how_b == "named", top, how_a, bottom, how_b))
    if not readings:
        return
    _, top, how_a, bottom, how_b = max(readings, key=lambda r: r[0])     # named outright first, else the longest
    after = figures[stated.index + 1] if stated.index + 1 < len(figures) else None
    to_one = after is not None and after.value == 1 and document.between(stated, after).strip() in (":", "：", "∶")
    one_to = not to_one and stated.value == 1 and stated.text.strip() == "1" and after is not None \
        and after.sentence == stated.sentence and not after.unit \
        and document.between(stated, after).strip() in (":", "：", "∶")
    if not to_one and not one_to and after is not None and after.sentence == stated.sentence \
            and document.between(stated, after).strip() in (":", "：", "∶"):
        return                     # 养殖与捕捞产量之比为 87.7:12.3: a split of shares (the totals' finder reads it)
    doubt = "" if how_a == how_b == "named" else f"{a} or {b} is named only by its characters in order"
    if one_to:               # 企业与个体工商户之比约为 1:x: x is the second figure over the first
        yield Finding("ratio", f"auto-ratio-{after.start}", {
            "description": f"1:{after.text} ({a}与{rest}之比) recomputed as {bottom.text} over {top.text}",
            "uses": {"numerator": bottom.claim_id, "denominator": top.claim_id}, "formula": "numerator / denominator",
            "stated": after.claim_id, "unit": "ratio",
            "assumptions": [f"the ratio of {a} to {b} written 1:x makes x {bottom.text} over {top.text}, the figures "
                            f"stated for them"]}, doubt)
        return
    yield Finding("ratio", f"auto-ratio-{stated.start}", {
        "description": f"{stated.text}{':1' if to_one else ''} ({a}与{rest}之比) recomputed as {top.text} over "
                       f"{bottom.text}" + (", × 100" if percent else ""),
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id},
        "formula": "numerator / denominator * 100" if percent else "numerator / denominator",
        "stated": stated.claim_id, "unit": "percent" if percent else "ratio",
        "assumptions": [f"the ratio of {a} to {b} divides {top.text} by {bottom.text}, the figures stated for them"]},
        doubt)


def _kind_named(figure: Figure, name: str, words: str) -> bool:
    """``figure``'s words name a part of what ``name`` names before it (规模以上工业企业R&D经费 for R&D经费, 城镇 …,
    :data:`~.words.DIMENSIONS`, :data:`SUB_AREA`) that the ratio's own ``words`` do not: no term of a ratio of the whole."""
    at = figure.clause.rfind(name)
    before = figure.clause[:at] if at > 0 else ""
    return bool(before) and (any(d.search(before) and not d.search(words) for d in DIMENSIONS)
                             or bool(SUB_AREA.search(before) and not SUB_AREA.search(words)))


def _named_how(document: Document, figure: Figure, name: str, measure: str) -> str:
    """How the words of ``figure``'s sentence up to it name ``name`` (and ``measure``, when given): "named" (the
    name itself), "letters" (its characters in order, 新房 for 新建商品住房), or "" when they do not."""
    words = document.raw[max(document.sentence_start(figure.start), figure.start - 40):figure.start]
    words = re.split(r"[；;]", words)[-1]      # 昼间达标 74点次，达标率为 92.5%: its clause group up to ；
    core = re.sub(r"^(?:年|月|日)", "", measure)
    if core and not (core in words or len(core) >= 2 and core[-2:] in words or any(
            core[i:i + 2] in words for i in range(len(core) - 1))):
        return ""
    if name in words:
        return "named"
    words = figure.clause                       # by its characters in order: in the figure's own clause only
    at = words.find(name[0])
    for ch in name[1:]:
        if at < 0:
            return ""
        at = words.find(ch, at + 1)
    return "letters" if at >= 0 else ""


#: ``高出省控断面 8.9个百分点``, ``低于昼间 13.0个百分点``, ``高于全省 78.8% 的平均水平 4.6个百分点``: a gap of two rates
POINTS_GAP = re.compile(r"(?P<a>[^，。；,;]{0,14}?)(?P<verb>高出|高于|低于|低出|超出|超过|领先)(?P<b>[^，。；,;]{0,14}?)$")


def _points_gap(document: Document, figures: list[Figure], stated: Figure) -> Iterator[Finding]:
    """``A 的比例 p%，B 的比例 q%，A 高出 B d个百分点``: d recomputed as p − q (q − p for 低于). The rate of B is the
    percent inside the gap's own words when there is one (``高于全省 78.8% 的平均水平``), else the nearest percent before
    it in its paragraph whose words name B; the rate of A the nearest other percent before it naming A, or, when the
    gap's words name no A, the nearest percent before B. A comparison with last year (比上年) is a change, not a gap."""
    start = max(document.sentence_start(stated.start), stated.start - 40)
    words = re.split(r"[，,；;]", document.raw[start:stated.start])[-1]
    found = POINTS_GAP.search(words)
    if not found or re.search(r"上年|去年|同期|年初|上月", words):
        return
    inside = [f for f in figures[max(0, stated.index - 2):stated.index] if f.unit == "%" and f.start >= start
              and f.start > document.raw.rfind(found.group("verb"), start, stated.start)]
    rates = [f for f in reversed(figures[max(0, stated.index - PAIR_BACK):stated.index])
             if f.unit == "%" and f.paragraph == stated.paragraph and f not in inside
             and not RATE_LEAD.search(f.lead) and abs(f.sentence - stated.sentence) <= 1
             and not BASE_LEAD.search(f.lead) and not FROM_LEAD.search(f.lead)    # 较上年的 q%: last year's rate
             and not (document.raw[f.start - 1:f.start] in ("（", "(") and document.raw[f.end:f.end + 1] in ("）", ")"))]
    # 高于全市平均水平（q1%）d1个百分点，高于全省平均水平（q2%）: q1 is a reference of its own gap, never the rate compared
    a = NAME_PREFIX.sub("", found.group("a")).strip()
    b = re.sub(r"[\d.%]+.*$", "", NAME_PREFIX.sub("", found.group("b"))).strip()

    def naming(name):            # 国控断面优良比例: the longest start of the name the rate's words hold
        return lambda f: any(_named_how(document, f, name[:k], "") == "named" for k in range(len(name), 1, -1))
    if inside:
        second = inside[0]
        first = next((f for f in rates if len(a) < 2 or naming(a)(f)), None)
    else:
        if len(b) < 2:
            return
        second = next((f for f in rates if naming(b)(f)), None)
        first = next((f for f in rates if f is not second and (len(a) < 2 or naming(a)(f))
                      and not naming(b)(f)), None) if second is not None else None
    if first is None or second is None or first is second:
        return
    falling = found.group("verb") in ("低于", "低出")
    yield Finding("difference", f"auto-difference-{stated.start}", {
        "description": f"{stated.text} recomputed as {first.text} {'below' if falling else 'above'} {second.text}",
        "uses": {"first": first.claim_id, "second": second.claim_id},
        "formula": "second - first" if falling else "first - second", "stated": stated.claim_id,
        "unit": "percentage points",
        "assumptions": [f"{found.group('verb')} compares {first.text} with {second.text}, the rates the words name"]})
