"""Issue 14, no avoidable work: no import the run does not need, each figure drawn once, each notebook written
at its start and end rather than at every cell."""

import base64
import subprocess
import sys

import matplotlib.pyplot as plt
import nbformat
import papermill.engines
import papermill.execute
import pytest

from helpers.present import figures
from helpers.runs.kernels import Kernel

from .test_speed_kernels import write_notebook


def imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(k for k, v in sys.modules.items() if v is not None)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_runner_starts_without_the_heavy_libraries_and_never_imports_rfc3987_syntax():
    light = imported_after("import helpers.__main__, helpers.runs.runner")
    assert not {"papermill", "nbconvert", "nbformat", "pandas", "jupyter_client", "matplotlib"} & light
    running = imported_after("import helpers.runs.runner, helpers.runs.kernels, helpers.runs.engine, "
                             "helpers.present.render, nbformat\nnbformat.validate(nbformat.v4.new_notebook())")
    assert {"papermill", "nbformat", "jsonschema"} <= running
    assert "rfc3987_syntax" not in running and "lark" not in running     # 1–1.5 s of grammar building, unused


def test_a_published_figure_is_drawn_once_and_shown_from_its_saved_file(tmp_path, monkeypatch):
    """Every image of a figure — savefig's file or the inline backend's PNG — comes from ``print_figure``."""
    from matplotlib.backend_bases import FigureCanvasBase

    from helpers.present.theme import set_theme

    drawn, shown = [], []
    original = FigureCanvasBase.print_figure
    monkeypatch.setattr(FigureCanvasBase, "print_figure",
                        lambda canvas, *args, **kwargs: drawn.append(canvas) or original(canvas, *args, **kwargs))
    monkeypatch.setattr("IPython.display.display", lambda *objects: shown.extend(objects))
    set_theme()                                             # as in the notebooks: saved at 150 dpi, bbox tight
    figure, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    figures.publish(figure, "fig-two-bars", str(tmp_path))
    saved = (tmp_path / "figures" / "fig-two-bars.png").read_bytes()
    assert len(drawn) == 1                                  # drawn once, into the file
    assert figure.number not in plt.get_fignums()           # closed: the inline backend will not draw it again
    assert len(shown) == 1 and base64.b64encode(saved).decode("ascii") in shown[0].data


def writes_while_running(tmp_path, monkeypatch, cells: int) -> int:
    counted = []
    for module in (papermill.engines, papermill.execute):
        original = module.write_ipynb
        monkeypatch.setattr(module, "write_ipynb", lambda nb, path, original=original: counted.append(path)
                            or original(nb, path))
    notebook = write_notebook(tmp_path / f"cells-{cells}", "00-many-cells", *[f"x = {n}" for n in range(cells)])
    kernel = Kernel()
    try:
        kernel.run(notebook, tmp_path / f"out-{cells}.ipynb", {"output_dir": str(tmp_path)}, 60)
    finally:
        kernel.kill()
    return len(counted)


def test_an_executed_notebook_is_written_a_fixed_number_of_times_whatever_its_cells(tmp_path, monkeypatch):
    """papermill's own engine writes (and validates) the whole notebook at every cell's start and end."""
    few, many = writes_while_running(tmp_path, monkeypatch, 2), writes_while_running(tmp_path, monkeypatch, 20)
    assert few == many <= 3


def test_a_failed_notebook_is_still_written_with_its_error_cell(tmp_path):
    notebook = write_notebook(tmp_path, "00-fails", "x = 1", "1 / 0", "never = True")
    kernel = Kernel()
    try:
        with pytest.raises(papermill.exceptions.PapermillExecutionError):
            kernel.run(notebook, tmp_path / "out.ipynb", {}, 60)
    finally:
        kernel.kill()
    executed = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in executed.cells for o in c.get("outputs", []))
