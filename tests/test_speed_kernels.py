"""Issue 14, reused kernels: a notebook run in a kernel that ran others gives exactly a new kernel's outputs.

Runs compare a reused kernel with new ones cell by cell (execution counts and every output), after
putting back what is run-specific: the run folder's path, itables' random table ids, the kernel's
process id in warning locations.
"""

import json
import re
from pathlib import Path

import nbformat
import psutil
import pytest

from helpers import paths
from helpers.runs import kernels
from helpers.runs.kernels import reuse_barrier
from helpers.runs.runner import EXIT_FAILED, EXIT_OK, run

REPORT_TEXT = "初审编辑:\n安顺市累计减少贫困人口54.58万人，2020年投入资金3.9亿元。\n"

# A notebook that changes every kind of state a reset must take away ...
LEAVE_STATE = '''\
import os
import sys
import warnings

import matplotlib.pyplot as plt
import pandas as pd
from helpers.analysis import analyse
from helpers.present.notebook import setup

setup()                                   # seaborn theme and colour codes, itables offline, pandas float format
leftover = "a name the next notebook must not see"
os.chdir(output_dir)
os.environ["HELPERS_LEFTOVER"] = "1"
sys.path.insert(0, output_dir)
sys.setrecursionlimit(4321)
warnings.simplefilter("ignore")
pd.set_option("display.max_rows", 3)
plt.rcParams["lines.linewidth"] = 9
plt.figure()                              # left open
pd.Series([1, 2], index=pd.date_range("2020-01-01", periods=2)).plot()   # pandas registers its date converters
analyse(report_path).ledger["leftover"] = 1     # a cached analysis changed in place
print("state left behind")'''

# ... and one that shows each of them, without calling setup() itself.
SHOW_STATE = '''\
import os
import sys
import warnings

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.units
import pandas as pd
from itables import javascript
from helpers.analysis import analyse

print("names left:", "leftover" in globals(), "| working folder:", os.getcwd())
print("environment:", os.environ.get("HELPERS_LEFTOVER"), "| path:", output_dir in sys.path)
print("recursion limit:", sys.getrecursionlimit())
print("pandas:", pd.get_option("display.max_rows"), pd.get_option("display.float_format"))
print("matplotlib:", plt.rcParams["lines.linewidth"], plt.rcParams["font.sans-serif"][:1], plt.get_fignums())
print("colour b:", matplotlib.colors.to_rgb("b"), "| itables connected:", javascript._CONNECTED)
print("analysis changed in place:", "leftover" in analyse(report_path).ledger.columns)
print("unit converters:", sorted(type(c).__name__ for c in matplotlib.units.registry.values()))
warnings.warn("a warning the filters let through")
pd.DataFrame({"n": range(8)})'''


def write_notebook(folder: Path, name: str, *sources: str, depends_on=(), **helpers_metadata) -> Path:
    """A runnable NN-name.ipynb: a typed parameters cell, then one code cell per source."""
    cells = [nbformat.v4.new_code_cell('report_path: str = ""  # report file\noutput_dir: str = ""  # run folder',
                                       metadata={"tags": ["parameters"]})]
    cells += [nbformat.v4.new_code_cell(source) for source in sources]
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.helpers = {"depends_on": list(depends_on), **helpers_metadata}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.ipynb"
    nbformat.write(notebook, path)
    return path


def outputs(executed: Path, run_dir: Path) -> list:
    """Each code cell's execution count and outputs, with what differs between any two runs put back."""
    notebook = json.loads(executed.read_text(encoding="utf-8"))
    text = json.dumps([[c.get("execution_count"), c.get("outputs", [])] for c in notebook["cells"]],
                      ensure_ascii=False)
    text = text.replace(str(run_dir.resolve()), "<run folder>")
    text = re.sub(r"itables_[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}", "itables_<id>", text)
    text = re.sub(r"ipykernel_\d+", "ipykernel_<pid>", text)
    return json.loads(text)


def differences(first, second) -> dict:
    """``{notebook: [cell indexes whose outputs differ]}`` between two runs of the same notebooks."""
    found = {}
    for a in first.notebooks:
        ours = outputs(first.run_dir / f"{a.name}.ipynb", first.run_dir)
        theirs = outputs(second.run_dir / f"{a.name}.ipynb", second.run_dir)
        cells = [i for i, (x, y) in enumerate(zip(ours, theirs)) if x != y] + ([-1] if len(ours) != len(theirs) else [])
        if cells:
            found[a.name] = cells
    return found


@pytest.fixture
def leaky(tmp_path):
    report = tmp_path / "small.txt"
    report.write_text(REPORT_TEXT, encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    write_notebook(notebooks, "00-leave-state", LEAVE_STATE)
    write_notebook(notebooks, "01-show-state", SHOW_STATE, depends_on=["00-leave-state"])
    return report, notebooks


def test_a_reused_kernel_gives_a_new_kernels_outputs_cell_by_cell(tmp_path, leaky):
    report, notebooks = leaky
    new = run(report, tmp_path / "new", jobs=1, notebooks_dir=notebooks, reuse_kernels=False, echo=lambda line: None)
    reused = run(report, tmp_path / "reused", jobs=1, notebooks_dir=notebooks, echo=lambda line: None)
    assert new.exit_code == reused.exit_code == EXIT_OK
    assert [n.kernel for n in new.notebooks] == ["new", "new"]
    assert [n.kernel for n in reused.notebooks] == ["new", "reused"]        # the second really ran in the first's kernel
    assert differences(new, reused) == {}
    executed = nbformat.read(reused.run_dir / "01-show-state.ipynb", as_version=4)
    shown = "".join(o.get("text", "") for o in executed.cells[2].outputs)
    assert "names left: False" in shown and "recursion limit: 4321" not in shown and "itables connected: True" in shown
    assert "analysis changed in place: False" in shown and "[]" in shown.split("matplotlib:")[1].splitlines()[0]
    counts = [c[0] for c in outputs(reused.run_dir / "01-show-state.ipynb", reused.run_dir)]
    assert counts == [1, 2, 3]                          # numbered from 1, as in a new kernel
    manifest = json.loads((reused.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["kernels"] == {"reused": True, "started": 1}
    assert [n["kernel"] for n in manifest["notebooks"]] == ["new", "reused"]


def test_the_comparison_sees_a_kernel_that_was_not_reset(tmp_path, leaky, monkeypatch):
    """The test above can fail: with only the execution counter put back, the second notebook's outputs change."""
    report, notebooks = leaky
    new = run(report, tmp_path / "new", jobs=1, notebooks_dir=notebooks, reuse_kernels=False, echo=lambda line: None)
    monkeypatch.setattr(kernels, "_RESTORE", "get_ipython().execution_count = 1")
    unreset = run(report, tmp_path / "unreset", jobs=1, notebooks_dir=notebooks, echo=lambda line: None)
    assert [n.kernel for n in unreset.notebooks] == ["new", "reused"]
    assert differences(new, unreset) == {"01-show-state": [2]}


@pytest.mark.parametrize("source, why", [
    ("%matplotlib inline", "not plain Python"),
    ("!ls", "not plain Python"),
    ("import numpy as np\nnp.set_printoptions(precision=2)", "imports numpy"),
    ("from sklearn import set_config", "imports sklearn"),
    ("import logging\nlogging.basicConfig()", "imports logging"),
    ("exec('x = 1')", "calls exec()"),
    ("get_ipython().run_line_magic('config', '')", "calls get_ipython()"),
    ("from IPython.core.interactiveshell import InteractiveShell\nInteractiveShell.ast_node_interactivity = 'all'",
     "imports IPython.core.interactiveshell"),
    ("from . import neighbour", "relative"),
])
def test_a_notebook_the_reset_does_not_cover_is_named_with_the_reason(tmp_path, source, why):
    notebook = write_notebook(tmp_path, "00-odd", "print(1)", source)
    assert why in reuse_barrier(notebook)


def test_the_project_notebooks_and_plain_ones_keep_their_kernel(tmp_path):
    plain = write_notebook(tmp_path, "00-plain", "import os, json, re\nfrom pathlib import Path\nimport pandas as pd\n"
                           "import seaborn as sns\nfrom IPython.display import Markdown\nfrom helpers import paths")
    assert reuse_barrier(plain) is None
    assert [reuse_barrier(p) for p in sorted(paths.NOTEBOOKS.glob("*.ipynb"))] == [None] * 5
    own = write_notebook(tmp_path, "01-own", "print(1)", fresh_kernel=True)
    assert "a kernel of its own" in reuse_barrier(own)


def test_a_kernel_is_replaced_after_a_failure_a_barrier_and_for_a_notebook_that_asks(tmp_path):
    report = tmp_path / "small.txt"
    report.write_text(REPORT_TEXT, encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    write_notebook(notebooks, "00-plain", "x = 1")
    write_notebook(notebooks, "01-reuses", "print(x if 'x' in globals() else 'fresh')")
    write_notebook(notebooks, "02-fails", "1 / 0")
    write_notebook(notebooks, "03-after-failure", "print('runs')")
    write_notebook(notebooks, "04-numpy", "import numpy as np\nnp.set_printoptions(precision=1)")
    write_notebook(notebooks, "05-after-numpy", "print('runs')")
    write_notebook(notebooks, "06-plain", "print('runs')")
    write_notebook(notebooks, "07-own-kernel", "print('runs')", fresh_kernel=True)
    write_notebook(notebooks, "08-plain", "print('runs')")
    write_notebook(notebooks, "09-switches-backend", "import matplotlib\nmatplotlib.use('agg')")
    write_notebook(notebooks, "10-after-backend", "print('runs')")
    lines = []
    result = run(report, tmp_path / "out", jobs=1, notebooks_dir=notebooks, echo=lines.append)
    assert result.exit_code == EXIT_FAILED
    kernel = {n.name: (n.status, n.kernel) for n in result.notebooks}
    assert kernel == {"00-plain": ("ok", "new"), "01-reuses": ("ok", "reused"), "02-fails": ("failed", "reused"),
                      "03-after-failure": ("ok", "new"), "04-numpy": ("ok", "reused"),
                      "05-after-numpy": ("ok", "new"), "06-plain": ("ok", "reused"), "07-own-kernel": ("ok", "new"),
                      "08-plain": ("ok", "new"), "09-switches-backend": ("ok", "reused"),
                      "10-after-backend": ("ok", "new")}
    assert "fresh" in (result.run_dir / "01-reuses.html").read_text(encoding="utf-8")   # the reset took x away
    log = (result.run_dir / "run.log").read_text(encoding="utf-8")
    assert "because 02-fails failed" in log and "04-numpy: its code cell 2 imports numpy" in log
    assert "asks for a kernel of its own" in log
    assert "its reset failed (NotFresh: matplotlib's backend is 'agg'" in log


def test_kernels_are_killed_at_once_when_the_run_ends(tmp_path, leaky, capfd):
    """No graceful shutdown (which interrupts the kernel first: "KeyboardInterrupt caught in kernel")."""
    report, notebooks = leaky
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    result = run(report, tmp_path / "out", jobs=2, notebooks_dir=notebooks, echo=lambda line: None)
    assert result.exit_code == EXIT_OK
    left = [p for p in psutil.Process().children(recursive=True) if p.pid not in before and p.is_running()
            and p.status() != psutil.STATUS_ZOMBIE]
    assert left == []
    assert "KeyboardInterrupt" not in capfd.readouterr().err


@pytest.mark.slow
def test_the_reports_notebooks_give_the_same_outputs_in_reused_kernels(executed_run, tmp_path):
    """The published run (reused kernels) against a run with a new kernel per notebook, cell by cell and file by file."""
    fresh = run(paths.DEFAULT_REPORT, tmp_path / "fresh", jobs=2, reuse_kernels=False, force=True,
                echo=lambda line: None)
    assert fresh.exit_code == EXIT_OK
    reused_dir = executed_run.resolve()
    manifest = json.loads((reused_dir / "manifest.json").read_text(encoding="utf-8"))
    assert sum(n["kernel"] == "reused" for n in manifest["notebooks"]) >= len(manifest["notebooks"]) - 2
    for entry in manifest["notebooks"]:
        name = entry["name"]
        assert outputs(reused_dir / f"{name}.ipynb", reused_dir) == outputs(fresh.run_dir / f"{name}.ipynb",
                                                                            fresh.run_dir), name
        executed = json.loads((reused_dir / f"{name}.ipynb").read_text(encoding="utf-8"))
        shown = [o for c in executed["cells"] for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        assert shown == [], f"{name}: a figure drawn again inline instead of shown from its saved file"
        page = (reused_dir / f"{name}.no-code.html").read_text(encoding="utf-8")
        assert "cell from ITables" in page, f"{name}: its page lacks itables' offline bundle"   # every page, not the first
    for made in sorted(p for p in fresh.run_dir.rglob("*") if p.suffix in (".csv", ".png")):
        relative = made.relative_to(fresh.run_dir)
        assert made.read_bytes() == (reused_dir / relative).read_bytes(), relative


def test_an_abandoned_run_kills_the_kernel_still_running_a_notebook(tmp_path):
    """An exception in the runner (here from its output, as Ctrl-C would come) does not wait for notebooks."""
    import threading

    report = tmp_path / "small.txt"
    report.write_text(REPORT_TEXT, encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    write_notebook(notebooks, "00-quick", "print('done')")
    write_notebook(notebooks, "01-waits-for-ever", "import time\nwhile True:\n    time.sleep(0.1)")

    def echo(line):
        if line.startswith("[1/2] 00-quick"):
            raise RuntimeError("the runner was interrupted")

    before = {p.pid for p in psutil.Process().children(recursive=True)}
    raised = []
    worker = threading.Thread(target=lambda: raised.append(pytest.raises(RuntimeError, run, report, tmp_path / "out",
                                                                         jobs=2, notebooks_dir=notebooks, echo=echo)),
                              daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "the runner waited for a notebook that never ends"
    assert "interrupted" in str(raised[0].value)
    left = [p for p in psutil.Process().children(recursive=True) if p.pid not in before and p.is_running()
            and p.status() != psutil.STATUS_ZOMBIE]
    assert left == []
