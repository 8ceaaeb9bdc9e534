"""Command line: ``python -m helpers run|extract ...`` (also installed as ``helpers``).

Exit codes: 0 success, 1 a notebook failed (reports/latest untouched),
2 bad input (report, parameter or output folder) — nothing ran.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers import paths


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="execute every notebook on a report and render it")
    run.add_argument("--report", type=Path, default=paths.DEFAULT_REPORT,
                     help="report folder (data/reports/<slug>) or file: .txt (UTF-8 or GB18030), .html, .pdf; "
                          "default: %(default)s")
    run.add_argument("--out", type=Path, default=None,
                     help="output root holding runs/ and latest/ (default: reports/<slug>/)")
    run.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                     help="notebook parameter, typed as the notebooks declare it (repeatable)")
    run.add_argument("--jobs", type=int, default=1, help="notebooks to execute at once (default: 1)")
    run.add_argument("--notebook", action="append", default=None, metavar="NAME",
                     help="run only this notebook (repeatable)")
    run.add_argument("--notebooks", type=Path, default=paths.NOTEBOOKS, metavar="DIR",
                     help="folder of NN-name.ipynb notebooks (default: %(default)s)")

    prune = commands.add_parser("prune", help="delete old run folders, never the one a latest link points to")
    prune.add_argument("--out", type=Path, default=None,
                       help="one report's output root (default: every report under reports/)")
    prune.add_argument("--keep", type=int, default=5, help="newest run folders to keep (default: %(default)s)")

    extract = commands.add_parser("extract", help="write every numeric mention of a report as CSV to stdout")
    extract.add_argument("path", type=Path)
    return parser


def _run(args) -> int:
    from helpers.runs.notebooks import ParameterError
    from helpers.read.report import ReportError
    from helpers.runs.runner import EXIT_BAD_INPUT, RunError, run

    if args.jobs < 1:
        print(f"error: --jobs must be at least 1, got {args.jobs}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = run(report=args.report, out=args.out, parameters=dict(args.parameter),
                     jobs=args.jobs, only=args.notebook, notebooks_dir=args.notebooks)
    except (ReportError, ParameterError, RunError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return result.exit_code


def _prune(args) -> int:
    from helpers.runs.runner import EXIT_BAD_INPUT, RunError, prune_runs

    roots = [args.out] if args.out is not None else sorted(
        p for p in paths.OUTPUT.glob("*") if (p / "runs").is_dir()) if paths.OUTPUT.is_dir() else []
    removed = []
    try:
        for root in roots:
            removed += prune_runs(root, args.keep)
    except RunError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for folder in removed:
        print(f"removed {folder}", file=sys.stderr)
    return 0


def _extract(args) -> int:
    from helpers.quantities import write_csv
    from helpers.read.report import ReportError, load_report

    try:
        report = load_report(args.path)
    except ReportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    write_csv(report.text, sys.stdout)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return {"run": _run, "prune": _prune, "extract": _extract}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
