"""Session 27's readings, pinned on tables and texts of our own (not the rounds' texts), right and with a slip."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a column that is arithmetic over two others, which no header word says ---------------------------------------

WATER = """附表　各水厂供水情况

单位：万立方米

水厂 | 取水量 | 供水量 | 差额
东郊水厂 | 4,862.37 | 4,519.08 | 343.29
西山水厂 | 3,705.14 | 3,462.90 | {west}
南湖水厂 | 2,918.66 | 2,741.25 | 177.41
北岸水厂 | 1,634.52 | 1,522.73 | 111.79
"""


@pytest.mark.parametrize("west, verdict", [("242.24", "consistent"), ("292.24", "inconsistent")])
def test_a_column_of_differences_no_word_names_is_read_from_its_rows(west, verdict):
    """差额 is 取水量 − 供水量 in every other row, to the last digit: the row that misses is that row's slip."""
    found = checks_in(WATER.format(west=west))
    assert by_figures(found, "3,705.14", "3,462.90", west).verdict.tolist() == [verdict]
    assert by_figures(found, "4,862.37", "4,519.08", "343.29").verdict.tolist() == ["consistent"]
    # one relation per row: 供水量 = 取水量 − 差额 is the same three cells, not a second check
    assert len(by_figures(found, "1,634.52", "1,522.73", "111.79")) == 1


BUDGET = """单位：万元

项目 | 2026年预算 | 2025年预算 | 增减额 | 增减(%)
收入合计 | 52,318.40 | 48,906.25 | 3,412.15 | 6.98
财政拨款收入 | 44,105.72 | 41,260.38 | 2,845.34 | {grant}
事业收入 | 6,284.10 | 5,913.47 | 370.63 | 6.27
其他收入 | 1,928.58 | 1,732.40 | 196.18 | 11.32
"""


@pytest.mark.parametrize("grant, verdict", [("6.90", "consistent"), ("8.90", "inconsistent")])
def test_budgets_of_two_years_give_the_change_and_its_rate_though_a_budget_is_no_level_to_the_words(grant, verdict):
    found = checks_in(BUDGET.format(grant=grant))
    assert by_figures(found, "44,105.72", "41,260.38", grant).verdict.tolist() == [verdict]
    assert by_figures(found, "6,284.10", "5,913.47", "370.63").verdict.tolist() == ["consistent"]


MONTHS = """月份 | 营业收入（万元） | 净利润（万元） | 营业收入环比（%）
1月 | 1,286.40 | 312.58 | 3.18
2月 | 1,412.75 | 340.16 | 9.82
3月 | 1,318.06 | 296.44 | {march}
4月 | 1,375.92 | 331.07 | 4.39
5月 | 1,461.30 | 352.81 | 6.21
"""


@pytest.mark.parametrize("march, verdict", [("-6.70", "consistent"), ("-2.70", "inconsistent")])
def test_a_column_of_growth_on_the_row_above(march, verdict):
    """营业收入环比: each month's revenue on the month before, though the header names no period to compare with;
    January's base is not in the table: not read."""
    found = checks_in(MONTHS.format(march=march))
    assert by_figures(found, "1,318.06", "1,412.75", march).verdict.tolist() == [verdict]
    assert by_figures(found, "1,461.30", "1,375.92", "6.21").verdict.tolist() == ["consistent"]
    assert not found.figures.str.contains("3.18").any() or (found[found.figures.str.contains("3.18")].verdict == "derived").all()


DIVIDENDS = """分红年度 | 每10股派息（元） | 分红基数（股） | 现金分红总额（元） | 归母净利润（元） | 占比（%）
2021年度 | 1.80 | 312,450,000 | 56,241,000.00 | 198,306,412.57 | 28.36
2022年度 | 2.10 | 312,450,000 | 65,614,500.00 | 231,877,095.14 | {ratio}
2023年度 | 2.60 | 310,980,000 | 80,854,800.00 | 276,540,318.92 | 29.24
2024年度 | 3.00 | 309,720,000 | 92,916,000.00 | 318,604,775.30 | 29.16
"""


@pytest.mark.parametrize("ratio, verdict", [("28.30", "consistent"), ("24.30", "inconsistent")])
def test_a_product_of_two_columns_and_a_quotient_of_two_others(ratio, verdict):
    """现金分红总额 = 每10股派息 × 分红基数 / 10, and 占比 = 现金分红总额 / 归母净利润 × 100, row by row."""
    found = checks_in(DIVIDENDS.format(ratio=ratio))
    assert by_figures(found, "65,614,500.00", "231,877,095.14", ratio).verdict.tolist() == [verdict]
    assert by_figures(found, "3.00", "309,720,000", "92,916,000.00").verdict.tolist() == ["consistent"]


def test_small_counts_fit_too_many_readings_to_be_read_by_their_arithmetic():
    """Counts of one or two digits fit a difference or a growth by chance (10 over 6, each ±0.5, gives any growth
    from 46% to 91%): no column relation is read from them, so nothing is accused."""
    text = """区县 | 新建公园（个） | 其中：口袋公园（个） | 新建绿道（公里） | 常住人口（万人）
甲区 | 6 | 4 | 17.5 | 57.4
乙区 | 10 | 6 | 12.1 | 48.6
丙区 | 8 | 3 | 9.6 | 39.2
丁区 | 5 | 2 | 6.4 | 21.8
"""
    found = checks_in(text)
    no_alarm(found)
    assert not found.description.str.contains("recomputed as").any()


# -- a table in percent whose 合计 row is 100: each column a split of its whole --------------------------------------

AGES = """单位：%

年龄组 | 2024年 | 2025年
30岁以下 | 18.6 | 17.9
30—39岁 | 27.4 | 26.8
40—49岁 | 25.1 | 24.7
50岁及以上 | 28.9 | {older}
合计 | 100.0 | 100.0
"""


@pytest.mark.parametrize("older, verdict", [("30.6", "consistent"), ("33.6", "inconsistent")])
def test_a_column_of_shares_closed_by_a_total_of_100_adds_up_to_100(older, verdict):
    found = checks_in(AGES.format(older=older))
    assert by_figures(found, "17.9", "26.8", "24.7", older).verdict.tolist() == [verdict]
    assert by_figures(found, "18.6", "27.4", "25.1", "28.9").verdict.tolist() == ["consistent"]


def test_a_column_of_index_numbers_is_no_split():
    """上年=100: the rows of an index column add up to nothing, though its first row may read 100.5."""
    text = """类别 | 价格指数（上年=100）
食品 | 101.2
衣着 | 99.6
居住 | 100.3
合计 | 100.4
"""
    assert not checks_in(text).index.str.startswith("auto-split").any()


# -- a share of the total the report's lead states, paragraphs of other figures later ------------------------------

def test_a_share_is_fitted_over_the_first_figure_its_words_name_however_far_back():
    """共受理诉求 412.36万件 is the first figure named with 诉求; 占比为 s% a hundred figures later, fifty of them named
    with 诉求 too (and larger), is of it. A fit is never an accusation: a share nothing fits is not checked."""
    filler = "".join(f"第{n}周巡查点位{100 + n}个，受理诉求{500 + n}万件。\n\n" for n in range(1, 51))
    text = (f"全年共受理群众诉求412.36万件，办结率98.6%。\n\n{filler}"
            "从渠道看，网络渠道受理诉求186.04万件，占比为{share}。")
    assert by_figures(checks_in(text.replace("{share}", "45.1%")), "186.04万件", "412.36万件", "45.1%") \
        .verdict.tolist() == ["consistent"]
    found = checks_in(text.replace("{share}", "49.1%"))
    assert by_figures(found, "186.04万件", "412.36万件", "49.1%").empty
    no_alarm(found)


# -- a column over one figure of the text, and a margin of two columns ---------------------------------------------

CASES = """全市常住人口641.85万人。

病种 | 报告病例数 | 报告发病率（1/10万）
合计 | 5,214 | 81.23
流行性感冒 | 1,873 | 29.18
手足口病 | 946 | {hfmd}
其他感染性腹泻病 | 412 | 6.42
梅毒 | 318 | 4.95
"""


@pytest.mark.parametrize("hfmd, verdict", [("14.74", "consistent"), ("17.74", "inconsistent")])
def test_a_column_of_rates_per_100000_over_the_population_the_text_states(hfmd, verdict):
    """报告发病率（1/10万）: each row's cases over 常住人口 641.85万人, × 10万 — the one figure of the text every other
    row fits."""
    found = checks_in(CASES.format(hfmd=hfmd))
    assert by_figures(found, "946", "641.85万人", hfmd).verdict.tolist() == [verdict]
    assert by_figures(found, "1,873", "641.85万人", "29.18").verdict.tolist() == ["consistent"]


SEGMENTS = """单位：亿元

业务板块 | 营业收入 | 营业成本 | 毛利（%）
园区运营 | 48.26 | 39.71 | 17.72
物流服务 | 31.05 | 26.88 | {logistics}
供应链贸易 | 17.42 | 13.09 | 24.86
其他 | 9.36 | 7.52 | 19.66
"""


@pytest.mark.parametrize("logistics, verdict", [("13.43", "consistent"), ("16.43", "inconsistent")])
def test_a_margin_column_whose_header_says_no_margin(logistics, verdict):
    """毛利（%） is no 毛利率 to the words; the rows give it as (营业收入 − 营业成本) / 营业收入."""
    found = checks_in(SEGMENTS.format(logistics=logistics))
    assert by_figures(found, "31.05", "26.88", logistics).verdict.tolist() == [verdict]
    assert by_figures(found, "48.26", "39.71", "17.72").verdict.tolist() == ["consistent"]


# -- a level, its change and rate, whose base is a table's cell; a text total that is a run of a column's rows --------

MONTHLY = """附表　各月营业收入

单位：万元

月份 | 营业收入
1月 | 44,105.36
2月 | 46,968.22
3月 | 51,286.47

三月份，公司实现营业收入51,286.47万元，较上月增加4,318.25万元，环比增长{rate}。
"""


@pytest.mark.parametrize("rate, verdict", [("9.19%", "consistent"), ("11.19%", "inconsistent")])
def test_the_base_of_a_change_is_the_one_figure_of_the_report_the_level_less_the_change_gives(rate, verdict):
    """51,286.47 − 4,318.25 = 46,968.22, the 2月 cell and no other figure: it is the base of the change and the rate."""
    found = checks_in(MONTHLY.format(rate=rate))
    assert by_figures(found, "46,968.22", "51,286.47万元", rate).verdict.tolist() == [verdict]
    assert by_figures(found, "46,968.22", "51,286.47万元", "4,318.25万元").verdict.tolist() == ["consistent"]


QUARTERS = """表1　分季度交易量

单位：万辆

季度 | 交易量
一季度 | 12.84
二季度 | 15.37
三季度 | 16.02
四季度 | 18.95

上半年全市二手车交易{half}万辆，下半年需求回暖。
"""


def test_a_text_total_that_is_a_run_of_a_columns_rows_is_fitted_to_them():
    """上半年 28.21万辆 = 一季度 12.84 + 二季度 15.37 in 万辆: the one run of rows that sums to it. A total no run fits
    is not checked (no accusation without words)."""
    found = checks_in(QUARTERS.format(half="28.21"))
    assert by_figures(found, "12.84", "15.37", "28.21万辆").verdict.tolist() == ["consistent"]
    found = checks_in(QUARTERS.format(half="29.21"))
    assert found.empty or not found.figures.astype(str).str.contains("29.21").any()


STOCKS = """年份 | 当年新建驿站（个） | 年末驿站总数（个）
2019 | 38 | 229
2020 | 43 | 272
2021 | 46 | 318
2022 | 52 | 370
2023 | 61 | {y2023}
2024 | 74 | 505
2025 | 83 | 588
"""


@pytest.mark.parametrize("y2023, verdict", [("431", "consistent"), ("491", "inconsistent")])
def test_a_stock_column_is_the_row_above_plus_the_new_ones(y2023, verdict):
    """年末驿站总数 = the year before's + 当年新建, row by row (a header naming a stock: 年末…总数); a wrong stock breaks
    its own row and the next, so a series needs rows enough that most still fit."""
    found = checks_in(STOCKS.format(y2023=y2023))
    assert by_figures(found, "61", "370", y2023).verdict.tolist() == [verdict]


DISTRICTS = """区县　供热面积（万平方米）　投诉量（件）
东城区　6,218　1,846
西城区　5,407　1,522
南湖区　3,926　1,108
北山县　1,845　{north}
全市　17,396　4,903
"""


@pytest.mark.parametrize("north, verdict", [("427", "consistent"), ("527", "derived")])
def test_a_place_total_closing_the_rows_is_their_sum_and_only_shown_when_it_misses(north, verdict):
    """全市 after the districts is their sum; a place's row may close a list of some of its parts only, so a miss is
    shown, not accused."""
    found = checks_in(DISTRICTS.format(north=north))
    total = ["4,903"] if verdict == "consistent" else []       # a lowered sum shows the total its parts give
    assert by_figures(found, "1,846", "1,522", "1,108", north, *total).verdict.tolist() == [verdict]
    assert by_figures(found, "6,218", "5,407", "3,926", "1,845", "17,396").verdict.tolist() == ["consistent"]
