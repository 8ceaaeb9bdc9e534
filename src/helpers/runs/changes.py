"""What differs between two runs of a report: claims added or removed, verdicts and corroboration that changed.

Read from the two run folders' ``claims.csv`` (``claim_id``, ``corroboration``) and ``checks.csv``
(``check_id``, ``verdict``); a file one of the runs did not write is not compared (``compared`` lists
what was). The runner records the result as ``manifest["changes"]`` of every run — for a published
run, what changed since the previous ``latest``; for a what-if run, how it differs from ``latest``.

>>> from helpers.runs.changes import compare
>>> compare(Path("no-such-run"), None)["previous_run"] is None
True
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

CLAIMS, CHECKS = "claims.csv", "checks.csv"


def _column(folder: Path | None, name: str, key: str, value: str) -> dict[str, str] | None:
    """``key → value`` of a run's CSV (first row of a repeated key), or None when it has no such file."""
    path = folder / name if folder is not None else None
    if path is None or not path.is_file():
        return None
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return None
    if key not in frame:
        return None
    values = frame[value] if value in frame else pd.Series([""] * len(frame), index=frame.index)
    found: dict[str, str] = {}
    for k, v in zip(frame[key], values):
        found.setdefault(k, v)
    return found


#: What two runs are compared on: (file, id column, the column whose changes are listed, the name of its rows in
#: the ``<rows>_added``/``<rows>_removed`` keys, the key of the changed values).
COMPARED = ((CLAIMS, "claim_id", "corroboration", "claims", "corroboration_changed"),
            (CHECKS, "check_id", "verdict", "checks", "verdicts_changed"))


def compare(new: Path, old: Path | None) -> dict:
    """How run folder ``new`` differs from run folder ``old`` (None: there is no earlier run).

    Returns ``{"previous_run": old's name or None, "claims_added": [claim ids], "claims_removed": [...],
    "verdicts_changed": [{"check_id", "from", "to"}], "corroboration_changed": [{"claim_id", "from", "to"}],
    "checks_added": [...], "checks_removed": [...], "compared": [file names]}``; lists follow the
    files' row order. With no earlier run every list is empty.
    """
    changes: dict = {"previous_run": old.name if old is not None else None, "claims_added": [],
                     "claims_removed": [], "verdicts_changed": [], "corroboration_changed": [],
                     "checks_added": [], "checks_removed": [], "compared": []}
    if old is None:
        return changes
    for table, key, value, rows, changed in COMPARED:
        before, after = _column(old, table, key, value), _column(new, table, key, value)
        if before is None or after is None:
            continue
        changes["compared"].append(table)
        changes[f"{rows}_added"] = [c for c in after if c not in before]
        changes[f"{rows}_removed"] = [c for c in before if c not in after]
        changes[changed] = [{key: c, "from": before[c], "to": v}
                            for c, v in after.items() if c in before and before[c] != v]
    return changes


def describe(changes: dict, limit: int = 20) -> list[str]:
    """Lines for the terminal: what differs, or that nothing does."""
    if changes["previous_run"] is None:
        return ["no earlier published run to compare with"]
    if not changes["compared"]:
        return [f"nothing to compare with {changes['previous_run']}: one of the runs wrote no claims.csv or checks.csv"]
    lines = []
    for key, label in (("claims_added", "claims added"), ("claims_removed", "claims removed"),
                       ("checks_added", "checks added"), ("checks_removed", "checks removed")):
        if changes[key]:
            shown = ", ".join(changes[key][:limit]) + (" …" if len(changes[key]) > limit else "")
            lines.append(f"{len(changes[key])} {label}: {shown}")
    for key, id_key, label in (("verdicts_changed", "check_id", "verdict"),
                               ("corroboration_changed", "claim_id", "corroboration")):
        for row in changes[key][:limit]:
            lines.append(f"{label} of {row[id_key]}: {row['from'] or '—'} → {row['to'] or '—'}")
        if len(changes[key]) > limit:
            lines.append(f"… and {len(changes[key]) - limit} more {label} changes")
    return lines or [f"no claim, verdict or corroboration differs from {changes['previous_run']} "
                     f"(compared {', '.join(changes['compared'])})"]
