"""Figures: each function takes a tidy table and returns the matplotlib Axes it drew.

Drawing is kept apart from computing so tests can check the drawn geometry
(bar lengths, labels) against the table that produced it.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from helpers.present.theme import set_theme

#: Rows a per-section chart shows; past this the smaller sections are folded into one row,
#: so that a long report (a page of many articles, a 10 MB archive) gives a legible, bounded figure.
MAX_ROWS = 30
#: How the folded row's label begins ("… 71 more sections 其余71节"); it is always the last row.
FOLDED = "… "


def fold_rows(long: pd.DataFrame, label: str, hue: str, value: str, limit: int = MAX_ROWS) -> pd.DataFrame:
    """A long table with at most ``limit`` distinct labels, in their order of appearance.

    The ``limit - 1`` labels with the largest totals are kept; the others are summed into a
    last row labelled "… N more sections". Returns columns ``label, hue, value``; the table
    the caller saves is not touched.

    >>> t = pd.DataFrame({"s": list("abcd"), "k": "x", "n": [5, 1, 7, 2]})
    >>> fold_rows(t, "s", "k", "n", limit=3).values.tolist()
    [['a', 'x', 5], ['c', 'x', 7], ['… 2 more sections 其余2节', 'x', 3]]
    """
    frame = long[[label, hue, value]].assign(**{hue: long[hue].astype(str)})
    order = list(dict.fromkeys(frame[label]))
    if len(order) <= limit:
        return frame.reset_index(drop=True)
    totals = frame.groupby(label, sort=False)[value].sum()
    keep = set(totals.sort_values(ascending=False, kind="stable").index[:limit - 1])
    folded = f"{FOLDED}{len(order) - len(keep)} more sections 其余{len(order) - len(keep)}节"
    frame[label] = frame[label].where(frame[label].isin(keep), folded)
    labels = [name for name in order if name in keep] + [folded]
    frame = frame.groupby([label, hue], sort=False)[value].sum().reset_index()
    frame["_order"] = frame[label].map({name: i for i, name in enumerate(labels)})
    return frame.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)


def _keep_kept_rows_legible(ax, frame: pd.DataFrame, label: str, value: str, stacked: bool) -> None:
    """When the folded last row dwarfs the others, end the axis at their scale and print its length.

    Rows sit at y = 0, 1, … in order; the folded row is the last. Does nothing without a folded row.
    """
    labels = list(dict.fromkeys(frame[label]))
    if not labels or not labels[-1].startswith(FOLDED):
        return
    per_label = frame.groupby(label, sort=False)[value].agg("sum" if stacked else "max")
    kept, folded = per_label.drop(labels[-1]).max(), per_label[labels[-1]]
    if folded <= 2 * kept:
        return
    right = kept * 1.3
    ax.set_xlim(0, right)
    ax.annotate(f"{folded:,.0f} →", xy=(right, len(labels) - 1), xytext=(-4, 0), textcoords="offset points",
                ha="right", va="center", fontsize="small", color="white")


def mentions_per_section(long: pd.DataFrame, ax=None):
    """Horizontal bars: numeric mentions per section, claims beside non-claims.

    ``long`` comes from :func:`helpers.read.overview.mentions_by_section`.
    """
    set_theme()
    long = fold_rows(long, "title", "role", "mentions")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * long["title"].nunique() + 1.5))
    sns.barplot(data=long, y="title", x="mentions", hue="role", ax=ax, orient="h", errorbar=None)
    _keep_kept_rows_legible(ax, long, "title", "mentions", stacked=False)
    ax.set(xlabel="numeric mentions 数字提及", ylabel="", title="Where the numerals sit 各节数字分布")
    ax.legend(title="", loc="lower right")
    return ax


SOURCE_COLOURS = {"stated": "#4C72B0", "recomputed": "#DD8452", "implied": "#55A868"}


def value_panels(table: pd.DataFrame, title: str = "", note: str = ""):
    """One horizontal bar chart per panel (one unit each), whiskers spanning the interval.

    ``table`` comes from :func:`helpers.present.topics.panel_table`. Bars are coloured by source:
    stated in the text, recomputed by a check, or implied (derived). An open upper bound
    (超, 以上) is drawn as an arrow to the panel's edge. Returns the Figure.
    """
    set_theme()
    panels = list(dict.fromkeys(table["panel"]))
    if not panels:
        fig, ax = plt.subplots(figsize=(8, 2))
        ax.axis("off")
        ax.text(0.5, 0.5, note or "nothing to draw for this report", ha="center", va="center", wrap=True)
        return fig
    heights = [max(1.2, 0.5 * (table["panel"] == p).sum() + 0.8) for p in panels]
    fig, axes = plt.subplots(len(panels), 1, figsize=(8, sum(heights)), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    for ax, panel in zip(axes[:, 0], panels):
        rows = table[table["panel"] == panel].reset_index(drop=True)
        colours = [SOURCE_COLOURS.get(s, "#8172B3") for s in rows["source"]]
        sns.barplot(x=rows["value"].astype(float), y=rows["label"], hue=rows["label"], palette=colours,
                    legend=False, ax=ax, orient="h", errorbar=None)
        finite_high = rows["high"].replace(np.inf, np.nan)
        edge = float(np.nanmax([finite_high.max(), rows["value"].max()])) * 1.15 or 1.0
        for y, row in rows.iterrows():
            high = row["high"] if np.isfinite(row["high"]) else edge
            ax.plot([row["low"], high], [y, y], color="black", linewidth=1.5)
            if not np.isfinite(row["high"]):
                ax.annotate("", xy=(edge, y), xytext=(row["low"], y),
                            arrowprops={"arrowstyle": "->", "color": "black"})
        ax.set(xlabel="", ylabel="", title=panel)
        ax.set_xlim(left=min(0, float(rows["low"].min())), right=edge * 1.02)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in SOURCE_COLOURS.values()]
    fig.legend(handles, ["stated 原文", "recomputed 复算", "implied 推算"], loc="lower center", ncol=3,
               frameon=False, bbox_to_anchor=(0.5, -0.02))
    if title:
        fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


STATUS_COLOURS = {
    "contradicted": "#C44E52", "inconsistent": "#8C0800", "partly": "#DD8452", "approximate": "#CCB974",
    "corroborated": "#55A868", "consistent": "#64B5CD", "derived": "#8172B3", "unverified": "#BBBBBB",
}


def status_by_section(counts: pd.DataFrame, ax=None, column: str = "status",
                      colours: dict[str, str] | None = None, title: str = "Verification status by section 各节核查结果"):
    """Stacked horizontal bars: claims per section, split by ``column`` (a status or evidence category).

    ``counts`` comes from :func:`helpers.evidence.verification.status_counts` or ``evidence_counts``
    (columns section, the category column, claims).
    """
    set_theme()
    colours = colours or STATUS_COLOURS
    counts = fold_rows(counts, "section", column, "claims")
    sections = list(dict.fromkeys(counts["section"]))
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * len(sections) + 1.8))
    present = [s for s in colours if s in set(counts[column].astype(str))]
    sns.histplot(data=counts.assign(**{column: counts[column].astype(str)}), y="section", hue=column,
                 weights="claims", multiple="stack", discrete=True, shrink=0.8, hue_order=present,
                 palette=colours, ax=ax)
    _keep_kept_rows_legible(ax, counts, "section", "claims", stacked=True)
    ax.set(xlabel="claims 主张数", ylabel="", title=title)
    return ax


EVIDENCE_COLOURS = {"contradicted": "#C44E52", "partly": "#DD8452", "corroborated": "#55A868",
                    "recomputed": "#64B5CD", "unverifiable": "#BBBBBB"}


def evidence_by_section(counts: pd.DataFrame, ax=None):
    """Claims per section: contradicted / partly / corroborated by sources, recomputed only, unverifiable."""
    return status_by_section(counts, ax, column="evidence", colours=EVIDENCE_COLOURS,
                             title="Evidence per section 各节证据")


def claims_by_kind(ledger: pd.DataFrame, ax=None):
    """Stacked horizontal bars: claims per section by kind of quantity (count, money, percent, …)."""
    set_theme()
    frame = ledger.assign(section=ledger["section"].fillna("(none)"), kind=ledger["kind"].fillna("?"))
    counts = frame.groupby(["section", "kind"], sort=False).size().rename("claims").reset_index()
    counts = fold_rows(counts, "section", "kind", "claims")
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * counts["section"].nunique() + 1.8))
    sns.histplot(data=counts, y="section", hue="kind", weights="claims", multiple="stack", discrete=True,
                 shrink=0.8, ax=ax)
    _keep_kept_rows_legible(ax, counts, "section", "claims", stacked=True)
    ax.set(xlabel="claims 主张数", ylabel="", title="Claims per section by kind 各节主张类型")
    return ax
