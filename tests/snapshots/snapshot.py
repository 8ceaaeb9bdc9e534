"""What the library yields on every report we keep, as plain CSV files that git can diff.

For each report (ours and the invented fixtures) three files are written under
``tests/snapshots/<name>/``:

* ``mentions.csv`` — every numeric mention the quantity parser finds;
* ``claims.csv``   — the claim ledger (curated ids where they apply);
* ``checks.csv``   — every check with its verdict.

``tests/test_snapshots.py`` compares the library's output with these files and
lists each row that differs. A change that is meant is recorded by running

    .venv/bin/python -m tests.snapshots.snapshot      # or: make snapshot

and committing the new files with a message that explains every difference.
Numbers are written to 10 significant digits so that a difference is a real one.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent

MENTION_COLUMNS = ["start", "end", "text", "value", "unit", "qualifier", "low", "high", "kind", "is_claim"]
CLAIM_COLUMNS = ["claim_id", "start", "end", "text", "value", "unit", "qualifier", "low", "high", "kind",
                 "claim_type", "curated", "section"]
CHECK_COLUMNS = ["check_id", "claim_ids", "formula", "computed", "computed_low", "computed_high", "stated",
                 "verdict", "gap", "parameters"]
KEYS = {"mentions": ["start"], "claims": ["claim_id"], "checks": ["check_id"]}


def reports() -> dict[str, Path]:
    """Snapshot name → report path: our report, then every fixture report."""
    from helpers import paths

    found = {"our-report": paths.DEFAULT_REPORT}
    for path in sorted((paths.ROOT / "tests" / "fixtures" / "reports").glob("*.txt")):
        found[path.stem] = path
    return found


def _number(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return f"{float(value):.10g}"
    return str(value)


def _tidy(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    present = [c for c in columns if c in frame.columns]
    out = frame[present].copy()
    for column in present:
        out[column] = [_number(v) if not isinstance(v, str) else v for v in out[column]]
    return out.fillna("").astype(str)


def compute(path: Path) -> dict[str, pd.DataFrame]:
    """The three tables for one report, as strings ready to compare or write."""
    from helpers.analysis import analyse

    analysis = analyse(path)
    return {
        "mentions": _tidy(analysis.mentions, MENTION_COLUMNS),
        "claims": _tidy(analysis.ledger, CLAIM_COLUMNS),
        "checks": _tidy(analysis.checks, CHECK_COLUMNS),
    }


def read(name: str, table: str) -> pd.DataFrame:
    return pd.read_csv(HERE / name / f"{table}.csv", dtype=str, keep_default_na=False)


def write_all() -> list[Path]:
    written = []
    for name, path in reports().items():
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        for table, frame in compute(path).items():
            target = folder / f"{table}.csv"
            frame.to_csv(target, index=False, lineterminator="\n")
            written.append(target)
    return written


def differences(old: pd.DataFrame, new: pd.DataFrame, keys: list[str]) -> list[str]:
    """Readable lines: rows removed, added, and changed (field: old → new)."""
    lines = []
    old_rows = {tuple(r[k] for k in keys): r for r in old.to_dict("records")}
    new_rows = {tuple(r[k] for k in keys): r for r in new.to_dict("records")}
    for key in old_rows.keys() - new_rows.keys():
        lines.append(f"removed {key}: {old_rows[key]}")
    for key in new_rows.keys() - old_rows.keys():
        lines.append(f"added {key}: {new_rows[key]}")
    for key in old_rows.keys() & new_rows.keys():
        a, b = old_rows[key], new_rows[key]
        changed = [f"{c}: {a.get(c, '')!r} → {b.get(c, '')!r}" for c in sorted(set(a) | set(b))
                   if a.get(c, "") != b.get(c, "")]
        if changed:
            lines.append(f"changed {key}: " + "; ".join(changed))
    return sorted(lines)


if __name__ == "__main__":
    for target in write_all():
        print(target.relative_to(HERE.parents[1]), file=sys.stderr)
