"""Numeral strings to exact numbers.

A number is kept as a *decimal pair* ``(m, e)`` meaning ``m × 10**e`` with an
integer mantissa, so 54.58万 is ``(5458, 2)`` and nothing is lost to binary
floating point until :func:`to_float`. Whether the text wrote decimal places is
returned too, because it decides the precision the text implies (see
``intervals.py``).

Arabic numerals may carry thousands separators (13,450) and are expected in
ASCII (the scanner maps full-width digits first). Chinese numerals are read by
:func:`read_numeral`, which takes the longest *well-formed* numeral at the start
of a string: positional numerals (一万二千三百, 两千, 十二, 一百零五, 五兆六十二亿),
Arabic digits inside them (5万4千6百, 3万4000, 2千零30万), 点 decimals (九点一,
两千万点五), the colloquial dropped last unit (一万五 = 15000, 三千二 = 3200,
百三 = 130) and stacked multipliers at the end (四万万 = 4亿, 三十万亿). A string
that is not well formed is read up to where it stops being so: 五十千 is 五十 and
a stray 千, never 1050; 两 after a complete numeral is the weight unit (二两,
三千两百两), never a dropped digit.

Digit strings without units (二〇二一, 九九, 三八) are returned as *sequences*:
the scanner decides what they are (a year, a discount, a name).

>>> parse_arabic("13,450")
(13450, 0, False)
>>> parse_arabic("54.58")
(5458, -2, True)
>>> parse_chinese("一万二千三百四十五")
(12345, 0, False)
>>> parse_chinese("九点一")
(91, -1, True)
>>> to_float(5458, 2)
545800.0
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .lexicon import CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS

Decimal = tuple[int, int]  # (mantissa, exponent): value = mantissa * 10**exponent

_MULTIPLIER_EXP = {**CN_SMALL_UNITS, **CN_BIG_UNITS, "k": 3}
#: A written numeral longer than this many digits is not a figure (an identifier,
#: or hostile text): it is reported as an overflow, never converted.
MAX_DIGITS = 30
#: A value of 10**MAX_EXP or more is not a figure either (一亿亿亿亿…).
MAX_EXP = 60
_LIMIT = 10 ** MAX_EXP
#: The colloquial dropped unit: 一万五 (after 万, ×1000), 三千二 (after 千, ×100) …
_TAIL = {1: 1, 2: 10, 3: 100, 4: 1000, 8: 10 ** 7, 12: 10 ** 11}
_ASCII = "0123456789"


class Numeral(NamedTuple):
    """What :func:`read_numeral` read: ``mantissa × 10**exp``.

    ``consumed`` is how many characters of the string are the numeral; ``form`` is
    ``positional`` (一万二千, 5万4千), ``sequence`` (二〇二一, 九九: digits without
    units) or ``overflow`` (too long or too large to be a figure; mantissa 0).
    ``multiplied`` says the value ends in a 万/亿 multiplier folded into ``exp``
    (十万 is ``(10, 4)``, 三千五百万 ``(3500, 4)``).
    """

    mantissa: int
    exp: int
    decimals: bool
    consumed: int
    form: str
    multiplied: bool


def parse_arabic(s: str) -> tuple[int, int, bool]:
    """Read ASCII digits with optional thousands commas and a decimal point.

    Returns ``(mantissa, exponent, has_decimals)``. Callers keep strings to
    :data:`MAX_DIGITS` digits (:func:`too_long`).

    >>> parse_arabic("7.34")
    (734, -2, True)
    >>> parse_arabic(".5")
    (5, -1, True)
    """
    if "," in s:
        s = s.replace(",", "")
    point = s.find(".")
    if point < 0:
        return int(s), 0, False
    frac = s[point + 1:]
    return int(s[:point] + frac or "0"), -len(frac), True


def too_long(s: str) -> bool:
    """True when a written numeral has more than :data:`MAX_DIGITS` characters."""
    return len(s) > MAX_DIGITS + 8  # room for separators and a decimal point


def multiplier_exp(s: str) -> int:
    """Power of ten of a multiplier string: 万 -> 4, 亿 -> 8, 千万 -> 7, 万亿 -> 12, k -> 3.

    >>> multiplier_exp("千万")
    7
    """
    return sum(_MULTIPLIER_EXP[c] for c in s)


@lru_cache(maxsize=8192)
def read_numeral(s: str) -> Numeral:
    """The longest well-formed numeral at the start of ``s`` (see the module docstring).

    ``consumed`` is 0 when ``s`` does not start with one (万 alone, 点五).

    >>> read_numeral("五十千")[:4]
    (50, 0, False, 2)
    >>> read_numeral("三千两百两")[:4]
    (3200, 0, False, 4)
    >>> read_numeral("5万4千6百")[:2], read_numeral("四万万")[:2], read_numeral("一点五万")[:3]
    ((54600, 0), (4, 8), (15, 3, True))
    >>> read_numeral("九九").form, read_numeral("一" * 50).form
    ('sequence', 'overflow')
    """
    n = len(s)
    if not n:
        return Numeral(0, 0, False, 0, "positional", False)
    first = s[0]
    # a digit string without units (二〇二一, 九九): the caller decides what it is
    if first in CN_DIGITS and first != "两" and n > 1 and s[1] in CN_DIGITS and s[1] != "两":
        j = 1
        while j < n and s[j] in CN_DIGITS and s[j] != "两":
            j += 1
        if j < n and (s[j] in CN_SMALL_UNITS or s[j] in CN_BIG_UNITS or s[j] == "点"):
            # 二三十, 三四百, 一二点五: not a sequence; only its first digit is a numeral here
            return Numeral(CN_DIGITS[first], 0, False, 1, "positional", False)
        if j > MAX_DIGITS:
            return Numeral(0, 0, False, j, "overflow", False)
        value = 0
        for c in s[:j]:
            value = value * 10 + CN_DIGITS[c]
        return Numeral(value, 0, False, j, "sequence", False)

    total = 0         # completed big sections, already multiplied
    section = 0       # the section below the last big unit
    pending = None    # a digit (or an Arabic number) not yet attached to a unit
    single = False    # pending is one digit (may be a colloquial tail: 一万五)
    small = 4         # exponent of the last small unit in the section (4: none yet)
    big = 99          # exponent of the last big unit (99: none yet)
    zero = False      # a 零 since the last unit
    last_unit = 0     # exponent of the unit just before pending
    chain = 0         # exponent of the trailing run of big units
    before_chain = 0  # the value before that run (when no big unit came earlier)
    foldable = True   # no big unit before the trailing run
    ok_at = 0         # characters consumed by the last well-formed state
    ok_state = None
    i = 0

    def state():
        return (total, section, pending, single, zero, last_unit, chain, before_chain, foldable)

    while i < n:
        c = s[i]
        if c in _ASCII:
            j = i
            while j < n and s[j] in _ASCII:
                j += 1
            if pending is not None or j - i > MAX_DIGITS:
                if j - i > MAX_DIGITS:
                    return Numeral(0, 0, False, j, "overflow", False)
                break
            pending, single = int(s[i:j]), j - i == 1
            if zero or (i and s[i - 1] not in CN_SMALL_UNITS and s[i - 1] not in CN_BIG_UNITS):
                single = False
            chain = 0
            i = j
            ok_at, ok_state = i, state()
            continue
        d = CN_DIGITS.get(c)
        if d is not None:
            if pending:
                break                     # two digits in a row inside a positional numeral
            if d == 0:
                zero = True
                if pending is None and section == 0 and total == 0 and big == 99:
                    pending, single = 0, False  # 零, 零点五 (零十 is ten: see 十 below)
                i += 1
                ok_at, ok_state = i, state()
                continue
            if c == "两" and i and (s[i - 1] in CN_SMALL_UNITS or s[i - 1] in CN_BIG_UNITS) \
                    and (i + 1 >= n or s[i + 1] not in CN_SMALL_UNITS and s[i + 1] not in CN_BIG_UNITS):
                break                     # 两 after a unit, not before one: the weight unit (二两, 两万两)
            pending, single = d, not zero and i > 0
            chain = 0
            i += 1
            ok_at, ok_state = i, state()
            continue
        k = CN_SMALL_UNITS.get(c)
        if k is not None:
            if k >= small:
                break                     # 五十千: units must fall within a section
            if pending:
                section += pending * 10 ** k
            elif k == 1 and (zero or (section == 0 and total == 0 and big == 99)):
                section += 10             # 十二, 零十二
            elif i == 0:
                section += 10 ** k        # 百三, 千三
            else:
                break
            pending, single, zero, small, last_unit, chain = None, False, False, k, k, 0
            i += 1
            ok_at, ok_state = i, state()
            continue
        k = CN_BIG_UNITS.get(c)
        if k is not None:
            group = section + (pending or 0)
            if group == 0 and big == 99:
                break                     # a numeral does not start with 万
            if group == 0 and not zero:   # 四万万, 十万亿: the multipliers stack
                total *= 10 ** k
                big += k
                chain += k
            elif k < big:
                if chain == 0 and big == 99:
                    before_chain, foldable = group, True
                elif chain == 0:
                    foldable = False
                total += group * 10 ** k
                big = k
                chain = k
            else:                         # 一万五千亿: everything before is multiplied
                total = (total + group) * 10 ** k
                big = k
                foldable = False
                chain = k
            if total >= _LIMIT:
                j = i + 1
                while j < n and (s[j] in CN_DIGITS or s[j] in CN_SMALL_UNITS or s[j] in CN_BIG_UNITS
                                 or s[j] in _ASCII):
                    j += 1
                return Numeral(0, 0, False, j, "overflow", False)
            section, pending, single, zero, small, last_unit = 0, None, False, False, 4, k
            i += 1
            ok_at, ok_state = i, state()
            continue
        break
    if ok_state is None:
        return Numeral(0, 0, False, 0, "positional", False)
    total, section, pending, single, zero, last_unit, chain, before_chain, foldable = ok_state
    i = ok_at
    if pending is not None and single and last_unit in _TAIL and (i >= n or s[i] == "点"):
        pending *= _TAIL[last_unit]       # 一万五, 三千二, 一百五, 两千三点一
    value = total + section + (pending or 0)
    if i < n and s[i] == "点":
        j = i + 1
        while j < n and s[j] in CN_DIGITS and s[j] != "两" and j - i <= MAX_DIGITS:
            j += 1
        if j > i + 1:
            frac = 0
            for c in s[i + 1:j]:
                frac = frac * 10 + CN_DIGITS[c]
            places = j - i - 1
            shift = 0
            while j < n and s[j] in CN_BIG_UNITS:  # 一点五万
                shift += CN_BIG_UNITS[s[j]]
                j += 1
            return Numeral(value * 10 ** places + frac, shift - places, True, j, "positional", shift > 0)
    if chain and foldable and pending is None and section == 0:
        return Numeral(before_chain if before_chain else value // 10 ** chain, chain, False, i,
                       "positional", True)
    return Numeral(value, 0, False, i, "positional", False)


def parse_chinese(s: str) -> tuple[int, int, bool] | None:
    """Read a whole Chinese numeral (optionally with 点 decimals); None if not all of it is one.

    >>> parse_chinese("两千")
    (2000, 0, False)
    >>> parse_chinese("二〇二一")
    (2021, 0, False)
    >>> parse_chinese("一万五")
    (15000, 0, False)
    >>> parse_chinese("三亿五千万")
    (350000000, 0, False)
    """
    r = read_numeral(s)
    if r.consumed != len(s) or r.form == "overflow" or not s:
        return None
    return r.mantissa * 10 ** r.exp if r.exp > 0 else r.mantissa, min(r.exp, 0), r.decimals


def to_float(m: int, e: int) -> float:
    """Float of ``m × 10**e``, correctly rounded.

    >>> to_float(734, 6)
    734000000.0
    """
    if e >= 0:
        return float(m * 10 ** e)
    return m / 10 ** -e


def last_nonzero_exp(m: int, e: int) -> int:
    """Exponent of the last non-zero digit of ``m × 10**e`` (``e`` for zero).

    >>> last_nonzero_exp(380, 4), last_nonzero_exp(145, 2)
    (5, 2)
    """
    if m == 0:
        return e
    while m % 10 == 0:
        m //= 10
        e += 1
    return e


def magnitude(m: int, e: int) -> int:
    """Roughly the power of ten of ``m × 10**e`` (for overflow checks, without big powers).

    >>> magnitude(734, 6)
    8
    """
    return len(str(abs(m))) - 1 + e if m else e
