"""Run every notebook on a report through papermill, render it, and publish a good default run.

One call of :func:`run` goes through three steps, each a function a later change can replace alone:

1. :func:`plan` — read the report, the notebooks and the parameters; check the output root's place
   (:func:`helpers.runs.root.check_location`); validate the curated inputs. Nothing is written; any
   problem is a :class:`RunError`, :class:`~helpers.read.report.ReportError` or
   :class:`~helpers.runs.notebooks.ParameterError` (exit 2).
2. :func:`execute` — under the output root's lock (:func:`helpers.runs.root.locked`; a second run or
   a prune of the same root is refused, exit 3), make ``OUT/runs/<run id>/`` (marked ``.incomplete``),
   probe that it and ``latest``'s folder can be written and that the disk has room, then run the
   notebooks with papermill — ``jobs`` at a time, respecting declared dependencies, each cell
   limited to ``cell_timeout`` seconds — and render each to HTML. Each of the ``jobs`` workers keeps
   one kernel for the notebooks it runs, reset between them to a new kernel's state, replaced when a
   reset could not promise that, and killed at the end (:mod:`helpers.runs.kernels`).
3. :func:`finish` — compare with ``latest``, write ``index.html`` and ``manifest.json`` (every file
   with its SHA-256), check the folder is whole, remove the marker, and promote.

**Nothing changed, nothing redone.** A default run (no ``-p`` departing from a default, no
``--notebook``) first computes its key (:mod:`helpers.runs.key`: the report's files, the notebooks,
the ``helpers`` package's files, ``requirements.lock``). When ``latest`` was made from the same key
and is still whole, the run says so and ends at once with exit 0, writing nothing; ``force=True``
(``--force``) runs every notebook anyway. This check imports no papermill, nbconvert or pandas:
this module imports them only in the step that uses them.

**Publishing.** ``OUT/latest`` (a relative symlink, replaced atomically) moves only to a run that
(a) ran every notebook of the report — no ``--notebook`` subset — (b) with every parameter at its
default — the notebooks' declared defaults and the report's ``checks.yml`` defaults — (c) in which
every notebook succeeded, and (d) whose folder matches its manifest. Any other parameters, or some
notebooks only, make a *what-if* run: its folder is named after what differs
(``runs/<stamp>-whatif-n_years-1``), its path and how it differs from ``latest`` are printed, and
``latest`` stays. A failed run (exit 1) leaves ``latest`` as it was and keeps the failed notebook,
with papermill's error cell, in its folder.

**The manifest** (``manifest.json`` of each run folder; the front page reads these keys):

- ``run_id``, ``status`` (``ok`` | ``failed``), ``started``, ``seconds``, ``jobs``, ``cell_timeout``;
- ``key``: ``{"sha256", "made_of": {"report", "notebooks", "helpers": {file: SHA-256}, "environment":
  {"requirements.lock", "python"}, "parameters"}}`` — what the run was made from
  (:func:`helpers.runs.key.run_key`); ``kernels``: ``{"reused": bool, "started": n}``;
- ``report`` (path, slug, sha256, encoding, note, metadata); ``inputs`` (SHA-256 of the report's
  files and of the notebooks), ``packages``, ``git``; ``notebooks`` (one entry per execution, with ``kernel``:
  ``new`` or ``reused``);
- ``parameters``: the ``-p`` values as given; ``defaults``: every parameter a user may set, with
  its default (the values compared); ``what_if`` (bool) and ``what_if_reasons`` (what made it one);
- ``changes``: ``{"previous_run": run id of the latest it was compared with, or null,
  "claims_added": [claim ids], "claims_removed": [...], "verdicts_changed": [{"check_id", "from",
  "to"}], "corroboration_changed": [{"claim_id", "from", "to"}], "checks_added": [...],
  "checks_removed": [...], "compared": [file names]}`` — for a published run, what changed since
  the previous ``latest``; for a what-if run, how it differs from ``latest``
  (:mod:`helpers.runs.changes`);
- ``files``: ``{relative path: SHA-256}`` of every file of the folder but ``manifest.json``;
- ``promoted_to_latest``: true only once ``latest`` points to the folder (the manifest is
  rewritten after the link moved; ``write_index`` therefore always sees false).

    >>> from helpers.runs.runner import run                      # doctest: +SKIP
    >>> result = run(jobs=2)                                # doctest: +SKIP
    >>> result.exit_code, result.promoted, result.run_dir.parent.name        # doctest: +SKIP
    (0, True, 'runs')
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from helpers import paths
from helpers.read.report import Report, ReportError, load_report
from helpers.runs import key as run_key
from helpers.runs import provenance, root
from helpers.runs.notebooks import (CHECK_PARAMETERS, NotebookSpec, ParameterError, declared_defaults,  # noqa: F401
                                    departures, discover, resolve_parameters, select)
from helpers.runs.root import (EXIT_BAD_INPUT, EXIT_BUSY, EXIT_FAILED, EXIT_OK, RootBusy, RunError,  # noqa: F401
                               promote)  # (re-exported: the runner's exit codes and errors)

if TYPE_CHECKING:
    from helpers.runs.kernels import Kernel, KernelPool

# Nothing above imports papermill. papermill imports nbformat, which imports jsonschema, whose format checkers
# import rfc3987_syntax when it is installed: 1–1.5 s of building a grammar at every start, for an "iri" format
# checker nbformat never uses (it validates notebooks without format checking). Marked absent here, before the
# run imports papermill, it makes jsonschema leave out that one checker.
sys.modules.setdefault("rfc3987_syntax", None)

CELL_TIMEOUT = 600   # seconds one cell may run (--cell-timeout); a hung cell fails its notebook, not the day


def __getattr__(name: str):
    """``IPCKernelManager`` and ``KERNEL`` live in :mod:`helpers.runs.kernels` (imported when first asked for)."""
    if name in ("IPCKernelManager", "KERNEL"):
        from helpers.runs import kernels

        return getattr(kernels, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The heavy steps, imported when a run first needs them (and replaceable one by one in tests).

def validate_inputs(report: Report, tolerance: float | None, check_values: dict) -> list[str]:
    """:func:`helpers.runs.preflight.validate_inputs` (it brings pandas and the whole analysis)."""
    from helpers.runs import preflight

    return preflight.validate_inputs(report, tolerance, check_values)


def write_index(run_dir: Path, manifest: dict) -> None:
    """:func:`helpers.present.pages.write_index`: the front page, the annotated report, the data dictionary."""
    from helpers.present import pages

    pages.write_index(run_dir, manifest)


@dataclass
class NotebookResult:
    name: str
    status: str = "pending"          # ok | failed | skipped
    seconds: float = 0.0
    execute_seconds: float = 0.0     # papermill: running the cells (and starting or resetting the kernel)
    render_seconds: float = 0.0      # nbconvert: both HTML pages
    kernel: str = ""                 # new | reused (a kernel that ran another notebook before, then reset)
    notebook: str | None = None      # file names relative to the run folder
    html: str | None = None
    html_no_code: str | None = None
    error: str | None = None
    parameters: dict = field(default_factory=dict)


@dataclass
class RunResult:
    run_dir: Path
    latest: Path
    notebooks: list[NotebookResult]
    promoted: bool
    what_if: bool = False
    error: str | None = None         # the run folder could not be finished (disk full, ...)
    changes: dict = field(default_factory=dict)
    reused: bool = False             # nothing changed since latest: nothing ran, latest stays (run_dir is its folder)

    @property
    def ok(self) -> bool:
        return all(n.status == "ok" for n in self.notebooks)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok and self.error is None else EXIT_FAILED


@dataclass(frozen=True)
class Job:
    """One execution: a notebook, under the name its outputs take, with its parameters."""

    name: str                 # "00-read-the-report", or "20-reproduce-a-topic-funds" for a per-topic notebook
    spec: NotebookSpec
    parameters: dict


@dataclass
class Plan:
    """Everything a run will do, decided before anything is written."""

    report: Report
    report_path: Path
    out: Path
    specs: list[NotebookSpec]
    jobs: list[Job]
    parameters: dict              # as given with -p
    defaults: dict                # every settable parameter with its default
    what_if_reasons: list[str]    # empty: a complete run at the defaults, to be published
    notes: list[str]
    folder_suffix: str = ""       # "whatif-…" names a what-if run's folder after what differs
    key: dict = field(default_factory=dict)     # what the run is made from (helpers.runs.key.run_key)

    @property
    def what_if(self) -> bool:
        return bool(self.what_if_reasons)

    @property
    def latest(self) -> Path:
        return self.out / "latest"


def default_out(report: Path | str) -> Path:
    """``reports/<slug>/``: where the runs of a report go (its slug from its folder or file name)."""
    return paths.output_root(load_report(report).slug)


def _folder_suffix(reasons: list[tuple[str, object]], subset: list[str]) -> str:
    parts = [f"{name}-{value}" for name, value in reasons]
    if subset:
        parts.append("notebooks-" + "-".join(name[:2] for name in subset))
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", "-", "-".join(parts))       # a dot only inside a number: n-0.1
    text = re.sub(r"[^A-Za-z0-9_.]+", "-", text).strip("-")
    return ("whatif-" + text[:60]).rstrip("-.")


def plan(
    report: Path | str = paths.DEFAULT_REPORT,
    out: Path | str | None = None,
    parameters: dict[str, object] | None = None,
    only: list[str] | None = None,
    notebooks_dir: Path = paths.NOTEBOOKS,
) -> Plan:
    """Decide the run: report, output root, notebooks, parameters, whether it is a what-if. Writes nothing."""
    from helpers.claims.checks import CheckError, load_checks
    from helpers.claims.topics import load_topics

    loaded = load_report(report)                       # checks existence, encoding, checksums
    report_path = Path(report).absolute()
    out = root.check_location(out if out is not None else paths.output_root(loaded.slug), loaded.slug)
    all_specs = discover(notebooks_dir)
    specs = select(all_specs, only)
    if not specs:
        raise RunError(f"{notebooks_dir}: no notebooks named NN-name.ipynb to run")
    checks_file = loaded.curated(paths.CHECKS_FILE)
    check_specs = load_checks(checks_file)[1] if checks_file else {}
    given = dict(parameters or {})
    resolved = resolve_parameters(specs, given, frozenset(check_specs))
    try:
        check_values = {name: check_specs[name].accept(raw) for name, raw in given.items() if name in check_specs}
    except CheckError as error:
        raise ParameterError(str(error)) from None
    tolerance = next((values["tolerance"] for values in resolved.values() if "tolerance" in values), None)
    try:
        notes = validate_inputs(loaded, tolerance, check_values)   # curated files, parameters, topic figures
    except (OverflowError, RecursionError, MemoryError) as error:
        raise ReportError(f"{report_path}: cannot be analysed ({type(error).__name__}: {error})") from None
    topics = list(load_topics(loaded.curated(paths.TOPICS_FILE)))

    check_defaults = {name: spec.default for name, spec in check_specs.items()}
    differing = departures(specs, resolved, check_defaults, check_values)
    subset = [s.name for s in specs] if {s.name for s in specs} != {s.name for s in all_specs} else []
    reasons = [f"{name}={value!r} (default {default!r})" for name, value, default in differing]
    if subset:
        reasons.append(f"only the notebooks {', '.join(subset)} of {len(all_specs)}")

    jobs: list[Job] = []
    for spec in specs:
        values = dict(resolved[spec.name])
        if CHECK_PARAMETERS in values:
            values[CHECK_PARAMETERS] = dict(check_values)
        if spec.per_topic:
            jobs.extend(Job(f"{spec.name}-{topic}", spec, {**values, "topic": topic}) for topic in topics)
        else:
            jobs.append(Job(spec.name, spec, values))
    return Plan(report=loaded, report_path=report_path, out=out, specs=specs, jobs=jobs, parameters=given,
                defaults={**declared_defaults(all_specs), **check_defaults}, what_if_reasons=reasons,
                notes=([loaded.note] if loaded.note else []) + notes,
                folder_suffix=_folder_suffix([(n, v) for n, v, _ in differing], subset) if reasons else "",
                key=run_key.run_key(loaded, Path(notebooks_dir), {n: v for n, v, _ in differing}))


class _RunLog(logging.FileHandler):
    """``run.log``; a write that fails (a full disk) is dropped instead of printing a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:   # noqa: N802 (logging's name)
        self.failed = True


def _logger(run_dir: Path) -> logging.Logger:
    logger = logging.getLogger(f"helpers.run.{run_dir.parent.parent.name}.{run_dir.name}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = _RunLog(run_dir / "run.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return logger


def _close(log: logging.Logger) -> None:
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)


def _timeout_message(error: Exception, cell_timeout: float) -> str:
    lines = str(error).split("-------------------")
    preview = lines[1].strip().splitlines()[:1] if len(lines) > 1 else []
    return f"a cell ran longer than --cell-timeout {cell_timeout:g} s{': ' + repr(preview[0]) if preview else ''}"


def _execute_one(job: Job, run_dir: Path, injected: dict[str, str], cell_timeout: float,
                 kernel: Kernel) -> NotebookResult:
    from papermill.exceptions import PapermillExecutionError

    from helpers.present.render import render_html
    from helpers.runs.kernels import reuse_barrier

    spec = job.spec
    parameters = {**{k: v for k, v in injected.items() if k in spec.parameters}, **job.parameters}
    result = NotebookResult(name=job.name, parameters=parameters)
    output = run_dir / f"{job.name}.ipynb"
    started = time.perf_counter()
    try:
        kernel.run(spec.path, output, parameters, cell_timeout)
        result.status = "ok"
    except PapermillExecutionError as error:
        result.status = "failed"
        first_line = (error.source or "").strip().splitlines()[:1]
        result.error = (
            f"cell {error.cell_index} (In [{error.exec_count}]) {first_line[0] if first_line else ''!r}: "
            f"{error.ename}: {error.evalue}"
        )
    except Exception as error:  # a cell timed out, the kernel died or did not start, the disk filled, ...
        result.status = "failed"
        if type(error).__name__ == "CellTimeoutError":
            result.error = _timeout_message(error, cell_timeout)
        elif isinstance(error, OSError):
            result.error = f"{error.filename or output}: {error.strerror or error}"
        else:
            result.error = f"{type(error).__name__}: {error}"
    result.kernel = "reused" if kernel.notebooks > 1 else "new"
    if result.status != "ok":
        kernel.retire(f"{job.name} failed")
    else:
        barrier = reuse_barrier(spec.path)
        if barrier:
            kernel.retire(f"{job.name}: {barrier}")
    result.execute_seconds = round(time.perf_counter() - started, 2)
    if output.exists():
        result.notebook = output.name
        rendering = time.perf_counter()
        try:
            html, no_code = render_html(output)
            result.html, result.html_no_code = html.name, no_code.name
        except Exception as error:
            result.status = "failed"
            why = error.strerror if isinstance(error, OSError) and error.strerror else error
            result.error = (result.error + "; " if result.error else "") + f"rendering {output.name} as HTML: {why}"
        result.render_seconds = round(time.perf_counter() - rendering, 2)
    result.seconds = round(time.perf_counter() - started, 2)
    return result


def _font_text(the_plan: Plan) -> str:
    """The characters the run's pages will show, as far as they are known before any notebook runs: the report
    and its curated files, the notebooks, and the text of what writes the pages' outputs — the library's
    ``present`` stage (wording, figure titles, templates) and itables (the icons of its tables)."""
    import importlib.util

    sources = [the_plan.report.curated(name) for name in (paths.METADATA_FILE, paths.CLAIMS_FILE, paths.CHECKS_FILE,
                                                          paths.TOPICS_FILE, paths.REFERENCES_FILE)]
    sources += [spec.path for spec in the_plan.specs]
    present = run_key.HELPERS_SOURCE / "present"
    sources += sorted(p for p in present.rglob("*") if p.suffix in (".py", ".yml", ".j2"))
    itables = importlib.util.find_spec("itables.javascript")
    sources += [Path(itables.origin)] if itables is not None and itables.origin else []
    characters = set(the_plan.report.text)
    for source in sources:
        try:
            characters.update(source.read_text(encoding="utf-8") if source is not None else "")
        except (OSError, UnicodeDecodeError):
            pass
    return "".join(sorted(characters))


def _prepare_font(the_plan: Plan) -> threading.Thread:
    """Cut the pages' Chinese font once, for every character known now, while the kernels start: each
    page then embeds the same font, cut once, instead of one cut again whenever a page shows a character
    the pages before it did not (:mod:`helpers.present.fonts`)."""
    def cut() -> None:
        try:
            from helpers.present import fonts

            fonts.prepare(_font_text(the_plan))
        except Exception:      # noqa: BLE001 — each page then cuts the font it needs, as without this
            pass

    thread = threading.Thread(target=cut, name="font", daemon=True)
    thread.start()
    return thread


def start_kernels(jobs: int, notebooks: list[Path], reuse_kernels: bool = True) -> KernelPool:
    """The run's workers, each starting its kernel now, importing what ``notebooks`` import (a reused kernel)."""
    from helpers.runs import kernels

    return kernels.KernelPool(jobs, reuse=reuse_kernels, preload=kernels.preloaded(notebooks))


def execute(the_plan: Plan, run_dir: Path, jobs: int, cell_timeout: float,
            echo: Callable[[str], None], log: logging.Logger, reuse_kernels: bool = True,
            pool: KernelPool | None = None) -> list[NotebookResult]:
    """Run the plan's jobs into ``run_dir``, ``jobs`` at a time, respecting dependencies.

    Each of the ``jobs`` workers keeps a kernel for the notebooks it runs (``pool``, or one started here:
    :func:`start_kernels`; ``reuse_kernels=False``: a new kernel for every notebook). A job whose
    dependency failed, or whose dependencies can never be met (a cycle), is skipped. Returns one result
    per job, in plan order.
    """
    from concurrent.futures import FIRST_COMPLETED, Future, wait

    from helpers.runs.kernels import wants_own_kernel

    own_pool = pool is None
    if pool is None:
        pool = start_kernels(jobs, [spec.path for spec in the_plan.specs], reuse_kernels)
    pool.note = log.info

    font = _prepare_font(the_plan)
    injected = {"report_path": str(the_plan.report_path.resolve()), "output_dir": str(run_dir.resolve())}
    by_notebook: dict[str, list[str]] = {}
    for job in the_plan.jobs:
        by_notebook.setdefault(job.spec.name, []).append(job.name)
    own_kernel = {spec.name: wants_own_kernel(spec.path) for spec in the_plan.specs}
    results = {job.name: NotebookResult(name=job.name) for job in the_plan.jobs}
    total = len(the_plan.jobs)
    done_count = 0
    pending = {job.name: job for job in the_plan.jobs}
    running: dict[Future, str] = {}
    try:
        while pending or running:
            for name, job in list(pending.items()):
                needed = [n for d in job.spec.depends_on for n in by_notebook.get(d, [])]
                states = [results[n].status for n in needed]
                if any(s in ("failed", "skipped") for s in states):
                    results[name].status = "skipped"
                    results[name].error = "a notebook it depends on did not succeed"
                    del pending[name]
                    done_count += 1
                    echo(f"[{done_count}/{total}] {name} skipped (dependency failed)")
                    log.warning("%s skipped: dependency failed", name)
                elif all(s == "ok" for s in states) and len(running) < jobs:
                    task = (lambda kernel, job=job: _execute_one(job, run_dir, injected, cell_timeout, kernel))
                    running[pool.submit(task, own_kernel=own_kernel[job.spec.name])] = name
                    del pending[name]
                    log.info("%s started with %s", name, job.parameters)
            if not running:
                for name in list(pending):   # nothing runs and nothing can start: a dependency cycle
                    results[name].status = "skipped"
                    results[name].error = "its dependencies form a cycle (depends_on in the notebooks' metadata)"
                    del pending[name]
                    done_count += 1
                    echo(f"[{done_count}/{total}] {name} skipped (its dependencies form a cycle)")
                    log.warning("%s skipped: dependency cycle", name)
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                results[name] = future.result()
                done_count += 1
                outcome = results[name]
                line = f"[{done_count}/{total}] {name} {outcome.status} ({outcome.seconds:.1f} s)"
                if outcome.error:
                    line += f" — {outcome.error}"
                echo(line)
                (log.info if outcome.status == "ok" else log.error)(line)
    except BaseException:
        pool.close(now=True)
        raise
    finally:
        if own_pool:
            pool.close()
    font.join()
    ordered = [results[job.name] for job in the_plan.jobs]
    log.info("kernels: %d started for %d notebook(s)", sum(n.kernel == "new" for n in ordered), total)
    return ordered


def _write_json(path: Path, document: dict) -> None:
    """Write ``path`` whole or not at all (a temporary file renamed over it)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def finish(the_plan: Plan, run_dir: Path, notebooks: list[NotebookResult], started: float, jobs: int,
           cell_timeout: float, echo: Callable[[str], None], log: logging.Logger,
           reuse_kernels: bool = True) -> RunResult:
    """Write the index and manifest, check the folder is whole, and promote it when it may be published.

    Any failure here (a full disk, a read-only folder) is reported, leaves ``latest`` and the
    manifest truthful, and makes the result's exit code 1.
    """
    from helpers.runs import changes as run_changes

    latest = the_plan.latest
    result = RunResult(run_dir=run_dir, latest=latest, notebooks=notebooks, promoted=False,
                       what_if=the_plan.what_if)
    previous = root.latest_target(the_plan.out)
    report = the_plan.report
    stage = "recording the run"
    try:
        result.changes = run_changes.compare(run_dir, previous)
        manifest = {
            "run_id": run_dir.name,
            "status": "ok" if result.ok else "failed",
            "promoted_to_latest": False,
            "what_if": the_plan.what_if,
            "what_if_reasons": the_plan.what_if_reasons,
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
            "seconds": round(time.time() - started, 2),
            "report": {"path": str(the_plan.report_path), "slug": report.slug, "sha256": report.sha256,
                       "encoding": report.encoding, "note": report.note, "metadata": report.metadata.as_dict()},
            "parameters": dict(the_plan.parameters),
            "defaults": the_plan.defaults,
            "changes": result.changes,
            "jobs": jobs,
            "cell_timeout": cell_timeout,
            "key": the_plan.key,
            "kernels": {"reused": reuse_kernels, "started": sum(n.kernel == "new" for n in notebooks)},
            "inputs": provenance.input_checksums(the_plan.report_path, [s.path for s in the_plan.specs]),
            "packages": provenance.package_versions(),
            "git": provenance.git_state(),
            "notebooks": [asdict(n) for n in notebooks],
        }
        stage = "writing manifest.json"
        _write_json(run_dir / root.MANIFEST, manifest)      # for the index to link; rewritten with the files below
        stage = "writing index.html"
        write_index(run_dir, manifest)
        log.info("finished: %s%s", manifest["status"], " (what-if)" if the_plan.what_if else "")
        _close(log)                        # run.log is complete: from here on the folder only gains its manifest
        stage = "writing manifest.json"
        manifest["files"] = root.file_checksums(run_dir)
        _write_json(run_dir / root.MANIFEST, manifest)
        stage = "checking the run folder against its manifest"
        root.verify_whole(run_dir, manifest["files"])
        (run_dir / root.INCOMPLETE).unlink()
        if result.ok and not the_plan.what_if:
            stage = f"moving {latest}"
            published = run_dir / f".{root.MANIFEST}.published"
            published.write_text(json.dumps({**manifest, "promoted_to_latest": True}, ensure_ascii=False, default=str,
                                            indent=2), encoding="utf-8")
            try:
                promote(run_dir, latest)
            except BaseException:
                published.unlink()
                raise
            result.promoted = True
            os.replace(published, run_dir / root.MANIFEST)
    except Exception as error:
        _close(log)
        what = f"{error.filename}: {error.strerror}" if isinstance(error, OSError) and error.filename else str(error)
        full = " — the disk is full" if root.is_disk_full(error) else ""
        result.error = f"{stage} failed ({what}){full}"
        echo(f"FAILED: {run_dir}: {result.error}; {latest} left unchanged")
        return result

    if result.promoted:
        echo(f"ok: {latest} → {run_dir.name}")
        for line in run_changes.describe(result.changes):
            echo(f"  since the previous latest: {line}")
    elif result.ok:
        echo(f"what-if run ({'; '.join(the_plan.what_if_reasons)}) → {run_dir}")
        echo(f"  not published: {latest} stays {previous.name if previous else '(none yet)'}")
        for line in run_changes.describe(result.changes):
            echo(f"  compared with latest: {line}")
    else:
        for failed in (n for n in notebooks if n.status == "failed"):
            echo(f"FAILED: {failed.name}: {failed.error}; executed notebook kept at {run_dir / (failed.notebook or '')}")
        echo(f"{latest} left unchanged")
    return result


def _quiet_on_broken_pipe(echo: Callable[[str], None]) -> Callable[[str], None]:
    """An echo that a closed terminal or pipe cannot stop: the run goes on, its log still has every line."""
    def safe(line: str) -> None:
        try:
            echo(line)
        except (BrokenPipeError, OSError, ValueError):
            pass
    return safe


def _unchanged(out: Path, key: dict, echo: Callable[[str], None]) -> RunResult | None:
    """The result of a run that finds ``latest`` made from ``key`` and whole (nothing to do), else None."""
    target, why = run_key.reusable(out, key)
    if target is None:
        if root.latest_target(out) is not None:
            echo(f"running: {why}")
        return None
    latest = out / "latest"
    echo(f"unchanged: nothing changed since {target.name} ({run_key.summary(key)}); {latest} kept as it is "
         "— --force runs every notebook anyway")
    return RunResult(run_dir=target, latest=latest, notebooks=[], promoted=False, reused=True)


def _quick_check(report: Path | str, out: Path | str | None, notebooks_dir: Path,
                 echo: Callable[[str], None]) -> RunResult | None:
    """Before any plan (no papermill, nbconvert or pandas imported): is ``latest`` already this run?"""
    loaded = load_report(report)
    out = root.check_location(out if out is not None else paths.output_root(loaded.slug), loaded.slug)
    if root.latest_target(out) is None:
        return None                                   # nothing published yet: nothing to compare with
    key = run_key.run_key(loaded, Path(notebooks_dir))
    with root.locked(out, f"helpers run {loaded.slug} (checking whether anything changed)"):
        return _unchanged(out, key, echo)


def run(
    report: Path | str = paths.DEFAULT_REPORT,
    out: Path | str | None = None,
    parameters: dict[str, object] | None = None,
    jobs: int = 1,
    only: list[str] | None = None,
    notebooks_dir: Path = paths.NOTEBOOKS,
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
    cell_timeout: float = CELL_TIMEOUT,
    force: bool = False,
    reuse_kernels: bool = True,
) -> RunResult:
    """Plan, execute and finish a run (see the module's docstring); return its result.

    A default run whose key matches ``latest``'s ends at once, writing nothing (``result.reused``);
    ``force=True`` runs it anyway. ``reuse_kernels=False`` gives every notebook a new kernel.
    Raises :class:`RunError` (or :class:`~helpers.read.report.ReportError` /
    :class:`~helpers.runs.notebooks.ParameterError`) before anything runs when the input or the
    output folder is unusable, :class:`RootBusy` when another run or prune holds the output folder;
    a failing notebook or an unfinished folder does not raise — see ``exit_code``.
    """
    started = time.time()
    jobs_at_once = max(1, int(jobs))
    if not (isinstance(cell_timeout, (int, float)) and 0 < cell_timeout < float("inf")):
        raise RunError(f"--cell-timeout must be a positive number of seconds, got {cell_timeout!r}")
    echo = _quiet_on_broken_pipe(echo)
    if not force and not parameters and not only:
        unchanged = _quick_check(report, out, notebooks_dir, echo)
        if unchanged is not None:
            return unchanged
    wanted = {name.removesuffix(".ipynb") for name in only or []}
    notebooks = [p for p in sorted(Path(notebooks_dir).glob("*.ipynb")) if not wanted or p.stem in wanted]
    pool = start_kernels(jobs_at_once, notebooks, reuse_kernels)      # they start while the run is planned
    try:
        the_plan = plan(report, out, parameters, only, notebooks_dir)
        out = the_plan.out
        with root.locked(out, f"helpers run {the_plan.report.slug}"):
            if not force and not the_plan.what_if and parameters:     # defaults spelled out with -p
                unchanged = _unchanged(out, the_plan.key, echo)
                if unchanged is not None:
                    return unchanged
            root.check_latest(out)
            run_dir = root.new_run_dir(out, the_plan.folder_suffix)
            try:
                root.probe(out, run_dir)
            except RunError:
                shutil.rmtree(run_dir, ignore_errors=True)    # nothing ran: leave no folder behind
                raise
            log = _logger(run_dir)
            for note in the_plan.notes:
                echo(f"note: {note}")
                log.info(note)
            kind = f"what-if run ({'; '.join(the_plan.what_if_reasons)})" if the_plan.what_if else "run"
            echo(f"{kind}: {len(the_plan.jobs)} notebook(s) on {the_plan.report.slug} ({the_plan.report_path}) "
                 f"→ {run_dir} (jobs={jobs_at_once})")
            log.info("report %s sha256 %s; parameters %s; key %s", the_plan.report_path, the_plan.report.sha256,
                     the_plan.parameters, the_plan.key["sha256"])
            notebooks_run = execute(the_plan, run_dir, jobs_at_once, cell_timeout, echo, log, reuse_kernels, pool)
            pool.close()                                      # every kernel killed before the pages are finished
            return finish(the_plan, run_dir, notebooks_run, started, jobs_at_once, cell_timeout, echo, log,
                          reuse_kernels)
    except BaseException:
        pool.close(now=True)                      # abandoned (bad input, Ctrl-C): no notebook is waited for
        raise
    finally:
        pool.close()


def prune_runs(out: Path | str, keep: int) -> list[Path]:
    """Delete killed runs' folders and all but the ``keep`` newest complete runs (:func:`helpers.runs.root.prune`)."""
    return root.prune(out, keep)
