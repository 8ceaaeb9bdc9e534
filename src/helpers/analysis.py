"""One call from a report to everything the notebooks show.

``analyse()`` runs the one-way pipeline — read → segment → quantities → ledger →
checks → corroboration — and returns the pieces. What analysts curated about a
report lives in its folder (``data/reports/<slug>/``): claims, checks, topics and
references. Each file that is there is used; for each that is not, the library
does what it can alone: the parser's claims with automatic ids, the checks it
finds by pattern, no topics, no public sources. ``note`` says which.

>>> from helpers.analysis import analyse
>>> result = analyse()
>>> result.curated, len(result.ledger) > 60
(True, True)
>>> result.checks.set_index("check_id").loc["aid-2020-growth", "verdict"]
'consistent'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.claims.relations import find_checks
from helpers.claims.checks import Check, ParameterSpec, evaluate_checks, load_checks
from helpers.claims.ledger import build_ledger
from helpers.claims.reviews import load_reviews, mark_reviews
from helpers.claims.topics import Topic, load_topics
from helpers.evidence.corroborate import corroborate, join_corroboration, load_reference, no_references
from helpers.evidence.verification import claim_status
from helpers.quantities import quantities_frame
from helpers.read.report import Report, load_report
from helpers.read.segment import Segmentation, segment

DEFAULT_TOLERANCE = 0.05   # relative gap under which a miss is "approximate"


@dataclass(frozen=True)
class Analysis:
    report: Report
    parts: Segmentation
    mentions: pd.DataFrame
    ledger: pd.DataFrame                  # with corroboration, sources, arithmetic, checks and status columns
    checks: pd.DataFrame
    corroboration: pd.DataFrame           # one row per claim: verdict against public sources, detail
    references: pd.DataFrame              # the public figures (references.csv), empty when none were recorded
    check_specs: tuple[Check, ...]
    parameters: dict[str, float]          # the values used, defaults plus overrides
    parameter_specs: dict[str, ParameterSpec]
    tolerance: float
    topics: dict[str, Topic]
    curated: bool                         # the report folder has curated claims
    checks_found: bool                    # the checks were found by pattern (no curated checks)
    note: str

    def topic_claims(self, topic: str) -> pd.DataFrame:
        """The ledger rows of one topic."""
        self._known(topic)
        return self.ledger[self.ledger.topic == topic].reset_index(drop=True)

    def topic_checks(self, topic: str) -> pd.DataFrame:
        self._known(topic)
        return self.checks[self.checks.topic == topic].reset_index(drop=True)

    def claim(self, claim_id: str) -> pd.Series:
        hit = self.ledger[self.ledger.claim_id == claim_id]
        if hit.empty:
            raise KeyError(f"no claim {claim_id!r} in the ledger of {self.report.slug}")
        return hit.iloc[0]

    def check(self, check_id: str) -> pd.Series:
        hit = self.checks[self.checks.check_id == check_id]
        if hit.empty:
            raise KeyError(f"no check {check_id!r}")
        return hit.iloc[0]

    def _known(self, topic: str) -> None:
        if topic not in self.topics:
            raise KeyError(f"unknown topic {topic!r}; the topics of {self.report.slug}: {list(self.topics)}")


def analyse(report_path: str | Path = "", tolerance: float = DEFAULT_TOLERANCE, **parameters: float) -> Analysis:
    """Run the pipeline on a report (empty path: the default report) with check parameters.

    Results are cached on the content of every input (the text's file and each curated file),
    so an edited ``claims.csv`` is read again in a live kernel without a restart.
    """
    path = Path(report_path or paths.DEFAULT_REPORT)
    return _analyse(str(path), _fingerprint(path), float(tolerance), tuple(sorted(parameters.items())))


def _fingerprint(path: Path) -> str:
    """A digest of what the analysis reads: the curated files' bytes, and the text file's size and time."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        try:
            info = file.stat()
        except OSError:
            continue
        digest.update(f"{file}|{info.st_size}|{info.st_mtime_ns}\n".encode())
        if info.st_size < 1 << 20 and file.suffix in (".csv", ".yml", ".yaml"):
            digest.update(file.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _analyse(report_path: str, fingerprint: str, tolerance: float, parameters: tuple) -> Analysis:
    report = load_report(report_path)
    parts = segment(report.text)
    mentions = quantities_frame(report.text)
    topics = load_topics(report.curated(paths.TOPICS_FILE))
    claims_file = report.curated(paths.CLAIMS_FILE)
    ledger = build_ledger(report, claims_file, parts=parts, mentions=mentions, topics=frozenset(topics))
    checks_file = report.curated(paths.CHECKS_FILE)
    overrides = dict(parameters)
    notes = []
    if checks_file is not None:
        specs, parameter_specs = load_checks(checks_file)
    else:
        specs, parameter_specs = find_checks(ledger, parts), {}
        notes.append(f"the checks are the {len(specs)} the library found by pattern (growth and changes, parts and "
                     "totals, shares, averages and rates, splits, ratios)")
    checks = evaluate_checks(ledger, specs, parameter_specs, overrides, tolerance)
    reviews_file = report.curated(paths.REVIEWS_FILE)
    if reviews_file is not None:                    # reviewed_by, reviewed_on, review_note, review_stale
        checks = mark_reviews(checks, load_reviews(reviews_file))
    values = {name: spec.default for name, spec in parameter_specs.items()} | \
        {name: parameter_specs[name].accept(value) for name, value in overrides.items()}
    references_file = report.curated(paths.REFERENCES_FILE)
    references = load_reference(references_file) if references_file else no_references()
    corroboration = corroborate(ledger, references)
    if claims_file is None:
        notes.insert(0, "no claims were curated for this report: the ledger holds the parser's claims with "
                        "automatic ids")
    if references_file is None:
        notes.append("no public sources were recorded for it")
    note = (f"{report.slug}: " + "; ".join(notes) + ".") if notes else ""
    ledger = claim_status(join_corroboration(ledger, corroboration), checks)
    return Analysis(report, parts, mentions, ledger, checks, corroboration, references, tuple(specs), values,
                    parameter_specs, tolerance, topics, claims_file is not None, checks_file is None, note)
