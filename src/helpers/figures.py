"""Figures: each function takes a tidy table and returns the matplotlib Axes it drew.

Drawing is kept apart from computing so tests can check the drawn geometry
(bar lengths, labels) against the table that produced it.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from .theme import set_theme


def mentions_per_section(long: pd.DataFrame, ax=None):
    """Horizontal bars: numeric mentions per section, claims beside non-claims.

    ``long`` comes from :func:`helpers.overview.mentions_by_section`.
    """
    set_theme()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * long["title"].nunique() + 1.5))
    sns.barplot(data=long, y="title", x="mentions", hue="role", ax=ax, orient="h")
    ax.set(xlabel="numeric mentions 数字提及", ylabel="", title="Where the numerals sit 各节数字分布")
    ax.legend(title="", loc="lower right")
    return ax
