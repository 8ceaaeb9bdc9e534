"""Command line: ``python -m helpers run|prune|extract|new|corpus ...`` (also installed as ``helpers``).

Exit codes: 0 success (a what-if run writes its own folder and leaves latest alone); 1 a notebook
failed or the run folder could not be finished (latest untouched); 2 bad input (report, parameter or
output folder) — nothing ran; 3 another run or prune is writing into the same output folder — nothing
ran. ``extract`` whose reader stops early (``| head``) ends quietly with 141, as ``cat`` would.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from helpers import paths

EXIT_BROKEN_PIPE = 128 + 13          # what a shell reports for a process ended by SIGPIPE
LOG_MAX_BYTES = 5 * 2**20            # --log-file: past this size the log moves to LOG.1 (one old copy kept)


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return value


def _add_log_file(command: argparse.ArgumentParser) -> None:
    command.add_argument("--log-file", type=Path, default=None, metavar="FILE",
                         help="append everything this command prints (notebooks' errors too) to FILE, making its "
                              f"folder; past {LOG_MAX_BYTES // 2**20} MiB FILE moves to FILE.1 first (for cron)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="execute every notebook on a report and render it")
    run.add_argument("--report", type=Path, default=paths.DEFAULT_REPORT,
                     help="report folder (data/reports/<slug>) or file: .txt (UTF-8 or GB18030), .html, .pdf; "
                          "default: %(default)s")
    run.add_argument("--out", type=Path, default=None,
                     help="output root holding runs/ and latest (default: reports/<slug>/)")
    run.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                     help="notebook or check parameter (repeatable); any value but the default makes a what-if run, "
                          "which gets its own folder and leaves latest alone")
    run.add_argument("--jobs", type=int, default=1, help="notebooks to execute at once (default: 1)")
    run.add_argument("--notebook", action="append", default=None, metavar="NAME",
                     help="run only this notebook (repeatable; a what-if run: latest stays)")
    run.add_argument("--notebooks", type=Path, default=paths.NOTEBOOKS, metavar="DIR",
                     help="folder of NN-name.ipynb notebooks (default: %(default)s)")
    run.add_argument("--cell-timeout", type=_positive_seconds, default=None, metavar="SECONDS",
                     help="seconds one cell may run before its notebook fails (default: 600)")
    run.add_argument("--force", action="store_true",
                     help="run every notebook even when nothing changed since latest (by default such a run "
                          "says so and keeps latest)")
    _add_log_file(run)

    prune = commands.add_parser("prune", help="delete old run folders, never the one a latest link points to")
    prune.add_argument("--out", type=Path, default=None,
                       help="one report's output root (default: every report under reports/)")
    prune.add_argument("--keep", type=int, default=5, help="newest complete run folders to keep (default: %(default)s)")
    _add_log_file(prune)

    extract = commands.add_parser("extract", help="write every numeric mention of a report as CSV to stdout")
    extract.add_argument("path", type=Path)

    new = commands.add_parser("new", help="draft data/reports/<slug>/ from a .txt, .html or .pdf report")
    new.add_argument("path", type=Path)
    new.add_argument("--slug", default=None, help="the report's folder name (default: from the file name)")
    new.add_argument("--force", action="store_true", help="replace a drafted folder whose drafts nobody edited")

    from helpers.corpus.command import add_arguments as corpus_arguments
    corpus_arguments(commands.add_parser("corpus", help="every claim and check of a corpus of reports, on Dask"))
    return parser


def _error(message: str) -> None:
    try:
        print(f"error: {message}", file=sys.stderr, flush=True)
    except OSError:
        pass


def _run(args) -> int:
    from helpers.read.report import ReportError
    from helpers.runs.notebooks import ParameterError
    from helpers.runs.runner import CELL_TIMEOUT, EXIT_BAD_INPUT, EXIT_BUSY, RootBusy, RunError, run

    if args.jobs < 1:
        _error(f"--jobs must be at least 1, got {args.jobs}")
        return EXIT_BAD_INPUT
    try:
        result = run(report=args.report, out=args.out, parameters=dict(args.parameter),
                     jobs=args.jobs, only=args.notebook, notebooks_dir=args.notebooks,
                     cell_timeout=args.cell_timeout or CELL_TIMEOUT, force=args.force)
    except RootBusy as error:
        _error(str(error))
        return EXIT_BUSY
    except (ReportError, ParameterError, RunError, ValueError) as error:
        _error(str(error))
        return EXIT_BAD_INPUT
    except OverflowError as error:
        _error(f"{args.report}: cannot be read as a report ({error})")
        return EXIT_BAD_INPUT
    return result.exit_code


def _prune(args) -> int:
    from helpers.runs.root import EXIT_BAD_INPUT, EXIT_BUSY, RootBusy, RunError, prune   # light: no papermill

    roots = [args.out] if args.out is not None else sorted(
        p for p in paths.OUTPUT.glob("*") if (p / "runs").is_dir()) if paths.OUTPUT.is_dir() else []
    code = 0
    for root in roots:
        try:
            removed = prune(root, args.keep)
        except RootBusy as error:
            _error(str(error))
            code = EXIT_BUSY
            continue
        except RunError as error:
            _error(str(error))
            return EXIT_BAD_INPUT
        for folder in removed:
            print(f"removed {folder}", file=sys.stderr)
    return code


def _extract(args) -> int:
    from helpers.quantities import write_csv
    from helpers.read.report import ReportError, load_report

    try:
        report = load_report(args.path)
        write_csv(report.text, sys.stdout)
    except ReportError as error:
        _error(str(error))
        return 2
    except (ValueError, OverflowError) as error:
        _error(f"{args.path}: cannot be read as a report ({type(error).__name__}: {error})")
        return 2
    return 0


def _log_to(path: Path, argv: list[str]) -> None:
    """Send this process's stderr (and its kernels') to ``path``, moving a log past LOG_MAX_BYTES to ``path.1``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if path.stat().st_size > LOG_MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    sys.stderr.flush()
    os.dup2(descriptor, 2)
    os.close(descriptor)
    print(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} helpers {' '.join(argv)}", file=sys.stderr, flush=True)


def _new(args) -> int:
    from helpers.claims.draft import DraftError, describe, draft_report
    from helpers.read.report import ReportError

    try:
        draft = draft_report(args.path, slug=args.slug, force=args.force)
    except (DraftError, ReportError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for line in describe(draft):
        print(line, file=sys.stderr)
    print(draft.folder)
    return 0


def _corpus(args) -> int:
    from helpers.corpus.command import main as corpus

    return corpus(args)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "log_file", None) is not None:
        try:
            _log_to(args.log_file, sys.argv[1:] if argv is None else argv)
        except OSError as error:
            _error(f"{args.log_file}: cannot be written ({error.strerror or error})")
            return 2
    try:
        return {"run": _run, "prune": _prune, "extract": _extract, "new": _new, "corpus": _corpus}[args.command](args)
    except BrokenPipeError:
        # the reader went away (| head): say nothing more; stdout's last flush must not complain either
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, sys.stdout.fileno())
        os.close(descriptor)
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
