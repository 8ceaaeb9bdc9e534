"""The verification summary: every claim with its verdicts, counted, and what to follow up.

A claim can be tested two ways: **arithmetic** (a check uses it or recomputes it)
and **sources** (a public figure corroborates or contradicts it). ``claim_status``
puts both on one row; ``status`` is the single word every page counts, taking the
most serious finding first (the words and their order: :mod:`helpers.vocabulary`).

>>> import pandas as pd
>>> ledger = pd.DataFrame({"claim_id": ["a", "b", "c"], "section": ["s", "s", "t"],
...                        "claim_type": ["quantity"] * 3})
>>> checks = pd.DataFrame({"check_id": ["k"], "claim_ids": ["a;b"], "verdict": ["inconsistent"]})
>>> claim_status(ledger, checks).status.tolist()
['inconsistent', 'inconsistent', 'unverified']
"""

from __future__ import annotations

import pandas as pd

from helpers.vocabulary import CHECK_VERDICTS, FINDINGS, NOT_RECOMPUTED, SOURCE_VERDICTS, STATUSES, status_of


def arithmetic_verdicts(checks: pd.DataFrame) -> pd.DataFrame:
    """Per claim id: the most serious check verdict it takes part in, and the check ids."""
    worst: dict[str, str] = {}              # plain Python: a pandas group-by costs more than a small report's checks
    used: dict[str, set[str]] = {}
    for check_id, ids, verdict in zip(checks.check_id, checks.claim_ids, checks.verdict):
        rank = CHECK_VERDICTS.index(verdict)            # an unknown verdict is an error, not a silent pass
        for claim_id in str(ids).split(";"):
            if not claim_id:
                continue
            if claim_id not in worst or rank < CHECK_VERDICTS.index(worst[claim_id]):
                worst[claim_id] = verdict
            used.setdefault(claim_id, set()).add(check_id)
    return pd.DataFrame({"claim_id": list(worst), "arithmetic": list(worst.values()),
                         "checks": [";".join(sorted(used[c])) for c in worst]},
                        columns=["claim_id", "arithmetic", "checks"], dtype="str")


def claim_status(ledger: pd.DataFrame, checks: pd.DataFrame) -> pd.DataFrame:
    """The ledger plus ``arithmetic``, ``checks`` and one summary ``status`` per claim (input not mutated)."""
    status = ledger.merge(arithmetic_verdicts(checks), on="claim_id", how="left")
    status["arithmetic"] = status["arithmetic"].fillna(NOT_RECOMPUTED)
    status["checks"] = status["checks"].fillna("")
    corroboration = status["corroboration"] if "corroboration" in status else pd.Series("", index=status.index)
    status["status"] = [status_of(a, s) for a, s in zip(status["arithmetic"], corroboration.fillna(""))]
    return status


def status_counts(status: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Counts of claims by ``by`` and status, in severity order (long format for plotting)."""
    counts = status.groupby([by, "status"], sort=False).size().rename("claims").reset_index()
    counts["status"] = pd.Categorical(counts["status"], categories=STATUSES, ordered=True)
    return _in_text_order(counts, status, by, "status")


def _in_text_order(counts: pd.DataFrame, status: pd.DataFrame, by: str, within: str) -> pd.DataFrame:
    """Sort by the order in which ``by`` first appears in the ledger, then by ``within``."""
    order = list(dict.fromkeys(status[by]))
    counts[by] = pd.Categorical(counts[by], categories=order, ordered=True)
    counts = counts.sort_values([by, within]).reset_index(drop=True)
    counts[by] = counts[by].astype(str)
    return counts


def follow_ups(status: pd.DataFrame) -> pd.DataFrame:
    """Claims an editor should look at, most serious first: contradicted, inconsistent, partly, approximate,
    and — in a report where some claims were curated — those no one curated. Every column is kept."""
    curated = status["curated"].astype(bool)
    wanted = status["status"].isin(FINDINGS) | (~curated if curated.any() else False)
    picked = status.loc[wanted].copy()
    picked["_order"] = picked["status"].map(STATUSES.index)
    return picked.sort_values(["_order", "start"], kind="stable").drop(columns="_order").reset_index(drop=True)


def source_counts(status: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Counts of claims by ``by`` and what public sources say of them (long format for plotting)."""
    frame = status.assign(corroboration=pd.Categorical(status["corroboration"].fillna("not found"),
                                                       categories=SOURCE_VERDICTS, ordered=True))
    counts = frame.groupby([by, "corroboration"], sort=False, observed=True).size().rename("claims").reset_index()
    return _in_text_order(counts, frame, by, "corroboration")
