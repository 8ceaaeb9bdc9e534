"""Review marks: validated with errors that name file, row and field; shown on the checks and flagged when stale."""

import pytest
import yaml

from helpers.analysis import analyse
from helpers.claims.draft import draft_report
from helpers.claims.reviews import MARK_COLUMNS, ReviewsFileError, load_reviews

from .conftest import FIXTURES

HEADER = "check_id,verdict,reviewer,date,note\n"


@pytest.fixture
def folder(tmp_path):
    return draft_report(FIXTURES / "relations" / "statistical-bulletin-2022.txt", root=tmp_path).folder


@pytest.mark.parametrize("row, field", [
    ("Growth-512,inconsistent,Li Wei,2024-05-02,", "check_id"),
    ("growth-512,doubtful,Li Wei,2024-05-02,", "verdict"),
    ("growth-512,inconsistent,,2024-05-02,", "reviewer"),
    ("growth-512,inconsistent,Li Wei,2024-02-30,", "date"),
    ("growth-512,inconsistent,Li Wei,02/05/2024,", "date"),
])
def test_a_bad_cell_names_file_row_and_field(tmp_path, row, field):
    path = tmp_path / "reviews.csv"
    path.write_text(HEADER + "profit-previous,derived,Li Wei,2024-05-01,ok\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ReviewsFileError, match=rf"reviews.csv: row 3 .*field '{field}'"):
        load_reviews(path)


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("check_id,verdict,date\n", encoding="utf-8")
    with pytest.raises(ReviewsFileError, match=r"row 1: missing column\(s\) \['reviewer', 'note'\]"):
        load_reviews(path)


def test_marks_show_on_the_checks_and_a_changed_verdict_is_stale(folder):
    assert analyse(folder).checks[MARK_COLUMNS].eq({"reviewed_by": "", "reviewed_on": "", "review_note": "",
                                                   "review_verdict": "", "review_stale": False}).all().all()  # empty
    (folder / "reviews.csv").write_text(
        HEADER + "growth-512,inconsistent,Li Wei,2024-05-02,86.5 on 74.2 is +16.6%: the text's 19.6% is wrong\n"
        "split-181,consistent,Wang Fang,2024-05-03,\n"
        "growth-512,consistent,Zhang San,2024-04-01,an older review\n", encoding="utf-8")
    checks = analyse(folder).checks.set_index("check_id")
    growth = checks.loc["growth-512"]
    assert (growth.reviewed_by, growth.reviewed_on, bool(growth.review_stale)) == ("Li Wei", "2024-05-02", False)
    assert "19.6% is wrong" in growth.review_note
    assert checks.loc["split-181", "reviewed_by"] == "Wang Fang"
    assert checks.loc["previous-80", "reviewed_by"] == "" and not checks.loc["previous-80", "review_stale"]
    # the text's verdict changes (a check edited so that it holds): the mark is kept and flagged stale
    path = folder / "checks.yml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(c for c in document["checks"] if c["check_id"] == "growth-512")["formula"] = \
        "(current / (base - 18e7) - 1) * 100"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    checks = analyse(folder).checks.set_index("check_id")
    assert checks.loc["growth-512", "verdict"] == "consistent"
    assert checks.loc["growth-512", "reviewed_by"] == "Li Wei" and bool(checks.loc["growth-512", "review_stale"])


def test_a_review_of_a_check_the_report_does_not_have_is_an_error(folder):
    (folder / "reviews.csv").write_text(HEADER + "no-such-check,consistent,Li Wei,2024-05-02,\n", encoding="utf-8")
    with pytest.raises(ReviewsFileError, match=r"reviews.csv: row 2 \(no-such-check\).*names no check"):
        analyse(folder)


def test_a_report_without_reviews_has_no_review_columns():
    assert not set(MARK_COLUMNS) & set(analyse().checks.columns)
