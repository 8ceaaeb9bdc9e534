"""Mentions as a table.

>>> quantities_frame("增幅10.5%")[["text", "value", "unit", "kind"]].to_dict("records")
[{'text': '10.5%', 'value': 10.5, 'unit': '%', 'kind': 'percent'}]
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, TextIO

from .mention import COLUMNS, Mention
from .scan import find_quantities

if TYPE_CHECKING:  # pandas is imported when a frame is asked for: the parser alone starts fast
    import pandas as pd

_DTYPES = {
    "start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64",
    "is_claim": "bool",
}


def mentions_frame(mentions: list[Mention]) -> "pd.DataFrame":
    """A DataFrame with one row per mention and columns :data:`COLUMNS`.

    Missing numbers are NaN; ``low``/``high`` keep ``inf`` for unbounded sides.
    """
    import pandas as pd

    rows = [
        (m.start, m.end, m.text, m.value, m.unit, m.qualifier, m.low, m.high, m.kind, m.is_claim)
        for m in mentions
    ]
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return frame.astype(_DTYPES)


def quantities_frame(text: str) -> "pd.DataFrame":
    """Every numeric mention of ``text`` as a DataFrame (columns :data:`COLUMNS`).

    The input is not modified; the rows are those of :func:`find_quantities`.
    """
    return mentions_frame(find_quantities(text))


def write_csv(text: str, out: TextIO | None = None) -> str | None:
    """Write the mentions of ``text`` as CSV (``is_claim`` as ``true``/``false``).

    Returns the CSV as a string when ``out`` is None, else writes to ``out``.

    >>> print(write_csv("近170公里"), end="")
    start,end,text,value,unit,qualifier,low,high,kind,is_claim
    0,6,近170公里,170.0,公里,approx,161.5,170.00000000000003,distance,true
    """
    frame = quantities_frame(text)
    frame["is_claim"] = frame["is_claim"].map({True: "true", False: "false"})
    buffer = io.StringIO() if out is None else out
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue() if out is None else None
