"""Corroboration: the report's claims against figures from public sources.

A report folder's ``references.csv`` holds one row per public figure: what it
measures, its value in the ledger's base units (persons, yuan, percent points),
the source's name, address, publication date, the number as printed, a grade of
the source and the ``claim_id`` it speaks to (``data/reports/README.md`` lists
the columns). :func:`load_reference` validates the table; :func:`corroborate`
gives every ledger claim one verdict; :func:`join_corroboration` adds the
verdicts to the ledger.

**One reference against one claim**

* ``scope = different`` (the source measures a related but not identical thing:
  another year, all partner regions, Asia rather than the world) → ``partly``,
  whatever the numbers say. Such a figure is shown beside the claim, never used
  to confirm or refute it.
* a number against a quantity claim → ``corroborated`` when the reference's
  interval ``value ± precision`` (widened by ``tolerance × |value|``) meets the
  claim's interval ``[low, high]`` (the rounding, 余/多/超/近 bounds the text
  allows), ``contradicted`` when they cannot meet. ``precision`` is the absolute
  rounding half-width of the source's figure; left empty, it is read from the
  printed digits of ``quote`` (``54.58万`` → 50, ``11.31%`` → 0.005, ``半年`` → 0).
  Units are compared by dimension (人/名/位 are persons, 年 is 12 个月, …); a
  reference in another dimension than its claim is a linking error.
* anything else — a reference without a number, or any reference to a
  qualitative claim — is judged by the explicit ``supports`` column: ``yes`` →
  ``corroborated``, ``no`` → ``contradicted``. Whoever fills the row decides and
  says why in ``note``; a number on such a row is shown as context.

**Several references to one claim** — the best source decides. Of the
references that decide (same scope, corroborated or contradicted), only those of
the highest grade present count (``official`` > ``press`` > ``repost``); among
them one contradiction outweighs any number of agreements, because an editor
must see it. A weaker source that disagrees is still named in ``detail``. With
no deciding reference but some of different scope the claim is ``partly``; with
none at all it is ``not found`` — shown as such, never dropped.

``difference`` is the deciding contradiction's reference value minus the claim's
stated value (absolute, in base units, and relative to the claim).

>>> import pandas as pd
>>> ledger = pd.DataFrame({"claim_id": ["pov-reduced", "visits"], "claim_type": ["quantity"] * 2,
...                        "value": [545800.0, 57.0], "low": [545750.0, 56.5], "high": [545850.0, 57.5],
...                        "unit": ["人", "次"]})
>>> reference = pd.DataFrame({"ref_id": ["a"], "claim_id": ["pov-reduced"], "measure": ["poor people lifted"],
...     "value": [545800.0], "unit": ["人"], "period": ["to 2020"], "source_name": ["安顺日报"],
...     "url": ["http://asxw.net/c/2021-11-22/607178.shtml"], "published": ["2021-11-22"],
...     "quote": ["54.58万"], "grade": ["press"], "scope": ["same"], "supports": [""],
...     "precision": [50.0], "note": [""]})
>>> corroborate(ledger, reference)[["claim_id", "corroboration"]].values.tolist()
[['pov-reduced', 'corroborated'], ['visits', 'not found']]
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.read.edited import read_edited_table


REQUIRED_COLUMNS = ["ref_id", "claim_id", "measure", "value", "unit", "period", "source_name", "url",
                    "published", "quote", "grade", "scope"]
OPTIONAL_COLUMNS = ["supports", "precision", "note"]
REFERENCE_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
GRADES = ("official", "press", "repost")          # strongest first
SCOPES = ("same", "different")
SUPPORTS = ("yes", "no")
CORROBORATIONS = ("corroborated", "contradicted", "partly", "not found")
VERDICT_COLUMNS = ["claim_id", "corroboration", "sources", "difference", "relative_difference", "ref_ids", "detail"]
LEDGER_NEEDS = ["claim_id", "claim_type", "value", "low", "high"]

# unit → (dimension, size in the dimension's smallest unit). Values are already in base units
# (万/亿 applied), so 万元 and 亿元 are yuan of size 1; 年 is 12 个月.
UNITS: dict[str, tuple[str, float]] = {
    "人": ("persons", 1), "名": ("persons", 1), "位": ("persons", 1),
    "人次": ("person-times", 1),
    "元": ("yuan", 1), "万元": ("yuan", 1), "亿元": ("yuan", 1),
    "%": ("percent", 1), "百分点": ("percent", 1),
    "个": ("count", 1), "户": ("households", 1), "项": ("count", 1), "次": ("count", 1), "家": ("count", 1),
    "架": ("count", 1), "部门": ("count", 1), "县": ("count", 1), "村": ("count", 1),
    "年": ("duration", 12), "个月": ("duration", 1), "月": ("duration", 1),
    "岁": ("age", 1), "公里": ("length", 1000), "米": ("length", 1),
}
REFERENCE_UNITS = tuple(UNITS)

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://\S+$")
PRINTED = re.compile(r"(\d+(?:\.(\d+))?)\s*(万|亿)?")
MULTIPLIER = {None: 1, "万": 1e4, "亿": 1e8}


class ReferenceFileError(ValueError):
    """A malformed reference table; the message names the file, the row (header = row 1) and the field."""


class ReferenceLinkError(ValueError):
    """A reference row that cannot be linked to its claim (unknown claim id, incomparable units, …)."""


# -- loading -----------------------------------------------------------------------------------------------

def load_reference(path: Path | str) -> pd.DataFrame:
    """Read and validate the table of public figures.

    Returns one row per figure with ``row`` (its spreadsheet row number) first, ``value`` and
    ``precision`` as floats (NaN when empty; an empty precision of a numeric row is filled from the
    printed digits of ``quote``) and the other columns as text. ``path`` is kept in ``attrs["path"]``.
    Raises :class:`ReferenceFileError` naming the file, row and field of the first bad cell.
    """
    path = Path(path)
    frame = read_edited_table(path, REQUIRED_COLUMNS, ReferenceFileError, "the reference table")
    for column in OPTIONAL_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame[REFERENCE_COLUMNS].apply(lambda column: column.str.strip())

    values, precisions, seen = [], [], {}
    for number, row in enumerate(frame.itertuples(index=False), start=2):   # row 1 is the header
        value, precision = _validate_row(row, f"{path}: row {number} ({row.ref_id or 'no ref_id'})", seen, number)
        values.append(value)
        precisions.append(precision)
    frame["value"] = pd.Series(values, index=frame.index, dtype=float)
    frame["precision"] = pd.Series(precisions, index=frame.index, dtype=float)
    frame.insert(0, "row", range(2, len(frame) + 2))
    frame.attrs["path"] = str(path)
    return frame


def no_references() -> pd.DataFrame:
    """An empty reference table, for a report no one has found public sources for yet."""
    frame = pd.DataFrame({column: pd.Series(dtype=float if column in ("value", "precision") else object)
                          for column in ["row", *REFERENCE_COLUMNS]})
    frame.attrs["path"] = "(no references file)"
    return frame


def _validate_row(row, where: str, seen: dict[str, int], number: int) -> tuple[float, float]:
    def bad(field: str, problem: str) -> ReferenceFileError:
        return ReferenceFileError(f"{where}: field '{field}' {problem}")

    for field in ("ref_id", "claim_id", "measure", "source_name", "url", "quote", "grade", "scope"):
        if not getattr(row, field):
            raise bad(field, "is empty")
    if not ID.match(row.ref_id):
        raise bad("ref_id", f"must be lowercase words joined by hyphens, got {row.ref_id!r}")
    if row.ref_id in seen:
        raise bad("ref_id", f"repeats row {seen[row.ref_id]}")
    seen[row.ref_id] = number
    if not ID.match(row.claim_id):
        raise bad("claim_id", f"must be a claim id (lowercase words joined by hyphens), got {row.claim_id!r}")
    if row.grade not in GRADES:
        raise bad("grade", f"must be one of {GRADES}, got {row.grade!r}")
    if row.scope not in SCOPES:
        raise bad("scope", f"must be one of {SCOPES}, got {row.scope!r}")
    if row.supports not in SUPPORTS + ("",):
        raise bad("supports", f"must be one of {SUPPORTS} or empty, got {row.supports!r}")
    if not URL.match(row.url):
        raise bad("url", f"must start with http:// or https:// and hold no spaces, got {row.url!r}")
    if row.published:
        try:
            if not ISO_DATE.match(row.published):
                raise ValueError
            dt.date.fromisoformat(row.published)
        except ValueError:
            raise bad("published", f"must be an ISO date YYYY-MM-DD or empty, got {row.published!r}") from None

    value = _number(row.value, bad, "value")
    precision = _number(row.precision, bad, "precision")
    if math.isnan(value):
        if row.unit:
            raise bad("unit", f"must be empty when there is no value, got {row.unit!r}")
        if not math.isnan(precision):
            raise bad("precision", "must be empty when there is no value")
        if row.scope == "same" and not row.supports:
            raise bad("supports", "must say yes or no for a same-scope figure without a value")
        return value, precision
    if row.unit not in UNITS:
        raise bad("unit", f"must be one of {list(UNITS)}, got {row.unit!r}")
    if not math.isnan(precision) and precision < 0:
        raise bad("precision", f"must be zero or more, got {row.precision!r}")
    printed = printed_precision(row.quote, value)
    if printed is None:
        raise bad("value", f"{row.value} is not any number printed in quote {row.quote!r} (in base units: "
                           "万 and 亿 applied, a percentage in percent points)")
    return value, printed if math.isnan(precision) else precision


def _number(text: str, bad, field: str) -> float:
    if not text:
        return math.nan
    try:
        number = float(text)
    except ValueError:
        raise bad(field, f"must be a number or empty, got {text!r}") from None
    if not math.isfinite(number):
        raise bad(field, f"must be a finite number, got {text!r}")
    return number


def printed_precision(quote: str, value: float) -> float | None:
    """The rounding half-width of ``value`` as printed in ``quote``.

    The quote's Arabic numbers (with 万/亿) are tried in turn; the first equal to ``value`` gives half a
    unit of its last printed digit. A quote without Arabic digits ("eight", "半年") gives 0 (exact); a quote
    whose numbers all differ from ``value`` gives ``None``.

    >>> printed_precision("54.58万", 545800), printed_precision("11.31%", 11.31), printed_precision("半年", 0.5)
    (50.0, 0.005, 0.0)
    """
    found = list(PRINTED.finditer(quote))
    if not found:
        return 0.0
    for match in found:
        multiplier = MULTIPLIER[match.group(3)]
        if math.isclose(float(match.group(1)) * multiplier, value, rel_tol=1e-9, abs_tol=1e-12):
            decimals = len(match.group(2) or "")
            return 0.5 * 10.0 ** -decimals * multiplier
    return None


# -- judging -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Judgement:
    """One reference row held against its claim."""

    ref_id: str
    verdict: str              # corroborated | contradicted | partly
    grade: str
    source: str               # "name <url>"
    sentence: str             # plain language, for ``detail``
    difference: float = math.nan


def corroborate(ledger: pd.DataFrame, reference: pd.DataFrame, tolerance: float = 0.0) -> pd.DataFrame:
    """One verdict per ledger claim, in ledger order; see the module docstring for the rules.

    ``reference`` is :func:`load_reference`'s table. ``tolerance`` is a relative slack added to each
    reference's precision (0 = the printed rounding only). Columns: ``claim_id``, ``corroboration``,
    ``sources`` ("name <url>; …"), ``difference`` and ``relative_difference`` (contradictions only),
    ``ref_ids`` and ``detail``. Neither input is mutated. Raises :class:`ReferenceLinkError` for a
    reference whose claim is not in the ledger or cannot be compared with it.
    """
    _check_ledger(ledger)
    missing = [c for c in REFERENCE_COLUMNS if c not in reference.columns]
    if missing:
        raise ValueError(f"reference table lacks column(s) {missing}; load it with load_reference()")
    if not (isinstance(tolerance, (int, float)) and 0 <= tolerance < 1):
        raise ValueError(f"tolerance must be a number in [0, 1), got {tolerance!r}")
    where_file = reference.attrs.get("path", "reference table")
    rows = reference["row"] if "row" in reference.columns else pd.Series(range(2, len(reference) + 2),
                                                                         index=reference.index)
    claims = ledger.set_index("claim_id", drop=False)
    judged: dict[str, list[Judgement]] = {}
    for (_, ref), number in zip(reference.iterrows(), rows):
        where = f"{where_file}: row {number} ({ref.ref_id})"
        if ref.claim_id not in claims.index:
            raise ReferenceLinkError(f"{where}: field 'claim_id' names {ref.claim_id!r}, which is not in the ledger")
        judged.setdefault(ref.claim_id, []).append(_judge(claims.loc[ref.claim_id], ref, tolerance, where))

    records = [_combine(claim, judged.get(claim.claim_id, [])) for claim in ledger.itertuples(index=False)]
    return pd.DataFrame(records, columns=VERDICT_COLUMNS)


def join_corroboration(ledger: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """The ledger with ``corroboration`` and ``sources`` columns added (a new frame; the input is untouched).

    ``verdicts`` must come from :func:`corroborate` on the same ledger: a claim without a verdict is an error.
    """
    for name, frame, needs in (("ledger", ledger, ["claim_id"]),
                               ("verdicts", verdicts, ["claim_id", "corroboration", "sources"])):
        lacking = [c for c in needs if c not in frame.columns]
        if lacking:
            raise ValueError(f"{name} lacks column(s) {lacking}")
    lookup = verdicts.drop_duplicates("claim_id").set_index("claim_id")
    unjudged = [c for c in ledger["claim_id"] if c not in lookup.index]
    if unjudged:
        raise ValueError(f"no corroboration for claim(s) {unjudged}; run corroborate() on this ledger")
    joined = ledger.drop(columns=["corroboration", "sources"], errors="ignore").copy()
    joined["corroboration"] = joined["claim_id"].map(lookup["corroboration"])
    joined["sources"] = joined["claim_id"].map(lookup["sources"])
    return joined


def _check_ledger(ledger: pd.DataFrame) -> None:
    lacking = [c for c in LEDGER_NEEDS if c not in ledger.columns]
    if lacking:
        raise ValueError(f"ledger lacks column(s) {lacking}; build it with helpers.claims.ledger.build_ledger()")
    repeated = ledger["claim_id"][ledger["claim_id"].duplicated()].tolist()
    if repeated:
        raise ValueError(f"ledger repeats claim id(s) {repeated}")


def _judge(claim: pd.Series, ref: pd.Series, tolerance: float, where: str) -> Judgement:
    source = f"{ref.source_name} [{ref.grade}, {ref.published or 'date not given'}]"
    figure = f"“{ref.quote}”" if math.isnan(ref.value) else f"“{ref.quote}” ({_amount(ref.value, ref.unit)})"
    gives = f"{source} gives {figure} for {ref.measure}"
    gives += f", {ref.period}" if ref.period else ""
    note = f" — {ref.note}" if ref.note else ""
    common = {"ref_id": ref.ref_id, "grade": ref.grade, "source": f"{ref.source_name} <{ref.url}>"}

    if ref.scope == "different":
        return Judgement(verdict="partly", sentence=f"{gives}: related, but of a different scope{note}.", **common)

    has_number = not math.isnan(ref.value)
    numeric_claim = claim.claim_type == "quantity"
    if has_number and numeric_claim:
        if ref.supports:
            raise ReferenceLinkError(f"{where}: field 'supports' must be empty: the figure is compared by number "
                                     f"with the quantity claim {claim.claim_id!r}")
        return _compare(claim, ref, tolerance, where, gives, note, common)
    if not ref.supports:
        raise ReferenceLinkError(f"{where}: field 'supports' must say yes or no: claim {claim.claim_id!r} "
                                 "has no number to compare with")
    verdict = "corroborated" if ref.supports == "yes" else "contradicted"
    phrase = "supports the claim" if ref.supports == "yes" else "contradicts the claim"
    return Judgement(verdict=verdict, sentence=f"{gives}, which {phrase}{note}.", **common)


def _compare(claim: pd.Series, ref: pd.Series, tolerance: float, where: str, gives: str, note: str,
             common: dict) -> Judgement:
    value, low, high = (float(claim[k]) for k in ("value", "low", "high"))
    if math.isnan(value) and (math.isnan(low) or math.isnan(high)):
        raise ReferenceLinkError(f"{where}: claim {claim.claim_id!r} has no value to compare with")
    low = value if math.isnan(low) else low
    high = value if math.isnan(high) else high
    if math.isnan(value):
        value = (low + high) / 2 if math.isfinite(high) else low
    ref_value, ref_unit = float(ref.value), ref.unit
    claim_unit = str(claim.get("unit", "") or "") if "unit" in claim.index else ""
    if claim_unit in UNITS and claim_unit != ref_unit:
        (claim_dim, claim_size), (ref_dim, ref_size) = UNITS[claim_unit], UNITS[ref_unit]
        if claim_dim != ref_dim:
            raise ReferenceLinkError(f"{where}: field 'unit' {ref_unit!r} ({ref_dim}) cannot be compared with "
                                     f"claim {claim.claim_id!r} in {claim_unit!r} ({claim_dim})")
        scale = ref_size / claim_size                   # e.g. 0.5 年 → 6 个月
    else:
        scale = 1.0
    ref_value *= scale
    margin = float(ref.precision) * scale + tolerance * abs(ref_value)
    ref_low, ref_high = ref_value - margin, ref_value + margin
    if ref_low <= high and low <= ref_high:
        return Judgement(verdict="corroborated", sentence=f"{gives}, which agrees within the rounding of both"
                                                          f"{note}.", **common)
    difference = ref_value - value
    relative = f" ({difference / abs(value):+.1%})" if value else ""
    unit = claim_unit if claim_unit in UNITS else ref_unit
    more = "more" if difference > 0 else "less"
    return Judgement(verdict="contradicted", difference=difference,
                     sentence=f"{gives}: {_amount(abs(difference), unit)} {more} than the report{relative}, "
                              f"beyond the rounding of both{note}.", **common)


def _combine(claim, judgements: list[Judgement]) -> dict:
    record = {"claim_id": claim.claim_id, "difference": math.nan, "relative_difference": math.nan}
    said = _claim_sentence(claim)
    if not judgements:
        return record | {"corroboration": "not found", "sources": "", "ref_ids": "",
                         "detail": f"{said} No public source was found for it."}
    deciding = [j for j in judgements if j.verdict != "partly"]
    if deciding:
        best = min(GRADES.index(j.grade) for j in deciding)
        top = [j for j in deciding if GRADES.index(j.grade) == best]
        against = [j for j in top if j.verdict == "contradicted"]
        verdict = "contradicted" if against else "corroborated"
        first = against or top
        ordered = first + [j for j in judgements if j not in first]
        if against:
            record["difference"] = against[0].difference
            value = float(claim.value) if not pd.isna(claim.value) else math.nan
            if value and not math.isnan(value) and not math.isnan(against[0].difference):
                record["relative_difference"] = against[0].difference / abs(value)
    else:
        verdict, ordered = "partly", judgements
    sources = list(dict.fromkeys(j.source for j in ordered))
    lead = {"corroborated": "Corroborated:", "contradicted": "Contradicted:",
            "partly": "Partly: only figures of a different scope were found."}[verdict]
    detail = " ".join([said, lead] + [j.sentence for j in ordered])
    return record | {"corroboration": verdict, "sources": "; ".join(sources),
                     "ref_ids": "; ".join(j.ref_id for j in ordered), "detail": detail}


def _claim_sentence(claim) -> str:
    quantity = claim.claim_type == "quantity"
    text = _text(getattr(claim, "text", "")) if quantity else ""
    text = text or _text(getattr(claim, "quote", ""))
    about = [_text(getattr(claim, "subject", ""))]
    if quantity and not pd.isna(claim.value):
        about.insert(0, _amount(float(claim.value), _text(getattr(claim, "unit", ""))))
    about = [part for part in about if part]
    said = f"“{text}”" if text else f"claim {claim.claim_id}"
    return f"The report says {said}" + (f" ({'; '.join(about)})." if about else ".")


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _amount(number: float, unit: str) -> str:
    """545800, "人" → "545,800 人"; 13.74, "%" → "13.74%"."""
    figure = f"{number:,.10g}"
    return f"{figure}{unit}" if unit in ("%", "") else f"{figure} {unit}"
