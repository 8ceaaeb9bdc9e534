"""One call from a report path to everything the notebooks show.

``analyse()`` runs the one-way pipeline — read → segment → quantities → ledger →
checks — and returns the pieces. The curated files in ``data/claims/`` describe
one particular report (the one whose checksum ``data/raw/SHA256SUMS`` records);
on any other report they do not apply, and the analysis is built from the parser
alone, with ``applies`` false and a note saying so.

>>> from helpers.analysis import analyse
>>> result = analyse()
>>> result.applies, len(result.ledger) > 60
(True, True)
>>> result.checks.set_index("check_id").loc["aid-2020-growth", "verdict"]
'consistent'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.claims.autochecks import find_checks
from helpers.claims.checks import CHECK_COLUMNS, Check, ParameterSpec, evaluate_checks, load_checks
from helpers.evidence.corroborate import corroborate, join_corroboration, load_reference
from helpers.claims.ledger import CURATED_FILE, TOPICS, build_ledger
from helpers.quantities import quantities_frame
from helpers.read.report import Report, load_report, recorded_checksums
from helpers.read.segment import Segmentation, segment

DEFAULT_TOLERANCE = 0.05   # relative gap under which a miss is "approximate"


@dataclass(frozen=True)
class Analysis:
    report: Report
    parts: Segmentation
    mentions: pd.DataFrame
    ledger: pd.DataFrame                  # with corroboration and sources columns
    checks: pd.DataFrame
    corroboration: pd.DataFrame           # one row per claim: verdict against public sources, detail
    check_specs: tuple[Check, ...]
    parameters: dict[str, float]          # the values used, defaults plus overrides
    parameter_specs: dict[str, ParameterSpec]
    tolerance: float
    applies: bool                         # the curated files describe this report
    note: str

    def topic_claims(self, topic: str) -> pd.DataFrame:
        """The ledger rows of one topic (empty when the curated files do not apply)."""
        _known(topic)
        return self.ledger[self.ledger.topic == topic].reset_index(drop=True)

    def topic_checks(self, topic: str) -> pd.DataFrame:
        _known(topic)
        return self.checks[self.checks.topic == topic].reset_index(drop=True)

    def claim(self, claim_id: str) -> pd.Series:
        hit = self.ledger[self.ledger.claim_id == claim_id]
        if hit.empty:
            raise KeyError(f"no claim {claim_id!r} in the ledger of {self.report.path.name}")
        return hit.iloc[0]

    def check(self, check_id: str) -> pd.Series:
        hit = self.checks[self.checks.check_id == check_id]
        if hit.empty:
            raise KeyError(f"no check {check_id!r}")
        return hit.iloc[0]


def _known(topic: str) -> None:
    if topic not in TOPICS:
        raise KeyError(f"unknown topic {topic!r}; topics: {list(TOPICS)}")


def curated_files_apply(report: Report) -> bool:
    """True when ``report`` is the text the curated claims were written for."""
    return recorded_checksums().get(paths.DEFAULT_REPORT.name) == report.sha256


def analyse(report_path: str | Path = "", tolerance: float = DEFAULT_TOLERANCE, **parameters: float) -> Analysis:
    """Run the pipeline on a report (empty path: the committed one) with check parameters."""
    return _analyse(str(report_path or paths.DEFAULT_REPORT), float(tolerance), tuple(sorted(parameters.items())))


@lru_cache(maxsize=8)
def _analyse(report_path: str, tolerance: float, parameters: tuple) -> Analysis:
    report = load_report(report_path)
    parts = segment(report.text)
    mentions = quantities_frame(report.text)
    applies = curated_files_apply(report)
    ledger = build_ledger(report, CURATED_FILE if applies else None, parts=parts, mentions=mentions)
    specs, parameter_specs = load_checks()
    overrides = dict(parameters)
    values = {name: spec.default for name, spec in parameter_specs.items()} | overrides
    if applies:
        checks = evaluate_checks(ledger, specs, parameter_specs, overrides, tolerance)
        corroboration = corroborate(ledger, load_reference())
        note = ""
    else:
        found = find_checks(ledger, parts)
        checks = evaluate_checks(ledger, found, parameter_specs, {}, tolerance) if found else \
            pd.DataFrame(columns=CHECK_COLUMNS)
        corroboration = corroborate(ledger, load_reference().iloc[0:0])
        note = (f"{report.path.name} is not the report the curated claims and checks in data/claims/ were written "
                "for (its checksum differs), so they do not apply: the ledger holds the parser's claims, and the "
                f"checks are the {len(found)} the library found by pattern (year on year, parts and totals, shares).")
    ledger = join_corroboration(ledger, corroboration)
    return Analysis(report, parts, mentions, ledger, checks, corroboration, tuple(specs), values, parameter_specs,
                    tolerance, applies, note)
