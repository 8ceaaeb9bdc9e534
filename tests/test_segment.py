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


# -- the structure of other reports (issue 9, item 2) ---------------------------------------------------------

from .conftest import FIXTURES  # noqa: E402

OTHER_REPORTS = sorted((FIXTURES / "reports").glob("*.txt")) + sorted((FIXTURES / "relations").glob("*.txt"))


def test_our_report_keeps_its_structure(parts):
    assert len(parts.documents) == 6 and len(parts.sections) == 10
    assert parts.headline is None and parts.dateline is None
    assert parts.sections.numbering.isna().all()
    assert parts.sections.level.tolist() == [0, 2, 2, 2, 2, 0, 0, 0, 0, 0]


@pytest.mark.parametrize("path", OTHER_REPORTS, ids=lambda p: p.stem)
def test_offsets_hold_on_every_fixture_report(path):
    raw = path.read_text(encoding="utf-8")
    parts = segment(raw)
    for table in (parts.documents, parts.sections, parts.paragraphs, parts.sentences, parts.chrome):
        for start, end, text in zip(table.start, table.end, table.text):
            assert raw[start:end] == text
    content = "".join(parts.paragraphs.text)
    for chrome in parts.chrome.text:
        assert chrome not in content


def test_the_county_report_numbered_headings_headline_and_last_section():
    parts = segment((FIXTURES / "reports" / "county-economy-2021.txt").read_text(encoding="utf-8"))
    assert parts.documents.kind.tolist() == ["article"]            # the headline and dateline are not an article
    assert parts.headline == "某县2021年国民经济和社会发展情况通报"
    assert parts.dateline == "2022-03-15 09:30:00　来源: 县统计局"
    assert parts.documents.label.iloc[0] == parts.headline
    assert parts.sections.title.tolist() == [parts.headline, "一、综合经济", "二、财政收入", "三、居民收入",
                                             "四、就业与社会保障", "五、农业生产"]
    assert parts.sections.numbering.tolist()[1:] == ["一、", "二、", "三、", "四、", "五、"]
    last = parts.paragraphs[parts.paragraphs.section_id == "d1.s5"].text.tolist()
    assert last == ["全年粮食播种面积56.3万亩，粮食总产量18.2万吨，比上年增长2.4%。年末生猪存栏21.5万头，增长12.6%。"]
    assert parts.chrome.kind.tolist() == ["dateline", "editor", "editor", "more"]


def test_levels_of_numbered_headings_and_headings_that_open_a_line():
    raw = ("某县教育报告\n\n第一部分 教育事业\n（一）办学规模\n全县共有学校70所。\n1.小学\n小学26所。\n"
           "（二）农业。全年粮食产量18.2万吨，增长2.4%。\n【健康扶贫】全县参保5.86万人。\n2.全县初中9所，在校生9,860人。\n")
    parts = segment(raw)
    assert parts.headline == "某县教育报告"
    sections = parts.sections
    assert sections.heading.tolist() == ["某县教育报告", "第一部分 教育事业", "（一）办学规模", "1.小学", "（二）农业",
                                         "【健康扶贫】"]
    assert sections.level.tolist() == [0, 1, 3, 4, 3, 2]
    assert parts.paragraphs.text.tolist() == ["全县共有学校70所。", "小学26所。", "全年粮食产量18.2万吨，增长2.4%。",
                                              "全县参保5.86万人。", "2.全县初中9所，在校生9,860人。"]


def test_a_news_page_headline_dateline_and_page_chrome():
    raw = ("首页 > 新闻中心 > 县域经济\n特色产业托起群众“致富梦”\n来源：桃源日报　作者：王晓　发布时间：2023-02-18 08:30:00\n"
           "【字体：大 中 小】【打印本页】\n\n本报讯（记者 王晓 通讯员 陈林）初春时节，村民们正忙着采收菌菇。\n"
           "近年来，全县林下经济产值12.8亿元。\n（责任编辑：刘洋）\n分享到：\n打印本页 关闭窗口\n")
    parts = segment(raw)
    assert parts.headline == "特色产业托起群众“致富梦”"
    assert parts.dateline.startswith("来源：桃源日报")
    assert parts.chrome.kind.tolist() == ["page", "dateline", "page", "dateline", "editor", "page", "page"]
    assert parts.chrome.text.iloc[3] == "本报讯（记者 王晓 通讯员 陈林）"
    assert parts.paragraphs.text.iloc[0] == "初春时节，村民们正忙着采收菌菇。"
    assert parts.documents.kind.tolist() == ["article"]


def test_datelines_of_wire_stories_and_a_speech():
    wire = segment("两会新闻\n新华社北京3月15日电（记者 张三 李四）今年政府工作报告提出，增长5%左右。\n")
    assert wire.headline == "两会新闻" and wire.dateline == "新华社北京3月15日电（记者 张三 李四）"
    speech = segment("政府工作报告\n——2024年1月10日在县人民代表大会上\n县长 周建国\n\n各位代表：\n现在，我代表县人民政府报告工作。\n")
    assert speech.headline == "政府工作报告" and speech.chrome.kind.tolist() == ["subtitle", "source"]
    assert speech.sections.title.tolist() == ["政府工作报告"]


def test_a_masthead_and_a_two_line_headline_over_a_dateline():
    """A newspaper's masthead line (name, date, 星期, 第N版, column) is page chrome; the two lines under it, over the
    dateline, are the headline and its second line."""
    raw = ("青川日报　2025年3月4日　星期二　第2版　要闻\n\n全县粮食总产再创新高\n全年产量41.26万吨　单产提高2.3%\n\n"
           "本报讯（记者 林远）3月3日，县农业农村局发布消息，全年粮食产量41.26万吨。\n")
    parts = segment(raw)
    assert parts.headline == "全县粮食总产再创新高"
    assert parts.chrome.kind.tolist() == ["page", "subtitle", "dateline"]
    assert parts.paragraphs.text.iloc[0].startswith("3月3日")
    plain = segment("青川日报　2025年3月4日　星期二\n全县粮食总产再创新高。\n")      # a masthead over no headline
    assert plain.chrome.kind.tolist() == ["page"] and plain.headline is None


def test_a_first_line_without_a_dateline_stays_a_heading():
    parts = segment("标题\n正文第一句。\n")
    assert parts.headline is None and parts.sections.heading.tolist() == ["标题"]


def test_briefs_take_the_heading_before_them_and_an_articles_last_section_stays_in_it():
    page = segment("简讯一标题\n第一条简讯的内容很短...[详细]\n简讯二标题\n第二条简讯[详细]\n")
    assert page.documents.kind.tolist() == ["brief", "brief"]
    assert page.sections.heading.tolist() == ["简讯一标题", "简讯二标题"]
    article = segment("导语一句。\n还有难题\n目前全村仍有7户15人未脱贫。[详细]\n初审编辑:\n另一条简讯的内容。[详细]\n")
    assert article.documents.kind.tolist() == ["article", "brief"]
    assert article.sections.title.tolist()[:2] == ["导语", "还有难题"]


def test_a_content_line_is_not_mistaken_for_chrome():
    parts = segment("记者：你们如何看待今年的经济形势？\n移动通讯网络覆盖全县，基站1,200个。\n编辑部设在县城。\n")
    assert parts.chrome.empty and len(parts.paragraphs) == 3


def test_a_masthead_set_apart_by_bars_is_page_chrome():
    """An e-paper's masthead as web captures give it, its parts set apart by bars, is page chrome like one set apart
    by spaces: the headline under it titles the page (it used to be titled by the masthead)."""
    for masthead in ("青川商报 | 2024年11月19日 星期二 | 第A07版：公司·产业 | 责任编辑：周立群",
                     "青川日报｜2025年3月4日｜星期二｜第2版｜要闻"):
        parts = segment(masthead + "\n\n快递业务量增两成\n迅通速运10月营收84.27亿元\n\n"
                        "本报讯（记者 林远）10月，公司实现营业收入84.27亿元，同比增长10.8%。\n")
        assert parts.headline == "快递业务量增两成"
        assert parts.chrome.kind.tolist() == ["page", "subtitle", "dateline"]
    assert segment("收入 | 2024年11月19日 星期二 | 增长10.8%，好于预期。\n").chrome.empty     # a sentence, not a masthead


def test_a_masthead_over_several_lines_of_page_furniture():
    """A masthead set on several lines — the paper's name alone, its Latin name, the date with 星期 and the lunar date,
    the page and column, the publishing line (刊号, 邮发代号), the page's editors and hotline — is page chrome; the
    headline is the line under it (every news fixture of rounds 11–25 was titled by its paper's name before)."""
    raw = ("青川晚报\nQINGCHUAN EVENING NEWS\n2025年3月4日　星期二　农历乙巳年二月初五\n第A05版　城事·民生\n"
           "国内统一连续出版物号 CN 51-0042　邮发代号 62-18\n本版责任编辑：林远　　新闻热线：0838-1234567\n\n"
           "全县粮食总产再创新高\n——全年产量41.26万吨　单产提高2.3%\n\n"
           "本报讯（记者 何川）3月3日，县农业农村局发布消息，全年粮食产量41.26万吨。\n")
    parts = segment(raw)
    assert parts.headline == "全县粮食总产再创新高"
    assert parts.chrome.kind.tolist()[:6] == ["page"] * 6
    assert parts.paragraphs.text.iloc[0].startswith("3月3日")
    two_editors = segment("临湾日报\n2025年1月22日　星期三　第A03版　经济新闻\n责任编辑：郑晓岚　美术编辑：何一帆\n\n"
                          "跨境电商进出口首破千亿元\n\n本报讯（记者 程思远）全年跨境电商进出口1,026.8亿元。\n")
    assert two_editors.headline == "跨境电商进出口首破千亿元"


def test_a_line_of_fields_with_a_comma_is_read_at_once():
    """``浏览次数：1,862`` cannot end a dateline (a comma): the line is not one, decided at once — before, the fields of
    the line were cut every possible way (53 s for this one line; longer lines never ended)."""
    import signal

    line = "来源：市统计局　　发布时间：2025-03-04 10:30　　作者：林一　　浏览次数：1,862"

    def too_long(*_):
        raise TimeoutError("segmenting one line of page chrome took over 10 s")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(10)
    try:
        parts = segment("标题\n" + line + "\n全年粮食产量58.6万吨，比上年增长2.1%。\n")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(parts.sentences) > 0


def test_a_listed_companys_announcement_line_is_page_chrome():
    """``证券代码：… 证券简称：… 公告编号：…`` heads every announcement: chrome, so the company's name is the first line."""
    text = ("证券代码：600123　　证券简称：青禾股份　　公告编号：2025-017\n\n青禾股份有限公司\n2024年年度报告摘要\n\n"
            "报告期内，公司实现营业收入12.5亿元，同比增长8.1%。\n")
    parts = segment(text)
    assert parts.chrome.kind.tolist()[:1] == ["page"] and parts.chrome.start.tolist()[:1] == [0]
    assert parts.documents.label.iloc[0].startswith("青禾股份有限公司")
