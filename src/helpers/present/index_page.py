"""The run's ``index.html``: one page to share that links everything a run made.

It shows the report's title, the run's date and parameters, the verification
counts (from ``claims.csv`` / ``checks.csv`` when the run wrote them) and links
to each rendered notebook, with and without code. Every piece of text that
comes from the report or the run is HTML-escaped, so a report containing
``<script>`` shows it as text.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.read.report import load_report
from helpers.read.segment import segment

STYLE = """
body { font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
       "Microsoft YaHei", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0; }
td, th { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; }
.failed { color: #b00; }
"""


def report_title(report_path: Path) -> str:
    """A title for the page: the report's headline (or working title) from its metadata, else its opening words."""
    report = load_report(report_path)
    if report.metadata.title:
        return report.metadata.title
    parts = segment(report.text)
    return parts.documents.label.iloc[0] if len(parts.documents) else report.slug


def _counts(run_dir: Path) -> list[tuple[str, str, int]]:
    rows = []
    for name, column in (("claims.csv", "corroboration"), ("checks.csv", "verdict")):
        path = run_dir / name
        if path.exists():
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            rows.append((name, "rows", len(frame)))
            if column in frame:
                rows.extend((name, value or "—", n) for value, n in sorted(Counter(frame[column]).items()))
    return rows


def embed_font(text: str, target: Path) -> Path | None:
    """Subset the bundled Noto Sans SC to the characters of ``text`` (a few KB) for the page.

    A reader whose machine has no Chinese font still sees glyphs, not boxes.
    Returns None when the font or fontTools is not available.
    """
    try:
        from fontTools import subset

        from helpers.present.theme import _bundled_font
        source = _bundled_font()
    except ImportError:
        return None
    options = subset.Options()
    options.layout_features = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text))))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)
    return target


def write_index(run_dir: Path, manifest: dict) -> Path:
    """Write ``run_dir/index.html`` from the manifest and the files the run produced."""
    e = html.escape
    report_path = Path(manifest["report"]["path"])
    try:
        title = report_title(report_path)
    except Exception:  # the page must still be written for a run whose report reads oddly
        title = report_path.name
    font_face = "@font-face { font-family: \"Noto Sans SC\"; src: url(\"assets/index-font.otf\"); }"
    parameters = manifest.get("parameters") or {}
    notebook_rows = []
    for entry in manifest["notebooks"]:
        links = " · ".join(
            f'<a href="{e(entry[key])}">{label}</a>' for key, label in
            (("html_no_code", "page"), ("html", "with code"), ("notebook", ".ipynb")) if entry.get(key)
        )
        css = "" if entry["status"] == "ok" else ' class="failed"'
        error = f"<br><small>{e(entry['error'])}</small>" if entry.get("error") else ""
        notebook_rows.append(f"<tr{css}><td>{e(entry['name'])}</td><td>{e(entry['status'])}{error}</td>"
                             f"<td>{entry['seconds']:.1f} s</td><td>{links}</td></tr>")
    files = [name for name in ("claims.csv", "checks.csv", "manifest.json", "run.log") if (run_dir / name).exists()]
    figures = sorted((run_dir / "figures").glob("*.png")) if (run_dir / "figures").exists() else []
    counts = _counts(run_dir)
    body = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{e(title)}</title>
<style>{font_face}{STYLE}</style></head>
<body>
<h1>{e(title)}</h1>
<p>Run <code>{e(manifest['run_id'])}</code> of {e(manifest['started'])} — status <b>{e(manifest['status'])}</b>;
report <code>{e(report_path.name)}</code> (SHA-256 <code>{e(manifest['report']['sha256'][:16])}…</code>).</p>
<h2>Parameters</h2>
<table><tr><th>name</th><th>value</th></tr>
{''.join(f'<tr><td>{e(str(k))}</td><td>{e(str(v))}</td></tr>' for k, v in parameters.items()) or '<tr><td colspan="2">defaults</td></tr>'}
</table>
<h2>Verification summary</h2>
<table><tr><th>file</th><th>verdict</th><th>count</th></tr>
{''.join(f'<tr><td>{e(f)}</td><td>{e(v)}</td><td>{n}</td></tr>' for f, v, n in counts) or '<tr><td colspan="3">this run wrote no ledger</td></tr>'}
</table>
<h2>Notebooks</h2>
<table><tr><th>notebook</th><th>status</th><th>time</th><th>open</th></tr>
{''.join(notebook_rows)}
</table>
<h2>Files</h2>
<ul>{''.join(f'<li><a href="{e(name)}">{e(name)}</a></li>' for name in files)}
{''.join(f'<li><a href="figures/{e(p.name)}">figures/{e(p.name)}</a></li>' for p in figures)}</ul>
</body></html>
"""
    if embed_font(body, run_dir / "assets" / "index-font.otf") is None:
        body = body.replace(font_face, "")
    target = run_dir / "index.html"
    target.write_text(body, encoding="utf-8")
    return target
