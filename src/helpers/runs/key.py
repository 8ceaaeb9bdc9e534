"""A run's key: the SHA-256 of everything a default run's outputs are made from, so an unchanged day is not redone.

What goes in (:func:`made_of`, recorded under ``key`` in every manifest): the SHA-256 of every file of
the report (its folder: text, ``SHA256SUMS``, metadata and curated files; or the file given), of every
notebook of the notebooks folder, of every file of the ``helpers`` package (code, wording, page
templates), and of ``requirements.lock`` (the locked environment), with the Python version and the
parameters departing from their defaults (always none for a published run: the defaults themselves
are declared in the notebooks and ``checks.yml``, both hashed above).

:func:`reusable` answers whether ``latest`` was made from exactly that, and is still whole (every file
as its manifest lists it). It reads files and hashes them, nothing more: no papermill, nbconvert or
pandas is imported, so ``python -m helpers run`` on an unchanged day ends in well under a second.

>>> from helpers.read.report import load_report
>>> key = run_key(load_report(), paths.NOTEBOOKS)
>>> sorted(key["made_of"]), len(key["sha256"])
(['environment', 'helpers', 'notebooks', 'parameters', 'report'], 64)
"""

from __future__ import annotations

import hashlib
import json
import platform
from pathlib import Path

import helpers
from helpers import paths
from helpers.read.report import Report, sha256_of
from helpers.runs import root

#: The package's own files: every module, the wording and the page templates.
HELPERS_SOURCE = Path(helpers.__file__).resolve().parent
#: The locked environment ``make install`` installs.
LOCK_FILE = paths.ROOT / "requirements.lock"


def _shown(path: Path) -> str:
    path = path.resolve()
    try:
        return path.relative_to(paths.ROOT.resolve()).as_posix()
    except ValueError:
        return str(path)


def _digests(folder: Path, pattern: str = "*") -> dict[str, str]:
    files = sorted(p for p in folder.rglob(pattern)
                   if p.is_file() and "__pycache__" not in p.relative_to(folder).parts and p.suffix != ".pyc")
    return {p.relative_to(folder).as_posix(): sha256_of(p) for p in files}


def made_of(report: Report, notebooks_dir: Path, parameters: dict | None = None,
            helpers_source: Path | None = None, lock_file: Path | None = None) -> dict:
    """Everything a run's outputs depend on, each file by its SHA-256 (see the module's docstring)."""
    helpers_source = helpers_source or HELPERS_SOURCE
    lock_file = lock_file or LOCK_FILE
    given = Path(report.path)
    files = {}
    if report.folder is not None:
        files = {f"{_shown(report.folder)}/{name}": digest for name, digest in _digests(report.folder).items()}
    if not given.is_dir():
        files[_shown(given)] = sha256_of(given)
    notebooks = {f"{_shown(notebooks_dir)}/{name}": digest
                 for name, digest in _digests(notebooks_dir, "*.ipynb").items() if "/" not in name}
    return {
        "report": files,
        "notebooks": notebooks,
        "helpers": _digests(helpers_source),
        "environment": {"requirements.lock": sha256_of(lock_file) if lock_file.is_file() else None,
                        "python": platform.python_version()},
        "parameters": dict(sorted((parameters or {}).items())),
    }


def run_key(report: Report, notebooks_dir: Path, parameters: dict | None = None,
            helpers_source: Path | None = None, lock_file: Path | None = None) -> dict:
    """``{"sha256": digest of made_of, "made_of": made_of(...)}``, as a manifest records it."""
    parts = made_of(report, notebooks_dir, parameters, helpers_source, lock_file)
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "made_of": parts}


def _manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / root.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def reusable(out: Path, key: dict) -> tuple[Path | None, str]:
    """``(latest's run folder, "")`` when ``latest`` was made from ``key`` and is whole; else ``(None, why not)``."""
    target = root.latest_target(out)
    if target is None:
        return None, "there is no published run yet"
    manifest = _manifest(target)
    if manifest is None:
        return None, f"{target.name} has no readable manifest"
    if not (manifest.get("key") or {}).get("made_of"):
        return None, f"{target.name} records no key (it was made before runs recorded one)"
    if manifest["key"].get("sha256") != key["sha256"]:
        return None, f"{describe_change(manifest['key'], key)} since {target.name}"
    if manifest.get("status") != "ok" or not manifest.get("promoted_to_latest") or not root.is_complete(target):
        return None, f"{target.name} is not a finished, published run"
    try:
        root.verify_whole(target, manifest.get("files") or {})
    except root.RunError as error:
        return None, str(error)
    if not manifest.get("files"):
        return None, f"{target.name}'s manifest lists no files"
    return target, ""


def describe_change(before: dict | None, after: dict) -> str:
    """What differs between two keys, in a few words ("helpers/analysis.py changed", …)."""
    if not before or "made_of" not in before:
        return "the key's parts are not recorded"
    old, new = before["made_of"], after["made_of"]
    for part in ("report", "notebooks", "helpers", "environment", "parameters"):
        a, b = old.get(part) or {}, new.get(part) or {}
        if a != b:
            names = sorted(n for n in set(a) | set(b) if a.get(n) != b.get(n))
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            return f"{part}: {shown} changed"
    return "the key changed"


def summary(key: dict) -> str:
    """The key's parts, counted: "3 report files, 5 notebooks, 52 helpers files, requirements.lock, Python 3.11.7"."""
    parts = key["made_of"]
    return (f"{len(parts['report'])} report file(s), {len(parts['notebooks'])} notebook(s), "
            f"{len(parts['helpers'])} helpers file(s), requirements.lock, Python {parts['environment']['python']}")
