"""The verification summary: every claim with its verdicts, counted, and what to follow up.

A claim can be tested two ways: **arithmetic** (a check in ``checks.yml`` uses it
or recomputes it) and **sources** (a public figure corroborates or contradicts
it). ``claim_status`` puts both on one row; ``status`` is the single word the
summary chart counts, taking the most serious finding first:

    contradicted > inconsistent > partly > approximate > corroborated > consistent
    > derived (only used to derive new figures) > unverified

>>> import pandas as pd
>>> ledger = pd.DataFrame({"claim_id": ["a", "b", "c"], "section": ["s", "s", "t"],
...                        "claim_type": ["quantity"] * 3})
>>> checks = pd.DataFrame({"check_id": ["k"], "claim_ids": ["a;b"], "verdict": ["inconsistent"]})
>>> claim_status(ledger, checks).status.tolist()
['inconsistent', 'inconsistent', 'unverified']
"""

from __future__ import annotations

import pandas as pd

SEVERITY = ["contradicted", "inconsistent", "partly", "approximate", "corroborated", "consistent", "derived",
            "unverified"]
ARITHMETIC_ORDER = ["inconsistent", "approximate", "consistent", "derived"]
FOLLOW_UP = {"contradicted", "inconsistent", "partly", "approximate"}


def arithmetic_verdicts(checks: pd.DataFrame) -> pd.DataFrame:
    """Per claim id: the most serious check verdict it takes part in, and the check ids."""
    rows = [
        {"claim_id": claim_id, "verdict": verdict, "check_id": check_id}
        for check_id, ids, verdict in zip(checks.check_id, checks.claim_ids, checks.verdict)
        for claim_id in str(ids).split(";") if claim_id
    ]
    if not rows:
        return pd.DataFrame(columns=["claim_id", "arithmetic", "checks"])
    frame = pd.DataFrame(rows)
    frame["rank"] = frame.verdict.map(ARITHMETIC_ORDER.index)
    worst = frame.sort_values("rank").groupby("claim_id", sort=False).agg(
        arithmetic=("verdict", "first"), checks=("check_id", lambda ids: ";".join(sorted(set(ids)))))
    return worst.reset_index()


def claim_status(ledger: pd.DataFrame, checks: pd.DataFrame) -> pd.DataFrame:
    """The ledger plus ``arithmetic``, ``checks`` and one summary ``status`` per claim (input not mutated)."""
    status = ledger.merge(arithmetic_verdicts(checks), on="claim_id", how="left")
    status["arithmetic"] = status["arithmetic"].fillna("not recomputed")
    status["checks"] = status["checks"].fillna("")
    corroboration = status["corroboration"] if "corroboration" in status else pd.Series("", index=status.index)
    findings = []
    for arithmetic, sourced in zip(status["arithmetic"], corroboration.fillna("")):
        candidates = [v for v in (arithmetic, sourced) if v in SEVERITY]
        findings.append(min(candidates, key=SEVERITY.index) if candidates else "unverified")
    status["status"] = findings
    return status


def status_counts(status: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Counts of claims by ``by`` and status, in severity order (long format for plotting)."""
    counts = status.groupby([by, "status"], sort=False).size().rename("claims").reset_index()
    counts["status"] = pd.Categorical(counts["status"], categories=SEVERITY, ordered=True)
    return _in_text_order(counts, status, by, "status")


def _in_text_order(counts: pd.DataFrame, status: pd.DataFrame, by: str, within: str) -> pd.DataFrame:
    """Sort by the order in which ``by`` first appears in the ledger, then by ``within``."""
    order = list(dict.fromkeys(status[by]))
    counts[by] = pd.Categorical(counts[by], categories=order, ordered=True)
    counts = counts.sort_values([by, within]).reset_index(drop=True)
    counts[by] = counts[by].astype(str)
    return counts


def follow_ups(status: pd.DataFrame) -> pd.DataFrame:
    """Claims an editor should look at: contradicted, inconsistent, partly, approximate, or uncurated."""
    wanted = status["status"].isin(FOLLOW_UP) | ~status["curated"].astype(bool)
    columns = [c for c in ("claim_id", "section", "text", "subject", "status", "arithmetic", "checks",
                           "corroboration", "sources") if c in status]
    picked = status.loc[wanted, columns].copy()
    picked["order"] = picked["status"].map(SEVERITY.index)
    return picked.sort_values(["order", "claim_id"]).drop(columns="order").reset_index(drop=True)


EVIDENCE = ["contradicted", "partly", "corroborated", "recomputed", "unverifiable"]


def evidence_category(status: pd.DataFrame) -> pd.Series:
    """What kind of evidence a claim has: a source against it, a source in part, a source for it,
    arithmetic only (recomputed), or none (unverifiable)."""
    corroboration = status["corroboration"] if "corroboration" in status else pd.Series("", index=status.index)
    categories = []
    for sourced, arithmetic in zip(corroboration.fillna(""), status["arithmetic"]):
        if sourced in ("contradicted", "partly", "corroborated"):
            categories.append(sourced)
        elif arithmetic != "not recomputed":
            categories.append("recomputed")
        else:
            categories.append("unverifiable")
    return pd.Series(pd.Categorical(categories, categories=EVIDENCE, ordered=True), index=status.index,
                     name="evidence")


def evidence_counts(status: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Counts of claims by ``by`` and evidence category (long format for plotting)."""
    frame = status.assign(evidence=evidence_category(status))
    counts = frame.groupby([by, "evidence"], sort=False, observed=True).size().rename("claims").reset_index()
    return _in_text_order(counts, frame, by, "evidence")
