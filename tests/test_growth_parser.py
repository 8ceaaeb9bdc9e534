"""The quantity parser stays linear on hostile text, and never raises on a ``str``.

Each shape is parsed at about 100 KB and at four times that; the best of three
runs at each size is kept (the sizes taken in turn, so that a slow spell of the
machine falls on both), and the ratio of the two times must stay under 6 (linear
work gives about 4, quadratic work 16). A ratio, not a wall-clock bound, so a slow
machine does not fail it; a ratio over 6 is measured once more before the test
fails, since quadratic work gives 16 every time and a spell of a busy machine
does not last. The shapes are those that once took
quadratic time or raised (issue 10, item 3): a run of Latin letters, a run of
Chinese digits, long runs of Arabic digits, numbers of 400 digits, 一亿亿亿…, and
the report's own line repeated on one line.
"""

from __future__ import annotations

import gc
import random
import time

import pytest

from helpers.quantities import NON_CLAIM_KINDS, find_quantities
from helpers.quantities.scan import clear_caches

SMALL = 100_000          # bytes of UTF-8, about
FACTOR = 4
MAX_RATIO = 6.0
LINE = "安顺市2020年财政援助资金7.34亿元，增长12.5%，"


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def _relevant(size: int) -> str:
    """Random text dense in what the scanner reacts to (fixed seed)."""
    rng = random.Random(12)
    alphabet = "0123456789零一二两三四五六七八九十百千万亿.,，:~-至分之第余多几成倍个人元年月日%℃超过近约以上以下“”《》、。 "
    chars = [rng.choice(alphabet) for _ in range(size // 2)]
    return "".join(chars)


SHAPES = {
    "latin letters": lambda n: _repeat("x", n),
    "latin letters then a digit": lambda n: _repeat("x", n) + "1",
    "chinese digit run": lambda n: _repeat("一二三四五六七八九", n),
    "chinese numeral run with units": lambda n: _repeat("一十百千万亿", n),
    "arabic digit run": lambda n: _repeat("1234567890", n),
    "numbers of 400 digits": lambda n: _repeat("9" * 400 + "，", n),
    "one 一亿亿亿…": lambda n: "一" + _repeat("亿", n),
    "many 一亿亿亿…": lambda n: _repeat("一" + "亿" * 40 + "，", n),
    "report line on one line": lambda n: _repeat(LINE, n),
    "digits and commas": lambda n: _repeat("1,", n),
    "digits and dots": lambda n: _repeat("1.", n),
    "signs and digits": lambda n: _repeat("-1", n),
    "spaced chinese digits": lambda n: _repeat("一 ", n),
    "qualifiers without numbers": lambda n: _repeat("超过了", n),
    "open quotes and titles": lambda n: _repeat("“《1", n),
    "relevant characters at random": _relevant,
}


def _parse_time(text: str) -> float:
    """One parse, in CPU seconds of this process, the garbage collector paused.

    CPU time rather than wall time, so that other processes on the machine do not
    show up as growth; the collector paused, so that its passes over the objects
    alive (not the parser's own work) do not either; the memo caches cleared, so
    that every run does the whole work.
    """
    clear_caches()  # memoised numeral readings would make the second run free
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        find_quantities(text)
        return time.process_time() - start
    finally:
        gc.enable()


def _growth(small: str, large: str, runs: int = 3) -> tuple[float, float, float]:
    """(ratio, best small time, best large time), the two sizes parsed in turn."""
    t_small = t_large = float("inf")
    for _ in range(runs):
        t_small, t_large = min(t_small, _parse_time(small)), min(t_large, _parse_time(large))
    # below a few milliseconds the timer's resolution dominates: compare against a floor
    return t_large / max(t_small, 5e-3), t_small, t_large


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parser_time_grows_linearly(shape):
    make = SHAPES[shape]
    small, large = make(SMALL), make(SMALL * FACTOR)
    find_quantities(small)  # warm the memo caches and the regex engine
    ratio, t_small, t_large = _growth(small, large)
    if ratio >= MAX_RATIO:      # once more: quadratic work is over 6 every time, a busy spell of the machine is not
        ratio, t_small, t_large = min((ratio, t_small, t_large), _growth(small, large))
    assert ratio < MAX_RATIO, f"{shape}: {t_small:.3f} s at {len(small.encode())} B, {t_large:.3f} s at 4x ({ratio:.1f}x)"


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parser_never_raises_and_overflow_is_no_claim(shape):
    text = SHAPES[shape](20_000)
    for m in find_quantities(text):
        assert text[m.start:m.end] == m.text
        if m.is_claim:
            assert m.value is None or abs(m.value) < 1e60
        else:
            assert m.kind in NON_CLAIM_KINDS


@pytest.mark.parametrize("text, kind", [
    ("9" * 400, "overflow"),
    ("一" + "亿" * 50, "overflow"),
    ("1" * 5000 + "人", "overflow"),          # beyond Python's int() digit limit
    ("一二三四五六七八九" * 10, "overflow"),
])
def test_overflowing_numerals_are_a_non_claim_kind(text, kind):
    found = find_quantities(text)
    assert [(m.kind, m.is_claim, m.value) for m in found if m.kind == kind] == [(kind, False, None)]
