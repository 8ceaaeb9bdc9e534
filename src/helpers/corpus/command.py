"""The ``corpus`` command: ``python -m helpers corpus SOURCE --out DIR [--workers N | --scheduler ADDRESS]``.

Exit codes: 0 every report is done (those that could not be read are rows of ``errors``, which is not a
failure of the run); 1 the library failed on some report (``errors`` kind ``failed``: a bug to report), a task
failed (a full disk, say) or the corpus page could not be made; 2 bad input — a SOURCE that names nothing, an output folder that cannot be
written or is held by another run, a bad option, an unreachable scheduler, workers that keep dying. Nothing
done before the failure is lost: run the same command again to go on.

Imports nothing heavy until it runs, so ``python -m helpers --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``corpus`` subcommand's arguments (the engine's defaults are repeated in the help, not imported)."""
    parser.add_argument("source", help="a folder of reports (report folders and .txt/.html/.pdf files, at any "
                                       "depth) or a glob such as 'corpus/**/*.txt'")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder for the Parquet datasets and the corpus page (default: reports/_corpus)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="run on a distributed LocalCluster of N worker processes (default: Dask's local "
                             "multiprocessing scheduler, one process per core)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="run on a running distributed cluster, e.g. tcp://HOST:8786 (workers must see SOURCE "
                             "and --out at the same paths)")
    parser.add_argument("--batch-size", type=int, default=50, metavar="N",
                        help="reports per task and per Parquet partition (default: %(default)s)")
    parser.add_argument("--no-page", action="store_true", help="do not render the corpus page at the end")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    from helpers.corpus.engine import EngineError, TaskError, run_corpus
    from helpers.corpus.page import PageError
    from helpers.corpus.sources import SourceError
    from helpers.corpus.store import DEFAULT_OUT, StoreError

    args.out = args.out or DEFAULT_OUT
    try:
        run = run_corpus(args.source, args.out, workers=args.workers, scheduler=args.scheduler,
                         batch_size=args.batch_size, progress=not args.no_progress, page=False)
    except TaskError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (SourceError, StoreError, EngineError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{run.analysed:,} reports analysed, {run.errors:,} recorded in errors ({run.failed:,} library failures), "
          f"{run.skipped:,} done before, {run.repeated:,} repeated; {run.claims:,} claims, {run.checks:,} checks, "
          f"{run.inconsistent:,} inconsistent; {run.seconds:.1f} s with {run.engine}", file=sys.stderr)
    code = 1 if run.failed else 0
    if run.failed:
        print(f"error: the library failed on {run.failed} report(s): see {args.out}/errors (kind 'failed')",
              file=sys.stderr)
    if not args.no_page:
        from helpers.corpus.page import render_page

        try:
            print(f"corpus page: {render_page(args.out)}", file=sys.stderr)
        except PageError as error:
            print(f"error: the corpus page could not be made: {error}", file=sys.stderr)
            code = 1
    return code
