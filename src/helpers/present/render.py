"""Executed notebook → two HTML pages: one with code, one without for sharing.

Both come from the ``publish`` template (``templates/nbconvert/publish/``), which extends
JupyterLab's: no script or font is fetched from a network, the Chinese font is embedded
(:mod:`helpers.present.fonts`), and a header names the report and leads back to the findings.
Exporters are built once per thread and reused (building one loads its templates, the slow
part); nbconvert escapes cell sources and text outputs, so text from the report cannot inject
markup into the page.
"""

from __future__ import annotations

import ast
import json
import threading
from pathlib import Path

from functools import lru_cache

import nbformat
from nbconvert import HTMLExporter

from helpers import paths
from helpers.claims.topics import load_topics
from helpers.read.report import load_report
from helpers.present.fonts import font_face, stack
from helpers.present.wording import t

TEMPLATES = Path(__file__).with_name("templates") / "nbconvert"
#: Injected parameters that hold local paths: a shared page shows them relative (the .ipynb keeps them whole).
MASKED_PARAMETERS = ("report_path", "output_dir", "corpus_dir", "reports_root")
_local = threading.local()


def _exporter(with_code: bool) -> HTMLExporter:
    if not hasattr(_local, "exporters"):
        exporters = []
        for code in (True, False):
            exporter = HTMLExporter(template_name="publish", extra_template_basedirs=[str(TEMPLATES)])
            if not code:
                exporter.exclude_input = True
                exporter.exclude_input_prompt = True
                exporter.exclude_output_prompt = True
            exporters.append(exporter)
        _local.exporters = tuple(exporters)
    return _local.exporters[0 if with_code else 1]


def html_paths(executed: Path) -> tuple[Path, Path]:
    """Where the two renderings of an executed notebook go."""
    return executed.with_suffix(".html"), executed.with_name(executed.stem + ".no-code.html")


def page_title(notebook) -> str:
    """The report's title (and the topic's, for a topic notebook) from the parameters papermill recorded."""
    parameters = notebook.metadata.get("papermill", {}).get("parameters", {})
    try:
        report, topics = _report_and_topics(str(parameters.get("report_path") or paths.DEFAULT_REPORT))
    except Exception:          # a page is still written for a notebook whose report cannot be read
        return ""
    title = report.metadata.title or report.slug
    topic = topics.get(parameters.get("topic", ""))
    return f"{topic.title} — {title}" if topic else title


@lru_cache(maxsize=4)
def _report_and_topics(path: str):
    report = load_report(path)
    return report, load_topics(report.curated(paths.TOPICS_FILE))


def _shown(value, run_dir: Path) -> str:
    """A path papermill injected, as a reader of the page may see it (never a local absolute path)."""
    path = Path(str(value))
    if not path.is_absolute():
        return str(value)
    if path.resolve() == run_dir.resolve():
        return "."                               # the run folder the page stands in
    try:
        return str(path.resolve().relative_to(paths.ROOT.resolve()))
    except ValueError:
        return path.name


def without_local_paths(notebook, run_dir: Path):
    """A copy of ``notebook`` whose injected-parameters cell shows paths relative to the project or the run
    folder: a shared page does not reveal where the run was made. The executed .ipynb keeps the real paths."""
    notebook = nbformat.from_dict(json.loads(json.dumps(notebook)))
    for cell in notebook.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            lines = []
            for line in cell.source.splitlines():
                name, sep, value = line.partition(" = ")
                if sep and name.strip() in MASKED_PARAMETERS:
                    try:
                        shown = _shown(ast.literal_eval(value), run_dir)
                    except (ValueError, SyntaxError):
                        shown = "…"
                    line = f"{name} = {json.dumps(shown, ensure_ascii=False)}"
                lines.append(line)
            cell.source = "\n".join(lines)
    return notebook


def render_html(executed: Path, title: str | None = None, back: bool = True) -> tuple[Path, Path]:
    """Write ``NAME.html`` (with code) and ``NAME.no-code.html`` beside the executed notebook.

    ``title`` defaults to the report's (and topic's); ``back`` links the header to the run's findings page
    (``index.html`` beside it) — off for a page that stands alone, such as the corpus page.
    """
    notebook = nbformat.read(executed, as_version=4)
    title = page_title(notebook) if title is None else title
    notebook = without_local_paths(notebook, executed.parent)
    characters = "".join(set(json.dumps(notebook, ensure_ascii=False) + title))   # what the font must cover
    publish = {"font_css": font_face(characters), "font_stack": stack(), "back": t("page.back") if back else "",
               "title": title}
    targets = html_paths(executed)
    for with_code, target in zip((True, False), targets):
        body, _ = _exporter(with_code).from_notebook_node(
            notebook, resources={"metadata": {"name": executed.stem}, "publish": publish})
        target.write_text(body, encoding="utf-8")
    return targets
