"""A corpus on Dask: batches of reports analysed in worker processes, each batch written as it finishes.

The driver streams the reports SOURCE names (:mod:`helpers.corpus.sources`), skips those already done
(:meth:`helpers.corpus.store.Store.prepare`) or repeated in this run (same checksum), and groups the rest into
**batches** (``batch_size`` reports, fewer in a short window so that each worker gets several: one task, one
Parquet partition per dataset). Batches are scheduled a
**window** at a time (``window`` reports, at least 8 batches per worker thread), so the driver never holds
more than two windows of paths (the next one is listed and checksummed in a thread while this one runs); each task
analyses its reports with the single-report call (:func:`helpers.corpus.rows.report_rows`) and writes and
commits its batch itself (:meth:`helpers.corpus.store.Store.write_batch`) — the driver receives nothing but a
flag. Memory therefore stays flat however large the corpus: two windows of paths and the set of checksums done.

Three engines, all Dask, all with worker **processes** (the parser is pure Python and holds the GIL, so threads
would not run in parallel):

* default — Dask's local multiprocessing scheduler (``scheduler="processes"``) over a pool of one process per
  core, kept for the whole run; nothing to start;
* ``workers=N`` — a ``distributed.LocalCluster`` of N single-threaded worker processes;
* ``scheduler="tcp://HOST:8786"`` — a running ``distributed`` cluster (start its workers with
  ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False dask worker tcp://HOST:8786 --nworkers N --nthreads 1``: one
  thread each, and no statistical profiler sampling the parser); SOURCE and DIR must be paths every worker sees,
  and every worker must run the same helpers library (a task refuses to run under another fingerprint).

A worker that dies is survived: ``distributed`` reschedules its tasks on the others; the local pool is rebuilt
and the window's uncommitted batches run again (up to :data:`ATTEMPTS` times). Committed batches are never
redone and a rewritten batch replaces itself, so nothing is lost or duplicated.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import dask
import pandas as pd

from helpers.corpus.rows import report_rows
from helpers.corpus.schema import arrow_table, columns
from helpers.corpus.sources import report_checksum, report_paths
from helpers.corpus.store import Store, batch_name, library_fingerprint

BATCH_SIZE = 50       # reports per task and per partition: ~2–3 s of work, ~40 KB of Parquet per dataset
WINDOW = 4000         # reports scheduled at once; the driver holds at most this many paths
ATTEMPTS = 3          # times a window's uncommitted batches run again after a worker process died


class EngineError(RuntimeError):
    """The corpus cannot run: the scheduler cannot be reached, workers keep dying, a worker's library differs."""


@dataclass
class CorpusRun:
    """What a corpus run did (counts are of this run; the folder may hold earlier runs' reports too)."""

    out: Path
    engine: str = ""
    analysed: int = 0          # reports analysed (documents rows written)
    errors: int = 0            # reports recorded in errors
    failed: int = 0            # of those, reports the library failed on (a bug, not the report's fault)
    skipped: int = 0           # reports done by an earlier run (same checksum, same library)
    repeated: int = 0          # reports with the checksum of another report of this run
    claims: int = 0
    checks: int = 0
    inconsistent: int = 0
    seconds: float = 0.0
    removed: dict[str, int] = field(default_factory=dict)   # what Store.prepare tidied away
    page: Path | None = None


def analyse_batch(batch: str, items: list[tuple[str, str]], out: str, library: str, token: str) -> bool:
    """A task: analyse ``items`` (path, checksum), write and commit the batch; False if the run has ended."""
    mine = library_fingerprint()
    if mine != library:
        raise EngineError(f"this worker runs helpers {mine}, the corpus run {library}: install the same library "
                          "on every worker")
    documents, errors, claims, checks = [], [], [], []
    for path, report_id in items:
        rows = report_rows(Path(path), report_id, batch, library)
        if rows.error is not None:
            errors.append(rows.error)
        else:
            documents.append(rows.document)
            claims.append(rows.claims)
            checks.append(rows.checks)
    tables = {
        "documents": arrow_table("documents", documents),
        "claims": arrow_table("claims", _concat(claims, "claims")),
        "checks": arrow_table("checks", _concat(checks, "checks")),
        "errors": arrow_table("errors", errors),
    }
    counts = {"documents": len(documents), "claims": tables["claims"].num_rows, "checks": tables["checks"].num_rows,
              "errors": len(errors), "failed": sum(e["kind"] == "failed" for e in errors),
              "inconsistent": sum(d["n_inconsistent"] for d in documents)}
    return Store(out).write_batch(batch, tables, [report_id for _, report_id in items], library, token, counts)


def _concat(frames: list[pd.DataFrame], dataset: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[c.name for c in columns(dataset)])


# -- engines -------------------------------------------------------------------------------------------------

class TaskError(EngineError):
    """A task raised (a full disk, an unwritable output folder on a worker): the run stops, its batches kept."""


class _WorkersLost(Exception):
    """Worker processes died while a window ran."""


class _LocalProcesses:
    """Dask's multiprocessing scheduler over one pool of processes kept for the run."""

    def __init__(self, workers: int, progress: bool):
        self.workers, self.progress = workers, progress
        self.pool = self._pool()
        self.name = f"local processes ({workers})"

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    def compute(self, tasks: list) -> list:
        from dask.diagnostics import ProgressBar

        bar = ProgressBar(out=sys.stderr) if self.progress else contextlib.nullcontext()
        try:
            with bar:
                return list(dask.compute(*tasks, scheduler="processes", pool=self.pool, chunksize=1))
        except BrokenProcessPool as error:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._pool()
            raise _WorkersLost(str(error) or "a worker process died") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Distributed:
    """A ``distributed`` client: of a running cluster, or of a LocalCluster started for the run."""

    def __init__(self, client, progress: bool, name: str, cluster=None):
        self.client, self.progress, self.name, self.cluster = client, progress, name, cluster
        self.workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))

    def compute(self, tasks: list) -> list:
        from distributed import KilledWorker, progress

        futures = self.client.compute(tasks)
        try:
            if self.progress:
                with contextlib.redirect_stdout(sys.stderr):
                    progress(futures)
            return self.client.gather(futures)
        except KilledWorker as error:
            raise _WorkersLost(str(error)) from None
        finally:
            del futures

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextlib.contextmanager
def _engine(workers: int | None, scheduler: str | None, progress: bool):
    if scheduler and workers:
        raise EngineError("give --workers (a local cluster) or --scheduler (a running one), not both")
    if workers is not None and workers < 1:
        raise EngineError(f"--workers must be at least 1, got {workers}")
    if scheduler:
        from distributed import Client

        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        engine = _Distributed(client, progress, f"distributed {scheduler}")
        engine.name += f" ({engine.workers} worker threads)"
    elif workers:
        from distributed import Client, LocalCluster

        # the workers' statistical profiler samples the running task's stack every 10 ms: ~5% of the parsing
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
        engine = _Distributed(Client(cluster), progress, f"LocalCluster ({workers} worker processes)", cluster)
    else:
        engine = _LocalProcesses(len(os.sched_getaffinity(0)), progress)
    try:
        yield engine
    finally:
        engine.close()


# -- the run -------------------------------------------------------------------------------------------------

def _pending(paths: Iterable[Path], done: set[str], run: CorpusRun) -> Iterator[tuple[str, str]]:
    """(path, checksum) of the reports still to do; counts the skipped and repeated ones in ``run``."""
    seen: set[str] = set()
    for path in paths:
        report_id = report_checksum(path)
        if report_id in done:
            run.skipped += 1
        elif report_id in seen:
            run.repeated += 1
        else:
            seen.add(report_id)
            yield str(path), report_id


class _Prefetched:
    """An iterator consumed by a thread into a bounded queue: the producer runs ahead by at most ``size`` items."""

    _END = object()

    def __init__(self, items: Iterator, size: int):
        self.items, self.queue, self.stop = items, queue.Queue(maxsize=size), threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._produce, daemon=True, name="corpus-listing")

    def _produce(self) -> None:
        try:
            for item in self.items:
                while not self.stop.is_set():
                    try:
                        self.queue.put(item, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if self.stop.is_set():
                    return
        except BaseException as error:      # raised again in the consumer
            self.error = error
        self.queue.put(self._END)

    def __enter__(self) -> Iterator:
        self.thread.start()
        return self._consume()

    def _consume(self) -> Iterator:
        while (item := self.queue.get()) is not self._END:
            yield item
        if self.error is not None:
            raise self.error

    def __exit__(self, *exc) -> None:
        self.stop.set()
        while self.thread.is_alive():        # unblock a producer waiting on a full queue
            try:
                self.queue.get_nowait()
            except queue.Empty:
                pass
            self.thread.join(timeout=0.05)


def _batches(items: list[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_corpus(source: str | Path, out: str | Path, *, workers: int | None = None, scheduler: str | None = None,
               batch_size: int = BATCH_SIZE, window: int = WINDOW, progress: bool = True, page: bool = True,
               echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr)) -> CorpusRun:
    """Analyse every report of ``source`` not yet done into the datasets under ``out``; render the page.

    Raises :class:`~helpers.corpus.sources.SourceError` for a SOURCE that names nothing,
    :class:`~helpers.corpus.store.StoreError` for an unusable output folder, :class:`EngineError` when the
    engine cannot run. A report that cannot be read is not an error of the run: it is a row of ``errors``.
    """
    if batch_size < 1 or window < 1:
        raise ValueError(f"batch size and window must be at least 1, got {batch_size} and {window}")
    started = time.perf_counter()
    run = CorpusRun(Path(out))
    store = Store(out)
    paths = report_paths(source, exclude=Path(out))
    library = library_fingerprint()
    with store.lock() as token:
        done, run.removed = store.prepare(library)
        if run.removed:
            echo(f"tidied {out}: " + ", ".join(f"{n} {reason}" for reason, n in run.removed.items()))
        before = {record["batch"] for record in store.records()}
        with _engine(workers, scheduler, progress) as engine:
            run.engine = engine.name
            echo(f"corpus {source} → {out}: {engine.name}, batches of {batch_size}, library {library}")
            # a window keeps every worker busy for several batches; the next window's paths are listed and
            # checksummed in a thread while this one runs, so the workers never wait for the driver
            size = max(window, 8 * engine.workers * batch_size)
            with _Prefetched(_pending(paths, done, run), size) as pending:
                for number in itertools.count(1):
                    items = list(itertools.islice(pending, size))
                    if not items:
                        break
                    echo(f"window {number}: {len(items)} reports ({run.skipped} done before, {run.repeated} "
                         "repeated so far)")
                    _run_window(engine, store, items, batch_size, str(out), library, token, echo)
        store.prepare(library)
        for record in store.records():
            if record["batch"] not in before:
                counts = record.get("counts", {})
                run.analysed += counts.get("documents", 0)
                run.errors += counts.get("errors", 0)
                run.failed += counts.get("failed", 0)
                run.claims += counts.get("claims", 0)
                run.checks += counts.get("checks", 0)
                run.inconsistent += counts.get("inconsistent", 0)
    if page:
        from helpers.corpus.page import render_page

        run.page = render_page(Path(out))
    run.seconds = time.perf_counter() - started
    return run


def _run_window(engine, store: Store, items: list[tuple[str, str]], batch_size: int, out: str, library: str,
                token: str, echo) -> None:
    for attempt in range(ATTEMPTS + 1):
        # a short window (a small corpus, the last window) is cut finer, so that no worker waits on another
        size = max(1, min(batch_size, -(-len(items) // (8 * getattr(engine, "workers", 1)))))
        tasks = []
        for batch in _batches(items, size):
            name = batch_name([report_id for _, report_id in batch], library)
            tasks.append(dask.delayed(analyse_batch, pure=False)(name, batch, out, library, token,
                                                                 dask_key_name=f"analyse-batch-{name}"))
        try:
            engine.compute(tasks)
            return
        except EngineError:
            raise
        except _WorkersLost as lost:
            done = store.done(library)
            items = [item for item in items if item[1] not in done]
            if attempt == ATTEMPTS:
                raise EngineError(f"worker processes died {ATTEMPTS + 1} times analysing the same reports "
                                  f"({len(items)} left, e.g. {items[0][0] if items else '-'}): {lost}. What was done "
                                  "is kept; run again to go on, with --batch-size 1 to find the report") from None
            echo(f"a worker process died ({lost}); {len(items)} reports of the window run again")
            if not items:
                return
        except Exception as error:
            raise TaskError(f"a task failed ({type(error).__name__}: {error}); what was done is kept: run the "
                            "same command again to go on") from error
