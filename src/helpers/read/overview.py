"""A report at a glance: how much text and how many numbers each section holds.

>>> from helpers.read.report import load_report
>>> from helpers.read.segment import segment
>>> from helpers.quantities import quantities_frame
>>> report = load_report()
>>> parts = segment(report.text)
>>> summary = section_summary(parts, quantities_frame(report.text))
>>> int(summary.claims.sum()) > 50
True
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.read.segment import Segmentation

SUMMARY_COLUMNS = ["section_id", "doc_id", "kind", "title", "paragraphs", "sentences", "characters",
                   "claims", "non_claims"]


def short_title(title: str, doc_id: str, kind: str, width: int = 14) -> str:
    """A label that fits an axis: headings as they are, briefs as 简讯 d2: opening words."""
    if kind == "brief":
        return f"简讯 {doc_id}: {title[:8]}…"
    return title if len(title) <= width else title[:width] + "…"


def section_labels(parts: Segmentation) -> dict[str, str]:
    """section_id → its short label, unique within the report.

    A label that repeats (a page carrying several articles with the same headings)
    gets its section id, so that tables and charts never merge two sections.
    """
    kinds = dict(zip(parts.documents.doc_id, parts.documents.kind))
    short = {sid: short_title(title, doc, kinds[doc])
             for sid, title, doc in zip(parts.sections.section_id, parts.sections.title, parts.sections.doc_id)}
    repeats = Counter(short.values())
    return {sid: label if repeats[label] == 1 else f"{label} · {sid}" for sid, label in short.items()}


def section_summary(parts: Segmentation, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per section: paragraphs, sentences, characters, claim and non-claim mentions.

    ``mentions`` is the parser's table (``start`` and ``is_claim`` columns); it is not mutated.
    """
    located = parts.locate(mentions[["start", "is_claim"]])
    claims = located[located.is_claim].groupby("section_id").size()
    others = located[~located.is_claim].groupby("section_id").size()
    sections = parts.sections.merge(parts.documents[["doc_id", "kind"]], on="doc_id")
    summary = pd.DataFrame({
        "section_id": sections.section_id,
        "doc_id": sections.doc_id,
        "kind": sections.kind,
        "title": sections.section_id.map(section_labels(parts)),
        "paragraphs": sections.section_id.map(parts.paragraphs.groupby("section_id").size()).fillna(0).astype(int),
        "sentences": sections.section_id.map(parts.sentences.groupby("section_id").size()).fillna(0).astype(int),
        "characters": (sections.end - sections.start).astype(int),
        "claims": sections.section_id.map(claims).fillna(0).astype(int),
        "non_claims": sections.section_id.map(others).fillna(0).astype(int),
    })
    return summary[SUMMARY_COLUMNS]


def mentions_by_section(parts: Segmentation, mentions: pd.DataFrame) -> pd.DataFrame:
    """Long table for plotting: section title, ``role`` (claim / non-claim) and count."""
    summary = section_summary(parts, mentions)
    long = summary.melt(id_vars=["section_id", "title"], value_vars=["claims", "non_claims"],
                        var_name="role", value_name="mentions")
    long["role"] = long["role"].map({"claims": "claim 主张", "non_claims": "not a claim 非主张"})
    return long


def _shown_path(path) -> str:
    """A file's path as a reader may see it: inside the project, relative to it; elsewhere, its name only."""
    from pathlib import Path

    from helpers import paths

    path = Path(path).resolve()
    try:
        return str(path.relative_to(paths.ROOT.resolve()))
    except ValueError:
        return path.name


def describe_report(report, parts: Segmentation) -> pd.DataFrame:
    """Two-column table of what was read: file, encoding, checksum and structure counts."""
    rows = {
        "report": report.slug,
        "file": _shown_path(report.text_path or report.path),
        "encoding": report.encoding + (f" ({report.note})" if report.note else ""),
        "sha256": report.sha256,
        "characters": len(report.text),
        "headline": parts.headline or "—",
        "dateline": parts.dateline or "—",
        "byline": parts.byline or "—",
        "documents": f"{len(parts.documents)} ({', '.join(f'{n} {k}' for k, n in parts.documents.groupby('kind', sort=False).size().items())})",
        "sections": len(parts.sections),
        "headed sections": int(parts.sections.heading.notna().sum()),
        "numbered headings": int(parts.sections.numbering.notna().sum()),
        "paragraphs": len(parts.paragraphs),
        "sentences": len(parts.sentences),
        "page chrome left out": len(parts.chrome),
    }
    return pd.DataFrame({"item": list(rows), "value": [str(v) for v in rows.values()]})
