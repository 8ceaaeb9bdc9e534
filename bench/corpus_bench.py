"""Benchmark: a corpus on Dask with 1 and 2 workers against a plain sequential loop; peak memory at 500 and 5,000.

Reports are invented by ``tests/corpus_generator.py`` (the same seed each time: report *i* is always the same).

* **Throughput** on 2,000 reports, side by side in one run, each a whole command from a cold start:
  - the plain loop: one Python process calling, report by report, the same function the Dask workers run
    (:func:`helpers.corpus.engine.analyse_batch`: the single-report analysis, rows, one Parquet partition per
    50 reports) — no Dask;
  - ``python -m helpers corpus SRC --workers 1`` and ``--workers 2`` (a distributed LocalCluster of worker
    processes), and the default (Dask's local multiprocessing scheduler, one process per core).
  Reports per second = reports / wall time. CPU seconds (user + system, every process of the command) tell the
  cost per report apart from what else the machine is doing.
* **Memory**: the default command on 500 and on 5,000 reports; the resident memory of the whole process tree
  (driver and workers) sampled every 50 ms; its peak.

Targets: 2 workers ≥ 1.7 × 1 worker; peak memory at 5,000 ≤ 1.2 × peak at 500.

    .venv/bin/python bench/corpus_bench.py [--reports 2000] [--small 500] [--large 5000] [--repeat 1] [--keep DIR]
    .venv/bin/python bench/corpus_bench.py --plain-loop SOURCE OUT      # the plain loop alone (used by the above)
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PY = sys.executable


def plain_loop(source: Path, out: Path, batch_size: int = 50) -> int:
    """Every report of ``source``, one after the other, through the workers' own function; no Dask."""
    from helpers.corpus.engine import analyse_batch
    from helpers.corpus.sources import report_checksum, report_paths
    from helpers.corpus.store import Store, batch_name, library_fingerprint

    library, store, done = library_fingerprint(), Store(out), 0
    with store.lock() as token:
        paths = ((str(p), report_checksum(p)) for p in report_paths(source))
        while batch := list(itertools.islice(paths, batch_size)):
            analyse_batch(batch_name([i for _, i in batch], library), batch, str(out), library, token)
            done += len(batch)
    return done


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.05):
        self.root, self.every, self.peak, self._stop = psutil.Process(pid), every, 0, threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            for process in processes:
                try:
                    total += process.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(self.every)

    def stop(self) -> int:
        self._stop.set()
        self.thread.join()
        return self.peak


def measured(command: list[str]) -> dict:
    """Wall time, CPU time of the whole process tree, and peak tree memory of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(process.pid)
    _, err = process.communicate()
    wall = time.perf_counter() - started
    peak = memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 2**20, "load": os.getloadavg()[0]}


def corpus_command(source: Path, out: Path, *extra: str) -> list[str]:
    return [PY, "-m", "helpers", "corpus", str(source), "--out", str(out), "--no-page", "--no-progress", *extra]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2000, help="reports for the throughput runs")
    parser.add_argument("--small", type=int, default=500, help="reports for the first memory run")
    parser.add_argument("--large", type=int, default=5000, help="reports for the second memory run")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated reports and outputs here")
    parser.add_argument("--only", choices=("throughput", "memory"), default=None, help="run one half only")
    parser.add_argument("--repeat", type=int, default=1,
                        help="throughput rounds, each way once per round in a rotated order; the fastest of each way "
                             "is reported (the least disturbed by other work on the machine)")
    parser.add_argument("--plain-loop", nargs=2, type=Path, metavar=("SOURCE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain_loop:
        plain_loop(*args.plain_loop)
        return 0

    from tests.corpus_generator import generate

    work = args.keep or Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        sources = {}
        counts = {"throughput": {args.reports}, "memory": {args.small, args.large}}.get(
            args.only, {args.reports, args.small, args.large})
        for count in sorted(counts):
            sources[count] = work / f"source-{count}"
            if not (sources[count] / "expected.csv").is_file():
                generate(sources[count], count)
        print(f"{len(os.sched_getaffinity(0))} cores; reports generated in {work}", flush=True)

        ways = [
            ("plain sequential loop (no Dask)", [PY, __file__, "--plain-loop"]),
            ("Dask LocalCluster, 1 worker process", ["--workers", "1"]),
            ("Dask LocalCluster, 2 worker processes", ["--workers", "2"]),
            ("Dask local multiprocessing scheduler (default), 2 processes", []),
        ]
        results, memory = {}, {}
        order = list(range(len(ways))) if args.only != "memory" else []
        for round_ in range(args.repeat if order else 0):
            for number in order[round_ % len(order):] + order[:round_ % len(order)]:
                name, extra = ways[number]
                out = work / f"throughput-{number}"
                shutil.rmtree(out, ignore_errors=True)
                command = [*extra, str(sources[args.reports]), str(out)] if extra[:1] == [PY] else \
                    corpus_command(sources[args.reports], out, *extra)
                r = measured(command)
                print(f"  {name}: {r['wall']:.1f} s, {args.reports / r['wall']:.1f} reports/s, "
                      f"CPU {r['cpu']:.1f} s, load {r['load']:.2f}", flush=True)
                if name not in results or r["wall"] < results[name]["wall"]:
                    results[name] = r
        results = {name: results[name] for name, _ in ways if name in results}

        for count in (args.small, args.large) if args.only != "throughput" else ():
            out = work / f"memory-{count}"
            shutil.rmtree(out, ignore_errors=True)
            memory[count] = measured(corpus_command(sources[count], out))
            print(f"  memory, {count} reports: peak {memory[count]['peak_mb']:.0f} MB, "
                  f"{memory[count]['wall']:.1f} s", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    print()
    if results:
        plain = results[ways[0][0]]
        one, two = results[ways[1][0]], results[ways[2][0]]
        print(f"| {args.reports:,} reports | wall time | reports/s | × plain loop | CPU s per report | peak memory |")
        print("|---|---|---|---|---|---|")
        for name, r in results.items():
            print(f"| {name} | {r['wall']:.1f} s | {args.reports / r['wall']:.1f} | {plain['wall'] / r['wall']:.2f} | "
                  f"{1000 * r['cpu'] / args.reports:.1f} ms | {r['peak_mb']:.0f} MB |")
        print()
        print(f"2 workers vs 1 worker: {one['wall'] / two['wall']:.2f}x (target ≥ 1.7x)")
        print(f"load average during the runs: {min(r['load'] for r in results.values()):.2f}–"
              f"{max(r['load'] for r in results.values()):.2f} (other work on the machine slows every way)")
    if memory:
        small, large = memory[args.small], memory[args.large]
        print(f"peak memory, driver and workers: {small['peak_mb']:.0f} MB at {args.small:,} reports, "
              f"{large['peak_mb']:.0f} MB at {args.large:,}: {large['peak_mb'] / small['peak_mb']:.2f}x "
              "(target ≤ 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
