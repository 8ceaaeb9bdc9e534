"""Where a notebook writes what it makes: figures and tables of the current run.

Under the runner, ``output_dir`` is the run folder; opened by hand in JupyterLab
it is empty and files go to ``reports/interactive/`` so a good run is never
overwritten by exploration.

>>> from helpers.runs.outputs import output_folder
>>> output_folder("").name
'interactive'
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import paths

INTERACTIVE = paths.INTERACTIVE
FIGURE_NAME = re.compile(r"^fig-[a-z0-9-]+$")
TABLE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def output_folder(output_dir: str | Path = "") -> Path:
    folder = Path(output_dir) if str(output_dir) else INTERACTIVE
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_figure(figure, name: str, output_dir: str | Path = "") -> Path:
    """Save a matplotlib figure (or anything with ``.figure``) as ``figures/NAME.png``.

    ``name`` says what the figure holds, e.g. ``fig-fiscal-aid-2019-2020``.
    """
    if not FIGURE_NAME.match(name):
        raise ValueError(f"figure name {name!r} should look like 'fig-what-it-shows' (lowercase, hyphens)")
    figure = getattr(figure, "figure", figure)
    target = output_folder(output_dir) / "figures" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target)
    return target


def save_table(frame, name: str, output_dir: str | Path = "") -> Path:
    """Write a DataFrame as UTF-8 CSV ``NAME.csv`` in the output folder (no index).

    ``name`` says what the table holds, e.g. ``claims`` or ``evidence-counts`` (lowercase, hyphens), so
    it can name no other folder.
    """
    if not TABLE_NAME.match(name):
        raise ValueError(f"table name {name!r} should look like 'what-it-holds' (lowercase letters, digits, hyphens)")
    target = output_folder(output_dir) / f"{name}.csv"
    frame.to_csv(target, index=False, encoding="utf-8", lineterminator="\n")
    return target
