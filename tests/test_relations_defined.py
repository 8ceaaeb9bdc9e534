"""Quotients known by their name, stated apart from their terms (:mod:`helpers.claims.relations.defined`): the domain's
(存贷比, 拨备覆盖率, 恩格尔系数) and the report's own definitions in a 注, each term the figure so named. Sentences of
our own; the relation lists of rounds 1–49 measure the reading as a whole."""

from .test_relations_kinds import by_figures, checks_in


BANK = ("截至2025年末，本行各项存款余额1,250.40亿元，比年初增加96.10亿元。\n"
        "贷款方面，本行各项贷款余额903.60亿元，比年初增加80.20亿元。\n"
        "资产质量方面，不良贷款余额11.30亿元，贷款损失准备余额26.55亿元。\n"
        "年末本行存贷比为{ratio}，拨备覆盖率为{coverage}，不良贷款率为1.25%。")


def test_a_banks_ratios_are_checked_over_the_figures_named_in_earlier_paragraphs():
    table = checks_in(BANK.format(ratio="72.26%", coverage="234.96%"))
    assert by_figures(table, "903.60亿元", "1,250.40亿元", "72.26%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "26.55亿元", "11.30亿元", "234.96%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "11.30亿元", "903.60亿元", "1.25%").verdict.tolist() == ["consistent"]
    row = by_figures(table, "903.60亿元", "1,250.40亿元", "72.26%").iloc[0]
    assert "domain defines" in row.assumptions and "存贷比" in row.description


def test_a_wrong_ratio_is_inconsistent():
    table = checks_in(BANK.format(ratio="78.26%", coverage="264.96%"))
    assert by_figures(table, "903.60亿元", "1,250.40亿元", "78.26%").verdict.tolist() == ["inconsistent"]
    assert by_figures(table, "26.55亿元", "11.30亿元", "264.96%").verdict.tolist() == ["inconsistent"]


def test_a_definition_in_the_reports_note_is_read_and_areas_convert():
    text = ("一、森林资源\n全县林地面积182,300公顷，湿地面积6,420公顷。\n"
            "二、国土\n全县国土总面积2,950.0平方公里。\n"
            "三、保护\n全县林地保有率为{rate}，比上年提高0.2个百分点。\n"
            "注：林地保有率指林地面积占国土总面积的比重。")
    table = checks_in(text.format(rate="61.80%"))
    row = by_figures(table, "182,300公顷", "2,950.0平方公里", "61.80%")
    assert row.verdict.tolist() == ["consistent"]
    assert "the report defines it" in row.iloc[0].assumptions
    wrong = checks_in(text.format(rate="68.10%"))
    assert by_figures(wrong, "182,300公顷", "2,950.0平方公里", "68.10%").verdict.tolist() == ["inconsistent"]


def test_another_subjects_figure_is_no_term():
    # 公司贷款 is corporate lending, not the bank's 贷款; 制造业贷款余额 is a kind of it
    text = ("截至年末，本行各项存款余额1,250.40亿元。\n"
            "分产品看，公司贷款640.20亿元，个人贷款263.40亿元；制造业贷款余额88.10亿元。\n"
            "年末本行存贷比为60.00%。")
    table = checks_in(text)
    assert by_figures(table, "640.20亿元", "1,250.40亿元", "60.00%").empty
    assert by_figures(table, "88.10亿元", "1,250.40亿元", "60.00%").empty
    assert not table.description.str.contains("存贷比").any()


def test_a_nearer_subjects_figure_makes_the_quotient_its_own():
    # the whole sector's 赔付支出 stands first; 农业保险's own 赔款 right before the 赔付率 is what it counts
    text = ("全年全市原保险保费收入286.40亿元。\n"
            "全年全市保险业赔付支出101.20亿元。农业保险支付赔款5.26亿元，赔付率71.3%。")
    table = checks_in(text)
    assert by_figures(table, "101.20亿元", "286.40亿元", "71.3%").empty


def test_targets_other_years_and_last_years_rate_are_not_read():
    text = ("2024年本行各项存款余额1,100.00亿元。\n"
            "2025年本行各项贷款余额903.60亿元。\n"
            "2025年本行存贷比为82.15%。力争到2027年本行存贷比达到85.00%。")
    table = checks_in(text)
    assert not table.description.str.contains("存贷比").any()
    text = ("本行各项存款余额1,250.40亿元。\n本行各项贷款余额903.60亿元。\n"
            "本行存贷比由上年的70.10%提高到72.26%。")
    table = checks_in(text)
    assert by_figures(table, "903.60亿元", "1,250.40亿元", "70.10%").empty
    assert by_figures(table, "903.60亿元", "1,250.40亿元", "72.26%").verdict.tolist() == ["consistent"]


def test_two_figures_so_named_far_away_leave_the_quotient_unread():
    text = ("一、上半年\n本行各项存款余额1,180.00亿元。\n"
            "二、全年\n本行各项存款余额1,250.40亿元，各项贷款余额903.60亿元。\n"
            "三、网点\n本行营业网点186个，员工3,120人。\n四、指标\n本行存贷比为72.26%。")
    table = checks_in(text)
    # the 贷款 is far too, but the only one so named: the 存款 are two, which is meant is not said
    assert not table.description.str.contains("存贷比").any()


def test_a_quotient_of_a_named_group_takes_that_groups_terms():
    text = ("全市居民人均消费支出28,600元，人均食品烟酒消费支出8,580元。\n"
            "城镇居民人均消费支出34,200元，人均食品烟酒消费支出9,918元。\n"
            "城镇居民恩格尔系数为29.0%。")
    table = checks_in(text)
    assert not by_figures(table, "8,580元", "28,600元", "29.0%").verdict.eq("inconsistent").any()
