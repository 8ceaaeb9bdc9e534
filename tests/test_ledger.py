"""The claim ledger: curated rows anchored in the text, every parser claim covered, bad files named."""

import shutil

import pandas as pd
import pytest

from helpers import paths
from helpers.claims.ledger import LEDGER_COLUMNS, ClaimsFileError, build_ledger, load_curated
from helpers.claims.topics import load_topics
from helpers.quantities import quantities_frame

REQUIRED = ["claim_id", "document", "section", "start", "end", "quote", "subject", "period", "value", "unit",
            "qualifier", "low", "high", "kind"]

CURATED_FILE = paths.DEFAULT_REPORT / paths.CLAIMS_FILE
TOPICS = frozenset(load_topics(paths.DEFAULT_REPORT / paths.TOPICS_FILE))


@pytest.fixture(scope="module")
def ledger(report):
    return build_ledger(report)


def test_every_numeric_claim_of_the_text_is_in_the_ledger_and_curated(ledger, raw):
    claims = quantities_frame(raw).query("is_claim")
    assert set(zip(claims.start, claims.end)) <= set(zip(ledger.start, ledger.end))
    assert ledger.curated.all(), ledger.loc[~ledger.curated, "text"].tolist()
    assert (ledger.claim_type == "quantity").sum() == len(claims) == 66
    assert (ledger.claim_type == "qualitative").sum() == 13
    assert ledger.claim_id.is_unique


def test_rows_point_back_to_the_exact_text(ledger, raw):
    assert set(REQUIRED) <= set(ledger.columns) and list(ledger.columns) == LEDGER_COLUMNS
    for start, end, text, quote in zip(ledger.start, ledger.end, ledger.text, ledger.quote):
        assert raw[start:end] == text
        assert text in quote and quote in raw


@pytest.mark.parametrize("claim_id, value, unit, qualifier, low, high", [
    ("pov-reduced", 545800, "人", "exact", 545750, 545850),
    ("aid-two-years", 7.34e8, "元", "exact", 7.335e8, 7.345e8),
    ("disaster-aid", 3.8e6, "元", "at_least", 3.8e6, 3.9e6),
    ("donations", 1e8, "元", "at_least", 1e8, float("inf")),
    ("brief-exam-previous", 14500, "人", "at_least", 14500, 14600),
    ("brief-temp-local", 38, "℃", "range", 36.5, 39.5),
])
def test_headline_claims_carry_value_unit_and_bounds(ledger, claim_id, value, unit, qualifier, low, high):
    row = ledger.set_index("claim_id").loc[claim_id]
    assert (row.value, row.unit, row.qualifier) == (pytest.approx(value), unit, qualifier)
    assert (row.low, row.high) == (pytest.approx(low), pytest.approx(high))


def test_sections_and_documents(ledger):
    row = ledger.set_index("claim_id").loc["aid-per-county"]
    assert (row.document, row.section_id, row.section) == ("d1", "d1.s1", "脱贫攻坚战取得决定性成就")
    assert ledger.set_index("claim_id").loc["brief-canal-length", "document"] == "d6"


def test_qualitative_claims_say_what_would_settle_them(ledger):
    qualitative = ledger[ledger.claim_type == "qualitative"]
    assert {"q-fastest-reduction", "q-world-first-surgery", "q-first-to-help", "q-national-award"} <= set(qualitative.claim_id)
    assert qualitative.evidence.str.len().min() > 20
    assert qualitative.value.isna().all()


def copy_curated(tmp_path, edit):
    frame = pd.read_csv(CURATED_FILE, dtype=str, keep_default_na=False)
    frame = edit(frame)
    target = tmp_path / "claims.csv"
    frame.to_csv(target, index=False)
    return target


@pytest.mark.parametrize("edit, message", [
    (lambda f: f.drop(columns="subject"), r"missing column\(s\) \['subject'\]"),
    (lambda f: f.assign(claim_type=f.claim_type.where(f.index != 3, "guess")), r"row 5 \(.*\): field 'claim_type'"),
    (lambda f: f.assign(subject=f.subject.where(f.index != 0, "")), r"row 2 \(coop-years\): field 'subject' is empty"),
    (lambda f: f.assign(claim_id=f.claim_id.where(f.index != 1, "coop-years")), r"row 3 .*repeats row 2"),
    (lambda f: f.assign(mention=f.mention.where(f.index != 0, "26年")), r"row 2 \(coop-years\): field 'mention'"),
    (lambda f: f.assign(topic=f.topic.where(f.index != 0, "sports")), r"field 'topic'"),
])
def test_malformed_curated_file_names_row_and_field(tmp_path, report, edit, message):
    path = copy_curated(tmp_path, edit)
    with pytest.raises(ClaimsFileError, match=message) as caught:
        build_ledger(report, path, topics=TOPICS)
    assert str(path) in str(caught.value)


def test_a_quote_no_longer_in_the_report_is_an_error_naming_it(tmp_path, report):
    path = copy_curated(tmp_path, lambda f: f.assign(quote=f.quote.replace("县均6200万元", "县均6300万元"),
                                                      mention=f.mention.replace("6200万元", "6300万元")))
    with pytest.raises(ClaimsFileError, match=r"aid-per-county.*'县均6300万元' is no longer in the report"):
        build_ledger(report, path, topics=TOPICS)


def test_a_curated_row_on_a_non_claim_is_an_error(tmp_path, report):
    extra = pd.DataFrame([{"claim_id": "batch", "quote": "青岛第五批赴安顺挂职干部领队", "mention": "第五批",
                           "subject": "s", "period": "", "topic": "mechanism", "claim_type": "quantity",
                           "evidence": "", "note": ""}])
    path = copy_curated(tmp_path, lambda f: pd.concat([f, extra], ignore_index=True))
    with pytest.raises(ClaimsFileError, match=r"batch.*ordinal \(not a claim\)"):
        build_ledger(report, path, topics=TOPICS)


def test_without_a_curated_file_every_parser_claim_gets_an_automatic_id(report):
    ledger = build_ledger(report, curated_path=None)
    assert len(ledger) == 66 and ledger.claim_id.str.startswith("auto-").all()
    assert not ledger.curated.any() and (ledger.quote.str.len() > 0).all()


def test_load_curated_reads_every_row():
    assert len(load_curated(CURATED_FILE, TOPICS)) == 79
