"""Review marks: an analyst's record that a verdict was looked at — who, when, with a note.

``data/reports/<slug>/reviews.csv`` holds one row per review:

| column | meaning |
|---|---|
| ``check_id`` | the check reviewed (an id of the report's ``checks.yml``, or of a check found by pattern) |
| ``verdict`` | the verdict the reviewer saw: consistent, approximate, inconsistent or derived |
| ``reviewer`` | who reviewed it |
| ``date`` | when, ``YYYY-MM-DD`` |
| ``note`` | what the reviewer concluded, in a sentence (may be empty) |

A check reviewed more than once counts its latest review (by date, then by row). :func:`mark_reviews` adds to the
checks table ``reviewed_by``, ``reviewed_on``, ``review_note``, ``review_verdict`` (the verdict reviewed) and
``review_stale`` — true when the check's verdict
now differs from the one reviewed (a changed text, claim or parameter moved it), so the mark is kept across runs
and flagged when it no longer holds.

>>> import pandas as pd
>>> checks = pd.DataFrame({"check_id": ["aid-2019", "aid-per-county"], "verdict": ["derived", "inconsistent"]})
>>> reviews = pd.DataFrame({"check_id": ["aid-per-county"], "verdict": ["approximate"], "reviewer": ["Li Wei"],
...                         "date": ["2024-05-02"], "note": ["6 counties, 2 years"]})
>>> mark_reviews(checks, reviews)[["check_id", "reviewed_by", "review_stale"]].values.tolist()
[['aid-2019', '', False], ['aid-per-county', 'Li Wei', True]]
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from helpers.read.edited import read_edited_table
from helpers.vocabulary import CHECK_VERDICTS

REVIEW_COLUMNS = ["check_id", "verdict", "reviewer", "date", "note"]
MARK_COLUMNS = ["reviewed_by", "reviewed_on", "review_note", "review_verdict", "review_stale"]
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReviewsFileError(ValueError):
    """A review table that cannot be used; the message names the file, the row and the field."""


def load_reviews(path: Path | str) -> pd.DataFrame:
    """Read and validate a review table; return its rows (``row`` first: the spreadsheet row, header = 1)."""
    path = Path(path)
    frame = read_edited_table(path, REVIEW_COLUMNS, ReviewsFileError, "the review marks")
    frame = frame[REVIEW_COLUMNS].apply(lambda column: column.str.strip())
    for number, row in enumerate(frame.itertuples(index=False), start=2):
        where = f"{path}: row {number} ({row.check_id or 'no check_id'})"
        if not ID.match(row.check_id):
            raise ReviewsFileError(f"{where}: field 'check_id' must be a check id (lowercase words joined by hyphens)")
        if row.verdict not in CHECK_VERDICTS:
            raise ReviewsFileError(f"{where}: field 'verdict' must be one of {list(CHECK_VERDICTS)}, got {row.verdict!r}")
        if not row.reviewer:
            raise ReviewsFileError(f"{where}: field 'reviewer' is empty; say who reviewed the verdict")
        try:
            if not DATE.match(row.date):
                raise ValueError
            dt.date.fromisoformat(row.date)
        except ValueError:
            raise ReviewsFileError(f"{where}: field 'date' must be a date YYYY-MM-DD, got {row.date!r}") from None
    frame.insert(0, "row", range(2, len(frame) + 2))
    frame.attrs["path"] = str(path)
    return frame


def mark_reviews(checks: pd.DataFrame, reviews: pd.DataFrame) -> pd.DataFrame:
    """``checks`` with the review columns added (``checks`` is not mutated).

    A review naming a check the report no longer has is an error naming its row: the mark would otherwise
    vanish without a word.
    """
    marked = checks.copy()
    latest: dict[str, dict] = {}
    known = set(checks.check_id)
    path = reviews.attrs.get("path", "reviews.csv")
    for number, record in enumerate(reviews.to_dict("records"), start=2):
        if record["check_id"] not in known:
            raise ReviewsFileError(f"{path}: row {record.get('row', number)} ({record['check_id']}): field "
                                   "'check_id' names no check of this report")
        previous = latest.get(record["check_id"])
        if previous is None or record["date"] >= previous["date"]:
            latest[record["check_id"]] = record
    marked["reviewed_by"] = [latest[c]["reviewer"] if c in latest else "" for c in marked.check_id]
    marked["reviewed_on"] = [latest[c]["date"] if c in latest else "" for c in marked.check_id]
    marked["review_note"] = [latest[c]["note"] if c in latest else "" for c in marked.check_id]
    marked["review_verdict"] = [latest[c]["verdict"] if c in latest else "" for c in marked.check_id]
    marked["review_stale"] = [c in latest and latest[c]["verdict"] != verdict
                              for c, verdict in zip(marked.check_id, marked.verdict)]
    return marked


def write_reviews_header(path: Path) -> None:
    """An empty review table with its columns (for a drafted report folder)."""
    pd.DataFrame(columns=REVIEW_COLUMNS).to_csv(path, index=False, lineterminator="\n")
