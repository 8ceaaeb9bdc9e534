"""Splitting the report into documents, sections, paragraphs and sentences."""

import pytest

from helpers.read.segment import segment

HEADINGS = ["脱贫攻坚战取得决定性成就", "战贫战疫两手抓降低冲击影响", "打好产业就业消费三套组合拳", "打造东西部协作青岛样板"]


def test_six_documents_one_article_five_briefs(parts):
    assert parts.documents.kind.tolist() == ["article"] + ["brief"] * 5
    assert parts.documents.doc_id.tolist() == ["d1", "d2", "d3", "d4", "d5", "d6"]


def test_four_headed_sections_in_the_main_article(parts):
    headed = parts.sections[parts.sections.heading.notna()]
    assert headed.heading.tolist() == HEADINGS
    assert set(headed.doc_id) == {"d1"}
    lead = parts.sections.iloc[0]
    assert lead.section_id == "d1.s0" and lead.title == "导语" and lead.text.startswith("刚刚过去的2020年")


@pytest.mark.parametrize("table", ["documents", "sections", "paragraphs", "sentences", "chrome"])
def test_offsets_give_the_quoted_text_back(parts, raw, table):
    frame = getattr(parts, table)
    assert len(frame) > 0
    for start, end, text in zip(frame.start, frame.end, frame.text):
        assert raw[start:end] == text


def test_page_chrome_is_not_content(parts):
    content = "".join(parts.paragraphs.text)
    for chrome in ("初审编辑", "责任编辑", "[详细]", "刘秋怡 青岛报道"):
        assert chrome not in content
    assert parts.byline == "大众网·海报新闻 记者 刘秋怡 青岛报道"
    assert parts.chrome.kind.value_counts().to_dict() == {"editor": 4, "more": 5, "byline": 1}
    # the briefs end where their "...[详细]" marker begins
    assert parts.documents.text.iloc[1].endswith("近几年来,网络直播行业虽")
    assert parts.documents.text.iloc[4].endswith("有较大幅度增加。")


def test_paragraphs_and_sentences(parts):
    assert len(parts.paragraphs) == 18          # 13 in the article (3 lead + 10 under headings), 5 briefs
    assert parts.paragraphs.groupby("section_id").size().loc[["d1.s0", "d1.s1", "d1.s2", "d1.s3", "d1.s4"]].tolist() == [3, 2, 3, 3, 2]
    sentences = parts.sentences.text.tolist()
    assert "安顺市累计减少建档立卡贫困人口54.58万人,贫困发生率从13.74%下降至0%。" in sentences
    # a closing quotation mark stays with its sentence
    assert any(s.endswith("全部脱贫摘帽。”") for s in sentences)
    assert all(s.strip() == s and s for s in sentences)


def test_locate_puts_spans_in_their_section(parts, raw):
    import pandas as pd

    spans = pd.DataFrame({"start": [raw.index("54.58万人"), raw.index("2.4万人"), 0]})
    located = parts.locate(spans)
    assert located.section_id.fillna("-").tolist() == ["d1.s1", "d5.s0", "-"]
    assert located.doc_id.fillna("-").tolist() == ["d1", "d5", "-"]
    assert "section_id" not in spans  # input not mutated


def test_generic_text_without_page_chrome_is_one_article():
    parts = segment("第一段说了一件事。\n\n标题\n第二段，有两句。第二句！")
    assert parts.documents.kind.tolist() == ["article"]
    assert parts.sections.title.tolist() == ["导语", "标题"]
    assert parts.sentences.text.tolist() == ["第一段说了一件事。", "第二段，有两句。", "第二句！"]


def test_crlf_offsets(parts):
    text = "初审编辑:\r\n正文第一句。\r\n小标题\r\n正文第二句。\r\n"
    crlf = segment(text)
    for start, end, body in zip(crlf.sentences.start, crlf.sentences.end, crlf.sentences.text):
        assert text[start:end] == body
    assert crlf.sections.heading.dropna().tolist() == ["小标题"]
