"""Corroboration of the report's claims against the public figures in its references.csv."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from helpers.evidence import corroborate as module
from helpers.evidence.corroborate import (
    CORROBORATIONS, ReferenceFileError, ReferenceLinkError, corroborate, join_corroboration,
    load_reference, printed_precision,
)
from helpers import paths

REFERENCE_FILE = paths.DEFAULT_REPORT / paths.REFERENCES_FILE

# The report's figures for the claims a reference speaks to, as the quantity parser reads them:
# value in base units and the interval the text allows (rounding; 近 → [v·(1−5%), v]).
REPORT_VALUES = {
    #  claim_id                   value        low          high         unit
    "pov-reduced":               (545800,      545750,      545850,      "人"),
    "pov-incidence-start":       (13.74,       13.735,      13.745,      "%"),
    "pov-incidence-end":         (0,           -0.5,        0.5,         "%"),
    "relocated-people":          (82000,       81500,       82500,       "人"),
    "aid-two-years":             (7.34e8,      7.335e8,     7.345e8,     "元"),
    "aid-per-county":            (6.2e7,       6.195e7,     6.205e7,     "元"),
    "villages-remaining":        (21,          20.5,        21.5,        "个"),
    "labour-charter-workers":    (452,         451.5,       452.5,       "人"),
    "consumer-sales":            (6.69e8,      6.685e8,     6.695e8,     "元"),
    "brief-exam-plan":           (24000,       23500,       24500,       "人"),
    "brief-canal-length":        (170,         161.5,       170,         "公里"),
    "brief-livestream-agencies": (8,           8,           8,           "部门"),
    "brief-livestream-duration": (0.5,         0.5,         0.5,         "年"),
    "brief-water-years":         (17,          16.5,        17.5,        "年"),
}

# What the real reference table says about the report, claim by claim (every other claim: not found).
EXPECTED = {
    "pov-reduced": "corroborated",
    "pov-incidence-end": "corroborated",
    "relocated-people": "corroborated",
    "q-income-above-province": "corroborated",
    "q-ziyun-exit": "corroborated",
    "brief-exam-plan": "corroborated",
    "brief-canal-length": "corroborated",
    "brief-livestream-agencies": "corroborated",
    "brief-livestream-duration": "corroborated",
    "pov-incidence-start": "partly",        # 11.31% is end-2016; the report's 13.74% has no year
    "aid-two-years": "partly",              # 11.04亿 is cumulative, not 2019–2020
    "aid-per-county": "partly",             # 6 county-level units: the divisor, not the 6200万
    "villages-remaining": "partly",         # 569 exited in all, not the 21 left in 2020
    "labour-charter-workers": "partly",     # 433 by 27 Feb / 143 on the first flight, not 452 in three
    "consumer-sales": "partly",             # 7.6亿 from all partner regions, Jan–Sep
    "q-world-first-surgery": "partly",      # Asia's first, on a pig, 2019
    "brief-water-years": "partly",          # 15 years to 2017
}


def load_curated() -> pd.DataFrame:
    """The curated claims, read directly (helpers.claims.ledger needs the parser, written in parallel)."""
    return pd.read_csv(paths.DEFAULT_REPORT / paths.CLAIMS_FILE, dtype=str, keep_default_na=False)


def synthetic_ledger(values: dict = REPORT_VALUES) -> pd.DataFrame:
    """Every curated claim of the report, with the report's figures where a reference needs them."""
    curated = load_curated()
    rows = []
    for claim in curated.itertuples(index=False):
        value, low, high, unit = values.get(claim.claim_id, (math.nan, math.nan, math.nan, ""))
        rows.append({"claim_id": claim.claim_id, "claim_type": claim.claim_type, "subject": claim.subject,
                     "quote": claim.quote, "text": claim.mention or claim.quote, "value": float(value),
                     "low": float(low), "high": float(high), "unit": unit})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    return load_reference(REFERENCE_FILE)


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return synthetic_ledger()


@pytest.fixture(scope="module")
def verdicts(ledger, reference) -> pd.DataFrame:
    return corroborate(ledger, reference)


def verdict_of(verdicts: pd.DataFrame, claim_id: str) -> pd.Series:
    return verdicts.set_index("claim_id").loc[claim_id]


# -- the real reference table ---------------------------------------------------------------------------------

def test_reference_table_loads_and_links_to_curated_claims(reference):
    curated = set(load_curated().claim_id)
    assert len(reference) == 25
    assert reference.ref_id.is_unique
    assert set(reference.claim_id) <= curated
    assert reference.row.tolist() == list(range(2, 27))
    row = reference.set_index("ref_id").loc["asrb-pov-reduced"]
    assert row.value == 545800 and row.precision == pytest.approx(50)          # 54.58万 → ±50
    assert reference.set_index("ref_id").loc["dzrb-canal-length"].precision == pytest.approx(0.05)


def test_every_claim_gets_one_verdict_from_the_allowed_set(ledger, verdicts):
    assert verdicts.claim_id.tolist() == ledger.claim_id.tolist()
    assert set(verdicts.corroboration) <= set(CORROBORATIONS)
    assert verdicts.corroboration.notna().all()


def test_verdicts_of_the_report_against_the_real_sources(verdicts):
    got = verdicts.set_index("claim_id").corroboration
    assert {c: got[c] for c in EXPECTED} == EXPECTED
    others = got.drop(list(EXPECTED))
    assert (others == "not found").all(), others[others != "not found"]
    assert got.value_counts().to_dict() == {"not found": 62, "corroborated": 9, "partly": 8}


def test_corroborated_claim_names_both_figures_and_sources(verdicts):
    row = verdict_of(verdicts, "pov-reduced")
    assert row.corroboration == "corroborated"
    assert row.sources == ("安顺日报 (asxw.net) <http://asxw.net/c/2021-11-22/607178.shtml>; "
                           "青岛日报 <http://qing5.com/2021/0226/380193.shtml>")
    assert "54.58万人" in row.detail and "54.58万" in row.detail and "青岛日报" in row.detail
    assert math.isnan(row.difference)


def test_start_incidence_without_a_year_is_partly_not_contradicted(verdicts):
    # The report gives 13.74% with no year; 青岛日报's 11.31% is end-2016 and 中国网's 25.66% is 2012.
    # 13.74% lies between them, so it fits an earlier start year: a different date, not a contradiction.
    row = verdict_of(verdicts, "pov-incidence-start")
    assert row.corroboration == "partly"
    assert "13.74%" in row.detail and "11.31%" in row.detail and "25.66%" in row.detail
    assert row.ref_ids.split("; ")[0] == "qdrb-incidence-2016"
    assert math.isnan(row.difference)


def test_world_first_against_an_asia_first_animal_trial_is_partly(verdicts):
    row = verdict_of(verdicts, "q-world-first-surgery")
    assert row.corroboration == "partly"
    assert "亚洲首例" in row.detail and "iqilu.com" in row.sources


def test_a_misprinted_figure_is_contradicted_by_the_real_sources(reference):
    # Same sources, a ledger in which the report had printed 45.58万 instead of 54.58万.
    wrong = dict(REPORT_VALUES, **{"pov-reduced": (455800, 455750, 455850, "人")})
    misprinted = synthetic_ledger(wrong)
    misprinted.loc[misprinted.claim_id == "pov-reduced", "text"] = "45.58万人"
    row = verdict_of(corroborate(misprinted, reference), "pov-reduced")
    assert row.corroboration == "contradicted"
    assert row.difference == pytest.approx(90000)
    assert row.relative_difference == pytest.approx(90000 / 455800)
    assert "45.58万人" in row.detail and "54.58万" in row.detail
    assert "安顺日报" in row.detail and "青岛日报" in row.detail


def test_years_are_compared_with_months(reference):
    months = dict(REPORT_VALUES, **{"brief-livestream-duration": (6, 6, 6, "个月")})
    assert verdict_of(corroborate(synthetic_ledger(months), reference),
                      "brief-livestream-duration").corroboration == "corroborated"


def test_reference_to_an_unknown_claim_is_an_error(ledger, reference):
    stray = reference.copy()
    stray.loc[0, "claim_id"] = "no-such-claim"
    with pytest.raises(ReferenceLinkError, match=r"row 2 \(asrb-pov-reduced\).*'claim_id'.*no-such-claim"):
        corroborate(ledger, stray)


def test_reference_in_another_dimension_is_an_error(ledger, reference):
    wrong_unit = reference.copy()
    wrong_unit.loc[0, "unit"] = "元"
    with pytest.raises(ReferenceLinkError, match=r"row 2 .*field 'unit'"):
        corroborate(ledger, wrong_unit)


def test_join_adds_two_columns_without_mutating(ledger, verdicts):
    before = ledger.copy()
    joined = join_corroboration(ledger, verdicts)
    pd.testing.assert_frame_equal(ledger, before)
    assert joined.columns.tolist() == ledger.columns.tolist() + ["corroboration", "sources"]
    assert joined.set_index("claim_id").loc["brief-exam-plan", "corroboration"] == "corroborated"
    with pytest.raises(ValueError, match="no corroboration for claim"):
        join_corroboration(ledger, verdicts.iloc[1:])


# -- the verdict rules on small synthetic tables ---------------------------------------------------------------

def one_claim(value=100.0, low=99.5, high=100.5, unit="人", claim_type="quantity") -> pd.DataFrame:
    return pd.DataFrame({"claim_id": ["c"], "claim_type": [claim_type], "value": [value], "low": [low],
                         "high": [high], "unit": [unit], "text": ["100人"], "subject": ["people"]})


def ref_row(ref_id="r", value=100.0, precision=0.5, grade="press", scope="same", supports="", unit="人",
            name="日报") -> dict:
    return {"row": 2, "ref_id": ref_id, "claim_id": "c", "measure": "people", "value": value, "unit": unit,
            "period": "2020", "source_name": name, "url": f"http://example.org/{ref_id}", "published": "2021-01-01",
            "quote": "x", "grade": grade, "scope": scope, "supports": supports, "precision": precision, "note": ""}


def verdict(*rows: dict, ledger: pd.DataFrame | None = None, **kwargs) -> pd.Series:
    table = pd.DataFrame(list(rows))
    return corroborate(one_claim() if ledger is None else ledger, table, **kwargs).iloc[0]


def test_precision_of_both_figures_is_honoured():
    assert verdict(ref_row(value=101.0, precision=0.5)).corroboration == "corroborated"   # 100.5 meets 100.5
    assert verdict(ref_row(value=101.1, precision=0.5)).corroboration == "contradicted"
    assert verdict(ref_row(value=110.0, precision=10)).corroboration == "corroborated"
    assert verdict(ref_row(value=110.0, precision=0), tolerance=0.1).corroboration == "corroborated"


def test_open_interval_of_a_lower_bound_claim():
    超 = one_claim(value=1e8, low=1e8, high=math.inf, unit="元")
    assert verdict(ref_row(value=1.5e8, precision=0, unit="元"), ledger=超).corroboration == "corroborated"
    assert verdict(ref_row(value=0.9e8, precision=0, unit="元"), ledger=超).corroboration == "contradicted"


def test_different_scope_is_partly_whatever_the_numbers():
    assert verdict(ref_row(value=500.0, scope="different")).corroboration == "partly"
    assert verdict(ref_row(value=100.0, scope="different")).corroboration == "partly"


def test_best_grade_decides_and_a_contradiction_wins_within_it():
    agree, disagree = ref_row("a", 100.0), ref_row("b", 300.0)
    assert verdict(agree, disagree).corroboration == "contradicted"                        # press vs press
    official = ref_row("o", 100.0, grade="official")
    row = verdict(official, ref_row("b", 300.0, grade="press"))
    assert row.corroboration == "corroborated" and "b" in row.ref_ids                     # weaker one still named
    assert verdict(ref_row("r", 300.0, grade="repost")).corroboration == "contradicted"   # the only source
    assert verdict(ref_row("p", 100.0), ref_row("r", 300.0, grade="repost")).corroboration == "corroborated"
    assert verdict(ref_row("s", 100.0), ref_row("d", 900.0, scope="different")).corroboration == "corroborated"


def test_qualitative_claims_are_judged_by_supports():
    claim = one_claim(value=math.nan, low=math.nan, high=math.nan, unit="", claim_type="qualitative")
    no_value = dict(ref_row(value=math.nan, precision=math.nan, unit=""))
    assert verdict(dict(no_value, supports="yes"), ledger=claim).corroboration == "corroborated"
    assert verdict(dict(no_value, supports="no"), ledger=claim).corroboration == "contradicted"
    with pytest.raises(ReferenceLinkError, match="'supports' must say yes or no"):
        verdict(ref_row(), ledger=claim)                                # a number, but nothing to compare
    with pytest.raises(ReferenceLinkError, match="'supports' must be empty"):
        verdict(ref_row(supports="yes"))                               # number against number: no vote


def test_claims_without_a_source_are_not_found():
    table = pd.DataFrame([ref_row()]).iloc[:0]
    row = corroborate(one_claim(), table).iloc[0]
    assert row.corroboration == "not found" and row.sources == "" and "No public source" in row.detail


@given(st.floats(1, 1e9), st.floats(0, 0.2))
def test_a_source_equal_to_the_claim_always_corroborates(value, rounding):
    claim = one_claim(value=value, low=value * (1 - rounding), high=value * (1 + rounding))
    assert verdict(ref_row(value=value, precision=0), ledger=claim).corroboration == "corroborated"
    far = value * (1 + rounding) * 1.01 + 1
    assert verdict(ref_row(value=far, precision=0), ledger=claim).corroboration == "contradicted"


def test_printed_precision():
    assert printed_precision("11.04亿元", 1.104e9) == pytest.approx(5e5)
    assert printed_precision("from 11.31% at the end of 2016", 11.31) == pytest.approx(0.005)
    assert printed_precision("eight bodies", 8) == 0
    assert printed_precision("54.58万", 545700) is None


# -- validation of the file: each bad cell names file, row and field ----------------------------------------------

def write_with(tmp_path: Path, row_number: int, **changes: str) -> Path:
    frame = pd.read_csv(REFERENCE_FILE, dtype=str, keep_default_na=False)
    for field, value in changes.items():
        frame.loc[row_number - 2, field] = value
    path = tmp_path / "figures.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("row_number, changes, field", [
    (5, {"grade": "blog"}, "grade"),
    (3, {"published": "22/11/2021"}, "published"),
    (3, {"published": "2021-02-30"}, "published"),
    (7, {"url": "qing5.com/2021/0226/380193.shtml"}, "url"),
    (2, {"value": "54.58万"}, "value"),
    (2, {"value": "54580"}, "value"),                   # not the printed 54.58万 in base units
    (4, {"unit": "persons"}, "unit"),
    (6, {"ref_id": "asrb-pov-reduced"}, "ref_id"),
    (9, {"scope": "wider"}, "scope"),
    (16, {"supports": ""}, "supports"),                 # no value, same scope: must say yes or no
    (2, {"precision": "-1"}, "precision"),
    (10, {"source_name": ""}, "source_name"),
])
def test_bad_cell_names_file_row_and_field(tmp_path, row_number, changes, field):
    path = write_with(tmp_path, row_number, **changes)
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(path)
    message = str(caught.value)
    assert str(path) in message and f"row {row_number} " in message and f"field '{field}'" in message


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "figures.csv"
    pd.read_csv(REFERENCE_FILE, dtype=str, keep_default_na=False).drop(columns="grade").to_csv(path, index=False)
    with pytest.raises(ReferenceFileError, match=r"row 1: missing column\(s\) \['grade'\]"):
        load_reference(path)


def test_unreadable_file_is_a_reference_error(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_bytes("ref_id,claim_id\n甲,乙\n".encode("gbk"))
    with pytest.raises(ReferenceFileError, match="cannot read"):
        load_reference(path)
    with pytest.raises(ReferenceFileError, match="cannot read"):
        load_reference(tmp_path / "absent.csv")


def test_real_ledger_links_when_the_parser_is_there(reference):
    pytest.importorskip("helpers.quantities")
    try:
        from helpers.claims.ledger import build_ledger
        real = build_ledger()
    except ImportError as error:                     # the parser is being written in parallel
        pytest.skip(f"ledger not buildable yet: {error}")
    got = corroborate(real, reference).set_index("claim_id").corroboration
    assert {c: got[c] for c in EXPECTED} == EXPECTED
