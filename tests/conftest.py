import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from helpers import paths  # noqa: E402
from helpers.read.report import load_report  # noqa: E402
from helpers.read.segment import segment  # noqa: E402

FIXTURES = paths.ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def report():
    return load_report()


@pytest.fixture(scope="session")
def raw(report):
    return report.text


@pytest.fixture(scope="session")
def parts(raw):
    return segment(raw)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def executed_run(tmp_path_factory):
    """Every notebook executed once on the real report through the runner (slow)."""
    from helpers.runs.runner import run

    out = tmp_path_factory.mktemp("reports")
    lines = []
    result = run(paths.DEFAULT_REPORT, out, {}, jobs=2, echo=lines.append)
    assert result.exit_code == 0, "\n".join(lines)
    return out / "latest"
