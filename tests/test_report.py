"""Reading a report: encodings, bad files and the raw checksum."""

import shutil

import pytest

from helpers import paths
from helpers.read.report import ReportChecksumError, ReportError, load_report, recorded_checksums, sha256_of

SAMPLE = "青岛——安顺东西部扶贫协作。2020年财政帮扶达3.9亿元，较上年增长13%。\n"


def test_committed_report_is_verbatim_and_checksummed(report):
    recorded = recorded_checksums()
    assert recorded[paths.DEFAULT_REPORT.name] == report.sha256 == sha256_of(paths.DEFAULT_REPORT)
    assert report.encoding == "utf-8" and report.note == ""
    assert report.text.startswith("初审编辑:") and "县均6200万元" in report.text


def test_changed_raw_file_is_an_error_that_says_so(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(paths.DEFAULT_REPORT, raw / paths.DEFAULT_REPORT.name)
    shutil.copy(paths.CHECKSUMS, raw / "SHA256SUMS")
    load_report(raw / paths.DEFAULT_REPORT.name, checksums=raw / "SHA256SUMS")  # intact: fine
    with open(raw / paths.DEFAULT_REPORT.name, "a", encoding="utf-8") as handle:
        handle.write("多出的一行。\n")
    with pytest.raises(ReportChecksumError, match=r"raw data changed.*SHA-256"):
        load_report(raw / paths.DEFAULT_REPORT.name, checksums=raw / "SHA256SUMS")


def test_a_report_outside_data_raw_needs_no_recorded_checksum(tmp_path):
    path = tmp_path / "other.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert load_report(path).text == SAMPLE


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
