"""Numeral strings to exact numbers.

A number is kept as a *decimal pair* ``(m, e)`` meaning ``m × 10**e`` with an
integer mantissa, so 54.58万 is ``(5458, 2)`` and nothing is lost to binary
floating point until :func:`to_float`. Whether the text wrote decimal places is
returned too, because it decides the precision the text implies (see
``intervals.py``).

Arabic numerals may carry thousands separators (13,450) and are expected in
ASCII (the scanner maps full-width digits first). Chinese numerals are read in
the positional way (一万二千三百, 两千, 十二, 一百零五), as digit sequences
(二〇二一), with 点 decimals (九点一) and with the colloquial dropped last unit
(一万五 = 15000, 三千二 = 3200).

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

from .lexicon import CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS

Decimal = tuple[int, int]  # (mantissa, exponent): value = mantissa * 10**exponent

_MULTIPLIER_EXP = {**CN_SMALL_UNITS, **CN_BIG_UNITS}
_LOWER = {4: 3, 3: 2, 2: 1, 8: 7}  # 一万五: the dropped unit is one below the last


def parse_arabic(s: str) -> tuple[int, int, bool]:
    """Read ASCII digits with optional thousands commas and a decimal point.

    Returns ``(mantissa, exponent, has_decimals)``.

    >>> parse_arabic("7.34")
    (734, -2, True)
    """
    if "," in s or "，" in s:
        s = s.replace(",", "").replace("，", "")
    point = s.find(".")
    if point < 0:
        return int(s), 0, False
    frac = s[point + 1:]
    return int(s[:point] + frac), -len(frac), True


def multiplier_exp(s: str) -> int:
    """Power of ten of a multiplier string: 万 -> 4, 亿 -> 8, 千万 -> 7, 万亿 -> 12.

    >>> multiplier_exp("千万")
    7
    """
    return sum(_MULTIPLIER_EXP[c] for c in s)


def parse_chinese(s: str) -> tuple[int, int, bool] | None:
    """Read a Chinese numeral (optionally with 点 decimals); None if malformed.

    >>> parse_chinese("两千")
    (2000, 0, False)
    >>> parse_chinese("二〇二一")
    (2021, 0, False)
    >>> parse_chinese("一万五")
    (15000, 0, False)
    >>> parse_chinese("三亿五千万")
    (350000000, 0, False)
    """
    point = s.find("点")
    if point >= 0:
        whole = parse_chinese_integer(s[:point]) if point else 0
        frac = s[point + 1:]
        if whole is None or not frac:
            return None
        digits = 0
        for c in frac:
            d = CN_DIGITS.get(c)
            if d is None:
                return None
            digits = digits * 10 + d
        return whole * 10 ** len(frac) + digits, -len(frac), True
    value = parse_chinese_integer(s)
    return None if value is None else (value, 0, False)


def parse_chinese_integer(s: str) -> int | None:
    """Integer value of a Chinese numeral without decimals; None if malformed.

    >>> parse_chinese_integer("一百零五"), parse_chinese_integer("十三")
    (105, 13)
    """
    if not s:
        return None
    if not any(c in _MULTIPLIER_EXP for c in s):
        # a bare digit or a digit sequence: 五, 二〇二一
        value = 0
        for c in s:
            d = CN_DIGITS.get(c)
            if d is None:
                return None
            value = value * 10 + d
        return value
    total = 0      # completed 亿 sections
    section = 0    # below the current 亿 (may already hold a 万 part)
    number = 0     # pending digit
    last_exp = 0   # exponent of the last unit seen, for 一万五
    zero_seen = False
    for c in s:
        d = CN_DIGITS.get(c)
        if d is not None:
            if d == 0:
                zero_seen = True
            number = d
            continue
        exp = _MULTIPLIER_EXP.get(c)
        if exp is None:
            return None
        if exp < 4:  # 十 百 千
            section += (number or 1) * 10 ** exp  # 十二: a unit alone counts one
            number = 0
        elif exp == 4:  # 万
            section = (section + number or 1) * 10_000
            number = 0
        else:  # 亿
            total = (total + section + number or 1) * 100_000_000
            section = number = 0
        last_exp = exp
        zero_seen = False
    if number and not zero_seen and last_exp in _LOWER and last_exp != 1:
        number *= 10 ** _LOWER[last_exp]  # 一万五 = 15000, 三千二 = 3200
    return total + section + number


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
