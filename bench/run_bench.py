"""Benchmark: the runner against the naive loop, on the same notebooks, in one run.

Naive way (what a cron line would do without this package): for each notebook in
order, one ``papermill`` process, then one ``jupyter nbconvert --to html`` process.
Ours: ``python -m helpers run --jobs 2`` (papermill's Python API in one process,
two notebooks at a time, HTML with and without code rendered in-process).

Both are timed as whole commands from a warm environment (venv installed, files
cached by an untimed warm-up). Where the time goes is read from the runner's
manifest (execution vs rendering per notebook), from timing the naive loop's two
steps apart, and from starting bare kernels and bare CLI processes.

    .venv/bin/python bench/run_bench.py [--repeat 2] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
REPORT = ROOT / "data" / "reports" / "qingdao-anshun-2020"


def executions() -> list[tuple[Path, list[str], str]]:
    """(notebook, extra papermill arguments, output stem): the per-topic notebook once per topic, as the runner does."""
    from helpers.claims.topics import load_topics
    from helpers.runs.notebooks import read_spec

    topics = list(load_topics(REPORT / "topics.yml"))
    planned = []
    for notebook in NOTEBOOKS:
        if read_spec(notebook).per_topic:
            planned += [(notebook, ["-p", "topic", topic], f"{notebook.stem}-{topic}") for topic in topics]
        else:
            planned.append((notebook, [], notebook.stem))
    return planned


def timed(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - started


def ours(out: Path, jobs: int) -> tuple[float, dict]:
    seconds = timed([str(BIN / "python"), "-m", "helpers", "run", "--report", str(REPORT), "--out", str(out),
                     "--jobs", str(jobs)])
    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    return seconds, manifest


def naive(out: Path) -> tuple[float, float, float]:
    """Total, papermill part, nbconvert part."""
    out.mkdir(parents=True, exist_ok=True)
    execute = render = 0.0
    for notebook, extra, stem in executions():
        executed = out / f"{stem}.ipynb"
        execute += timed([str(BIN / "papermill"), str(notebook), str(executed), "-k", "python3",
                          "-p", "report_path", str(REPORT), "-p", "output_dir", str(out), *extra, "--cwd", str(out)])
        render += timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)])
    return execute + render, execute, render


def kernel_start_seconds(samples: int = 3) -> float:
    from jupyter_client.manager import start_new_kernel

    times = []
    for _ in range(samples):
        started = time.perf_counter()
        manager, client = start_new_kernel(kernel_name="python3")
        times.append(time.perf_counter() - started)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=2, help="timed repetitions of each way (median reported)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="run-bench-"))
    try:
        print(f"{len(executions())} notebook runs on {REPORT.name}; warm-up (untimed)…", flush=True)
        ours(work / "warm", args.jobs)
        ours_times, naive_times, manifests, naive_parts = [], [], [], []
        for n in range(args.repeat):
            seconds, manifest = ours(work / f"ours-{n}", args.jobs)
            ours_times.append(seconds)
            manifests.append(manifest)
            total, execute, render = naive(work / f"naive-{n}")
            naive_times.append(total)
            naive_parts.append((execute, render))
            print(f"  repetition {n + 1}: ours {seconds:.1f} s, naive {total:.1f} s", flush=True)
        kernel = kernel_start_seconds()
        cli_papermill = statistics.median(timed([str(BIN / "papermill"), "--help"]) for _ in range(3))
        cli_nbconvert = statistics.median(timed([str(BIN / "jupyter"), "nbconvert", "--help"]) for _ in range(3))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ours_s, naive_s = statistics.median(ours_times), statistics.median(naive_times)
    execute_naive = statistics.median(p[0] for p in naive_parts)
    render_naive = statistics.median(p[1] for p in naive_parts)
    last = manifests[-1]["notebooks"]
    execute_ours = sum(n["execute_seconds"] for n in last)
    render_ours = sum(n["render_seconds"] for n in last)
    print()
    print("| way | wall time (median) | notes |")
    print("|---|---|---|")
    print(f"| naive: papermill + nbconvert processes, in sequence | {naive_s:.1f} s | "
          f"papermill {execute_naive:.1f} s, nbconvert {render_naive:.1f} s (one HTML per notebook) |")
    print(f"| ours: `python -m helpers run --jobs {args.jobs}` | {ours_s:.1f} s | "
          f"notebook-seconds: execution {execute_ours:.1f} s, rendering {render_ours:.1f} s "
          f"(two HTML pages per notebook), run in {args.jobs} threads |")
    print()
    print(f"speed-up: {naive_s / ours_s:.2f}x (target ≥ 2x)")
    print(f"where the time goes: a bare kernel starts in {kernel:.2f} s (× {len(last)} notebook runs = "
          f"{kernel * len(last):.1f} s either way); each CLI process costs {cli_papermill:.2f} s (papermill) "
          f"and {cli_nbconvert:.2f} s (nbconvert) before any work — the naive loop pays "
          f"{len(last) * (cli_papermill + cli_nbconvert):.1f} s of that; ours pays one interpreter start.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
