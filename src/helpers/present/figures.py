"""Figures: each function takes a tidy table and returns what it drew (Axes or Figure).

Drawing is kept apart from computing so tests can check the drawn geometry (bar lengths,
labels) against the table that produced it. Every figure carries a source line that names
what it draws from (:func:`source_line`), as a newspaper chart does; a chart type fits its data
(a lone figure is a number, ranks are ranks, ranges are ranges); legends list only what is drawn;
colours and symbols of verdicts come from :mod:`helpers.vocabulary`. :func:`publish` saves a
figure once and shows that file in the notebook (one drawing, no stray output).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from helpers.analysis import Analysis
from helpers.present.numbers import format_range, format_value
from helpers.present.theme import set_theme
from helpers.present.wording import t
from helpers.vocabulary import STATUSES, WORDS

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


def source_line(analysis: Analysis, references: bool = False) -> str:
    """"Source: <outlet, date> [; public sources …]. Recomputed and drawn by the helpers package."."""
    meta = analysis.report.metadata
    report = t("figure.source_report", outlet=meta.outlet, published=meta.published) \
        if meta.outlet and meta.published else (meta.outlet or meta.title or analysis.report.slug)
    if references and len(analysis.references):
        report += "; " + t("figure.source_references")
    return t("figure.source", source=report)


def _with_source(figure, source: str):
    """Write ``source`` under the figure, left-aligned and small (a newspaper's source line)."""
    if source:
        figure.text(0.01, 0.0, source, ha="left", va="top", fontsize=8, color="#555555",
                    transform=figure.transFigure, gid="source-line")
    return figure


def publish(figure, name: str, output_dir: str = "", alt: str = "") -> None:
    """Save ``figure`` as ``figures/NAME.png`` and show that very file in the notebook (drawn once), with
    alternative text for readers who cannot see it (``alt``, else the figure's titles and source line)."""
    import base64
    import html

    import matplotlib.pyplot as plt
    from IPython.display import HTML, display

    from helpers.runs.outputs import save_figure

    figure = getattr(figure, "figure", figure)
    if not alt:
        titles = [figure._suptitle.get_text()] if getattr(figure, "_suptitle", None) else []
        titles += [ax.get_title() for ax in figure.axes if ax.get_title()]
        titles += [text.get_text() for text in figure.texts if text.get_gid() == "source-line"]
        alt = ". ".join(dict.fromkeys(t for t in titles if t)) or name
    path = save_figure(figure, name, output_dir)
    plt.close(figure)
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    display(HTML(f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}" style="max-width:100%">'))


def mentions_per_section(long: pd.DataFrame, ax=None, source: str = ""):
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
    _with_source(ax.figure, source)
    return ax


SOURCE_COLOURS = {"stated": "#0072B2", "recomputed": "#D55E00", "implied": "#009E73"}
SOURCE_LABELS = {"stated": "figure.stated", "recomputed": "figure.recomputed", "implied": "figure.implied"}


def _chart(panel: dict, rows: pd.DataFrame) -> str:
    """The chart a panel gets: its ``chart`` if it names one, else a number for a lone figure, ranks as
    ranks, ranges (temperatures, forecasts) as ranges, and bars from zero for amounts."""
    if panel.get("chart"):
        return str(panel["chart"])
    if len(rows) == 1:
        return "number"
    if (rows["kind"] == "rank").all():
        return "rank"
    if (rows["kind"] == "temperature").any() or (rows["qualifier"] == "range").all():
        return "range"
    return "bars"


def value_panels(table: pd.DataFrame, title: str = "", note: str = "", panels: tuple = (), source: str = ""):
    """One chart per panel (one unit each): bars from zero with the interval each figure allows, a range
    not anchored at zero, ranks written as ranks, or a lone figure written as a number.

    ``table`` comes from :func:`helpers.present.topics.panel_table`; ``panels`` are the topic's panel
    specifications (a panel may name its ``chart``). Bars are coloured by where a figure comes from:
    stated in the text, recomputed by a check, or implied (derived). An open upper bound (超, 以上) is
    an arrow to the panel's edge. Returns the Figure.
    """
    set_theme()
    names = list(dict.fromkeys(table["panel"]))
    if not names:
        fig, ax = plt.subplots(figsize=(8, 2))
        ax.axis("off")
        ax.text(0.5, 0.5, note or t("figure.nothing"), ha="center", va="center", wrap=True)
        return _with_source(fig, source)
    specs = {str(p.get("label")): p for p in panels}
    heights = [max(1.3, 0.5 * (table["panel"] == p).sum() + 0.9) for p in names]
    fig, axes = plt.subplots(len(names), 1, figsize=(8, sum(heights)), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    drawn = set()
    for ax, name in zip(axes[:, 0], names):
        rows = table[table["panel"] == name].reset_index(drop=True)
        chart = _chart(specs.get(name, {}), rows)
        if chart in ("number", "rank", "tiles"):
            _tiles(ax, rows, name, ranks=chart == "rank")
            continue
        drawn.update(rows["source"])
        if chart == "range":
            _ranges(ax, rows, name)
        else:
            _bars(ax, rows, name)
    present = [s for s in SOURCE_COLOURS if s in drawn]
    if present:
        handles = [plt.Rectangle((0, 0), 1, 1, color=SOURCE_COLOURS[s]) for s in present]
        fig.legend(handles, [t(SOURCE_LABELS[s]) for s in present], loc="lower center", ncol=len(present),
                   frameon=False, bbox_to_anchor=(0.5, 0.01))
    if title:
        fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05 if present else 0.02, 1, 1))
    return _with_source(fig, source)


def _bars(ax, rows: pd.DataFrame, name: str) -> None:
    colours = [SOURCE_COLOURS.get(s, "#777777") for s in rows["source"]]
    sns.barplot(x=rows["value"].astype(float), y=rows["label"], hue=rows["label"], palette=colours,
                legend=False, ax=ax, orient="h", errorbar=None)
    finite_high = rows["high"].replace(np.inf, np.nan)
    edge = float(np.nanmax([finite_high.max(), rows["value"].max()])) * 1.15 or 1.0
    for y, row in rows.iterrows():
        high = row["high"] if np.isfinite(row["high"]) else edge
        if row["high"] > row["low"]:
            ax.plot([row["low"], high], [y, y], color="black", linewidth=1.5)
        if not np.isfinite(row["high"]):
            ax.annotate("", xy=(edge, y), xytext=(row["low"], y), arrowprops={"arrowstyle": "->", "color": "black"})
    ax.set(xlabel="", ylabel="", title=name)
    ax.set_xlim(left=min(0, float(rows["low"].min())), right=edge * 1.02)


def _ranges(ax, rows: pd.DataFrame, name: str) -> None:
    """Each figure as the span from its low to its high end, on an axis that fits the spans (not from zero)."""
    for y, row in rows.iterrows():
        colour = SOURCE_COLOURS.get(row["source"], "#777777")
        ax.plot([row["low"], row["high"]], [y, y], color=colour, linewidth=8, solid_capstyle="butt")
        ax.annotate(f"{row['low']:g}–{row['high']:g}", xy=(row["high"], y), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize="small")
    span = float(rows["high"].max() - rows["low"].min()) or 1.0
    ax.set_xlim(float(rows["low"].min()) - 0.15 * span, float(rows["high"].max()) + 0.35 * span)
    ax.set_yticks(range(len(rows)), list(rows["label"]))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set(xlabel="", ylabel="", title=name)


def _tiles(ax, rows: pd.DataFrame, name: str, ranks: bool) -> None:
    """Figures written out, side by side, each under its label — no axis for a lone number or a rank."""
    ax.axis("off")
    ax.set_title(name)
    n = len(rows)
    for i, row in rows.reset_index(drop=True).iterrows():
        x = (i + 0.5) / n
        text = t("figure.rank", rank=f"{row['value']:g}") if ranks else row.get("shown") or f"{row['value']:g}"
        ax.text(x, 0.55, text, ha="center", va="center", fontsize=20, transform=ax.transAxes)
        ax.text(x, 0.12, str(row["label"]), ha="center", va="center", fontsize=10, transform=ax.transAxes)


def checks_figure(checks: pd.DataFrame, source: str = ""):
    """The lead figure: every check that compares a recomputed figure with a stated one.

    One row per check; everything is divided by the stated figure, so 1 is what the report says. The
    stated figure's interval is a grey band, the recomputed interval a bar (with a dot at the value from
    the printed figures) coloured and marked by the verdict. Checks that compare without a number (ranks
    in order, a part within its total) are counted under the axis. Returns the Figure.
    """
    import textwrap

    set_theme()
    judged = checks[checks["verdict"].isin(["consistent", "approximate", "inconsistent"])
                    & checks["stated"].notna() & (checks["unit"] != "comparison")]
    judged = judged[judged["stated"].astype(float) != 0].copy()
    comparisons = checks[checks["unit"] == "comparison"]
    note = t("figure.checks_comparisons", holds=int((comparisons["verdict"] == "consistent").sum()),
             fails=int((comparisons["verdict"] == "inconsistent").sum())) if len(comparisons) else ""
    if judged.empty:
        fig, ax = plt.subplots(figsize=(8, 1.6))
        ax.axis("off")
        ax.text(0.5, 0.5, t("figure.checks_none") + (f"\n{note}" if note else ""), ha="center", va="center")
        return _with_source(fig, source)
    stated = judged["stated"].astype(float)
    judged["rank"] = judged["verdict"].map(STATUSES.index)
    judged = judged.assign(lo=judged["computed_low"] / stated, hi=judged["computed_high"] / stated,
                           mid=judged["computed"] / stated, slo=judged["stated_low"] / stated,
                           shi=judged["stated_high"] / stated)
    judged = judged.sort_values(["rank", "gap"], ascending=[True, False]).reset_index(drop=True)
    # the axis fits the finite ends; a recomputed interval without an end (a part stated as 突破千亿元, at least)
    # is drawn to the axis' edge with an arrow
    finite = judged[["lo", "hi", "mid", "slo", "shi"]].astype(float).replace([np.inf, -np.inf], np.nan)
    low = float(np.nanmin(finite.to_numpy()))
    high = float(np.nanmax(finite.to_numpy()))
    pad = max(high - low, 0.02) * 0.35
    left, right = low - pad * 0.3, high + pad
    fig, ax = plt.subplots(figsize=(10, 0.75 * len(judged) + 2.2))
    for y, row in judged.iterrows():
        word = WORDS[row["verdict"]]
        slo, shi = (float(np.clip(v, left, right)) for v in (row["slo"], row["shi"]))    # 超过 20%: no upper end
        ax.add_patch(plt.Rectangle((slo, y - 0.32), shi - slo, 0.64, color="#cccccc", zorder=1))
        lo, hi = (float(np.clip(v, left, right)) for v in (row["lo"], row["hi"]))
        ax.plot([lo, hi], [y, y], color=word.colour, linewidth=7, solid_capstyle="butt", zorder=2)
        for end, edge in ((row["lo"], left), (row["hi"], right)):
            if not np.isfinite(end):
                ax.annotate("", xy=(edge, y), xytext=(row["mid"], y), zorder=2,
                            arrowprops={"arrowstyle": "->", "color": word.colour})
        ax.plot([row["mid"]], [y], marker="o", markersize=8, color=word.colour, markeredgecolor="black", zorder=3)
        ax.annotate(f"{word.symbol} {row['verdict']}", xy=(max(hi, shi), y), xytext=(8, 0),
                    textcoords="offset points", va="center", fontsize="small")
    labels = ["\n".join(textwrap.wrap(d, 30)[:2]) for d in judged["description"]]
    ax.set_yticks(range(len(judged)), labels, fontsize="small")
    ax.set_ylim(len(judged) - 0.5, -0.5)
    ax.axvline(1, color="black", linewidth=0.8)
    ax.set_xlim(left, right)
    ax.set_xlabel(t("figure.checks_x") + (f"\n{note}" if note else ""))
    ax.set_ylabel("")
    band = plt.Rectangle((0, 0), 1, 1, color="#cccccc")
    verdicts = [v for v in ("inconsistent", "approximate", "consistent") if v in set(judged["verdict"])]
    handles = [band] + [plt.Line2D([0], [0], color=WORDS[v].colour, linewidth=7) for v in verdicts]
    names = [t("figure.checks_stated")] + [f"{WORDS[v].symbol} {v}" for v in verdicts]
    ax.legend(handles, names, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(handles), frameon=False,
              fontsize="small")
    fig.suptitle(t("figure.checks_title"))
    fig.tight_layout()
    return _with_source(fig, source)


def status_by_section(counts: pd.DataFrame, ax=None, column: str = "status", title: str = "", source: str = ""):
    """Stacked horizontal bars: claims per section, split by a vocabulary column (status or corroboration).

    ``counts`` comes from :func:`helpers.evidence.verification.status_counts` or ``source_counts``
    (columns section, the category column, claims). Colours and order are the vocabulary's.
    """
    set_theme()
    counts = fold_rows(counts, "section", column, "claims")
    sections = list(dict.fromkeys(counts["section"]))
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * len(sections) + 1.8))
    present = [w for w in WORDS if w in set(counts[column].astype(str))]
    sns.histplot(data=counts.assign(**{column: counts[column].astype(str)}), y="section", hue=column,
                 weights="claims", multiple="stack", discrete=True, shrink=0.8, hue_order=present,
                 palette={w: WORDS[w].colour for w in present}, ax=ax)
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_text(f"{WORDS[text.get_text()].symbol} {text.get_text()}" if text.get_text() in WORDS
                          else text.get_text())
        legend.set_title("")
    _keep_kept_rows_legible(ax, counts, "section", "claims", stacked=True)
    ax.set(xlabel="claims 主张数", ylabel="", title=title or "Claims by status, per section 各节核查结果")
    _with_source(ax.figure, source)
    return ax


def claims_by_kind(ledger: pd.DataFrame, ax=None, source: str = ""):
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
    _with_source(ax.figure, source)
    return ax
