"""Tables a person edits by hand — a report's curated claims, its references, its review marks: read as text.

Every cell stays the string that was typed (no number or date guessing, an empty cell is ``""``); a file that
cannot be read, or lacks a column it must have, is refused with the file named, as the modules that validate the
rows go on to do for each cell.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "marks.csv"
>>> _ = path.write_text("check_id,note\\nk1,007\\n", encoding="utf-8")
>>> read_edited_table(path, ["check_id", "note"], ValueError, "the marks").note.tolist()
['007']
>>> read_edited_table(path, ["check_id", "reviewer"], ValueError, "the marks")
Traceback (most recent call last):
...
ValueError: .../marks.csv: row 1: missing column(s) ['reviewer']; expected ['check_id', 'reviewer']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def read_edited_table(path: Path | str, columns: list[str], error: type[Exception], what: str) -> pd.DataFrame:
    """The CSV at ``path`` as text cells; raises ``error`` naming the file when it cannot be read (``what`` says
    what it should have held) or lacks one of ``columns``."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as problem:
        raise error(f"{path}: cannot read {what} ({problem})") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise error(f"{path}: row 1: missing column(s) {missing}; expected {list(columns)}")
    return frame
