"""Interval arithmetic and check verdicts, on their own."""

import math

import pandas as pd
import pytest

from helpers import paths
from helpers.claims.checks import CheckError, Check, evaluate, evaluate_checks, load_checks
from helpers.claims.intervals import Interval

INF = math.inf

CHECKS_FILE = paths.DEFAULT_REPORT / paths.CHECKS_FILE


def test_interval_arithmetic_holds_every_allowed_value():
    a, b = Interval(1, 2), Interval(3, 5)
    assert (a + b) == Interval(4, 7)
    assert (b - a) == Interval(1, 4)
    assert (a * b) == Interval(3, 10)
    assert (b / a) == Interval(1.5, 5)
    assert (Interval(-1, 2) * Interval(-3, 1)) == Interval(-6, 3)
    with pytest.raises(ZeroDivisionError):
        a / Interval(-1, 1)
    with pytest.raises(ValueError, match="empty"):
        Interval(2, 1)


def test_open_bound_from_chao():
    """超1亿 is at least 1亿: adding a point keeps the open end; 0 × ∞ is 0."""
    donations = Interval(1e8, INF)
    assert (donations + 5) == Interval(1e8 + 5, INF)
    assert (donations / Interval(3.85e8, 3.95e8)).low == pytest.approx(1 / 3.95)
    assert (Interval(0, 1) * Interval(2, INF)) == Interval(0, INF)


def make(formula, uses, stated=None, params=()):
    spec = {"check_id": "t", "description": "d", "uses": uses, "formula": formula, "unit": "u",
            "assumptions": ["stated"]}
    if stated:
        spec["stated"] = stated
    return Check.from_dict(spec, "test", frozenset(params))


def test_consistent_inconsistent_and_approximate():
    intervals = {"x": Interval(99.5, 100.5), "y": Interval(1.95, 2.05), "s": Interval(49.5, 50.5),
                 "far": Interval(59.5, 60.5), "near": Interval(51, 51.2)}
    points = {"x": 100, "y": 2, "s": 50, "far": 60, "near": 51.1}
    row = evaluate(make("x / y", {"x": "x", "y": "y"}, "s"), intervals, points, {}, 0.05)
    assert row["verdict"] == "consistent" and row["gap"] == 0
    assert row["computed_low"] == pytest.approx(99.5 / 2.05) and row["computed_high"] == pytest.approx(100.5 / 1.95)
    row = evaluate(make("x / y", {"x": "x", "y": "y"}, "far"), intervals, points, {}, 0.05)
    assert row["verdict"] == "inconsistent"
    assert row["gap"] == pytest.approx((59.5 - 100.5 / 1.95) / 60)
    narrow = {"x": Interval(100, 100), "y": Interval(2, 2), "near": Interval(51, 51.2)}
    row = evaluate(make("x / y", {"x": "x", "y": "y"}, "near"), narrow, points, {}, 0.05)
    assert row["verdict"] == "approximate" and row["gap"] == pytest.approx(1 / 51.1)
    row = evaluate(make("x / y", {"x": "x", "y": "y"}, "near"), narrow, points, {}, 0.01)
    assert row["verdict"] == "inconsistent"


def test_a_bound_decides_the_verdict():
    """1.45万余 is [14500, 14600]; a plan of exactly 14650 would contradict "余" but meet "约"."""
    before_bound = Interval(14500, 14600)
    row = evaluate(make("b", {"b": "b"}, "s"), {"b": before_bound, "s": Interval(14650, 14650)},
                   {"b": 14500, "s": 14650}, {}, 0.0)
    assert row["verdict"] == "inconsistent"
    row = evaluate(make("b", {"b": "b"}, "s"), {"b": Interval(14500, 14700), "s": Interval(14650, 14650)},
                   {"b": 14500, "s": 14650}, {}, 0.0)
    assert row["verdict"] == "consistent"


def test_comparisons():
    ranks = {"w": Interval(255, 255), "c": Interval(16, 16), "p": Interval(1, 1)}
    points = {k: v.low for k, v in ranks.items()}
    ordered = make("w >= c >= p", {"w": "w", "c": "c", "p": "p"})
    assert evaluate(ordered, ranks, points, {}, 0)["verdict"] == "consistent"
    reversed_ = make("p >= c", {"p": "p", "c": "c"})
    assert evaluate(reversed_, ranks, points, {}, 0)["verdict"] == "inconsistent"


def test_parameters_change_the_verdict():
    ledger = pd.DataFrame({"claim_id": ["total", "per"], "value": [7.34e8, 6.2e7],
                           "low": [7.335e8, 6.15e7], "high": [7.345e8, 6.25e7]})
    checks, params = load_checks(CHECKS_FILE)
    per_county = [c for c in checks if c.check_id == "aid-per-county"]
    per_county[0] = Check.from_dict({"check_id": "aid-per-county", "description": "d", "uses": {"aid_total": "total"},
                                     "formula": "aid_total / (n_counties * n_years)", "stated": "per", "unit": "yuan",
                                     "assumptions": ["a"]}, "t", frozenset(params))
    default = evaluate_checks(ledger, per_county, params)
    assert default.verdict[0] == "approximate" and default.gap[0] == pytest.approx((6.15e7 - 7.345e8 / 12) / 6.2e7)
    assert default.parameters[0] == "n_counties=6; n_years=2"
    other = evaluate_checks(ledger, per_county, params, {"n_counties": 12, "n_years": 1})
    assert other.verdict[0] == "approximate"
    wrong = evaluate_checks(ledger, per_county, params, {"n_years": 1})
    assert wrong.verdict[0] == "inconsistent"
    with pytest.raises(CheckError, match="unknown check parameter"):
        evaluate_checks(ledger, per_county, params, {"n_countys": 6})


@pytest.mark.parametrize("change, message", [
    ({"formula": "a ** 2"}, "may use only"),
    ({"formula": "a + zz"}, r"uses \['zz'\]"),
    ({"formula": "a +"}, "not an expression"),
    ({"assumptions": []}, "at least one assumption"),
    ({"check_id": "Bad Id"}, "check_id"),
    ({"uses": "a"}, "'uses' should be dict"),
])
def test_malformed_checks_name_the_field(change, message):
    spec = {"check_id": "ok", "description": "d", "uses": {"a": "c"}, "formula": "a", "unit": "u",
            "assumptions": ["x"]} | change
    with pytest.raises(CheckError, match=message):
        Check.from_dict(spec, "checks.yml: check #1")


def test_the_check_file_loads_and_every_assumption_is_in_words():
    checks, params = load_checks(CHECKS_FILE)
    assert len(checks) >= 25
    assert {"n_counties", "n_years"} <= set(params) and params["n_counties"].default == 6
    assert all(c.assumptions for c in checks)
