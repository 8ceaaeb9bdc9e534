"""JupyterLab use: every notebook runs top to bottom with its defaults, on the project's registered kernel."""

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

from helpers import paths
from helpers.runs.outputs import INTERACTIVE
from helpers.runs.runner import IPCKernelManager

pytestmark = pytest.mark.slow
NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
KERNEL = "qingdao-anshun"


def test_the_project_kernel_is_registered_in_the_environment():
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        pytest.fail(f"kernel {KERNEL!r} is not registered; `make install` registers it in .venv")
    assert "qingdao-anshun" in spec.display_name
    assert all(nbformat.read(p, as_version=4).metadata.kernelspec.name == KERNEL for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_interactively_with_default_parameters(path):
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(path.parent)}},
                   kernel_manager_class=IPCKernelManager).execute()     # no TCP port to collide over
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert (INTERACTIVE / "figures").exists()   # interactive runs write under reports/interactive, not a run folder
