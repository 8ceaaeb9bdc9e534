"""What the corpus notebook shows: counts, inconsistent checks by outlet, month and kind, the worst cases.

Everything is read from the committed Parquet partitions of a corpus output folder (:class:`Store`), with only
the columns a table needs; the claims — the largest dataset — are read only for the reports of the
inconsistencies listed. Nothing here changes the datasets.

A check **tests** a stated figure when its verdict is consistent, approximate or inconsistent (a derived check
only computes a figure the report implies). Shares are of the tested checks.

>>> empty = load_corpus(paths.ROOT / "reports" / "_no_such_corpus")
>>> overview(empty)["reports read"].item()
0
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
from IPython.display import Markdown

from helpers import paths
from helpers.corpus.store import DEFAULT_OUT, Store
from helpers.present.tables import format_value, plain

UNKNOWN = "unknown 未知"
TESTED = ("consistent", "approximate", "inconsistent")
GROUPS = {"outlet": "outlet", "month": "month", "kind": "kind"}
ANNOTATED = "annotated.html"      # a single-report run's annotated page, in reports/<slug>/latest/


@dataclass(frozen=True)
class Corpus:
    out: Path
    documents: pd.DataFrame       # every report read, with its outlet and month
    checks: pd.DataFrame          # every check: report_id, check_id, kind, verdict, gap
    errors: pd.DataFrame          # every report that could not be analysed
    claims: int                   # rows of the claims dataset


def load_corpus(out: str | Path = "") -> Corpus:
    """The committed datasets of a corpus output folder (empty: ``reports/_corpus``), light columns only.

    The folder accumulates runs: a report whose file was edited is a new report (a new checksum) at the same
    path. Only the report a path held when it was last analysed is kept here, so nothing is counted twice.
    """
    store = Store(Path(out) if str(out) else DEFAULT_OUT)
    documents = store.read("documents", ["report_id", "path", "slug", "sha256", "headline", "outlet", "published",
                                         "n_claims", "n_checks", "n_inconsistent", "seconds", "library",
                                         "batch"]).to_pandas()
    errors = store.read("errors", ["report_id", "path", "kind", "error", "reason", "batch"]).to_pandas()
    current = _latest_per_path(store, documents, errors)
    documents = documents[documents.report_id.isin(current)].reset_index(drop=True)
    errors = errors[errors.report_id.isin(current)].reset_index(drop=True)
    documents["outlet"] = documents["outlet"].fillna(UNKNOWN)
    published = pd.to_datetime(documents["published"], errors="coerce")
    documents["month"] = published.dt.strftime("%Y-%m").fillna(UNKNOWN)
    checks = store.read("checks", ["report_id", "check_id", "kind", "verdict", "gap"]).to_pandas()
    checks = checks[checks.report_id.isin(current)].reset_index(drop=True)
    return Corpus(store.out, documents, checks, errors, int(documents["n_claims"].sum()))


def _latest_per_path(store: Store, documents: pd.DataFrame, errors: pd.DataFrame) -> set[str]:
    """The report ids last analysed at each path (batches in the order their records were written)."""
    order = {record["batch"]: n for n, record in enumerate(store.records())}
    both = pd.concat([documents[["report_id", "path", "batch"]], errors[["report_id", "path", "batch"]]])
    both = both.assign(_order=both.batch.map(order)).sort_values("_order", kind="stable")
    return set(both.drop_duplicates("path", keep="last").report_id)


def overview(corpus: Corpus) -> pd.DataFrame:
    """One row: reports read and refused, claims, checks, tested checks, inconsistent ones and their reports."""
    return pd.DataFrame([_counts(corpus)])


def _counts(corpus: Corpus) -> dict:
    checks = corpus.checks
    inconsistent = checks[checks.verdict == "inconsistent"]
    return {
        "reports read": len(corpus.documents), "reports refused": len(corpus.errors), "claims": corpus.claims,
        "checks": len(checks), "checks testing a stated figure": int(checks.verdict.isin(TESTED).sum()),
        "inconsistent": len(inconsistent), "reports with an inconsistency": int(inconsistent.report_id.nunique()),
        "ms per report": round(1000 * float(corpus.documents.seconds.mean()), 1) if len(corpus.documents)
        else math.nan,
    }


def finding(corpus: Corpus) -> Markdown:
    """The finding first, in sentences with numbers."""
    row = _counts(corpus)
    if not row["reports read"]:
        return Markdown(f"No report has been analysed in `{plain(corpus.out)}` yet: run "
                        "`python -m helpers corpus SOURCE --out DIR` first.")
    tested, bad, reports = row["checks testing a stated figure"], row["inconsistent"], row["reports read"]
    text = (f"**{reports:,} reports** were read ({row['reports refused']:,} could not be), with "
            f"{row['claims']:,} claims and {row['checks']:,} checks. {tested:,} checks test a figure the report "
            f"states; **{bad:,} do not hold** ({_share(bad, tested)}), in {row['reports with an inconsistency']:,} "
            f"reports ({_share(row['reports with an inconsistency'], reports)} of those read).")
    by_outlet = inconsistent_by(corpus, "outlet")
    by_outlet = by_outlet[(by_outlet.outlet != UNKNOWN) & (by_outlet.inconsistent > 0)]
    if len(by_outlet):
        worst = by_outlet.sort_values(["inconsistent", "share inconsistent %"], ascending=False).iloc[0]
        text += (f" The outlet with the most is {plain(worst['outlet'])}: {worst['inconsistent']:,} of its "
                 f"{worst['tested']:,} tested checks.")
    return Markdown(text)


def _share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def inconsistent_by(corpus: Corpus, by: str) -> pd.DataFrame:
    """Per outlet, month (of publication) or kind (of check): reports, tested checks, inconsistent ones, share.

    Sorted by the group (months in order), unknown last.
    """
    if by not in GROUPS:
        raise ValueError(f"group by one of {list(GROUPS)}, not {by!r}")
    checks = corpus.checks
    if by != "kind":
        checks = checks.merge(corpus.documents[["report_id", by]], on="report_id", how="inner")
    tested = checks[checks.verdict.isin(TESTED)]
    table = pd.DataFrame({
        "reports": checks.groupby(by).report_id.nunique(),
        "tested": tested.groupby(by).size(),
        "inconsistent": tested[tested.verdict == "inconsistent"].groupby(by).size(),
        "reports with an inconsistency": tested[tested.verdict == "inconsistent"].groupby(by).report_id.nunique(),
    })
    if by != "kind":   # reports without any check still count as reports of their outlet or month
        table["reports"] = corpus.documents.groupby(by).size()
    table = table.fillna(0).astype("int64")
    table["share inconsistent %"] = (100 * table["inconsistent"] / table["tested"].where(table["tested"] > 0)).round(1)
    table = table.reset_index().rename(columns={"index": by})
    order = table[by].eq(UNKNOWN)
    return table.assign(_unknown=order).sort_values(["_unknown", by], kind="stable").drop(columns="_unknown") \
        .reset_index(drop=True)


def errors_table(corpus: Corpus) -> pd.DataFrame:
    """The reports that could not be analysed, grouped by kind and error, with one example reason each.

    The reasons name their files by the path the corpus read; the example shows it relative to the folder
    all the corpus's reports share, so a shared page does not reveal where the corpus was run.
    """
    errors = corpus.errors
    if errors.empty:
        return pd.DataFrame(columns=["kind", "error", "reports", "example"])
    grouped = errors.groupby(["kind", "error"], sort=True)
    examples = grouped.reason.first().map(lambda reason: _relative(reason, _shared_folder(corpus)))
    return pd.DataFrame({"reports": grouped.size(), "example": examples}).reset_index()


def _shared_folder(corpus: Corpus) -> str:
    """The deepest folder holding every report of the corpus (read or refused), or '' when there is none."""
    found = [str(p) for p in (*corpus.documents.path, *corpus.errors.path) if isinstance(p, str) and p]
    if not found:
        return ""
    try:
        common = os.path.commonpath(found)
    except ValueError:              # relative and absolute paths mixed: nothing is shared
        return ""
    return common if common not in found else os.path.dirname(common)


def _relative(text: str, folder: str) -> str:
    """``text`` with ``folder/`` removed wherever a path under it is named."""
    return text.replace(folder.rstrip(os.sep) + os.sep, "") if folder and folder != os.sep else text


def shown(frame: pd.DataFrame):
    """A table as a reader sees it: no row numbers, text escaped and never cut short, a dash where there is no
    number (a share of no tested check), decimals to one place."""
    return frame.style.hide(axis="index").format(escape="html", na_rep="–", precision=1, thousands=",")


def most_severe(corpus: Corpus, top: int = 20, reports_root: str | Path = "", page_dir: str | Path = "") \
        -> pd.DataFrame:
    """The ``top`` inconsistent checks with the largest relative gap (comparisons after), with their quotes.

    ``link`` is the address of the claim in the report's annotated page, relative to ``page_dir`` (the folder of
    the corpus page; default the corpus folder) — only where ``<reports_root>/<slug>/latest/annotated.html``
    exists and its run read this very report (same SHA-256); else empty.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    checks = corpus.checks[corpus.checks.verdict == "inconsistent"]
    worst = checks.assign(_order=checks.gap.fillna(-1.0)).sort_values(["_order", "report_id", "check_id"],
                                                                        ascending=[False, True, True]).head(top)
    columns = ["report", "outlet", "published", "kind", "check", "stated", "computed", "gap %", "quote", "link"]
    if worst.empty:
        return pd.DataFrame(columns=columns)
    store = Store(corpus.out)
    ids = sorted(set(worst.report_id))
    full = store.read("checks", filter=pc.field("report_id").isin(ids)).to_pandas() \
        .merge(worst[["report_id", "check_id"]], on=["report_id", "check_id"])
    claims = store.read("claims", ["report_id", "claim_id", "value", "quote"],
                        filter=pc.field("report_id").isin(ids)).to_pandas()
    claims = {(r.report_id, r.claim_id): r for r in claims.itertuples()}
    documents = corpus.documents.set_index("report_id")
    root = Path(reports_root) if str(reports_root) else paths.OUTPUT
    here = Path(page_dir) if str(page_dir) else corpus.out
    rows = []
    for check in full.merge(worst[["report_id", "check_id", "_order"]], on=["report_id", "check_id"]) \
            .sort_values(["_order", "report_id", "check_id"], ascending=[False, True, True]).itertuples():
        used = [claims[(check.report_id, c)] for c in check.claim_ids if (check.report_id, c) in claims]
        stated = next((c for c in used if not math.isnan(check.stated) and c.value == check.stated),
                      used[0] if used else None)
        document = documents.loc[check.report_id]
        rows.append({
            "report": document.headline if isinstance(document.headline, str) and document.headline
            else document.slug,
            "outlet": document.outlet,
            "published": str(document.published) if pd.notna(document.published) else UNKNOWN,
            "kind": check.kind, "check": check.description or check.formula,
            "stated": format_value(check.stated, check.unit), "computed": format_value(check.computed, check.unit),
            "gap %": round(100 * check.gap, 1) if not math.isnan(check.gap) else math.nan,
            "quote": stated.quote if stated is not None else "",
            "link": _link(root, here, document, stated.claim_id) if stated is not None else "",
        })
    return pd.DataFrame(rows, columns=columns)


def _link(root: Path, here: Path, document, claim_id: str) -> str:
    latest = root / document.slug / "latest"
    page = latest / ANNOTATED
    if not page.is_file() or not _same_report(latest / "manifest.json", document.sha256):
        return ""
    return f"{Path(os.path.relpath(page.resolve(), here.resolve())).as_posix()}#{claim_id}"


def _same_report(manifest: Path, sha256: str) -> bool:
    import json

    try:
        return json.loads(manifest.read_text(encoding="utf-8"))["report"]["sha256"] == sha256
    except (OSError, ValueError, KeyError, TypeError):
        return False


def severe_table(frame: pd.DataFrame):
    """:func:`most_severe` as a styled table: text escaped, each link an anchor to the annotated claim."""
    def anchor(href: str) -> str:
        return f'<a href="{href}">annotated 标注</a>' if href else ""

    return frame.style.hide(axis="index").format(anchor, subset=["link"], escape="html") \
        .format(escape="html", subset=[c for c in frame.columns if c not in ("link", "gap %")]) \
        .format("{:.1f}", subset=["gap %"], na_rep="— (comparison)")
