"""Quotients known by their name, stated apart from their terms: a share or a ratio the report defines in its own words
(``注：森林覆盖率指森林面积占国土总面积的比重``) or the domain defines (存贷比 is 贷款 over 存款, 拨备覆盖率 is
贷款损失准备 over 不良贷款: :data:`~.words.DEFINED_QUOTIENTS`), checked wherever the report states it.

Each term is the figure of the report named so — the nearest before the quotient in its paragraph or the sentence
before, or, when the report names only one figure so before it, that one however far back. A term is named by the
whole of its name: words before the defined name make another figure (制造业贷款余额 is no 贷款余额) unless they are
the quotient's own (城镇居民恩格尔系数 over 城镇居民人均消费支出) or the report's title names them (its own subject:
体育产业增加值 in a report on 体育产业). Terms of another year or part of the year, targets and figures told
respectively are never taken; areas, weights and lengths in different units are converted (a 森林面积 in 公顷 over a
国土面积 in 平方公里). The readings near their terms (:mod:`~.shares`, :mod:`~.averages`) come first: a stated figure
one of them read is not read again here.

>>> from helpers.claims.relations import find_in_text
>>> text = "林业公报\\n全县森林面积231,560公顷。\\n全县国土总面积3,862.5平方公里。\\n全县森林覆盖率为59.95%。\\n"
>>> [(c.check_id, c.formula) for c in find_in_text(text) if c.check_id.startswith("auto-share")]
[('auto-share-50', 'numerator / (denominator * 100) * 100')]
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import NAMED_LIMIT, Document, Figure, in_brackets, named_apart
from helpers.claims.relations.shares import _own_words, _target, _told_with_others
from helpers.claims.relations.totals import _after_mark, _bare_name, _plain, other_year, sub_period
from helpers.claims.relations.words import (
    BASE_LEAD, CORE_PREFIX, DEFINED_QUOTIENTS, FROM_LEAD, NAME_PREFIX, YEAR_FIRST,
)

#: A definition in the report's words: ``森林覆盖率指森林面积占国土总面积的比重``, ``存贷比是指贷款余额与存款余额之比``,
#: ``增加值率＝增加值÷总产出``. What is defined ends with a word of a quotient (率, 比, 比重, 系数, 强度, 度).
DEFINITION = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z&]{2,12}?(?:率|比|比重|系数|强度|度))(?:[（(][^（）()\n]{0,20}[）)])?"
    r"(?:(?:是指|指的是|指|即为|即|为|是)(?P<a>[\u4e00-\u9fffA-Za-z&]{2,24}?)(?:占|与)(?P<b>[\u4e00-\u9fffA-Za-z&]{2,24}?)"
    r"的?(?:比重|比例|百分比|千分比|比率|比值|之比)"
    r"|[=＝](?P<a2>[\u4e00-\u9fffA-Za-z&]{2,24}?)[/÷](?P<b2>[\u4e00-\u9fffA-Za-z&]{2,24}?)(?=[×*（(，。；,;\s]|$))")
#: the most definitions read from one report (a text of definitions repeated stays linear)
DEFINITIONS_LIMIT = 24
#: the words after a quotient's name before its figure: a verb of being or of change
VERB = r"(?:[（(][^（）()]{0,20}[）)])?(?:为|达到?|是|约|提高到|提升到|上升到|上升至|升至|升到|下降到|下降至|降至|降低到|降低至|" \
       r"回落到|回落至|保持在|稳定在|维持在)?"
#: words before a quotient's name that name no subject of their own (年末, 2024年)
SELF = re.compile(r"^(?:\d{4}年(?:末|底)?|年末|年底|期末|报告期末?)+")
#: verbs and counting words between who a figure is of and its name (该行实现营业收入, 全市共有)
OWNER_VERB = re.compile(r"(?:实现|完成|达到|共有|拥有|现有|累计|共计|共|全年|年末)+$")
#: where a report names itself: its first lines (masthead, headline) and the short names it gives in its lead
HEAD, HEAD_LINES = 600, 10
ALIAS_OF_SELF = re.compile(r"简称[“\"‘']([^”\"’'，。]{2,12})[”\"’']")
#: words before a term's name by which a reporter names itself (本行各项贷款余额): no other subject
SELF_OWNER = re.compile(r"^(?:(?:本|该|全)(?:行|公司|集团|企业)|集团)")


def find(document: Document, read: set[str]) -> Iterator[Finding]:
    """Every stated percent named by a defined quotient that no reading in ``read`` (stated claim ids) took."""
    quotients = _definitions(document) + [(name, a, b, kind, "") for name, a, b, kind in DEFINED_QUOTIENTS]
    stating = [(re.compile(rf"(?P<prefix>[^，。；、,;\d（）()]{{0,12}}?)(?:{name}){VERB}$"), a, b, kind, note)
               for name, a, b, kind, note in quotients]
    for figures in document.paragraphs:
        for stated in figures:
            if stated.unit != "%" or stated.claim_id in read or FROM_LEAD.search(stated.lead) \
                    or BASE_LEAD.search(stated.lead):
                continue            # 由上年的 s%: last year's
            found, row = next(((m, row) for row in stating for m in [row[0].search(stated.clause)] if m), (None, None))
            if found is not None and not _target(document, stated):     # 力争森林覆盖率达到 s%: a target
                yield from _quotient(document, stated, found, *row[1:])


def _definitions(document: Document) -> list[tuple[str, str, str, str, str]]:
    """The quotients the report defines in its own words, as rows of :data:`~.words.DEFINED_QUOTIENTS` with the
    definition's words."""
    cached = document._starts.get("definitions")
    if cached is not None:
        return cached
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    for found in DEFINITION.finditer(document.raw):
        name = found.group("name")
        a, b = (found.group("a") or found.group("a2")), (found.group("b") or found.group("b2"))
        name = NAME_PREFIX.sub("", CORE_PREFIX.sub("", name))
        if len(name) < 2 or name in rows:
            continue
        terms = [_term_pattern(words) for words in (a, b)]
        if all(terms):
            kind = "share" if "占" in found.group(0) else "ratio"
            rows[name] = (re.escape(name), terms[0], terms[1], kind, found.group(0))
        if len(rows) >= DEFINITIONS_LIMIT:
            break
    document._starts["definitions"] = result = list(rows.values())
    return result


def _term_pattern(words: str) -> str:
    """A defined term's name as a pattern of the names a figure goes by (全市森林面积 → 森林面积; the measure word
    额/值/量/数 optional, as :func:`~.totals.core_name` drops it)."""
    name = CORE_PREFIX.sub("", NAME_PREFIX.sub("", words.replace("的", "")))
    bare = re.sub(r"(?:总数|总额|总量|总值|数量|量|数|额|值)$", "", name)
    if len(bare) < 2:
        return ""
    return re.escape(bare) + (f"(?:{re.escape(name[len(bare):])})?" if name != bare else "")


def _quotient(document: Document, stated: Figure, found: re.Match, numerator: str, denominator: str, kind: str,
              note: str) -> Iterator[Finding]:
    """The check of one stated quotient, when both its terms are found by name."""
    prefix = SELF.sub("", SELF_OWNER.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", found.group("prefix"))), count=1))
    prefix = prefix.rstrip("的")
    terms = []
    for words in (numerator, denominator):
        term = _term(document, stated, words, prefix, (numerator, denominator))
        if term is None:
            return
        terms.append(term)
    top, bottom = terms
    if top is bottom or top.kind != bottom.kind:
        return
    name = found.group(0)[len(found.group("prefix")):]
    name = re.sub(VERB + "$", "", name) or name
    start = max(document.sentence_start(stated.start), stated.start - REACH,      # after its terms when they stand
                *(t.end for t in terms if t.sentence == stated.sentence and t.end < stated.start))   # in its sentence
    at = document.raw.rfind(name, start, stated.start)
    if in_brackets(stated) or named_apart(document.raw[start:max(at, start)], *(document.said(t, REACH) for t in terms)):
        return              # 全省不良贷款率 after the city's loans, 同业平均水平（成本收入比: another's quotient
    factor = top.scale(bottom)
    if factor is None or (kind == "share" and top.value > bottom.value * factor):
        return              # a part larger than its whole: the terms are not what the definition names
    where = f"the report defines it: {note}" if note else "a quotient the domain defines (words.DEFINED_QUOTIENTS)"
    formula = "numerator / denominator * 100" if factor == 1 else f"numerator / (denominator * {factor:g}) * 100"
    yield Finding(kind, f"auto-{kind}-{stated.start}", {
        "description": f"{stated.text} ({name}) recomputed as {top.text} over {bottom.text}"
                       + (f" ({bottom.unit} in {top.unit}: × {factor:g})" if factor != 1 else ""),
        "uses": {"numerator": top.claim_id, "denominator": bottom.claim_id},
        "formula": formula, "stated": stated.claim_id, "unit": "percent",
        "assumptions": [f"{name} is {top.text} over {bottom.text}: {where}",
                        f"each term is the figure of the report named so, near {stated.text} or the only one so named "
                        f"before it, of its year and period"]})


#: characters before a figure read for whose or when it is
REACH = 40


def _term(document: Document, stated: Figure, words: str, prefix: str, both: tuple[str, str]) -> Figure | None:
    """The figure named ``words`` (with ``prefix`` before it when the quotient has one) that the stated quotient
    divides: the nearest before it in its paragraph or the sentence before, else the only one so named in the report
    before it — unless a figure of the quotient's own sentence, nearer, is named so after other words (规模以上工业企业
    实现营业收入 a，R&D经费投入强度为: the quotient of that subject, not of the report's far 营业收入; the other term,
    受害森林面积 over 森林面积, is no such figure); None when none is."""
    index = _index(document, words)
    owners = [prefix] if prefix else [p for p in index if not p or _self(document, p)]
    named = []
    for owner in owners:
        figures, starts = index.get(owner, ((), ()))
        i = bisect.bisect_left(starts, stated.start)
        named += figures[max(0, i - NAMED_LIMIT):i]
    named = sorted({id(f): f for f in named}.values(), key=lambda f: -f.start)
    named = [f for f in named if _whole_term(document, f, stated)]
    near = [f for f in named if _near(f, stated)]
    if near:
        term = near[0]
    elif len(named) < NAMED_LIMIT and len({(round(f.value, 9), f.unit) for f in named}) == 1:
        term = named[0]
    else:
        return None
    other = next((w for w in both if w != words), "")
    rivals = (f for owner, (figures, starts) in index.items() if owner not in owners
              for f in figures[max(0, bisect.bisect_left(starts, stated.start) - NAMED_LIMIT):
                               bisect.bisect_left(starts, stated.start)])
    if any(f.start > term.start and f.sentence == stated.sentence and f.amount and not _after_mark(document, f)
           and not _named_plainly(document, f, other) for f in rivals):
        return None         # 保险业赔付支出 T … 农业保险支付赔款 a，赔付率 s%: the quotient of the nearer subject
    return term


def _named_plainly(document: Document, figure: Figure, words: str) -> bool:
    """``figure`` is named ``words`` with no other words before them."""
    return bool(words) and any(f is figure for f in _index(document, words).get("", ((), ()))[0])


def _self(document: Document, owner: str) -> bool:
    """``owner`` names the report's own subject: 本行, 该公司, the institution its headline names (峤南农商银行) or
    the short name it gives itself (（以下简称“峤南农商银行”））, the place or subject of its title."""
    if SELF_OWNER.fullmatch(owner):
        return True
    if len(owner) < 3:
        return False        # 公司贷款 is corporate lending, whatever company the header names
    own = document._starts.get("own names")
    if own is None:
        head = [line for line in document.raw[:HEAD].split("\n")[:HEAD_LINES]
                if 0 < len(line) <= 60 and not re.search(r"[，,。；;]", line)]
        own = document._starts["own names"] = ("\n".join(head), set(ALIAS_OF_SELF.findall(document.raw[:HEAD])))
    return owner in own[0] or owner in own[1] or _own_words(document, owner)


def _near(figure: Figure, stated: Figure) -> bool:
    """In the stated figure's paragraph or the sentence before it."""
    return figure.paragraph == stated.paragraph or 0 <= stated.sentence - figure.sentence <= 1


def _whole_term(document: Document, figure: Figure, stated: Figure) -> bool:
    """``figure`` can be a term of ``stated``: an amount of its year and period, no target, change or base, not one of
    several told respectively nor a part after 其中."""
    return figure.amount and _plain(figure) and not _after_mark(document, figure) and not _target(document, figure) \
        and not other_year(document, figure, stated) and sub_period(document, figure) == sub_period(document, stated) \
        and not _told_with_others(document, figure)


def _index(document: Document, words: str) -> dict[str, tuple[list[Figure], list[int]]]:
    """The figures of the report a term's ``words`` name by the end of a name, by the words before that end (the
    owner: "" when the name is the term's alone), each list in the order of the text; built once per term."""
    key = ("defined", words)
    index = document._starts.get(key)
    if index is not None:
        return index
    pattern = re.compile(words)
    index = document._starts[key] = {}
    for members in document.paragraphs:
        for figure in members:
            owners = set()
            for name in _names(figure):
                for cut in range(len(name) - 1):
                    if pattern.fullmatch(name, cut):
                        owners.add(OWNER_VERB.sub("", name[:cut]))
            for owner in owners:
                figures, starts = index.setdefault(owner, ([], []))
                figures.append(figure)
                starts.append(figure.start)
    return index


def _names(figure: Figure) -> tuple[str, ...]:
    """The name a term is looked up by: the figure's own words without place, year or verb before them (全省共投入
    R&D经费 → R&D经费, 年末各项贷款余额 → 各项贷款余额); who the figure is of stays (公司贷款 is corporate lending, not
    the company's 贷款), and :data:`SELF_OWNER` words are allowed before a term (本行各项贷款余额)."""
    bare = _bare_name(figure).replace("的", "")
    for _ in range(2):
        bare = SELF.sub("", CORE_PREFIX.sub("", NAME_PREFIX.sub("", YEAR_FIRST.sub("", bare))))
    return (bare,) if len(bare) >= 2 else ()
