"""The README starts with the two commands and names only paths that exist."""

import re

from helpers import paths

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")
REPO_PATH = re.compile(r"`((?:data|src|notebooks|tests|\.ci)/[^`\s]*|[A-Za-z_.-]+\.(?:toml|yml|lock|md)|Makefile)`")


def test_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make report", "make test"]


def test_ci_calls_the_readme_test_command():
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_path_the_readme_names_exists():
    named = set(REPO_PATH.findall(README))
    assert len(named) > 10
    missing = sorted(p for p in named if not (paths.ROOT / p).exists())
    assert not missing, f"README names missing paths: {missing}"


def test_every_notebook_is_in_the_inventory():
    for notebook in paths.NOTEBOOKS.glob("*.ipynb"):
        assert f"notebooks/{notebook.name}" in README, notebook.name


def test_every_module_is_listed():
    for module in (paths.ROOT / "src" / "helpers").glob("*.py"):
        if module.name not in ("__init__.py", "__main__.py"):
            assert f"src/helpers/{module.name}" in README, module.name
