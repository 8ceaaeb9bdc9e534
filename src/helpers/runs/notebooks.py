"""The notebooks the runner knows: discovery, their declared parameters and dependencies.

A notebook is ``notebooks/NN-verb-what.ipynb``; the two-digit prefix gives the
run order. A notebook that reads what another writes names it in its metadata::

    "metadata": {"helpers": {"depends_on": ["10-build-claim-ledger"]}}

A notebook whose metadata says ``"per_topic": true`` (and that declares a ``topic``
parameter) runs once per topic of the report, and not at all on a report without topics.

Everything else is independent and may run in parallel. Parameters are read
from the cell tagged ``parameters`` (``name: type = value  # meaning``) with
papermill's own inspection, so ``-p`` values are checked and typed before any
kernel starts.

>>> from helpers.runs.notebooks import discover
>>> [spec.name for spec in discover()][:1]
['00-read-the-report']
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from helpers import paths

NAME = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")


class ParameterError(ValueError):
    """An unknown or mistyped ``-p NAME VALUE``."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type_name: str       # as annotated in the parameters cell: int, float, str, bool, ...
    default: str         # source text of the default
    help: str


#: Parameters the runner supplies itself: where the report is, where outputs go, which topic, and the
#: report's check parameters gathered from ``-p`` (a user can never set the first three).
INJECTED = ("report_path", "output_dir", "topic")
CHECK_PARAMETERS = "check_parameters"


@dataclass(frozen=True)
class NotebookSpec:
    path: Path
    depends_on: tuple[str, ...] = ()
    parameters: dict[str, Parameter] = field(default_factory=dict)
    per_topic: bool = False

    @property
    def name(self) -> str:
        return self.path.stem


def read_spec(path: Path) -> NotebookSpec:
    """Parse one notebook's dependencies and parameters (no kernel is started)."""
    import papermill      # here, not above: the runner's check that nothing changed imports this module

    try:
        metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable notebook ({error})") from None
    depends = tuple(metadata.get("helpers", {}).get("depends_on", ()))
    per_topic = bool(metadata.get("helpers", {}).get("per_topic", False))
    inferred = papermill.inspect_notebook(str(path))
    parameters = {
        name: Parameter(name, p.get("inferred_type_name") or "None", p.get("default") or "", p.get("help") or "")
        for name, p in inferred.items()
    }
    if per_topic and "topic" not in parameters:
        raise ValueError(f"{path}: runs per topic but declares no 'topic' parameter")
    return NotebookSpec(path=path, depends_on=depends, parameters=parameters, per_topic=per_topic)


def discover(folder: Path = paths.NOTEBOOKS, only: list[str] | None = None) -> list[NotebookSpec]:
    """The runnable notebooks of ``folder`` in run order, optionally only those named."""
    found = sorted(p for p in folder.glob("*.ipynb") if NAME.match(p.name))
    specs = [read_spec(p) for p in found]
    names = {s.name for s in specs}
    for spec in specs:
        missing = [d for d in spec.depends_on if d not in names]
        if missing:
            raise ValueError(f"{spec.path}: depends_on names unknown notebooks {missing}")
    return select(specs, only)


def select(specs: list[NotebookSpec], only: list[str] | None) -> list[NotebookSpec]:
    """The specs named in ``only`` (all of them when ``only`` is empty); an unknown name is an error."""
    if not only:
        return specs
    names = {s.name for s in specs}
    unknown = [n for n in only if n.removesuffix(".ipynb") not in names]
    if unknown:
        raise ValueError(f"unknown notebook(s) {unknown}; known: {sorted(names)}")
    wanted = {n.removesuffix(".ipynb") for n in only}
    return [s for s in specs if s.name in wanted]


def default_value(parameter: Parameter):
    """The value a notebook's parameters cell assigns (its source text read as a literal)."""
    try:
        return ast.literal_eval(parameter.default)
    except (ValueError, SyntaxError):
        return parameter.default


def declared_defaults(specs: list[NotebookSpec]) -> dict[str, object]:
    """Every parameter a user may set in these notebooks, with its declared default (the first, by run order)."""
    defaults: dict[str, object] = {}
    for spec in specs:
        for name, parameter in spec.parameters.items():
            if name not in INJECTED and name != CHECK_PARAMETERS:
                defaults.setdefault(name, default_value(parameter))
    return defaults


def departures(specs: list[NotebookSpec], resolved: dict[str, dict[str, object]],
               check_defaults: dict[str, object], check_values: dict[str, object]) -> list[tuple[str, object, object]]:
    """``(name, value, default)`` of every given parameter whose value is not its default.

    ``resolved`` is :func:`resolve_parameters`' answer; ``check_values`` the report's check parameters
    as accepted, ``check_defaults`` their defaults from ``checks.yml``. An empty answer means the run
    uses the defaults throughout, whatever was spelled out on the command line.
    """
    found: dict[str, tuple[str, object, object]] = {}
    for spec in specs:
        for name, value in resolved.get(spec.name, {}).items():
            if name in spec.parameters and name != CHECK_PARAMETERS:
                default = default_value(spec.parameters[name])
                if value != default:
                    found.setdefault(name, (name, value, default))
    for name, value in check_values.items():
        if value != check_defaults.get(name):
            found.setdefault(name, (name, value, check_defaults.get(name)))
    return sorted(found.values(), key=lambda item: item[0])


_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def coerce(parameter: Parameter, raw: str, where: str):
    """Turn the text of ``-p NAME VALUE`` into the type the notebook declares."""
    kind = parameter.type_name
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            lowered = raw.strip().lower()
            if lowered in _TRUE | _FALSE:
                return lowered in _TRUE
            raise ValueError(raw)
        if kind == "str":
            return raw
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        raise ParameterError(
            f"parameter {parameter.name} expects {kind} (declared in {where} as "
            f"'{parameter.name}: {kind} = {parameter.default}'), got {raw!r}"
        ) from None


def resolve_parameters(specs: list[NotebookSpec], given: dict[str, object],
                       check_names: frozenset[str] | set[str] = frozenset()) -> dict[str, dict[str, object]]:
    """Per-notebook parameters: each notebook receives the given values it declares.

    A name in ``check_names`` (the report's check parameters, e.g. ``n_years``) goes into the
    ``check_parameters`` dict of every notebook that declares one. A name the runner injects
    (``report_path``, ``output_dir``, ``topic``) cannot be given; a name no notebook declares is an
    error (a typo must not pass silently); string values are coerced to the declared type, and a
    value that does not fit is an error.
    """
    injected = sorted(set(given) & set(INJECTED + (CHECK_PARAMETERS,)))
    if injected:
        raise ParameterError(f"parameter(s) {injected} are set by the runner, not on the command line "
                             "(give the report with --report, the output folder with --out)")
    declared = {name: spec for spec in specs for name in spec.parameters if name not in INJECTED}
    unknown = sorted(set(given) - set(declared) - set(check_names))
    if unknown:
        known = sorted((set(declared) - {CHECK_PARAMETERS}) | set(check_names))
        raise ParameterError(f"unknown parameter(s) {unknown}; this report's notebooks and checks know {known}")
    checks = {name: raw for name, raw in given.items() if name in check_names}
    resolved: dict[str, dict[str, object]] = {}
    for spec in specs:
        values = {}
        for name, raw in given.items():
            if name in spec.parameters and name not in check_names:
                parameter = spec.parameters[name]
                values[name] = coerce(parameter, raw, spec.path.name) if isinstance(raw, str) else raw
        if checks and CHECK_PARAMETERS in spec.parameters:
            values[CHECK_PARAMETERS] = dict(checks)
        resolved[spec.name] = values
    return resolved
