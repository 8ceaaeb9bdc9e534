"""Throughput of the quantity parser against Microsoft Recognizers-Text (Chinese).

Two measurements in one run:

1. **Whole process, side by side.** Each parser runs in a fresh Python process
   that starts the interpreter, imports the parser (Recognizers-Text also builds
   its four Chinese models: number, percentage, currency, dimension), reads our
   report, repeats it and parses it, and exits; the wall time of the whole
   process is what counts. Recognizers-Text parses the report repeated 20 times
   (about 200 KB: it slows faster than linearly, so a larger text would only
   flatter us), ours the report repeated 400 times (about 4 MB). The two are
   compared per byte: ratio = (its seconds per MB) / (our seconds per MB). Our
   process is also run at 100, 200, 400 and 800 copies, to show how its time
   grows with the size of the text.
2. **In the parser, by size.** ``find_quantities`` timed alone (memo caches
   cleared before every call) on the report repeated 1 to 800 times, and on the
   same texts with every Arabic digit redrawn (a memo cache cannot help there),
   with the fitted growth exponent (time ∝ size^k; k = 1 is linear).
   Recognizers-Text is timed the same way up to 20 copies.

Usage (an interpreter that has both the project and bench/requirements-bench.txt;
``make bench`` uses .bench-venv):

    python bench/parser_bench.py                   # both measurements (about a minute)
    python bench/parser_bench.py --no-recognizers  # ours only
    python bench/parser_bench.py --csv reports/bench.csv
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import math
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
from helpers.quantities import find_quantities  # noqa: E402
from helpers.quantities.scan import clear_caches  # noqa: E402

IN_PROCESS_SIZES = (1, 10, 100, 400, 800)
PROCESS_SIZES = (100, 200, 400, 800)
RT_COPIES = 20
OUR_COPIES = 400
TARGET = 200


def our_report_text() -> str:
    """Our report's text, wherever this checkout keeps it."""
    try:
        from helpers.read.report import load_report  # the layout with report folders
        return load_report().text
    except ImportError:
        from helpers import paths
        return paths.DEFAULT_REPORT.read_text(encoding="utf-8")


def corpora(report: str, copies: int, seed: int = 0) -> tuple[str, str]:
    """The report repeated ``copies`` times, and the same with its digits redrawn."""
    repeated = "\n".join([report] * copies)
    rng = random.Random(seed)
    varied = re.sub(r"[0-9]", lambda m: str(rng.randint(0, 9)), repeated)
    return repeated, varied


def megabytes(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


# ----------------------------------------------------------------- whole process
OURS_CHILD = """
import sys, time
start = time.perf_counter()
sys.path.insert(0, {src!r})
from helpers.quantities import find_quantities
text = "\\n".join([open({path!r}, encoding="utf-8").read()] * {copies})
found = len(find_quantities(text))
print(found, len(text.encode("utf-8")), time.perf_counter() - start)
"""

RT_CHILD = """
import sys, time
start = time.perf_counter()
from recognizers_number import Culture, NumberRecognizer
from recognizers_number_with_unit import NumberWithUnitRecognizer
numbers = NumberRecognizer(Culture.Chinese)
units = NumberWithUnitRecognizer(Culture.Chinese)
models = [numbers.get_number_model(), numbers.get_percentage_model(),
          units.get_currency_model(), units.get_dimension_model()]
ready = time.perf_counter()
text = "\\n".join([open({path!r}, encoding="utf-8").read()] * {copies})
found = sum(len(model.parse(text)) for model in models)
print(found, len(text.encode("utf-8")), time.perf_counter() - start, ready - start)
"""


def run_process(code: str) -> tuple[float, float, list[str]]:
    """CPU seconds (user + system) and wall seconds of a whole ``python -c code`` process, and what it printed.

    CPU time is what the comparison uses: it is the work the process did, from the
    interpreter's start to its exit, and other processes on a busy machine do not
    change it the way they change wall time (both are printed).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "child failed")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, done.stdout.split()


def best_process(code: str, runs: int) -> tuple[float, float, list[str]]:
    results = [run_process(code) for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def growth_exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(time) on log(size): 1.0 means linear."""
    if len(points) < 2:
        return math.nan
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else math.nan


def whole_process(report_path: Path, recognizers: bool, rt_runs: int, our_runs: int) -> dict:
    src = str(ROOT / "src")
    print("1. whole process (interpreter start, import, read, parse, exit), best of "
          f"{our_runs} for ours, {rt_runs} for Recognizers-Text")
    t0, _, _ = best_process(OURS_CHILD.format(src=src, path=str(report_path), copies=0), our_runs)
    print(f"   ours, start-up alone (interpreter, import, compile): {t0:.3f} s CPU")
    ours = {}
    for copies in PROCESS_SIZES:
        elapsed, wall, out = best_process(OURS_CHILD.format(src=src, path=str(report_path), copies=copies), our_runs)
        found, nbytes = int(out[0]), int(out[1])
        ours[copies] = (elapsed, nbytes / 1e6, found)
        print(f"   ours {copies:4d}x {nbytes / 1e6:6.2f} MB: {elapsed:6.3f} s CPU whole process ({wall:.3f} s wall), "
              f"{nbytes / 1e6 / elapsed:5.2f} MB/s, {found} mentions", flush=True)
    k = growth_exponent([(mb, max(t - t0, 1e-6)) for t, mb, _ in ours.values()])
    small, large = ours[PROCESS_SIZES[0]], ours[PROCESS_SIZES[-1]]
    print(f"   ours: CPU time after start-up grows as size^{k:.2f} over {PROCESS_SIZES[0]}x-{PROCESS_SIZES[-1]}x "
          f"({large[1] / small[1]:.0f}x the text: {(large[0] - t0) / (small[0] - t0):.1f}x the time; "
          f"{large[0] / small[0]:.1f}x with start-up)")
    result = {"ours_s": ours[OUR_COPIES][0], "ours_MB": ours[OUR_COPIES][1], "ours_k": k}
    if not recognizers:
        return result
    try:
        elapsed, wall, out = best_process(RT_CHILD.format(path=str(report_path), copies=RT_COPIES), rt_runs)
    except RuntimeError as error:
        print(f"   Recognizers-Text could not run ({error}); install bench/requirements-bench.txt to compare")
        return result
    found, nbytes, setup = int(out[0]), int(out[1]), float(out[3])
    print(f"   Recognizers-Text {RT_COPIES}x {nbytes / 1e6:6.3f} MB: {elapsed:6.3f} s CPU whole process "
          f"({wall:.3f} s wall; models built in {setup:.2f} s wall), {nbytes / 1e6 / elapsed:6.4f} MB/s, "
          f"{found} results")
    t_ours, mb_ours = ours[OUR_COPIES][0], ours[OUR_COPIES][1]
    ratio = (elapsed / (nbytes / 1e6)) / (t_ours / mb_ours)
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"   per byte, CPU of the whole process: Recognizers-Text {elapsed / (nbytes / 1e6):.2f} s/MB on {RT_COPIES}x, "
          f"ours {t_ours / mb_ours:.3f} s/MB on {OUR_COPIES}x -> ours is {ratio:.0f}x faster "
          f"({verdict} the {TARGET}x target)")
    result.update(rt_s=elapsed, rt_MB=nbytes / 1e6, ratio=ratio)
    return result


# ----------------------------------------------------------------- in process
def best_time(fn, text: str, repeat: int, before=None, inner: int = 1) -> tuple[float, int]:
    """Smallest CPU time of this process per call over ``repeat`` samples of ``inner`` calls of ``fn(text)``.

    A sample of several back-to-back calls keeps the timer's resolution small on a
    text that takes a millisecond; ``before`` runs before each call (our memo caches
    are cleared there, inside the timing). CPU time, so that a busy machine does
    not count as our time.
    """
    best, found = math.inf, 0
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        for _ in range(inner):
            if before is not None:
                before()
            found = fn(text)
        best = min(best, (time.process_time() - start) / inner)
    return best, found


def ours(text: str) -> int:
    return len(find_quantities(text))


def load_recognizers():
    """Recognizers-Text's four Chinese models in this process, or None."""
    try:
        from recognizers_number import Culture, NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
    except ImportError:
        return None
    numbers = NumberRecognizer(Culture.Chinese)
    units = NumberWithUnitRecognizer(Culture.Chinese)
    models = [numbers.get_number_model(), numbers.get_percentage_model(),
              units.get_currency_model(), units.get_dimension_model()]
    for model in models:  # first use compiles the models' patterns: keep it out of the timings
        model.parse("共有5个项目，投资3.5亿元，增长13%，全长170公里。")
    return lambda text: sum(len(model.parse(text)) for model in models)


def in_process(report: str, recognizers: bool, repeat: int) -> list[dict]:
    print()
    print("2. in the parser, CPU time: find_quantities alone (memo caches cleared before every call); "
          f"Recognizers-Text's four models up to {RT_COPIES}x")
    rt = load_recognizers() if recognizers else None
    rows = []
    for copies in IN_PROCESS_SIZES:
        repeated, varied = corpora(report, copies)
        mb = megabytes(repeated)
        inner = max(1, 20 // copies)
        t_ours, n_ours = best_time(ours, repeated, repeat, clear_caches, inner)
        t_varied, _ = best_time(ours, varied, repeat, clear_caches, inner)
        row = {"copies": copies, "MB": mb, "ours_s": t_ours, "ours_MBps": mb / t_ours, "ours_mentions": n_ours,
               "ours_varied_s": t_varied, "ours_varied_MBps": mb / t_varied, "rt_s": math.nan, "rt_MBps": math.nan}
        if rt is not None and copies <= RT_COPIES:
            t_rt, _ = best_time(rt, repeated, 1)
            row.update(rt_s=t_rt, rt_MBps=mb / t_rt)
        rows.append(row)
    for extra in (5, 20):  # Recognizers-Text's own growth, at the sizes between
        if rt is not None and extra not in IN_PROCESS_SIZES:
            repeated, _ = corpora(report, extra)
            t_rt, _ = best_time(rt, repeated, 1)
            rows.append({"copies": extra, "MB": megabytes(repeated), "rt_s": t_rt,
                         "rt_MBps": megabytes(repeated) / t_rt, "ours_s": math.nan, "ours_MBps": math.nan,
                         "ours_mentions": 0, "ours_varied_s": math.nan, "ours_varied_MBps": math.nan})
    rows.sort(key=lambda r: r["copies"])
    print(f"   {'copies':>6} {'MB':>7} {'ours ms':>9} {'ours MB/s':>9} {'varied MB/s':>11} {'mentions':>8}"
          f" {'RT s':>8} {'RT MB/s':>8}")
    for r in rows:
        ours_cols = (f"{r['ours_s'] * 1000:9.1f} {r['ours_MBps']:9.2f} {r['ours_varied_MBps']:11.2f}"
                     f" {r['ours_mentions']:8d}" if r["ours_s"] == r["ours_s"] else f"{'-':>9} {'-':>9} {'-':>11} {'-':>8}")
        rt_cols = f"{r['rt_s']:8.3f} {r['rt_MBps']:8.4f}" if r["rt_s"] == r["rt_s"] else f"{'-':>8} {'-':>8}"
        print(f"   {r['copies']:6d} {r['MB']:7.3f} {ours_cols} {rt_cols}")
    timed = [r for r in rows if r["ours_s"] == r["ours_s"]]
    k = growth_exponent([(r["MB"], r["ours_s"]) for r in timed])
    k_varied = growth_exponent([(r["MB"], r["ours_varied_s"]) for r in timed])
    k_rt = growth_exponent([(r["MB"], r["rt_s"]) for r in rows if r["rt_s"] == r["rt_s"]])
    print(f"   growth exponent (time ∝ size^k, 1 = linear): ours k = {k:.2f} (varied digits {k_varied:.2f})"
          + (f", Recognizers-Text k = {k_rt:.2f}" if k_rt == k_rt else ""))
    big = next((r for r in timed if r["MB"] >= 1.0), timed[-1])
    print(f"   ours on {big['copies']}x ({big['MB']:.2f} MB): {big['ours_MBps']:.2f} MB/s, "
          f"varied digits {big['ours_varied_MBps']:.2f} MB/s")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", type=Path, default=None, help="text to repeat (default: our report's text)")
    parser.add_argument("--repeat", type=int, default=5, help="timed samples per size in the parser (best kept)")
    parser.add_argument("--rt-runs", type=int, default=1, help="whole-process runs of Recognizers-Text (best kept)")
    parser.add_argument("--our-runs", type=int, default=3, help="whole-process runs of ours per size (best kept)")
    parser.add_argument("--no-recognizers", action="store_true", help="time our parser only")
    parser.add_argument("--csv", type=Path, help="also write the in-parser size table to this CSV file")
    args = parser.parse_args(argv)

    report = args.report.read_text(encoding="utf-8") if args.report else our_report_text()
    print(f"report: {len(report)} characters, {megabytes(report) * 1000:.1f} KB UTF-8; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(report, encoding="utf-8")
        summary = whole_process(path, not args.no_recognizers, args.rt_runs, args.our_runs)
    rows = in_process(report, not args.no_recognizers, args.repeat)

    print()
    print("summary")
    print(f"   ours, whole process on {OUR_COPIES}x ({summary['ours_MB']:.2f} MB): {summary['ours_s']:.3f} s, "
          f"{summary['ours_MB'] / summary['ours_s']:.2f} MB/s (CPU); after start-up, time grows as "
          f"size^{summary['ours_k']:.2f}")
    if "ratio" in summary:
        print(f"   Recognizers-Text, whole process on {RT_COPIES}x ({summary['rt_MB'] * 1000:.0f} KB): "
              f"{summary['rt_s']:.2f} s -> ratio per byte {summary['ratio']:.0f}x "
              f"({'meets' if summary['ratio'] >= TARGET else 'MISSES'} the {TARGET}x target)")
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        with args.csv.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        print(f"wrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
