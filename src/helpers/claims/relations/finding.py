"""From relations found in the text to checks: unique ids, one check per relation, and doubt that never accuses.

A finder returns :class:`Finding` s — the arithmetic it read (variables → figures, a formula, the stated figure
it tests), what it assumed, and, where the reading is open to doubt (两 figures 其中 could refer to, a total stated
paragraphs away), that doubt in words. :func:`to_checks` turns them into ordinary
:class:`~helpers.claims.checks.Check` s:

* one check per relation: two findings with the same figures, formula and stated figure are one;
* unique ids, stable for a given text: ``auto-<kind>-<offset of the figure it is about>``, and when two relations
  are about the same figure (a growth on last year and one on 2020) the second id adds the offset of the figure
  that tells them apart;
* a doubtful reading that would not be consistent is *lowered*: the check keeps its figures and shows what they
  imply as a derived figure, says why it is doubtful, and accuses nothing (a false alarm costs more than a miss);
* a finding whose arithmetic cannot be evaluated with the figures' intervals (a divisor that may be 0) is dropped.

>>> from helpers.claims.intervals import Interval
>>> spec = {"uses": {"part": "a", "total": "b"}, "formula": "part <= total", "unit": "comparison",
...         "description": "d", "assumptions": ["其中 introduces parts"]}
>>> finding = Finding("part", "auto-part-5-of-1", spec, doubt="其中 may refer to 3万头 or 1万头")
>>> [check] = to_checks([finding], {"a": Interval(1.4, 1.6), "b": Interval(1.0, 1.2)}, {"a": 1.5, "b": 1.1})
>>> check.formula, check.stated, check.assumptions[-2]
('total - (part)', None, 'doubtful reading (其中 may refer to 3万头 or 1万头): the figures are shown, not judged')
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from functools import lru_cache

from helpers.claims.checks import ID, Check, CheckError, evaluate
from helpers.claims.intervals import Interval

ASSUMED = "found by pattern, not curated: check the wording before relying on it"
#: how a check found by arithmetic alone (:mod:`~.fits`) begins its first assumption, which pages count by
FITTED = "found by arithmetic"
WHERE = "relations"


@dataclass
class Finding:
    kind: str                     # what kind of relation: previous, growth, change-rate, part, sum, share, …
    check_id: str                 # the id it asks for: auto-<kind>-<offset>
    spec: dict                    # uses, formula, unit, description, assumptions, and stated when it tests one
    doubt: str = ""               # why the reading may be wrong, in words; empty when it is plain
    tiebreak: tuple[int, ...] = field(default=())   # offsets that tell it apart from another about the same figure
    #: other readings of the same words (a share of the 其中 total or of the whole the sentence names), each a spec
    #: with a ``reading`` in words: the first the figures fit is taken; if none fits, the check is doubtful
    alternatives: tuple[dict, ...] = field(default=())
    #: a relation found by its arithmetic alone (:mod:`~.fits`): kept only where its figures fit
    only_if_consistent: bool = False


def to_checks(findings: list[Finding], intervals: dict[str, Interval], points: dict[str, float]) -> list[Check]:
    """Checks for the findings, in the order found: deduplicated, with unique ids, doubt lowered."""
    checks: list[Check] = []
    judged: dict[str, set[str]] = {}   # stated figures a finder reading words has judged → the figures it used
    taken: set[str] = set()
    seen: set[tuple] = set()
    read: set[tuple] = set()           # (stated, its terms) of every check kept: a fit over the same says nothing more
    for finding in findings:
        spec = finding.spec
        key = (spec["formula"], tuple(sorted(spec["uses"].items())), spec.get("stated"))
        terms = (spec.get("stated"), frozenset(spec["uses"].values()))
        if key in seen or (finding.only_if_consistent and terms in read):
            continue
        seen.add(key)
        if finding.alternatives:
            finding = _reading(finding, intervals, points)
        check = _check(finding, _unique(finding, taken))
        if check is None:
            continue
        try:
            result = evaluate(check, intervals, points, {}, 0.0)
        except (ZeroDivisionError, OverflowError, CheckError, ValueError):
            continue
        if finding.only_if_consistent and (result["verdict"] != "consistent" or _judged(finding, judged)):
            continue
        if result["verdict"] == "inconsistent" and not finding.doubt and _far_off(finding, result, points):
            finding = replace(finding, doubt=FAR_OFF)
        if finding.doubt and result["verdict"] not in ("consistent", "derived"):
            check = _lowered(finding, check.check_id)
            try:
                evaluate(check, intervals, points, {}, 0.0)
            except (ZeroDivisionError, OverflowError, CheckError, ValueError):
                continue
        taken.add(check.check_id)
        checks.append(check)
        read.add(terms)
        if check.stated is not None and not finding.only_if_consistent:
            judged.setdefault(check.stated, set()).update(spec["uses"].values())
    return checks


def _judged(finding: Finding, judged: dict[str, set[str]]) -> bool:
    """A fit's stated figure was judged from words: a quotient read once is not read again; a total may have
    several breakdowns, so a sum is only kept from one that shares none of its parts."""
    used = judged.get(finding.spec.get("stated"))
    if used is None:
        return False
    return finding.kind != "sum" or bool(used & set(finding.spec["uses"].values()))


#: why a reading whose figures miss by far is shown, not judged
FAR_OFF = ("the figures miss the stated one by more than twofold (or the parts are more than twice their whole): a misreading "
           "of which figures are meant is likelier than an error in the text, though a slip of 万 for 亿 would show so too")
FAR = 2.0            # recomputed over stated beyond this (or below its inverse) is far off
PARTS_FAR = 2.0      # parts summing to more than this times their whole are far off
#: the kinds whose figures are levels or quotients of levels: a growth rate or a gap of rates may be far off in ratio
#: (2.0% for 5.0%) by a small slip, so they are not lowered so
FAR_KINDS = frozenset({"average", "rate", "ratio", "share", "sum", "part", "multiple"})
RATE_UNITS = frozenset({"percent", "percentage points", "%", "个百分点"})
#: a difference of two amounts (not of two rates) is far off beyond this: a small gap mistyped (偏高 0.8℃ as 1.8℃) misses
#: twofold, a gap taken from the wrong figure (a saving beside the level it is of) misses tenfold
DIFFERENCE_FAR = 5.0


def _far_off(finding: Finding, result: dict, points: dict[str, float]) -> bool:
    """A wrong verdict whose figures miss by far: the recomputed figure more than :data:`FAR` times the stated one
    (or less than its inverse), or parts that sum to more than :data:`PARTS_FAR` times their whole. Planted and real
    slips of a digit miss by a tenth or a half; readings of the wrong figures (the city's population for the 2万 people
    counted, a quarter's total for the year's parts) miss by far."""
    amounts_apart = finding.kind == "difference" and finding.spec.get("unit") not in RATE_UNITS
    if finding.kind not in FAR_KINDS and not amounts_apart:
        return False
    far = DIFFERENCE_FAR if amounts_apart else FAR
    stated, computed = result.get("stated"), result.get("computed")
    if finding.spec.get("stated") is not None and stated and computed and stated > 0 and computed > 0:
        return not 1 / far <= computed / stated <= far
    uses = finding.spec["uses"]
    if "total" in uses and any(k.startswith("part") for k in uses) and points.get(uses["total"], 0) > 0:
        parts = sum(points[v] for k, v in uses.items() if k.startswith("part"))
        return parts > PARTS_FAR * points[uses["total"]]
    return False


def _reading(finding: Finding, intervals: dict[str, Interval], points: dict[str, float]) -> Finding:
    """Of a finding's readings (its own spec, then its alternatives), the first its figures fit, saying so; when
    none fits, the first, doubtful (it will be shown, not judged)."""
    readings = [finding.spec, *finding.alternatives]
    for number, spec in enumerate(readings):
        trial = replace(finding, spec=spec, alternatives=())
        if trial_verdict(trial, intervals, points) == "consistent":
            if number == 0:
                return trial
            others = "; ".join(r.get("reading", "") for r in readings if r is not spec)
            note = (f"the words allow other readings ({others}); the figures fit this one: "
                    f"{spec.get('reading', '')}")
            return replace(trial, spec={**spec, "assumptions": [*spec["assumptions"], note]})
    doubt = "the words can be read as " + " or as ".join(r.get("reading", "") for r in readings)
    return replace(finding, alternatives=(), doubt=finding.doubt or doubt)


def trial_verdict(finding: Finding, intervals: dict[str, Interval], points: dict[str, float]) -> str | None:
    """The verdict a finding's own reading would get over these figures, or None where it cannot be evaluated (a
    divisor that may be 0, a figure not among them)."""
    try:
        return evaluate(_check(finding, "auto-trial"), intervals, points, {}, 0.0)["verdict"]
    except (ZeroDivisionError, OverflowError, CheckError, ValueError):
        return None


def _unique(finding: Finding, taken: set[str]) -> str:
    check_id = finding.check_id
    if check_id in taken and finding.tiebreak:
        check_id = "-".join([check_id, *map(str, finding.tiebreak)])
    number = 2
    base = check_id
    while check_id in taken:
        check_id = f"{base}-{number}"
        number += 1
    return check_id


def _check(finding: Finding, check_id: str, **changes) -> Check | None:
    spec = {**finding.spec, **changes, "check_id": check_id, "topic": ""}
    assumptions = list(spec["assumptions"])
    if finding.doubt and "stated" in spec and spec["stated"] is None:
        assumptions.append(f"doubtful reading ({finding.doubt}): the figures are shown, not judged")
    elif finding.doubt:
        assumptions.append(f"the reading may be doubtful ({finding.doubt})")
    if not ID.match(check_id):
        raise CheckError(f"{WHERE}: {check_id!r} is not an id")
    template = _template(spec["formula"], tuple(sorted(spec["uses"])))
    return replace(template, check_id=check_id, description=spec["description"], uses=dict(spec["uses"]),
                   unit=spec["unit"], assumptions=tuple(assumptions + [ASSUMED]), stated=spec.get("stated"))


@lru_cache(maxsize=256)
def _template(formula: str, variables: tuple[str, ...]) -> Check:
    """A check validated once per formula (parsing it is most of the cost of a check); ids and figures vary."""
    return Check.from_dict({"check_id": "template", "description": "-", "uses": dict.fromkeys(variables, "x"),
                            "formula": formula, "unit": "-", "assumptions": ["-"]}, WHERE)


def _lowered(finding: Finding, check_id: str) -> Check | None:
    """The doubtful check as a derived figure: the stated figure dropped, a comparison turned into a difference."""
    formula = finding.spec["formula"]
    tree = ast.parse(formula, mode="eval").body
    if isinstance(tree, ast.Compare):
        sides = [tree.left, *tree.comparators]
        if len(sides) == 2:
            small, large = sides if isinstance(tree.ops[0], (ast.Lt, ast.LtE)) else sides[::-1]
            formula = f"{ast.unparse(large)} - ({ast.unparse(small)})"
        else:
            formula = ast.unparse(sides[0])
        unit = finding.spec.get("lowered_unit", "")
    else:
        unit = finding.spec["unit"]
    description = finding.spec["description"] + " — doubtful reading, shown as the figure it implies"
    return _check(finding, check_id, formula=formula, stated=None, unit=unit, description=description)
