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
    named = {p.replace("<slug>", paths.DEFAULT_SLUG) for p in REPO_PATH.findall(README)}
    assert len(named) > 10

    def exists(name: str) -> bool:   # a bare file name may be one of the default report folder's files
        return (paths.ROOT / name).exists() or ("/" not in name and (paths.DEFAULT_REPORT / name).exists())

    missing = sorted(p for p in named if not exists(p))
    assert not missing, f"README names missing paths: {missing}"


def test_every_notebook_is_in_the_inventory():
    for notebook in paths.NOTEBOOKS.glob("*.ipynb"):
        assert f"notebooks/{notebook.name}" in README, notebook.name


def test_every_module_is_listed():
    package = paths.ROOT / "src" / "helpers"
    for module in package.rglob("*.py"):
        relative = module.relative_to(package).as_posix()
        if module.name not in ("__init__.py", "__main__.py") and not relative.startswith("quantities/"):
            assert f"src/helpers/{relative}" in README, relative
