"""Figures are tested by what they draw: bar lengths and labels."""

import pandas as pd
import pytest

from helpers.present.figures import mentions_per_section
from helpers.runs.outputs import save_figure


def test_mentions_per_section_draws_one_bar_per_section_and_role(tmp_path):
    long = pd.DataFrame({
        "section_id": ["a", "b", "a", "b"],
        "title": ["导语", "脱贫攻坚", "导语", "脱贫攻坚"],
        "role": ["claim 主张", "claim 主张", "not a claim 非主张", "not a claim 非主张"],
        "mentions": [3, 7, 2, 0],
    })
    ax = mentions_per_section(long)
    widths = sorted(round(p.get_width()) for p in ax.patches if p.get_height() > 0 and p.get_width() >= 0)
    assert widths[-4:] == [0, 2, 3, 7]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["导语", "脱贫攻坚"]
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"claim 主张", "not a claim 非主张"}
    path = save_figure(ax, "fig-test", tmp_path)
    assert path == tmp_path / "figures" / "fig-test.png" and path.stat().st_size > 1000


def test_figure_names_say_what_they_hold(tmp_path):
    import matplotlib.pyplot as plt

    with pytest.raises(ValueError, match="fig-what-it-shows"):
        save_figure(plt.figure(), "Figure 1", tmp_path)


def long_report_counts(n_sections=100):
    """Claims per section for a page of many sections: section i holds i + 1 claims."""
    return pd.DataFrame({"section": [f"节{i:03d}" for i in range(n_sections)], "kind": "count",
                         "claims": range(1, n_sections + 1)})


def test_a_long_report_is_drawn_with_thirty_rows_and_the_rest_folded():
    from helpers.present.figures import MAX_ROWS, status_by_section

    counts = long_report_counts().rename(columns={"kind": "status"}).assign(status="consistent")
    ax = status_by_section(counts)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == MAX_ROWS == 30
    assert labels[:29] == [f"节{i:03d}" for i in range(71, 100)]      # the 29 largest, in text order
    assert labels[-1] == "… 71 more sections 其余71节"
    widths = {round(p.get_y() + p.get_height() / 2): p.get_width() for p in ax.patches if p.get_width() > 0}
    assert widths[29] == sum(range(1, 72))                          # the folded row holds the rest
    assert ax.get_xlim() == pytest.approx((0, 130))                # …drawn past the axis the kept rows set
    assert [t.get_text() for t in ax.texts] == ["2,556 →"]          # with its length printed
    assert ax.figure.get_size_inches()[1] < 20


def test_claims_by_kind_and_mentions_fold_the_same_way():
    from helpers.present.figures import claims_by_kind

    ledger = pd.DataFrame({"section": [f"节{i:03d}" for i in range(100) for _ in range(i + 1)], "kind": "count"})
    assert len(claims_by_kind(ledger).get_yticklabels()) == 30
    long = long_report_counts().rename(columns={"section": "title", "kind": "role", "claims": "mentions"})
    assert len(mentions_per_section(long).get_yticklabels()) == 30


def test_repeated_headings_are_kept_apart():
    from helpers.read.overview import section_labels
    from helpers.read.segment import segment

    article = "标题\n导语第一句，增长5%。\n产业发展\n收入1万元。\n"
    labels = section_labels(segment(article + article))
    assert len(set(labels.values())) == len(labels) == 4
    assert sorted(labels.values())[0].startswith("产业发展 · ")


def test_a_check_whose_recomputed_figure_has_no_upper_end_is_drawn_to_the_edge():
    """A part stated as 突破千亿元 (at least) gives a share with no upper end: the lead figure keeps finite limits
    that fit the other checks and draws that bar to the right edge (the run failed on it before)."""
    import math

    from helpers.present.figures import checks_figure

    row = {"unit": "percent", "description": "d", "gap": 0.0, "verdict": "consistent"}
    checks = pd.DataFrame([
        {**row, "check_id": "a", "computed": 28.7, "computed_low": 28.68, "computed_high": math.inf,
         "stated": 29.5, "stated_low": 29.45, "stated_high": 29.55},
        {**row, "check_id": "b", "computed": 50.0, "computed_low": 49.9, "computed_high": 50.1,
         "stated": 50.0, "stated_low": 49.95, "stated_high": 50.05},
    ])
    fig = checks_figure(checks)
    ax = fig.axes[0]
    left, right = ax.get_xlim()
    assert math.isfinite(left) and math.isfinite(right) and right > 1.002
    bars = [line for line in ax.get_lines() if len(line.get_xdata()) == 2 and line.get_linewidth() == 7]
    assert max(max(line.get_xdata()) for line in bars) == pytest.approx(right)
