"""The claim ledger: every claim of the report, one row each.

Two sources meet here. The quantity parser finds every numeric mention and says
what its value, unit, qualifier and interval are. The curated file
``data/claims/claims.csv`` adds what a parser cannot know — a stable
``claim_id``, the ``subject`` (what is measured) and the ``period`` — and the
qualitative claims ("历史上最快", "世界首例") with the evidence that would settle
them. A curated row points into the text by a ``quote`` that must occur in the
report exactly once and, for a quantity, the ``mention`` inside it; a quote that
moved or changed is an error naming the row.

Parser claims that no curated row covers stay in the ledger with an automatic id
(``auto-<offset>``), so nothing the text states is dropped; on a report without a
curated file, every claim is such a row.

>>> from helpers.claims.ledger import build_ledger
>>> ledger = build_ledger()                                   # the default report and its curated file
>>> row = ledger.set_index("claim_id").loc["pov-reduced"]
>>> float(row.value), row.unit, row.text
(545800.0, '人', '54.58万人')
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.read.edited import read_edited_table
from helpers.read.overview import section_labels
from helpers.quantities import quantities_frame
from helpers.read.report import Report, load_report
from helpers.read.segment import Segmentation, segment

CURATED_COLUMNS = ["claim_id", "quote", "mention", "subject", "period", "topic", "claim_type", "evidence", "note"]
CLAIM_TYPES = ("quantity", "qualitative")
LEDGER_COLUMNS = [
    "claim_id", "document", "section", "section_id", "start", "end", "text", "quote", "subject", "period", "topic",
    "value", "unit", "qualifier", "low", "high", "kind", "claim_type", "evidence", "curated",
]
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MENTION_FIELDS = ("start", "end", "text", "value", "unit", "qualifier", "low", "high", "kind")


class ClaimsFileError(ValueError):
    """A curated claims file that does not fit the report; names the file, row and field."""


def load_curated(path: Path, topics: frozenset[str] | set[str] = frozenset()) -> pd.DataFrame:
    """Read and validate the curated claims table (schema only; see :func:`anchor`).

    A claim's ``topic`` is empty or one of ``topics`` (the keys of the report's ``topics.yml``).
    """
    frame = read_edited_table(path, CURATED_COLUMNS, ClaimsFileError, "the curated claims")
    seen: dict[str, int] = {}
    for number, row in enumerate(frame.itertuples(index=False), start=2):  # row 1 is the header
        where = f"{path}: row {number} ({row.claim_id or 'no id'})"
        if not ID.match(row.claim_id):
            raise ClaimsFileError(f"{where}: field 'claim_id' must be lowercase words joined by hyphens")
        if row.claim_id in seen:
            raise ClaimsFileError(f"{where}: field 'claim_id' repeats row {seen[row.claim_id]}")
        seen[row.claim_id] = number
        if row.topic and row.topic not in topics:
            raise ClaimsFileError(f"{where}: field 'topic' must be empty or one of the report's topics "
                                  f"{sorted(topics)}, got {row.topic!r}")
        if row.claim_type not in CLAIM_TYPES:
            raise ClaimsFileError(f"{where}: field 'claim_type' must be one of {CLAIM_TYPES}, got {row.claim_type!r}")
        if not row.quote:
            raise ClaimsFileError(f"{where}: field 'quote' is empty")
        if not row.subject:
            raise ClaimsFileError(f"{where}: field 'subject' is empty")
        if row.claim_type == "quantity" and (not row.mention or row.mention not in row.quote):
            raise ClaimsFileError(f"{where}: field 'mention' must be the numeric text inside the quote")
        if row.claim_type == "qualitative" and not row.evidence:
            raise ClaimsFileError(f"{where}: field 'evidence' must say what would settle a qualitative claim")
    frame.insert(0, "row", range(2, len(frame) + 2))
    return frame


def anchor(curated: pd.DataFrame, raw: str, mentions: pd.DataFrame, path: Path | str = "claims.csv") -> pd.DataFrame:
    """Place each curated row in the text: quote span, and for quantities the parser mention.

    Raises :class:`ClaimsFileError` for a quote that is not in the text exactly once,
    or a quantity where the parser finds no numeric mention.
    """
    rows = []
    starts, ends = mentions["start"].to_numpy(), mentions["end"].to_numpy()
    for row in curated.itertuples(index=False):
        where = f"{path}: row {row.row} ({row.claim_id})"
        found = [m.start() for m in re.finditer(re.escape(row.quote), raw)]
        if len(found) != 1:
            problem = "is no longer in the report" if not found else f"occurs {len(found)} times; lengthen it"
            raise ClaimsFileError(f"{where}: quote {row.quote!r} {problem}")
        quote_start = found[0]
        record = row._asdict() | {"quote_start": quote_start, "quote_end": quote_start + len(row.quote),
                                  "mention_index": None}
        if row.claim_type == "quantity":
            lo = quote_start + row.quote.index(row.mention)
            hi = lo + len(row.mention)
            overlap = (starts < hi) & (ends > lo)
            if not overlap.any():
                raise ClaimsFileError(f"{where}: the parser finds no quantity at {row.mention!r} in the quote")
            index = mentions.index[overlap]
            best = max(index, key=lambda i: min(hi, ends[i]) - max(lo, starts[i]))
            if not mentions.at[best, "is_claim"]:
                raise ClaimsFileError(f"{where}: {row.mention!r} is read by the parser as "
                                      f"{mentions.at[best, 'kind']} (not a claim); fix the parser's lexicon "
                                      "or drop the row")
            record["mention_index"] = best
        rows.append(record)
    anchored = pd.DataFrame(rows)
    taken = anchored.mention_index.dropna()
    if taken.duplicated().any():
        twice = anchored[anchored.mention_index.isin(taken[taken.duplicated()])].claim_id.tolist()
        raise ClaimsFileError(f"{path}: rows {twice} point at the same mention")
    return anchored


_FROM_REPORT = "from the report folder"


def build_ledger(report: Report | None = None, curated_path: Path | str | None = _FROM_REPORT,
                 parts: Segmentation | None = None, mentions: pd.DataFrame | None = None,
                 topics: frozenset[str] | set[str] = frozenset()) -> pd.DataFrame:
    """Every claim of the report, curated or not, with its place, value and interval.

    By default the curated claims are the report folder's ``claims.csv``; ``curated_path=None``
    (or a report without one) builds the ledger from the parser alone. ``topics`` are the topic
    keys a curated row may name.
    """
    report = report or load_report()
    parts = parts or segment(report.text)
    mentions = quantities_frame(report.text) if mentions is None else mentions
    mentions = mentions.reset_index(drop=True)
    if curated_path is _FROM_REPORT:
        curated_path = report.curated(paths.CLAIMS_FILE)
        if curated_path is not None and not topics and report.curated(paths.TOPICS_FILE):
            from helpers.claims.topics import load_topics
            topics = frozenset(load_topics(report.curated(paths.TOPICS_FILE)))
    curated_path = Path(curated_path) if curated_path else None
    if curated_path is not None and curated_path.exists():
        anchored = anchor(load_curated(curated_path, topics), report.text, mentions, curated_path)
    else:
        anchored = pd.DataFrame(columns=CURATED_COLUMNS + ["quote_start", "quote_end", "mention_index"])

    records = []
    used = set()
    for row in anchored.itertuples(index=False):
        record = {"claim_id": row.claim_id, "quote": row.quote, "subject": row.subject, "period": row.period,
                  "topic": row.topic,
                  "claim_type": row.claim_type, "evidence": row.evidence, "curated": True}
        if row.claim_type == "quantity":
            mention = mentions.loc[int(row.mention_index)]
            used.add(int(row.mention_index))
            record |= _mention_fields(mention)
        else:
            record |= {"start": row.quote_start, "end": row.quote_end, "text": row.quote, "kind": "qualitative",
                       "qualifier": "", "unit": ""}
        records.append(record)
    uncurated = mentions[mentions.is_claim & ~mentions.index.isin(used)]
    bounds = dict(zip(parts.sentences.sentence_id, zip(parts.sentences.start, parts.sentences.end)))
    sentence_ids = parts.locate(uncurated[["start"]])["sentence_id"]
    for mention, sentence_id in zip(uncurated.to_dict("records"), sentence_ids):
        records.append({key: mention[key] for key in MENTION_FIELDS} | {
            "claim_id": f"auto-{int(mention['start'])}",
            "quote": passage(report.text, bounds.get(sentence_id), int(mention["start"]), int(mention["end"])),
            "subject": "", "period": "", "topic": "", "claim_type": "quantity", "evidence": "", "curated": False})
    if not records:
        return pd.DataFrame(columns=LEDGER_COLUMNS)
    ledger = pd.DataFrame(records)
    located = parts.locate(ledger[["start"]])
    ledger["document"] = located["doc_id"]
    ledger["section_id"] = located["section_id"]
    ledger["section"] = ledger["section_id"].map(section_labels(parts))
    ledger = ledger.sort_values(["start", "claim_id"], kind="stable").reset_index(drop=True)
    return ledger.reindex(columns=LEDGER_COLUMNS)


#: An automatic claim's quote is its sentence, or — in a long sentence — this many characters either side of it.
QUOTE_WINDOW = 80


def passage(raw: str, sentence: tuple[int, int] | None, start: int, end: int, window: int = QUOTE_WINDOW) -> str:
    """The sentence a claim stands in; in a sentence longer than the claim plus ``window`` either side, the
    ``window`` characters either side of it with "…" where the sentence was cut (so quoting stays linear).

    >>> passage("甲" * 300 + "增长5%" + "乙" * 300, (0, 604), 302, 304, window=3)
    '…甲增长5%乙乙乙…'
    """
    if sentence is None:
        return ""
    lo, hi = int(sentence[0]), int(sentence[1])
    if hi - lo <= (end - start) + 2 * window:
        return raw[lo:hi]
    a, b = max(lo, start - window), min(hi, end + window)
    return ("…" if a > lo else "") + raw[a:b] + ("…" if b < hi else "")


def _mention_fields(mention: pd.Series) -> dict:
    return {key: mention[key] for key in MENTION_FIELDS}
