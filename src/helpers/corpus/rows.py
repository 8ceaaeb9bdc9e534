"""One report of a corpus as rows: its analysis — the single-report call — or the error that stopped it.

:func:`report_rows` calls :func:`helpers.analysis.analyse` on the report, exactly as ``python -m helpers run``
does, and turns the result into a ``documents`` row and its ``claims`` and ``checks`` rows (columns in
:mod:`helpers.corpus.schema`); a report that cannot be analysed becomes an ``errors`` row instead, and the
corpus goes on. Nothing here reads or computes a claim itself.

Errors are of three kinds: ``bad-input`` — the library refused the report with one of its own errors (a
missing, empty, binary or undecodable file, a changed raw file, a malformed curated file; the message names
the file and the problem); ``changed`` — the report's checksum is no longer the one it was scheduled with;
``failed`` — anything else the library raised, which is a bug to report, not a property of the report.

>>> from helpers import paths
>>> from helpers.corpus.sources import report_checksum
>>> path = paths.ROOT / "tests" / "fixtures" / "reports" / "county-economy-2021.txt"
>>> rows = report_rows(path, report_checksum(path), batch="b", library="x")
>>> rows.document["slug"], len(rows.claims) == rows.document["n_claims"], rows.error
('county-economy-2021', True, None)
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.analysis import analyse
from helpers.corpus.schema import columns
from helpers.corpus.sources import report_checksum

AUTO_KIND = re.compile(r"^auto-([a-z]+(?:-[a-z]+)*?)-\d")
CURATED_KIND = "curated"


@dataclass(frozen=True)
class ReportRows:
    document: dict | None          # the documents row, or None when the report could not be analysed
    claims: pd.DataFrame
    checks: pd.DataFrame
    error: dict | None = None      # the errors row, or None


def report_rows(path: Path, report_id: str, batch: str, library: str) -> ReportRows:
    """Analyse one report and return its rows (never raises for a bad report: see the module's docstring)."""
    path = Path(path)
    started = time.perf_counter()
    try:
        analysis = analyse(path)
    except Exception as error:     # recorded, never stops the corpus
        return _failure(path, report_id, batch, library, error)
    seconds = time.perf_counter() - started
    if report_checksum(path) != report_id:
        return _failure(path, report_id, batch, library, None)
    claims = claim_rows(analysis.ledger, report_id)
    checks = check_rows(analysis.checks, report_id, analysis.checks_found)
    return ReportRows(document_row(analysis, path, report_id, seconds, batch, library), claims, checks)


def document_row(analysis, path: Path, report_id: str, seconds: float, batch: str, library: str) -> dict:
    """The ``documents`` row of an :class:`~helpers.analysis.Analysis`."""
    report, parts, meta = analysis.report, analysis.parts, analysis.report.metadata
    return {
        "report_id": report_id, "path": str(path), "slug": report.slug, "sha256": report.sha256,
        "encoding": report.encoding, "read_note": report.note,
        "headline": meta.title or parts.headline, "dateline": parts.dateline,
        "outlet": meta.outlet,
        "reporter": meta.reporter, "published": meta.published, "url": meta.url, "n_chars": len(report.text),
        "n_documents": len(parts.documents), "n_sections": len(parts.sections), "n_sentences": len(parts.sentences),
        "n_claims": len(analysis.ledger), "n_checks": len(analysis.checks),
        "n_inconsistent": int((analysis.checks.verdict == "inconsistent").sum()), "curated": analysis.curated,
        "analysis_note": analysis.note, "seconds": seconds, "library": library, "batch": batch,
    }


def claim_rows(ledger: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The ledger with the report's id in front, in the ``claims`` columns (the ledger is not mutated)."""
    names = [c.name for c in columns("claims")[1:]]
    return ledger[names].assign(report_id=report_id)[["report_id", *names]]


def check_rows(checks: pd.DataFrame, report_id: str, found_by_pattern: bool = True) -> pd.DataFrame:
    """The checks with the report's id, their kind, and their claim ids as a list (``checks`` columns)."""
    names = [c.name for c in columns("checks")]
    kinds = [check_kind(cid) if found_by_pattern else CURATED_KIND for cid in checks.check_id]
    out = checks.assign(report_id=report_id, kind=kinds,
                        claim_ids=[[c for c in str(ids).split(";") if c] for ids in checks.claim_ids])
    if "kind" in checks.columns:        # the library says what kind each check is: take its word
        out["kind"] = checks["kind"].astype(str)
    return out[names]


def check_kind(check_id: str) -> str:
    """What a check found by pattern tests, from the id the finder gave it (``auto-growth-347`` → ``growth``).

    (A curated check is of kind ``curated``: its formula says what it tests.)

    >>> check_kind("auto-growth-347"), check_kind("auto-part-share-510"), check_kind("auto-part-510-of-490")
    ('growth', 'part-share', 'part')
    >>> check_kind("relation-17")
    'other'
    """
    match = AUTO_KIND.match(check_id)
    return match.group(1) if match else "other"


def error_kind(error: BaseException | None) -> str:
    """``bad-input`` for the library's own refusals (its ValueError subclasses), ``changed``, else ``failed``."""
    if error is None:
        return "changed"
    if isinstance(error, ValueError) and type(error).__module__.startswith("helpers."):
        return "bad-input"
    return "failed"


def error_row(path: Path, report_id: str, error: BaseException | None, batch: str, library: str) -> dict:
    if error is None:
        name, reason = "ReportChanged", f"{path}: changed while the corpus ran; run the corpus again to read it"
    else:
        name, reason = type(error).__name__, str(error) or repr(error)
    return {"report_id": report_id, "path": str(path), "kind": error_kind(error), "error": name,
            "reason": reason, "library": library, "batch": batch}


def _failure(path, report_id, batch, library, error) -> ReportRows:
    empty_claims = pd.DataFrame(columns=[c.name for c in columns("claims")])
    empty_checks = pd.DataFrame(columns=[c.name for c in columns("checks")])
    return ReportRows(None, empty_claims, empty_checks, error_row(path, report_id, error, batch, library))
