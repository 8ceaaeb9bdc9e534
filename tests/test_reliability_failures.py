"""Issue 10, every failure path an exit code and a sentence naming the file, with latest byte-identical after it.

Permission cases run as the unprivileged user ``nobody`` through ``setpriv`` (CI runs as root, for whom
every file is readable); a full disk is a small tmpfs where this machine lets us mount one, and fault
injection otherwise (and always, for the failures that can only happen mid-run).
"""

import errno
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from helpers import paths
from helpers.__main__ import main
from helpers.read.report import ReportError, load_report
from helpers.runs import root, runner
from helpers.runs.runner import EXIT_FAILED, RunError, plan, run

from .conftest import FIXTURES
from .test_bad_input import snapshot
from .test_reliability_location import TEXT, published_root, root_and_report

GOOD = FIXTURES / "notebooks" / "good"
LEDGER = FIXTURES / "notebooks" / "ledger"


@pytest.fixture
def setting(tmp_path):
    return root_and_report(tmp_path)


# ---- helpers for the permission cases -------------------------------------------------------------------

def nobody_command(*args):
    """``args`` run as the user nobody (or as this user when it is not root); None when that is not possible."""
    if os.geteuid() != 0:
        return list(args)
    setpriv = shutil.which("setpriv")
    try:
        user = pwd.getpwnam("nobody")
    except KeyError:
        return None
    if setpriv is None:
        return None
    return [setpriv, f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", *args]


@pytest.fixture
def shared_folder():
    """A folder every user may enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="helpers-reliability-"))
    folder.chmod(0o755)
    (folder / "home").mkdir(mode=0o777)
    (folder / "home").chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_nobody(shared, *args):
    command = nobody_command(sys.executable, "-m", "helpers", *map(str, args))
    if command is None:
        pytest.skip("no way to run as an unprivileged user here (setpriv and the user nobody are needed)")
    env = {**os.environ, "HOME": str(shared / "home"), "PYTHONDONTWRITEBYTECODE": "1",
           "MPLCONFIGDIR": str(shared / "home"), "JUPYTER_RUNTIME_DIR": str(shared / "home")}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


# ---- pipes, FIFOs, devices, permissions -----------------------------------------------------------------

def test_extract_into_a_pipe_closed_early_exits_quietly(tmp_path):
    """Defect 4: ``extract … | head`` ended in BrokenPipeError."""
    big = tmp_path / "big.txt"
    big.write_text(load_report().text * 64, encoding="utf-8")        # far more CSV than a pipe holds (64 KiB)
    shell = (f'"{sys.executable}" -m helpers extract "{big}" | head -c 100 >/dev/null; '
             'echo "status=${PIPESTATUS[0]}" >&2')
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=300)
    assert done.stderr.strip() == "status=141", done.stderr          # as cat would: quiet, 128 + SIGPIPE


def _within(seconds, call):
    """``call()``'s answer, failing the test if it blocks (a FIFO read would block for ever)."""
    answer = []

    def work():
        try:
            answer.append((call(), None))
        except Exception as error:                 # noqa: BLE001 — raised again in the test's thread
            answer.append((None, error))

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked"
    value, error = answer[0]
    if error is not None:
        raise error
    return value


def test_a_fifo_or_a_device_given_as_report_is_refused_at_once(tmp_path, capsys):
    """Defect 4: a FIFO hung the run; /dev/zero read 2.7 GB, then MemoryError."""
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    for given in (fifo, Path("/dev/zero")):
        assert _within(60, lambda: main(["extract", str(given)])) == 2
        assert _within(60, lambda: main(["run", "--report", str(given), "--out", str(tmp_path / "out")])) == 2
        message = capsys.readouterr().err
        assert message.count(f"{given}: is not a regular file") == 2, message
    assert not (tmp_path / "out").exists()


def test_a_file_swapped_for_a_fifo_or_a_fifo_as_checksums_never_blocks(tmp_path, monkeypatch):
    """The checks happen on what is opened (O_NONBLOCK, fstat), and on a report folder's SHA256SUMS too."""
    import helpers.read.report as reading

    fifo = tmp_path / "swapped.txt"
    os.mkfifo(fifo)
    regular, real = os.stat(paths.DEFAULT_REPORT / paths.METADATA_FILE), os.stat
    monkeypatch.setattr(reading.os, "stat",                                     # stat saw a file ...
                        lambda path, *args, **kwargs: regular if str(path) == str(fifo) else real(path, *args, **kwargs))
    with pytest.raises(ReportError, match=f"{fifo}: is not a regular file"):      # ... then a pipe was opened
        _within(60, lambda: reading.read_bytes(fifo))
    monkeypatch.undo()
    folder = tmp_path / "folder"
    shutil.copytree(paths.DEFAULT_REPORT, folder)
    (folder / paths.CHECKSUMS_FILE).unlink()
    os.mkfifo(folder / paths.CHECKSUMS_FILE)
    with pytest.raises(ReportError, match=f"{paths.CHECKSUMS_FILE}: is not a regular file"):
        _within(60, lambda: load_report(folder))


def test_an_unreadable_report_is_exit_2_naming_the_file_as_a_non_root_user(shared_folder):
    """Defect 4: an unreadable report was a PermissionError traceback with exit 1."""
    report = shared_folder / "secret.txt"
    report.write_text(TEXT, encoding="utf-8")
    report.chmod(0o600)
    for args in (("extract", report), ("run", "--report", report, "--out", shared_folder / "out")):
        done = as_nobody(shared_folder, *args)
        assert done.returncode == 2, done.stderr
        assert f"{report}: cannot be read (permission denied)" in done.stderr and "Traceback" not in done.stderr
    assert not (shared_folder / "out").exists()


def test_a_read_only_output_root_fails_before_anything_runs(shared_folder):
    """Defect 4: a read-only latest was a traceback after all notebooks ran, the manifest saying promoted."""
    report = shared_folder / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    out = published_root(shared_folder / "out")           # owned by root, 0755: nobody may not write there
    (out / "runs").chmod(0o777)                           # ... though a run folder could be made
    before = snapshot(out)
    done = as_nobody(shared_folder, "run", "--report", report, "--out", out, "--notebooks", GOOD)
    assert done.returncode == 2 and f"{out}: output folder cannot be written" in done.stderr, done.stderr
    (out / root.LOCK_FILE).touch(mode=0o666)              # the lock can be taken: latest's folder is what fails
    (out / root.LOCK_FILE).chmod(0o666)
    done = as_nobody(shared_folder, "run", "--report", report, "--out", out, "--notebooks", GOOD)
    assert done.returncode == 2 and f"{out}: 'latest' cannot be replaced there" in done.stderr, done.stderr
    assert snapshot(out) == before and sorted(p.name for p in (out / "runs").iterdir()) == ["20200101-000000"]


# ---- full disks -----------------------------------------------------------------------------------------

def _mounted_tmpfs(folder, size):
    """Mount a tmpfs of ``size`` on ``folder``; False where this machine does not allow it."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """An output root on a 3 MiB disk: a real tmpfs, or (fault injection) statvfs saying 1 MiB is free."""
    folder = tmp_path / "disk"
    mounted = _mounted_tmpfs(folder, "3m")
    if not mounted:
        folder.mkdir()
        real = os.statvfs

        class Full:
            def __init__(self, path):
                stats = real(path)
                self.f_frsize, self.f_bavail = stats.f_frsize, 2**20 // stats.f_frsize

        monkeypatch.setattr(root.os, "statvfs", Full)
    yield folder, mounted
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_fails_before_any_notebook_runs(small_disk, tmp_path):
    """Defect 4: a full disk was a traceback after every notebook ran."""
    disk, _ = small_disk
    out = published_root(disk / "out")
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    before = snapshot(out)
    with pytest.raises(RunError, match=r"MiB free on its disk; a run needs about 4\.0 MiB") as refused:
        run(report, out, notebooks_dir=GOOD, echo=lambda line: None)
    assert str(out / "runs") in str(refused.value)
    assert snapshot(out) == before and sorted(p.name for p in (out / "runs").iterdir()) == ["20200101-000000"]


def test_a_disk_that_fills_during_the_run_is_exit_1_with_latest_and_manifest_truthful(small_disk, tmp_path,
                                                                                      monkeypatch):
    """Defect 4: a full disk or a read-only latest after the notebooks left a manifest saying promoted."""
    disk, mounted = small_disk
    if not mounted:
        pytest.skip("no tmpfs here; test_a_failure_while_finishing_the_run_folder_keeps_latest injects the fault")
    out = published_root(disk / "out")
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    before = snapshot(out)
    monkeypatch.setattr(root, "MIN_FREE_BYTES", 0)                  # let it start ...
    filler = disk / "filler"
    with open(filler, "wb") as handle:                              # ... on a disk with ~100 KB left
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, size - 100_000)
    lines = []
    result = run(report, out, notebooks_dir=GOOD, echo=lines.append)
    assert result.exit_code == EXIT_FAILED and not result.promoted
    assert snapshot(out) == before
    assert any("No space left on device" in line or "disk is full" in line for line in lines), lines
    manifest = result.run_dir / "manifest.json"
    if manifest.exists():
        assert json.loads(manifest.read_text(encoding="utf-8"))["promoted_to_latest"] is False


@pytest.mark.parametrize("stage, fault", [
    ("write_index", OSError(errno.ENOSPC, "No space left on device", "index.html")),
    ("promote", OSError(errno.EROFS, "Read-only file system", "latest")),
])
def test_a_failure_while_finishing_the_run_folder_keeps_latest_and_the_manifest_truthful(setting, monkeypatch,
                                                                                        stage, fault):
    out, report = setting
    before = snapshot(out)

    def fail(*args, **kwargs):
        raise fault

    monkeypatch.setattr(runner, stage, fail)
    lines = []
    result = run(report, out, notebooks_dir=LEDGER, echo=lines.append)
    assert result.exit_code == EXIT_FAILED and not result.promoted
    assert snapshot(out) == before
    assert f"{fault.filename}: {fault.strerror}" in result.error
    assert ("disk is full" in result.error) == (fault.errno == errno.ENOSPC)
    assert any(line.startswith(f"FAILED: {result.run_dir}") and "left unchanged" in line for line in lines)
    manifest = json.loads((result.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["promoted_to_latest"] is False
    assert not list(result.run_dir.glob(".manifest.json*"))


# ---- errors from reading, parameters ------------------------------------------------------------------

def test_an_overflowing_number_is_exit_2_and_never_a_traceback(tmp_path, capsys, monkeypatch):
    """Defect 4: a number of 400 digits or 一亿亿… was an OverflowError traceback with exit 1."""
    for name, text in (("digits.txt", "收入" + "9" * 400 + "元。\n"), ("yi.txt", "一" + "亿" * 60 + "元。\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert main(["extract", str(path)]) in (0, 2)           # 0 once the parser reads it, never 1
        assert "Traceback" not in capsys.readouterr().err
    import helpers.quantities

    def overflow(*args, **kwargs):
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(helpers.quantities, "write_csv", overflow)
    assert main(["extract", str(path)]) == 2
    assert f"{path}: cannot be read as a report (OverflowError" in capsys.readouterr().err
    monkeypatch.setattr(runner, "validate_inputs", overflow)
    with pytest.raises(ReportError, match=f"{path}: cannot be analysed .OverflowError"):
        plan(path, tmp_path / "out", notebooks_dir=GOOD)
    assert main(["run", "--report", str(path), "--out", str(tmp_path / "out"), "--notebooks", str(GOOD)]) == 2
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, value, message", [
    ("n_years", "0", "at least 1"), ("n_counties", "-6", "at least 1"), ("n_years", "nan", "finite"),
    ("n_counties", "inf", "finite"), ("n_years", "1.5", "whole number"), ("tolerance", "nan", "from 0 up to 1"),
    ("tolerance", "-0.1", "from 0 up to 1"), ("tolerance", "inf", "from 0 up to 1"),
])
def test_zero_negative_nan_and_infinite_parameters_are_refused_before_anything_runs(tmp_path, capsys,
                                                                                   name, value, message):
    """Defect 4: such parameters were accepted (tolerance nan turned "approximate" into "inconsistent")."""
    assert main(["run", "-p", name, value, "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert name in error and message in error and value in error
    assert not (tmp_path / "out").exists()


def test_a_nul_byte_past_the_first_64_kib_is_still_a_binary_file(tmp_path):
    """Defect 6: the binary check read only the first 64 KiB."""
    path = tmp_path / "late-nul.txt"
    path.write_bytes(TEXT.encode("utf-8") * 4000 + b"\x00tail")
    assert path.stat().st_size > 200_000
    with pytest.raises(ReportError, match=f"{path}: binary file"):
        load_report(path)


def test_the_analysis_cache_sees_a_curated_file_edited_in_a_live_kernel(tmp_path):
    """Also seen: analyse() cached on (path, tolerance, parameters), so an edited claims.csv was ignored."""
    from helpers.analysis import analyse

    folder = tmp_path / paths.DEFAULT_SLUG
    shutil.copytree(paths.DEFAULT_REPORT, folder)
    claims = folder / paths.CLAIMS_FILE
    first = analyse(folder)
    stat = claims.stat()
    edited = claims.read_text(encoding="utf-8").replace("Years of Qingdao", "YEARS of Qingdao")
    claims.write_text(edited, encoding="utf-8")
    os.utime(claims, ns=(stat.st_atime_ns, stat.st_mtime_ns))          # same time: only the content differs
    second = analyse(folder)
    assert second is not first
    assert claims.stat().st_size == stat.st_size                      # same size too
    assert "YEARS of Qingdao" in " ".join(second.ledger.subject)
    assert "YEARS of Qingdao" not in " ".join(first.ledger.subject)
