"""The words a verdict may take, in one place: every page, CSV, figure and notebook uses these.

Three families, each ordered from the most serious finding to the least:

* a **check** recomputes a figure from others: ``inconsistent`` > ``approximate`` > ``consistent``,
  or ``derived`` (the check makes a figure the report implies, nothing to compare);
* **sources** hold a claim against public figures: ``contradicted`` > ``partly`` > ``corroborated``,
  or ``not found``;
* a claim's **status** is the most serious of the two, or ``unverified`` when no check uses it
  and no source speaks to it — one word per claim, the one the pages count.

Each word has a colour from the Okabe–Ito palette (safe for colour-blind readers) and a symbol, so that
no page tells a verdict by colour alone; what each word means, in a sentence a reader can check, is in
``helpers/present/wording.yml`` (``status.<word>``) with every other reader-facing string.

>>> STATUSES[:3]
('contradicted', 'inconsistent', 'partly')
>>> status_of("approximate", "corroborated"), status_of("not recomputed", "not found")
('approximate', 'unverified')
"""

from __future__ import annotations

from dataclasses import dataclass

CHECK_VERDICTS = ("inconsistent", "approximate", "consistent", "derived")
SOURCE_VERDICTS = ("contradicted", "partly", "corroborated", "not found")
STATUSES = ("contradicted", "inconsistent", "partly", "approximate", "corroborated", "consistent", "derived",
            "unverified")
#: A claim's statuses that a reader must see first: the front page lists every claim with one of them.
FINDINGS = ("contradicted", "inconsistent", "partly", "approximate")
#: What a claim's arithmetic column says when no check uses it.
NOT_RECOMPUTED = "not recomputed"


@dataclass(frozen=True)
class Word:
    word: str
    colour: str      # hex, Okabe–Ito
    tint: str        # a light background of the same hue, for highlighted text
    symbol: str      # shown beside the colour


WORDS = {w.word: w for w in (
    Word("contradicted", "#CC79A7", "#F5DDEC", "✗"),
    Word("inconsistent", "#D55E00", "#F8D9C4", "≠"),
    Word("partly", "#E69F00", "#FBEBC7", "◐"),
    Word("approximate", "#C9B800", "#FAF6C8", "≈"),
    Word("corroborated", "#009E73", "#CCEBE2", "✓"),
    Word("consistent", "#56B4E9", "#DDEFFA", "="),
    Word("derived", "#0072B2", "#D3E5F2", "→"),
    Word("unverified", "#999999", "#EEEEEE", "?"),
    Word("not found", "#999999", "#EEEEEE", "–"),
    Word(NOT_RECOMPUTED, "#999999", "#EEEEEE", "–"),
)}


def status_of(arithmetic: str, sources: str) -> str:
    """One word for a claim: the more serious of its check verdict and its sources' verdict, else unverified."""
    found = [word for word in (arithmetic, sources) if word in STATUSES]
    return min(found, key=STATUSES.index) if found else "unverified"


def rank(word: str) -> int:
    """Position of a status word in order of seriousness (unknown words last)."""
    return STATUSES.index(word) if word in STATUSES else len(STATUSES)
