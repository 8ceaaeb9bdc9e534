"""Issue 10, a stable shared link: latest moves only to a whole, complete run at the defaults.

The ``ledger`` fixture notebook writes ``claims.csv`` and ``checks.csv`` from lines of the report
(``claim:ID:CORROBORATION``, ``check:ID:VERDICT``); its parameter ``flip`` turns the first verdict over.
"""

import json
import re

import pytest

from helpers.runs.runner import EXIT_OK, run

from .conftest import FIXTURES
from .test_bad_input import snapshot
from .test_reliability_location import published_root

LEDGER = FIXTURES / "notebooks" / "ledger"
GOOD = FIXTURES / "notebooks" / "good"
NUMBERS = "安顺市累计减少贫困人口54.58万人。\n"     # (a report with no number at all is the ledger's problem: KeyError)
BEFORE = NUMBERS + "初审编辑:\nclaim:a:supported\nclaim:b:not found\ncheck:k1:consistent\ncheck:k2:approximate\n"
AFTER = (NUMBERS + "初审编辑:\nclaim:b:supported\nclaim:c:not found\ncheck:k1:inconsistent\ncheck:k2:approximate\n"
         "check:k3:consistent\n")


def manifest_of(folder):
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Three runs into one root: A at defaults spelled out, B (another text) at defaults, then B with flip."""
    folder = tmp_path_factory.mktemp("history")
    first, second = folder / "first.txt", folder / "second.txt"
    first.write_text(BEFORE, encoding="utf-8")
    second.write_text(AFTER, encoding="utf-8")
    out = folder / "out"
    lines = []
    runs = {"explicit-defaults": run(first, out, {"flip": "false"}, notebooks_dir=LEDGER, echo=lines.append)}
    runs["second-text"] = run(second, out, {}, notebooks_dir=LEDGER, echo=lines.append)
    published = snapshot(out)
    lines.clear()
    runs["what-if"] = run(second, out, {"flip": "true"}, notebooks_dir=LEDGER, echo=lines.append)
    return {"out": out, "runs": runs, "published": published, "what_if_lines": list(lines)}


def test_defaults_spelled_out_on_the_command_line_still_publish(history):
    result = history["runs"]["explicit-defaults"]
    assert result.exit_code == EXIT_OK and result.promoted and not result.what_if
    manifest = manifest_of(result.run_dir)
    assert manifest["what_if"] is False and manifest["what_if_reasons"] == []
    assert manifest["parameters"] == {"flip": "false"} and manifest["defaults"] == {"flip": False}
    assert manifest["promoted_to_latest"] is True and manifest["changes"]["previous_run"] is None


def test_a_published_run_records_what_changed_since_the_previous_latest(history):
    first, second = history["runs"]["explicit-defaults"], history["runs"]["second-text"]
    assert second.promoted and (history["out"] / "latest").resolve() == second.run_dir.resolve()
    changes = manifest_of(second.run_dir)["changes"]
    assert changes == {
        "previous_run": first.run_dir.name,
        "claims_added": ["c"], "claims_removed": ["a"],
        "verdicts_changed": [{"check_id": "k1", "from": "consistent", "to": "inconsistent"}],
        "corroboration_changed": [{"claim_id": "b", "from": "not found", "to": "supported"}],
        "checks_added": ["k3"], "checks_removed": [], "compared": ["claims.csv", "checks.csv"],
    }


def test_a_what_if_parameter_run_never_replaces_latest(history):
    """Issue 11's finding: ``-p n_years 1`` (a what-if) replaced reports/latest."""
    out, result = history["out"], history["runs"]["what-if"]
    assert result.exit_code == EXIT_OK and result.what_if and not result.promoted
    assert snapshot(out) == history["published"]                      # latest byte for byte as it was
    assert re.fullmatch(r"\d{8}-\d{6}-whatif-flip-True", result.run_dir.name)
    assert result.run_dir.parent == out / "runs"
    manifest = manifest_of(result.run_dir)
    assert manifest["what_if"] is True and manifest["promoted_to_latest"] is False
    assert manifest["what_if_reasons"] == ["flip=True (default False)"]
    assert manifest["changes"]["previous_run"] == history["runs"]["second-text"].run_dir.name
    assert manifest["changes"]["verdicts_changed"] == [{"check_id": "k1", "from": "inconsistent", "to": "consistent"}]
    printed = "\n".join(history["what_if_lines"])
    assert str(result.run_dir) in printed and "not published" in printed
    assert "verdict of k1: inconsistent → consistent" in printed


def test_a_single_notebook_run_never_replaces_latest(tmp_path):
    """Defect 1 and issue 11: after ``--notebook 30-…`` the shared index said "this run wrote no ledger"."""
    out = published_root(tmp_path / "out")
    report = tmp_path / "small.txt"
    report.write_text(BEFORE, encoding="utf-8")
    before = snapshot(out)
    lines = []
    result = run(report, out, {}, notebooks_dir=GOOD, only=["01-echo-label"], echo=lines.append)
    assert result.exit_code == EXIT_OK and result.what_if and not result.promoted
    assert snapshot(out) == before
    assert re.fullmatch(r"\d{8}-\d{6}-whatif-notebooks-01", result.run_dir.name)
    assert manifest_of(result.run_dir)["what_if_reasons"] == ["only the notebooks 01-echo-label of 3"]
    assert any(str(result.run_dir) in line for line in lines)
    assert any("nothing to compare" in line for line in lines)        # the fake latest wrote no checks.csv
