"""What a reader sees: the front page leads with every finding, the annotated report marks every claim,
every page draws Chinese with its own font, holds no local path and no number in scientific notation."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths
from helpers.analysis import analyse
from helpers.present.pages import write_index
from helpers.runs.outputs import save_table
from helpers.vocabulary import FINDINGS

from .browser import chromium_page, chromium_path, in_ci, no_cjk_fonts, serve
from .conftest import FIXTURES

FIXTURE_REPORTS = sorted((FIXTURES / "reports").glob("*.txt"))
SCIENTIFIC = re.compile(r"\d\.\d+e[+-]?\d+", re.I)


def build_pages(folder: Path, report, parameters: dict | None = None) -> tuple[Path, object]:
    """The run's pages for ``report`` written into ``folder`` as the runner writes them (no notebook needed):
    the two CSVs notebook 10 saves, then the front page, the annotated report and the data dictionary."""
    parameters = parameters or {}
    analysis = analyse(report, **parameters)
    folder.mkdir(parents=True, exist_ok=True)
    save_table(analysis.ledger, "claims", folder)
    save_table(analysis.checks, "checks", folder)
    manifest = {"run_id": "test-run", "report": {"path": str(report), "slug": analysis.report.slug},
                "parameters": {k: str(v) for k, v in parameters.items()}, "notebooks": [], "changes": None}
    write_index(folder, manifest)
    return folder, analysis


class Elements(HTMLParser):
    """Elements of a page by class: attributes and the text inside each (nested text included)."""

    def __init__(self, wanted: str):
        super().__init__()
        self.wanted, self.found, self.stack = wanted, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hit = self.wanted in (attrs.get("class") or "").split()
        if tag in ("br", "img", "meta", "link", "input"):
            return
        self.stack.append(len(self.found) if hit else None)
        if hit:
            self.found.append({"attrs": attrs, "text": ""})

    def handle_endtag(self, tag):
        if self.stack and tag not in ("br", "img", "meta", "link", "input"):
            self.stack.pop()

    def handle_data(self, data):
        for index in self.stack:
            if index is not None:
                self.found[index]["text"] += data


def elements(html: str, css_class: str) -> list[dict]:
    parser = Elements(css_class)
    parser.feed(html)
    return parser.found


@pytest.fixture(scope="module")
def our_pages(tmp_path_factory):
    return build_pages(tmp_path_factory.mktemp("pages"), paths.DEFAULT_REPORT)


@pytest.fixture(scope="module")
def what_if_pages(tmp_path_factory):
    return build_pages(tmp_path_factory.mktemp("what-if"), paths.DEFAULT_REPORT, {"n_years": 1})


def front(folder: Path) -> str:
    return (folder / "index.html").read_text(encoding="utf-8")


def listed_findings(folder: Path) -> dict[str, str]:
    """claim id → the status of the finding that lists it (the most serious, first listed)."""
    listed = {}
    for item in elements(front(folder), "finding"):
        for claim_id in item["attrs"]["data-claims"].split():
            listed.setdefault(claim_id, item["attrs"]["data-status"])
    return listed


def assert_front_page_lists_every_finding(folder: Path) -> None:
    claims = pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False)
    checks = pd.read_csv(folder / "checks.csv", dtype=str, keep_default_na=False)
    listed = listed_findings(folder)
    for claim in claims.itertuples(index=False):                      # row by row, from the CSV
        if claim.status in FINDINGS:
            assert claim.claim_id in listed, (claim.claim_id, claim.status)
            assert listed[claim.claim_id] == claim.status, (claim.claim_id, claim.status, listed[claim.claim_id])
        else:
            assert claim.claim_id not in listed or claim.corroboration in ("partly", "contradicted") \
                or claim.arithmetic in FINDINGS, claim.claim_id
    page = front(folder)
    for check in checks.itertuples(index=False):
        if check.verdict in FINDINGS:
            assert f'data-check="{check.check_id}"' in page, check.check_id
    statuses = [item["attrs"]["data-status"] for item in elements(page, "finding")]
    assert statuses == sorted(statuses, key=list(FINDINGS).index)      # most severe first


def test_the_front_page_names_the_5g_and_the_13_74_findings(our_pages):
    folder, _ = our_pages
    assert_front_page_lists_every_finding(folder)
    findings = {item["attrs"]["data-claims"].split()[0]: item["text"] for item in elements(front(folder), "finding")}
    surgery = findings["q-world-first-surgery"]
    assert "世界首例5G" in surgery and "亚洲首例" in surgery and "pig" in surgery
    incidence = findings["pov-incidence-start"]
    assert "13.74%" in incidence and "11.31%" in incidence and "33.8万" in incidence and "245.83万" in incidence


def test_with_one_year_the_front_page_names_the_county_average_with_both_numbers(what_if_pages, our_pages):
    folder, _ = what_if_pages
    assert_front_page_lists_every_finding(folder)
    check = next(item for item in elements(front(folder), "finding")
                 if item["attrs"].get("data-check") == "aid-per-county")
    assert check["attrs"]["data-status"] == "inconsistent"
    assert "6200万元" in check["text"] and "1.22亿元" in check["text"] and "n_years=1" in check["text"]
    default = next(item for item in elements(front(our_pages[0]), "finding")
                   if item["attrs"].get("data-check") == "aid-per-county")
    assert default["attrs"]["data-status"] == "approximate" and "6116.67万元" in default["text"]


@pytest.mark.parametrize("report", FIXTURE_REPORTS, ids=lambda p: p.stem)
def test_on_a_report_nobody_curated_the_front_page_lists_every_finding(tmp_path, report):
    folder, analysis = build_pages(tmp_path / "pages", report)
    assert_front_page_lists_every_finding(folder)
    assert "annotated.html" in front(folder)


def test_a_planted_error_is_a_finding_with_both_numbers(tmp_path):
    report = tmp_path / "planted.txt"
    report.write_text("某县通报\n全县粮食产量由上年的50.0万吨增长到60.0万吨，增长5.0%。\n", encoding="utf-8")
    folder, _ = build_pages(tmp_path / "pages", report)
    assert_front_page_lists_every_finding(folder)
    [item] = [i for i in elements(front(folder), "finding") if i["attrs"]["data-status"] == "inconsistent"]
    assert "5.0%" in item["text"] and "20%" in item["text"]


def test_a_finding_quotes_the_stated_figure_as_the_report_prints_it(tmp_path):
    report = tmp_path / "balance.txt"
    report.write_text("某县通报\n全县收入15.43亿元，支出14.68亿元，收支相抵结余0.95亿元。\n", encoding="utf-8")
    folder, _ = build_pages(tmp_path / "pages", report)
    [item] = [i for i in elements(front(folder), "finding") if i["attrs"]["data-status"] == "inconsistent"]
    assert "the report states 0.95亿元" in item["text"]          # as printed, not rescaled to 9500万元
    assert "7500万元" in item["text"]                           # the recomputed figure, 15.43 - 14.68 亿元


def test_the_annotated_report_marks_every_claim_once_at_its_offsets(our_pages):
    folder, analysis = our_pages
    page = (folder / "annotated.html").read_text(encoding="utf-8")
    marks = elements(page, "claim")
    assert [m["attrs"]["id"] for m in marks] == analysis.ledger.sort_values("start").claim_id.tolist()
    raw = analysis.report.text
    text_of = {cid: raw[s:e] for cid, s, e in zip(analysis.ledger.claim_id, analysis.ledger.start, analysis.ledger.end)}
    status_of = dict(zip(analysis.ledger.claim_id, analysis.ledger.status))
    for mark in marks:
        claim_id = mark["attrs"]["id"]
        assert mark["text"] == text_of[claim_id], claim_id
        assert mark["attrs"]["data-status"] == status_of[claim_id]
        assert f'id="d-{claim_id}"' in page                       # its details, for the panel
    # the whole text is there, in order, once: marks and other spans only wrap it
    body = re.search(r'<main class="text" lang="zh">(.*?)</main>', page, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", body).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") \
        .replace("&#34;", '"').replace("&#39;", "'") == raw


def test_a_long_text_is_cut_into_parts_and_links_reach_every_claim(tmp_path):
    from helpers.present.annotate import annotated_parts, claim_parts, write_claim_map

    text = "".join(f"第{i}段：全县收入{i}.5亿元，同比增长{i % 9 + 1}.2%。\n" for i in range(1, 400))
    report = tmp_path / "long.txt"
    report.write_text(text, encoding="utf-8")
    analysis = analyse(report)
    parts = claim_parts(analysis, limit=4000)
    assert len(set(parts.values())) == 3
    pieces = annotated_parts(analysis, limit=4000)
    for number, piece in enumerate(pieces, 1):
        ids = [m["attrs"]["id"] for m in elements(str(piece), "claim")]
        name = "annotated.html" if number == 1 else f"annotated-{number}.html"
        assert ids == [c for c, p in parts.items() if p == name]
    assert sum(len(elements(str(p), "claim")) for p in pieces) == len(analysis.ledger)
    mapping = write_claim_map(analysis, tmp_path, limit=4000)
    assert json.loads(mapping.read_text(encoding="utf-8").split("=", 1)[1].rstrip(";\n")) == parts


def test_the_data_dictionary_describes_every_column_and_validates(our_pages):
    frictionless = pytest.importorskip("frictionless")
    folder, _ = our_pages
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        header = pd.read_csv(folder / resource["path"], nrows=0).columns.tolist()
        assert [f["name"] for f in resource["schema"]["fields"]] == header
        assert all(len(f["description"]) > 15 for f in resource["schema"]["fields"])
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


HOSTILE = ("初审编辑:\n标题<script>window.__pwned = 1</script>脱贫\n"
           "安顺市累计减少贫困人口54.58万人<img src=x onerror=\"window.__pwned = 2\">，比上年增加1.2万人，增长2.3%。\n")


def test_report_text_is_escaped_on_every_page(tmp_path):
    from .test_index_page import injected

    report = tmp_path / "[m](javascript:alert(98)).txt"
    report.write_text(HOSTILE, encoding="utf-8")
    folder, _ = build_pages(tmp_path / "pages", report)
    for page in folder.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert injected(text) == [], page.name
        assert "javascript:" not in re.sub(r"<script>.*?</script>", "", text, flags=re.S), page.name
    assert "标题&lt;script&gt;window.__pwned" in front(folder)


def page_problems(folder: Path) -> list[str]:
    """A local path or a number in scientific notation in the text of any page of ``folder``."""
    problems = []
    for page in sorted(folder.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        for local in {str(paths.ROOT), str(folder.resolve()), "/tmp/", "/home/", "/root/"}:
            if local in html:
                problems.append(f"{page.name}: holds the local path {local}")
        visible = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S | re.I)
        visible = re.sub(r"<[^>]+>", " ", visible)
        problems += [f"{page.name}: {m.group(0)} in scientific notation" for m in SCIENTIFIC.finditer(visible)]
    return problems


def test_no_local_path_and_no_scientific_notation_on_the_pages(our_pages, what_if_pages):
    assert page_problems(our_pages[0]) == page_problems(what_if_pages[0]) == []


def browser_or_skip():
    if chromium_path() is None:
        if in_ci():
            pytest.fail("chromium is not installed; `make test` installs it (apt-get install chromium)")
        pytest.skip("no chromium on this machine and none could be installed (make test tries apt-get)")


def assert_embedded_font_draws_chinese(page) -> None:
    selector = page.chinese_probe()
    assert selector, "no visible Chinese text on the page"
    fonts = page.fonts_for(selector)
    text = page.evaluate("document.querySelector('[data-probe]').textContent")
    chinese = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    assert any(f["familyName"] == "Noto Sans SC" and f["isCustomFont"] and f["glyphCount"] >= chinese
               for f in fonts), (text[:40], fonts)


def test_selecting_a_claim_shows_its_checks_and_sources(our_pages, tmp_path):
    browser_or_skip()
    folder, analysis = our_pages
    with serve(folder) as base, chromium_page(no_cjk_fonts(tmp_path / "fonts")) as page:
        page.open(f"{base}/annotated.html")
        assert page.evaluate("document.querySelectorAll('mark.claim').length") == len(analysis.ledger)
        assert page.evaluate("document.querySelectorAll('script[src^=\"http\"], link[href^=\"http\"]').length") == 0
        assert_embedded_font_draws_chinese(page)
        # a click on 6200万元 shows its check (the county average) and its source
        page.click("#aid-per-county")
        assert page.evaluate("document.getElementById('panel').getAttribute('data-claim')") == "aid-per-county"
        panel = page.evaluate("document.getElementById('panel').innerText")
        assert "approximate" in panel and "6150万–6250万元" in panel and "n_years=2" in panel
        assert page.evaluate("document.querySelector('#panel a[href]').href").startswith("http")
        # keyboard: Tab moves focus from claim to claim, and the panel follows
        page.evaluate("document.body.focus(); window.scrollTo(0, 0)")
        for _ in range(3):
            page.press_tab()
        focused = page.evaluate("document.activeElement.id")
        assert focused and page.evaluate("document.activeElement.classList.contains('claim')")
        assert page.evaluate("document.getElementById('panel').getAttribute('data-claim')") == focused
        assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
        # a link into the page opens the claim
        page.open("about:blank")
        page.open(f"{base}/annotated.html#pov-incidence-start")
        assert page.evaluate("document.getElementById('panel').getAttribute('data-claim')") == "pov-incidence-start"
        assert "11.31%" in page.evaluate("document.getElementById('panel').innerText")
        page.screenshot(tmp_path / "annotated.png")


def test_the_front_page_draws_chinese_with_its_own_font_and_every_link_resolves(our_pages, tmp_path):
    browser_or_skip()
    folder, _ = our_pages
    with serve(folder) as base, chromium_page(no_cjk_fonts(tmp_path / "fonts")) as page:
        page.open(f"{base}/index.html")
        assert_embedded_font_draws_chinese(page)
        assert page.evaluate("document.querySelectorAll('script').length") == 0
        hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
        local = {h.split("#")[0] for h in hrefs if not h.startswith(("http://", "https://", "#"))}
        assert {"annotated.html", "claims.csv", "checks.csv", "datapackage.json"} <= local
        assert all((folder / name).exists() for name in local), local
        page.screenshot(tmp_path / "front.png")


@pytest.mark.slow
def test_a_real_run_front_page_agrees_with_its_csvs_and_every_page_is_clean(executed_run):
    assert_front_page_lists_every_finding(executed_run)
    assert page_problems(executed_run) == []
    manifest = json.loads((executed_run / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["notebooks"]:
        page = (executed_run / entry["html_no_code"]).read_text(encoding="utf-8")
        assert "require.js" not in page and "mathjax" not in page.lower() and "cdnjs" not in page, entry["name"]
        assert "PosixPath(" not in page and "'Noto Sans SC'" not in page, entry["name"]   # no stray reprs
        assert "downsampled" not in page and "Showing 1 to 10 of" not in page            # every row


@pytest.mark.slow
def test_every_page_of_a_real_run_draws_chinese_with_its_own_font(executed_run, tmp_path):
    browser_or_skip()
    pages = ["index.html", "annotated.html", *sorted(p.name for p in executed_run.glob("*.html")
                                                     if p.name not in ("index.html", "annotated.html"))]
    with serve(executed_run) as base, chromium_page(no_cjk_fonts(tmp_path / "fonts")) as page:
        for name in pages:
            page.open(f"{base}/{name}")
            assert_embedded_font_draws_chinese(page)
            requests = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
            assert all(r.startswith((base, "data:", "blob:")) for r in requests), (name, requests)


def test_a_review_mark_shows_and_is_flagged_when_the_verdict_changes(tmp_path):
    import shutil

    folder = tmp_path / "reviewed-report"
    shutil.copytree(paths.DEFAULT_REPORT, folder)
    (folder / "reviews.csv").write_text("check_id,verdict,reviewer,date,note\n"
                                        "aid-per-county,approximate,Li Wei,2026-11-29,6 counties over 2 years\n",
                                        encoding="utf-8")
    held, _ = build_pages(tmp_path / "held", folder)
    [item] = [i for i in elements(front(held), "finding") if i["attrs"].get("data-check") == "aid-per-county"]
    assert "Reviewed by Li Wei on 2026-11-29: 6 counties over 2 years" in item["text"] and "⚠" not in item["text"]
    assert "Reviewed by Li Wei" in (held / "annotated.html").read_text(encoding="utf-8")
    moved, _ = build_pages(tmp_path / "moved", folder, {"n_years": 1})
    [item] = [i for i in elements(front(moved), "finding") if i["attrs"].get("data-check") == "aid-per-county"]
    assert "⚠" in item["text"] and "as approximate; the verdict has changed since" in item["text"]


def test_an_uncurated_news_page_is_titled_by_its_headline_not_its_masthead(tmp_path):
    """A page saved with the newspaper's masthead on top: the front page's title is the headline read over the
    dateline, and says so; the masthead is page chrome."""
    from helpers.analysis import analyse
    from helpers.present.pages import _title

    report = tmp_path / "masthead.txt"
    report.write_text("青川日报　2025年3月4日　星期二　第2版　要闻\n\n全县粮食总产再创新高\n全年产量41.26万吨　单产提高2.3%\n\n"
                      "本报讯（记者 林远）3月3日，全县粮食产量41.26万吨，增长2.1%。\n", encoding="utf-8")
    title, note = _title(analyse(report))
    assert title == "全县粮食总产再创新高" and note == "(the headline as read from the text: none was recorded for this report)"
