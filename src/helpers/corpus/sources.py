"""Which reports a corpus SOURCE names, streamed one at a time, and the checksum that identifies each.

SOURCE is a folder, a glob, or one report:

* in a folder, every **report folder** (a folder holding ``report.yml``; its files are not looked into further)
  and every **report file** (``.txt``, ``.html``, ``.htm``, ``.xhtml``, ``.pdf`` — what
  :func:`helpers.read.report.load_report` reads) at any depth, hidden entries skipped;
* a glob (``corpus/**/*.txt``) names its matches, whatever their suffix (a folder match is looked into as above;
  a file inside a report folder, such as its ``raw/…txt``, names the folder).

Folders are read entry by entry (``os.scandir``) and nothing is collected, so a source of a million files costs
no memory; the order is the file system's. Symbolic links to files are followed, links to folders are not (no
loops).

A report's **checksum** is what a re-run compares: the SHA-256 of a file's bytes, or of a report folder's files
(each file's relative name and bytes, in name order), so an edited ``report.yml`` or ``claims.csv`` makes the
report new. A file that cannot be read (a pipe, no permission, over the size limit) gets a checksum of its path
and status instead; its worker then records why it cannot be read.

>>> report_checksum(paths.ROOT / "tests" / "fixtures" / "reports" / "county-economy-2021.txt")[:12]
'fe02f9523724'
"""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from helpers import paths
from helpers.read.report import HTML_SUFFIXES, MAX_BYTES, PDF_SUFFIXES, sha256_of

REPORT_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES, *PDF_SUFFIXES})
GLOB_CHARACTERS = frozenset("*?[")


class SourceError(ValueError):
    """A SOURCE that names nothing: missing, or neither a folder, a report nor a glob."""


def report_paths(source: str | Path, exclude: Path | None = None) -> Iterator[Path]:
    """Every report folder and report file ``source`` names (absolute paths), one at a time.

    A SOURCE that names nothing is refused at once (:class:`SourceError`), before anything is read. Nothing
    under ``exclude`` is named (the corpus output folder, whose pages are .html files, may lie inside SOURCE).
    """
    text = str(source)
    path = Path(text).expanduser()
    if not (path.exists() or path.is_symlink() or GLOB_CHARACTERS & set(text)):
        raise SourceError(f"{source}: no such folder or file, and not a glob (corpus/**/*.txt)")
    skip = Path(exclude).resolve() if exclude is not None else None
    return (found for found in _named(text, path) if skip is None or not found.resolve().is_relative_to(skip))


def _named(text: str, path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from ([path.resolve()] if (path / paths.METADATA_FILE).is_file() else _walk(path.resolve()))
    elif path.exists() or path.is_symlink():
        yield path.absolute()
    else:
        last = None
        for match in glob.iglob(os.path.expanduser(text), recursive=True):
            found = Path(match)
            if found.is_dir():
                yield from ([found.resolve()] if (found / paths.METADATA_FILE).is_file() else _walk(found.resolve()))
                continue
            folder = _report_folder_of(found)
            if folder is None:
                yield found.absolute()
            elif folder != last:          # a folder's files are matched together: name it once
                last = folder
                yield folder


def _report_folder_of(file: Path) -> Path | None:
    """The report folder a file lies in (``raw/…`` or directly inside), if any."""
    for parent in list(file.absolute().parents)[:2]:
        if (parent / paths.METADATA_FILE).is_file():
            return parent.resolve()
    return None


def _walk(folder: Path) -> Iterator[Path]:
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = os.scandir(current)
        except OSError:
            continue
        with entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    child = Path(entry.path)
                    if (child / paths.METADATA_FILE).is_file():
                        yield child
                    else:
                        pending.append(child)
                elif Path(entry.name).suffix.lower() in REPORT_SUFFIXES:
                    yield Path(entry.path)


def report_checksum(path: Path) -> str:
    """SHA-256 identifying the report at ``path`` as it is now (see the module's docstring)."""
    path = Path(path)
    try:
        if path.is_dir():
            digest = hashlib.sha256(b"report folder\n")
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                digest.update(f"{file.relative_to(path).as_posix()}\n".encode())
                digest.update(sha256_of(file).encode())
            return digest.hexdigest()
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            return sha256_of(path)
    except OSError:
        pass
    return _status_digest(path)



def _status_digest(path: Path) -> str:
    try:
        info = os.stat(path)
        status = f"{info.st_mode}|{info.st_size}|{info.st_mtime_ns}"
    except OSError as error:
        status = f"missing|{error.errno}"
    return hashlib.sha256(f"unread report\n{path}\n{status}".encode()).hexdigest()
