"""Starting a new report: a folder drafted from a text, a web page or a PDF runs at once, and its drafts are data."""

import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest
import yaml

from helpers import paths
from helpers.analysis import analyse
from helpers.claims.checks import load_checks
from helpers.claims.draft import DRAFTED_FILE, DraftError, draft_report
from helpers.claims.ledger import load_curated
from helpers.claims.reviews import REVIEW_COLUMNS
from helpers.evidence.corroborate import REFERENCE_COLUMNS, load_reference
from helpers.read.report import load_report

from .conftest import FIXTURES

BULLETIN = FIXTURES / "relations" / "statistical-bulletin-2022.txt"


@pytest.fixture
def drafted(tmp_path):
    return draft_report(BULLETIN, root=tmp_path / "reports", today="2024-05-01")


def test_a_drafted_folder_holds_the_text_its_checksums_and_the_drafts(drafted):
    folder = drafted.folder
    assert drafted.slug == "statistical-bulletin-2022" and folder.name == drafted.slug
    assert (folder / "raw" / BULLETIN.name).read_bytes() == BULLETIN.read_bytes()
    report = load_report(folder)                         # checksums verified
    assert report.text == BULLETIN.read_text(encoding="utf-8") and report.folder == folder
    meta = report.metadata
    assert meta.headline == "青山市2022年国民经济和社会发展统计公报" and meta.outlet == "青山市统计局"
    assert meta.published == "2023-03-20" and meta.captured == "2024-05-01" and "Drafted by make new" in meta.notes
    assert pd.read_csv(folder / "references.csv").columns.tolist() == REFERENCE_COLUMNS
    assert load_reference(folder / "references.csv").empty
    assert pd.read_csv(folder / "reviews.csv").columns.tolist() == REVIEW_COLUMNS
    listed = (folder / DRAFTED_FILE).read_text(encoding="utf-8")
    assert all(name in listed for name in ("report.yml", "claims.csv", "checks.yml", "references.csv"))


def test_drafted_claims_have_stable_unique_ids_and_quotes_that_occur_once(drafted):
    claims = load_curated(drafted.folder / "claims.csv")
    text = BULLETIN.read_text(encoding="utf-8")
    assert len(claims) == drafted.claims > 80 and claims.claim_id.is_unique
    assert all(text.count(quote) == 1 for quote in claims.quote)
    assert claims.claim_id.iloc[0] == "s1-1" and claims.subject.iloc[0] == "全年全市地区生产总值"
    periods = dict(zip(claims.mention, claims.period))
    assert periods["486.2亿元"] == "2022"                  # 全年 of a 2022 bulletin
    assert periods["47家"] == "2021"                       # 2021年为47家
    again = draft_report(BULLETIN, root=drafted.folder.parent / "again", today="2024-05-01")
    assert (again.folder / "claims.csv").read_bytes() == (drafted.folder / "claims.csv").read_bytes()
    assert (again.folder / "checks.yml").read_bytes() == (drafted.folder / "checks.yml").read_bytes()


def test_the_drafts_run_at_once_and_reproduce_the_checks_found_on_the_bare_text(drafted):
    analysis = analyse(drafted.folder)
    assert analysis.curated and not analysis.checks_found
    bare = analyse(BULLETIN).checks.set_index(analyse(BULLETIN).checks.check_id.str.removeprefix("auto-"))
    checks = analysis.checks.set_index("check_id")
    assert len(checks) == drafted.checks == len(bare)
    assert checks.verdict.to_dict() == bare.verdict.to_dict()
    assert checks.computed.tolist() == pytest.approx(bare.loc[checks.index, "computed"].tolist(), nan_ok=True)
    assert (checks.assumptions.str.len() > 20).all()


def test_an_edited_check_is_run_as_edited(drafted):
    path = drafted.folder / "checks.yml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    [profit] = [c for c in document["checks"] if c["check_id"] == "growth-512"]   # 86.5 on 74.2 is +16.6%, not 19.6%
    assert analyse(drafted.folder).check("growth-512").verdict == "inconsistent"
    profit["assumptions"] = ["the text's 19.6% is the change of 86.5亿元 on a base 1.8亿元 lower than stated"]
    profit["formula"] = "(current / (base - 18e7) - 1) * 100"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    load_checks(path)
    edited = analyse(drafted.folder).check("growth-512")
    assert edited.verdict == "consistent" and edited.computed == pytest.approx((86.5 / 72.4 - 1) * 100)


def test_a_folder_is_never_overwritten(drafted):
    with pytest.raises(DraftError, match="exists"):
        draft_report(BULLETIN, root=drafted.folder.parent)
    again = draft_report(BULLETIN, root=drafted.folder.parent, force=True, today="2024-06-01")
    assert load_report(again.folder).metadata.captured == "2024-06-01"
    claims = again.folder / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace("全年全市地区生产总值", "地区生产总值", 1),
                      encoding="utf-8")
    with pytest.raises(DraftError, match="claims.csv: was edited"):
        draft_report(BULLETIN, root=drafted.folder.parent, force=True)
    fresh = draft_report(BULLETIN, root=drafted.folder.parent / "fresh")
    other = drafted.folder.parent / "other.txt"
    other.write_text("另一份报告\n全县人口52万人。\n", encoding="utf-8")
    with pytest.raises(DraftError, match="another text"):
        draft_report(other, slug=fresh.slug, root=fresh.folder.parent, force=True)
    handwritten = drafted.folder.parent / "handwritten"
    shutil.copytree(fresh.folder, handwritten)
    (handwritten / DRAFTED_FILE).unlink()
    with pytest.raises(DraftError, match="was not drafted"):
        draft_report(BULLETIN, slug="handwritten", root=drafted.folder.parent, force=True)


def test_bad_names_kept_reports_and_bad_files_are_refused(tmp_path):
    with pytest.raises(DraftError, match="lowercase"):
        draft_report(BULLETIN, slug="latest", root=tmp_path)
    with pytest.raises(DraftError, match="lowercase"):
        draft_report(BULLETIN, slug="../up", root=tmp_path)
    copy = tmp_path / "copy.txt"
    copy.write_bytes((paths.DEFAULT_REPORT / "raw" / "000_3ba18ba52c680e9c.txt").read_bytes())
    with pytest.raises(DraftError, match="already the report"):
        draft_report(copy, root=tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="empty"):
        draft_report(empty, root=tmp_path)
    assert not (tmp_path / "empty").exists()


def test_a_web_page_keeps_the_page_and_its_extracted_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>县统计公报</title><meta name='date' content='2022-03-15'>"
                    "<meta property='og:site_name' content='某县人民政府'></head><body><nav>首页</nav><article>"
                    "<h1>某县2021年国民经济和社会发展统计公报</h1><p>2021年，全县地区生产总值186.5亿元，同比增长7.8%。"
                    "</p><p>一般公共预算收入13,450万元，其中税收收入9,870万元，占一般公共预算收入的比重为73.4%。</p>"
                    "</article></body></html>", encoding="utf-8")
    draft = draft_report(page, root=tmp_path / "reports")
    report = load_report(draft.folder)
    assert report.metadata.text == "text.txt" and (draft.folder / "raw" / "page.html").read_bytes() == page.read_bytes()
    assert report.metadata.headline == "某县2021年国民经济和社会发展统计公报"
    assert report.metadata.outlet == "某县人民政府" and report.metadata.published == "2022-03-15"
    assert "73.4%" in report.text
    assert analyse(draft.folder).check("share-" + str(report.text.index("73.4%"))).verdict == "consistent"


def test_a_pdf_keeps_the_pdf_and_its_extracted_text(tmp_path):
    import matplotlib.pyplot as plt

    from helpers.present.theme import set_theme

    set_theme()
    figure = plt.figure(figsize=(6, 2))
    figure.text(0.05, 0.5, "全年粮食种植面积38.5万亩，比上年增加2.1万亩，增长5.8%。")
    with plt.rc_context({"pdf.fonttype": 42}):
        figure.savefig(tmp_path / "grain.pdf")
    draft = draft_report(tmp_path / "grain.pdf", root=tmp_path / "reports")
    assert (draft.folder / "text.txt").read_text(encoding="utf-8").startswith("全年粮食种植面积38.5万亩")
    checks = {c.check_id.rsplit("-", 1)[0]: c.verdict for c in analyse(draft.folder).checks.itertuples()}
    assert checks == {"change-rate": "consistent", "change": "derived"}    # and last year's figure, derived


def test_the_command_line_drafts_and_refuses(tmp_path):
    root = tmp_path / "project"
    (root / "data" / "reports").mkdir(parents=True)
    env = {**os.environ, "HELPERS_ROOT": str(root)}
    command = [sys.executable, "-m", "helpers", "new", str(BULLETIN), "--slug", "bulletin"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(root / "data" / "reports" / "bulletin") and "claims" in done.stderr
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 2 and "is already the report" in again.stderr and "Traceback" not in again.stderr
    other = tmp_path / "other.txt"
    other.write_text("另一份报告\n全县常住人口52万人。\n", encoding="utf-8")
    taken = subprocess.run([*command[:4], str(other), "--slug", "bulletin"], capture_output=True, text=True, env=env,
                           timeout=300)
    assert taken.returncode == 2 and "exists" in taken.stderr and "Traceback" not in taken.stderr


@pytest.mark.slow
def test_a_drafted_report_gets_a_full_run(drafted, tmp_path):
    """make new, then make report: ledger, checks, figures and index on a report the package never saw."""
    from helpers.runs.runner import run

    lines = []
    result = run(drafted.folder, tmp_path / "out", {}, jobs=2, echo=lines.append)
    assert result.exit_code == 0, "\n".join(lines)
    latest = tmp_path / "out" / "latest"
    checks = pd.read_csv(latest / "checks.csv")
    assert len(checks) == drafted.checks and not checks.check_id.str.startswith("auto-").any()
    assert (checks.verdict == "inconsistent").sum() == 6                 # the six errors planted in the bulletin
    claims = pd.read_csv(latest / "claims.csv")
    assert claims.claim_id.str.match(r"^s\d+-\d+$").all()
    assert (latest / "figures" / "fig-claims-by-kind.png").stat().st_size > 0
    assert "checks.csv" in (latest / "index.html").read_text(encoding="utf-8")
