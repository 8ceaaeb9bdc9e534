"""Checks of the curated inputs before any notebook starts.

A malformed ``data/claims/claims.csv``, a quote that is no longer in the report,
a broken check definition or reference row would otherwise fail inside a kernel
after minutes of work; the runner calls :func:`validate_inputs` first, so such
input is a clear error (exit 2) naming file, row and field, and
``reports/latest`` is never touched.
"""

from __future__ import annotations

from helpers.analysis import analyse
from helpers.read.report import Report
from helpers.present.topics import load_figure_specs


def validate_inputs(report: Report) -> list[str]:
    """Build the analysis once (anchoring curated claims, loading checks, linking references); return notes."""
    analysis = analyse(report.path)
    load_figure_specs()
    return [analysis.note] if analysis.note else []
