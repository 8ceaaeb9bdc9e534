"""False alarms two reviewers found (session 25) writing right tables and stories of their own: each the smallest
text that raised one, now no accusation (and, where the reading is sure, the right check)."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- tables ---------------------------------------------------------------------------------------------------------

RIGHT_TABLES = [
    # a percent sign in the cells makes a row a rate: its change is in points (2.35 − 2.21), not a growth
    "指标 | 2023年 | 2022年 | 增减（%）\n研发投入强度 | 2.35% | 2.21% | 0.14\n",
    "指标 | 2023年 | 2022年 | 增减\n居民恩格尔系数 | 28.6 | 29.3 | -0.7\n",
    # each share column is of the amount column right before it, the earlier year's too
    "项目 | 2023年金额 | 占比（%） | 2022年金额 | 占比（%）\n甲 | 512.36 | 51.2 | 460.85 | 51.2\n乙 | 298.14 | 29.8 | 268.12 | 29.8\n"
    "丙 | 143.27 | 14.3 | 105.31 | 11.7\n丁 | 46.23 | 4.6 | 65.72 | 7.3\n合计 | 1000.00 | 100.0 | 900.00 | 100.0\n",
    # a leading # marks a part of the row above (as 其中 does)
    "项目 | 金额（亿元）\n第一产业 | 312.58\n第二产业 | 1105.37\n#工业 | 896.14\n第三产业 | 1438.47\n合计 | 2856.42\n",
    # a rate over the column every row fits, not the one whose header only sounds like a base
    "专业 | 报名人数 | 录取人数 | 报到人数 | 报到率（%）\n数控 | 186 | 150 | 142 | 94.7\n计算机 | 215 | 160 | 151 | 94.4\n"
    "电商 | 96 | 96 | 88 | 91.7\n汽修 | 124 | 124 | 117 | 94.4\n",
    # a share column is of the amount its header names (收入占比 of 营业收入, not of 营业成本 beside it)
    "产品 | 营业收入 | 营业成本 | 收入占比（%）\n甲 | 1800.00 | 1350.00 | 45.00\n乙 | 1200.00 | 900.00 | 30.00\n"
    "丙 | 600.00 | 390.00 | 15.00\n丁 | 400.00 | 360.00 | 10.00\n合计 | 4000.00 | 3000.00 | 100.00\n",
    # a row with a footnote's mark has a whole of its own (its note): it is not judged over the text's
    "全年有效监测天数为365天。\n\n县（区） | 优良天数（天） | 优良天数比例（%）\n甲区 | 312 | 85.5\n乙区 | 298 | 81.6\n"
    "丙县 | 305 | 83.6\n新区① | 240 | 87.3\n注：①新区监测站4月1日启用，有效监测天数为275天。\n",
    # a 其中 column is a part of the 合计 column, not of the column right before it
    "科室 | 合计 | 男 | 女 | 其中：党员\n办公室 | 12 | 7 | 5 | 9\n财务科 | 8 | 3 | 5 | 4\n",
    # a cell's own 上升 is a rise under a header of a fall
    "类别 | 2023年（起） | 2022年（起） | 同比下降（%）\n道路交通事故 | 27 | 24 | 上升12.5\n",
    # 总产值 grows at comparable prices: its printed levels need not give the rate
    "指标 | 2023年 | 2022年 | 比上年增长（%）\n农林牧渔业总产值（亿元） | 156.8 | 151.2 | 3.1\n"
    "注：总产值绝对数按现价计算，增长速度按可比价格计算。\n",
]


@pytest.mark.parametrize("text", RIGHT_TABLES)
def test_right_tables_are_not_accused(text):
    no_alarm(checks_in(text))


def test_the_right_readings_of_those_tables():
    rate = checks_in(RIGHT_TABLES[4])
    assert by_figures(rate, "142", "150", "94.7").verdict.tolist() == ["consistent"]
    share = checks_in(RIGHT_TABLES[5])
    assert by_figures(share, "1800.00", "4000.00", "45.00").verdict.tolist() == ["consistent"]
    part = checks_in(RIGHT_TABLES[7])
    assert by_figures(part, "9", "12").verdict.tolist() == ["consistent"]


# -- stories --------------------------------------------------------------------------------------------------------

RIGHT_STORIES = [
    "七个领域共投入9.12亿元，其中前三个领域合计占61.73%。",                     # counts in words are no share's terms
    "全社会用电量3862.47亿千瓦时，同比增长7.4%；上年为3596.09亿千瓦时，增长4.3%。",  # last year's own growth
    "全年接待游客5863.2万人次，实现旅游收入486.3亿元；其中过夜游客1865.3万人次，人均花费1652元。",  # a part's own
    "全省新建幼儿园3所（上年2所）、中小学5所（上年4所），两项合计8所。",           # last year's in brackets
    "参赛人数分别为1.5万人、1.2万人和0.5万人，前两项合计2.7万人。",               # a total of some of them
    "汽车产销分别完成285.0万辆和285.8万辆，其中乘用车产销分别完成254.3万辆和254.9万辆。",  # pairs of measures
    "存款余额12862.4亿元，贷款余额10235.6亿元，其中中资银行存款12156.3亿元、贷款9862.4亿元。",
    "公司营业总收入86.42亿元。动力电池业务收入52.30亿元（上年同期43.15亿元），占营业总收入的60.52%。",
    "公益事业支出6948.27万元，其中助学项目支出2864.35万元，占总支出的38.92%。",     # 总支出 may be more
]


@pytest.mark.parametrize("text", RIGHT_STORIES)
def test_right_stories_are_not_accused(text):
    no_alarm(checks_in(text))


def test_a_share_after_a_bracketed_earlier_figure_is_the_levels_and_the_bracket_is_no_item():
    share = checks_in(RIGHT_STORIES[7])
    assert by_figures(share, "52.30亿元", "86.42亿元", "60.52%").verdict.tolist() == ["consistent"]
    total = checks_in(RIGHT_STORIES[3])
    assert by_figures(total, "3所", "5所", "8所").verdict.tolist() == ["consistent"]


def test_a_change_named_by_the_wholes_words_is_the_wholes_not_a_parts_after_qizhong():
    """旅游收入 T，其中国内旅游收入 a。旅游收入增加 D，增长 r%: r = D / (T − D), not over a's."""
    table = checks_in("全年旅游收入412.68亿元，其中国内旅游收入398.26亿元。旅游收入比上年增加120.62亿元，增长41.3%。")
    no_alarm(table)
    assert by_figures(table, "412.68亿元", "120.62亿元", "41.3%").verdict.tolist() == ["consistent"]


def test_births_named_for_the_registered_population_are_per_thousand_of_it():
    table = checks_in("年末常住人口48.6万人，户籍人口56.3万人；户籍人口出生0.36万人，出生率6.39‰。")
    no_alarm(table)
    assert by_figures(table, "0.36万人", "56.3万人", "6.39‰").verdict.tolist() == ["consistent"]


def test_first_contact_of_rounds_bn_bq():
    """Alarms rounds BN–BQ raised once measured (session 25), as rules on texts of our own: a change on the edition
    before and a rate on a named year are of two earlier figures; a pair named X and 非X is every one, so a third
    figure after it counts them by another trait."""
    no_alarm(checks_in("本届赛事参赛规模32,000人，参赛规模比上届增加2,000人，比2021年扩大77.8%。"))
    museums = checks_in("全市备案博物馆42家，其中国有博物馆27家、非国有博物馆15家，国家一级博物馆2家。")
    no_alarm(museums)
    assert by_figures(museums, "27家", "15家", "42家").verdict.tolist() == ["consistent"]
