"""The scanner: one regular-expression pass, then a short reading per match.

:func:`find_quantities` maps full-width digits and letters to ASCII one
character for one character (so offsets are kept), runs
:data:`patterns.MASTER` over the text once, and turns each match into one
:class:`Mention` (a ratio into one per part). A reading looks only at the
match's groups and at a few characters around it, so the work is linear in the
length of the text. Pure functions of a numeral string (its value, its
interval) are memoised; nothing that depends on context is.

>>> [(m.text, m.value, m.unit, m.qualifier, m.low, m.high) for m in find_quantities("带动贫困户8万余人脱贫")]
[('8万余人', 80000.0, '人', 'at_least', 80000.0, 90000.0)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L
from .intervals import exact_bounds, few_bounds, next_unit_bounds, qualify, several_bounds
from .mention import Mention, make_mention
from .numerals import last_nonzero_exp, multiplier_exp, parse_arabic, parse_chinese, to_float
from .patterns import ARABIC_RE, MASTER, NORMALISE, RULE_KINDS

_NEEDS_NORMALISING = re.compile("[" + "".join(L.NORMALISE) + "]").search

_CLAIM = L.CLAIM_KINDS
_QUAL = {q.word: (q.qualifier, q.inclusive) for q in L.QUALIFIERS}
_BIG = "万亿"
_SMALL_BIG = "十百千万亿"
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

# unit surface -> (kind, unit, exponent, mid) for every unit the pattern can match
_UNITS = {s: (k, u, e, None) for s, (k, u, e) in L.UNITS.items()}
_UNITS.update({
    "个" + mid + noun: ("duration", unit, 0, mid)
    for noun, unit in L.GE_TIME_NOUNS.items() for mid in "多余半"
})

_Q_GROUPS = ("q_pre", "q_neg", "q_vague", "q_num", "q_mult", "q_mid", "q_mult2", "q_suf",
             "q_unit", "q_sep", "q_half", "q_more", "q_post")


def find_quantities(text: str) -> list[Mention]:
    """Every numeric mention in ``text``, sorted by start, non-overlapping.

    Every numeral character (Arabic digits, half or full width, and
    零〇一二两三四五六七八九十百千万亿半) lies inside exactly one mention.
    The input is not modified.

    >>> [(m.text, m.value, m.unit, m.kind) for m in find_quantities("安排实施了288个援建项目,县均6200万元")]
    [('288个', 288.0, '个', 'count'), ('6200万元', 62000000.0, '元', 'money')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    norm = text.translate(NORMALISE) if _NEEDS_NORMALISING(text) else text
    out: list[Mention] = []
    handlers = _HANDLERS
    for m in MASTER.finditer(norm):
        handlers[m.lastgroup](m, norm, text, out)
    return out


# ------------------------------------------------------------------- helpers


def _non_claim(out, raw, s, e, kind, value=None, unit=None):
    out.append(make_mention(s, e, raw[s:e], value, unit, "exact", None, None, kind, False))


@lru_cache(maxsize=8192)
def _read(num: str, mult: str | None = None):
    """(mantissa, exponent, has_decimals, shift) of a numeral + optional multiplier; None if unreadable."""
    shift = multiplier_exp(mult) if mult else 0
    if num[0] in _DIGITS:
        m, e, dec = parse_arabic(num)
        return m, e, dec, shift
    if num in _HALVES:
        return 5, -1, True, shift
    # a Chinese numeral ending in 万/亿 counts in those units when nothing before
    # them is a 万/亿 section: 十万 is 10 × 万, 三千五百万 is 3500 × 万, but
    # 一亿零一万 is read whole
    j = len(num)
    while j and num[j - 1] in _BIG:
        j -= 1
    if j < len(num) and "点" not in num and not any(c in _BIG for c in num[:j]):
        shift += multiplier_exp(num[j:])
        num = num[:j] or "一"
    parsed = parse_chinese(num)
    if parsed is None:
        return None
    return parsed[0], parsed[1], parsed[2], shift


_bounds = lru_cache(maxsize=8192)(exact_bounds)


def clear_caches() -> None:
    """Forget memoised numeral readings (the benchmark does, so that repeats cost the same)."""
    _read.cache_clear()
    _bounds.cache_clear()


def _adjacent_digits(num: str):
    """三四 / 五六十: two consecutive Chinese digits read as a small range, else None."""
    if len(num) < 2 or num[0] == "两":
        return None
    a = L.CN_DIGITS.get(num[0])
    b = L.CN_DIGITS.get(num[1])
    if not a or not b or b != a + 1:
        return None
    rest = num[2:]
    if any(ch not in _SMALL_BIG for ch in rest):
        return None
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


# ------------------------------------------------------------------ readings


_PHRASE_KINDS = {p: kind for p, (kind, _) in L.PHRASES.items()}


def _phrase(m, norm, raw, out):
    s, e = m.span()
    out.append(make_mention(s, e, raw[s:e], None, None, "exact", None, None, _PHRASE_KINDS[m.group()], False))


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
        year = int(t[:4]) if t[0] in _DIGITS else parse_chinese(t[:4])[0]
        if t[0] in _DIGITS and _preceded_by(norm, s, _DURATION_CUES):  # 历时2000年 is a duration
            low, high = _bounds(year, 0, False, 0, "duration")
            out.append(make_mention(s, e, raw[s:e], float(year), "年", "exact", low, high, "duration", True))
            return
        _non_claim(out, raw, s, e, "date", float(year), "年")
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


def _fraction(m, norm, raw, out):
    s, e = m.span()
    pre, den_txt, num_txt, suf, num2_txt, post = m.group("f_pre", "f_den", "f_num", "f_suf", "f_num2", "f_post")
    den = _read(den_txt)
    num = _read(num_txt)
    num2 = _read(num2_txt) if num2_txt else None
    if den is None or num is None or den[0] == 0 or (num2_txt and num2 is None):
        _non_claim(out, raw, s, e, "word")
        return
    d = to_float(den[0], den[1] + den[3])
    if d == 100.0:
        kind, scale = "percent", 1.0
    elif d == 1000.0:
        kind, scale = "percent", 0.1
    else:
        kind, scale = "fraction", 100.0 / d
    nm, ne, ndec, nshift = num
    value = to_float(nm, ne + nshift)
    if num2 is not None:  # 百分之三十至四十
        low = _bounds(nm, ne, ndec, nshift, kind)[0]
        high = _bounds(num2[0], num2[1], num2[2], num2[3], kind)[1]
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
    word = pre or post
    if word and qualifier == "exact":
        qualifier, inclusive = _QUAL[word]
        low, high = qualify(value, low, high, qualifier, word, inclusive, False)
    out.append(make_mention(s, e, raw[s:e], value, "%", qualifier, low, high, kind, True))


def _doubling(m, norm, raw, out):
    s, e = m.span()
    n = m.group("x_n")
    power = int(n) if n in _DIGITS else L.CN_DIGITS[n]
    low, high = _bounds(2 ** power, 0, False, 0, "multiple")
    out.append(make_mention(s, e, raw[s:e], float(2 ** power), "倍", "exact", low, high, "multiple", True))


def _range(out, raw, s, e, pre, neg, a_txt, ma, ua_txt, bneg, b_txt, mb, ub_txt):
    """35~36℃, 0.8%-1.5%, 2至3年, 10-20万人: [low end's low, high end's high), value the midpoint."""
    a = _read(a_txt, ma)
    b = _read(b_txt, mb)
    if a is None or b is None:
        _non_claim(out, raw, s, e, "word")
        return
    if neg:
        a = (-a[0], a[1], a[2], a[3])
    if bneg:
        b = (-b[0], b[1], b[2], b[3])
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
    if pre and _QUAL[pre][0] == "approx":  # 约2至3年: widen both ends by the tolerance
        spread = max(abs(va), abs(vb)) * L.APPROX_TOLERANCE
        low, high = min(low, min(va, vb) - spread), max(high, max(va, vb) + spread)
    out.append(make_mention(s, e, raw[s:e], value, unit, "range", low, high, kind, kind in _CLAIM))


def _ratio(m, norm, raw, out):
    for part in ARABIC_RE.finditer(norm, m.start(), m.end()):
        ps, pe = part.span()
        pm, pexp, pdec = parse_arabic(part.group())
        low, high = _bounds(pm, pexp, pdec, 0, "ratio")
        out.append(make_mention(ps, pe, raw[ps:pe], to_float(pm, pexp), None, "exact", low, high, "ratio", True))


def _rank(m, norm, raw, out):
    s, e = m.span()
    num_txt, unit = m.group("k_num", "k_unit")
    num = _read(num_txt)
    if num is None:
        _non_claim(out, raw, s, e, "word")
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
    pre, neg, vague, num_txt, mult, mid, mult2, suf, unit_txt, sep, half, more_after, post = m.group(*_Q_GROUPS)
    s, e = m.span()
    if mid:
        mult = (mult or "") + mult2
    if sep:
        bneg, b_txt, mb, ub_txt = m.group("q_bneg", "q_b", "q_mb", "q_ub")
        _range(out, raw, s, e, pre, neg, num_txt, mult, unit_txt, bneg, b_txt, mb, ub_txt)
        return
    if unit_txt:
        kind, unit, uexp, unit_mid = _UNITS[unit_txt]
    else:
        kind = unit = unit_mid = None
        uexp = 0

    is_cn = num_txt[0] not in _DIGITS
    is_half = is_cn and num_txt in _HALVES

    if is_cn and not is_half:
        if num_txt == "一" and unit_txt in L.ARTICLE_CLASSIFIERS and not (pre or suf or mid or post) \
                and not _preceded_by(norm, s, _ONE_CUES):
            _non_claim(out, raw, s, e, "article", 1.0, unit)  # 交出了一份优异答卷
            return
        adjacent = None if vague else _adjacent_digits(num_txt)
        if adjacent is not None:  # 三四个, 五六十人
            a, b, rexp = adjacent
            shift = rexp + uexp + (multiplier_exp(mult) if mult else 0)
            rkind = kind or "range"
            low = _bounds(a, 0, False, shift, rkind)[0]
            high = _bounds(b, 0, False, shift, rkind)[1]
            value = (to_float(a, shift) + to_float(b, shift)) / 2
            out.append(make_mention(s, e, raw[s:e], value, unit, "range", low, high, rkind, rkind in _CLAIM))
            return

    num = _read(num_txt, mult)
    if num is None:
        _non_claim(out, raw, s, e, "word")
        return
    nm, ne, ndec, shift = num
    shift += uexp
    if neg:
        nm = -nm

    if kind is None:
        if is_half:
            if not (pre or post):
                _non_claim(out, raw, s, e, "word")  # a lone 半
                return
            kind, unit, shift = "fraction", "%", shift + 2  # 过半, 半数以上: 50 %
        elif is_cn and len(num_txt) == 1 and not (pre or suf or mid or post or mult or vague):
            if num_txt in _BIG:
                _non_claim(out, raw, s, e, "unit_word")  # a bare 万 / 亿
            else:
                _non_claim(out, raw, s, e, "word")  # a lone Chinese digit: 六和, 三大…
            return
        else:
            head = _head_after(norm, e)
            if head is not None:
                kind, unit = head  # 7.34亿财政帮扶资金, 1.82万剩余贫困人口
            elif mult and _preceded_by(norm, s, _MONEY_BEFORE):
                kind, unit = "money", "元"
            else:
                kind = "number"
    elif is_half and num_txt != "半":
        kind, unit, shift = "fraction", "%", shift + 2  # 一半 / 半数 before a unit-like word

    if unit_mid == "半" or half:  # 一个半月, 两年半, 八成半
        nm, ne, ndec = nm * 10 + (5 if nm >= 0 else -5), ne - 1, True

    value = to_float(nm, ne + shift)
    qualifier = "exact"
    more = suf or mid or (unit_mid if unit_mid != "半" else None) or more_after
    if vague:  # 数十万, 几百
        low, high = several_bounds(last_nonzero_exp(nm, ne) + shift)
        value, qualifier = None, "range"
    elif more == "几":  # 十几, 十几万
        low, high = few_bounds(nm, ne, shift)
        value, qualifier = None, "range"
    elif more:  # 8万余, 3500多, 一个多月, 一年多
        low, high = next_unit_bounds(nm, ne, shift)
        qualifier = "at_least"
    else:
        low, high = _bounds(nm, ne, ndec, shift, kind)
        if low < 0 <= value and kind not in _SIGNED_KINDS:
            low = 0.0  # 0% is [0, 0.5): magnitudes are not negative
        word = pre or post
        if word:
            qualifier, inclusive = _QUAL[word]
            if word == "近" and kind == "duration" and norm.startswith(_RECENT, e):
                qualifier = "exact"  # 近3年来: the recent three years
            else:
                low, high = qualify(value, low, high, qualifier, word, inclusive, kind in _SIGNED_KINDS)
    out.append(make_mention(s, e, raw[s:e], value, unit, qualifier, low, high, kind, kind in _CLAIM))


_HANDLERS = {
    **{name: _rule for name in RULE_KINDS},
    "ph": _phrase,
    "d": _date,
    "f": _fraction,
    "x": _doubling,
    "ra": _ratio,
    "k": _rank,
    "q": _quantity,
    "w": _leftover,
}
