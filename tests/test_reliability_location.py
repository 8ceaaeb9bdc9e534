"""Issue 10, names and places: no parameter, report name or --out reaches a published run, a runs/ folder or the project.

Each refusal happens before anything runs (no kernel starts, no run folder is made), and ``latest`` is
compared file by file (SHA-256) before and after.
"""

import os

import pytest

from helpers import paths
from helpers.read.report import load_report
from helpers.runs import root
from helpers.runs.notebooks import ParameterError
from helpers.runs.runner import RunError, default_out, plan, run

from .conftest import FIXTURES
from .test_bad_input import snapshot

GOOD = FIXTURES / "notebooks" / "good"
TEXT = "初审编辑:\n安顺市累计减少贫困人口54.58万人。\n"


#: A small report the fixture notebooks read (a claim and a check line they understand).
TEXT = "安顺市累计减少贫困人口54.58万人。\nclaim:a:supported\ncheck:k1:consistent\n"


def root_and_report(tmp_path):
    """(a published output root, a small report file) under ``tmp_path``."""
    report = tmp_path / "small.txt"
    report.write_text(TEXT, encoding="utf-8")
    return published_root(tmp_path / "out"), report


def published_root(folder):
    """An output root whose latest points at a (small, hand-made) published run folder."""
    run_dir = folder / "runs" / "20200101-000000"
    (run_dir / "figures").mkdir(parents=True)
    (run_dir / "claims.csv").write_text("claim_id,corroboration\na,supported\n", encoding="utf-8")
    (run_dir / "figures" / "fig-a.png").write_bytes(b"\x89PNG fake")
    (run_dir / "manifest.json").write_text('{"run_id": "20200101-000000"}', encoding="utf-8")
    os.symlink("runs/20200101-000000", folder / "latest")
    return folder


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def no_run_folder_but(out, *names):
    return sorted(p.name for p in (out / "runs").iterdir()) == sorted(names)


def test_output_dir_and_report_path_parameters_cannot_overwrite_latest(tmp_path, report):
    """Defect 1: ``-p output_dir $PWD/reports/latest -p report_path other.txt`` rewrote the published run."""
    out = published_root(tmp_path / "out")
    before = snapshot(out)
    for name, value in (("output_dir", str(out / "latest")), ("report_path", str(report)),
                        ("topic", "funds"), ("check_parameters", "{}")):
        with pytest.raises(ParameterError, match=rf"\['{name}'\] are set by the runner"):
            run(report, out, {name: value}, notebooks_dir=GOOD, only=["00-write-length", "01-echo-label"],
                echo=lambda line: None)
    assert snapshot(out) == before and no_run_folder_but(out, "20200101-000000")


@pytest.mark.parametrize("where", [
    "latest", "latest/sub", "runs", "runs/20200101-000000", "runs/20200101-000000/deeper", "link-to-latest"])
def test_out_at_or_inside_latest_or_a_runs_folder_is_refused(tmp_path, report, where):
    out = published_root(tmp_path / "out")
    os.symlink("latest", out / "link-to-latest")
    before = snapshot(out)
    with pytest.raises(RunError, match="latest|runs/"):
        run(report, out / where, notebooks_dir=GOOD, echo=lambda line: None)
    assert snapshot(out) == before and no_run_folder_but(out, "20200101-000000")
    assert not (out / "latest" / "runs").exists() and not (out / "latest" / "latest").exists()


@pytest.mark.parametrize("where", [".", "data", "data/reports/qingdao-anshun-2020", "src", "src/helpers",
                                   "notebooks", "tests", "reports", "reports/interactive", "reports/other-report",
                                   "reports/qingdao-anshun-2020/runs", "reports/qingdao-anshun-2020/latest"])
def test_out_inside_the_project_is_only_the_reports_own_folder(where, report):
    target = paths.ROOT / where
    existed = target.exists()
    with pytest.raises(RunError) as refused:
        plan(report, target, notebooks_dir=GOOD)
    message = str(refused.value)
    assert str(target) in message or where in message
    assert target.exists() == existed
    plan(report, None, notebooks_dir=GOOD)                                       # reports/small/ is fine
    assert plan(report, paths.OUTPUT / "small", notebooks_dir=GOOD).out == paths.OUTPUT / "small"


@pytest.mark.parametrize("name", ["latest.txt", "runs.txt", "interactive.txt", "..txt", "...txt", ". .txt",
                                  "[m](javascript:alert(98)).txt", "a b`touch pwned`$(id).txt", "报告.txt"])
def test_report_names_never_reach_outside_reports_slug(tmp_path, name):
    """Defect 5: ``latest.txt``, ``runs.txt``, ``..txt``, ``...txt`` wrote into latest, reports/runs, reports/, the root."""
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    out = default_out(path)
    slug = load_report(path).slug
    assert out == paths.OUTPUT / slug and out.parent == paths.OUTPUT
    assert slug.isascii() and slug not in paths.RESERVED_NAMES and "/" not in slug and not slug.startswith(".")
    assert root.check_location(out, slug) == out
    assert not (tmp_path / "pwned").exists()


def test_a_real_folder_named_latest_is_refused_before_anything_runs(tmp_path, report):
    """Defect 4: a real folder named latest was only found after every notebook ran."""
    out = tmp_path / "out"
    (out / "latest").mkdir(parents=True)
    (out / "latest" / "mine.txt").write_text("someone's files")
    with pytest.raises(RunError, match="real folder"):
        run(report, out, notebooks_dir=GOOD, echo=lambda line: None)
    assert not (out / "runs").exists() or not list((out / "runs").iterdir())
    assert (out / "latest" / "mine.txt").read_text() == "someone's files"


def test_a_latest_link_pointing_elsewhere_is_refused(tmp_path, report):
    out = tmp_path / "out"
    (tmp_path / "elsewhere").mkdir()
    out.mkdir()
    os.symlink(tmp_path / "elsewhere", out / "latest")
    with pytest.raises(RunError, match="not the runner's link"):
        run(report, out, notebooks_dir=GOOD, echo=lambda line: None)
    assert os.readlink(out / "latest") == str(tmp_path / "elsewhere")


@pytest.mark.parametrize("name", ["../claims", "/tmp/claims", "latest/claims", "Claims", "", "a/b"])
def test_a_table_name_can_name_no_other_folder(tmp_path, name):
    import pandas as pd

    from helpers.runs.outputs import save_table

    with pytest.raises(ValueError, match="table name"):
        save_table(pd.DataFrame({"a": [1]}), name, tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert save_table(pd.DataFrame({"a": [1]}), "evidence-counts", tmp_path).name == "evidence-counts.csv"


def test_a_what_if_folder_is_named_after_its_parameters_without_leaving_runs(report):
    planned = plan(report, None, {"label": "../../latest/../x y", "scale": "2"}, notebooks_dir=GOOD)
    assert planned.what_if and planned.folder_suffix == "whatif-label-latest-x-y-scale-2"
    assert plan(report, None, {"label": "0.25"}, notebooks_dir=GOOD).folder_suffix == "whatif-label-0.25"
    assert root.RUN_NAME.match(f"20260101-000000-{planned.folder_suffix}")
    assert planned.what_if_reasons == ["label='../../latest/../x y' (default '默认')", "scale=2 (default 1)"]
    assert not plan(report, None, {"label": "默认", "scale": "1"}, notebooks_dir=GOOD).what_if
