"""Reading a report: encodings, bad files and the raw checksum."""

import re
import shutil

import pytest

from helpers import paths
from helpers.read.report import ReportChecksumError, ReportError, load_report, recorded_checksums, sha256_of

SAMPLE = "青岛——安顺东西部扶贫协作。2020年财政帮扶达3.9亿元，较上年增长13%。\n"


def test_the_default_report_is_a_folder_read_verbatim_and_checksummed(report):
    recorded = recorded_checksums(paths.DEFAULT_REPORT / paths.CHECKSUMS_FILE)
    assert recorded[report.metadata.text] == report.sha256 == sha256_of(report.text_path)
    assert report.slug == paths.DEFAULT_SLUG and report.folder == paths.DEFAULT_REPORT
    assert report.encoding == "utf-8" and report.note == ""
    assert report.text.startswith("初审编辑:") and "县均6200万元" in report.text
    assert report.metadata.outlet == "大众网·海报新闻" and report.metadata.published == "2021-02-25"
    assert report.curated(paths.CLAIMS_FILE) == paths.DEFAULT_REPORT / "claims.csv"


@pytest.fixture
def folder_copy(tmp_path):
    target = tmp_path / "reports" / "kept-report"
    shutil.copytree(paths.DEFAULT_REPORT, target)
    return target


def test_changed_raw_file_is_an_error_that_says_so(folder_copy):
    text = load_report(folder_copy).text_path
    with open(text, "a", encoding="utf-8") as handle:
        handle.write("多出的一行。\n")
    for given in (folder_copy, text):                  # the folder, or the file inside it
        with pytest.raises(ReportChecksumError, match=r"raw data changed.*SHA-256"):
            load_report(given)


def test_a_changed_file_reached_through_a_symlink_is_still_checked(folder_copy, tmp_path):
    text = load_report(folder_copy).text_path
    text.write_text(text.read_text(encoding="utf-8").replace("7.34亿", "7.43亿"), encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(text)
    with pytest.raises(ReportChecksumError, match="raw data changed"):
        load_report(link)


def test_a_bare_copy_of_a_kept_report_is_read_as_that_report(tmp_path, report):
    copy = tmp_path / "copy.txt"
    shutil.copy(report.text_path, copy)
    again = load_report(copy)
    assert again.slug == report.slug and again.folder == report.folder and "kept report" in again.note


def test_a_report_outside_the_folders_needs_no_recorded_checksum(tmp_path):
    path = tmp_path / "other.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    loaded = load_report(path)
    assert loaded.text == SAMPLE and loaded.folder is None and loaded.slug == "other"
    assert loaded.curated(paths.CLAIMS_FILE) is None


@pytest.mark.parametrize("name, slug", [("County Economy 2021.txt", "county-economy-2021"),
                                        ("latest.txt", "latest-"), ("runs.txt", "runs-"), ("..txt", "report-"),
                                        ("...txt", "report-"), ("某县通报.txt", "report-"),
                                        ("[m](javascript:alert(98)).txt", "m-javascript-alert-98")])
def test_a_slug_is_safe_for_folders_and_never_a_runner_name(tmp_path, name, slug):
    path = tmp_path / name
    path.write_text(SAMPLE, encoding="utf-8")
    got = load_report(path).slug
    assert got.startswith(slug) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", got)
    assert got not in paths.RESERVED_NAMES


def test_a_saved_web_page_is_read_with_its_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>县统计公报</title><meta name='date' content='2022-03-15'>"
                    "<meta property='og:site_name' content='某县人民政府'></head><body><nav>首页</nav><article>"
                    "<h1>某县2021年国民经济和社会发展统计公报</h1><p>2021年，全县地区生产总值186.5亿元，同比增长7.8%。"
                    "</p><p>一般公共预算收入13,450万元，其中税收收入9,870万元。</p></article></body></html>",
                    encoding="utf-8")
    loaded = load_report(page)
    assert "186.5亿元" in loaded.text and "<p>" not in loaded.text
    assert loaded.metadata.headline == "某县2021年国民经济和社会发展统计公报"
    assert loaded.metadata.published == "2022-03-15" and loaded.metadata.outlet == "某县人民政府"


def test_a_page_without_text_and_a_broken_pdf_are_clear_errors(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(ReportError, match="no article text"):
        load_report(page)
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ReportError, match="broken.pdf"):
        load_report(pdf)


def test_a_pdf_is_read_page_by_page(tmp_path):
    import matplotlib.pyplot as plt

    from helpers.present.theme import set_theme

    set_theme()
    figure = plt.figure(figsize=(6, 2))
    figure.text(0.05, 0.5, "2021年，全县地区生产总值186.5亿元，同比增长7.8%。")
    with plt.rc_context({"pdf.fonttype": 42}):
        figure.savefig(tmp_path / "bulletin.pdf")
    loaded = load_report(tmp_path / "bulletin.pdf")
    assert loaded.text == "2021年，全县地区生产总值186.5亿元，同比增长7.8%。\n" and loaded.encoding == "pdf"


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gbk_file_is_decoded_and_said_so(tmp_path, codec):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE.encode(codec))
    report = load_report(path)
    assert report.text == SAMPLE
    assert report.encoding == "gb18030"
    assert "GB18030" in report.note and "gbk.txt" in report.note


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0x80, 0x100)) * 20, "neither UTF-8"),
        ("\ufeff" + SAMPLE, "byte-order mark"),
        (bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]) * 100, "control characters"),
    ],
)
def test_unusable_files_are_clear_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(ReportError, match=message) as caught:
        load_report(path)
    assert str(path) in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReportError, match="not found"):
        load_report(tmp_path / "nope.txt")
    with pytest.raises(ReportError, match="folder"):
        load_report(tmp_path)
