"""Reading a report: a folder, a text file, a saved web page or a PDF → checked, decoded text.

A report is best kept as a folder ``data/reports/<slug>/`` (see ``data/reports/README.md``):
its text as received under ``raw/``, a ``SHA256SUMS`` that is checked on every read,
``report.yml`` metadata and whatever analysts curated about it. A bare file works
too: a ``.txt`` (UTF-8, or GB18030/GBK decoded and said so), an ``.html`` page (the
article's text extracted, see :mod:`helpers.read.extract`) or a ``.pdf``.

The stored text is never altered (no newline or width normalisation), so every
character offset computed later indexes straight into ``Report.text``.

>>> from helpers.read.report import load_report
>>> report = load_report()                      # the default report folder, checksums verified
>>> report.slug, report.encoding, len(report.text) > 1000
('qingdao-anshun-2020', 'utf-8', True)
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from helpers import paths
from helpers.read.metadata import Metadata, load_metadata

#: The largest report read (bytes). A 10 MB report runs in well under a minute; past this, a run would
#: hold more text than any report we know of, and a mistaken file (a database dump, a video) is refused early.
MAX_BYTES = 32 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}


class ReportError(ValueError):
    """A report that cannot be used; the message names the file and the problem."""


class ReportChecksumError(ReportError):
    """A file of a report folder whose bytes no longer match the recorded SHA-256."""


@dataclass(frozen=True)
class Report:
    path: Path             # what was given: a report folder or a file
    text: str
    encoding: str          # "utf-8" or "gb18030"; for HTML and PDF the encoding of the source as read
    sha256: str            # of the bytes of the file the text comes from
    note: str = ""         # what was done to read it, e.g. "decoded from GB18030"
    slug: str = ""         # the report's name in folders and links: data/reports/<slug>, reports/<slug>
    folder: Path | None = None           # data/reports/<slug>/ when the report is kept as a folder
    text_path: Path | None = None        # the file the text was read from
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def name(self) -> str:
        return self.path.name

    def curated(self, name: str) -> Path | None:
        """``folder/name`` when the report is a folder holding that curated file, else None."""
        if self.folder is None:
            return None
        candidate = self.folder / name
        return candidate if candidate.is_file() else None


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks (the one checksum of the package: runs, corpus and drafts use it)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def recorded_checksums(checksums: Path) -> dict[str, str]:
    """Relative file name → SHA-256 from a ``sha256sum``-format file (empty if there is none)."""
    if not os.path.lexists(checksums):
        return {}
    if not checksums.is_file():
        raise ReportError(f"{checksums}: is not a regular file (a pipe, a device or a broken link)")
    recorded = {}
    for number, line in enumerate(checksums.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ReportError(f"{checksums}: line {number} is not '<sha256>  <file name>': {line!r}")
        recorded[name.strip()] = digest
    return recorded


def verify_folder(folder: Path) -> dict[str, str]:
    """Check every file ``folder/SHA256SUMS`` lists; return the recorded digests.

    Raises :class:`ReportChecksumError` naming the first file whose bytes changed or went missing.
    """
    checksums = folder / paths.CHECKSUMS_FILE
    recorded = recorded_checksums(checksums)
    for name, expected in recorded.items():
        target = folder / name
        if not target.is_file():
            raise ReportChecksumError(f"{target}: listed in {checksums} but missing")
        actual = sha256_of(target)
        if actual != expected:
            raise ReportChecksumError(
                f"{target}: raw data changed — SHA-256 is {actual}, but {checksums} records {expected}. "
                "A report's raw files are immutable: restore the original (git checkout -- data/reports) "
                "or, if the new text is intended, start a new report folder (make new REPORT=…)."
            )
    return recorded


def _looks_like_text(text: str) -> bool:
    """True when decoded text is mostly printable characters (not a binary file)."""
    sample = text[:20000]
    if not sample:
        return True
    control = sum(
        1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cn", "Co") and ch not in "\r\n\t\f"
    )
    return control / len(sample) < 0.01


def decode(data: bytes, path: Path) -> tuple[str, str, str]:
    """Decode report bytes as UTF-8, else GB18030 (a superset of GBK); otherwise raise.

    Returns ``(text, encoding, note)``.
    """
    if b"\x00" in data:
        raise ReportError(f"{path}: binary file (NUL bytes) — expected a UTF-8 or GB18030 text report")
    try:
        text = data.decode("utf-8")
        encoding, note = "utf-8", ""
        if text.startswith("\ufeff"):
            raise ReportError(
                f"{path}: starts with a UTF-8 byte-order mark; save it without the BOM so offsets stay exact"
            )
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ReportError(
                f"{path}: neither UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor GB18030/GBK; "
                "convert the report to UTF-8"
            ) from None
        encoding, note = "gb18030", f"{path.name} is not UTF-8; decoded from GB18030/GBK"
    if not _looks_like_text(text):
        raise ReportError(f"{path}: decodes as {encoding} but is mostly control characters — not a text report")
    return text, encoding, note


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular, readable, non-empty file of at most :data:`MAX_BYTES`; else a ReportError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReportError(f"{path}: report file not found") from None
    except OSError as error:
        raise ReportError(f"{path}: cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReportError(f"{path}: is a folder without {paths.METADATA_FILE}; expected a report folder or a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReportError(f"{path}: is not a regular file (a pipe, socket or device); save the report to a file")
    if info.st_size > MAX_BYTES:
        raise ReportError(f"{path}: {info.st_size / 1e6:.1f} MB is larger than the {MAX_BYTES // 2**20} MiB a "
                          "report may have; split it into reports")
    try:
        # O_NONBLOCK, then fstat of what was opened: a file swapped for a pipe after the stat above is
        # refused too, instead of blocking the run
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except PermissionError:
        raise ReportError(f"{path}: cannot be read (permission denied)") from None
    except OSError as error:
        raise ReportError(f"{path}: cannot be read ({error.strerror or error})") from None
    with open(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ReportError(f"{path}: is not a regular file (a pipe, socket or device); save the report to a file")
        try:
            data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise ReportError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise ReportError(f"{path}: larger than the {MAX_BYTES // 2**20} MiB a report may have")
    if not data.strip():
        raise ReportError(f"{path}: report file is empty")
    return data


def _read_file(path: Path) -> tuple[str, str, str, str, dict]:
    """(text, encoding, sha256, note, metadata found in the file) of a bare report file."""
    data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from helpers.read.extract import html_text

        text, encoding, found = html_text(data, path)
        return text, encoding, digest, f"{path.name}: article text extracted from HTML", found
    if suffix in PDF_SUFFIXES:
        from helpers.read.extract import pdf_text

        text, found = pdf_text(data, path)
        return text, "pdf", digest, f"{path.name}: text extracted from PDF", found
    text, encoding, note = decode(data, path)
    return text, encoding, digest, note, {}


SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def slug_for(name: str, sha256: str) -> str:
    """A folder-safe name for a report: ASCII letters, digits and hyphens, never a runner's own name.

    >>> slug_for("County Economy 2021", "ab" * 32), slug_for("latest", "ab" * 32), slug_for("某县通报", "cd" * 32)
    ('county-economy-2021', 'latest-abababab', 'report-cdcdcdcd')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:48].strip("-")
    if sum(ch.isalpha() for ch in slug) < 3:
        return f"report-{sha256[:8]}"
    if slug in paths.RESERVED_NAMES:
        return f"{slug}-{sha256[:8]}"
    return slug


def _folder_of(path: Path) -> Path | None:
    """The report folder a path is or lies in (symlinks resolved), if any."""
    resolved = path.resolve()
    for candidate in (resolved, *resolved.parents):
        if (candidate / paths.METADATA_FILE).is_file():
            return candidate
        if candidate == paths.REPORT_FOLDERS.resolve() or candidate == candidate.parent:
            break
    return None


def folder_with_text(sha256: str, root: Path | None = None) -> Path | None:
    """The report folder whose stored text has this SHA-256 (a bare copy of a kept report), if any."""
    root = root or paths.REPORT_FOLDERS
    if not root.is_dir():
        return None
    for folder in sorted(p for p in root.iterdir() if (p / paths.METADATA_FILE).is_file()):
        try:
            text_name = load_metadata(folder).text
            if recorded_checksums(folder / paths.CHECKSUMS_FILE).get(text_name) == sha256:
                return folder
        except (ReportError, ValueError):
            continue
    return None


def load_folder(folder: Path) -> Report:
    """Read a report folder: metadata, checksums of its raw files, and its stored text."""
    folder = Path(folder)
    metadata = load_metadata(folder)
    recorded = verify_folder(folder)
    text_path = folder / metadata.text
    if metadata.text not in recorded:
        raise ReportChecksumError(f"{folder / paths.CHECKSUMS_FILE}: records no checksum for the text "
                                  f"{metadata.text!r}; add one with sha256sum (its offsets must stay fixed)")
    text, encoding, digest, note, _ = _read_file(text_path)
    slug = folder.name if SLUG.match(folder.name) and folder.name not in paths.RESERVED_NAMES \
        else slug_for(folder.name, digest)
    return Report(path=folder, text=text, encoding=encoding, sha256=digest, note=note, slug=slug, folder=folder,
                  text_path=text_path, metadata=metadata)


def load_report(path: Path | str = paths.DEFAULT_REPORT) -> Report:
    """Read, check and decode one report: a report folder, or a .txt, .html or .pdf file.

    A file that lies inside a report folder (or is a copy of a kept report's text, by checksum) is read
    as that folder, so its checksum is verified and its curated files apply. Errors (all
    :class:`ReportError`, each naming the file): missing, unreadable, not a regular file, too large,
    empty, binary, an undecodable encoding, or a raw file whose checksum changed.
    """
    path = Path(path)
    if path.is_dir():
        if not (path / paths.METADATA_FILE).is_file():
            raise ReportError(f"{path}: is a folder without {paths.METADATA_FILE}; expected a report folder "
                              "(make new REPORT=… drafts one) or a report file")
        return load_folder(path)
    folder = _folder_of(path) if path.exists() else None
    if folder is not None:
        report = load_folder(folder)
        if path.resolve() != report.text_path.resolve():
            raise ReportError(f"{path}: lies in the report folder {folder} but is not its text "
                              f"({report.metadata.text}); give the folder instead")
        return report
    text, encoding, digest, note, found = _read_file(path)
    kept = folder_with_text(digest)
    if kept is not None:
        report = load_folder(kept)
        return Report(**{**report.__dict__, "path": path,
                         "note": f"{path.name} is the text of the kept report {kept.name}; its curated files apply"})
    metadata = Metadata.from_found(found)
    return Report(path=path, text=text, encoding=encoding, sha256=digest, note=note,
                  slug=slug_for(path.stem, digest), folder=None, text_path=path, metadata=metadata)
