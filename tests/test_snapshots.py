"""Every claim and check the library yields, against the committed snapshot.

A difference fails with the rows that changed; if the change is meant, run
``make snapshot`` and explain each difference in the commit message.
"""

import pytest

from .snapshots.snapshot import KEYS, compute, differences, read, reports

REPORTS = reports()


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_the_library_yields_what_the_snapshot_records(name):
    current = compute(REPORTS[name])
    problems = []
    for table, frame in current.items():
        lines = differences(read(name, table), frame, KEYS[table])
        problems += [f"{name}/{table}.csv {line}" for line in lines]
    assert not problems, "\n".join(problems[:60] + ([f"… {len(problems) - 60} more"] if len(problems) > 60 else []))
