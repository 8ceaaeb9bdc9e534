"""Derived checks as data: formulas over claims, evaluated with their intervals.

``data/claims/checks.yml`` holds the checks. Each names the claims it uses (as
formula variables), an arithmetic formula, the stated claim it tests (if any),
the unit of the result, and its assumptions in words; numbers an assumption
needs (the number of county-level units, the years) are **parameters** with a
default, a meaning and a source, which notebooks expose and papermill can set.

Every claim enters a formula as the interval the text allows (rounding, 余/多/超
bounds), so the computed figure is an interval too. The verdict compares it with
the stated claim's interval:

* ``consistent`` — the intervals meet;
* ``approximate`` — they miss by a relative gap no larger than ``tolerance``;
* ``inconsistent`` — they miss by more;
* ``derived`` — no stated figure: the check makes a figure the report implies.

A formula may also be a comparison (``rank_world >= rank_china >= rank_province``):
``consistent`` if it holds for some values the text allows, ``inconsistent`` if
for none.

>>> spec = {"check_id": "x", "description": "d", "uses": {"a": "c1", "b": "c2"},
...         "formula": "a / b", "unit": "ratio", "assumptions": ["none"]}
>>> check = Check.from_dict(spec, "example")
>>> result = evaluate(check, {"c1": Interval(9.5, 10.5), "c2": Interval(2, 2)}, {"c1": 10, "c2": 2}, {}, 0.05)
>>> result["verdict"], result["computed"]
('derived', 5.0)
"""

from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from helpers.claims.intervals import Interval
from helpers.vocabulary import CHECK_VERDICTS

VERDICTS = CHECK_VERDICTS      # the words a check's verdict may take (helpers.vocabulary)
CHECK_COLUMNS = [
    "check_id", "topic", "claim_ids", "description", "formula", "computed", "computed_low", "computed_high",
    "stated", "stated_low", "stated_high", "verdict", "gap", "unit", "assumptions", "parameters",
]
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class CheckError(ValueError):
    """A malformed check definition; the message names the file, check and field."""


@dataclass(frozen=True)
class ParameterSpec:
    """A number an assumption needs, with its meaning, where the default comes from, and what it may be.

    A whole-number default makes the parameter a count: a whole number of at least 1 unless
    ``minimum`` says otherwise. Any value must be finite.
    """

    name: str
    default: float
    meaning: str
    source: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def integer(self) -> bool:
        return isinstance(self.default, int)

    def accept(self, value) -> float | int:
        """``value`` (a number or its text) checked against what the parameter may be; else a CheckError."""
        what = "a whole number" if self.integer else "a number"
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise CheckError(f"parameter {self.name} ({self.meaning}) must be {what}, got {value!r}") from None
        if not math.isfinite(number):
            raise CheckError(f"parameter {self.name} ({self.meaning}) must be a finite number, got {value!r}")
        if self.integer:
            if number != int(number):
                raise CheckError(f"parameter {self.name} ({self.meaning}) must be a whole number, got {value!r}")
            number = int(number)
        low = self.minimum if self.minimum is not None else (1 if self.integer else None)
        if low is not None and number < low:
            raise CheckError(f"parameter {self.name} ({self.meaning}) must be at least {low:g}, got {value!r}")
        if self.maximum is not None and number > self.maximum:
            raise CheckError(f"parameter {self.name} ({self.meaning}) must be at most {self.maximum:g}, "
                             f"got {value!r}")
        return number


@dataclass(frozen=True)
class Check:
    check_id: str
    description: str
    uses: dict[str, str]                 # formula variable → claim id
    formula: str
    unit: str
    assumptions: tuple[str, ...]
    stated: str | None = None            # claim id of the figure tested
    parameters: tuple[str, ...] = ()     # parameter names the formula reads
    topic: str = ""
    tree: ast.Expression = field(default=None, repr=False, compare=False)

    @classmethod
    def from_dict(cls, spec: dict, where: str, known_parameters: frozenset[str] = frozenset()) -> "Check":
        def need(key, kind):
            if key not in spec:
                raise CheckError(f"{where}: field '{key}' is missing")
            if not isinstance(spec[key], kind):
                raise CheckError(f"{where}: field '{key}' should be {kind.__name__}, got {spec[key]!r}")
            return spec[key]

        check_id = need("check_id", str)
        where = f"{where} (check {check_id})"
        if not ID.match(check_id):
            raise CheckError(f"{where}: field 'check_id' should be lowercase words joined by hyphens")
        uses = need("uses", dict)
        for variable in uses:
            if not NAME.match(str(variable)):
                raise CheckError(f"{where}: field 'uses' has an invalid variable name {variable!r}")
        assumptions = need("assumptions", list)
        if not assumptions or not all(isinstance(a, str) and a.strip() for a in assumptions):
            raise CheckError(f"{where}: field 'assumptions' must list at least one assumption in words")
        formula = need("formula", str)
        try:
            tree = ast.parse(formula, mode="eval")
        except SyntaxError as error:
            raise CheckError(f"{where}: field 'formula' is not an expression: {error.msg}") from None
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        unknown = names - set(uses) - set(known_parameters)
        if unknown:
            raise CheckError(f"{where}: field 'formula' uses {sorted(unknown)}, neither in 'uses' nor a parameter")
        for node in ast.walk(tree):
            if not isinstance(node, _ALLOWED_NODES):
                raise CheckError(f"{where}: field 'formula' may use only + - * / numbers, names and comparisons; "
                                 f"found {type(node).__name__}")
        stated = spec.get("stated")
        if stated is not None and not isinstance(stated, str):
            raise CheckError(f"{where}: field 'stated' should be a claim id")
        return cls(
            check_id=check_id, description=need("description", str), uses={str(k): str(v) for k, v in uses.items()},
            formula=formula, unit=need("unit", str), assumptions=tuple(assumptions), stated=stated,
            parameters=tuple(sorted(names & set(known_parameters))), tree=tree, topic=str(spec.get("topic", "")),
        )

    @property
    def claim_ids(self) -> list[str]:
        ids = list(dict.fromkeys(self.uses.values()))
        if self.stated and self.stated not in ids:
            ids.append(self.stated)
        return ids

    @property
    def is_comparison(self) -> bool:
        return isinstance(self.tree.body, ast.Compare)


_ALLOWED_NODES = (
    ast.Expression, ast.BinOp, ast.UnaryOp, ast.Compare, ast.Name, ast.Load, ast.Constant,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd,
    ast.GtE, ast.LtE, ast.Gt, ast.Lt,
)
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def load_checks(path: Path) -> tuple[list[Check], dict[str, ParameterSpec]]:
    """Read and validate the check definitions and their parameters."""
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CheckError(f"{path}: cannot read check definitions ({error})") from None
    if not isinstance(document, dict) or "checks" not in document:
        raise CheckError(f"{path}: expected a mapping with 'parameters' and 'checks'")
    parameters = {}
    for name, spec in (document.get("parameters") or {}).items():
        where = f"{path} (parameter {name})"
        if not NAME.match(str(name)) or not isinstance(spec, dict):
            raise CheckError(f"{where}: a parameter is 'name: {{default, meaning, source}}'")
        if not isinstance(spec.get("default"), (int, float)) or isinstance(spec.get("default"), bool):
            raise CheckError(f"{where}: field 'default' should be a number")
        if not isinstance(spec.get("meaning"), str):
            raise CheckError(f"{where}: field 'meaning' is missing")
        bounds = {}
        for key in ("minimum", "maximum"):
            if key in spec:
                if not isinstance(spec[key], (int, float)) or isinstance(spec[key], bool):
                    raise CheckError(f"{where}: field '{key}' should be a number")
                bounds[key] = spec[key]
        parameters[name] = ParameterSpec(name, spec["default"], spec["meaning"], str(spec.get("source", "")),
                                         **bounds)
    checks, seen = [], set()
    for number, spec in enumerate(document["checks"] or [], 1):
        if not isinstance(spec, dict):
            raise CheckError(f"{path}: check #{number} is not a mapping")
        check = Check.from_dict(spec, f"{path}: check #{number}", frozenset(parameters))
        if check.check_id in seen:
            raise CheckError(f"{path}: check #{number}: check_id {check.check_id!r} is used twice")
        seen.add(check.check_id)
        checks.append(check)
    return checks, parameters


def _evaluate(node: ast.AST, env: dict):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, env)
    if isinstance(node, ast.Constant):
        return Interval.point(node.value)
    if isinstance(node, ast.Name):
        return Interval.of(env[node.id])
    if isinstance(node, ast.UnaryOp):
        value = _evaluate(node.operand, env)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_evaluate(node.left, env), _evaluate(node.right, env))
    if isinstance(node, ast.Compare):
        values = [_evaluate(node.left, env), *(_evaluate(c, env) for c in node.comparators)]
        possible = certain = True
        for op, left, right in zip(node.ops, values, values[1:]):
            if isinstance(op, (ast.Lt, ast.LtE)):
                left, right = right, left
            possible &= left.possibly_ge(right)
            certain &= left.certainly_ge(right)
        return possible, certain
    raise TypeError(type(node).__name__)


def evaluate(check: Check, intervals: dict[str, Interval], points: dict[str, float],
             parameters: dict[str, float], tolerance: float) -> dict:
    """Evaluate one check; ``intervals``/``points`` map claim ids to the text's interval and value."""
    missing = [c for c in check.claim_ids if c not in intervals]
    if missing:
        raise CheckError(f"check {check.check_id}: claim id(s) {missing} are not in the ledger")
    env_interval = {var: intervals[cid] for var, cid in check.uses.items()}
    env_point = {var: points[cid] for var, cid in check.uses.items()}
    for name in check.parameters:
        env_interval[name] = env_point[name] = parameters[name]
    row = {
        "check_id": check.check_id, "topic": check.topic, "claim_ids": ";".join(check.claim_ids), "description": check.description,
        "formula": check.formula, "unit": check.unit, "assumptions": "; ".join(check.assumptions),
        "parameters": "; ".join(f"{p}={parameters[p]:g}" for p in check.parameters),
        "computed": math.nan, "computed_low": math.nan, "computed_high": math.nan,
        "stated": math.nan, "stated_low": math.nan, "stated_high": math.nan, "gap": math.nan,
    }
    if check.is_comparison:
        possible, certain = _evaluate(check.tree, env_interval)
        row["verdict"] = "consistent" if possible else "inconsistent"
        row["computed"] = float(possible)
        row["computed_low"], row["computed_high"] = float(certain), float(possible)
        return row
    computed = _evaluate(check.tree, env_interval)
    row["computed"] = _evaluate(check.tree, {k: Interval.point(v) for k, v in env_point.items()}).mid
    row["computed_low"], row["computed_high"] = computed.low, computed.high
    if check.stated is None:
        row["verdict"] = "derived"
        return row
    stated = intervals[check.stated]
    row["stated"], row["stated_low"], row["stated_high"] = points[check.stated], stated.low, stated.high
    distance = computed.distance(stated)
    scale = abs(points[check.stated]) or 1.0
    row["gap"] = distance / scale
    row["verdict"] = "consistent" if distance == 0 else ("approximate" if row["gap"] <= tolerance else "inconsistent")
    return row


def evaluate_checks(ledger: pd.DataFrame, checks: list[Check], parameter_specs: dict[str, ParameterSpec],
                    overrides: dict[str, float] | None = None, tolerance: float = 0.05) -> pd.DataFrame:
    """Evaluate every check against the ledger (columns claim_id, value, low, high).

    ``overrides`` replaces parameter defaults (e.g. ``{"n_counties": 12}``); an unknown
    name is an error. The ledger is not mutated.
    """
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(parameter_specs))
    if unknown:
        raise CheckError(f"unknown check parameter(s) {unknown}; known: {sorted(parameter_specs)}")
    overrides = {name: parameter_specs[name].accept(value) for name, value in overrides.items()}
    if not (isinstance(tolerance, (int, float)) and math.isfinite(tolerance) and 0 <= tolerance < 1):
        raise CheckError(f"tolerance (the relative gap under which a miss is approximate) must be a number from 0 "
                         f"up to 1, got {tolerance!r}")
    parameters = {name: spec.default for name, spec in parameter_specs.items()} | overrides
    numeric = ledger.dropna(subset=["value"])
    intervals = {
        cid: Interval(low if not math.isnan(low) else value, high if not math.isnan(high) else value)
        for cid, value, low, high in zip(numeric.claim_id, numeric.value, numeric.low.astype(float),
                                         numeric.high.astype(float))
    }
    points = dict(zip(numeric.claim_id, numeric.value.astype(float)))
    rows = [evaluate(check, intervals, points, parameters, tolerance) for check in checks]
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)
