"""The relations of the fixture reports, listed before the code that finds them: how many are found and judged right.

The lists and the scoring are ``bench/relations_eval.py``'s (``tests/fixtures/relations/README.md``); the targets
are issue 9's: at least 90% of relations found, 95% of those judged right, at most 1 false alarm per 60
relations. The numbers pinned here are the ones measured when the finder was written; a change that loses a
relation or raises an alarm fails with the relation's id.
"""

import importlib.util
import sys
from functools import lru_cache

import pytest

from helpers import paths

from .conftest import FIXTURES

SPEC = importlib.util.spec_from_file_location("relations_eval", paths.ROOT / "bench" / "relations_eval.py")
relations_eval = sys.modules.setdefault("relations_eval", importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(relations_eval)
LISTS = sorted((FIXTURES / "relations").glob("*.yml"))


@lru_cache(maxsize=None)
def round_score(folder: str, name: str):
    """The score of ``tests/fixtures/relations/<folder>/<name>.yml``, computed once per test session (several
    rounds' tests pin the same lists)."""
    return relations_eval.score(FIXTURES / "relations" / folder / f"{name}.yml")


@pytest.fixture(scope="module")
def scores():
    return {path.stem: relations_eval.score(path) for path in LISTS}


def test_the_lists_are_many_and_fit_their_reports():
    assert len(LISTS) >= 5
    relations = [r for path in LISTS for r in relations_eval.load_relations(path)[1]]
    assert len(relations) >= 100 and sum(r.planted for r in relations) >= 20
    assert all(r.verdict == "inconsistent" for r in relations if r.planted)


def test_the_fixture_reports_are_not_run_as_notebook_fixtures():
    assert not list((FIXTURES / "reports").glob("*.yml"))
    assert not {p.stem for p in (FIXTURES / "reports").glob("*.txt")} & {p.stem for p in LISTS}


def test_targets_found_right_and_no_false_alarm(scores):
    relations = [r for s in scores.values() for r in s.relations]
    found = [r for r in relations if r.found]
    right = [r for r in found if r.right]
    alarms = [a for s in scores.values() for a in s.false_alarms]
    assert len(found) >= 0.9 * len(relations), [r.id for r in relations if not r.found]
    assert len(right) >= 0.95 * len(found), [(r.id, r.checks) for r in found if not r.right]
    assert len(alarms) * 60 <= len(relations), alarms


def test_every_planted_error_found_is_called_inconsistent_or_approximate(scores):
    """A planted error is never called consistent; the two it is not called inconsistent are named."""
    wrong = {r.id: r.checks for s in scores.values() for r in s.relations if r.planted and r.found and not r.right}
    assert all(v in ("approximate", "consistent") for checks in wrong.values() for _, v in checks)
    # 196 firms of 186 misses by 4%, which the 5% tolerance calls approximate. (9 + 15 + 10 bases of 32 was
    # called consistent while small counts entered with ±0.5 each; exact counts, issue 12, make it inconsistent.)
    assert set(wrong) <= {"firms-parts"}, wrong
    consistent = [(rid, checks) for rid, checks in wrong.items() if any(v == "consistent" for _, v in checks)]
    assert consistent == []


@pytest.mark.parametrize("name", [p.stem for p in LISTS])
def test_no_false_alarm_on_any_report(scores, name):
    assert scores[name].false_alarms == []


def test_a_part_is_found_by_a_check_of_several_parts_of_its_whole(tmp_path):
    """A listed part (篮球场地 of 球类运动场地) is found by the check of several parts of that whole together; a
    listed relation whose first figure is not that check's total (a part of a part) is not."""
    (tmp_path / "r.txt").write_text("场地公报\n全区球类运动场地2,486个。\n球类运动场地中，篮球场地1,032个，足球场地317个。\n",
                                    encoding="utf-8")
    (tmp_path / "r.yml").write_text(
        "report: r.txt\nrelations:\n"
        "  - {id: basketball, kind: part, verdict: consistent, figures: ['球类运动场地[2,486个]', '篮球场地[1,032个]']}\n"
        "  - {id: football, kind: part, verdict: consistent, figures: ['球类运动场地[2,486个]', '足球场地[317个]']}\n"
        "  - {id: not-nested, kind: part, verdict: consistent, figures: ['篮球场地[1,032个]', '足球场地[317个]']}\n",
        encoding="utf-8")
    found = {r.id: (r.found, r.grouped) for r in relations_eval.score(tmp_path / "r.yml").relations}
    assert found == {"basketball": (True, True), "football": (True, True), "not-nested": (False, False)}
