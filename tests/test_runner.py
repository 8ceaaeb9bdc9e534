"""The papermill runner: run folders, promotion, failures, parameters, parallel jobs."""

import json
import os
import re
import subprocess
import sys

import nbformat
import pytest

from helpers import paths
from helpers.runs.notebooks import ParameterError
from helpers.read.report import ReportError
from helpers.runs.runner import EXIT_FAILED, EXIT_OK, RunError, run

from .conftest import FIXTURES

GOOD = FIXTURES / "notebooks" / "good"
FAILING = FIXTURES / "notebooks" / "failing"


@pytest.fixture
def small_report(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("初审编辑:\n安顺市累计减少贫困人口54.58万人。\n", encoding="utf-8")
    return path


def quiet(line):
    quiet.lines.append(line)


quiet.lines = []


def test_successful_run_is_promoted_with_manifest_and_html(tmp_path, small_report):
    out = tmp_path / "out"
    result = run(small_report, out, {}, jobs=2, notebooks_dir=GOOD, echo=quiet)
    assert result.exit_code == EXIT_OK and result.promoted and not result.what_if
    latest = out / "latest"
    assert latest.is_symlink() and latest.resolve() == result.run_dir.resolve()
    assert re.fullmatch(r"\d{8}-\d{6}", result.run_dir.name)        # a published run's folder is its stamp only
    assert not os.path.isabs(os.readlink(latest))                     # a relative link: the root can move
    length = len(small_report.read_text(encoding="utf-8"))
    assert (latest / "length-1.txt").read_text() == str(length)
    for name in ("00-write-length", "01-echo-label", "02-after-length"):
        assert (latest / f"{name}.ipynb").exists()
        assert (latest / f"{name}.html").exists() and (latest / f"{name}.no-code.html").exists()
    no_code = (latest / "01-echo-label.no-code.html").read_text(encoding="utf-8")
    with_code = (latest / "01-echo-label.html").read_text(encoding="utf-8")
    assert "label: 默认" in no_code and "print(" not in no_code and "print" in with_code
    # the dependent notebook saw the file its dependency wrote
    executed = nbformat.read(latest / "02-after-length.ipynb", as_version=4)
    assert "length-1.txt" in executed.cells[-1].outputs[0]["text"]
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok" and manifest["parameters"] == {} and manifest["promoted_to_latest"] is True
    assert manifest["what_if"] is False and manifest["defaults"] == {"scale": 1, "label": "默认"}
    assert manifest["changes"]["previous_run"] is None and manifest["cell_timeout"] == 600
    assert manifest["report"]["sha256"] and str(small_report) in manifest["report"]["path"]
    assert {n["name"]: n["status"] for n in manifest["notebooks"]} == {
        "00-write-length": "ok", "01-echo-label": "ok", "02-after-length": "ok"}
    assert all(n["seconds"] > 0 for n in manifest["notebooks"])
    assert manifest["packages"]["papermill"] and "commit" in manifest["git"]
    assert any(key.endswith("00-write-length.ipynb") for key in manifest["inputs"])
    listed = {p.relative_to(latest).as_posix() for p in latest.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(manifest["files"]) == listed and "run.log" in listed and "index.html" in listed
    assert not (latest / ".incomplete").exists()
    assert (latest / "run.log").read_text(encoding="utf-8").count(" ok (") == 3


def test_typed_parameters_reach_the_kernel_in_a_what_if_run(tmp_path, small_report):
    out = tmp_path / "out"
    result = run(small_report, out, {"scale": "3", "label": "十三五"}, jobs=2, notebooks_dir=GOOD, echo=quiet)
    assert result.exit_code == EXIT_OK and result.what_if and not result.promoted
    assert not os.path.lexists(out / "latest")
    assert re.fullmatch(r"\d{8}-\d{6}-whatif-label-scale-3", result.run_dir.name)   # named after it, in ASCII
    length = len(small_report.read_text(encoding="utf-8"))
    assert (result.run_dir / "length-3.txt").read_text() == str(length * 3)        # a typed int parameter
    assert "label: 十三五" in (result.run_dir / "01-echo-label.no-code.html").read_text(encoding="utf-8")


def test_failed_run_leaves_latest_untouched_and_keeps_the_error_cell(tmp_path, small_report):
    out = tmp_path / "out"
    first = run(small_report, out, {}, notebooks_dir=GOOD, echo=quiet)
    quiet.lines.clear()
    failed = run(small_report, out, {}, jobs=2, notebooks_dir=FAILING, echo=quiet)
    assert failed.exit_code == EXIT_FAILED and not failed.promoted
    assert (out / "latest").resolve() == first.run_dir.resolve()
    status = {n.name: n.status for n in failed.notebooks}
    assert status == {"00-fine": "ok", "01-divide-by-zero": "failed", "02-needs-divide": "skipped"}
    kept = nbformat.read(failed.run_dir / "01-divide-by-zero.ipynb", as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in kept.cells for o in c.get("outputs", []))
    message = next(line for line in quiet.lines if line.startswith("FAILED"))
    assert "01-divide-by-zero" in message and "ZeroDivisionError" in message and "cell" in message
    assert any("left unchanged" in line for line in quiet.lines)
    manifest = json.loads((failed.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "failed" and manifest["promoted_to_latest"] is False


def test_parameters_are_checked_before_anything_runs(tmp_path, small_report):
    out = tmp_path / "out"
    with pytest.raises(ParameterError, match=r"unknown parameter.*scael"):
        run(small_report, out, {"scael": "2"}, notebooks_dir=GOOD, echo=quiet)
    with pytest.raises(ParameterError, match=r"scale expects int.*'six'"):
        run(small_report, out, {"scale": "six"}, notebooks_dir=GOOD, echo=quiet)
    assert not out.exists()


def test_bad_report_and_unwritable_output_are_errors(tmp_path, small_report):
    with pytest.raises(ReportError, match="not found"):
        run(tmp_path / "missing.txt", tmp_path / "out", notebooks_dir=GOOD, echo=quiet)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(RunError, match="cannot be written"):
        run(small_report, blocker / "out", notebooks_dir=GOOD, echo=quiet)


def test_command_line_exit_codes(tmp_path, small_report):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "helpers", "run", *args], capture_output=True, text=True)

    bad = cli("--report", str(tmp_path / "missing.txt"))
    assert bad.returncode == 2 and "not found" in bad.stderr
    mistyped = cli("--report", str(small_report), "--out", str(tmp_path / "o"), "-p", "report_path", "x", "--jobs", "0")
    assert mistyped.returncode == 2 and "--jobs" in mistyped.stderr
    assert not (tmp_path / "o").exists()


def test_default_output_folder_per_report(tmp_path):
    from helpers.runs.runner import default_out

    assert default_out(paths.DEFAULT_REPORT) == paths.OUTPUT / paths.DEFAULT_SLUG
    other = tmp_path / "other-report.txt"
    other.write_text("另一份报告：2020年收入12000元。\n", encoding="utf-8")
    assert default_out(other) == paths.OUTPUT / "other-report"
