"""Bad input: each case is a clear error (or a clear note), and reports/latest is never lost."""

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time

import pandas as pd
import pytest

from helpers import paths
from helpers.read.report import load_report
from helpers.runs.runner import run

from .conftest import FIXTURES

GOOD = FIXTURES / "notebooks" / "good"
SAMPLE = "初审编辑:\n青岛——安顺东西部扶贫协作。\n2020年财政帮扶达3.9亿元，较上年增长13%。\n"


@pytest.fixture
def reports_root(tmp_path):
    """An output root whose latest already points at a good run."""
    report = tmp_path / "good.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "reports"
    assert run(report, out, {}, notebooks_dir=GOOD, echo=lambda line: None).exit_code == 0
    return out


def snapshot(out):
    """What ``latest`` is: where it points and the SHA-256 of every file it holds (compared byte for byte)."""
    latest = out / "latest"
    return os.readlink(latest), {p.relative_to(latest).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                                 for p in sorted(latest.rglob("*")) if p.is_file()}


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "helpers", "run", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=900)


def assert_refused(out, before, done, *phrases):
    assert done.returncode == 2, done.stderr
    for phrase in phrases:
        assert phrase in done.stderr, done.stderr
    assert snapshot(out) == before


def test_missing_report(reports_root, tmp_path):
    before = snapshot(reports_root)
    assert_refused(reports_root, before, cli("--report", tmp_path / "nope.txt", "--out", reports_root,
                                             "--notebooks", GOOD), "nope.txt", "not found")


def test_empty_report(reports_root, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    before = snapshot(reports_root)
    assert_refused(reports_root, before, cli("--report", empty, "--out", reports_root, "--notebooks", GOOD),
                   "empty.txt", "empty")


def test_binary_report(reports_root, tmp_path):
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff" * 100)
    before = snapshot(reports_root)
    assert_refused(reports_root, before, cli("--report", binary, "--out", reports_root, "--notebooks", GOOD),
                   "scan.pdf", "binary")


def test_gbk_report_is_decoded_and_said_so(reports_root, tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SAMPLE.encode("gbk"))
    previous = os.readlink(reports_root / "latest")
    done = cli("--report", gbk, "--out", reports_root, "--notebooks", GOOD)
    assert done.returncode == 0, done.stderr
    assert "gbk.txt is not UTF-8; decoded from GB18030/GBK" in done.stderr
    manifest = json.loads((reports_root / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["report"]["encoding"] == "gb18030" and "GB18030" in manifest["report"]["note"]
    assert (reports_root / previous).exists()                       # the earlier run is kept


def test_unknown_and_mistyped_parameters(reports_root):
    before = snapshot(reports_root)
    assert_refused(reports_root, before, cli("--out", reports_root, "-p", "n_counties", "six"),
                   "n_counties", "must be a whole number", "'six'")
    assert_refused(reports_root, before, cli("--out", reports_root, "-p", "n_countys", "6"),
                   "unknown parameter", "n_countys")


def test_output_folder_that_cannot_be_written(reports_root, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = cli("--out", blocker / "reports", "--notebooks", GOOD)
    assert done.returncode == 2 and "cannot be written" in done.stderr and "a-file" in done.stderr


@pytest.fixture
def project_copy(tmp_path):
    """A copy of the project's data under HELPERS_ROOT, to break curated files without touching ours."""
    root = tmp_path / "project"
    shutil.copytree(paths.DATA, root / "data")
    return root


def edit_claims(root, edit):
    path = root / "data" / "reports" / paths.DEFAULT_SLUG / "claims.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    edit(frame).to_csv(path, index=False)
    return path


def test_malformed_curated_claims_file_names_row_and_field(reports_root, project_copy):
    edit_claims(project_copy, lambda f: f.assign(claim_type=f.claim_type.where(f.index != 6, "maybe")))
    before = snapshot(reports_root)
    report = project_copy / "data" / "reports" / paths.DEFAULT_SLUG
    assert_refused(reports_root, before, cli("--report", report, "--out", reports_root, "--notebooks", GOOD,
                                             env={"HELPERS_ROOT": str(project_copy)}),
                   "claims.csv: row 8", "field 'claim_type'")


def test_curated_quote_no_longer_in_the_report(reports_root, project_copy):
    edit_claims(project_copy, lambda f: f.assign(quote=f.quote.replace("同比增长57%", "同比增长75%"),
                                                  mention=f.mention.replace("57%", "75%")))
    before = snapshot(reports_root)
    report = project_copy / "data" / "reports" / paths.DEFAULT_SLUG
    assert_refused(reports_root, before, cli("--report", report, "--out", reports_root, "--notebooks", GOOD,
                                             env={"HELPERS_ROOT": str(project_copy)}),
                   "consumer-sales-growth", "'同比增长75%' is no longer in the report")


def test_changed_raw_report(reports_root, project_copy):
    report = project_copy / "data" / "reports" / paths.DEFAULT_SLUG
    text = load_report(report).text_path
    text.write_text(text.read_text(encoding="utf-8").replace("7.34亿", "7.43亿"), encoding="utf-8")
    before = snapshot(reports_root)
    assert_refused(reports_root, before, cli("--report", report, "--out", reports_root, "--notebooks", GOOD,
                                             env={"HELPERS_ROOT": str(project_copy)}),
                   "raw data changed")


@pytest.mark.slow
def test_a_10_mb_report_runs_with_reasonable_time_and_memory(tmp_path):
    text = load_report().text.replace("初审编辑:", "编审:")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n") * (10_000_000 // len(text.encode("utf-8")) + 1), encoding="utf-8")
    assert big.stat().st_size >= 10_000_000
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", "import resource, sys; from helpers.__main__ import main; code = main(sys.argv[1:]); "
         "print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
         "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)",
         "run", "--report", str(big), "--out", str(tmp_path / "out"), "--jobs", "2"],
        capture_output=True, text=True, timeout=1200)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-2000:]
    runner_kb, kernel_kb = map(int, done.stderr.split("maxrss_kb")[1].split()[:2])
    claims = pd.read_csv(tmp_path / "out" / "latest" / "claims.csv", usecols=["claim_id"])
    assert len(claims) > 60_000          # ~1,000 copies × 66 claims
    # every notebook, with figures that stay legible (long section lists are folded)
    latest = tmp_path / "out" / "latest"
    ran = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))["notebooks"]
    assert len(ran) == 4 and {n["status"] for n in ran} == {"ok"}     # no topics.yml: no topic notebook
    assert len(list(latest.glob("*.no-code.html"))) == len(ran)
    assert max(p.stat().st_size for p in (latest / "figures").glob("*.png")) < 2_000_000
    # Measured 2026-11-29: 45 s, runner 0.42 GB, largest kernel 0.37 GB (0.37 GB of it is analyse()).
    # Before section charts were folded it was 4.4 GB and 37 MB figures; these bounds catch that again.
    assert runner_kb < 1_500_000 and kernel_kb < 1_500_000, (runner_kb, kernel_kb)
    assert seconds < 600, seconds          # a hang guard, not a speed target (make bench measures speed)
    print(f"10 MB report: {seconds:.0f} s, runner {runner_kb / 1e6:.2f} GB, largest kernel {kernel_kb / 1e6:.2f} GB")
