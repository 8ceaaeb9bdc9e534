"""Checks of a run's inputs before any notebook starts.

A malformed curated file (claims, checks, topics, references), a quote that is no
longer in the report, or a parameter outside what it may be would otherwise fail
inside a kernel after minutes of work; the runner calls :func:`validate_inputs`
first, so such input is a clear error (exit 2) naming file, row and field, and
nothing published is touched.
"""

from __future__ import annotations

from helpers.analysis import analyse
from helpers.read.report import Report


def validate_inputs(report: Report, tolerance: float | None = None,
                    check_parameters: dict[str, object] | None = None) -> list[str]:
    """Build the analysis once with the run's values (anchoring claims, loading checks, topics and
    references, checking parameters); return notes for the run log."""
    from helpers.analysis import DEFAULT_TOLERANCE
    from helpers.present.topics import panel_table

    analysis = analyse(report.path, DEFAULT_TOLERANCE if tolerance is None else tolerance,
                       **(check_parameters or {}))
    for topic in analysis.topics:
        panel_table(analysis, topic)      # every claim and check a figure names exists
    return [analysis.note] if analysis.note else []
