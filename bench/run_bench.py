"""Benchmark: a whole run against the naive loop and against the floor, side by side, in one run.

Four ways through the same notebooks on the same report, each timed as a whole command from a warm
environment (``.venv`` installed, files cached by an untimed warm-up run), in interleaved repetitions
so that a machine busy with other work slows all of them alike:

- **naive**: what a cron line would do without this package — for each notebook (the topic notebook
  once per topic) one ``papermill`` process, then one ``jupyter nbconvert --to html`` process;
- **ours, a new kernel per notebook**: ``helpers run`` with ``reuse_kernels=False``;
- **ours**: ``python -m helpers run --force --jobs 2`` (= ``make report ARGS=--force``): one kernel per
  worker, reset between notebooks;
- **ours, nothing changed**: the same command again without ``--force`` (it checks and keeps latest).

The **floor** is what the notebooks themselves cost, spread over the cores:
``(cores × (kernel start + imports) + Σ work) / cores`` — a bare kernel's start (measured here), the
import cell in a new kernel (median over the naive loop's notebooks, each in a new kernel), and every
other code cell of every notebook as it ran in our run (papermill records each cell's duration).
Rendering the pages, the runner's own start and the front page are not in the floor; the table says
what ours spends on them. Timings are medians; the machine's load average is printed before and after.

    .venv/bin/python bench/run_bench.py [--repeat 3] [--jobs 2] [--skip-fresh]
"""

from __future__ import annotations

import argparse
import json
import os
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
FRESH_KERNELS = ("import sys; from helpers.runs.runner import run; "
                 "sys.exit(run(sys.argv[1], sys.argv[2], jobs=int(sys.argv[3]), force=True, reuse_kernels=False, "
                 "echo=lambda line: None).exit_code)")


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


def ours(out: Path, jobs: int, force: bool = True) -> float:
    return timed([str(BIN / "python"), "-m", "helpers", "run", "--report", str(REPORT), "--out", str(out),
                  "--jobs", str(jobs), *(["--force"] if force else [])])


def ours_fresh_kernels(out: Path, jobs: int) -> float:
    return timed([str(BIN / "python"), "-c", FRESH_KERNELS, str(REPORT), str(out), str(jobs)])


def naive(out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for notebook, extra, stem in executions():
        executed = out / f"{stem}.ipynb"
        timed([str(BIN / "papermill"), str(notebook), str(executed), "-k", "python3",
               "-p", "report_path", str(REPORT), "-p", "output_dir", str(out), *extra, "--cwd", str(out)])
        timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)])
    return time.perf_counter() - started


def kernel_start_seconds(samples: int = 3) -> float:
    """A bare kernel, started as the runner starts one and answering (no imports, no notebook)."""
    from helpers.runs.kernels import Kernel

    times = []
    for _ in range(samples):
        kernel = Kernel(snapshot=False)
        started = time.perf_counter()
        kernel.start()
        times.append(time.perf_counter() - started)
        kernel.kill()
    return statistics.median(times)


def cell_seconds(executed: Path) -> tuple[float, float]:
    """(the import cell, every other code cell) of an executed notebook, from papermill's per-cell durations.

    The import cell is the first code cell after the parameters cells (tagged ``parameters`` or
    ``injected-parameters``)."""
    document = json.loads(executed.read_text(encoding="utf-8"))
    cells = [c for c in document["cells"] if c["cell_type"] == "code"
             and not {"parameters", "injected-parameters"} & set(c["metadata"].get("tags", []))]
    durations = [c["metadata"].get("papermill", {}).get("duration") or 0.0 for c in cells]
    return (durations[0], sum(durations[1:])) if durations else (0.0, 0.0)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s" + (f" ({min(values):.1f}–{max(values):.1f})" if len(values) > 1 else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions of each way (medians reported)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-fresh", action="store_true", help="leave out ours with a new kernel per notebook")
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    work = Path(tempfile.mkdtemp(prefix="run-bench-"))
    times: dict[str, list[float]] = {"naive": [], "fresh": [], "ours": [], "unchanged": []}
    imports, works, renders, runs = [], [], [], []
    try:
        print(f"{len(executions())} notebook runs on {REPORT.name}; {load()}; warm-up (untimed)…", flush=True)
        ours(work / "warm", args.jobs)
        for n in range(args.repeat):
            times["ours"].append(ours(work / f"ours-{n}", args.jobs))
            times["unchanged"].append(ours(work / f"ours-{n}", args.jobs, force=False))
            times["naive"].append(naive(work / f"naive-{n}"))
            if not args.skip_fresh:
                times["fresh"].append(ours_fresh_kernels(work / f"fresh-{n}", args.jobs))
            imports += [cell_seconds(p)[0] for p in (work / f"naive-{n}").glob("*.ipynb")]
            latest = work / f"ours-{n}" / "latest"
            manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
            works.append(sum(cell_seconds(latest / f"{e['name']}.ipynb")[1] for e in manifest["notebooks"]))
            renders.append(sum(e["render_seconds"] for e in manifest["notebooks"]))
            runs.append(manifest)
            print(f"  repetition {n + 1}: " + ", ".join(f"{way} {values[-1]:.1f} s" for way, values in times.items()
                                                      if values) + f"; {load()}", flush=True)
        kernel = kernel_start_seconds()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    import_s, work_s = statistics.median(imports), statistics.median(works)
    floor = (cores * (kernel + import_s) + work_s) / cores
    ours_s, naive_s = statistics.median(times["ours"]), statistics.median(times["naive"])
    notebooks = len(runs[-1]["notebooks"])
    started = runs[-1]["kernels"]["started"]
    print()
    print("| way | wall time, median (range) | notes |")
    print("|---|---|---|")
    print(f"| naive: papermill + nbconvert processes, one notebook after another | {spread(times['naive'])} | "
          f"{notebooks} kernels started and shut down, {2 * notebooks} processes, one HTML page per notebook |")
    if times["fresh"]:
        print(f"| ours with a new kernel per notebook | {spread(times['fresh'])} | "
              f"{notebooks} kernels, killed at once; two HTML pages per notebook |")
    print(f"| **ours**: `helpers run --force --jobs {args.jobs}` (`make report ARGS=--force`) | {spread(times['ours'])} | "
          f"{started} kernels for {notebooks} notebooks; rendering {statistics.median(renders):.1f} s "
          f"(notebook-seconds, two pages each) |")
    print(f"| floor: ({cores} × (kernel start {kernel:.2f} s + imports {import_s:.2f} s) + work {work_s:.1f} s) "
          f"/ {cores} cores | {floor:.1f} s | the notebooks' own cells only |")
    print(f"| ours when nothing changed (the same command without `--force`, as `make report`) | "
          f"{spread(times['unchanged'])} | checks the key, keeps latest |")
    print()
    print(f"speed-up over the naive loop: {naive_s / ours_s:.2f}x (target ≥ 5x); ours is {ours_s / floor:.2f}x the floor")
    if times["fresh"]:
        print(f"kernel reuse alone: {statistics.median(times['fresh']) / ours_s:.2f}x")
    print(f"machine: {load()} (other work on it slows every way alike; the medians come from interleaved runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
