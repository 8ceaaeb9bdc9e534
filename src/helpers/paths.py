"""The one place that knows where things live.

Every other module and every notebook asks this module for a path; nothing else
writes ``"../data"``. The project root is found from this file, so notebooks and
scripts work from any working directory.

Inputs: each report is a folder ``data/reports/<slug>/`` (its text as received,
checksummed, its metadata and whatever analysts curated about it; the files are
listed in ``data/reports/README.md``). Outputs: everything generated for a
report goes to ``reports/<slug>/`` (run folders and the ``latest`` link).

>>> from helpers import paths
>>> paths.DEFAULT_REPORT.parent.name, paths.output_root("qingdao-anshun-2020").parent.name
('reports', 'reports')
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("HELPERS_ROOT", Path(__file__).resolve().parents[2]))

DATA = ROOT / "data"
REPORT_FOLDERS = DATA / "reports"    # one folder per report: text, checksum, metadata, curated files
NOTEBOOKS = ROOT / "notebooks"       # thin narrative, one question each
OUTPUT = ROOT / "reports"            # generated only (git-ignored): reports/<slug>/{runs,latest}
INTERACTIVE = OUTPUT / "interactive"  # what a notebook opened by hand writes

DEFAULT_SLUG = "qingdao-anshun-2020"
DEFAULT_REPORT = REPORT_FOLDERS / DEFAULT_SLUG

# The names a report folder holds (data/reports/README.md describes each).
METADATA_FILE = "report.yml"         # headline, outlet, reporter, dates, address, which file is the text
RAW_FOLDER = "raw"                   # the report exactly as received, never edited
CHECKSUMS_FILE = "SHA256SUMS"        # in raw/: ``sha256sum`` format, "<hex>  <file name>"
CLAIMS_FILE = "claims.csv"           # curated claim ids, subjects, periods, qualitative claims
CHECKS_FILE = "checks.yml"           # checks as data, and the parameters their assumptions need
TOPICS_FILE = "topics.yml"           # the report's topics: quote, questions, figure panels
REFERENCES_FILE = "references.csv"   # public figures with address, date and grade
REVIEWS_FILE = "reviews.csv"         # an analyst's marks on verdicts: who, when, note

# Names the runner uses inside an output root; a report's slug may never be one of them.
RESERVED_NAMES = frozenset({"latest", "runs", "interactive"})


def output_root(slug: str) -> Path:
    """Where the runs of the report ``slug`` go: ``reports/<slug>/``."""
    return OUTPUT / slug
