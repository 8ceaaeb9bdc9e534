"""Issue 10, runs and prunes at once: one lock per output root, whole folders only, killed runs marked.

Run on the small ``gate`` fixture notebooks: with ``HELPERS_TEST_GATE`` set, the first waits until that
file exists, so a test can act while a run is writing; its second notebook writes after it.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from helpers.__main__ import main
from helpers.runs import root
from helpers.runs.runner import EXIT_FAILED, RootBusy, prune_runs, run

from .conftest import FIXTURES
from .test_bad_input import snapshot
from .test_reliability_location import TEXT, root_and_report

GATE = FIXTURES / "notebooks" / "gate"
LEDGER = FIXTURES / "notebooks" / "ledger"
CYCLE = FIXTURES / "notebooks" / "cycle"


@pytest.fixture
def setting(tmp_path):
    return (*root_and_report(tmp_path), tmp_path / "gate-open")


def helpers(*args, gate=None, **kwargs):
    """``python -m helpers ARGS`` in its own session (so a test can kill it with its kernels)."""
    env = {**os.environ, **({"HELPERS_TEST_GATE": str(gate)} if gate else {})}
    return subprocess.Popen([sys.executable, "-m", "helpers", *map(str, args)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **kwargs)


def wait_for(condition, what, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def started_run(out):
    """The run folder whose first notebook is running (it wrote started.txt), once there is one."""
    found = [p for p in (out / "runs").glob("*/started.txt")]
    return found[0].parent if found else None


def test_prune_during_a_run_never_deletes_its_folder_and_a_second_run_is_refused(setting, capsys):
    """Defect 2: prune deleted run A's folder in progress; A's later notebooks recreated it and A promoted
    a latest with 29 of 50 files."""
    out, report, gate = setting
    a = helpers("run", "--report", report, "--out", out, "--notebooks", GATE, gate=gate)
    try:
        wait_for(lambda: started_run(out) is not None, "run A's first notebook")
        folder = started_run(out)
        assert (folder / root.INCOMPLETE).exists()
        b = main(["run", "--report", str(report), "--out", str(out), "--notebooks", str(GATE),
                  "--notebook", "01-after-gate"])
        assert b == 3
        message = capsys.readouterr().err
        assert "busy" in message and f"pid {a.pid}" in message and str(out) in message
        with pytest.raises(RootBusy, match="busy"):
            prune_runs(out, keep=1)
        assert folder.is_dir() and (folder / "started.txt").exists()
        gate.touch()
        _, stderr = a.communicate(timeout=300)
    finally:
        if a.poll() is None:
            os.killpg(a.pid, signal.SIGKILL)
    assert a.returncode == 0, stderr
    latest = out / "latest"
    assert latest.resolve() == folder.resolve()
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    on_disk = {p.relative_to(latest).as_posix() for p in latest.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(manifest["files"]) == on_disk and {"after-gate.txt", "gate-passed.txt", "index.html"} <= on_disk
    root.verify_whole(latest.resolve(), manifest["files"])
    assert [p.name for p in prune_runs(out, keep=1)] == ["20200101-000000"]     # the lock is free again


def test_a_killed_run_is_marked_never_promoted_and_not_counted_by_prune(setting):
    """Defect 6: a killed run's folder had no marker and counted as a run for prune."""
    out, report, gate = setting
    kept = out / "runs" / "20200102-000000-whatif-flip-True"          # an older, complete what-if run
    kept.mkdir()
    (kept / "manifest.json").write_text("{}", encoding="utf-8")
    before = snapshot(out)
    killed = helpers("run", "--report", report, "--out", out, "--notebooks", GATE, gate=gate)
    try:
        wait_for(lambda: started_run(out) is not None, "the run's first notebook")
    finally:
        os.killpg(killed.pid, signal.SIGKILL)
        killed.communicate(timeout=60)
    folder = started_run(out)
    assert (folder / root.INCOMPLETE).exists() and not root.is_complete(folder)
    assert snapshot(out) == before
    removed = prune_runs(out, keep=2)           # the killed folder is deleted, and does not push out a real run
    assert removed == [folder] and kept.is_dir() and (out / "runs" / "20200101-000000").is_dir()
    assert snapshot(out) == before
    with pytest.raises(root.RunError, match="incomplete"):
        marked = out / "runs" / "20200103-000000"
        marked.mkdir()
        (marked / root.INCOMPLETE).touch()
        root.promote(marked, out / "latest")
    assert snapshot(out) == before


def test_a_run_folder_that_no_longer_matches_its_manifest_is_not_promoted(setting, monkeypatch):
    """Promotion checks every file against the manifest's SHA-256 (here a file vanishes, as under defect 2)."""
    out, report, _ = setting
    before = snapshot(out)
    listed = root.file_checksums

    def list_then_lose_a_file(run_dir):
        files = listed(run_dir)
        (run_dir / "claims.csv").unlink()
        return files

    monkeypatch.setattr(root, "file_checksums", list_then_lose_a_file)
    lines = []
    result = run(report, out, {}, notebooks_dir=LEDGER, echo=lines.append)
    assert result.exit_code == EXIT_FAILED and not result.promoted
    assert "claims.csv: listed in the manifest but missing" in result.error
    assert any("FAILED" in line and "left unchanged" in line for line in lines)
    assert snapshot(out) == before
    manifest = json.loads((result.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["promoted_to_latest"] is False and (result.run_dir / root.INCOMPLETE).exists()


def test_a_dependency_cycle_ends_as_skipped_instead_of_spinning(tmp_path):
    """Defect 6: a cycle in depends_on spun forever."""
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    lines, results = [], []
    worker = threading.Thread(target=lambda: results.append(
        run(report, tmp_path / "out", {}, jobs=2, notebooks_dir=CYCLE, echo=lines.append)), daemon=True)
    worker.start()
    worker.join(timeout=300)
    assert not worker.is_alive(), "the runner is still going round the cycle"
    assert results[0].exit_code == EXIT_FAILED
    assert {n.name: n.status for n in results[0].notebooks} == {
        "00-first-of-cycle": "skipped", "01-second-of-cycle": "skipped", "02-outside-cycle": "ok"}
    assert sum("skipped (its dependencies form a cycle)" in line for line in lines) == 2
    assert not (tmp_path / "out" / "latest").exists()


def test_a_hung_cell_fails_its_notebook_after_the_cell_timeout(setting, monkeypatch):
    """Defect 1 and 3: no time limit anywhere (a FIFO as report_path hung the kernel forever)."""
    out, report, gate = setting
    before = snapshot(out)
    monkeypatch.setenv("HELPERS_TEST_GATE", str(gate))          # never opened: the first cell waits for ever
    lines = []
    result = run(report, out, {}, notebooks_dir=GATE, cell_timeout=3, echo=lines.append)
    assert result.exit_code == EXIT_FAILED
    status = {n.name: (n.status, n.error) for n in result.notebooks}
    assert status["00-wait-at-gate"][0] == "failed" and "ran longer than --cell-timeout 3 s" in status["00-wait-at-gate"][1]
    assert status["01-after-gate"][0] == "skipped"
    assert any("FAILED: 00-wait-at-gate" in line for line in lines)
    assert snapshot(out) == before
    assert (result.run_dir / "00-wait-at-gate.ipynb").exists()          # the executed notebook is kept
    with pytest.raises(SystemExit) as refused:
        main(["run", "--cell-timeout", "0"])
    assert refused.value.code == 2
