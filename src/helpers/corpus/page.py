"""The corpus page: the corpus notebook executed on an output folder and rendered into it, like the others.

``notebooks/corpus/summarise-the-corpus.ipynb`` takes the folder as its ``corpus_dir`` parameter; papermill
executes it into ``DIR/corpus.ipynb`` and :func:`helpers.present.render.render_html` turns that into
``DIR/corpus.html`` (with code) and ``DIR/corpus.no-code.html`` (for sharing). Figures and tables go to
``DIR/figures/`` and ``DIR/*.csv``.
"""

from __future__ import annotations

from pathlib import Path

from helpers import paths

NOTEBOOK = paths.NOTEBOOKS / "corpus" / "summarise-the-corpus.ipynb"
EXECUTED = "corpus.ipynb"
#: ipykernel's native kernel of this interpreter: the page is made in the environment the corpus ran in
#: (reached over Unix sockets, as the runner's kernels are: no port to collide, no TCP warning).
KERNEL = "python3"


class PageError(RuntimeError):
    """The corpus notebook failed; the message names the cell and the error, the executed copy stays in DIR."""


def render_page(out: Path, notebook: Path = NOTEBOOK, top: int = 20) -> Path:
    """Execute the corpus notebook on ``out`` and render it; returns the page without code."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from helpers.present.render import render_html
    from helpers.present.wording import t
    from helpers.runs.kernels import IPCKernelManager

    out = Path(out).resolve()
    executed = out / EXECUTED
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters={"corpus_dir": str(out), "top": top},
                                   kernel_name=KERNEL, progress_bar=False, start_timeout=120,
                                   kernel_manager_class=IPCKernelManager)
    except PapermillExecutionError as error:
        raise PageError(f"{notebook.name}: cell {error.cell_index} failed with {error.ename}: {error.evalue} "
                        f"(the executed copy is {executed})") from None
    _, without_code = render_html(executed, title=t("page.corpus_title", folder=out.name), back=False)
    return without_code
