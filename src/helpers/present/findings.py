"""What a reader must see first: every finding of an analysis, most serious first, in plain sentences.

A **finding** is a check whose verdict is ``inconsistent`` or ``approximate`` (both numbers, the
assumptions and the parameters), or a claim that public sources ``contradict`` or support only
``partly`` (both figures and each source with its address). Together they cover every claim whose
status is one of :data:`helpers.vocabulary.FINDINGS`. Nothing here computes a verdict: it words
what :mod:`helpers.analysis` found.

>>> from helpers.analysis import analyse
>>> found = findings(analyse())
>>> found[0].status, "13.74%" in " ".join(f.headline for f in found)
('partly', True)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from helpers.analysis import Analysis
from helpers.claims.relations.finding import FITTED
from helpers.present.numbers import format_range, format_value
from helpers.present.wording import t
from helpers.vocabulary import FINDINGS, STATUSES, WORDS, rank

_SOURCE = re.compile(r"^(?P<name>.*?) <(?P<url>https?://[^>]+)>$")


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    grade: str = ""
    published: str = ""
    quote: str = ""
    scope: str = ""
    measure: str = ""
    period: str = ""
    note: str = ""

    @property
    def says(self) -> str:
        """What the source gives, in a sentence: its figure as printed, what it measures, its period, our note."""
        text = t("finding.source_gives", quote=self.quote, measure=self.measure)
        if self.period:
            text += f" ({self.period})"
        if self.scope == "different":
            text += " — " + t("finding.other_scope")
        return text + (f". {self.note[:1].upper()}{self.note[1:]}" if self.note else "")


@dataclass(frozen=True)
class Finding:
    status: str                      # a word of helpers.vocabulary.FINDINGS
    claim_ids: tuple[str, ...]       # the claims it concerns, the stated one first
    headline: str                    # the figure or words as printed, e.g. "县均6200万元"
    sentence: str                    # what we found, with both numbers
    assumptions: str = ""
    parameters: str = ""
    sources: tuple[Source, ...] = field(default=())
    check_id: str = ""
    review: str = ""                 # an analyst's mark on the verdict, or that the verdict changed since
    review_stale: bool = False

    @property
    def symbol(self) -> str:
        return WORDS[self.status].symbol


def findings(analysis: Analysis) -> list[Finding]:
    """Every finding, most serious first, then in the order of the text."""
    ledger = analysis.ledger.set_index("claim_id", drop=False)
    found: list[tuple[tuple, Finding]] = []
    for check in analysis.checks.itertuples(index=False):
        if check.verdict not in FINDINGS:
            continue
        ids = tuple(i for i in str(check.claim_ids).split(";") if i)
        stated = getattr(check, "stated_claim", "") or (ids[-1] if ids else "")
        order = min((int(ledger.at[i, "start"]) for i in ids if i in ledger.index), default=0)
        found.append(((rank(check.verdict), order), _check_finding(check, ids, ledger)))
    for claim in analysis.ledger.itertuples(index=False):
        if claim.corroboration in ("contradicted", "partly"):
            found.append(((rank(claim.corroboration), int(claim.start)), _source_finding(claim, analysis)))
    found.sort(key=lambda pair: pair[0])
    return [finding for _, finding in found]


def covered_claims(found: list[Finding]) -> set[str]:
    return {claim_id for finding in found for claim_id in finding.claim_ids}


def _check_finding(check, ids: tuple[str, ...], ledger: pd.DataFrame) -> Finding:
    if check.unit == "comparison":
        sentence = t("finding.comparison", description=check.description, formula=check.formula)
        headline = check.description
    else:
        matched = next((i for i in ids if i in ledger.index and
                        math.isclose(float(ledger.at[i, "value"]), float(check.stated), rel_tol=1e-12)), None)
        stated_id = matched or ids[-1]
        headline = str(ledger.at[stated_id, "text"]) if stated_id in ledger.index else check.check_id
        sentence = t("finding.check", description=check.description,    # the stated figure as the report prints it
                     stated=headline if matched else format_value(check.stated, check.unit),
                     stated_range=format_range(check.stated_low, check.stated_high, check.unit),
                     computed=format_value(check.computed, check.unit),
                     computed_range=format_range(check.computed_low, check.computed_high, check.unit),
                     gap=f"{check.gap:.2%}", verdict=check.verdict)
    review, stale = review_of(check)
    return Finding(status=check.verdict, claim_ids=ids, headline=headline, sentence=sentence,
                   assumptions=str(check.assumptions or ""), parameters=str(check.parameters or ""),
                   check_id=check.check_id, review=review, review_stale=stale)


def review_of(check) -> tuple[str, bool]:
    """The sentence a check's review mark gives ('' without one), and whether the verdict changed since."""
    reviewer = getattr(check, "reviewed_by", "") or ""
    if not isinstance(reviewer, str) or not reviewer:
        return "", False
    stale = bool(getattr(check, "review_stale", False))
    values = {"reviewer": reviewer, "date": getattr(check, "reviewed_on", ""), "note": getattr(check, "review_note", ""),
              "verdict": getattr(check, "review_verdict", "")}
    return t("annotated.review_stale" if stale else "annotated.review", **values), stale


def _source_finding(claim, analysis: Analysis) -> Finding:
    about = claim.subject if isinstance(claim.subject, str) and claim.subject else ""
    said = t("finding.report_says", text=claim.text) + (f" ({about})" if about else "") + "."
    lead = t(f"finding.sources_{claim.corroboration}")
    if claim.corroboration == "contradicted":
        row = analysis.corroboration.set_index("claim_id").loc[claim.claim_id]
        if not pd.isna(row["difference"]):
            unit = claim.unit if isinstance(claim.unit, str) else ""
            lead += " " + t("finding.difference", difference=format_value(abs(row["difference"]), unit),
                            direction=t("finding.more" if row["difference"] > 0 else "finding.less"))
    return Finding(status=claim.corroboration, claim_ids=(claim.claim_id,), headline=str(claim.text),
                   sentence=f"{said} {lead}", sources=tuple(sources_of(claim.claim_id, analysis)))


def sources_of(claim_id: str, analysis: Analysis) -> list[Source]:
    """The public figures recorded for a claim, strongest grade first."""
    rows = analysis.references[analysis.references["claim_id"] == claim_id] if len(analysis.references) else []
    out = []
    for ref in (rows.itertuples(index=False) if len(rows) else ()):
        out.append(Source(name=ref.source_name, url=ref.url, grade=ref.grade, published=ref.published,
                          quote=ref.quote, scope=ref.scope, measure=ref.measure, period=ref.period, note=ref.note))
    order = {"official": 0, "press": 1, "repost": 2}
    return sorted(out, key=lambda s: order.get(s.grade, 3))


def status_counts(analysis: Analysis) -> list[dict]:
    """One row per status word, in order of seriousness: word, symbol, colour, meaning, claims."""
    counts = analysis.ledger["status"].value_counts()
    return [{"word": word, "symbol": WORDS[word].symbol, "colour": WORDS[word].colour, "tint": WORDS[word].tint,
             "meaning": t(f"status.{word}"), "claims": int(counts.get(word, 0))} for word in STATUSES]


def summary(analysis: Analysis, found: list[Finding]) -> str:
    """A few sentences a reader takes away in a minute."""
    ledger, checks = analysis.ledger, analysis.checks
    verdicts = checks["verdict"].value_counts()
    sources = ledger["corroboration"].value_counts()
    count = {word: int(verdicts.get(word, 0)) for word in ("consistent", "approximate", "inconsistent", "derived")}
    judged = count["consistent"] + count["approximate"] + count["inconsistent"]
    sentences = [t("front.summary_claims", claims=len(ledger),
                   quantities=int((ledger["claim_type"] == "quantity").sum()),
                   qualitative=int((ledger["claim_type"] == "qualitative").sum()), checks=len(checks))]
    sentences.append(t("front.summary_judged", judged=judged, **count) if judged
                     else t("front.summary_none_judged", derived=count["derived"]))
    fits = int(((checks["verdict"] == "consistent") & checks["assumptions"].astype(str).str.startswith(FITTED)).sum())
    if fits:
        sentences.append(t("front.summary_fits", fits=fits) if fits > 1 else t("front.summary_one_fit"))
    if len(analysis.references):
        sentences.append(t("front.summary_sources", **{w: int(sources.get(w, 0))
                                                       for w in ("corroborated", "partly", "contradicted")}))
    else:
        sentences.append(t("front.summary_no_sources"))
    unverified = int((ledger["status"] == "unverified").sum())
    if unverified:
        sentences.append(t("front.summary_unverified", unverified=unverified))
    sentences.append(t("front.summary_findings", findings=len(found)) if len(found) > 1
                     else t("front.summary_one_finding") if found else t("front.summary_no_findings"))
    return " ".join(sentences)
