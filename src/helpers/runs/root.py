"""An output root — ``OUT/runs/<run id>/``, ``OUT/latest`` and ``OUT/.lock`` — and what may happen in it.

**Where a root may be** (:func:`check_location`): outside the repository, anywhere that is not at or
inside a ``latest`` link or a runner's ``runs/`` folder; inside the repository, only as
``reports/<slug>/`` of the report being run (never ``reports/`` itself, ``reports/interactive``,
``data/``, ``src/``, ``notebooks/``, ``tests/`` or any other folder of the project).

**One lock per root** (:func:`locked`): ``run`` and ``prune`` take an exclusive ``fcntl.flock`` on
``OUT/.lock`` and *refuse at once* with :class:`RootBusy` (exit 3) when another process holds it,
naming that process. A run therefore never shares its root with a second run or with a prune; the
lock goes with the process, so a killed run frees it.

**Whole folders only**: a run folder carries an ``.incomplete`` marker from the moment it is made
until its manifest lists every file with its SHA-256 (:func:`file_checksums`); :func:`verify_whole`
checks that list, and only then does :func:`promote` move ``latest``. :func:`prune` (under the lock)
deletes marked folders — a killed run's — and complete ones beyond the newest ``keep``, never the one
``latest`` points to, and never a folder the runner did not make.

>>> from helpers.runs.root import RUN_NAME
>>> bool(RUN_NAME.match("20261129-061500-whatif-n_years-1")), bool(RUN_NAME.match("my-notes"))
(True, False)
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from helpers import paths
from helpers.read.report import sha256_of

# What ``helpers run`` and ``helpers prune`` end with (the command line returns these).
EXIT_OK = 0          # every notebook succeeded; latest promoted (or, for a what-if run, its own folder written)
EXIT_FAILED = 1      # a notebook failed, or the run folder could not be finished; latest untouched
EXIT_BAD_INPUT = 2   # the report, a parameter or the output folder is unusable; nothing ran
EXIT_BUSY = 3        # another run or prune holds the output folder's lock; nothing ran

LOCK_FILE = ".lock"
INCOMPLETE = ".incomplete"          # in a run folder until its manifest is written and checked
MANIFEST = "manifest.json"
PROBE = ".probe"
RUN_NAME = re.compile(r"^\d{8}-\d{6}(-[A-Za-z0-9_.-]+)?$")
#: Free space asked of a root before a run starts: the size of the run ``latest`` points to (a new run of
#: the same report is about as large), and never less than this.
MIN_FREE_BYTES = 4 * 2**20
PROBE_BYTES = 64 * 1024

# Folders of the project a run never writes into (relative to the project root).
_PROJECT_FOLDERS = ("data", "src", "notebooks", "tests", "bench", ".git", ".ci", ".venv")


class RunError(RuntimeError):
    """A run or prune that cannot start (bad input or an unusable output folder); the message says what and where."""


class RootBusy(RunError):
    """Another run or prune holds the output root's lock."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _is_runs_folder(folder: Path) -> bool:
    """A ``runs/`` folder the runner made: beside a ``latest`` entry, or holding run folders."""
    if folder.name != "runs":
        return False
    if os.path.lexists(folder.parent / "latest"):
        return True
    try:
        return any(RUN_NAME.match(child.name) and child.is_dir() for child in folder.iterdir())
    except OSError:
        return False


def check_location(out: Path | str, slug: str) -> Path:
    """The absolute output root for ``out``, or a :class:`RunError` saying why it may not hold runs.

    Checked on the path as given (``..`` folded) and with its symlinks resolved, so neither a name nor
    a link can lead a run into a published run, a ``runs/`` folder or the project's own folders.
    """
    given = Path(os.path.abspath(out))
    resolved = given.resolve()
    for path in (given, resolved):
        for part in (path, *path.parents):
            if part.name == "latest" and (part == path or part.is_symlink() or not part.exists()):
                raise RunError(f"{out}: lies at or inside a 'latest' link; an output root holds latest, "
                               "it is never inside one (give the folder that holds runs/ and latest)")
            if part.name == "runs" and (part == path or _is_runs_folder(part)):
                raise RunError(f"{out}: lies in a runs/ folder; give the output root that holds runs/ and latest")
    root = paths.ROOT.resolve()
    if _inside(resolved, root):
        output = paths.OUTPUT.resolve()
        expected = output / slug
        if resolved != expected:
            where = next((f"{name}/" for name in _PROJECT_FOLDERS if _inside(resolved, root / name)), None)
            what = f"is inside the project's {where}" if where else "is inside the project"
            raise RunError(f"{out}: {what}; inside the project a report's runs go only to "
                           f"{expected.relative_to(root)}/ (leave out --out), or give a folder outside the project")
    return given


@contextmanager
def locked(out: Path, purpose: str) -> Iterator[None]:
    """Hold ``OUT/.lock`` exclusively for the block; :class:`RootBusy` at once if another process holds it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / LOCK_FILE, "a+", encoding="utf-8")
    except OSError as error:
        raise RunError(f"{out}: output folder cannot be written ({error.strerror or error})") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise RootBusy(f"{out}: busy — {holder} holds {out / LOCK_FILE}; nothing was done. "
                           "Run again when it has finished (one run or prune per output folder at a time)") from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} ({purpose}, since {time.strftime('%Y-%m-%d %H:%M:%S')})\n")
            handle.flush()
        except OSError:
            pass          # the lock holds even when its note cannot be written (a full disk)
        yield
    finally:
        handle.close()    # closing releases the flock


def latest_target(out: Path) -> Path | None:
    """The run folder ``OUT/latest`` points to, or None when there is no latest yet."""
    latest = out / "latest"
    return latest.resolve() if latest.is_symlink() and latest.resolve().is_dir() else None


def check_latest(out: Path) -> None:
    """Refuse a ``latest`` that promotion could not replace: a real folder or file, or a link out of ``runs/``."""
    latest = out / "latest"
    if latest.is_symlink():
        target = Path(os.path.normpath(latest.parent / os.readlink(latest)))
        if target.parent != out / "runs" and latest.resolve().parent != (out / "runs").resolve():
            raise RunError(f"{latest}: points to {target}, outside {out / 'runs'}; "
                           "it is not the runner's link — move it away")
    elif latest.exists():
        kind = "folder" if latest.is_dir() else "file"
        raise RunError(f"{latest}: is a real {kind}, not the runner's symlink; move it away, then run again")


def folder_bytes(folder: Path | None) -> int:
    if folder is None:
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def probe(out: Path, run_dir: Path) -> None:
    """Fail now, before any notebook runs, when the root cannot take a run.

    ``latest``'s folder must let a link be made and replaced; the run folder must take a file; the
    file system must have about as much free space as the last published run took.
    """
    try:
        link = out / f".latest.probe.{os.getpid()}"
        if os.path.lexists(link):
            link.unlink()
        os.symlink("runs", link)
        link.unlink()
    except OSError as error:
        raise RunError(f"{out}: 'latest' cannot be replaced there ({error.strerror or error}); "
                       "the output folder must be writable") from None
    target = run_dir / PROBE
    try:
        with open(target, "wb") as handle:
            handle.write(b"\0" * PROBE_BYTES)
            handle.flush()
            os.fsync(handle.fileno())
        target.unlink()
    except OSError as error:
        raise RunError(f"{run_dir}: cannot be written ({error.strerror or error})") from None
    needed = max(MIN_FREE_BYTES, folder_bytes(latest_target(out)))
    try:
        stats = os.statvfs(run_dir)
    except OSError:
        return
    free = stats.f_bavail * stats.f_frsize
    if free < needed:
        raise RunError(f"{run_dir}: only {free / 2**20:.1f} MiB free on its disk; a run needs about "
                       f"{needed / 2**20:.1f} MiB (the size of the last published run). Free some space "
                       f"(helpers prune --keep N) and run again") from None


def new_run_dir(out: Path, suffix: str = "") -> Path:
    """Make ``OUT/runs/<YYYYmmdd-HHMMSS>[-suffix]/``, marked ``.incomplete``."""
    runs = out / "runs"
    try:
        runs.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S") + (f"-{suffix}" if suffix else "")
        for n in range(1, 1000):
            candidate = runs / (stamp if n == 1 else f"{stamp}-{n}")
            try:
                candidate.mkdir()
            except FileExistsError:
                continue
            (candidate / INCOMPLETE).write_text("a run is writing this folder, or was killed while it did\n",
                                                encoding="utf-8")
            return candidate
    except OSError as error:
        raise RunError(f"{out}: output folder cannot be written ({error.strerror or error})") from None
    raise RunError(f"{runs}: could not make a new run folder")



def file_checksums(run_dir: Path) -> dict[str, str]:
    """``relative path → SHA-256`` of every file of a run folder but its manifest and markers, sorted."""
    skip = {MANIFEST, INCOMPLETE, PROBE}
    found = {}
    for path in sorted(run_dir.rglob("*")):
        relative = path.relative_to(run_dir).as_posix()
        if path.is_file() and relative not in skip and not relative.startswith(f".{MANIFEST}"):
            found[relative] = sha256_of(path)
    return found


def verify_whole(run_dir: Path, files: dict[str, str]) -> None:
    """Raise :class:`RunError` unless every listed file is there with its recorded SHA-256."""
    for relative, expected in files.items():
        path = run_dir / relative
        if not path.is_file():
            raise RunError(f"{path}: listed in the manifest but missing; the run folder is not whole")
        if sha256_of(path) != expected:
            raise RunError(f"{path}: changed since the manifest recorded it; the run folder is not whole")


def is_complete(folder: Path) -> bool:
    """A finished run folder: its manifest written and no ``.incomplete`` marker."""
    return (folder / MANIFEST).is_file() and not (folder / INCOMPLETE).exists()


def promote(run_dir: Path, latest: Path) -> None:
    """Point ``latest`` at ``run_dir`` atomically (a relative symlink, replaced in one step)."""
    if latest.exists() and not latest.is_symlink():
        raise RunError(f"{latest} is a real folder, not the runner's symlink; move it away to promote runs")
    if (run_dir / INCOMPLETE).exists():
        raise RunError(f"{run_dir}: still marked incomplete; it is not promoted")
    temporary = latest.with_name(f".{latest.name}.{os.getpid()}.tmp")
    if os.path.lexists(temporary):
        temporary.unlink()
    try:
        os.symlink(os.path.relpath(run_dir, latest.parent), temporary)
        os.replace(temporary, latest)
    except OSError:
        if os.path.lexists(temporary):
            temporary.unlink()
        raise


def prune(out: Path | str, keep: int) -> list[Path]:
    """Delete, under the root's lock, killed runs' folders and all but the ``keep`` newest complete runs.

    Never the folder ``latest`` points to, never a folder whose name the runner would not give.
    Returns the folders removed. Raises :class:`RootBusy` while a run is writing into ``out``.
    """
    if keep < 1:
        raise RunError(f"--keep must be at least 1, got {keep}")
    out = Path(out)
    runs = out / "runs"
    if not runs.is_dir():
        return []
    removed = []
    with locked(out, "helpers prune"):
        protected = latest_target(out)
        folders = sorted((p for p in runs.iterdir() if p.is_dir() and not p.is_symlink() and RUN_NAME.match(p.name)),
                         key=lambda p: p.name)
        complete = [p for p in folders if is_complete(p)]
        doomed = [p for p in folders if not is_complete(p)] + complete[:-keep]
        for folder in sorted(doomed, key=lambda p: p.name):
            if protected is not None and folder.resolve() == protected:
                continue
            try:
                shutil.rmtree(folder)
            except OSError as error:
                raise RunError(f"{folder}: cannot be deleted ({error.strerror or error}); "
                               f"{len(removed)} folder(s) were removed before it") from None
            removed.append(folder)
    return removed


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)
