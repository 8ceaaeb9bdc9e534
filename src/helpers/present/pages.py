"""The run's own pages: the front page (``index.html``), the annotated report and the data dictionary.

The **front page** leads with findings: the report's identity (from its ``report.yml``), a summary
a reader takes in a minute, every finding most serious first (:mod:`helpers.present.findings`), the
claims counted in one vocabulary (:mod:`helpers.vocabulary`), what changed since the previous
published run (from the manifest the runner keeps), then the notebooks and files. The **annotated
report** (:mod:`helpers.present.annotate`) shows the full text with every claim marked.
``datapackage.json`` describes every column of ``claims.csv`` and ``checks.csv`` (Frictionless).

Pages are Jinja2 templates (``templates/pages/``) that escape by default; each is one file with its
font embedded and no script or style from a network, so a run folder can be opened from ``file://``,
put on any static host, or sent as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from helpers.analysis import DEFAULT_TOLERANCE, Analysis, analyse
from helpers.present.annotate import annotated_parts, claim_details, claim_parts, part_name, write_claim_map
from helpers.present.datapackage import write_datapackage
from helpers.present.findings import findings, status_counts, summary
from helpers.present.fonts import font_face, stack
from helpers.present.wording import t, wording
from helpers.runs.provenance import package_versions
from helpers.vocabulary import STATUSES, WORDS

TEMPLATES = Path(__file__).with_name("templates") / "pages"
LEAD_FIGURE = "figures/fig-checks.png"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(w=wording(), words=WORDS, statuses=STATUSES, font_stack=stack())
    return env


def analysis_of_run(manifest: dict) -> Analysis:
    """The analysis a run showed: its report with its tolerance and check parameters."""
    given = dict(manifest.get("parameters") or {})
    tolerance = float(given.get("tolerance", DEFAULT_TOLERANCE))
    base = analyse(manifest["report"]["path"], tolerance)
    checks = {name: value for name, value in given.items() if name in base.parameter_specs}
    return analyse(manifest["report"]["path"], tolerance, **checks) if checks else base


TITLE_CHARS = 60


def _first_line(analysis: Analysis) -> str:
    """The text's first line that is not page furniture (editor lines, bylines, [详细] links)."""
    chrome = set(analysis.parts.chrome["start"].tolist())
    offset = 0
    for line in analysis.report.text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if stripped and start not in chrome:
            return stripped
    return ""


def _title(analysis: Analysis) -> tuple[str, str]:
    """The page's title and, when it is not the published headline, a note that says what it is."""
    meta = analysis.report.metadata
    if meta.headline:
        return meta.headline, ""
    if meta.working_title:
        return meta.working_title, t("front.working_title_note")
    read = analysis.parts.headline
    if read and len(read) <= TITLE_CHARS:          # under a masthead, over its dateline (read.segment)
        return read, t("front.read_headline_note")
    first = _first_line(analysis)
    if first and len(first) <= TITLE_CHARS:
        return first, t("front.first_line_note")
    labels = analysis.parts.documents.label
    return (str(labels.iloc[0]) if len(labels) else t("front.untitled")), t("front.first_line_note")


def _notebook_label(entry: dict, analysis: Analysis, run_dir: Path) -> str:
    """The notebook's own title (its first heading), and for a topic notebook the topic's title."""
    label = entry["name"]
    executed = run_dir / entry["notebook"] if entry.get("notebook") else None
    if executed is not None and executed.exists():
        try:
            cells = json.loads(executed.read_text(encoding="utf-8")).get("cells", [])
            first = next(("".join(c["source"]) for c in cells if c.get("cell_type") == "markdown"), "")
            heading = next((line[2:].strip() for line in first.splitlines() if line.startswith("# ")), "")
            label = heading or label
        except (OSError, ValueError, KeyError):
            pass
    topic = entry.get("parameters", {}).get("topic")
    if topic and topic in analysis.topics:
        label = f"{label}: {analysis.topics[topic].title}"
    return label


def write_front(run_dir: Path, manifest: dict, analysis: Analysis, annotated_href: str) -> Path:
    found = findings(analysis)
    title, title_note = _title(analysis)
    parts = claim_parts(analysis)
    ledger = analysis.ledger
    claim_text = dict(zip(ledger.claim_id, ledger.text))
    data_files = [(name, t(f"front.{key}")) for name, key in (
        ("claims.csv", "data_claims"), ("checks.csv", "data_checks"), ("datapackage.json", "data_package"),
        ("manifest.json", "data_manifest"), ("run.log", "data_log")) if (run_dir / name).exists()]
    figures = sorted(f"figures/{p.name}" for p in (run_dir / "figures").glob("*.png")) \
        if (run_dir / "figures").is_dir() else []
    notebooks = [dict(entry, label=_notebook_label(entry, analysis, run_dir)) for entry in manifest.get("notebooks", [])]
    failed = sum(1 for n in notebooks if n.get("status") != "ok")
    git = manifest.get("git") or {}
    generated = t("page.generated", version=package_versions(("helpers",)).get("helpers", "?"),
                  commit=(git.get("commit") or "unknown")[:10], date=dt.date.today().isoformat())
    page_text = " ".join([title, analysis.report.metadata.outlet, analysis.report.metadata.reporter,
                          analysis.report.metadata.notes, analysis.report.metadata.rights,
                          *(f.headline + f.sentence for f in found), *claim_text.values()])
    body = environment().get_template("front.html.j2").render(
        font_css=font_face(page_text + json.dumps(wording(), ensure_ascii=False)),
        title=title, title_note=title_note, meta=analysis.report.metadata, run_id=manifest.get("run_id", ""),
        what_if=bool(manifest.get("what_if")), what_if_reasons=manifest.get("what_if_reasons") or [], summary=summary(analysis, found), findings=found,
        claim_text=claim_text, claim_href=lambda claim_id: f"{parts.get(claim_id, annotated_href)}#{claim_id}",
        annotated_href=annotated_href, counts=status_counts(analysis), changes=manifest.get("changes"),
        notebooks=notebooks, failed=failed, data_files=data_files, figures=figures,
        lead_figure=LEAD_FIGURE if (run_dir / LEAD_FIGURE).exists() else "",
        parameters=manifest.get("parameters") or {}, tolerance=f"{analysis.tolerance:.0%}", generated=generated)
    target = run_dir / "index.html"
    target.write_text(body, encoding="utf-8")
    return target


def write_annotated(run_dir: Path, analysis: Analysis) -> list[Path]:
    """``annotated.html`` (and ``annotated-N.html`` for a long text), plus the claim map they share."""
    title, _ = _title(analysis)
    pieces = annotated_parts(analysis)
    where = claim_parts(analysis)
    details = claim_details(analysis)
    by_part: dict[str, list[dict]] = {}
    for claim_id, part in where.items():
        by_part.setdefault(part, []).append(details[claim_id])
    counts = analysis.ledger["status"].value_counts().to_dict()
    claim_map = write_claim_map(analysis, run_dir)
    everything = analysis.report.text + title + json.dumps(wording(), ensure_ascii=False) + " ".join(
        d["subject"] + d["sources_detail"] + d["evidence"] for d in details.values())
    font_css = font_face(everything)          # one subset for every part
    written = []
    template = environment().get_template("annotated.html.j2")
    for number, body in enumerate(pieces, 1):
        name = part_name(number)
        page = template.render(
            font_css=font_css, title=title, body=body, details=by_part.get(name, []), counts=counts, number=number,
            total=len(pieces), previous=part_name(number - 1), next=part_name(number + 1),
            claim_map=claim_map.name if claim_map else "")
        target = run_dir / name
        target.write_text(page, encoding="utf-8")
        written.append(target)
    return written


def write_index(run_dir: Path, manifest: dict) -> Path:
    """Write the run's pages: ``index.html`` (front page), the annotated report and ``datapackage.json``.

    A run whose report cannot be analysed (it failed before the ledger) still gets a front page
    listing its notebooks and the error, so a failed run is never a blank folder.
    """
    run_dir = Path(run_dir)
    try:
        analysis = analysis_of_run(manifest)
    except Exception as error:          # the page must still say what happened
        return _write_bare(run_dir, manifest, f"{type(error).__name__}: {error}")
    annotated = write_annotated(run_dir, analysis)
    write_datapackage(run_dir)
    return write_front(run_dir, manifest, analysis, annotated[0].name)


def _write_bare(run_dir: Path, manifest: dict, problem: str) -> Path:
    notebooks = [dict(entry, label=entry["name"]) for entry in manifest.get("notebooks", [])]
    body = environment().get_template("bare.html.j2").render(
        font_css=font_face(problem + json.dumps(manifest, ensure_ascii=False)), manifest=manifest,
        problem=problem, notebooks=notebooks)
    target = run_dir / "index.html"
    target.write_text(body, encoding="utf-8")
    return target
