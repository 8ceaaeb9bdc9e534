"""The notebooks the runner knows: discovery, their declared parameters and dependencies.

A notebook is ``notebooks/NN-verb-what.ipynb``; the two-digit prefix gives the
run order. A notebook that reads what another writes names it in its metadata::

    "metadata": {"helpers": {"depends_on": ["10-build-claim-ledger"]}}

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

import papermill

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


@dataclass(frozen=True)
class NotebookSpec:
    path: Path
    depends_on: tuple[str, ...] = ()
    parameters: dict[str, Parameter] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.stem


def read_spec(path: Path) -> NotebookSpec:
    """Parse one notebook's dependencies and parameters (no kernel is started)."""
    try:
        metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable notebook ({error})") from None
    depends = tuple(metadata.get("helpers", {}).get("depends_on", ()))
    inferred = papermill.inspect_notebook(str(path))
    parameters = {
        name: Parameter(name, p.get("inferred_type_name") or "None", p.get("default") or "", p.get("help") or "")
        for name, p in inferred.items()
    }
    return NotebookSpec(path=path, depends_on=depends, parameters=parameters)


def discover(folder: Path = paths.NOTEBOOKS, only: list[str] | None = None) -> list[NotebookSpec]:
    """The runnable notebooks of ``folder`` in run order, optionally only those named."""
    found = sorted(p for p in folder.glob("*.ipynb") if NAME.match(p.name))
    specs = [read_spec(p) for p in found]
    names = {s.name for s in specs}
    for spec in specs:
        missing = [d for d in spec.depends_on if d not in names]
        if missing:
            raise ValueError(f"{spec.path}: depends_on names unknown notebooks {missing}")
    if only:
        unknown = [n for n in only if n.removesuffix(".ipynb") not in names]
        if unknown:
            raise ValueError(f"unknown notebook(s) {unknown}; known: {sorted(names)}")
        wanted = {n.removesuffix(".ipynb") for n in only}
        specs = [s for s in specs if s.name in wanted]
    return specs


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


def resolve_parameters(specs: list[NotebookSpec], given: dict[str, object]) -> dict[str, dict[str, object]]:
    """Per-notebook parameters: each notebook receives the given values it declares.

    A name no notebook declares is an error (a typo must not pass silently); string
    values are coerced to the declared type, and a value that does not fit is an error.
    """
    declared = {name: spec for spec in specs for name in spec.parameters}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = sorted(declared)
        raise ParameterError(f"unknown parameter(s) {unknown}; the notebooks declare {known}")
    resolved: dict[str, dict[str, object]] = {}
    for spec in specs:
        values = {}
        for name, raw in given.items():
            if name in spec.parameters:
                parameter = spec.parameters[name]
                values[name] = coerce(parameter, raw, spec.path.name) if isinstance(raw, str) else raw
        resolved[spec.name] = values
    return resolved
