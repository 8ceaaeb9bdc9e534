"""The columns of the corpus datasets, written once: Arrow types for the Parquet files, rules for the values.

Four datasets, each a folder of Parquet files under the corpus output folder; ``report_id`` joins them:

* ``documents`` — one row per report read: where it came from, what it is (metadata), its size in documents,
  sections, sentences, claims and checks, and how long the analysis took;
* ``claims`` — one row per claim of the report's ledger, with its offsets into the report's text;
* ``checks`` — one row per check, with its verdict;
* ``errors`` — one row per report that could not be analysed, with the reason.

Writers convert with :func:`arrow_table` (types are cast to the schema, never inferred from the data), and
:func:`validate` checks what was written — the tests run it on every file a corpus run writes.

>>> [field.name for field in arrow_schema("errors")][:3]
['report_id', 'path', 'kind']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pandera
import pyarrow as pa

from helpers.vocabulary import CHECK_VERDICTS

CHECKSUM = r"^[0-9a-f]{64}$"
ERROR_KINDS = ("bad-input", "changed", "failed")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    meaning: str
    nullable: bool = True
    checks: tuple = field(default=())


def _id(meaning: str) -> Column:
    return Column("report_id", pa.string(), meaning, False, (pandera.Check.str_matches(CHECKSUM),))


REPORT_ID = ("SHA-256 of the report as read: a file's bytes; a report folder's files (names and bytes). "
             "Joins the datasets")
TEXT = pa.string()
COUNT = (pandera.Check.ge(0),)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "documents": (
        _id(REPORT_ID),
        Column("path", TEXT, "the report folder or file, as found under SOURCE (absolute)", False),
        Column("slug", TEXT, "the report's name in folders and links: reports/<slug>/", False),
        Column("sha256", TEXT, "SHA-256 of the file the text was read from", False,
               (pandera.Check.str_matches(CHECKSUM),)),
        Column("encoding", TEXT, "utf-8, gb18030, pdf, …: how the text was decoded", False),
        Column("read_note", TEXT, "what reading did (decoded from GB18030, text extracted from HTML); null if nothing"),
        Column("headline", TEXT, "the headline: report.yml's, a web page's, else the text's own first line when the "
                                 "segmenter reads it as the headline; null when unknown"),
        Column("dateline", TEXT, "the dateline as printed in the text (2022-03-15 来源: …, 本报讯（记者 …）); null if none"),
        Column("outlet", TEXT, "the outlet as printed (report.yml, or a web page's site name); null when unknown"),
        Column("reporter", TEXT, "the reporter as printed; null when unknown"),
        Column("published", pa.date32(), "publication date; null when unknown"),
        Column("url", TEXT, "the address the report was published at; null when unknown"),
        Column("n_chars", pa.int64(), "characters of the text", False, COUNT),
        Column("n_documents", pa.int64(), "documents the segmenter found (articles and briefs)", False, COUNT),
        Column("n_sections", pa.int64(), "sections", False, COUNT),
        Column("n_sentences", pa.int64(), "sentences", False, COUNT),
        Column("n_claims", pa.int64(), "rows of the claim ledger (claims dataset)", False, COUNT),
        Column("n_checks", pa.int64(), "checks evaluated (checks dataset)", False, COUNT),
        Column("n_inconsistent", pa.int64(), "checks with the verdict inconsistent", False, COUNT),
        Column("curated", pa.bool_(), "the report folder has curated claims (else the parser's, automatic ids)", False),
        Column("analysis_note", TEXT, "what the analysis did alone (checks found by pattern, …); null if nothing"),
        Column("seconds", pa.float64(), "wall time of the analysis of this report in its worker", False, COUNT),
        Column("library", TEXT, "helpers version and source hash the row was made with", False),
        Column("batch", TEXT, "the batch (Parquet partition) holding the row", False),
    ),
    "claims": (
        _id(REPORT_ID),
        Column("claim_id", TEXT, "the claim's id in its report's ledger (auto-<offset> when not curated)", False),
        Column("document", TEXT, "the segment's document id within the report (d1, d2, …)"),
        Column("section_id", TEXT, "the section id within the report (d1.s0, …)"),
        Column("section", TEXT, "the section's title"),
        Column("start", pa.int64(), "offset of the claim's first character in the report's text", False, COUNT),
        Column("end", pa.int64(), "offset just after its last character (end exclusive)", False, COUNT),
        Column("text", TEXT, "the claim as written: text[start:end]", False),
        Column("quote", TEXT, "the sentence that holds the claim"),
        Column("value", pa.float64(), "the value in base units (persons, yuan, percent points); null if qualitative"),
        Column("unit", TEXT, "the unit as the ledger gives it"),
        Column("qualifier", TEXT, "exact, about, at least, at most, …"),
        Column("low", pa.float64(), "lowest value the wording allows"),
        Column("high", pa.float64(), "highest value the wording allows"),
        Column("kind", TEXT, "money, percent, count, …"),
        Column("claim_type", TEXT, "quantity or qualitative"),
        Column("subject", TEXT, "what the figure measures (curated)"),
        Column("period", TEXT, "the period it is for (curated)"),
        Column("topic", TEXT, "the report topic it belongs to (curated)"),
        Column("evidence", TEXT, "what would settle a qualitative claim (curated)"),
        Column("curated", pa.bool_(), "the claim was curated (else found by the parser)", False),
        Column("corroboration", TEXT, "verdict against the report's public sources"),
        Column("sources", TEXT, "the public sources linked to the claim"),
    ),
    "checks": (
        _id(REPORT_ID),
        Column("check_id", TEXT, "the check's id in its report", False),
        Column("kind", TEXT, "what the check tests: growth, share, part, multiple, previous, change, … "
                             "(curated for a curated check)", False),
        Column("claim_ids", pa.list_(pa.string()), "the claims the check uses (claims.claim_id)", False),
        Column("description", TEXT, "the check in words"),
        Column("formula", TEXT, "the arithmetic over the claims", False),
        Column("computed", pa.float64(), "the figure computed from the claims' values"),
        Column("computed_low", pa.float64(), "lowest figure the claims' intervals allow"),
        Column("computed_high", pa.float64(), "highest figure the claims' intervals allow"),
        Column("stated", pa.float64(), "the figure the report states for it; null for a derived figure"),
        Column("stated_low", pa.float64(), "lowest value the stated figure's wording allows"),
        Column("stated_high", pa.float64(), "highest value the stated figure's wording allows"),
        Column("verdict", TEXT, "consistent, approximate, inconsistent or derived", False,
               (pandera.Check.isin(CHECK_VERDICTS),)),
        Column("gap", pa.float64(), "relative gap between computed and stated intervals (0 when they meet)", True,
               (pandera.Check.ge(0),)),
        Column("unit", TEXT, "the unit of the computed figure"),
        Column("assumptions", TEXT, "what the check assumes, in words"),
        Column("parameters", TEXT, "parameter values the check used (name=value; …)"),
    ),
    "errors": (
        _id(REPORT_ID + "; for a file that could not be read, of its path and file status"),
        Column("path", TEXT, "the report folder or file, as found under SOURCE (absolute)", False),
        Column("kind", TEXT, "bad-input (the library refused the report: the reason says why), changed (during "
                             "the run) or failed (the library raised: a bug to report)", False, (pandera.Check.isin(ERROR_KINDS),)),
        Column("error", TEXT, "the exception's class", False),
        Column("reason", TEXT, "the message, naming the file and the problem", False),
        Column("library", TEXT, "helpers version and source hash the row was made with", False),
        Column("batch", TEXT, "the batch (Parquet partition) holding the row", False),
    ),
}
DATASETS = tuple(COLUMNS)


def columns(dataset: str) -> tuple[Column, ...]:
    try:
        return COLUMNS[dataset]
    except KeyError:
        raise KeyError(f"no corpus dataset {dataset!r}; the datasets: {list(DATASETS)}") from None


def arrow_schema(dataset: str) -> pa.Schema:
    """The Parquet schema of a dataset, each field with its meaning in the field's metadata."""
    return pa.schema([pa.field(c.name, c.type, nullable=c.nullable, metadata={"meaning": c.meaning})
                      for c in columns(dataset)])


def arrow_table(dataset: str, rows: pd.DataFrame | list[dict]) -> pa.Table:
    """Rows (a frame with at least the dataset's columns, or a list of dicts) as an Arrow table of its schema.

    Values are cast to the schema's types; a missing column or a value that cannot be cast is an error.
    Empty strings in nullable text columns become null. The frame is not mutated.
    """
    schema = arrow_schema(dataset)
    frame = pd.DataFrame(rows) if isinstance(rows, list) else rows
    missing = [name for name in schema.names if name not in frame.columns]
    if missing and len(frame):
        raise KeyError(f"{dataset}: rows lack the column(s) {missing}")
    arrays = []
    for column in columns(dataset):
        values = list(frame[column.name]) if column.name in frame.columns else []
        if column.type == TEXT:
            values = [None if _missing(v) or (column.nullable and v == "") else str(v) for v in values]
        elif pa.types.is_floating(column.type):
            values = [None if _missing(v) else float(v) for v in values]
        elif column.type == pa.date32():
            values = [None if _missing(v) or v == "" else pd.Timestamp(v).date() for v in values]
        arrays.append(pa.array(values, type=column.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def pandera_schema(dataset: str) -> pandera.DataFrameSchema:
    """The rules a dataset's values follow: required columns, nullability, domains and patterns."""
    rules = {c.name: pandera.Column(None, checks=list(c.checks), nullable=c.nullable) for c in columns(dataset)}
    frame_checks = []
    if dataset == "claims":
        frame_checks.append(pandera.Check(lambda f: f["end"] > f["start"], name="end after start"))
    if dataset == "checks":
        frame_checks.append(pandera.Check(lambda f: f["claim_ids"].map(len) > 0, name="uses a claim"))
    return pandera.DataFrameSchema(rules, checks=frame_checks, strict=True, ordered=True,
                                   unique=["report_id", "claim_id"] if dataset == "claims" else
                                   ["report_id", "check_id"] if dataset == "checks" else ["report_id"])


def validate(dataset: str, table: pa.Table) -> pd.DataFrame:
    """Check a table read back from Parquet against the dataset's schema: types first, then the values.

    Raises ``ValueError`` naming the differing fields, or pandera's ``SchemaError`` naming the rule broken.
    """
    expected = arrow_schema(dataset)
    if not table.schema.equals(expected):
        differing = [f"{f.name}: {f.type}" + ("" if f.nullable else " not null")
                     for f in table.schema if f not in expected] + \
                    [f"missing {f.name}" for f in expected if f.name not in table.schema.names]
        raise ValueError(f"{dataset}: the Parquet schema differs from helpers.corpus.schema: {differing}")
    return pandera_schema(dataset).validate(table.to_pandas())
