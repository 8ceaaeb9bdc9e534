"""Notebooks are committed thin and without outputs, with a typed parameters cell."""

import ast
import json

import pytest

from helpers import paths
from helpers.runs.notebooks import discover

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS and [s.path for s in discover()] == NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_cell_is_tagged_typed_and_commented(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: exactly one cell tagged 'parameters'"
    source = "".join(tagged[0]["source"])
    tree = ast.parse(source)
    assigned = [node for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))]
    assert assigned and all(isinstance(node, ast.AnnAssign) for node in assigned), "every parameter is typed"
    lines = source.splitlines()
    for node in assigned:
        assert "#" in lines[node.lineno - 1], f"{path.name}: parameter {node.target.id} has no comment"
        try:
            ast.literal_eval(node.value)
        except ValueError:
            raise AssertionError(f"{path.name}: compute {node.target.id} below the parameters cell") from None
    assert "report_path" in {node.target.id for node in assigned}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_thin(path):
    """No function or class definitions in a notebook: they belong in src/helpers/."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            tree = ast.parse("".join(cell["source"]))
            assert not any(isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda)) for n in ast.walk(tree)), path.name
