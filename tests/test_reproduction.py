"""The reproduction: headline numbers pinned from an executed run, figures tested by what they draw."""

import ast
import json

import nbformat
import numpy as np
import pandas as pd
import pytest

from helpers import paths
from helpers.analysis import analyse
from helpers.claims.checks import load_checks
from helpers.present.figures import value_panels
from helpers.runs.runner import run
from helpers.claims.topics import load_topics
from helpers.present.topics import panel_table

CHECKS_FILE = paths.DEFAULT_REPORT / paths.CHECKS_FILE
TOPIC_FIGURES = ["poverty", "funds", "health-education", "industry-jobs", "mechanism", "briefs"]


@pytest.mark.slow
def test_claims_csv_holds_every_claim_with_its_corroboration(executed_run):
    claims = pd.read_csv(executed_run / "claims.csv")
    assert len(claims) == 79 and claims.claim_id.is_unique
    for column in ("claim_id", "document", "section", "start", "end", "quote", "subject", "period", "value",
                   "unit", "qualifier", "low", "high", "kind", "corroboration", "sources"):
        assert column in claims
    assert claims.corroboration.notna().all()
    assert set(claims.corroboration) == {"corroborated", "partly", "not found"}


@pytest.mark.slow
def test_checks_csv_pins_the_headline_numbers(executed_run):
    checks = pd.read_csv(executed_run / "checks.csv").set_index("check_id")
    assert checks.assumptions.str.len().min() > 10          # no verdict without its assumptions
    assert checks.loc["aid-2019", "computed"] == pytest.approx(3.44e8)
    assert (checks.loc["aid-2019", "computed_low"], checks.loc["aid-2019", "computed_high"]) == (
        pytest.approx(3.385e8), pytest.approx(3.495e8))
    assert checks.loc["aid-2020-growth", "computed"] == pytest.approx(13.372, abs=1e-3)
    assert checks.loc["aid-2020-growth", "verdict"] == "consistent"
    assert checks.loc["aid-per-county", "computed"] == pytest.approx(7.34e8 / 12)
    assert checks.loc["aid-per-county", "verdict"] == "approximate"
    assert checks.loc["aid-per-county", "gap"] == pytest.approx((6.15e7 - 7.345e8 / 12) / 6.2e7)
    assert checks.loc["aid-per-county", "parameters"] == "n_counties=6; n_years=2"
    assert checks.loc["labour-retention-share", "computed"] == pytest.approx(369 / 452 * 100)
    assert checks.loc["workshop-poor-share", "computed"] == pytest.approx(6914 / 13400 * 100)
    assert checks.loc["income-rural-2019", "computed"] == pytest.approx(12000 / 1.105)
    assert checks.loc["consumer-sales-2019", "computed"] == pytest.approx(6.69e8 / 1.57)
    assert checks.loc["brief-exam-growth", "computed_low"] == pytest.approx((23500 / 14600 - 1) * 100)
    assert checks.loc["epidemic-and-disaster-aid", "computed_high"] == pytest.approx(1.875e6 + 3.9e6)
    for comparison in ("ranks-ordered", "labour-retained-within-flown", "brief-exam-increase",
                       "brief-forecast-ranges-ordered"):
        assert checks.loc[comparison, "verdict"] == "consistent"
    assert set(checks.verdict) <= {"consistent", "approximate", "inconsistent", "derived"}


@pytest.mark.slow
def test_every_topic_figure_and_summary_chart_was_saved(executed_run):
    for topic in TOPIC_FIGURES:
        assert (executed_run / "figures" / f"fig-{topic}.png").stat().st_size > 10_000
    for name in ("fig-checks", "fig-claims-by-kind", "fig-verification-by-section", "fig-sources-by-section"):
        assert (executed_run / "figures" / f"{name}.png").exists()
    counts = pd.read_csv(executed_run / "verification-counts.csv")
    assert counts.claims.sum() == 79


@pytest.mark.slow
def test_changing_a_parameter_through_papermill_changes_the_verdict(tmp_path):
    out = tmp_path / "out"
    result = run(paths.DEFAULT_REPORT, out, {"n_years": "1"}, jobs=2, echo=lambda line: None,
                 only=["10-build-the-claim-ledger", "20-reproduce-a-topic"])
    assert result.exit_code == 0
    assert result.what_if and not (out / "latest").exists()     # a what-if run never replaces latest
    checks = pd.read_csv(result.run_dir / "checks.csv").set_index("check_id")
    assert checks.loc["aid-per-county", "verdict"] == "inconsistent"
    assert checks.loc["aid-per-county", "parameters"] == "n_counties=6; n_years=1"
    executed = nbformat.read(result.run_dir / "20-reproduce-a-topic-funds.ipynb", as_version=4)
    shown = json.dumps([c.get("outputs", []) for c in executed.cells], ensure_ascii=False)
    assert "**≠ inconsistent**: recomputed 1.22亿元" in shown


def test_notebooks_take_check_parameters_as_data_and_share_the_tolerance_default():
    for notebook in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        cells = nbformat.read(notebook, as_version=4).cells
        source = next(c.source for c in cells if "parameters" in c.metadata.get("tags", []))
        declared = {node.target.id: node.value for node in ast.parse(source).body}
        assert not set(declared) & set(load_checks(CHECKS_FILE)[1]), notebook.name   # they live in checks.yml
        if "tolerance" in declared:
            assert declared["tolerance"].value == 0.05
            assert "check_parameters" in declared, notebook.name


#: How each panel of our report's topics is drawn: bars from zero, a range, ranks or numbers written out.
CHARTS = {"poverty": ["bars", "bars", "bars", "bars"], "funds": ["bars", "bars", "bars"],
          "health-education": ["bars", "bars", "rank"], "industry-jobs": ["bars", "bars", "bars"],
          "mechanism": ["tiles", "bars"], "briefs": ["bars", "range", "bars", "number"]}


@pytest.mark.parametrize("topic", TOPIC_FIGURES)
def test_topic_figures_draw_the_table_with_a_chart_that_fits(topic):
    analysis = analyse()
    table = panel_table(analysis, topic)
    panels = analysis.topics[topic].panels
    assert len(table) == sum(len(p["items"]) for p in panels)
    fig = value_panels(table, topic, panels=panels, source="Source: test")
    axes = fig.axes
    assert len(axes) == len(panels) == len(CHARTS[topic])
    for ax, panel, chart in zip(axes, panels, CHARTS[topic]):
        rows = table[table.panel == panel["label"]]
        assert ax.get_title() == panel["label"]
        labels = [item["label"] for item in panel["items"]]
        if chart == "bars":
            assert [patch.get_width() for patch in ax.patches] == pytest.approx(rows.value.tolist())
            assert [t.get_text() for t in ax.get_yticklabels()] == labels
            assert ax.get_xlim()[0] <= 0                      # amounts start from zero
        elif chart == "range":
            spans = [x for line in ax.get_lines() for x in line.get_xdata()]
            assert spans == pytest.approx([x for pair in zip(rows.low, rows.high) for x in pair])
            assert ax.get_xlim()[0] > 0                       # temperatures are not drawn from zero
        else:                                                 # written out, no axis, no bar
            assert not ax.patches and not ax.axison
            texts = [t.get_text() for t in ax.texts]
            assert all(label in texts for label in labels)
            if chart == "rank":
                assert {"No. 255", "No. 16", "No. 1"} <= set(texts)
    assert [t.get_text() for t in fig.texts if t.get_gid() == "source-line"] == ["Source: test"]


def test_legends_list_only_what_is_drawn():
    analysis = analyse()
    legend_of = {}
    for topic in TOPIC_FIGURES:
        fig = value_panels(panel_table(analysis, topic), topic, panels=analysis.topics[topic].panels)
        legend_of[topic] = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert legend_of["briefs"] == ["stated in the text"]        # nothing recomputed or implied is drawn there
    assert "recomputed" in legend_of["funds"]


def test_funds_figure_shows_2019_implied_from_the_two_year_total():
    table = panel_table(analyse(), "funds").set_index("label")
    assert table.loc["2019 (implied)", "value"] == pytest.approx(3.44)
    assert table.loc["2019 (implied)", "source"] == "implied"
    assert table.loc["recomputed 7.34亿/(县×年)", "value"] == pytest.approx(6116.67, abs=0.01)
    assert table.loc["recomputed 7.34亿/(县×年)", "source"] == "recomputed"
    assert np.isinf(panel_table(analyse(), "mechanism").set_index("label").loc["社会捐助 (超)", "high"])


def test_a_report_without_curated_files_has_no_topics_and_checks_found_by_pattern(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("某县2020年财政收入12.5亿元,同比增长8%。\n", encoding="utf-8")
    analysis = analyse(other)
    assert not analysis.curated and analysis.checks_found and not analysis.topics
    assert "no claims were curated" in analysis.note and "found by pattern" in analysis.note
    assert analysis.checks.check_id.tolist() == ["auto-previous-11"]
    assert panel_table(analysis, "funds").empty
    with pytest.raises(KeyError, match="unknown topic"):
        analysis.topic_claims("funds")
