"""Interval arithmetic for figures the text gives only to some precision.

A stated "7.34亿" is any value in [7.335亿, 7.345亿]; "380余万" any value in
[380万, 390万]; "超1亿" anything from 1亿 up. Arithmetic on such figures gives
the interval of every result the text allows, which is what a fair check
compares with another stated figure. Bounds are treated as closed: a check must
not fail on the edge of a rounding interval.

>>> aid_2yr, aid_2020 = Interval(7.335e8, 7.345e8), Interval(3.85e8, 3.95e8)
>>> aid_2019 = aid_2yr - aid_2020
>>> round(aid_2019.low / 1e8, 3), round(aid_2019.high / 1e8, 3)
(3.385, 3.495)
>>> growth = (aid_2020 / aid_2019 - 1) * 100
>>> growth.meets(Interval(12.5, 13.5))
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def __post_init__(self):
        if math.isnan(self.low) or math.isnan(self.high):
            raise ValueError(f"interval bound is NaN: [{self.low}, {self.high}]")
        if self.low > self.high:
            raise ValueError(f"empty interval: low {self.low} > high {self.high}")

    @classmethod
    def point(cls, value: float) -> "Interval":
        return cls(float(value), float(value))

    @classmethod
    def of(cls, value) -> "Interval":
        return value if isinstance(value, Interval) else cls.point(value)

    # -- arithmetic: the result holds every value the operands allow ------------
    def __add__(self, other):
        other = Interval.of(other)
        return Interval(self.low + other.low, self.high + other.high)

    __radd__ = __add__

    def __neg__(self):
        return Interval(-self.high, -self.low)

    def __sub__(self, other):
        return self + (-Interval.of(other))

    def __rsub__(self, other):
        return Interval.of(other) - self

    def __mul__(self, other):
        other = Interval.of(other)
        products = [_mul(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Interval.of(other)
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError(f"dividing by an interval that contains 0: [{other.low}, {other.high}]")
        return self * Interval(1 / other.high, 1 / other.low)

    def __rtruediv__(self, other):
        return Interval.of(other) / self

    # -- comparisons between intervals ------------------------------------------
    @property
    def mid(self) -> float:
        if math.isinf(self.low) or math.isinf(self.high):
            return self.low if math.isinf(self.high) else self.high
        return (self.low + self.high) / 2

    @property
    def width(self) -> float:
        return self.high - self.low

    def meets(self, other: "Interval") -> bool:
        """True when the two intervals share at least one value."""
        return self.low <= other.high and other.low <= self.high

    def distance(self, other: "Interval") -> float:
        """Gap between the intervals (0 when they meet)."""
        if self.meets(other):
            return 0.0
        return other.low - self.high if self.high < other.low else self.low - other.high

    def certainly_ge(self, other: "Interval") -> bool:
        return self.low >= other.high

    def possibly_ge(self, other: "Interval") -> bool:
        return self.high >= other.low

    def __contains__(self, value: float) -> bool:
        return self.low <= value <= self.high

    def __repr__(self) -> str:
        return f"[{self.low:g}, {self.high:g}]"


def _mul(a: float, b: float) -> float:
    # 0 × ∞ arises only at an open end; the limit there is 0.
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b
