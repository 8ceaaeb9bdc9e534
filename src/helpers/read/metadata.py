"""What a report is: headline, outlet, reporter, dates and address, kept as data beside its text.

``data/reports/<slug>/report.yml`` holds it (fields in ``data/reports/README.md``).
Pages name the report by it; nothing about a particular report is typed into code.

>>> from helpers import paths
>>> meta = load_metadata(paths.DEFAULT_REPORT)
>>> meta.outlet, meta.reporter, meta.published
('大众网·海报新闻', '刘秋怡', '2021-02-25')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath

import yaml

from helpers import paths

URL = re.compile(r"^https?://\S+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class MetadataError(ValueError):
    """A malformed ``report.yml``; the message names the file and the field."""


@dataclass(frozen=True)
class Metadata:
    text: str = ""            # the stored text, relative to the folder (raw/… or text.txt)
    headline: str = ""        # as published; empty when the capture lacks it
    working_title: str = ""   # ours, until the headline is known
    outlet: str = ""
    reporter: str = ""
    published: str = ""       # YYYY-MM-DD
    url: str = ""
    captured: str = ""        # YYYY-MM-DD the text was received
    language: str = "zh-Hans"
    rights: str = ""
    notes: str = ""
    sources: tuple[str, ...] = field(default=())   # addresses the metadata comes from

    @property
    def title(self) -> str:
        """The headline, else our working title, else empty (the page then uses the opening words)."""
        return self.headline or self.working_title

    @classmethod
    def from_found(cls, found: dict) -> "Metadata":
        """Metadata read from a web page or PDF (title, date, site, author), where it had any."""
        published = str(found.get("date") or "")[:10]
        return cls(headline=str(found.get("title") or ""), outlet=str(found.get("sitename") or ""),
                   reporter=str(found.get("author") or ""), url=str(found.get("url") or ""),
                   published=published if ISO_DATE.match(published) else "")

    def as_dict(self) -> dict:
        return {f.name: (list(v) if isinstance(v := getattr(self, f.name), tuple) else v) for f in fields(self)}


def load_metadata(folder: Path) -> Metadata:
    """Read and validate ``folder/report.yml``."""
    path = Path(folder) / paths.METADATA_FILE
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise MetadataError(f"{path}: cannot read the report's metadata ({error})") from None
    if not isinstance(document, dict):
        raise MetadataError(f"{path}: expected a mapping of fields (text, headline, outlet, …)")
    known = {f.name for f in fields(Metadata)}
    unknown = sorted(set(document) - known)
    if unknown:
        raise MetadataError(f"{path}: unknown field(s) {unknown}; known: {sorted(known)}")
    values = {}
    for name, value in document.items():
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if name == "sources":
            if not isinstance(value or [], list) or not all(isinstance(v, str) for v in value or []):
                raise MetadataError(f"{path}: field 'sources' must be a list of addresses")
            values[name] = tuple(value or ())
            continue
        if value is not None and not isinstance(value, (str, int, float)):
            raise MetadataError(f"{path}: field {name!r} must be text, got {value!r}")
        values[name] = "" if value is None else str(value).strip()
    meta = Metadata(**values)
    text = PurePosixPath(meta.text)
    if not meta.text or text.is_absolute() or ".." in text.parts:
        raise MetadataError(f"{path}: field 'text' must name the stored text inside the folder (e.g. raw/report.txt), "
                            f"got {meta.text!r}")
    for name in ("published", "captured"):
        value = getattr(meta, name)
        if value:
            try:
                if not ISO_DATE.match(value):
                    raise ValueError
                dt.date.fromisoformat(value)
            except ValueError:
                raise MetadataError(f"{path}: field {name!r} must be a date YYYY-MM-DD or empty, got {value!r}") \
                    from None
    for address in ((meta.url,) if meta.url else ()) + meta.sources:
        if not URL.match(address):
            raise MetadataError(f"{path}: {address!r} is not an address (http:// or https://, no spaces)")
    return meta
