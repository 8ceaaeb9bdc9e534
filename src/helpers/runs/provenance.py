"""What a run was made from: input checksums, package versions, git commit.

These go into each run's ``manifest.json`` so a rendered report can be traced
back to the exact text, curated data, code and environment that produced it.
"""

from __future__ import annotations

import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from helpers import paths
from helpers.read.report import sha256_of

PACKAGES = (
    "helpers", "pandas", "numpy", "matplotlib", "seaborn", "papermill", "nbconvert",
    "nbclient", "ipykernel", "jupyterlab", "pylopdf-fonts-zh-cn",
)


def package_versions(names: tuple[str, ...] = PACKAGES) -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def git_state(root: Path = paths.ROOT) -> dict[str, object]:
    """Commit hash and whether the work tree had uncommitted changes (None outside git)."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit, "dirty": bool(status) if status is not None else None}


def input_checksums(report: Path, notebooks: list[Path]) -> dict[str, str]:
    """SHA-256 of the report (every file of its folder) and of the notebooks a run reads."""
    report = Path(report)
    files = sorted(p for p in report.rglob("*") if p.is_file()) if report.is_dir() else [report]
    return {_display(p): sha256_of(p) for p in [*files, *notebooks]}


def _display(path: Path) -> str:
    path = Path(path).resolve()
    try:
        return str(path.relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def interpreter() -> str:
    return sys.executable
