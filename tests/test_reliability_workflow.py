"""Issue 10, the daily workflow: make with odd names, make lab, clean notebooks in git, cron, kernels."""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import papermill
import pytest

from helpers import paths
from helpers.runs.runner import IPCKernelManager

from .conftest import FIXTURES
from .test_reliability_failures import nobody_command

LEDGER = FIXTURES / "notebooks" / "ledger"
MAKE = shutil.which("make")
README = (paths.ROOT / "README.md").read_text(encoding="utf-8")
needs_make = pytest.mark.skipif(MAKE is None, reason="make is not installed")


@needs_make
def test_make_report_takes_any_file_name_and_runs_nothing_in_it(tmp_path):
    """Defect 5: a space in REPORT failed, and a backtick in it ran a shell command (``$(REPORT)`` unquoted)."""
    name = "a b`touch BACKTICK`$(touch DOLLAR)$(shell touch SHELL)'q\".txt"
    report = tmp_path / name
    report.write_text("安顺市累计减少贫困人口54.58万人。\nclaim:a:supported\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([MAKE, "-s", "-C", str(paths.ROOT), "report", f"REPORT={report}", "JOBS=1",
                           f"ARGS=--notebooks {LEDGER} --out {out}"],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["report"]["path"] == str(report)
    for made in ("BACKTICK", "DOLLAR", "SHELL"):
        assert not (tmp_path / made).exists() and not (paths.ROOT / made).exists(), made
    missing = subprocess.run([MAKE, "-s", "-C", str(paths.ROOT), "report", f"REPORT={tmp_path / 'no such.txt'}"],
                             capture_output=True, text=True, timeout=600)
    assert missing.returncode != 0 and f"error: {tmp_path / 'no such.txt'}: report file not found" in missing.stderr


@needs_make
def test_make_lab_passes_allow_root_only_to_root():
    """Also seen: make lab as root stopped with "Running as root is not recommended"."""
    as_me = subprocess.run([MAKE, "-s", "-C", str(paths.ROOT), "lab", "PY=echo"], capture_output=True, text=True,
                           timeout=60)
    assert as_me.returncode == 0, as_me.stderr
    assert f"--ServerApp.root_dir={paths.ROOT}" in as_me.stdout
    assert ("--allow-root" in as_me.stdout) == (os.geteuid() == 0)
    if os.geteuid() == 0:
        command = nobody_command(MAKE, "-s", "-C", str(paths.ROOT), "lab", "PY=echo")
        if command is None:
            pytest.skip("no unprivileged user to try make lab as")
        as_nobody = subprocess.run(command, capture_output=True, text=True, timeout=60,
                                   env={**os.environ, "HOME": "/tmp"})
        assert as_nobody.returncode == 0, as_nobody.stderr
        assert "--ServerApp.root_dir" in as_nobody.stdout and "--allow-root" not in as_nobody.stdout


def _get(sock: Path, path: str) -> dict:
    connection = http.client.HTTPConnection("localhost")
    connection.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.sock.connect(str(sock))
    connection.request("GET", path)
    return json.loads(connection.getresponse().read())


@pytest.mark.slow
@needs_make
def test_make_lab_starts_and_shows_the_whole_project(tmp_path):
    """Also seen: ``--notebook-dir=notebooks`` hid data/ and reports/interactive/."""
    sock = tmp_path / "lab.sock"
    lab = subprocess.Popen([MAKE, "-s", "-C", str(paths.ROOT), "lab",
                            f"ARGS=--no-browser --ServerApp.sock={sock} --IdentityProvider.token=reliability"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
                           env={**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")})
    try:
        deadline = time.monotonic() + 120
        while not sock.exists():
            assert lab.poll() is None, lab.stderr.read()
            assert time.monotonic() < deadline, "JupyterLab did not start"
            time.sleep(0.2)
        listing = _get(sock, "/api/contents?token=reliability")
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        try:
            lab.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(lab.pid, signal.SIGKILL)
    names = {entry["name"] for entry in listing["content"]}
    assert {"notebooks", "data", "src"} <= names


def test_git_strips_outputs_of_a_saved_notebook(tmp_path):
    """Also seen: saving a notebook with outputs made the tests fail, with nothing to strip them."""
    git = shutil.which("git")
    if git is None or MAKE is None:
        pytest.skip("git and make are needed")
    repository = tmp_path / "clone"
    repository.mkdir()
    shutil.copy(paths.ROOT / ".gitattributes", repository / ".gitattributes")
    os.symlink(paths.ROOT / ".venv", repository / ".venv")          # make install's environment, as in a clone
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run([git, "init", "-q"], cwd=repository, check=True, env=env)
    done = subprocess.run([MAKE, "-s", "-f", str(paths.ROOT / "Makefile"), "-o", ".venv/.installed", "git-filter"],
                          cwd=repository,
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (repository / ".gitattributes").read_text() == (paths.ROOT / ".gitattributes").read_text()  # unchanged
    saved = nbformat.read(paths.NOTEBOOKS / "00-read-the-report.ipynb", as_version=4)
    code = next(cell for cell in saved.cells if cell.cell_type == "code")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="PosixPath('/home/me/secret')\n")]
    code.execution_count = 7
    (repository / "notebooks").mkdir()
    nbformat.write(saved, repository / "notebooks" / "saved.ipynb")
    subprocess.run([git, "add", "saved.ipynb"], cwd=repository / "notebooks", check=True, env=env)   # from a subfolder
    staged = subprocess.run([git, "show", ":notebooks/saved.ipynb"], cwd=repository, check=True, env=env,
                            capture_output=True, text=True).stdout
    stored = nbformat.reads(staged, as_version=4)
    assert "secret" not in staged
    assert all(c.outputs == [] and c.execution_count is None for c in stored.cells if c.cell_type == "code")
    assert [c.id for c in stored.cells] == [c.id for c in saved.cells]                 # cell ids kept


def test_the_git_filter_leaves_every_committed_notebook_as_it_is():
    """The filter must not rewrite a clean notebook (a phantom diff); test_notebooks_stored_clean stays the guard."""
    notebooks = sorted(paths.NOTEBOOKS.glob("*.ipynb")) + sorted(FIXTURES.glob("notebooks/*/*.ipynb"))
    done = subprocess.run([str(paths.ROOT / ".venv" / "bin" / "nbstripout"), "--keep-id", "--verify",
                           *map(str, notebooks)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "would have stripped" not in done.stdout, done.stdout + done.stderr
    for path in notebooks:                  # and byte for byte: the filter writes what nbformat writes, plus "\n"
        written = nbformat.writes(nbformat.read(path, as_version=nbformat.NO_CONVERT)) + "\n"
        assert written == path.read_text(encoding="utf-8"), path
    assert len(notebooks) > 10


def test_the_cron_line_works_from_a_fresh_clone_and_rotates_its_log(tmp_path):
    """Also seen: the cron line failed when reports/ was missing, and cron.log grew for ever."""
    line = next(l for l in README.splitlines() if re.match(r"^[0-9*]+ [0-9*]+ \* \* \*", l))
    assert "--log-file reports/cron.log" in line and ">>" not in line
    assert line.count("--log-file reports/cron.log") == 2 and "make -s install" in line
    fresh = tmp_path / "clone"                               # a project with no reports/ folder yet
    fresh.mkdir()
    env = {**os.environ, "HELPERS_ROOT": str(fresh)}
    log = fresh / "reports" / "cron.log"
    command = [sys.executable, "-m", "helpers", "prune", "--keep", "14", "--log-file", "reports/cron.log"]
    first = subprocess.run(command, cwd=fresh, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    assert log.read_text().startswith("--- ") and "prune --keep 14" in log.read_text()
    from helpers.__main__ import LOG_MAX_BYTES
    with open(log, "a") as handle:
        handle.write("x" * (LOG_MAX_BYTES + 1))
    second = subprocess.run(command, cwd=fresh, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0
    assert log.stat().st_size < 1000 and (log.parent / "cron.log.1").stat().st_size > LOG_MAX_BYTES
    broken = subprocess.run([sys.executable, "-m", "helpers", "prune", "--out", str(fresh / "x"), "--keep", "0",
                             "--log-file", "reports/cron.log"], cwd=fresh, env=env, capture_output=True, text=True,
                            timeout=120)
    assert broken.returncode == 2 and "--keep must be at least 1" in log.read_text()   # errors land in the log


def test_kernels_started_at_once_never_collide_and_say_nothing_about_tcp(tmp_path, capfd):
    """Also seen: ``ZMQError: Address already in use`` under load, and "Kernel is running over TCP without
    encryption" ten times per run."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import os\nprint(os.getpid())")])
    notebook.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    source = tmp_path / "pid.ipynb"
    nbformat.write(notebook, source)
    errors, transports = [], []

    class Recording(IPCKernelManager):
        def write_connection_file(self, **kwargs):
            super().write_connection_file(**kwargs)
            transports.append((self.transport, self.ip))

    def start(n):
        try:
            papermill.execute_notebook(str(source), str(tmp_path / f"out-{n}.ipynb"), kernel_name="python3",
                                       progress_bar=False, start_timeout=120, execution_timeout=120,
                                       kernel_manager_class=Recording)
        except Exception as error:                       # noqa: BLE001 — collected and asserted below
            errors.append(repr(error))

    threads = [threading.Thread(target=start, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(transports) == 6 and {t for t, _ in transports} == {"ipc"}
    assert len({ip for _, ip in transports}) == 6                     # a socket path of its own for each kernel
    pids = {nbformat.read(tmp_path / f"out-{n}.ipynb", as_version=4).cells[0].outputs[0]["text"] for n in range(6)}
    assert len(pids) == 6
    assert "without encryption" not in capfd.readouterr().err
