"""Splitting a report's text into documents, sections, paragraphs and sentences.

A page such as ours holds one main article and a few news briefs. Lines are
classified, not rewritten:

* **chrome** — page furniture that is not content: ``初审编辑:`` / ``责任编辑:`` lines
  and the ``...[详细]`` "read more" marker that ends each brief;
* **byline** — ``…记者 XXX …报道``: kept as the article's byline, not a paragraph;
* **heading** — a short line with no sentence punctuation inside an article;
* **brief** — a single line ending in ``[详细]``: a document of its own;
* everything else is a **paragraph** of the current article.

Every row carries ``start``/``end`` character offsets (end exclusive) into the
raw text, so ``raw[start:end] == text`` for every span — later ledgers point back
to the exact place.

>>> from helpers.read.segment import segment
>>> parts = segment("大众网 记者 张三 青岛报道\\n导语一句。\\n小标题\\n正文。第二句！\\n")
>>> parts.sections[["section_id", "title"]].values.tolist()
[['d1.s0', '导语'], ['d1.s1', '小标题']]
>>> list(parts.sentences.text)
['导语一句。', '正文。', '第二句！']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

CHROME_LINE = re.compile(r"^\s*(?:初审编辑|责任编辑|审核编辑|终审编辑|责编|编辑)\s*[:：]\s*\S{0,12}\s*$")
MORE_MARKER = re.compile(r"(?:\.{3}|…+)?\s*\[详细\]\s*$")
BYLINE = re.compile(r"记者.{0,20}报道\s*$")
SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"）)]*|[；;](?=\s*$)")
HEADING_MAX_CHARS = 30
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
HEADING_FORBIDDEN = re.compile(r"[。！？!?，,；;：:、]")

DOCUMENT_COLUMNS = ["doc_id", "kind", "start", "end", "label", "text"]
SECTION_COLUMNS = ["section_id", "doc_id", "heading", "title", "start", "end", "text"]
LEAD_TITLE = "导语"  # title of an article's text before its first heading
PARAGRAPH_COLUMNS = ["paragraph_id", "doc_id", "section_id", "start", "end", "text"]
SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "doc_id", "section_id", "start", "end", "text"]
CHROME_COLUMNS = ["kind", "start", "end", "text"]


@dataclass(frozen=True)
class Segmentation:
    """The report's structure as tables; each has ``start``/``end`` offsets into ``raw``."""

    raw: str
    documents: pd.DataFrame
    sections: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    chrome: pd.DataFrame     # page furniture that was recognised and left out
    byline: str | None

    def locate(self, spans: pd.DataFrame) -> pd.DataFrame:
        """A copy of ``spans`` (with a ``start`` column) plus the ids of the containing
        document, section, paragraph and sentence (missing where a span sits in page chrome).

        Does not mutate ``spans``.
        """
        located = spans.copy()
        offsets = located["start"].to_numpy()
        for table, key in (
            (self.documents, "doc_id"), (self.sections, "section_id"),
            (self.paragraphs, "paragraph_id"), (self.sentences, "sentence_id"),
        ):
            starts, ends = table["start"].to_numpy(), table["end"].to_numpy()
            index = np.searchsorted(starts, offsets, side="right") - 1
            inside = (index >= 0) & (offsets < ends[np.clip(index, 0, None)]) if len(table) else index < -1
            ids = table[key].to_numpy(dtype=object)
            located[key] = [ids[i] if ok else None for i, ok in zip(index, inside)]
        return located


def _lines(raw: str):
    """(start, end, text) of each non-blank line, surrounding blanks excluded."""
    offset = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip(LINE_BREAKS)
        stripped = body.strip()
        if stripped:
            start = offset + len(body) - len(body.lstrip())
            yield start, start + len(stripped), stripped
        offset += len(line)


def _is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_CHARS and not HEADING_FORBIDDEN.search(line) and not line[-1].isdigit()


def _sentences(raw: str, start: int, end: int):
    """Split ``raw[start:end]`` after sentence-final punctuation (with closing quotes)."""
    cursor = start
    for match in SENTENCE_END.finditer(raw, start, end):
        if match.end() > cursor:
            piece_start = cursor + (len(raw[cursor:match.end()]) - len(raw[cursor:match.end()].lstrip()))
            if piece_start < match.end():
                yield piece_start, match.end()
            cursor = match.end()
    if raw[cursor:end].strip():
        piece_start = cursor + (len(raw[cursor:end]) - len(raw[cursor:end].lstrip()))
        yield piece_start, end


def segment(raw: str) -> Segmentation:
    """Classify the lines of ``raw`` and build the document/section/paragraph/sentence tables."""
    documents, sections, paragraphs, chrome = [], [], [], []
    byline: str | None = None
    article: dict | None = None     # the article being filled
    section: dict | None = None

    def close_article():
        nonlocal article, section
        if article is not None and article["end"] > article["start"]:
            documents.append(article)
        article, section = None, None

    def new_doc_id() -> str:
        return f"d{len(documents) + (article is not None) + 1}"

    for start, end, line in _lines(raw):
        if CHROME_LINE.match(line):
            chrome.append({"kind": "editor", "start": start, "end": end, "text": line})
            close_article()
            continue
        more = MORE_MARKER.search(line)
        if more:
            close_article()
            content_end = start + more.start()
            chrome.append({"kind": "more", "start": content_end, "end": end, "text": raw[content_end:end]})
            doc_id = new_doc_id()
            sec_id = f"{doc_id}.s0"
            documents.append({"doc_id": doc_id, "kind": "brief", "start": start, "end": content_end})
            sections.append({"section_id": sec_id, "doc_id": doc_id, "heading": None, "start": start, "end": content_end})
            paragraphs.append({"doc_id": doc_id, "section_id": sec_id, "start": start, "end": content_end})
            continue
        if article is None:
            article = {"doc_id": new_doc_id(), "kind": "article", "start": start, "end": start}
            section = None
        if byline is None and BYLINE.search(line) and len(line) <= 40 and section is None:
            byline = line
            chrome.append({"kind": "byline", "start": start, "end": end, "text": line})
            article["start"] = end
            article["end"] = end
            continue
        heading = _is_heading(line)
        if heading or section is None:
            number = sum(1 for s in sections if s["doc_id"] == article["doc_id"])
            section = {
                "section_id": f"{article['doc_id']}.s{number}",
                "doc_id": article["doc_id"],
                "heading": line if heading else None,
                "start": start,
                "end": end,
            }
            sections.append(section)
            if article["end"] == article["start"]:
                article["start"] = start
        section["end"] = end
        article["end"] = end
        if not heading:
            paragraphs.append({"doc_id": article["doc_id"], "section_id": section["section_id"], "start": start, "end": end})
    close_article()

    documents.sort(key=lambda d: d["start"])
    doc_frame = _frame(raw, documents, DOCUMENT_COLUMNS[:4])
    doc_frame["label"] = [_label(raw, row) for row in doc_frame.itertuples()]
    doc_frame = doc_frame[DOCUMENT_COLUMNS]

    section_frame = _frame(raw, sections, ["section_id", "doc_id", "heading", "start", "end"])
    labels = dict(zip(doc_frame.doc_id, doc_frame.label))
    kinds = dict(zip(doc_frame.doc_id, doc_frame.kind))
    section_frame["title"] = [
        heading if isinstance(heading, str) else (LEAD_TITLE if kinds[doc] == "article" else labels[doc])
        for heading, doc in zip(section_frame.heading, section_frame.doc_id)
    ]
    paragraph_frame = _frame(raw, paragraphs, ["doc_id", "section_id", "start", "end"])
    paragraph_frame.insert(0, "paragraph_id", [f"p{i + 1}" for i in range(len(paragraph_frame))])

    sentence_rows = [
        {"paragraph_id": p.paragraph_id, "doc_id": p.doc_id, "section_id": p.section_id, "start": s, "end": e}
        for p in paragraph_frame.itertuples()
        for s, e in _sentences(raw, p.start, p.end)
    ]
    sentence_frame = _frame(raw, sentence_rows, ["paragraph_id", "doc_id", "section_id", "start", "end"])
    sentence_frame.insert(0, "sentence_id", [f"t{i + 1}" for i in range(len(sentence_frame))])

    chrome_frame = pd.DataFrame(chrome, columns=CHROME_COLUMNS)
    return Segmentation(
        raw=raw,
        documents=doc_frame,
        sections=section_frame[SECTION_COLUMNS],
        paragraphs=paragraph_frame[PARAGRAPH_COLUMNS],
        sentences=sentence_frame[SENTENCE_COLUMNS],
        chrome=chrome_frame,
        byline=byline,
    )


def _frame(raw: str, rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["text"] = [raw[s:e] for s, e in zip(frame.start, frame.end)]
    return frame


def _label(raw: str, row) -> str:
    """A short human label: the article's first heading-free sentence or the brief's opening words."""
    first = next(_sentences(raw, row.start, row.end), (row.start, row.end))
    text = raw[first[0]:first[1]]
    text = re.sub(r"^[（(][^）)]{0,12}[）)]", "", text)  # "(记者 应妮)" credit
    return text[:24] + ("…" if len(text) > 24 else "")
