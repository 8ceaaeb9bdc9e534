"""The scanner: one regular-expression pass, then a small reading per match.

:func:`find_quantities` normalises the text one character for one character
(full-width digits and punctuation to ASCII, so offsets are kept), runs
:data:`patterns.MASTER` over it once, and turns each match into one
:class:`Mention` (a ratio into one per part). The reading of a match looks only
at the match's groups and at a few characters around it, so the work is linear
in the length of the text.

>>> [(m.text, m.value, m.unit, m.qualifier, m.low, m.high) for m in find_quantities("带动贫困户8万余人脱贫")]
[('8万余人', 80000.0, '人', 'at_least', 80000.0, 90000.0)]
"""

from __future__ import annotations

import re

from . import lexicon as L
from .intervals import INF, exact_bounds, few_bounds, next_unit_bounds, qualify, several_bounds
from .mention import Mention
from .numerals import last_nonzero_exp, multiplier_exp, parse_arabic, parse_chinese, to_float
from .patterns import ARABIC_RE, MASTER, NORMALISE, RULE_KINDS

_NEEDS_NORMALISING = re.compile("[" + "".join(L.NORMALISE) + "]").search

_CLAIM = L.CLAIM_KINDS
_QUAL = {q.word: (q.qualifier, q.inclusive) for q in L.QUALIFIERS}
_BIG = "万亿"
_SMALL_BIG = "十百千万亿"
_DIGIT_VALUES = L.CN_DIGITS
_SIGNED_KINDS = frozenset({"temperature"})
_MONEY = tuple(L.MONEY_NOUNS)
_HEADS = tuple(L.COUNT_HEADS.items())
_CLAUSE_END = frozenset(L.CLAUSE_END)
_YEAR_UNITS = frozenset({"年"})


def find_quantities(text: str) -> list[Mention]:
    """Every numeric mention in ``text``, sorted by start, non-overlapping.

    Every numeral character (Arabic digits, half or full width, and
    零〇一二两三四五六七八九十百千万亿半) lies inside exactly one mention.

    >>> [(m.text, m.value, m.unit, m.kind) for m in find_quantities("安排实施了288个援建项目,县均6200万元")]
    [('288个', 288.0, '个', 'count'), ('6200万元', 62000000.0, '元', 'money')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    norm = text.translate(NORMALISE) if _NEEDS_NORMALISING(text) else text
    out: list[Mention] = []
    handlers = _HANDLERS
    for m in MASTER.finditer(norm):
        handlers.get(m.lastgroup, _rule)(m, norm, text, out)
    return out


# ------------------------------------------------------------------- helpers


def _mention(out, raw, s, e, value, unit, qualifier, low, high, kind):
    out.append(Mention(s, e, raw[s:e], value, unit, qualifier, low, high, kind, kind in _CLAIM))


def _non_claim(out, raw, s, e, kind, value=None, unit=None):
    out.append(Mention(s, e, raw[s:e], value, unit, "exact", None, None, kind, False))


def _read(num: str, mult: str | None = None):
    """(mantissa, exponent, has_decimals, shift) of a numeral + optional multiplier; None if unreadable."""
    shift = multiplier_exp(mult) if mult else 0
    c = num[0]
    if "0" <= c <= "9":
        m, e, dec = parse_arabic(num)
        return m, e, dec, shift
    if num in ("半", "一半", "半数"):
        return 5, -1, True, shift
    # a Chinese numeral ending in 万/亿 counts in those units: 十万 is 10 × 万
    j = len(num)
    while j and num[j - 1] in _BIG:
        j -= 1
    if j < len(num) and "点" not in num:
        shift += multiplier_exp(num[j:])
        num = num[:j] or "一"
    parsed = parse_chinese(num)
    if parsed is None:
        return None
    return parsed[0], parsed[1], parsed[2], shift


def _adjacent_digits(num: str):
    """三四 / 五六十: two consecutive Chinese digits read as a small range, else None."""
    if len(num) < 2:
        return None
    a = _DIGIT_VALUES.get(num[0])
    b = _DIGIT_VALUES.get(num[1])
    if not a or not b or b != a + 1 or num[0] == "两":
        return None
    rest = num[2:]
    if any(ch not in _SMALL_BIG for ch in rest):
        return None
    return a, b, multiplier_exp(rest) if rest else 0


def _unit_info(unit_txt: str):
    """(kind, unit, exponent, mid) of a matched unit; mid is 多/余/半 in 一个多月."""
    info = L.UNITS.get(unit_txt)
    if info is not None:
        return info[0], info[1], info[2], None
    # 个多月 / 个半小时
    mid = unit_txt[1]
    noun = unit_txt[2:]
    return "duration", L.GE_TIME_NOUNS[noun], 0, mid


def _head_after(norm: str, end: int):
    """Unit implied by the words after a bare number: money nouns, or a counted head noun."""
    window = norm[end:end + L.HEAD_WINDOW]
    for i, ch in enumerate(window):
        if ch in _CLAUSE_END or "0" <= ch <= "9":
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


def _preceded_by(norm: str, start: int, words) -> bool:
    before = norm[max(0, start - 4):start]
    return before.endswith(tuple(words))


# ------------------------------------------------------------------ readings


def _phrase(m, norm, raw, out):
    s, e = m.span()
    _non_claim(out, raw, s, e, L.PHRASES[m.group()][0])


def _rule(m, norm, raw, out):
    s, e = m.span()
    _non_claim(out, raw, s, e, RULE_KINDS[m.lastgroup])


def _leftover(m, norm, raw, out):
    s, e = m.span()
    _non_claim(out, raw, s, e, "word")


def _date(m, norm, raw, out):
    s, e = m.span()
    t = m.group()
    if len(t) == 5 and t[4] == "年" and t[0] in "12":
        year = int(t[:4])
        if _preceded_by(norm, s, L.DURATION_CUES):  # 历时2000年 is a duration
            low, high = exact_bounds(year, 0, False, 0, "duration")
            _mention(out, raw, s, e, float(year), "年", "exact", low, high, "duration")
            return
        _non_claim(out, raw, s, e, "date", float(year), "年")
        return
    if "时" in t or "分" in t or ":" in t:
        kind = "time"
    elif any(w in t for w in ("度", "份", "季", "代", "世纪", "~", "-", "—", "–", "至", "到")):
        kind = "period"
    else:
        kind = "date"
    _non_claim(out, raw, s, e, kind)


def _fraction(m, norm, raw, out):
    s, e = m.span()
    den = _read(m.group("f_den"))
    num = _read(m.group("f_num"))
    if den is None or num is None or den[0] == 0:
        _non_claim(out, raw, s, e, "word")
        return
    d = to_float(den[0], den[1] + den[3])
    nm, ne, ndec, nshift = num
    value = to_float(nm, ne + nshift)
    if m.group("f_suf"):
        low, high = next_unit_bounds(nm, ne, nshift)
        qualifier = "at_least"
    else:
        low, high = exact_bounds(nm, ne, ndec, nshift, "fraction")
        qualifier = "exact"
    if d == 100.0:
        kind, scale = "percent", 1.0
    elif d == 1000.0:
        kind, scale = "percent", 0.1
    else:
        kind, scale = "fraction", 100.0 / d
    value, low, high = value * scale, low * scale, high * scale
    word = m.group("f_pre") or m.group("f_post")
    if word and qualifier == "exact":
        qualifier, inclusive = _QUAL[word]
        low, high = qualify(value, low, high, qualifier, word, inclusive, False)
    _mention(out, raw, s, e, value, "%", qualifier, low, high, kind)


def _range(m, norm, raw, out):
    s, e = m.span()
    ma, mb = m.group("r_ma"), m.group("r_mb")
    a = _read(m.group("r_a"), ma)
    b = _read(m.group("r_b"), mb)
    if a is None or b is None:
        _non_claim(out, raw, s, e, "word")
        return
    unit_txt = m.group("r_ub") or m.group("r_ua")
    kind, unit, uexp = ("range", None, 0)
    if unit_txt:
        kind, unit, uexp, _ = _unit_info(unit_txt)
    if not ma and b[3] and not m.group("r_ua"):  # 10-20万: the multiplier serves both ends
        if to_float(a[0], a[1] + b[3]) <= to_float(b[0], b[1] + b[3]):
            a = (a[0], a[1], a[2], b[3])
    if unit == "年" and all(not x[2] and 1800 <= x[0] * 10 ** x[1] <= 2199 and not x[3] for x in (a, b)):
        _non_claim(out, raw, s, e, "period")  # 2020-2022年
        return
    # each end takes its own unit's exponent, or the other end's (2至3年, 5000元-1万元)
    ua_txt, ub_txt = m.group("r_ua"), m.group("r_ub")
    ea = _unit_info(ua_txt)[2] if ua_txt else uexp
    eb = _unit_info(ub_txt)[2] if ub_txt else ea
    va = to_float(a[0], a[1] + a[3] + ea)
    vb = to_float(b[0], b[1] + b[3] + eb)
    la, ha = exact_bounds(a[0], a[1], a[2], a[3] + ea, kind)
    lb, hb = exact_bounds(b[0], b[1], b[2], b[3] + eb, kind)
    low, high = min(la, lb), max(ha, hb)
    value = (va + vb) / 2
    pre = m.group("r_pre")
    if pre and _QUAL[pre][0] == "approx":
        spread = abs(value) * L.APPROX_TOLERANCE
        low, high = min(low, min(va, vb) - spread), max(high, max(va, vb) + spread)
    _mention(out, raw, s, e, value, unit, "range", low, high, kind)


def _ratio(m, norm, raw, out):
    s = m.start()
    for part in ARABIC_RE.finditer(norm, s, m.end()):
        ps, pe = part.span()
        pm, pe_, pdec = parse_arabic(part.group())
        low, high = exact_bounds(pm, pe_, pdec, 0, "ratio")
        _mention(out, raw, ps, pe, to_float(pm, pe_), None, "exact", low, high, "ratio")


def _rank(m, norm, raw, out):
    s, e = m.span()
    num = _read(m.group("k_num"))
    unit = m.group("k_unit")
    if num is None:
        _non_claim(out, raw, s, e, "word")
        return
    nm, ne, ndec, shift = num
    value = to_float(nm, ne + shift)
    if unit in L.ORDINAL_CLASSIFIERS:
        _non_claim(out, raw, s, e, "ordinal", value, unit)
        return
    if unit:
        unit = L.UNITS[unit][1] if unit in L.UNITS and L.UNITS[unit][0] == "count" else unit
    low, high = exact_bounds(nm, ne, ndec, shift, "rank")
    _mention(out, raw, s, e, value, unit, "exact", low, high, "rank")


def _quantity(m, norm, raw, out):
    s, e = m.span()
    g = m.group
    num_txt = g("q_num")
    unit_txt = g("q_unit")
    pre = g("q_pre")
    mult = g("q_mult")
    mid = g("q_mid")
    if mid:
        mult = (mult or "") + g("q_mult2")
    suf = g("q_suf")
    post = g("q_post")
    vague = g("q_vague")

    kind = unit = None
    uexp = 0
    unit_mid = None
    if unit_txt:
        kind, unit, uexp, unit_mid = _unit_info(unit_txt)

    is_cn = not ("0" <= num_txt[0] <= "9")
    is_half = num_txt in ("半", "一半", "半数")

    # ---- non-claims decided by the shape of the number
    if is_cn and not is_half:
        if num_txt == "一" and unit_txt in L.ARTICLE_CLASSIFIERS and not (pre or suf or mid or post) \
                and not _preceded_by(norm, s, L.ONE_AS_COUNT_CUES):
            _non_claim(out, raw, s, e, "article", 1.0, unit)  # 交出了一份优异答卷
            return
        adj = _adjacent_digits(num_txt)
        if adj is not None and not vague:
            a, b, rexp = adj
            shift = rexp + uexp + (multiplier_exp(mult) if mult else 0)
            la, _ = exact_bounds(a, 0, False, shift, kind or "range")
            _, hb = exact_bounds(b, 0, False, shift, kind or "range")
            value = (to_float(a, shift) + to_float(b, shift)) / 2
            _mention(out, raw, s, e, value, unit, "range", la, hb, kind or "range")
            return

    num = _read(num_txt, mult)
    if num is None:
        _non_claim(out, raw, s, e, "word")
        return
    nm, ne, ndec, shift = num
    shift += uexp
    if g("q_neg"):
        nm = -nm

    if kind is None:
        if is_half:
            if not (pre or post):
                _non_claim(out, raw, s, e, "word")  # a lone 半
                return
            kind, unit, shift = "fraction", "%", shift + 2  # 过半 / 半数以上: 50 %
        else:
            head = _head_after(norm, e) if not (is_cn and len(num_txt) == 1) else None
            if head is not None:
                kind, unit = head
            elif is_cn and len(num_txt) == 1 and not (pre or suf or mid or post or mult or vague):
                _non_claim(out, raw, s, e, "word")  # a lone Chinese digit: 六和, 三大…
                return
            elif is_cn and num_txt[0] in _BIG and len(num_txt) == 1 and not pre:
                _non_claim(out, raw, s, e, "unit_word")
                return
            elif mult and _preceded_by(norm, s, ("投资", "资金", "捐助", "捐赠", "捐款", "销售额", "收入")):
                kind, unit = "money", "元"
            else:
                kind = "number"
    elif is_half and num_txt != "半":
        kind, unit, shift = "fraction", "%", shift + 2  # 一半 / 半数 before a unit-like word

    if unit_mid == "半" or g("q_half"):
        nm, ne, ndec = nm * 10 + (5 if nm >= 0 else -5), ne - 1, True  # 一个半月, 两年半, 八成半

    value = to_float(nm, ne + shift)
    qualifier = "exact"
    more = suf or mid or unit_mid in ("多", "余") or g("q_more")
    if vague:  # 数十万 / 几百
        low, high = several_bounds(last_nonzero_exp(nm, ne) + shift)
        value, qualifier = None, "range"
    elif more in ("几",):  # 十几 / 十几万
        low, high = few_bounds(nm, ne, shift)
        value, qualifier = None, "range"
    elif more:  # 8万余, 3500多, 一个多月, 一年多
        low, high = next_unit_bounds(nm, ne, shift)
        qualifier = "at_least"
    else:
        low, high = exact_bounds(nm, ne, ndec, shift, kind)
        if low < 0 <= value and kind not in _SIGNED_KINDS:
            low = 0.0  # 0% is [0, 0.5): magnitudes are not negative
        word = pre or post
        if word:
            qualifier, inclusive = _QUAL[word]
            if word == "近" and kind == "duration" and norm.startswith(L.RECENT_DURATION_FOLLOWERS, e):
                qualifier = "exact"  # 近3年来: the recent three years
            else:
                low, high = qualify(value, low, high, qualifier, word, inclusive, kind in _SIGNED_KINDS)
    _mention(out, raw, s, e, value, unit, qualifier, low, high, kind)


_HANDLERS = {
    "ph": _phrase,
    "d": _date,
    "f": _fraction,
    "rg": _range,
    "ra": _ratio,
    "k": _rank,
    "q": _quantity,
    "w": _leftover,
}
