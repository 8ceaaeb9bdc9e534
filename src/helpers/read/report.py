"""Reading a report file: bytes → checked, decoded text.

The raw text is never altered (no newline or width normalisation), so every
character offset computed later indexes straight into ``Report.text``.

>>> from helpers.read.report import load_report
>>> report = load_report()                      # the committed report, checksum verified
>>> report.encoding, len(report.text) > 1000
('utf-8', True)
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from helpers import paths


class ReportError(ValueError):
    """A report file that cannot be used; the message names the file and the problem."""


class ReportChecksumError(ReportError):
    """A file under data/raw/ whose bytes no longer match the recorded SHA-256."""


@dataclass(frozen=True)
class Report:
    path: Path
    text: str
    encoding: str          # "utf-8" or "gb18030"
    sha256: str            # of the bytes on disk
    note: str = ""         # what was done to read it, e.g. "decoded from GB18030"

    @property
    def name(self) -> str:
        return self.path.name


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recorded_checksums(checksums: Path = paths.CHECKSUMS) -> dict[str, str]:
    """File name → SHA-256 from a ``sha256sum``-format file (empty if there is none)."""
    if not checksums.exists():
        return {}
    recorded = {}
    for number, line in enumerate(checksums.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ReportError(f"{checksums}: line {number} is not '<sha256>  <file name>': {line!r}")
        recorded[name.strip()] = digest
    return recorded


def verify_checksum(path: Path, digest: str, checksums: Path = paths.CHECKSUMS) -> None:
    """Raise if ``path`` lives beside ``checksums`` and its recorded digest differs."""
    path = Path(path)
    if path.resolve().parent != checksums.resolve().parent:
        return
    expected = recorded_checksums(checksums).get(path.name)
    if expected is not None and expected != digest:
        raise ReportChecksumError(
            f"{path}: raw data changed — SHA-256 is {digest}, but {checksums} records {expected}. "
            "Raw files are immutable: restore the original (git checkout -- data/raw) "
            "or, if the new text is intended, add it as a new file with its own checksum."
        )


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
    if b"\x00" in data[:65536]:
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


def load_report(path: Path | str = paths.DEFAULT_REPORT, checksums: Path = paths.CHECKSUMS) -> Report:
    """Read, check and decode one report file.

    Errors (all :class:`ReportError`, each naming the file): missing, a folder, empty,
    binary, an undecodable encoding, or a raw file whose checksum changed.
    """
    path = Path(path)
    if not path.exists():
        raise ReportError(f"{path}: report file not found")
    if path.is_dir():
        raise ReportError(f"{path}: is a folder, expected a text file")
    data = path.read_bytes()
    if not data.strip():
        raise ReportError(f"{path}: report file is empty")
    digest = hashlib.sha256(data).hexdigest()
    verify_checksum(path, digest, checksums)
    text, encoding, note = decode(data, path)
    return Report(path=path, text=text, encoding=encoding, sha256=digest, note=note)
