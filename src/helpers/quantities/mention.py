"""One numeric mention: where it is, what number it states, and what kind it is.

>>> m = Mention(0, 6, "8万余人", 80000.0, "人", "at_least", 80000.0, 90000.0, "count", True)
>>> m.text, m.low, m.high
('8万余人', 80000.0, 90000.0)
"""

from __future__ import annotations

from dataclasses import dataclass

#: Column order of :func:`helpers.quantities.quantities_frame` and of the CLI's CSV.
COLUMNS = ("start", "end", "text", "value", "unit", "qualifier", "low", "high", "kind", "is_claim")

#: The values ``qualifier`` takes.
QUALIFIER_VALUES = ("exact", "approx", "at_least", "at_most", "range")


@dataclass(frozen=True, slots=True)
class Mention:
    """A numeric mention in a text.

    ``start``/``end`` are character offsets (end exclusive) so that
    ``text == raw[start:end]``. ``value`` is normalised (万/亿 applied; percent in
    percent points). ``low``/``high`` bound the true value, ``low <= x < high``
    (see the package docstring for the rules). ``kind`` names the quantity type
    or, for a non-claim, its class; ``is_claim`` says which.
    """

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    qualifier: str
    low: float | None
    high: float | None
    kind: str
    is_claim: bool


def _fast_constructor():
    """A constructor equivalent to ``Mention(...)`` at half the cost.

    A frozen dataclass's ``__init__`` goes through ``object.__setattr__`` once
    per field; the scanner builds thousands of mentions per megabyte, so it sets
    the slots through their descriptors instead. The result is an ordinary
    :class:`Mention` (equal, hashable and printable like any other).
    """
    setters = [Mention.__dict__[name].__set__ for name in COLUMNS]
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = setters
    new = object.__new__

    def make(start, end, text, value, unit, qualifier, low, high, kind, is_claim):
        m = new(Mention)
        s0(m, start)
        s1(m, end)
        s2(m, text)
        s3(m, value)
        s4(m, unit)
        s5(m, qualifier)
        s6(m, low)
        s7(m, high)
        s8(m, kind)
        s9(m, is_claim)
        return m

    return make


#: Build a :class:`Mention` from its fields in :data:`COLUMNS` order (fast path).
make_mention = _fast_constructor()
