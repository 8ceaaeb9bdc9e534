"""The figures of a report as the relation finders read them: in paragraphs, each with the words before it.

A :class:`Figure` is one numeric claim of the ledger with where it stands (sentence, paragraph, section) and its
*lead*: the words of its sentence between the figure before it and itself, at most :data:`LEAD` characters — what
says what the figure is (``比上年增加``, ``其中税收收入``, ``以上各类学校合计``). Its *clause* is the lead cut after the
last comma, the words that name the figure.

Everything here is built in one pass over the ledger; the finders then look at most a fixed number of figures
around each one, so finding relations is linear in the size of the report.

>>> from pathlib import Path
>>> from helpers.claims.ledger import build_ledger
>>> from helpers.read.report import Report
>>> from helpers.read.segment import segment
>>> text = "标题\\n全年粮食种植面积38.5万亩，比上年增加2.1万亩，增长5.8%。\\n"
>>> parts = segment(text)
>>> report = Report(path=Path("example.txt"), text=text, encoding="utf-8", sha256="")
>>> document = read_figures(build_ledger(report, None, parts=parts), parts)
>>> [(f.text, f.clause) for f in document.paragraphs[0]]
[('38.5万亩', '全年粮食种植面积'), ('2.1万亩', '比上年增加'), ('5.8%', '增长')]
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from helpers.claims.relations.words import (
    AVERAGE_LEAD, BASE_LEAD, CHANGE_LEAD, COMMON_BIGRAMS, FROM_LEAD, NAMED_COMPARISON, OTHER_PERIOD, PER_THOUSAND_PEOPLE, SIZE_CLASS,
    TO_LEAD,
)
from helpers.quantities.lexicon import UNIT_SIZES
from helpers.read.segment import Segmentation

#: the size a quotient is per, which the parser reads as a figure of its own (``每百辆``, ``每万名``, ``每10万人``): that
#: figure and the quotient after it are no amounts to add
PER_SIZE = re.compile(r"(?:[十百千万]|十万|百万|千万|亿|10万|100|1000|10000)[^\d]{0,3}")
#: the words between such a size and its quotient: what is counted, no list, figure or note (``新能源汽车拥有公共充电桩``)
PER_SIZE_WORDS = re.compile(r"[^，、,；;：:（()）\d按等]{0,16}")
#: units that count people alike (5,046名毕业生 and 3,164人 of them)
PEOPLE_UNITS = frozenset({"人", "名", "位"})
LEAD = 24            # characters of a figure's lead
NAMED_LIMIT = 8      # figures of one name :meth:`Document.named` gives at most (a text of one name repeated stays linear)
GAP = 80             # characters of the text between two figures that a finder may read
TITLE_LENGTH = 60    # characters of a title line at most
#: durations a text changes as levels (``平均到场时间 23分钟，比上年缩短 5分钟``), unlike years and months of an age
TIMES = frozenset({"分钟", "小时", "天", "秒", "个工作日", "工作日"})
#: kinds a total, a part, a change or a base can be (a percent, a rank or an age cannot)
AMOUNTS = frozenset({"money", "count", "area", "weight", "volume", "distance", "energy", "power", "data", "number"})
RATE_WORD = re.compile(r"率(?:为|是|达到?|约|保持在)?$")
SENTENCE_CUT = re.compile(r".*[。！？；;!?]")
CLAUSE_CUT = re.compile(r".*[，,：:、]")
#: a clause of verbs only, which names no subject of its own: ``执行中完成``, ``实际完成``, ``实现``
BARE_CLAUSE = re.compile(r"^\s*(?:执行中|实际|全年|当年|预计)?(?:完成|实现|达到?|为|收入|支出)?\s*$")


@dataclass(frozen=True, slots=True)
class Figure:
    claim_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str                 # "" when the parser gives none
    kind: str
    sentence: int             # ordinal of its sentence in the report (-1 outside any sentence)
    paragraph: int            # ordinal of its paragraph in the report
    section: str
    index: int                # position in its paragraph's list of figures
    position: int             # position in its section's list of figures
    lead: str                 # words of its sentence since the figure before it (at most LEAD characters)
    clause: str               # the lead after its last comma: the words that name the figure
    plain: bool = False       # an amount that can be a total or a part (see :func:`is_plain`)
    subject: str = ""         # its clause, and when that names nothing (执行中完成) the subject of the figure before
    low: float = math.nan     # the interval the text allows (rounding, 余/多/超 bounds): the ledger's low and high
    high: float = math.nan
    after: str = ""           # the words right after it (``126家 养老机构中``): what it counts when its clause names nothing

    @property
    def amount(self) -> bool:
        """A quantity that can be a total, a part, a change or a base; a number of days counts days (优良天数 312天 of
        366天), so it is one too, while years, months and hours stay durations."""
        return (self.kind in AMOUNTS and self.unit not in ("%", "个百分点", "倍")) \
            or (self.kind == "duration" and self.unit == "天")

    @property
    def level(self) -> bool:
        """A quantity whose change and growth a text states: an amount, or a concentration (PM2.5 年均浓度 31微克/立方米，
        比上年下降 3微克/立方米，降幅为 8.8%), which is never a total or a part."""
        return self.amount or self.kind == "concentration" or (self.kind == "duration" and self.unit in TIMES)

    def same(self, other: "Figure") -> bool:
        """Same unit and kind: figures that can be added or compared."""
        return self.unit == other.unit and self.kind == other.kind

    def scale(self, other: "Figure") -> float | None:
        """How many of this figure's unit one of ``other``'s makes when both measure one kind in units that convert
        (1 for the same unit; 100 for 平方公里 to 公顷: :data:`~helpers.quantities.lexicon.UNIT_SIZES`), else None."""
        if self.same(other):
            return 1.0
        sizes = UNIT_SIZES.get(self.kind, {}) if self.kind == other.kind else {}
        if self.unit in sizes and other.unit in sizes:
            return sizes[other.unit] / sizes[self.unit]
        return None

    def alike(self, other: "Figure") -> bool:
        """Same kind and a unit that counts the same things (人, 名 and 位 all count people)."""
        return self.same(other) or (self.kind == other.kind and {self.unit, other.unit} <= PEOPLE_UNITS)


@dataclass
class Document:
    """The figures of a report in paragraphs and sections, with what a finder needs to place an offset."""

    raw: str
    paragraphs: list[list[Figure]]
    sections: dict[str, list[Figure]]
    sentence_starts: list[int]
    _starts: dict = field(default_factory=dict, repr=False)
    by_paragraph: dict[int, list[Figure]] = field(default_factory=dict, repr=False)   # paragraph ordinal → figures
    populations: list[Figure] = field(default_factory=list)   # figures naming a population (常住人口 …)
    live_births: list[Figure] = field(default_factory=list)   # figures naming live births (活产数)

    def nearest(self, figures: list[Figure], offset: int) -> Figure | None:
        """The last of ``figures`` (one of the lists above, sorted) starting before ``offset``, else the first."""
        starts = self._starts.get(id(figures))
        if starts is None:
            starts = self._starts[id(figures)] = [f.start for f in figures]
        i = bisect.bisect_left(starts, offset) - 1
        if i >= 0:
            return figures[i]
        return figures[0] if figures else None

    def between(self, left: Figure | int, right: Figure | int) -> str:
        """The text between two figures (or offsets); a long stretch keeps only its two ends, so it costs O(GAP)."""
        start = left.end if isinstance(left, Figure) else left
        end = right.start if isinstance(right, Figure) else right
        if end - start <= GAP:
            return self.raw[start:end]
        return self.raw[start:start + GAP // 2] + "……" + self.raw[end - GAP // 2:end]

    def words_after(self, figure: Figure) -> str:
        """The words right after a figure up to the next punctuation or figure (``121个 水质达标``, ``2.18万人 开户缴存``:
        what the figure counts, when the text names it after the number): its :attr:`Figure.after`."""
        return figure.after

    def bracketed(self, figure: Figure, later: Figure) -> bool:
        """``figure`` stands inside brackets that close before ``later`` (企业 a（私营企业 a1），…: a1)."""
        return bool(BRACKET_CLOSES.match(self.raw, figure.end, later.start))

    def said(self, figure: Figure, reach: int) -> str:
        """The words of ``figure``'s sentence before it, at most ``reach`` characters back (a sentence with no end
        stays linear)."""
        return self.raw[max(self.sentence_start(figure.start), figure.start - reach):figure.start]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def section_before(self, figure: Figure, steps: int) -> list[Figure]:
        """At most ``steps`` figures of ``figure``'s section before it, nearest first."""
        section = self.sections.get(figure.section, [])
        return section[max(0, figure.position - steps):figure.position][::-1]

    def _flat(self) -> tuple[list[Figure], list[int]]:
        """Every figure of the report in text order, and their starts (built once)."""
        flat = self._starts.get("flat")
        if flat is None:
            everything = [f for members in self.paragraphs for f in members]
            flat = self._starts["flat"] = (everything, [f.start for f in everything])
        return flat

    def earlier(self, offset: int, steps: int) -> list[Figure]:
        """At most ``steps`` figures of the whole report starting before ``offset``, nearest first (any section)."""
        everything, starts = self._flat()
        i = bisect.bisect_left(starts, offset)
        return everything[max(0, i - steps):i][::-1]

    def leading(self, steps: int) -> list[Figure]:
        """The first ``steps`` figures of the report, in text order: its headline and lead, where a news story or a
        bulletin states the totals its later sections break down."""
        return self._flat()[0][:steps]

    def headlines(self, lines: int = 3) -> list[str]:
        """The title lines among the report's first ``lines``: short (:data:`TITLE_LENGTH`) and no sentence (no ，or
        。) — its own place, period and subject."""
        return [line for line in self.raw.split("\n", lines)[:lines]
                if len(line) <= TITLE_LENGTH and not re.search(r"[，,。；;]", line)]

    def named(self, key, name: str, offset: int, limit: int = NAMED_LIMIT) -> list[Figure]:
        """At most ``limit`` figures of the whole report before ``offset`` that ``key`` (a function giving a figure's
        name or names, such as :func:`~.totals.names`) names ``name``, nearest first; the index is built once per key
        function, so a whole stated pages before its share is found in constant time."""
        figures, starts = self._index(key).get(name, ((), ()))
        i = bisect.bisect_left(starts, offset)
        return figures[max(0, i - limit):i][::-1]

    def first_named(self, key, name: str, offset: int) -> Figure | None:
        """The first figure of the whole report, before ``offset``, that ``key`` names ``name`` (as :meth:`named`):
        the figure a news story leads with, however many named alike come between."""
        figures, starts = self._index(key).get(name, ((), ()))
        return figures[0] if figures and starts[0] < offset else None

    def every_named(self, key, name: str) -> tuple[Figure, ...]:
        """Every figure of the report, before or after any offset, that ``key`` names ``name`` (as :meth:`named`), in
        text order."""
        return self._index(key).get(name, ((), ()))[0]

    def figure_of(self, claim_id: str) -> Figure | None:
        """The figure of a claim id (an index built once per document)."""
        index = self._starts.get("by-claim")
        if index is None:
            index = self._starts["by-claim"] = {f.claim_id: f for members in self.paragraphs for f in members}
        return index.get(claim_id)

    def _index(self, key) -> dict:
        """The report's figures by each name ``key`` gives them (each name's figures and their starts, in text order),
        built once per key function."""
        index = self._starts.get(key)
        if index is None:
            index = self._starts[key] = {}
            for members in self.paragraphs:
                for figure in members:
                    keys = key(figure)
                    for each in (keys,) if isinstance(keys, str) else keys:
                        figures, starts = index.setdefault(each, ([], []))
                        figures.append(figure)
                        starts.append(figure.start)
        return index

    def after(self, paragraph: list[Figure], offset: int) -> int:
        """Index in ``paragraph`` of the first figure starting at or after ``offset``."""
        lo, hi = 0, len(paragraph)
        while lo < hi:
            mid = (lo + hi) // 2
            if paragraph[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def read_figures(ledger: pd.DataFrame, parts: Segmentation) -> Document:
    """The numeric claims of ``ledger`` placed in the report's structure (the ledger is not mutated)."""
    raw = parts.raw
    # only the columns read: a claim's quote may be a whole sentence, and copying it per claim would be quadratic
    numeric = ledger.loc[ledger.value.notna(), ["claim_id", "start", "end", "text", "value", "unit", "kind", "low", "high"]]
    numeric = numeric.sort_values("start", kind="stable")
    located = parts.locate(numeric[["start"]])
    sentence_order = {sid: n for n, sid in enumerate(parts.sentences.sentence_id.tolist())}
    paragraph_order = {pid: n for n, pid in enumerate(parts.paragraphs.paragraph_id.tolist())}
    paragraph_starts = dict(zip(parts.paragraphs.paragraph_id.tolist(), parts.paragraphs.start.tolist()))
    paragraphs: dict[int, list[Figure]] = {}
    sections: dict[str, list[Figure]] = {}
    for row, paragraph_id, sentence_id, section_id in zip(
            numeric.itertuples(index=False), located.paragraph_id.tolist(), located.sentence_id.tolist(),
            located.section_id.tolist()):
        if not isinstance(paragraph_id, str) or not isinstance(row.value, (int, float)) or math.isnan(row.value):
            continue
        members = paragraphs.setdefault(paragraph_order[paragraph_id], [])
        start, end = int(row.start), int(row.end)
        floor = members[-1].end if members else int(paragraph_starts[paragraph_id])
        lead = raw[max(floor, start - LEAD):start]
        if members and _in_parenthesis(raw, members[-1], start):     # 性别比（以女性为100，…）为 104.39
            floor = members[-2].end if len(members) > 1 else int(paragraph_starts[paragraph_id])
            lead = PARENTHETICAL.sub("", raw[max(floor, start - LEAD - 40):start])[-LEAD:]
        per_unit = PER_UNIT_WORD.match(lead) if members and start - len(lead) <= members[-1].end else None
        if per_unit:                    # 24,982元/平方米，较上年同期的: /平方米 is no word of the figure after it
            lead = lead[per_unit.end():]
        lead = SENTENCE_CUT.sub("", lead) if SENTENCE_CUT.match(lead) else lead
        clause = CLAUSE_CUT.sub("", lead) if CLAUSE_CUT.match(lead) else lead
        if members and TO_LEAD.match(lead) and members[-1].unit == (row.unit if isinstance(row.unit, str) else "") \
                and FROM_LEAD.search(members[-1].lead):      # 由 A 增加到 B: B is named as A is
            clause = FROM_LEAD.sub("", members[-1].clause)
        section_id = section_id if isinstance(section_id, str) else ""
        figure = Figure(str(row.claim_id), start, end, str(row.text), float(row.value),
                        row.unit if isinstance(row.unit, str) else "", str(row.kind),
                        sentence_order.get(sentence_id, -1), paragraph_order[paragraph_id], section_id,
                        len(members), len(sections.setdefault(section_id, [])), lead, clause)
        subject = clause
        if members and members[-1].sentence == figure.sentence and BARE_CLAUSE.match(clause):
            subject = members[-1].subject + clause            # 年初预算安排 A，执行中完成 B: B is 一般公共预算收入
        per_time = PER_TIME_AFTER.match(raw, end, end + 5) if figure.unit else None
        if per_time:            # 供水综合生产能力 96.5万立方米/日: a capacity per day adds up and changes as any amount of
            figure = replace(figure, unit=f"{figure.unit}/{per_time.group(1)}")     # its unit per day
        per_size = PER_SIZE.fullmatch(figure.text) is not None and figure.lead.endswith("每")
        after_size = bool(members) and members[-1].sentence == figure.sentence and PER_SIZE.fullmatch(
            members[-1].text) is not None and members[-1].lead.endswith("每") \
            and PER_SIZE_WORDS.fullmatch(lead) is not None   # 每百辆…拥有 r: r; but 每10万人等指标均按…人口 P: P is
            # an amount (等, 按 and figures between say the words are a note, not what the size is per)
        figure = replace(figure, plain=is_plain(figure) and not per_size and not after_size   # 每百辆…拥有 9.3个
                         and (figure.kind == "count" or not SIZE_CLASS.match(raw, end, end + 6))   # 163个项目 counts
                         and not ATTRIBUTE_AFTER.match(raw, end, end + 3)
                         and not TARGET_AFTER.match(raw, end, end + 6)
                         and not LIMIT_NAMED.search(clause)
                         and (per_time is not None or not PER_UNIT_AFTER.match(raw, end, end + 2))
                         and not NAMED_COMPARISON.search(clause), subject=subject,
                         low=_bound(row.low, row.value), high=_bound(row.high, row.value),
                         after=WORDS_AFTER.match(raw, end, end + 8).group(0))
        members.append(figure)
        sections[figure.section].append(figure)
    document = Document(raw, [paragraphs[k] for k in sorted(paragraphs)], sections,
                        parts.sentences.start.astype(int).tolist(), by_paragraph=paragraphs)
    from helpers.claims.relations.words import LIVE_BIRTHS_LEAD, POPULATION_LEAD

    for members in document.paragraphs:
        for figure in members:
            if figure.unit == "人" and POPULATION_LEAD.search(figure.clause):
                document.populations.append(figure)
            elif figure.amount and LIVE_BIRTHS_LEAD.search(figure.clause):
                document.live_births.append(figure)
    return document


#: a unit per another written after a figure (``148.3公里/百平方公里``, ``1.2万元/亩``): a density or a rate, which
#: is never a total or a part of one
PER_UNIT_AFTER = re.compile(r"\s*[/／](?!\s*\d)")
#: a unit of measure after ``/`` that a price or a density is per (``元/平方米``, ``元/公斤``, ``万元/亩``): a word of the
#: figure before it, not of the figure after it (``24,982元/平方米，较上年同期的 24,245元/平方米增长``)
PER_UNIT_WORD = re.compile(r"\s*[/／]\s*(平方米|平方公里|公斤|千克|斤|吨标准煤|吨|立方米|千瓦时|亩|人次|人|户|件|台|辆|头|张|标箱|公里)")
#: a unit per a span of time shorter than a year written after a figure (``96.5万立方米/日``, ``3.2万千瓦时/小时``): a
#: capacity or a flow, an amount in its unit per that time — the same unit with the span of time added, so that it
#: adds up and changes as any amount, never with a volume of the year. (``万吨/年`` stays a rate: a capacity per
#: year is compared with the year's output as a multiple, which reads it as the year's own unit.)
PER_TIME_AFTER = re.compile(r"\s*[/／]\s*(日|天|月|小时)(?![\u4e00-\u9fff\d])")
#: a figure that describes the noun after it (``总投资120亿元的澜芯二期项目``, ``面积3.2万平方米的新馆``): an attribute,
#: never a total or a part (``完成预算7.50亿元的128.1%`` and ``占 W 的比重`` are a whole, followed by a figure or 比重)
ATTRIBUTE_AFTER = re.compile(r"的(?!比重|比例|份额|倍|水平|基础|目标|计划|任务)[\u4e00-\u9fff]")
#: a figure named a target by the words after it (``按全年社会消费品零售总额 2,900亿元的目标任务计算``): a plan, never an
#: amount of the period, a total or a part of one (a share of it is read by its words: ``已完成全年目标的 82.3%``)
TARGET_AFTER = re.compile(r"的?(?:目标任务|目标|计划任务|计划|任务|预期)(?!完成|执行)")
#: a figure named a limit (``个人住房贷款最高额度 80万元，其中，单缴存职工最高额度 60万元``, ``补贴上限``): a bound, never
#: an amount, a total or a part of one
LIMIT_NAMED = re.compile(r"(?:最高|最低)(?:额度|限额|标准|金额)?(?:为|是|可达|不超过)?$|(?:上限|下限)(?:为|是)?$")
#: text up to a closing bracket with no opening one before it: what follows a figure inside brackets
BRACKET_CLOSES = re.compile(r"[^（(]*[）)]")
WORDS_AFTER = re.compile(r"[^，。；、,;\d]{0,8}")
PARENTHETICAL = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]")
#: a clause that ends in a verb of change names the change of a subject of its own (各少数民族人口增加 0.41万人)
CHANGE_END = re.compile(r"(?:增加|减少|净增|净减)了?$")


def _bound(bound, value: float) -> float:
    """A ledger bound, the value itself where the ledger gives none."""
    return float(value) if bound is None or (isinstance(bound, float) and math.isnan(bound)) else float(bound)


def _in_parenthesis(raw: str, figure: Figure, end: int) -> bool:
    """``figure`` stands inside a parenthesis that closes before ``end``."""
    low = max(0, figure.start - 20)
    opening = max(raw.rfind("（", low, figure.start), raw.rfind("(", low, figure.start))
    closing = max(raw.rfind("）", low, figure.start), raw.rfind(")", low, figure.start))
    return opening > closing and bool(re.search(r"[）)]", raw[figure.end:min(end, figure.end + 80)]))


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """The pairs of Chinese characters in ``text`` that can tie two figures' words together (``全年``, ``比上`` and
    the other :data:`~.words.COMMON_BIGRAMS` left out); cached, since a figure's words are read for many others."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1)
                     if all("\u4e00" <= ch <= "\u9fff" for ch in text[i:i + 2])) - COMMON_BIGRAMS


def unit_name(unit: str) -> str:
    """A check's unit in words, from a figure's unit (元 → yuan)."""
    return {"元": "yuan", "人": "persons"}.get(unit, unit or "")


def is_plain(figure: Figure) -> bool:
    """An amount that can be a total or a part: not a change (``比上年增加``), a base (``比上年的``, ``由``),
    another year's figure (``2021年为``), an average (``人均``), a rate per head (``每千人口``) or a rate (``…率为``)."""
    return (figure.amount and not CHANGE_LEAD.search(figure.lead) and not BASE_LEAD.search(figure.lead)
            and not OTHER_PERIOD.search(figure.lead) and not FROM_LEAD.search(figure.lead)
            and not AVERAGE_LEAD.search(figure.clause) and not PER_THOUSAND_PEOPLE.search(figure.clause)
            and not RATE_WORD.search(figure.clause) and not figure.lead.endswith(("/", "／"))
            and not CHANGE_END.search(figure.clause))


#: words naming whose or when a figure is, other than the report's own: another place (全省, 全国), a year or last year's
#: end (not 比上年, a comparison), a census, the sector's or peers' average, a part of the whole (县域, 母公司, 其中)
OWNER_WORDS = re.compile(r"全[国省市县区州镇乡]|(?<![比较由从与])(?:\d{4}年(?:末|底)?|上年末?|去年)|上半年|普查|同业|全行业|行业|"
                         r"平均水平|县域|母公司|子公司|市本级|其中")


def named_apart(words: str, *others: str) -> bool:
    """``words`` (before a quotient's or a share's name) name a place, a year, a census or an average that some of
    ``others`` (the words of its terms) do not: ``全省不良贷款率`` after the city's loans, ``第七次全国人口普查时…城镇化率``
    after today's population, ``同业平均水平（成本收入比`` after the bank's own figures."""
    return any(not all(found in other for other in others) for found in set(OWNER_WORDS.findall(words)))


#: the words in brackets before an earlier period's figure: ``（上年同期 A）``, ``（上年 2所）``, ``（2023年为 A）``
EARLIER_IN_BRACKETS = re.compile(r"[（(](?:上年|去年|同期|上期|上年同期|去年同期|\d{4}年)[^（）()\d]{0,4}$")


def earlier_in_brackets(figure: Figure) -> bool:
    """``B（上年同期 A）``: A, an earlier period's figure told in brackets beside the one it is of."""
    return bool(EARLIER_IN_BRACKETS.search(figure.lead))


def quotient_fits(top: Figure, bottom: Figure, stated: Figure, factor: float = 1.0) -> bool:
    """``top`` × ``factor`` over ``bottom`` is ``stated``, to the rounding of all three (a share: factor 100)."""
    low = top.low * factor / bottom.high
    high = top.high * factor / bottom.low if bottom.low > 0 else math.inf
    return low <= stated.high and stated.low <= high


def in_brackets(figure: Figure) -> bool:
    """``figure``'s words open a bracket they do not close (``低于同业平均水平（成本收入比 32.5%``): an aside about
    something else than the sentence's subject."""
    words = figure.lead
    return words.rfind("（") > words.rfind("）") or words.rfind("(") > words.rfind(")")
