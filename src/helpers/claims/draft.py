"""Starting a new report: a report folder drafted from a text, a saved web page or a PDF, for an analyst to edit.

``python -m helpers new PATH`` (``make new REPORT=PATH``) writes ``data/reports/<slug>/``:

* ``raw/<file>`` — the file exactly as received, and for a web page or a PDF ``text.txt``, the article's text as
  extracted once (offsets index into it); ``SHA256SUMS`` records both;
* ``report.yml`` — what is known: the headline, date, outlet and reporter found in the page's markup or in the
  text's dateline, the capture date, and a note that the fields were drafted;
* ``claims.csv`` — every claim the parser finds, with an id by section (``s2-3``: the third claim of section 2;
  ``d2-s0-1`` in a second document), a quote that occurs exactly once in the text, a subject drafted from the
  words that name the figure, and a period where the sentence gives a year;
* ``checks.yml`` — the relations found (:mod:`helpers.claims.relations`) as checks over those ids, each with its
  assumptions;
* ``references.csv`` and ``reviews.csv`` — empty, with their columns, for the public sources and the review
  marks the analyst adds;
* ``drafted.sha256`` — the checksums of the drafts as written, so ``--force`` replaces only drafts nobody edited.

The drafts run at once: ``make report REPORT=data/reports/<slug>`` gives a full run. A folder that exists is
never overwritten (``--force`` replaces it only when every curated file in it is still the draft).

>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> source = folder / "grain.txt"
>>> _ = source.write_text("某县粮食生产通报\\n2022-03-15 来源：县统计局\\n全年粮食种植面积38.5万亩，比上年增加2.1万亩，增长5.8%。\\n",
...                       encoding="utf-8")
>>> draft = draft_report(source, root=folder / "reports", today="2024-05-01")
>>> draft.slug, draft.claims, draft.checks, sorted(p.name for p in draft.folder.iterdir())
('grain', 3, 2, ['SHA256SUMS', 'checks.yml', 'claims.csv', 'drafted.sha256', 'raw', 'references.csv', 'report.yml', 'reviews.csv'])
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from helpers import paths
from helpers.claims.ledger import CURATED_COLUMNS, build_ledger
from helpers.claims.relations import find_checks
from helpers.claims.relations.passage import read_figures
from helpers.claims.relations.words import CHANGE_LEAD, FROM_LEAD, RATE_LEAD
from helpers.claims.reviews import write_reviews_header
from helpers.evidence.corroborate import REFERENCE_COLUMNS
from helpers.quantities import quantities_frame
from helpers.read.report import (
    HTML_SUFFIXES, PDF_SUFFIXES, SLUG, Report, ReportError, load_folder, load_report, read_bytes, sha256_of,
)
from helpers.read.segment import DATELINE_OPENING, Segmentation, segment

DRAFTED_FILE = "drafted.sha256"
DRAFTS = (paths.METADATA_FILE, paths.CLAIMS_FILE, paths.CHECKS_FILE, paths.REFERENCES_FILE, paths.REVIEWS_FILE)
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$")
YEAR = re.compile(r"(?<![比较])(\d{4})年")
CLAUSE_END = re.compile(r"[，,；;。！？!?]")
QUOTE_STEPS = 60


class DraftError(ValueError):
    """A report folder that cannot be drafted; the message names the folder or file and what to do."""


@dataclass
class Draft:
    folder: Path
    slug: str
    claims: int                                   # claims drafted in claims.csv
    checks: int                                   # checks drafted in checks.yml
    left_out: list[str] = field(default_factory=list)   # claims without a unique quote (they stay automatic)


def draft_report(source: Path | str, slug: str | None = None, force: bool = False, root: Path | None = None,
                 today: str | None = None) -> Draft:
    """Draft ``root/<slug>/`` (``root``: ``data/reports``) from a .txt, .html or .pdf report file."""
    source = Path(source)
    report = load_report(source)
    if report.folder is not None:
        raise DraftError(f"{source}: is already the report {report.folder} (its text is kept there); "
                         "run it with make report REPORT=" + str(report.folder))
    slug = slug or report.slug
    if not SLUG.match(slug) or slug in paths.RESERVED_NAMES:
        raise DraftError(f"{slug!r}: a report's name is lowercase letters, digits and hyphens (at most 64), never "
                         f"one of {sorted(paths.RESERVED_NAMES)}")
    folder = Path(root or paths.REPORT_FOLDERS) / slug
    data = read_bytes(source)
    raw_name = source.name if SAFE_NAME.match(source.name) else f"report{source.suffix.lower()}"
    if folder.exists():
        _replaceable(folder, data, force)
    today = today or dt.date.today().isoformat()
    extracted = source.suffix.lower() in HTML_SUFFIXES | PDF_SUFFIXES
    (folder / paths.RAW_FOLDER).mkdir(parents=True, exist_ok=True)
    (folder / paths.RAW_FOLDER / raw_name).write_bytes(data)
    text_name = "text.txt" if extracted else f"{paths.RAW_FOLDER}/{raw_name}"
    if extracted:
        (folder / "text.txt").write_bytes(report.text.encode("utf-8"))
    sums = [f"{sha256_of(folder / paths.RAW_FOLDER / raw_name)}  {paths.RAW_FOLDER}/{raw_name}"]
    if extracted:
        sums.append(f"{sha256_of(folder / 'text.txt')}  text.txt")
    (folder / paths.CHECKSUMS_FILE).write_text("\n".join(sums) + "\n", encoding="utf-8")

    parts = segment(report.text)
    (folder / paths.METADATA_FILE).write_text(_metadata_yaml(report, parts, text_name, source, today),
                                              encoding="utf-8")
    drafted = load_folder(folder)
    mentions = quantities_frame(drafted.text)
    ledger = build_ledger(drafted, None, parts=parts, mentions=mentions)
    claims, ids, left_out = _claims(drafted.text, ledger, parts)
    claims.to_csv(folder / paths.CLAIMS_FILE, index=False, lineterminator="\n")
    checks = [_check_spec(check, ids) for check in find_checks(ledger, parts)]
    (folder / paths.CHECKS_FILE).write_text(_checks_yaml(checks, source), encoding="utf-8")
    pd.DataFrame(columns=REFERENCE_COLUMNS).to_csv(folder / paths.REFERENCES_FILE, index=False, lineterminator="\n")
    write_reviews_header(folder / paths.REVIEWS_FILE)
    (folder / DRAFTED_FILE).write_text("".join(f"{sha256_of(folder / name)}  {name}\n" for name in DRAFTS),
                                       encoding="utf-8")
    return Draft(folder, slug, len(claims), len(checks), left_out)


def _replaceable(folder: Path, data: bytes, force: bool) -> None:
    """Refuse to touch an existing folder, unless ``force`` and every curated file in it is the untouched draft."""
    if not force:
        raise DraftError(f"{folder}: exists, and a report folder is never overwritten; choose another name "
                         "(--slug NAME, make new … SLUG=NAME) or --force to replace drafts nobody edited")
    listing = folder / DRAFTED_FILE
    if not listing.is_file():
        raise DraftError(f"{folder}: was not drafted by make new (no {DRAFTED_FILE}); --force replaces drafts only")
    drafted = dict(reversed(line.split("  ", 1)) for line in listing.read_text(encoding="utf-8").splitlines()
                   if "  " in line)
    kept = {paths.CHECKSUMS_FILE, DRAFTED_FILE, "text.txt"}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_dir() or name in kept:
            continue
        if name.startswith(f"{paths.RAW_FOLDER}/"):
            if path.read_bytes() != data:
                raise DraftError(f"{path}: the folder holds another text; draft this one under another name "
                                 "(--slug NAME)")
            continue
        if name not in drafted or sha256_of(path) != drafted[name]:
            raise DraftError(f"{path}: was edited (or added) after drafting; --force replaces only drafts nobody "
                             "edited — move the folder away to start again")
    shutil.rmtree(folder)


def _metadata_yaml(report: Report, parts: Segmentation, text_name: str, source: Path, today: str) -> str:
    found = report.metadata
    dateline = parts.dateline or ""
    date = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", dateline)
    published = found.published or (f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
                                     if date else "")
    try:
        dt.date.fromisoformat(published)
    except ValueError:
        published = ""
    outlet = found.outlet or _field(dateline, r"来源\s*[:：]\s*([^\s　]+)") or _wire(dateline)
    reporter = found.reporter or _field(dateline, r"作者\s*[:：]\s*(?:记者\s*)?([^\s　]+)") or \
        _field(dateline, r"记者\s+([^\s　）)]+)")
    headline = found.headline or parts.headline or ""
    fields = {
        "text": text_name,
        "headline": headline,
        "working_title": "" if headline else (parts.documents.label.iloc[0] if len(parts.documents) else ""),
        "outlet": outlet, "reporter": reporter, "published": published, "url": found.url, "captured": today,
        "language": "zh-Hans", "rights": "",
        "notes": f"Drafted by make new from {source.name} on {today}: the headline, outlet, reporter and date were "
                 "read from the file and its dateline; check each, and say who holds the rights.",
        "sources": [],
    }
    header = "# What this report is (fields: data/reports/README.md). Drafted by make new — check every field.\n"
    return header + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=120)


def _field(text: str, pattern: str) -> str:
    found = re.search(pattern, text)
    return found.group(1) if found else ""


def _wire(dateline: str) -> str:
    """The outlet of a dateline that opens the text: 江城晚报讯 → 江城晚报 (本报讯 names none)."""
    found = DATELINE_OPENING.match(dateline)
    if not found:
        return ""
    wire = re.match(r"^(?!本报|本刊|本台)([^\s，。（(]{2,12}?)(?:讯|\d{1,2}月)", found.group(0))
    return wire.group(1) if wire else ""


def _claims(raw: str, ledger: pd.DataFrame, parts: Segmentation) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    """Draft rows for claims.csv; the map from the ledger's automatic ids to the drafted ids; claims left out."""
    document = read_figures(ledger, parts)
    figures = {f.claim_id: f for paragraph in document.paragraphs for f in paragraph}
    located = parts.locate(ledger[["start"]])
    sentences = parts.sentences.set_index("sentence_id")
    paragraphs = parts.paragraphs.set_index("paragraph_id")
    numbers: dict[str, int] = {}
    rows, ids, left_out = [], {}, []
    year = str(int((YEAR.findall(parts.headline or "") or ["0"])[-1])) if YEAR.search(parts.headline or "") else ""
    for claim, section_id, sentence_id, paragraph_id in zip(ledger.itertuples(index=False), located.section_id,
                                                            located.sentence_id, located.paragraph_id):
        if claim.claim_type != "quantity":
            continue
        start, end = int(claim.start), int(claim.end)
        line_start = raw.rfind("\n", 0, start) + 1
        line_end = raw.find("\n", end)
        floor, ceiling = line_start, len(raw) if line_end < 0 else line_end     # a heading: its line
        if isinstance(sentence_id, str):
            floor, ceiling = int(sentences.at[sentence_id, "start"]), int(sentences.at[sentence_id, "end"])
        figure = figures.get(claim.claim_id)
        words = len(figure.clause) if figure is not None else 0
        quote = _unique_quote(raw, start, end, floor, ceiling, words)
        if quote is None and isinstance(paragraph_id, str):
            quote = _unique_quote(raw, start, end, int(paragraphs.at[paragraph_id, "start"]),
                                  int(paragraphs.at[paragraph_id, "end"]), words)
        if quote is None:
            left_out.append(f"{claim.text} at {start}")
            continue
        prefix = _section_prefix(section_id)
        numbers[prefix] = numbers.get(prefix, 0) + 1
        claim_id = f"{prefix}-{numbers[prefix]}"
        ids[claim.claim_id] = claim_id
        own = YEAR.findall(figure.lead) if figure is not None else []
        period = own or YEAR.findall(raw[floor:start][:200])
        rows.append({
            "claim_id": claim_id, "quote": quote, "mention": claim.text,
            "subject": _subject(document.by_paragraph, figure, raw, floor, start),
            "period": str(int(period[-1])) if period else year, "topic": "", "claim_type": "quantity",
            "evidence": "",
            "note": "drafted: check the subject and the period"})
    return pd.DataFrame(rows, columns=CURATED_COLUMNS), ids, left_out


def _section_prefix(section_id) -> str:
    """``d1.s2`` → ``s2``; ``d3.s0`` → ``d3-s0``; outside any section → ``x``."""
    if not isinstance(section_id, str):
        return "x"
    document, section = section_id.split(".")
    return section if document == "d1" else f"{document}-{section}"


def _unique_quote(raw: str, start: int, end: int, floor: int, ceiling: int, words: int = 0) -> str | None:
    """The shortest readable stretch around the mention that occurs once in ``raw``: the mention; with the
    ``words`` that name it; to the end of its clause; from ``floor`` (the sentence's start); to ``ceiling``. The
    mention stays the first occurrence of its text in the quote (where the ledger looks for it). None when no
    stretch is unique."""
    mention = raw[start:end]
    clause_end = CLAUSE_END.search(raw, end, ceiling)
    right = clause_end.start() if clause_end else ceiling
    named = max(floor, start - words)
    for lo, hi in ((start, end), (named, end), (named, right), (floor, end), (floor, right), (floor, ceiling)):
        quote = raw[lo:hi]
        if quote and quote.find(mention) == start - lo and raw.count(quote) == 1:
            return quote
    return None


def _subject(paragraphs: dict, figure, raw: str, floor: int, start: int) -> str:
    """What the figure measures, in the text's words: the words that name it, and for a change or a rate the
    name of the figure it changes (``全年粮食种植面积 · 比上年增加``)."""
    name = FROM_LEAD.sub("", figure.clause).strip(" ，,、：:∶和及与") if figure is not None else ""
    if figure is not None and not name and figure.index > 0:             # the next term of a list or a split
        first = figure.index - 1
        paragraph = paragraphs[figure.paragraph]
        while first > 0 and not paragraph[first].clause.strip(" ，,、：:∶和及与") and \
                paragraph[first - 1].sentence == figure.sentence:
            first -= 1
        named = paragraph[first].clause.strip(" ，,、：:∶和及与")
        if named and paragraph[first].sentence == figure.sentence:
            name = f"{named} · term {figure.index - first + 1}"
    elif figure is not None and (CHANGE_LEAD.search(figure.lead) or RATE_LEAD.search(figure.lead)):
        owner = _owner(paragraphs[figure.paragraph], figure)
        if owner is not None and owner.clause:
            name = f"{owner.clause.strip(' ，,、：:')} · {name}"
    if not name and figure is None:                                     # in a heading: the heading's words
        name = raw[floor:start].strip(" ，,、：:")[-30:] or raw[floor:floor + 30].strip()
    if not name:                                                        # a figure opening its sentence
        after = CLAUSE_END.search(raw, start, start + 40)
        name = raw[start:after.start() if after else start + 20].split("\n")[0].strip()
    return name or "(drafted: say what is measured)"


def _owner(paragraph: list, figure):
    """The amount before ``figure`` in its sentence that a change or a rate qualifies (at most 4 figures back)."""
    for other in reversed(paragraph[max(0, figure.index - 4):figure.index]):
        if other.sentence != figure.sentence:
            return None
        if other.amount and not CHANGE_LEAD.search(other.lead):
            return other
    return None


def _check_spec(check, ids: dict[str, str]) -> dict:
    spec = {"check_id": check.check_id.removeprefix("auto-"), "topic": "", "description": check.description,
            "uses": {name: ids.get(claim, claim) for name, claim in check.uses.items()}, "formula": check.formula,
            "unit": check.unit}
    if check.stated:
        spec["stated"] = ids.get(check.stated, check.stated)
    spec["assumptions"] = list(check.assumptions)
    return spec


def _checks_yaml(checks: list[dict], source: Path) -> str:
    header = (f"# Checks of this report, drafted by make new from {source.name}: the relations the library found among "
              "its figures.\n# Each: check_id, topic, description, uses (formula variable -> claim id of claims.csv), "
              "formula, unit,\n# stated (the claim it tests; none for a derived figure), assumptions in words. Edit, "
              "remove or add checks;\n# a number an assumption needs is a parameter: {default, meaning, source}.\n")
    return header + yaml.safe_dump({"parameters": {}, "checks": checks}, allow_unicode=True, sort_keys=False,
                                   width=120)


def describe(draft: Draft) -> list[str]:
    """What was drafted, in lines for the command line."""
    lines = [f"drafted {draft.folder}: {draft.claims} claims, {draft.checks} checks (edit them; then "
             f"make report REPORT={draft.folder})"]
    if draft.left_out:
        lines.append(f"note: {len(draft.left_out)} claims have no quote that occurs once in the text and stay "
                     f"automatic (auto-<offset>): {', '.join(draft.left_out[:5])}{' …' if len(draft.left_out) > 5 else ''}")
    return lines


__all__ = ["DRAFTED_FILE", "Draft", "DraftError", "ReportError", "describe", "draft_report"]
