"""Executed notebook → two HTML pages: one with code, one without for sharing.

Exporters are built once per process and reused (building one loads its
templates, the slow part); nbconvert escapes cell sources and text outputs, so
text from the report cannot inject markup into the page.
"""

from __future__ import annotations

import threading
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

_local = threading.local()


def _exporters() -> tuple[HTMLExporter, HTMLExporter]:
    if not hasattr(_local, "exporters"):
        with_code = HTMLExporter(template_name="lab")
        without_code = HTMLExporter(template_name="lab")
        without_code.exclude_input = True
        without_code.exclude_input_prompt = True
        without_code.exclude_output_prompt = True
        _local.exporters = (with_code, without_code)
    return _local.exporters


def html_paths(executed: Path) -> tuple[Path, Path]:
    """Where the two renderings of an executed notebook go."""
    return executed.with_suffix(".html"), executed.with_name(executed.stem + ".no-code.html")


def render_html(executed: Path) -> tuple[Path, Path]:
    """Write ``NAME.html`` (with code) and ``NAME.no-code.html`` beside the executed notebook."""
    notebook = nbformat.read(executed, as_version=4)
    with_code, without_code = _exporters()
    targets = html_paths(executed)
    for exporter, target in zip((with_code, without_code), targets):
        body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": executed.stem}})
        target.write_text(body, encoding="utf-8")
    return targets
