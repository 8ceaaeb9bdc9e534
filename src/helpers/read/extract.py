"""The article's text from a saved web page or a PDF, with what the file says about itself.

Web pages go through trafilatura (it drops navigation, comments and page chrome
and reads the headline, date, site name and author from the page's markup);
PDFs through pdfplumber, page by page. The text returned is what the analysis
reads: offsets index into it. ``make new`` stores it as the report folder's
``text.txt`` (checksummed), so later runs read the same characters even if the
extraction library changes.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from helpers.read.report import ReportError, _looks_like_text

_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})(\d{2})")


def html_text(data: bytes, path: Path) -> tuple[str, str, dict]:
    """(text, "html", found metadata) of a saved web page; a page with no article text is an error."""
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                           include_tables=True, favor_recall=True)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise ReportError(f"{path}: no article text could be extracted from this web page "
                          "(save the page's text as a .txt file instead)")
    found = {key: getattr(document, key, None) for key in ("title", "date", "author", "sitename", "url")}
    return text + "\n", "html", found


def pdf_text(data: bytes, path: Path) -> tuple[str, dict]:
    """(text, found metadata) of a PDF: each page's text in order, pages separated by a blank line."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [(page.extract_text() or "").strip() for page in pdf.pages]
            info = pdf.metadata or {}
    except Exception as error:   # pdfminer raises many kinds for a damaged file; all mean "not readable"
        raise ReportError(f"{path}: not a readable PDF ({type(error).__name__}: {error})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise ReportError(f"{path}: the PDF holds no text (a scan?); run OCR first or save the text as .txt")
    if not _looks_like_text(text):
        raise ReportError(f"{path}: the PDF's text is mostly control characters")
    date = _PDF_DATE.match(str(info.get("CreationDate") or ""))
    found = {"title": _clean(info.get("Title")), "author": _clean(info.get("Author")),
             "date": "-".join(date.groups()) if date else ""}
    return text + "\n", found


def _clean(value) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").strip()
