"""Numbers as the report prints them (7.34亿元, 54.58万人, 13.74%), and intervals with the digits they need.

An interval is shown so that a reader sees what it allows: its ends are written in
the same unit (亿, 万 or none), with as many decimals as make them exact, and where
no finite number of decimals does (a quotient), the low end is rounded down and the
high end up — the printed range always contains the computed one.

>>> format_value(734000000, "yuan"), format_value(545800, "persons"), format_value(13.3721, "percent")
('7.34亿元', '54.58万人', '13.37%')
>>> format_range(733500000, 734500000, "yuan")
'7.335亿–7.345亿元'
>>> format_range(733500000 / 12, 734500000 / 12, "yuan")
'6112万–6121万元'
>>> format_range(10859.7, 10864.2, "yuan"), format_range(-3.5, -1, "℃")
('10859.7–10864.2元', '−3.5 to −1.0℃')
>>> format_range(452, 452, "persons"), format_range(1e8, float("inf"), "yuan"), format_range(25.316456, math.inf, "%")
('452人', 'at least 1亿元', 'at least 25.31%')
"""

from __future__ import annotations

import math

#: The unit names checks use, and the suffix a figure takes in the report's style.
UNIT_SUFFIX = {"yuan": "元", "persons": "人", "percent": "%", "km": "公里", "ratio": "", "comparison": "",
               "倍": "倍", "percentage points": "个百分点"}
MAX_DECIMALS = 6
SIGNIFICANT = 4      # an inexact end keeps at least this many significant digits


def suffix_of(unit: str | None) -> str:
    unit = unit if isinstance(unit, str) else ""
    return UNIT_SUFFIX.get(unit, unit)


def _scale(magnitude: float, unit: str) -> tuple[float, str]:
    if unit in ("percent", "%", "个百分点", "percentage points", "倍", "ratio"):
        return 1.0, ""
    if magnitude >= 1e8:
        return 1e8, "亿"
    if magnitude >= 1e4:
        return 1e4, "万"
    return 1.0, ""


def _plain(number: float, decimals: int, strip: bool = True) -> str:
    text = f"{number:.{decimals}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(value, unit: str = "", digits: int = 2) -> str:
    """A number as the report would print it: 亿/万 for large amounts, up to ``digits`` decimals, never 1e8."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    scale, multiplier = _scale(abs(value), unit)
    return f"{_plain(value / scale, digits)}{multiplier}{suffix_of(unit)}"


def _exact_decimals(x: float) -> int | None:
    for decimals in range(MAX_DECIMALS + 1):
        if abs(round(x, decimals) - x) <= min(1e-9 * max(1.0, abs(x)), 1e-3 * 10 ** -decimals):
            return decimals
    return None


def _outward(a: float, b: float) -> tuple[int, str, str]:
    """(decimals, low, high) for the ends of a range in one scale: exact where a few decimals are, else
    rounded outward with at least :data:`SIGNIFICANT` significant digits and the two ends told apart."""
    exact = [_exact_decimals(a), _exact_decimals(b)]
    if None not in exact:
        decimals = max(exact)
    else:
        biggest = max(abs(a), abs(b))
        whole_digits = len(str(int(biggest))) if biggest >= 1 else 0
        decimals = max(0, SIGNIFICANT - whole_digits)
        while decimals < MAX_DECIMALS and math.floor(a * 10 ** decimals) == math.ceil(b * 10 ** decimals):
            decimals += 1
    step = 10 ** decimals
    low = math.floor(round(a * step, 9)) / step
    high = math.ceil(round(b * step, 9)) / step
    return decimals, _plain(low, decimals, strip=False), _plain(high, decimals, strip=False)


def _bound(value: float, unit: str, outward) -> str:
    """One end of an open interval, exact where few decimals are, else rounded outward to 4 digits."""
    scale, multiplier = _scale(abs(value), unit)
    x = value / scale
    decimals = _exact_decimals(x)
    if decimals is None or decimals > 3:
        whole = len(str(int(abs(x)))) if abs(x) >= 1 else 0
        decimals = max(0, SIGNIFICANT - whole)
        x = outward(round(x * 10 ** decimals, 9)) / 10 ** decimals
    return f"{_plain(x, decimals)}{multiplier}{suffix_of(unit)}".replace("-", "−")


def format_range(low, high, unit: str = "") -> str:
    """``low–high`` in the report's style, ends rounded outward to the digits they need."""
    low = float("nan") if low is None else float(low)
    high = float("nan") if high is None else float(high)
    if math.isnan(low) and math.isnan(high):
        return "—"
    if math.isinf(high) and not math.isinf(low):
        return f"at least {_bound(low, unit, math.floor)}"
    if math.isinf(low) and not math.isinf(high):
        return f"at most {_bound(high, unit, math.ceil)}"
    if low == high:
        return format_value(low, unit, MAX_DECIMALS)
    magnitude = max(abs(low), abs(high))
    largest, _ = _scale(magnitude, unit)
    choices = [(scale, name) for scale, name in ((1e8, "亿"), (1e4, "万"), (1.0, "")) if scale <= largest]
    for scale, multiplier in choices:       # the largest scale that needs at most 3 decimals, else plain
        decimals, a, b = _outward(low / scale, high / scale)
        if decimals <= 3:
            break
    joiner = " to " if low < 0 or high < 0 else "–"
    a, b = a.replace("-", "−"), b.replace("-", "−")
    return f"{a}{multiplier}{joiner}{b}{multiplier}{suffix_of(unit)}"
