"""A claim's status from its checks: the worst verdict wins, ids are listed once, nothing warns on an empty frame."""

import warnings

import pandas as pd
import pytest

from helpers.evidence.verification import arithmetic_verdicts, claim_status

LEDGER = pd.DataFrame({"claim_id": ["a", "b", "c"], "section": ["s", "s", "t"], "claim_type": ["quantity"] * 3})


def test_the_worst_verdict_wins_and_each_check_is_listed_once():
    checks = pd.DataFrame({"check_id": ["k2", "k1", "k3", "k1"],
                           "claim_ids": ["a;b", "a", "a;a", "b"],
                           "verdict": ["consistent", "approximate", "derived", "approximate"]})
    worst = arithmetic_verdicts(checks).set_index("claim_id")
    assert worst.loc["a", "arithmetic"] == "approximate" and worst.loc["a", "checks"] == "k1;k2;k3"
    assert worst.loc["b", "arithmetic"] == "approximate" and worst.loc["b", "checks"] == "k1;k2"
    status = claim_status(LEDGER, checks)
    assert status.status.tolist() == ["approximate", "approximate", "unverified"]
    assert status.checks.tolist() == ["k1;k2;k3", "k1;k2", ""]


def test_a_report_without_checks_warns_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status = claim_status(LEDGER, pd.DataFrame({"check_id": [], "claim_ids": [], "verdict": []}))
    assert status.arithmetic.tolist() == ["not recomputed"] * 3 and status.checks.tolist() == [""] * 3


def test_an_unknown_verdict_is_an_error():
    with pytest.raises(ValueError):
        arithmetic_verdicts(pd.DataFrame({"check_id": ["k"], "claim_ids": ["a"], "verdict": ["fine"]}))
