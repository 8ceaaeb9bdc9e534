"""The corpus notebook's figures: inconsistent checks by outlet, month and kind. Each returns the Axes it drew.

Each takes a table of :func:`helpers.corpus.summary.inconsistent_by` and draws one bar per group — the number of
inconsistent checks — with the share of tested checks at the end of the bar, and the chart's source line.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from helpers.corpus.summary import Corpus
from helpers.present.theme import set_theme

MAX_GROUPS = 25            # bars a chart shows; the groups with fewest inconsistencies are folded into the last
LABELS = {"outlet": "outlet 媒体", "month": "month published 发布月份", "kind": "kind of check 核查类型"}


def source_line(corpus: Corpus) -> str:
    libraries = ", ".join(sorted(set(corpus.documents.library))) or "—"
    return (f"Source: {len(corpus.documents):,} reports analysed by helpers {libraries}; checks found by pattern "
            "are the library's reading of the wording")


def fold_groups(table: pd.DataFrame, by: str, limit: int = MAX_GROUPS) -> pd.DataFrame:
    """At most ``limit`` rows: the ``limit - 1`` with most inconsistencies, in order, then the rest summed.

    >>> t = pd.DataFrame({"outlet": list("abc"), "tested": [4, 2, 6], "inconsistent": [1, 0, 3]})
    >>> fold_groups(t, "outlet", limit=2)[["outlet", "tested", "inconsistent"]].values.tolist()
    [['c', 6, 3], ['… 2 more 其余2个', 6, 1]]
    """
    if len(table) <= limit:
        return table.reset_index(drop=True)
    keep = table.sort_values("inconsistent", ascending=False, kind="stable").head(limit - 1)
    rest = table.drop(keep.index)
    folded = {by: f"… {len(rest)} more 其余{len(rest)}个", "tested": rest.tested.sum(),
              "inconsistent": rest.inconsistent.sum()}
    kept = table.loc[sorted(keep.index)]
    return pd.concat([kept, pd.DataFrame([folded])], ignore_index=True)


def _months(table: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Every month from the first to the last (none skipped, so bars stand in time), and the unknown-date count.

    >>> t = pd.DataFrame({"month": ["2020-01", "2020-03", "unknown 未知"], "tested": [2, 1, 5], "inconsistent": [1, 1, 2]})
    >>> rows, unknown = _months(t)
    >>> rows.month.tolist(), rows.inconsistent.tolist(), unknown
    (['2020-01', '2020-02', '2020-03'], [1, 0, 1], 2)
    """
    known = table[table.month.str.match(r"^\d{4}-\d{2}$")]
    unknown = int(table.loc[~table.index.isin(known.index), "inconsistent"].sum())
    if known.empty:
        return known[["month", "tested", "inconsistent"]].reset_index(drop=True), unknown
    span = pd.period_range(known.month.min(), known.month.max(), freq="M").strftime("%Y-%m")
    rows = known.set_index("month")[["tested", "inconsistent"]].reindex(span, fill_value=0)
    return rows.rename_axis("month").reset_index(), unknown


def inconsistent_chart(table: pd.DataFrame, by: str, source: str = "", ax=None):
    """Bars of inconsistent checks per ``by`` (outlet, month or kind), labelled with their share of tested checks.

    Months are drawn in time order left to right; outlets and kinds as horizontal bars, top to bottom.
    """
    set_theme()
    note = ""
    if by == "month":
        rows, unknown = _months(table)
        if unknown:
            note = f" ({unknown:,} more in reports of unknown date)"
    else:   # a kind of check that only derives figures has nothing to be inconsistent about
        rows = fold_groups(table[table.tested > 0] if by == "kind" else table, by)
    labels = [str(v) for v in rows[by]]
    values = rows["inconsistent"].astype(float).to_list()
    shares = [f"{100 * i / t:.0f}%" if t else "" for i, t in zip(rows["inconsistent"], rows["tested"])]
    if ax is None:
        size = (min(12.0, max(6.0, 0.2 * len(rows) + 2)), 4.5) if by == "month" else (8, 0.4 * len(rows) + 1.8)
        _, ax = plt.subplots(figsize=size)
    if by == "month":
        bars = ax.bar(range(len(rows)), values, color="#b2182b")
        step = max(1, -(-len(labels) // 16))
        ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=90)
        ax.set(ylabel="inconsistent checks 不一致", xlabel=LABELS[by])
    else:
        bars = ax.barh(range(len(rows)), values, color="#b2182b")
        ax.set_yticks(range(len(rows)), labels)
        ax.invert_yaxis()
        ax.set(xlabel="inconsistent checks 不一致", ylabel="")
    if by != "month":
        for bar, share in zip(bars, shares):
            ax.annotate(share, (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize="small")
    ax.set_title(f"Inconsistent checks by {LABELS[by]}{note}")
    if source:
        ax.figure.text(0.01, 0.005, source, fontsize="x-small", color="#555555", ha="left", va="bottom")
    ax.figure.tight_layout(rect=(0, 0.04, 1, 1))
    return ax
