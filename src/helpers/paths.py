"""The one place that knows where things live.

Every other module and every notebook asks this module for a path; nothing else
writes ``"../data"``. The project root is found from this file, so notebooks and
scripts work from any working directory.

>>> from helpers import paths
>>> paths.RAW.name
'raw'
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("HELPERS_ROOT", Path(__file__).resolve().parents[2]))

DATA = ROOT / "data"
RAW = DATA / "raw"               # the report exactly as received, checksummed
CLAIMS = DATA / "claims"         # curated claim annotations and check definitions
REFERENCE = DATA / "reference"   # figures from public sources, with addresses
NOTEBOOKS = ROOT / "notebooks"   # thin narrative, one question each
REPORTS = ROOT / "reports"       # generated only (git-ignored)
RUNS = REPORTS / "runs"          # one folder per runner invocation
LATEST = REPORTS / "latest"      # symlink to the last run in which every notebook succeeded

CHECKSUMS = RAW / "SHA256SUMS"   # ``sha256sum`` format: "<hex>  <file name>"
DEFAULT_REPORT = RAW / "000_3ba18ba52c680e9c.txt"
