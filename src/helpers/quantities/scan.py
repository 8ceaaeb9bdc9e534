"""The scanner: one regular-expression pass, then a short reading per match.

:func:`find_quantities` prepares a scanning copy of the text one character for
one character (full-width digits and signs to ASCII, traditional characters to
simplified through OpenCC, financial numerals inside numerals to ordinary ones),
closes up spaces inside numerals (一百 五 十 二, 7 万5 千4 百), runs
:data:`patterns.MASTER` over it once, and turns each match into one
:class:`Mention` (a ratio into one per part). A reading looks only at the
match's groups and at a few characters around it, so the work is linear in the
length of the text. Pure functions of a numeral string (its value, its
interval) are memoised; nothing that depends on context is.

>>> [(m.text, m.value, m.unit, m.qualifier, m.low, m.high) for m in find_quantities("带动贫困户8万余人脱贫")]
[('8万余人', 80000.0, '人', 'at_least', 80000.0, 90000.0)]
"""

from __future__ import annotations

import math
import re
from decimal import Decimal as DecimalNumber
from functools import lru_cache

from . import lexicon as L
from .intervals import exact_bounds, few_bounds, next_unit_bounds, qualify, several_bounds
from .mention import Mention, make_mention
from .numerals import (MAX_EXP, last_nonzero_exp, magnitude, multiplier_exp, parse_arabic, read_numeral,
                       to_float, too_long)
from .patterns import ARABIC_RE, MASTER, NORMALISE, RULE_KINDS

_NEEDS_NORMALISING = re.compile("[" + "".join(L.NORMALISE) + "]").search
_FULL_WIDTH_COMMA = re.compile("(?<=[" + L.FULL_WIDTH_DIGITS + "])，(?=[" + L.FULL_WIDTH_DIGITS + "]{3}(?![" +
                               L.FULL_WIDTH_DIGITS + "]))")
_NUMERAL_RUN_CHARS = "0123456789零〇一二两三四五六七八九十百千万亿兆点" + "".join(L.FINANCIAL)
_FINANCIAL_CHAR = re.compile("[" + "".join(L.FINANCIAL) + "]")
_RUN_CHARS = frozenset(_NUMERAL_RUN_CHARS)
_TRADITIONAL = re.compile("[" + L.TRADITIONAL_CUES + "]").search
_FINANCIAL_MAP = str.maketrans(L.FINANCIAL)
_CN_ONLY = "零〇一二两三四五六七八九"
#: Spaces inside a numeral: between two numeral characters, not between two Arabic digits.
_JOINABLE = "零〇一二两三四五六七八九十百千万亿点余多几分之个折成又"
#: ... and before a unit or a date word that commonly follows a number (共 3 人, 2019 年 10 月).
_JOIN_RIGHT = _JOINABLE + "人户项次名家元年月日号岁倍亩吨米公里%"
_SPACES = re.compile("[" + re.escape(_JOINABLE + "年月0123456789%.") + "][ \u3000]+(?=["
                     + re.escape(_JOIN_RIGHT + "0123456789") + "])")

_CLAIM = L.CLAIM_KINDS
_QUAL = {q.word: (q.qualifier, q.inclusive) for q in L.QUALIFIERS}
_QUAL_WORDS = sorted(_QUAL, key=len, reverse=True)
_BIG = "万亿"
_DIGITS = "0123456789"
_HALVES = ("半", "一半", "半数")
_SIGNED_KINDS = frozenset({"temperature"})
_MONEY = tuple(L.MONEY_NOUNS)
_MONEY_BEFORE = ("投资", "资金", "捐助", "捐赠", "捐款", "销售额", "收入", "产值")
_HEADS = tuple(L.COUNT_HEADS.items())
_CLAUSE_END = frozenset(L.CLAUSE_END)
_RECENT = tuple(L.RECENT_DURATION_FOLLOWERS)
_DURATION_CUES = tuple(L.DURATION_CUES)
_ONE_CUES = tuple(L.ONE_AS_COUNT_CUES)
_PERIOD_MARKS = frozenset("度份季代纪至到~-—–")
_TIME_MARKS = frozenset("时分:：")
_LONE = frozenset("一二两三四五六七八九十")
_LONE_BEFORE = frozenset(L.LONE_BEFORE)
_LONE_AFTER = frozenset(L.LONE_AFTER)
_CURRENCY_SIGNS = {"$": ("$", "money"), "￥": ("元", "money"), "¥": ("元", "money"), "€": ("欧元", "money"),
                   "£": ("英镑", "money")}
_APPROX_BEFORE = re.compile(L.APPROX_BEFORE)
_LIST_BEFORE = re.compile(r"[^，。；;,\n]{0,8}?(?:" + "|".join(L.LIST_JOINERS) + r")")
_LIST_AFTER = re.compile(r"[^，。；;,\n]{0,8}?(?:" + "|".join(L.LIST_JOINERS) + r")[0-9二两三四五六七八九十]")
_BETWEEN_BOUNDS = re.compile(r"(?:[ ,，、]|并且|并|且|而且|而|同时|的同时)*")
_SUB_PART = re.compile(r"零?([0-9]{1,3}|[零〇一二两三四五六七八九十]{1,3})(分钟|分|秒|个月|天|小时|角|毛)")
_OVERFLOW = "overflow"
#: Units read by the fast path of _quantity: no context decides them (not 度, 折, 打, and
#: not a unit whose number may be negative: a temperature).
_PLAIN_UNITS = frozenset(u for u, (kind, _, _) in L.UNITS.items()
                         if u not in ("度", "折") and u not in L.UNIT_FACTORS and kind in L.CLAIM_KINDS
                         and kind != "temperature")
_APPROX_LAST = frozenset("的占合计")
_UNIT_FACTORS = L.UNIT_FACTORS
#: A run of numeral characters that is not one numeral is read in pieces of at most
#: this many characters (a longer well-formed numeral is an overflow anyway).
_PIECE_WINDOW = 80

# unit surface -> (kind, unit, exponent, mid) for every unit the pattern can match
_UNITS = {s: (k, u, e, None) for s, (k, u, e) in L.UNITS.items()}
_UNITS.update({
    "个" + mid + noun: ("duration", unit, 0, mid)
    for noun, unit in L.GE_TIME_NOUNS.items() for mid in "多余半"
})

_Q_GROUPS = ("q_pre", "q_cur", "q_neg", "q_vague", "q_num", "q_mult", "q_mid", "q_mult2", "q_suf",
             "q_unit", "q_sep", "q_sub", "q_half", "q_more", "q_post")

_converter = None


def _simplified(text: str) -> str:
    """Traditional characters read as simplified ones (one for one; a line whose length changes is kept)."""
    global _converter
    if _converter is None:
        try:
            import opencc
            _converter = opencc.OpenCC(L.OPENCC_CONFIG).convert
        except Exception:  # pragma: no cover - OpenCC is pinned; without it traditional text reads less
            _converter = False
    if not _converter:
        return text
    out = _converter(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    kept = []
    for line in lines:
        converted = _converter(line)
        kept.append(converted if len(converted) == len(line) else line)
    return "\n".join(kept)


def _financial_runs(norm: str) -> str:
    """``norm`` with the financial numerals of each run of numeral characters read as ordinary ones."""
    pieces, last, n = [], 0, len(norm)
    for m in _FINANCIAL_CHAR.finditer(norm):
        if m.start() < last:
            continue
        a, b = m.start(), m.end()
        while a > last and norm[a - 1] in _RUN_CHARS:
            a -= 1
        while b < n and norm[b] in _RUN_CHARS:
            b += 1
        pieces.append(norm[last:a])
        pieces.append(_financial(norm, a, b))
        last = b
    pieces.append(norm[last:])
    return "".join(pieces)


def _financial(whole: str, a: int, b: int) -> str:
    """The run ``whole[a:b]`` with its financial numerals read as ordinary ones, where they are numerals."""
    t = whole[a:b]
    if whole.startswith("分之", b) or whole.endswith("分之", 0, a):  # 萬分之肆, 仟分之贰
        return t.translate(_FINANCIAL_MAP)
    if len(t) == 1:
        return t.translate(_FINANCIAL_MAP) if t not in L.FINANCIAL_AMBIGUOUS else t
    financial = sum(1 for c in t if c in L.FINANCIAL)
    ordinary_digits = sum(1 for c in t if c in "0123456789零〇一二两三四五六七八九")
    if financial >= 2 or ordinary_digits or not any(c in L.FINANCIAL_AMBIGUOUS for c in t):
        if set(t) <= set(L.FINANCIAL_AMBIGUOUS) and len(set(t)) == 1:
            return t                       # 陆陆续续: a doubled character, not a numeral
        return t.translate(_FINANCIAL_MAP)
    return t


def prepare(text: str) -> str:
    """The scanning copy of ``text``: same length, same offsets, numerals in one script.

    >>> prepare("新增１３，４５０人，兩千萬元，肆佰陸拾")
    '新增13,450人，两千万元，四百六十'
    """
    norm = text
    if _NEEDS_NORMALISING(norm):
        if "，" in norm:
            norm = _FULL_WIDTH_COMMA.sub(",", norm)
        norm = norm.translate(NORMALISE)
    if not norm.isascii():
        if _TRADITIONAL(norm):
            norm = _simplified(norm)
        if _FINANCIAL_CHAR.search(norm):
            norm = _financial_runs(norm)
    return norm


def _close_spaces(norm: str):
    """Remove spaces inside numerals; (scanning text, compact positions and raw shifts) or (norm, None)."""
    spans = [(a + 1, b) for a, b in (m.span() for m in _SPACES.finditer(norm))
             if not (norm[a] in _DIGITS and norm[b] in _DIGITS)]
    if not spans:
        return norm, None
    pieces, marks, shifts, removed, last = [], [], [], 0, 0
    for a, b in spans:
        pieces.append(norm[last:a])
        removed += b - a
        marks.append(a - removed + (b - a))   # compact position of the character after the gap
        shifts.append(removed)
        last = b
    pieces.append(norm[last:])
    return "".join(pieces), (marks, shifts)


def _to_raw(out: list[Mention], text: str, mapping) -> list[Mention]:
    """Mentions found in the space-closed text, with offsets and quotes of the text as given.

    One pass: mentions and gaps are both in order. A position ``p`` of the scanned
    text is ``p + removed`` in the raw text, where ``removed`` counts the spaces
    taken out before it; an end offset maps through the character before it.
    """
    marks, shifts = mapping
    n = len(marks)
    i = j = 0
    fixed = []
    for x in out:
        while i < n and marks[i] <= x.start:
            i += 1
        last = x.end - 1
        if j < i:
            j = i - 1 if i else 0
        while j < n and marks[j] <= last:
            j += 1
        s = x.start + (shifts[i - 1] if i else 0)
        e = last + (shifts[j - 1] if j else 0) + 1
        fixed.append(make_mention(s, e, text[s:e], x.value, x.unit, x.qualifier, x.low, x.high, x.kind, x.is_claim))
    return fixed


def find_quantities(text: str) -> list[Mention]:
    """Every numeric mention in ``text``, sorted by start, non-overlapping.

    Every numeral character (Arabic digits, half or full width, and
    零〇一二两三四五六七八九十百千万亿半) lies inside exactly one mention.
    The input is not modified. Any ``str`` is accepted: a numeral too long or too
    large to be a figure becomes a non-claim of kind ``overflow``.

    >>> [(m.text, m.value, m.unit, m.kind) for m in find_quantities("安排实施了288个援建项目,县均6200万元")]
    [('288个', 288.0, '个', 'count'), ('6200万元', 62000000.0, '元', 'money')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    norm = prepare(text)
    scan, mapping = _close_spaces(norm) if (" " in norm or "\u3000" in norm) else (norm, None)
    raw = text if mapping is None else scan
    out: list[Mention] = []
    handlers = _HANDLERS
    for m in MASTER.finditer(scan):
        handlers[m.lastgroup](m, scan, raw, out)
    if mapping is not None:
        out = _to_raw(out, text, mapping)
    return out


# ------------------------------------------------------------------- helpers


def _non_claim(out, raw, s, e, kind, value=None, unit=None):
    out.append(make_mention(s, e, raw[s:e], value, unit, "exact", None, None, kind, False))


@lru_cache(maxsize=8192)
def _read(num: str, mult: str | None = None):
    """(mantissa, exponent, has_decimals, shift) of a whole numeral + optional multiplier.

    None if the string is not one numeral; ``_OVERFLOW`` if it is too long or too large.
    """
    shift = multiplier_exp(mult) if mult else 0
    if (num[0] in _DIGITS or num[0] == ".") and num[-1] in _DIGITS and not _has_cn(num):
        if too_long(num):
            return _OVERFLOW
        if "e" in num or "E" in num or "^" in num:
            return _scientific(num, shift)
        m, e, dec = parse_arabic(num)
        if magnitude(m, e + shift) >= MAX_EXP:
            return _OVERFLOW
        return m, e, dec, shift
    if num in _HALVES:
        return 5, -1, True, shift
    r = read_numeral(num)
    if r.form == "overflow":
        return _OVERFLOW
    if r.consumed != len(num):
        if r.consumed == 0 and all(c in _BIG or c in "百千十" for c in num):
            r = read_numeral("一" + num)      # 万分之, 千万分之: a multiplier alone counts one
            if r.consumed != len(num) + 1:
                return None
        else:
            return None
    if magnitude(r.mantissa, r.exp + shift) >= MAX_EXP:
        return _OVERFLOW
    return r.mantissa, r.exp, r.decimals, shift


_has_cn = re.compile("[零〇一二两三四五六七八九十百千万亿兆点]").search


def _scientific(num: str, shift: int):
    """2e5, 12.32e+14, 2.5^-1: (mantissa, exponent, has_decimals, shift)."""
    if "^" in num:
        base, power = num.split("^")
        sign = -1 if power.count("-") % 2 else 1
        bm, be, _ = parse_arabic(base)
        b = to_float(bm, be)
        p = sign * int(power.lstrip("+-"))
        if b == 0 or abs(p * math.log10(abs(b))) >= MAX_EXP:
            return _OVERFLOW
        digits = DecimalNumber(repr(b ** p)).as_tuple()
        m = int("".join(map(str, digits.digits))) * (-1 if digits.sign else 1)
        return m, digits.exponent, True, shift
    mant, _, exp = num.replace("E", "e").partition("e")
    m, e, dec = parse_arabic(mant)
    e += int(exp)
    if magnitude(m, e + shift) >= MAX_EXP:
        return _OVERFLOW
    return m, e, True, shift


_bounds = lru_cache(maxsize=8192)(exact_bounds)


def clear_caches() -> None:
    """Forget memoised numeral readings (the benchmark does, so that repeats cost the same)."""
    _read.cache_clear()
    _bounds.cache_clear()
    read_numeral.cache_clear()


def _adjacent_digits(num: str):
    """三四 / 五六十 / 一两 / 三五: two Chinese digits read as a small range, else None."""
    if len(num) < 2 or num[0] == "两":
        return None
    a = L.CN_DIGITS.get(num[0])
    b = L.CN_DIGITS.get(num[1])
    if not a or not b or not (b == a + 1 or (a, b) == (3, 5) or (a, b) == (3, 2)):
        return None
    rest = num[2:]
    if any(ch not in "十百千万亿" for ch in rest):
        return None
    if (a, b) == (3, 2):
        a, b = 2, 3                        # 三两天: two or three
    return a, b, multiplier_exp(rest) if rest else 0


def _head_after(norm: str, end: int):
    """Unit implied by the words after a bare number: a money noun, or a counted head noun."""
    window = norm[end:end + L.HEAD_WINDOW]
    for i, ch in enumerate(window):
        if ch in _CLAUSE_END or ch in _DIGITS:
            window = window[:i]
            break
    if not window:
        return None
    if window.startswith(_MONEY):
        return "money", "元"
    for head, unit in _HEADS:
        if head in window:
            return "count", unit
    return None


def _preceded_by(norm: str, start: int, words: tuple[str, ...]) -> bool:
    return norm[max(0, start - 4):start].endswith(words)


def _clause_around(norm: str, start: int, end: int, before: int = 12, after: int = 4) -> str:
    """The words of the clause just before ``start`` and just after ``end``."""
    left = norm[max(0, start - before):start]
    for i in range(len(left) - 1, -1, -1):
        if left[i] in _CLAUSE_END:
            left = left[i + 1:]
            break
    right = norm[end:end + after]
    for i, ch in enumerate(right):
        if ch in _CLAUSE_END:
            right = right[:i]
            break
    return left + "|" + right


def _qualifier_word(text: str) -> str:
    """The qualifier word a pre group starts with (超过了 -> 超过)."""
    if text in _QUAL:
        return text
    for word in _QUAL_WORDS:
        if text.startswith(word):
            return word
    return text


def _approx_before(norm: str, start: int) -> bool:
    """约占 or 约占…的 just before the number (约占30%, 约占全县人口的1/3)."""
    return start > 1 and norm[start - 1] in "的占合计" \
        and bool(_APPROX_BEFORE.search(norm, max(0, start - 18), start))


# ------------------------------------------------------------------ readings


_PHRASE_KINDS = {p: kind for p, (kind, _) in L.PHRASES.items()}


def _phrase(m, norm, raw, out):
    s, e = m.span()
    out.append(make_mention(s, e, raw[s:e], None, None, "exact", None, None, _PHRASE_KINDS[m.group()], False))


def _valued(m, norm, raw, out):
    s, e = m.span()
    kind, value, unit = L.VALUED_PHRASES[m.group()]
    out.append(make_mention(s, e, raw[s:e], value, unit, "exact", value, value, kind, True))


def _rule(m, norm, raw, out):
    s, e = m.span()
    out.append(make_mention(s, e, raw[s:e], None, None, "exact", None, None, RULE_KINDS[m.lastgroup], False))


def _leftover(m, norm, raw, out):
    s, e = m.span()
    out.append(make_mention(s, e, raw[s:e], None, None, "exact", None, None, "word", False))


def _date(m, norm, raw, out):
    s, e = m.span()
    t = m.group()
    if len(t) == 5 and t[4] == "年":
        year = int(t[:4]) if t[0] in _DIGITS else read_numeral(t[:4]).mantissa
        if t[0] in _DIGITS and _preceded_by(norm, s, _DURATION_CUES):  # 历时2000年 is a duration
            low, high = _bounds(year, 0, False, 0, "duration")
            out.append(make_mention(s, e, raw[s:e], float(year), "年", "exact", low, high, "duration", True))
            return
        _non_claim(out, raw, s, e, "date", float(year), "年")
        return
    if _CLOCK_SHAPE.fullmatch(t) and _RATIO_CUE.search(norm, max(0, s - _RATIO_CUE_REACH), s):
        _ratio(m, norm, raw, out)             # 储备结构为20:50:30, 师生比为1:18: a ratio, not a time of day
        return
    chars = set(t)
    if m.group("d_sep"):                      # a dateline, with or without its clock time
        kind = "date"
    elif chars & _TIME_MARKS:
        kind = "time"
    elif chars & _PERIOD_MARKS:
        kind = "period"
    else:
        kind = "date"
    _non_claim(out, raw, s, e, kind)


#: a clock time's shape (08:30, 20:50:30) and the words right before one that make it a ratio (比, 比例, 结构, 配比)
_CLOCK_SHAPE = re.compile(r"[0-9]{1,2}(?:[:：][0-9]{2}){1,2}")
_RATIO_CUE = re.compile(r"(?:比|比例|结构|配比|之比|比值)(?:为|是|约为|达到?|保持在)?[约近]?$")
_RATIO_CUE_REACH = 8


#: the words right before a count that make it an average (人均结案 335件, 平均每部惠及 12户, 日均 269架次): a
#: quotient rounded at its units digit, not a head count
_AVERAGED = re.compile(r"(?:[人户亩家校村床车次]均|平均|日均|月均|年均|场均|班均)[^，。；、,;\d]{0,12}$")
_AVERAGED_REACH = 16


def _dotted(m, norm, raw, out):
    s, e = m.span()
    _non_claim(out, raw, s, e, "name")


def _fraction(m, norm, raw, out):
    s, e = m.span()
    pre, den_txt, num_txt, suf, num2_txt, post = m.group("f_pre", "f_den", "f_num", "f_suf", "f_num2", "f_post")
    whole_txt, wneg = m.group("f_whole", "f_wneg")
    den = _read(den_txt)
    num = _read(num_txt)
    whole = _read(whole_txt) if whole_txt else None
    if _OVERFLOW in (den, num, whole):
        _non_claim(out, raw, s, e, _OVERFLOW)
        return
    adjacent = None if num2_txt or num_txt[0] in _DIGITS else _adjacent_digits(num_txt)
    if den is None or den[0] == 0 or (num is None and adjacent is None) or (whole_txt and whole is None):
        _non_claim(out, raw, s, e, "word")
        return
    d = to_float(den[0], den[1] + den[3])
    if whole is not None:                     # 三又三分之一: a number, not a share
        nm, ne, ndec, nshift = num
        value = to_float(whole[0], whole[1] + whole[3]) + to_float(nm, ne + nshift) / d
        if wneg:
            value = -value
        low, high = value - 0.5 / d, value + 0.5 / d
        out.append(make_mention(s, e, raw[s:e], value, None, "exact", min(low, high), max(low, high), "number",
                                True))
        return
    if d in (100.0, 1000.0, 10000.0) or (d > 10000 and den_txt[-1] in _BIG):
        kind, scale = "percent", 100.0 / d   # 百分之, 千分之, 万分之, 百万分之: rates
    else:
        kind, scale = "fraction", 100.0 / d
    if adjacent is not None:                  # 百分之二三十: 20 to 30 %
        a, b, rexp = adjacent
        low, high = a * 10 ** rexp * scale, b * 10 ** rexp * scale
        lo_b = _bounds(a, 0, False, rexp, "fraction")
        hi_b = _bounds(b, 0, False, rexp, "fraction")
        out.append(make_mention(s, e, raw[s:e], (low + high) / 2, "%", "range", lo_b[0] * scale, hi_b[1] * scale,
                                kind, True))
        return
    nm, ne, ndec, nshift = num
    value = to_float(nm, ne + nshift)
    num2 = _read(num2_txt) if num2_txt else None
    if num2_txt and num2 in (None, _OVERFLOW):
        _non_claim(out, raw, s, e, "word")
        return
    if num2 is not None:  # 百分之三十至四十
        low = _bounds(nm, ne, ndec, nshift, "fraction")[0]
        high = _bounds(num2[0], num2[1], num2[2], num2[3], "fraction")[1]
        value = (value + to_float(num2[0], num2[1] + num2[3])) / 2
        out.append(make_mention(s, e, raw[s:e], value * scale, "%", "range", low * scale, high * scale, kind, True))
        return
    if suf:
        low, high = next_unit_bounds(nm, ne, nshift)
        qualifier = "at_least"
    else:
        low, high = _bounds(nm, ne, ndec, nshift, "fraction")
        qualifier = "exact"
    value, low, high = value * scale, low * scale, high * scale
    word = _qualifier_word(pre or post) if (pre or post) else None
    if word and qualifier == "exact":
        qualifier, inclusive = _QUAL[word]
        low, high = qualify(value, low, high, qualifier, word, inclusive, False)
    elif qualifier == "exact" and _approx_before(norm, s):
        qualifier = "approx"
        low, high = qualify(value, low, high, "approx", "约", True, False)
    x = make_mention(s, e, raw[s:e], value, "%", qualifier, low, high, kind, True)
    _append_bound(out, x, norm, raw) if qualifier in _BOUND_PAIR else out.append(x)


def _slash(m, norm, raw, out):
    """1/3 (a fraction, in percent), 5.2/10万 (a rate per a base, in percent)."""
    s, e = m.span()
    pre, neg, num_txt, den_txt, mult, post = m.group("s_pre", "s_neg", "s_num", "s_den", "s_mult", "s_post")
    num = parse_arabic(num_txt)
    if neg:
        num = (-num[0], num[1], num[2])
    den = parse_arabic(den_txt)
    shift = multiplier_exp(mult) if mult else 0
    d = to_float(den[0], den[1] + shift)
    if d == 0:
        _non_claim(out, raw, s, e, "word")
        return
    if not mult and not num[2] and not den[2] and 1 <= den[0] <= 31 and den[0] <= num[0] <= 12:
        _non_claim(out, raw, s, e, "date")   # 12/1, 3/3: a month and a day, not a fraction
        return
    per_base = bool(mult) or d in (1000.0, 10000.0, 100000.0, 1000000.0)
    kind = "percent" if per_base else "fraction"
    scale = 100.0 / d
    value = to_float(num[0], num[1]) * scale
    low, high = _bounds(num[0], num[1], num[2], 0, "fraction")
    low, high = low * scale, high * scale
    qualifier = "exact"
    word = _qualifier_word(pre or post) if (pre or post) else None
    if word:
        qualifier, inclusive = _QUAL[word]
        low, high = qualify(value, low, high, qualifier, word, inclusive, False)
    elif _approx_before(norm, s):
        qualifier = "approx"
        low, high = qualify(value, low, high, "approx", "约", True, False)
    x = make_mention(s, e, raw[s:e], value, "%", qualifier, low, high, kind, True)
    _append_bound(out, x, norm, raw) if qualifier in _BOUND_PAIR else out.append(x)


def _doubling(m, norm, raw, out):
    s, e = m.span()
    n = m.group("x_n")
    power = int(n) if n in _DIGITS else L.CN_DIGITS[n]
    low, high = _bounds(2 ** power, 0, False, 0, "multiple")
    out.append(make_mention(s, e, raw[s:e], float(2 ** power), "倍", "exact", low, high, "multiple", True))


def _compare(m, norm, raw, out):
    """比三十大 (more than 30), 比 170 低 (below 170)."""
    s, e = m.span()
    num = _read(m.group("c_num"))
    if num is None or num == _OVERFLOW:
        _non_claim(out, raw, s, e, _OVERFLOW if num == _OVERFLOW else "word")
        return
    value = to_float(num[0], num[1] + num[3])
    if m.group("c_word") in "大高多":
        qualifier, low, high = "at_least", value, math.inf
    else:
        qualifier, low, high = "at_most", (0.0 if value >= 0 else -math.inf), value
    _append_bound(out, make_mention(s, e, raw[s:e], value, None, qualifier, low, high, "number", True), norm, raw)


def _range(out, raw, s, e, pre, neg, a_txt, ma, ua_txt, bneg, b_txt, mb, ub_txt, between=False):
    """35~36℃, 0.8%-1.5%, 2至3年, 10-20万人, 20和30之间: [low end's low, high end's high), value the midpoint."""
    a = _read(a_txt, ma)
    b = _read(b_txt, mb)
    if _OVERFLOW in (a, b):
        _non_claim(out, raw, s, e, _OVERFLOW)
        return
    if a is None or b is None:
        _non_claim(out, raw, s, e, "word")
        return
    if neg:
        a = (-a[0], a[1], a[2], a[3])
    if bneg:
        b = (-b[0], b[1], b[2], b[3])
    if between and ub_txt == "间":
        ub_txt = None                         # 10000与20000间: 间 is "between", not rooms
    unit_txt = ub_txt or ua_txt
    kind, unit, uexp = "range", None, 0
    if unit_txt:
        kind, unit, uexp, _ = _UNITS[unit_txt]
    if not ma and b[3] and not ua_txt:  # 10-20万: the multiplier serves both ends
        if to_float(a[0], a[1] + b[3]) <= to_float(b[0], b[1] + b[3]):
            a = (a[0], a[1], a[2], b[3])
    if unit == "年" and all(not x[2] and not x[3] and 1800 <= x[0] * 10 ** x[1] <= 2199 for x in (a, b)):
        _non_claim(out, raw, s, e, "period")  # 2020-2022年
        return
    # each end takes its own unit's exponent, or the other end's (2至3年, 5000元-1万元)
    ea = _UNITS[ua_txt][2] if ua_txt else uexp
    eb = _UNITS[ub_txt][2] if ub_txt else ea
    va = to_float(a[0], a[1] + a[3] + ea)
    vb = to_float(b[0], b[1] + b[3] + eb)
    la, ha = _bounds(a[0], a[1], a[2], a[3] + ea, kind)
    lb, hb = _bounds(b[0], b[1], b[2], b[3] + eb, kind)
    low, high = min(la, lb), max(ha, hb)
    value = (va + vb) / 2
    if pre and _QUAL.get(_qualifier_word(pre), ("",))[0] == "approx":  # 约2至3年: widen both ends
        spread = max(abs(va), abs(vb)) * L.APPROX_TOLERANCE
        low, high = min(low, min(va, vb) - spread), max(high, max(va, vb) + spread)
    out.append(make_mention(s, e, raw[s:e], value, unit, "range", low, high, kind, kind in _CLAIM))


def _ratio(m, norm, raw, out):
    for part in ARABIC_RE.finditer(norm, m.start(), m.end()):
        ps, pe = part.span()
        if too_long(part.group()):
            _non_claim(out, raw, ps, pe, _OVERFLOW)
            continue
        pm, pexp, pdec = parse_arabic(part.group())
        low, high = _bounds(pm, pexp, pdec, 0, "ratio")
        out.append(make_mention(ps, pe, raw[ps:pe], to_float(pm, pexp), None, "exact", low, high, "ratio", True))


def _rank(m, norm, raw, out):
    s, e = m.span()
    num_txt, mult, unit = m.group("k_num", "k_mult", "k_unit")
    num = _read(num_txt, mult)
    if num is None or num == _OVERFLOW:
        _non_claim(out, raw, s, e, _OVERFLOW if num == _OVERFLOW else "word")
        return
    nm, ne, ndec, shift = num
    value = to_float(nm, ne + shift)
    if unit in L.ORDINAL_CLASSIFIERS:
        _non_claim(out, raw, s, e, "ordinal", value, unit)  # 第五批 (a label, not a claim)
        return
    if unit in _UNITS:
        unit = _UNITS[unit][1]
    low, high = _bounds(nm, ne, ndec, shift, "rank")
    out.append(make_mention(s, e, raw[s:e], value, unit, "exact", low, high, "rank", True))


def _quantity(m, norm, raw, out):
    pre, cur, neg, vague, num_txt, mult, mid, mult2, suf, unit_txt, sep, sub, half, more_after, post = \
        m.group(*_Q_GROUPS)
    s, e = m.span()
    if unit_txt and not (pre or cur or neg or vague or mid or suf or sep or sub or half or more_after or post) \
            and num_txt[0] in _DIGITS and unit_txt in _PLAIN_UNITS:
        # the common case, read at once: digits and a plain unit (288个, 7.34亿元, 13.74%)
        num = _read(num_txt, mult)
        if num is not None and num != _OVERFLOW:
            kind, unit, uexp, _ = _UNITS[unit_txt]
            nm, ne, ndec, shift = num
            shift += uexp
            value = to_float(nm, ne + shift)
            low, high = _bounds(nm, ne, ndec, shift, kind)
            if low == high and kind in L.COUNTING_KINDS and _AVERAGED.search(norm, max(0, s - _AVERAGED_REACH), s):
                low, high = _bounds(nm, ne, ndec, shift, "number")   # 人均结案 335件: a quotient, rounded
            if s > 1 and norm[s - 1] in _APPROX_LAST and _approx_before(norm, s):
                low, high = qualify(value, low, high, "approx", "约", True, False)
                out.append(make_mention(s, e, raw[s:e], value, unit, "approx", low, high, kind, True))
            else:
                out.append(make_mention(s, e, raw[s:e], value, unit, "exact", low, high, kind, True))
            return
    if mid:
        mult = (mult or "") + mult2
    if sep:
        bneg, b_txt, mb, ub_txt, btw = m.group("q_bneg", "q_b", "q_mb", "q_ub", "q_btw")
        between = sep in "和与"
        if btw and not between:
            e = m.start("q_btw")              # 20到30之间: the mention stops at the range
        if sub:
            e = min(e, m.start("q_sub"))
        _range(out, raw, s, e, pre, neg, num_txt, mult, unit_txt, bneg, b_txt, mb, ub_txt, between)
        if sub:
            _rescan(norm, raw, m.start("q_sub"), m.end(), out)
        return
    if num_txt[0] not in _DIGITS and num_txt[0] != "." and num_txt not in _HALVES and not vague \
            and not all(c in _BIG for c in num_txt):
        ns = m.start("q_num")
        r = read_numeral(num_txt)
        if r.form == "overflow":
            _non_claim(out, raw, s, e, _OVERFLOW)
            return
        if r.consumed < len(num_txt):
            rest = num_txt[r.consumed:]
            if rest == "两" and not (unit_txt or mult or mid or suf or sub or half or more_after) \
                    and not _adjacent_digits(num_txt):
                unit_txt = "两"               # 二两, 三千两百两: the weight unit
                num_txt = num_txt[:r.consumed]
            elif _adjacent_digits(num_txt) is None:
                # not one numeral (五十千): read it piece by piece; the last piece keeps the unit
                pos, first, end = ns, True, ns + len(num_txt)
                while True:
                    window = norm[pos:min(end, pos + _PIECE_WINDOW)]
                    r = read_numeral(window)
                    if r.form == "overflow" or (r.consumed == len(window) and pos + len(window) < end):
                        _non_claim(out, raw, s if first else pos, e, _OVERFLOW)
                        return
                    if pos + r.consumed == end:
                        break
                    step = r.consumed or 1
                    _pieces(norm, raw, s if first else pos, pos + step, out, pre if first else None,
                            neg if first else None)
                    first = False
                    pos += step
                if pos == end:
                    return
                s, pre, neg, cur = pos, None, None, None
                num_txt = norm[pos:end]
    _read_quantity(out, norm, raw, s, e, pre, cur, neg, vague, num_txt, mult, mid, suf, unit_txt, half,
                   more_after, post, sub, m.start("q_sub") if sub else e)


def _pieces(norm, raw, s, e, out, pre, neg):
    """A piece of a run of numeral characters that is not one numeral: a number, or a word."""
    txt = norm[s:e]
    r = read_numeral(txt)
    if r.consumed == len(txt) and r.form == "positional" and (len(txt) > 1 or txt in _LONE):
        _read_quantity(out, norm, raw, s, e, pre, None, neg, None, txt, None, None, None, None, None, None,
                       None, None, e)
    else:
        _non_claim(out, raw, s, e, "unit_word" if txt in _BIG else "word")


def _rescan(norm, raw, s, e, out):
    """Read a short stretch again on its own (a compound part that did not join)."""
    for m in MASTER.finditer(norm, s, e):
        _HANDLERS[m.lastgroup](m, norm, raw, out)


def _read_quantity(out, norm, raw, s, e, pre, cur, neg, vague, num_txt, mult, mid, suf, unit_txt, half,
                   more_after, post, sub, sub_start):
    """One quantity: number, multiplier, unit and qualifiers -> a mention."""
    if unit_txt:
        kind, unit, uexp, unit_mid = _UNITS[unit_txt]
    else:
        kind = unit = unit_mid = None
        uexp = 0
    if cur:
        unit, kind = _CURRENCY_SIGNS[cur]
        if unit_txt and _UNITS[unit_txt][0] == "money":
            unit = _UNITS[unit_txt][1]

    is_cn = num_txt[0] not in _DIGITS and num_txt[0] != "."
    is_half = is_cn and num_txt in _HALVES

    if is_cn and not is_half:
        if num_txt == "一" and unit_txt in L.ARTICLE_CLASSIFIERS and not (pre or suf or mid or post) \
                and not _preceded_by(norm, s, _ONE_CUES) and not _in_list_of_counts(norm, out, s, e):
            _non_claim(out, raw, s, e, "article", 1.0, unit)  # 交出了一份优异答卷
            return
        adjacent = None if vague else _adjacent_digits(num_txt)
        if adjacent is not None:  # 三四个, 五六十人, 三五个
            a, b, rexp = adjacent
            shift = rexp + uexp + (multiplier_exp(mult) if mult else 0)
            rkind = kind or "range"
            low = _bounds(a, 0, False, shift, rkind)[0]
            high = _bounds(b, 0, False, shift, rkind)[1]
            value = (to_float(a, shift) + to_float(b, shift)) / 2
            out.append(make_mention(s, e, raw[s:e], value, unit, "range", low, high, rkind, rkind in _CLAIM))
            return
        r = read_numeral(num_txt)
        if r.form == "sequence":
            if unit_txt == "折":              # 九五折, 三八折: a discount written digit by digit
                value = float(r.mantissa)
                low, high = _bounds(r.mantissa, 0, False, 0, "percent")
                out.append(make_mention(s, e, raw[s:e], value, "%", "exact", low, high, "percent", True))
                return
            if not (unit_txt or mult or suf or mid or pre or post):
                _non_claim(out, raw, s, e, "name")  # 阳光九九, 一二三: digits that name, not count
                return

    num = _read(num_txt, mult)
    if num == _OVERFLOW:
        _non_claim(out, raw, s, e, _OVERFLOW)
        return
    if num is None:
        _non_claim(out, raw, s, e, "word")
        return
    nm, ne, ndec, shift = num
    if unit_txt == "折":                      # 九折 = 90 %, 75折 = 75 %, 9.5折 = 95 %, 十折 = full price
        written = to_float(nm, ne + shift)
        if written >= 10:
            uexp = 0 if written != 10 else 1
        unit = "%"
    shift += uexp
    if neg:
        nm = -nm

    if kind is None:
        if is_half:
            if not (pre or post):
                _non_claim(out, raw, s, e, "word")  # a lone 半
                return
            kind, unit, shift = "fraction", "%", shift + 2  # 过半, 半数以上: 50 %
        elif is_cn and len(num_txt) == 1 and not (pre or suf or mid or post or mult or vague or neg or cur):
            if num_txt in _BIG:
                _non_claim(out, raw, s, e, "unit_word")  # a bare 万 / 亿
                return
            if not _stands_alone(norm, s, e):
                _non_claim(out, raw, s, e, "word")  # a lone Chinese digit inside a word: 六和, 三大…
                return
            kind = "number"                    # 这是五那是四, 排名前三
        elif cur:
            kind = "money"
        else:
            head = _head_after(norm, e)
            if head is not None:
                kind, unit = head  # 7.34亿财政帮扶资金, 1.82万剩余贫困人口
            elif mult and _preceded_by(norm, s, _MONEY_BEFORE):
                kind, unit = "money", "元"
            elif _is_year_before_noun(num_txt, mult, suf, mid, pre, post, neg, norm, e):
                _non_claim(out, raw, s, e, "date", float(num_txt), "年")  # 2019国考
                return
            else:
                kind = "number"
    elif is_half and num_txt != "半":
        kind, unit, shift = "fraction", "%", shift + 2  # 一半 / 半数 before a unit-like word
    elif unit == "度":
        kind, unit = _degrees(norm, s, e)

    if unit_mid == "半" or half == "半":  # 一个半月, 两年半, 八成半, 一吨半
        nm, ne, ndec = nm * 10 + (5 if nm >= 0 else -5), ne - 1, True
    elif half:                                # 七成六: 76 %
        nm, ne, ndec = nm * 10 + L.CN_DIGITS[half] * (1 if nm >= 0 else -1), ne - 1, False
    if unit_txt in _UNIT_FACTORS:             # 一打 = 12, 五十打 = 600
        nm *= _UNIT_FACTORS[unit_txt]

    if sub:
        joined = _compound(abs(nm), ne, shift, ndec, unit_txt, sub)
        if joined is None:                    # the parts do not join: read them one after the other
            _read_quantity(out, norm, raw, s, sub_start, pre, cur, neg, vague, num_txt, mult, mid, suf,
                           unit_txt, half, more_after, None, None, sub_start)
            _rescan(norm, raw, sub_start, e, out)
            return
        nm, ne, ndec, shift, unit = joined
        if neg:
            nm = -nm

    value = to_float(nm, ne + shift)
    qualifier = "exact"
    more = suf or mid or (unit_mid if unit_mid != "半" else None) or more_after
    if vague:  # 数十万, 几百
        low, high = several_bounds(last_nonzero_exp(nm, ne) + shift)
        value, qualifier = None, "range"
    elif more == "几":  # 十几, 二十几万: like 多, at least the base, below the next unit
        low, high = next_unit_bounds(nm, ne, shift)
        qualifier = "at_least"
    elif more:  # 8万余, 3500多, 一个多月, 一年多
        low, high = next_unit_bounds(nm, ne, shift)
        qualifier = "at_least"
    else:
        low, high = _bounds(nm, ne, ndec, shift, kind)
        if low < 0 <= value and kind not in _SIGNED_KINDS:
            low = 0.0  # magnitudes are not negative
        word = _qualifier_word(pre or post) if (pre or post) else None
        if word:
            qualifier, inclusive = _QUAL[word]
            if word == "近" and kind == "duration" and norm.startswith(_RECENT, e):
                qualifier = "exact"  # 近3年来: the recent three years
            else:
                low, high = qualify(value, low, high, qualifier, word, inclusive, kind in _SIGNED_KINDS or nm < 0)
        elif _approx_before(norm, s):
            qualifier = "approx"
            low, high = qualify(value, low, high, "approx", "约", True, False)
    x = make_mention(s, e, raw[s:e], value, unit, qualifier, low, high, kind, kind in _CLAIM)
    if qualifier in _BOUND_PAIR:
        _append_bound(out, x, norm, raw)
    else:
        out.append(x)


def _stands_alone(norm: str, s: int, e: int) -> bool:
    """A lone Chinese digit set apart from the words around it (这是五, 前三的, “五”)."""
    return (s == 0 or norm[s - 1] in _LONE_BEFORE) and (e >= len(norm) or norm[e] in _LONE_AFTER)


def _in_list_of_counts(norm: str, out, s: int, e: int) -> bool:
    """一个 inside a list of counts (3个产业园、一个物流中心、2个…): a count of one."""
    if out:
        prev = out[-1]
        if prev.kind == "count" and prev.is_claim and s - prev.end <= 10 and _LIST_BEFORE.fullmatch(norm, prev.end, s):
            return True
    return bool(_LIST_AFTER.match(norm, e))


def _is_year_before_noun(num_txt, mult, suf, mid, pre, post, neg, norm, e) -> bool:
    """2019国考, 2022冬奥会: a bare four-digit year right before a word is a date."""
    return (len(num_txt) == 4 and num_txt[0] in "12" and num_txt.isdigit() and 1900 <= int(num_txt) <= 2099
            and not (mult or suf or mid or pre or post or neg)
            and e < len(norm) and "\u4e00" <= norm[e] <= "\u9fff")


def _degrees(norm: str, s: int, e: int) -> tuple[str, str]:
    """度 after a number: a temperature (℃ or ℉), a kilowatt-hour, or a bare number of degrees."""
    around = _clause_around(norm, s, e)
    if any(c in around for c in L.FAHRENHEIT_CUES):
        return "temperature", "℉"
    if any(c in around for c in L.CELSIUS_CUES):
        return "temperature", "℃"
    if any(c in around for c in L.ELECTRICITY_CUES):
        return "energy", "千瓦时"
    return "number", "度"


def _compound(nm, ne, shift, ndec, unit_txt, sub_txt):
    """1小时45分钟 -> (105, 0, False, 0, '分钟'); 5元3角 -> 5.3 元; None when the parts do not join."""
    if not unit_txt or ndec or ne + shift < 0 or unit_txt not in _UNITS:
        return None
    current = _UNITS[unit_txt][1]
    total = nm * 10 ** (ne + shift)
    parts = 0
    for part in _SUB_PART.finditer(sub_txt):
        n_txt, word = part.groups()
        factor = L.COMPOUND_UNITS.get(current, {}).get(word)
        if factor is None:
            return None
        n = int(n_txt) if n_txt[0] in _DIGITS else read_numeral(n_txt).mantissa
        if n >= factor:
            return None                       # 1小时75分钟 is not one duration
        total = total * factor + n
        current = word if current in ("角", "毛") else L.COMPOUND_NAMES.get(word, word)
        parts += 1
    if not parts:
        return None
    if _UNITS[unit_txt][1] == "元":           # money stays in 元: 5元3角 is 5.3 元
        places = 1 if current in ("角", "毛") else 2
        return total, -places, True, 0, "元"
    return total, 0, False, 0, current


def _append_bound(out: list[Mention], x: Mention, norm: str, raw: str) -> None:
    """Append an at-least or at-most mention; with the bound just before it, make one range.

    大于10小于20, 18岁以上、60岁以下, 不大于50不小于20: two bounds side by side, only
    punctuation or 并/且/同时 between, the lower below the upper, in one unit.
    """
    if out:
        a = out[-1]
        if a.is_claim and {a.qualifier, x.qualifier} == _BOUND_PAIR and x.start - a.end <= 4 \
                and _BETWEEN_BOUNDS.fullmatch(norm, a.end, x.start) \
                and (a.unit == x.unit or a.unit is None or x.unit is None) \
                and a.value is not None and x.value is not None:
            lo, hi = (a, x) if a.qualifier == "at_least" else (x, a)
            if lo.value < hi.value:
                kind = a.kind if a.kind != "number" else x.kind
                out[-1] = make_mention(a.start, x.end, raw[a.start:x.end], (lo.value + hi.value) / 2,
                                       a.unit or x.unit, "range", lo.low, hi.high, kind, True)
                return
    out.append(x)


_BOUND_PAIR = {"at_least", "at_most"}


_HANDLERS = {
    **{name: _rule for name in RULE_KINDS},
    "ph": _phrase,
    "vp": _valued,
    "d": _date,
    "dn": _dotted,
    "f": _fraction,
    "sl": _slash,
    "x": _doubling,
    "ra": _ratio,
    "k": _rank,
    "c": _compare,
    "q": _quantity,
    "w": _leftover,
}
