"""Another report by one parameter: the generic part runs, the report-specific part says it does not apply."""

import json

import pandas as pd
import pytest

from helpers.runs.runner import run

from .conftest import FIXTURES

REPORTS = sorted((FIXTURES / "reports").glob("*.txt"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=REPORTS, ids=lambda p: p.stem)
def other_run(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param.stem)
    result = run(request.param, out, {}, jobs=2, echo=lambda line: None)
    assert result.exit_code == 0
    return request.param, out / "latest"


def test_ledger_checks_and_index_for_an_unseen_report(other_run):
    report, latest = other_run
    claims = pd.read_csv(latest / "claims.csv")
    assert len(claims) >= 20 and claims.claim_id.str.startswith("auto-").all()
    raw = report.read_text(encoding="utf-8")
    assert all(raw[s:e] == t for s, e, t in zip(claims.start, claims.end, claims.text))
    checks = pd.read_csv(latest / "checks.csv")
    assert len(checks) >= 5 and checks.check_id.str.startswith("auto-").all()
    assert checks.assumptions.str.contains("found by pattern").all()
    index = (latest / "index.html").read_text(encoding="utf-8")
    assert "claims.csv" in index and "checks.csv" in index
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    assert {n["status"] for n in manifest["notebooks"]} == {"ok"}


def test_the_topic_notebook_is_not_scheduled_on_a_report_without_topics(other_run):
    report, latest = other_run
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    assert [n["name"] for n in manifest["notebooks"]] == [
        "00-read-the-report", "10-build-the-claim-ledger", "80-corroborate-with-sources", "90-summarise-verification"]
    assert not list(latest.glob("20-*"))
