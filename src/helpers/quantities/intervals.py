"""The interval a quantity's wording implies: precision and qualifiers.

Intervals are half-open, ``low <= true value < high``, where ``high`` comes from
rounding or from an exclusive bound; an exact figure is the point
``low == high == value`` (closed), and an exact end of a range is included. An
unbounded side is ``float('inf')`` (at least) or ``0.0`` (at most, for magnitudes
that cannot be negative; ``-inf`` for temperatures and signed values).

Precision (an exact figure is as precise as its last significant digit):

* An integer that counts (kinds in :data:`lexicon.COUNTING_KINDS`: 三次, 288个,
  452人, 第16个) written without trailing zeros and without a 万/亿 multiplier is
  exact: a point. So is a written zero of any kind (0% -> [0, 0]). A count after
  the words of an average (人均结案335件, 平均每部惠及12户, 日均269架次) is a
  quotient, not a head count: rounded at its units digit like any integer
  (the scanner's ``_AVERAGED``).
* Decimal places that are written count, trailing zeros included:
  ``7.34亿`` -> [7.335亿, 7.345亿), ``10.50%`` -> [10.495, 10.505).
* Any other integer written with fewer than four digits is exact in its units digit:
  ``13%`` -> [12.5, 13.5), ``100名`` -> [99.5, 100.5), ``8亿`` (written "8"
  before 亿) -> [7.5亿, 8.5亿), ``10万`` -> [9.5万, 10.5万).
* An integer written with four or more digits that ends in zeros is read as
  rounded at its last non-zero digit: ``12000元`` -> [11500, 12500),
  ``13400人`` -> [13350, 13450), ``6200万元`` -> [6150万, 6250万).
  (Chinese writers count big numbers in 万 and 亿; a figure they spell out to
  four digits with trailing zeros is almost always a round figure.)
* Ranks, ordinals, ages, durations and dates are identities, never rounded
  beyond their units digit: ``第100个`` -> [99.5, 100.5).

Qualifiers:

* 余/多/几 after a number: up to the next unit of its last non-zero digit
  (``at_least`` with a finite top): ``8万余`` -> [8万, 9万), ``380余万`` ->
  [380万, 390万), ``3500多`` -> [3500, 3600), ``1.45万余`` -> [1.45万, 1.46万).
* 超/超过/逾/以上/突破/不少于/大于…: ``at_least``, [value, inf).
* 不足/不到/以下/以内/小于…: ``at_most``, [0, value) — or up to and including the
  value for inclusive words (以下, 以内, 不超过: ``high = nextafter(value)``).
* 约/大约/左右/上下: ``approx``, [value·(1−tol), value·(1+tol)); 近/将近/接近 are
  below-or-at: [value·(1−tol), value] (``high = nextafter(value)``). ``tol`` is
  :data:`lexicon.APPROX_TOLERANCE` (5 %); the tolerance replaces the rounding
  (约1亿 is 0.95亿..1.05亿, not 0.5亿..1.5亿).
* Ranges (35~36℃, 0.8%-1.5%, 2至3年): [low end's low, high end's high), each end
  widened by its own rounding; ``value`` is the midpoint of the two written ends.

>>> exact_bounds(734, -2, True, 8, "money")
(733500000.0, 734500000.0)
>>> next_unit_bounds(8, 0, 4)
(80000.0, 90000.0)
"""

from __future__ import annotations

import math

from .lexicon import APPROX_TOLERANCE, COUNTING_KINDS, EXACT_INTEGER_KINDS
from .numerals import last_nonzero_exp, to_float

INF = float("inf")
#: Approximating words that mean "just under": their interval stops at the value.
BELOW_OR_AT = frozenset({"近", "将近", "接近"})
#: Written integers with at least this many digits read trailing zeros as rounding.
ROUNDED_DIGITS = 4


def precision_exp(m: int, e: int, has_decimals: bool, kind: str) -> int:
    """Exponent of the last significant digit of the written number ``m × 10**e``.

    >>> precision_exp(12000, 0, False, "money"), precision_exp(100, 0, False, "count")
    (3, 0)
    """
    if has_decimals or kind in EXACT_INTEGER_KINDS:
        return e
    if -10 ** (ROUNDED_DIGITS - 1) < m < 10 ** (ROUNDED_DIGITS - 1):
        return e
    return last_nonzero_exp(m, e)


def exact_bounds(m: int, e: int, has_decimals: bool, shift: int, kind: str) -> tuple[float, float]:
    """[low, high) of an exact figure ``m × 10**(e + shift)`` (shift = 万/亿/unit exponent).

    >>> exact_bounds(12000, 0, False, 0, "money")
    (11500.0, 12500.0)

    An integer that counts, written without trailing zeros and without a 万/亿
    multiplier, is exact: a point. So is a written zero, of any kind.

    >>> exact_bounds(452, 0, False, 0, "count"), exact_bounds(0, 0, False, 0, "percent")
    ((452.0, 452.0), (0.0, 0.0))
    """
    if not has_decimals and (m == 0 or (kind in COUNTING_KINDS and e == 0 and shift == 0 and m % 10)):
        point = to_float(m, e + shift)
        return point, point
    p = precision_exp(m, e, has_decimals, kind)
    q = min(e, p) - 1                      # a scale fine enough for half units
    v = m * 10 ** (e - q)
    half = 5 * 10 ** (p - q - 1)
    return to_float(v - half, q + shift), to_float(v + half, q + shift)


def next_unit_bounds(m: int, e: int, shift: int) -> tuple[float, float]:
    """[value, value + one unit of the last non-zero digit): the reading of 余/多.

    >>> next_unit_bounds(380, 0, 4)
    (3800000.0, 3900000.0)
    >>> next_unit_bounds(145, -2, 4)
    (14500.0, 14600.0)
    """
    last = last_nonzero_exp(m, e)
    q = min(e, last)
    v = m * 10 ** (e - q)
    return to_float(v, q + shift), to_float(v + 10 ** (last - q), q + shift)


def few_bounds(m: int, e: int, shift: int) -> tuple[float, float]:
    """十几 / 二十几: [value + a tenth of the last unit, value + the last unit).

    >>> few_bounds(10, 0, 0)
    (11.0, 20.0)
    """
    last = last_nonzero_exp(m, e)
    q = min(e, last - 1)
    v = m * 10 ** (e - q)
    return to_float(v + 10 ** (last - 1 - q), q + shift), to_float(v + 10 ** (last - q), q + shift)


def several_bounds(exp: int) -> tuple[float, float]:
    """数十 / 几百 / 数万: two to ten times the unit, [2·10**exp, 10·10**exp).

    >>> several_bounds(4)
    (20000.0, 100000.0)
    """
    return float(2 * 10 ** exp), float(10 * 10 ** exp)


def qualify(
    value: float, low: float, high: float, qualifier: str, word: str, inclusive: bool, signed: bool
) -> tuple[float, float]:
    """Apply an at_least / at_most / approx word to an exact [low, high).

    >>> qualify(170.0, 169.5, 170.5, "approx", "近", False, False)
    (161.5, 170.00000000000003)
    >>> qualify(1e8, 0.5e8, 1.5e8, "at_least", "超", False, False)
    (100000000.0, inf)
    """
    if qualifier == "at_least":
        return value, INF
    if qualifier == "at_most":
        floor = -INF if signed or value < 0 else 0.0
        return floor, (math.nextafter(value, INF) if inclusive else value)
    if qualifier == "approx":
        a, b = value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
        lo, hi = min(a, b), max(a, b)
        if word in BELOW_OR_AT:
            return lo, math.nextafter(value, INF)
        return lo, hi
    return low, high
