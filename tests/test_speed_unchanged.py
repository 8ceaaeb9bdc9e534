"""Issue 14, nothing redone when nothing changed: a default run whose key matches latest's keeps latest.

The key is made of the report's files, the notebooks, the ``helpers`` package's files and
``requirements.lock``; a change to any of them makes the next run run. The check reads and hashes
files only: the command line does not import papermill, nbconvert or pandas to make it.
"""

import json
import shutil
import subprocess
import sys

import pytest

from helpers import paths
from helpers.read.report import load_report, sha256_of
from helpers.runs import key as run_key
from helpers.runs.runner import EXIT_OK, run

from .conftest import FIXTURES
from .test_bad_input import snapshot

GOOD = FIXTURES / "notebooks" / "good"
TEXT = "初审编辑:\n安顺市累计减少贫困人口54.58万人。\n"


@pytest.fixture
def published(tmp_path):
    """A report, a copy of the good fixture notebooks, and an output root with a published run of them."""
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    shutil.copytree(GOOD, notebooks)
    out = tmp_path / "out"
    first = run(report, out, notebooks_dir=notebooks, echo=lambda line: None)
    assert first.exit_code == EXIT_OK and first.promoted
    return report, notebooks, out, first


def runs_of(out):
    return sorted(p.name for p in (out / "runs").iterdir())


def test_a_second_run_with_nothing_changed_keeps_latest_byte_for_byte(published):
    report, notebooks, out, first = published
    before, folders = snapshot(out), runs_of(out)
    lines = []
    again = run(report, out, notebooks_dir=notebooks, echo=lines.append)
    assert again.exit_code == EXIT_OK and again.reused and not again.promoted and again.notebooks == []
    assert again.run_dir == first.run_dir.resolve()
    assert snapshot(out) == before and runs_of(out) == folders          # nothing written, nothing moved
    assert len(lines) == 1 and lines[0].startswith(f"unchanged: nothing changed since {first.run_dir.name}")
    assert "--force" in lines[0]


def test_the_manifest_records_what_the_key_was_made_of(published):
    report, notebooks, out, first = published
    manifest = json.loads((first.run_dir / "manifest.json").read_text(encoding="utf-8"))
    made_of = manifest["key"]["made_of"]
    assert made_of["report"] == {str(report.resolve()): load_report(report).sha256}
    assert sorted(name.rsplit("/", 1)[1] for name in made_of["notebooks"]) == sorted(p.name for p in GOOD.glob("*.ipynb"))
    assert "analysis.py" in made_of["helpers"] and "runs/key.py" in made_of["helpers"]
    assert "present/wording.yml" in made_of["helpers"] and not any("__pycache__" in n for n in made_of["helpers"])
    assert made_of["environment"]["requirements.lock"] == sha256_of(paths.ROOT / "requirements.lock")
    assert made_of["parameters"] == {} and len(manifest["key"]["sha256"]) == 64
    assert manifest["key"] == run_key.run_key(load_report(report), notebooks)


def test_force_runs_everything_anyway(published):
    report, notebooks, out, first = published
    forced = run(report, out, notebooks_dir=notebooks, force=True, echo=lambda line: None)
    assert forced.exit_code == EXIT_OK and forced.promoted and not forced.reused
    assert (out / "latest").resolve() == forced.run_dir.resolve() != first.run_dir.resolve()


def test_defaults_spelled_out_are_nothing_changed_and_a_what_if_always_runs(published):
    report, notebooks, out, first = published
    spelled = run(report, out, {"scale": "1", "label": "默认"}, notebooks_dir=notebooks, echo=lambda line: None)
    assert spelled.reused and spelled.run_dir == first.run_dir.resolve()
    what_if = run(report, out, {"scale": "2"}, notebooks_dir=notebooks, echo=lambda line: None)
    assert what_if.exit_code == EXIT_OK and what_if.what_if and not what_if.reused
    assert json.loads((what_if.run_dir / "manifest.json").read_text(encoding="utf-8"))["key"]["made_of"][
        "parameters"] == {"scale": 2}
    subset = run(report, out, notebooks_dir=notebooks, only=["01-echo-label"], echo=lambda line: None)
    assert subset.what_if and not subset.reused


def edit_report(report, notebooks, helpers_copy, lock):
    report.write_text(TEXT + "又一行。\n", encoding="utf-8")


def edit_notebook(report, notebooks, helpers_copy, lock):
    path = notebooks / "01-echo-label.ipynb"
    path.write_text(path.read_text(encoding="utf-8").replace('print(\\"label:\\", label)',
                                                             'print(\\"label:\\", label, \\"!\\")'), encoding="utf-8")


def add_notebook(report, notebooks, helpers_copy, lock):
    shutil.copy(notebooks / "01-echo-label.ipynb", notebooks / "03-echo-again.ipynb")


def edit_helpers(report, notebooks, helpers_copy, lock):
    path = helpers_copy / "present" / "wording.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment changes the bytes\n", encoding="utf-8")


def edit_lock(report, notebooks, helpers_copy, lock):
    lock.write_text(lock.read_text(encoding="utf-8") + "# re-locked\n", encoding="utf-8")


@pytest.mark.parametrize("change", [edit_report, edit_notebook, add_notebook, edit_helpers, edit_lock],
                         ids=lambda f: f.__name__)
def test_a_change_to_any_input_makes_the_next_run_run(published, tmp_path, monkeypatch, change):
    report, notebooks, out, first = published
    helpers_copy, lock = tmp_path / "helpers", tmp_path / "requirements.lock"
    shutil.copytree(run_key.HELPERS_SOURCE, helpers_copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(run_key.LOCK_FILE, lock)
    monkeypatch.setattr(run_key, "HELPERS_SOURCE", helpers_copy)
    monkeypatch.setattr(run_key, "LOCK_FILE", lock)
    lines = []
    unchanged = run(report, out, notebooks_dir=notebooks, echo=lines.append)      # the copies are the same bytes
    assert unchanged.reused, lines
    change(report, notebooks, helpers_copy, lock)
    lines.clear()
    changed = run(report, out, notebooks_dir=notebooks, echo=lines.append)
    assert changed.exit_code == EXIT_OK and not changed.reused and changed.promoted
    assert lines[0].startswith("running: ") and "changed since" in lines[0]
    assert (out / "latest").resolve() == changed.run_dir.resolve()


def test_a_report_folders_curated_file_is_part_of_the_key(tmp_path):
    folder = tmp_path / "qingdao-anshun-2020"
    shutil.copytree(paths.DEFAULT_REPORT, folder)
    before = run_key.run_key(load_report(folder), GOOD)
    assert any(name.endswith("/claims.csv") for name in before["made_of"]["report"])
    assert any(name.endswith("/SHA256SUMS") for name in before["made_of"]["report"])
    assert any("/raw/" in name for name in before["made_of"]["report"])
    references = folder / "references.csv"
    references.write_text(references.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after = run_key.run_key(load_report(folder), GOOD)
    assert after["sha256"] != before["sha256"]
    assert run_key.describe_change(before, after) == f"report: {run_key._shown(folder)}/references.csv changed"


def test_files_that_change_nothing_are_not_in_the_key(tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(GOOD, notebooks)
    report = load_report(paths.DEFAULT_REPORT)
    before = run_key.run_key(report, notebooks)
    (notebooks / ".ipynb_checkpoints").mkdir()            # JupyterLab's autosaves
    shutil.copy(notebooks / "00-write-length.ipynb", notebooks / ".ipynb_checkpoints" / "00-write-length-checkpoint.ipynb")
    (notebooks / "notes.txt").write_text("not a notebook", encoding="utf-8")
    assert run_key.run_key(report, notebooks) == before


def test_a_latest_that_is_no_longer_whole_is_run_again(published):
    report, notebooks, out, first = published
    (first.run_dir / "01-echo-label.html").write_text("edited by hand", encoding="utf-8")
    lines = []
    again = run(report, out, notebooks_dir=notebooks, echo=lines.append)
    assert not again.reused and again.promoted
    assert "changed since the manifest recorded it" in lines[0]


def test_the_command_line_check_imports_no_papermill_nbconvert_or_pandas(published):
    report, notebooks, out, first = published
    script = ("import sys\nfrom helpers.__main__ import main\n"
              f"code = main(['run', '--report', {str(report)!r}, '--out', {str(out)!r}, '--notebooks', {str(notebooks)!r}])\n"
              "print(code, sorted(m for m in ('papermill', 'nbconvert', 'nbformat', 'pandas', 'jupyter_client')"
              " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.split("\n")[0] == "0 []", done.stdout + done.stderr
    assert "unchanged: nothing changed since" in done.stderr
    forced = subprocess.run([sys.executable, "-m", "helpers", "run", "--report", str(report), "--out", str(out),
                             "--notebooks", str(notebooks), "--force"], capture_output=True, text=True, timeout=600)
    assert forced.returncode == 0 and "unchanged" not in forced.stderr and "ok: " in forced.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_report_keeps_an_unchanged_latest_and_force_runs_it_again(tmp_path):
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"

    def make(*args):
        return subprocess.run(["make", "-s", "-C", str(paths.ROOT), "report", f"REPORT={report}", "JOBS=1",
                               f"ARGS=--notebooks {GOOD} --out {out} {' '.join(args)}"],
                              capture_output=True, text=True, timeout=600)

    first = make()
    assert first.returncode == 0 and "ok: " in first.stderr, first.stderr
    published = snapshot(out)
    second = make()
    assert second.returncode == 0 and "unchanged: nothing changed since" in second.stderr, second.stderr
    assert snapshot(out) == published
    forced = make("--force")
    assert forced.returncode == 0 and "ok: " in forced.stderr and snapshot(out) != published


def test_a_latest_made_before_runs_recorded_keys_is_run_again(published):
    report, notebooks, out, first = published
    manifest_path = first.run_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["key"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    lines = []
    again = run(report, out, notebooks_dir=notebooks, echo=lines.append)
    assert not again.reused and again.promoted
    assert lines[0] == f"running: {first.run_dir.name} records no key (it was made before runs recorded one)"
