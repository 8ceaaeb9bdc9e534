"""Figures are tested by what they draw: bar lengths and labels."""

import pandas as pd
import pytest

from helpers.figures import mentions_per_section
from helpers.outputs import save_figure


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
