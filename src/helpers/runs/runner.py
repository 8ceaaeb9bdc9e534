"""Run every notebook on a report through papermill, render it, and promote a good run.

One call of :func:`run` makes a new folder ``OUT/runs/<run id>/`` holding, per
notebook, the executed ``NAME.ipynb``, ``NAME.html`` and ``NAME.no-code.html``,
plus ``manifest.json`` and ``run.log``. Only when every notebook succeeded does
``OUT/latest`` (a symlink) move to the new folder, atomically; a failed run
leaves the previous ``latest`` as it was and keeps the failed notebook, with
papermill's error cell, in its own folder.

Notebooks run in this process through papermill's Python API — kernels start in
parallel threads when ``jobs > 1``, respecting declared dependencies.

    >>> from helpers.runs.runner import run                      # doctest: +SKIP
    >>> result = run(jobs=2)                                # doctest: +SKIP
    >>> result.exit_code, result.run_dir.parent.name        # doctest: +SKIP
    (0, 'runs')
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import papermill
from papermill.exceptions import PapermillExecutionError

from helpers import paths
from helpers.claims.checks import CheckError, load_checks
from helpers.claims.topics import load_topics
from helpers.present.pages import write_index
from helpers.present.render import render_html
from helpers.read.report import load_report
from helpers.runs import provenance
from helpers.runs.notebooks import CHECK_PARAMETERS, NotebookSpec, ParameterError, discover, resolve_parameters
from helpers.runs.preflight import validate_inputs

EXIT_OK = 0          # every notebook succeeded; latest promoted
EXIT_FAILED = 1      # a notebook failed; latest untouched
EXIT_BAD_INPUT = 2   # the report, a parameter or the output folder is unusable; nothing ran

# The runner's own interpreter: "python3" is ipykernel's native kernel of sys.executable, so notebooks
# run in exactly the environment the runner was started from, whatever kernel name they carry for JupyterLab.
KERNEL = "python3"



class RunError(RuntimeError):
    """A run that cannot start (bad input); the message says what and where."""


@dataclass
class NotebookResult:
    name: str
    status: str = "pending"          # ok | failed | skipped
    seconds: float = 0.0
    execute_seconds: float = 0.0     # papermill: kernel start + running the cells
    render_seconds: float = 0.0      # nbconvert: both HTML pages
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

    @property
    def ok(self) -> bool:
        return all(n.status == "ok" for n in self.notebooks)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_FAILED


def default_out(report: Path | str) -> Path:
    """``reports/<slug>/``: where the runs of a report go (its slug from its folder or file name)."""
    return paths.output_root(load_report(report).slug)


@dataclass(frozen=True)
class Job:
    """One execution: a notebook, under the name its outputs take, with its parameters."""

    name: str                 # "00-read-the-report", or "20-reproduce-a-topic-funds" for a per-topic notebook
    spec: NotebookSpec
    parameters: dict


def _new_run_dir(out: Path) -> Path:
    runs = out / "runs"
    try:
        runs.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(1, 1000):
            candidate = runs / (stamp if n == 1 else f"{stamp}-{n}")
            try:
                candidate.mkdir()
                return candidate
            except FileExistsError:
                continue
    except OSError as error:
        raise RunError(f"{out}: output folder cannot be written ({error.strerror or error})") from None
    raise RunError(f"{runs}: could not make a new run folder")


def promote(run_dir: Path, latest: Path) -> None:
    """Point ``latest`` at ``run_dir`` atomically (a relative symlink, replaced in one step)."""
    if latest.exists() and not latest.is_symlink():
        raise RunError(f"{latest} is a real folder, not the runner's symlink; move it away to promote runs")
    temporary = latest.with_name(f".{latest.name}.{os.getpid()}.tmp")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(os.path.relpath(run_dir, latest.parent), temporary)
    os.replace(temporary, latest)


def _logger(run_dir: Path) -> logging.Logger:
    logger = logging.getLogger(f"helpers.run.{run_dir.name}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.FileHandler(run_dir / "run.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return logger


def _execute(job: Job, run_dir: Path) -> NotebookResult:
    spec, parameters = job.spec, job.parameters
    result = NotebookResult(name=job.name, parameters=parameters)
    output = run_dir / f"{job.name}.ipynb"
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(spec.path), str(output), parameters=parameters,
            kernel_name=KERNEL, progress_bar=False, start_timeout=120,
            # no cwd=: papermill would chdir the whole process, which races between threads;
            # notebooks take every path from helpers.paths or their parameters instead.
        )
        result.status = "ok"
    except PapermillExecutionError as error:
        result.status = "failed"
        first_line = (error.source or "").strip().splitlines()[:1]
        result.error = (
            f"cell {error.cell_index} (In [{error.exec_count}]) {first_line[0] if first_line else ''!r}: "
            f"{error.ename}: {error.evalue}"
        )
    except Exception as error:  # kernel died, notebook unreadable, ...
        result.status = "failed"
        result.error = f"{type(error).__name__}: {error}"
    result.execute_seconds = round(time.perf_counter() - started, 2)
    if output.exists():
        result.notebook = output.name
        rendering = time.perf_counter()
        try:
            html, no_code = render_html(output)
            result.html, result.html_no_code = html.name, no_code.name
        except Exception as error:
            result.status = "failed"
            result.error = (result.error + "; " if result.error else "") + f"rendering HTML: {error}"
        result.render_seconds = round(time.perf_counter() - rendering, 2)
    result.seconds = round(time.perf_counter() - started, 2)
    return result


def run(
    report: Path | str = paths.DEFAULT_REPORT,
    out: Path | str | None = None,
    parameters: dict[str, object] | None = None,
    jobs: int = 1,
    only: list[str] | None = None,
    notebooks_dir: Path = paths.NOTEBOOKS,
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> RunResult:
    """Execute the notebooks on ``report`` into a new run folder; promote it if all succeed.

    Raises :class:`RunError` (or :class:`~helpers.read.report.ReportError` /
    :class:`~helpers.runs.notebooks.ParameterError`) before anything runs when the
    input is unusable; a failing notebook does not raise — see ``exit_code``.
    """
    started = time.time()
    jobs_at_once = max(1, int(jobs))
    loaded = load_report(report)                       # checks existence, encoding, checksums
    report = Path(report).absolute()
    specs = discover(notebooks_dir, only)
    if not specs:
        raise RunError(f"{notebooks_dir}: no notebooks named NN-name.ipynb to run")
    checks_file = loaded.curated(paths.CHECKS_FILE)
    check_specs = load_checks(checks_file)[1] if checks_file else {}
    given = resolve_parameters(specs, dict(parameters or {}), frozenset(check_specs))
    try:
        check_values = {name: check_specs[name].accept(raw) for name, raw in (parameters or {}).items()
                        if name in check_specs}
    except CheckError as error:
        raise ParameterError(str(error)) from None
    tolerance = next((values["tolerance"] for values in given.values() if "tolerance" in values), None)
    notes = validate_inputs(loaded, tolerance, check_values)   # curated files, parameters, topic figures
    topics = list(load_topics(loaded.curated(paths.TOPICS_FILE)))
    out = Path(out) if out is not None else paths.output_root(loaded.slug)
    run_dir = _new_run_dir(out)
    latest = out / "latest"
    log = _logger(run_dir)
    for note in ([loaded.note] if loaded.note else []) + notes:
        echo(f"note: {note}")
        log.info(note)

    injected = {"report_path": str(report.resolve()), "output_dir": str(run_dir.resolve())}
    jobs: list[Job] = []
    for spec in specs:
        values = {**{k: v for k, v in injected.items() if k in spec.parameters}, **given[spec.name]}
        if CHECK_PARAMETERS in values:
            values[CHECK_PARAMETERS] = dict(check_values)
        if spec.per_topic:
            jobs.extend(Job(f"{spec.name}-{topic}", spec, {**values, "topic": topic}) for topic in topics)
        else:
            jobs.append(Job(spec.name, spec, values))
    by_notebook: dict[str, list[str]] = {}
    for job in jobs:
        by_notebook.setdefault(job.spec.name, []).append(job.name)
    results = {job.name: NotebookResult(name=job.name) for job in jobs}
    echo(f"running {len(jobs)} notebook(s) on {loaded.slug} ({report}) → {run_dir} (jobs={jobs_at_once})")
    log.info("report %s sha256 %s; parameters %s", report, loaded.sha256, parameters or {})

    done_count = 0
    pending = {job.name: job for job in jobs}
    running: dict[Future, str] = {}
    with ThreadPoolExecutor(max_workers=max(1, jobs_at_once)) as pool:
        while pending or running:
            for name, job in list(pending.items()):
                needed = [n for d in job.spec.depends_on for n in by_notebook.get(d, [])]
                states = [results[n].status for n in needed]
                if any(s in ("failed", "skipped") for s in states):
                    results[name].status = "skipped"
                    results[name].error = "a notebook it depends on did not succeed"
                    del pending[name]
                    done_count += 1
                    echo(f"[{done_count}/{len(jobs)}] {name} skipped (dependency failed)")
                    log.warning("%s skipped: dependency failed", name)
                elif all(s == "ok" for s in states) and len(running) < max(1, jobs_at_once):
                    running[pool.submit(_execute, job, run_dir)] = name
                    del pending[name]
                    log.info("%s started with %s", name, job.parameters)
            if not running:
                if pending:   # nothing can start and nothing runs: the dependencies can never be met
                    for name in list(pending):
                        results[name].status = "skipped"
                        results[name].error = "its dependencies form a cycle"
                        del pending[name]
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                results[name] = future.result()
                done_count += 1
                outcome = results[name]
                line = f"[{done_count}/{len(jobs)}] {name} {outcome.status} ({outcome.seconds:.1f} s)"
                if outcome.error:
                    line += f" — {outcome.error}"
                echo(line)
                (log.info if outcome.status == "ok" else log.error)(line)

    ordered = [results[job.name] for job in jobs]
    result = RunResult(run_dir=run_dir, latest=latest, notebooks=ordered, promoted=False)
    manifest = {
        "run_id": run_dir.name,
        "status": "ok" if result.ok else "failed",
        "promoted_to_latest": result.ok,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "seconds": round(time.time() - started, 2),
        "report": {"path": str(report), "slug": loaded.slug, "sha256": loaded.sha256, "encoding": loaded.encoding,
                   "note": loaded.note, "metadata": loaded.metadata.as_dict()},
        "parameters": {k: v for k, v in (parameters or {}).items()},
        "jobs": jobs_at_once,
        "inputs": provenance.input_checksums(report, [s.path for s in specs]),
        "packages": provenance.package_versions(),
        "git": provenance.git_state(),
        "notebooks": [asdict(n) for n in ordered],
    }
    (run_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    write_index(run_dir, manifest)
    if result.ok:
        promote(run_dir, latest)
        result.promoted = True
        echo(f"ok: {latest} → {run_dir.name}")
    else:
        for failed in (n for n in ordered if n.status == "failed"):
            echo(f"FAILED: {failed.name}: {failed.error}; executed notebook kept at {run_dir / (failed.notebook or '')}")
        echo(f"{latest} left unchanged")
    log.info("finished: %s", manifest["status"])
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)
    return result




def prune_runs(out: Path | str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest run folders under ``OUT/runs``; never the one ``latest`` points to.

    Returns the folders removed.
    """
    if keep < 1:
        raise RunError(f"--keep must be at least 1, got {keep}")
    runs = Path(out) / "runs"
    latest = Path(out) / "latest"
    protected = latest.resolve() if latest.is_symlink() else None
    folders = sorted((p for p in runs.iterdir() if p.is_dir()), key=lambda p: p.name) if runs.exists() else []
    removed = []
    for folder in folders[:-keep]:
        if protected is not None and folder.resolve() == protected:
            continue
        shutil.rmtree(folder)
        removed.append(folder)
    return removed
