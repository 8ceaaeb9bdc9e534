"""The shared index page: escaped text, resolving links, Chinese drawn in a real browser."""

import base64
import io
import re
import urllib.request
from html.parser import HTMLParser

import pytest
from fontTools.ttLib import TTFont

from helpers.runs.runner import run

from .browser import chromium_page, chromium_path, in_ci, serve
from .conftest import FIXTURES

HOSTILE = (
    "初审编辑:\n"
    "标题<script>window.__pwned = 1</script>脱贫\n"
    "安顺市累计减少贫困人口54.58万人<img src=x onerror=\"window.__pwned = 2\">。\n"
)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    report = folder / "hostile.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    result = run(report, folder / "out", {"label": "<b>粗</b>"}, notebooks_dir=FIXTURES / "notebooks" / "good",
                 echo=lambda line: None)
    assert result.exit_code == 0
    return result.run_dir          # a what-if run (label is not its default): its own folder, not latest


def test_report_text_is_escaped_in_the_index(hostile_run):
    page = (hostile_run / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>粗" not in page
    assert "标题&lt;script&gt;window.__pwned" in page
    assert "&lt;b&gt;粗&lt;/b&gt;" in page


def test_index_links_every_rendering_and_the_manifest(hostile_run):
    page = (hostile_run / "index.html").read_text(encoding="utf-8")
    links = {link.split("#")[0] for link in re.findall(r'href="([^"]+)"', page)
             if not link.startswith(("#", "http://", "https://"))}
    for name in ("00-write-length", "01-echo-label", "02-after-length"):
        assert {f"{name}.html", f"{name}.no-code.html", f"{name}.ipynb"} <= links
    assert {"manifest.json", "run.log", "annotated.html"} <= links
    assert all((hostile_run / link).exists() for link in links)


def embedded_font(page: str) -> TTFont:
    data = re.search(r'url\("data:font/otf;base64,([A-Za-z0-9+/=]+)"\)', page).group(1)
    return TTFont(io.BytesIO(base64.b64decode(data)))


@pytest.mark.parametrize("name", ["index.html", "annotated.html"])
def test_embedded_font_covers_every_chinese_character_of_the_page(hostile_run, name):
    page = (hostile_run / name).read_text(encoding="utf-8")
    cmap = embedded_font(page).getBestCmap()
    chinese = {ch for ch in page if "\u4e00" <= ch <= "\u9fff"}
    assert chinese and all(ord(ch) in cmap for ch in chinese)


def browser_or_skip():
    if chromium_path() is None:
        if in_ci():
            pytest.fail("chromium is not installed; `make test` installs it (apt-get install chromium)")
        pytest.skip("no chromium on this machine and none could be installed (make test tries apt-get)")


def test_index_renders_chinese_and_no_script_in_a_real_browser(hostile_run, tmp_path):
    browser_or_skip()
    with serve(hostile_run) as base, chromium_page() as page:
        page.open(f"{base}/index.html")
        fonts = page.fonts_for("h1")
        assert fonts, "Chromium reports no font for the title"
        # the title's Chinese glyphs come from the page's embedded Noto Sans SC, not a box-drawing fallback
        chinese = sum(1 for ch in page.evaluate("document.querySelector('h1').textContent") if "\u4e00" <= ch <= "\u9fff")
        assert chinese >= 2
        assert any(f["familyName"] == "Noto Sans SC" and f["isCustomFont"] and f["glyphCount"] >= chinese
                   for f in fonts), fonts
        assert page.evaluate("document.querySelectorAll('script').length") == 0
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert "标题<script>window.__pwned" in page.evaluate("document.querySelector('h1').textContent")
        hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.href)")
        hrefs = [h.split("#")[0] for h in hrefs if h.startswith(base)]
        assert len(hrefs) >= 11
        for href in hrefs:
            with urllib.request.urlopen(href, timeout=10) as response:
                assert response.status == 200, href
        page.screenshot(tmp_path / "index.png")


class _Injected(HTMLParser):
    """Collects what the hostile report would have injected had it reached the page as markup."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        self.found += [f"<{tag} {name}>" for name, value in attrs if value and "__pwned" in value]

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        # inside a script, the report's text may stand as escaped data (itables' JSON: "&lt;script&gt;…");
        # it is injected only if its markup arrived raw
        escaped = re.sub(r'&lt;script&gt;window\.__pwned|onerror=\\*"window\.__pwned', "", data)
        if self._in_script and "window.__pwned" in escaped:
            self.found.append("<script>" + data.strip()[:40])


def injected(html: str) -> list[str]:
    parser = _Injected()
    parser.feed(html)
    return parser.found


def test_the_injection_detector_sees_markup_and_not_escaped_text():
    assert injected('<td>&lt;img src=x onerror="window.__pwned = 2"&gt;</td>') == []
    assert injected('<img src=x onerror="window.__pwned = 2">') == ["<img onerror>"]
    assert injected("<p>标题<script>window.__pwned = 1</script></p>") == ["<script>window.__pwned = 1"]


@pytest.mark.slow
def test_report_text_is_escaped_in_the_rendered_notebooks(tmp_path):
    report = tmp_path / "hostile-notebooks.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    result = run(report, tmp_path / "out", {}, echo=lambda line: None,
                 only=["00-read-the-report", "10-build-the-claim-ledger"])
    assert result.exit_code == 0
    for page in result.run_dir.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert injected(text) == [], page.name
    shown = (result.run_dir / "00-read-the-report.no-code.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned" in shown
