"""Tables written as text (``tables.py``): each form pinned on tables of our own, right and with a slip planted."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

RESULTS = """主要会计数据
单位：元　币种：人民币
项目 | 本年 | 上年 | 本年比上年增减(%)
营业收入 | 1,526,400,000.00 | 1,324,800,000.00 | {revenue}
净利润 | 182,350,000.00 | 160,120,000.00 | 13.88
加权平均净资产收益率（%） | 9.84 | 9.12 | 增加{roe}个百分点
基本每股收益（元／股） | 0.61 | 0.54 | 12.96
"""


@pytest.mark.parametrize("revenue, verdict", [("15.22", "consistent"), ("18.22", "inconsistent")])
def test_a_row_with_this_and_last_period_and_the_change_in_percent(revenue, verdict):
    """1,526.4 / 1,324.8 − 1 = 15.22%: the row's change recomputed from its two columns the header names."""
    table = checks_in(RESULTS.format(revenue=revenue, roe="0.72"))
    check = by_figures(table, "1,526,400,000.00", "1,324,800,000.00", revenue)
    assert check.verdict.tolist() == [verdict]
    assert "from the column “上年” to the column “本年”" in check.assumptions.iloc[0]
    assert by_figures(table, "182,350,000.00", "160,120,000.00", "13.88").verdict.tolist() == ["consistent"]
    assert by_figures(table, "0.61", "0.54", "12.96").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("roe, verdict", [("0.72", "consistent"), ("1.72", "inconsistent")])
def test_a_rate_row_changes_in_percentage_points(roe, verdict):
    table = checks_in(RESULTS.format(revenue="15.22", roe=roe))
    check = by_figures(table, "9.84", "9.12", f"{roe}个百分点")
    assert check.verdict.tolist() == [verdict] and check.unit.tolist() == ["percentage points"]


def test_a_bare_number_beside_a_rate_is_read_as_points_or_percent_whichever_fits():
    """资产负债率（%） 48.6 | 45.0 | 3.6: points fit (48.6 − 45.0), said so; 9.9 fits neither: shown, never accused."""
    text = "项目 | 本期末 | 上年末 | 增减(%)\n资产负债率（%） | 48.6 | 45.0 | {change}\n"
    fits = by_figures(checks_in(text.format(change="3.6")), "48.6", "45.0", "3.6")
    assert fits.verdict.tolist() == ["consistent"] and "read in percentage points" in fits.assumptions.iloc[0]
    percent = by_figures(checks_in(text.format(change="8.0")), "48.6", "45.0", "8.0")     # 48.6 / 45.0 − 1 = 8.0%
    assert percent.verdict.tolist() == ["consistent"] and "a change in percent" in percent.assumptions.iloc[0]
    neither = checks_in(text.format(change="9.9"))
    no_alarm(neither)
    shown = by_figures(neither, "48.6", "45.0")       # the stated 9.9 dropped: the change the figures imply
    assert shown.verdict.tolist() == ["derived"] and shown.computed.tolist() == pytest.approx([3.6])


def test_a_level_with_its_change_and_no_earlier_column_implies_the_earlier_figure():
    """澜州 a 附表: 10月（亿元） and 比上年同月增长（%）: the figure a year before, derived; the 1—10月 column has no level
    of its own in the table, so it implies nothing."""
    text = ("指标　10月（亿元）　比上年同月增长（%）　1—10月比上年同期增长（%）\n"
            "工业增加值　412.36　6.2　5.9\n")
    table = checks_in(text)
    derived = by_figures(table, "412.36", "6.2")
    assert derived.verdict.tolist() == ["derived"] and derived.computed.iloc[0] == pytest.approx(412.36 / 1.062)
    assert by_figures(table, "412.36", "5.9").empty


PRODUCTS = """单位：万元　币种：人民币
分产品 | 营业收入 | 营业成本 | 毛利率(%) | 营业收入比上年增减(%) | 毛利率比上年增减
中成药 | 86,420.15 | 31,284.66 | {margin} | 12.40 | 增加1.30个百分点
化学制剂 | 54,318.72 | 29,876.40 | 45.00 | 6.85 | 减少0.62个百分点
"""


@pytest.mark.parametrize("margin, verdict", [("63.80", "consistent"), ("68.80", "inconsistent")])
def test_a_gross_margin_is_revenue_less_cost_over_revenue(margin, verdict):
    """(86,420.15 − 31,284.66) / 86,420.15 = 63.80%."""
    table = checks_in(PRODUCTS.format(margin=margin))
    assert by_figures(table, "86,420.15", "31,284.66", margin).verdict.tolist() == [verdict]
    # and each change beside them without an earlier column: the earlier revenue and the earlier margin, derived
    assert by_figures(table, "86,420.15", "12.40").verdict.tolist() == ["derived"]
    earlier_margin = by_figures(table, margin, "1.30个百分点")
    assert earlier_margin.computed.tolist() == pytest.approx([float(margin) - 1.30])
    assert by_figures(table, "45.00", "0.62个百分点").computed.tolist() == pytest.approx([45.62])


def test_a_column_no_total_row_closes_fits_a_figure_stated_before_in_the_tables_unit():
    """主营业务收入 14.07亿元 = 86,420.15万 + 54,318.72万 (the table's 单位：万元); a table printed right after it under the
    same unit line shares the unit. A sum that fits nothing is not checked (never an accusation)."""
    lead = "报告期内，公司主营业务收入{total}亿元，同比增长10.1%。\n"
    regions = ("\n分地区 | 营业收入 | 营业成本 | 毛利率(%)\n境内 | 120,105.37 | 50,011.66 | 58.36\n"
               "境外 | 20,633.50 | 11,149.40 | 45.96\n")
    table = checks_in(lead.format(total="14.07") + PRODUCTS.format(margin="63.80") + regions)
    no_alarm(table)
    assert by_figures(table, "14.07亿元", "86,420.15", "54,318.72").verdict.tolist() == ["consistent"]
    assert by_figures(table, "14.07亿元", "120,105.37", "20,633.50").verdict.tolist() == ["consistent"]
    wrong = checks_in(lead.format(total="15.07") + PRODUCTS.format(margin="63.80"))
    assert by_figures(wrong, "15.07亿元", "86,420.15", "54,318.72").empty


FUNDING = """项目 | 金额（万元） | 占比（%）
基本支出 | 12,480 | {share}
项目支出 | 8,320 | 40.0
合计 | {total} | 100.0
"""


@pytest.mark.parametrize("total, verdict", [("20,800", "consistent"), ("23,800", "inconsistent")])
def test_rows_above_a_total_row_sum_to_it(total, verdict):
    table = checks_in(FUNDING.format(share="60.0", total=total))
    assert by_figures(table, "12,480", "8,320", total).verdict.tolist() == [verdict]


@pytest.mark.parametrize("share, verdict", [("60.0", "consistent"), ("66.0", "inconsistent")])
def test_a_column_of_shares_is_each_rows_amount_over_the_total_row(share, verdict):
    table = checks_in(FUNDING.format(share=share, total="20,800"))
    assert by_figures(table, "12,480", "20,800", share).verdict.tolist() == [verdict]
    assert by_figures(table, share, "40.0", "100.0").verdict.tolist() == [verdict]      # the shares add up to 100


SALES = """指标　9月（亿元）　比上年同月增长（%）
社会消费品零售总额　318.52　5.1
按经营单位所在地分
　城镇　{urban}　4.9
　乡村　46.30　6.3
按消费类型分
　商品零售　281.14　4.6
　餐饮收入　37.38　8.9
限额以上单位消费品零售额　140.26　5.8
"""


def test_rows_under_a_category_line_break_down_the_first_row():
    """城镇 + 乡村 and 商品零售 + 餐饮收入 are each 社会消费品零售总额; the row after the indented ones (限额以上) is
    no part of either breakdown. A category may list some of its kinds only (按类别分 卫生技术人员: 医师 and 护士 of
    more), so a breakdown that does not fit is shown, never accused."""
    table = checks_in(SALES.format(urban="272.22"))
    assert by_figures(table, "318.52", "272.22", "46.30").verdict.tolist() == ["consistent"]
    assert by_figures(table, "318.52", "281.14", "37.38").verdict.tolist() == ["consistent"]
    assert not table.figures.str.contains("140.26").loc[table.index.str.startswith("auto-sum")].any()
    short = checks_in(SALES.format(urban="252.22"))
    no_alarm(short)
    assert by_figures(short, "252.22", "46.30").verdict.tolist() == ["derived"]
    no_alarm(checks_in("指标　人数\n卫生技术人员总数　52,310\n按类别分\n　执业（助理）医师　20,105\n　注册护士　23,410\n"))


@pytest.mark.parametrize("first, verdict", [("1,206.50", "consistent"), ("1,306.50", "derived")])
def test_a_first_row_naming_a_place_is_summed_but_never_accused(first, verdict):
    """全　省 over its cities: the table may list only some of them, so a sum that misses is shown, not judged."""
    text = ("地　区　　R&D经费（亿元）　　比上年增长（%）\n全　省　　{first}　　8.2\n北川市　　612.30　　9.1\n"
            "南川市　　402.15　　7.4\n西川市　　192.05　　6.8\n")
    table = checks_in(text.format(first=first))
    no_alarm(table)
    if verdict == "consistent":
        assert by_figures(table, first, "612.30", "402.15", "192.05").verdict.tolist() == [verdict]
    else:                   # the stated total dropped: the sum the rows imply, shown
        assert by_figures(table, "612.30", "402.15", "192.05").verdict.tolist() == [verdict]


@pytest.mark.parametrize("total, verdict", [("1,276", "consistent"), ("1,376", "inconsistent")])
def test_a_total_column_is_the_sum_of_its_rows_other_amounts(total, verdict):
    text = f"申请人 | 城区 | 乡镇 | 合计\n自然人 | 842 | 434 | {total}\n法人 | 96 | 31 | 127\n"
    table = checks_in(text)
    assert by_figures(table, "842", "434", total).verdict.tolist() == [verdict]
    assert by_figures(table, "96", "31", "127").verdict.tolist() == ["consistent"]


HOLDERS = """公司总股本为486,400,000股。
股东名称 | 股东性质 | 持股比例(%) | 持股数量
青禾集团有限公司 | 境内非国有法人 | 35.00 | 170,240,000
林远山 | 境内自然人 | 12.50 | 60,800,000
白鹭投资合伙企业 | 境内非国有法人 | 5.00 | 24,320,000
周一帆 | 境内自然人 | {share} | 9,728,000
"""


@pytest.mark.parametrize("share, verdict", [("2.00", "consistent"), ("3.00", "inconsistent")])
def test_a_column_of_shares_over_a_whole_stated_before_the_table_that_most_rows_fit(share, verdict):
    table = checks_in(HOLDERS.format(share=share))
    check = by_figures(table, "9,728,000", "486,400,000", share)
    assert check.verdict.tolist() == [verdict] and "rows fit" in check.assumptions.iloc[0]
    assert by_figures(table, "170,240,000", "486,400,000", "35.00").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("whole", ["496,400,000", "500,000,000"])
def test_no_whole_is_taken_that_too_few_rows_fit_or_that_is_round(whole):
    """Over 496,400,000股 no row fits; 500,000,000 (to the hundred million, as written) fits too much to tell: no
    share is read at all."""
    table = checks_in(HOLDERS.format(share="2.00").replace("486,400,000股", whole + "股"))
    assert not table.index.str.startswith("auto-share").any()


def test_a_column_whose_rows_mostly_miss_is_shown_not_judged():
    """A header read wrongly (here the change is of another column than the words suggest) shows in every row: a
    column of which most rows miss is doubtful, never an accusation."""
    text = ("项目 | 本期 | 上期 | 增减(%)\n甲 | 120.0 | 100.0 | 35.0\n乙 | 220.0 | 200.0 | 31.0\n"
            "丙 | 330.0 | 300.0 | 27.0\n")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "120.0", "100.0").verdict.tolist() == ["derived"]


@pytest.mark.parametrize("change, verdict", [("18.4", "consistent"), ("28.4", "inconsistent")])
def test_year_columns_and_a_change_in_the_levels_unit(change, verdict):
    """2024年 | 2023年: the later year is the level; 增减额（亿元） is a change in the level's unit, not a percent."""
    text = f"指标 | 2024年 | 2023年 | 增减额（亿元） | 增长(%)\n地区生产总值（亿元） | 512.6 | 494.2 | {change} | 3.7\n"
    table = checks_in(text)
    assert by_figures(table, "512.6", "494.2", change).verdict.tolist() == [verdict]
    assert by_figures(table, "512.6", "494.2", "3.7").verdict.tolist() == ["consistent"]


def test_a_header_with_no_word_over_the_labels_and_a_week_on_week_change():
    """``　　本周　上周　环比(%)``: the header lacks the labels' cell; 环比 is on 上周."""
    text = "　　本周　上周　环比(%)\n猪肉（元/公斤）　26.48　26.12　1.38\n鸡蛋（元/公斤）　9.62　9.80　-1.84\n"
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "26.48", "26.12", "1.38").verdict.tolist() == ["consistent"]
    assert by_figures(table, "9.62", "9.80", "-1.84").verdict.tolist() == ["consistent"]


def test_page_chrome_with_wide_spaces_is_no_table():
    text = ("2025年3月4日　星期二　第A05版　经济·产业\n来源：市统计局　　发布时间：2025-03-04 10:30　　浏览次数：1,862\n"
            "全年粮食产量58.6万吨，比上年增长2.1%。\n")
    table = checks_in(text)
    assert not table.description.str.contains("column").any()


# -- what a table does not say: each form below was accused before it was read so (a false alarm costs most) --------

def test_other_finders_do_not_read_across_a_rows_cells():
    """``| 不适用 |`` between two numbers read as words naming a part: relations among cells are the header's alone."""
    text = "项目 | 2024年 | 2023年 | 本年比上年增减(%) | 2022年\n净利润 | 82.00 | 20.00 | 不适用 | 30.00\n"
    no_alarm(checks_in(text))


@pytest.mark.parametrize("change, verdict", [("150.00", "consistent"), ("120.00", "inconsistent")])
def test_growth_from_a_negative_base_is_over_the_size_of_the_base(change, verdict):
    """−100 → 50 is +150% over |−100| (the signed base gives −150%): the reading that fits is said."""
    text = f"项目 | 2024年 | 2023年 | 增减(%)\n归母净利润 | 50.00 | -100.00 | {change}\n"
    check = checks_in(text)
    found = by_figures(check, "50.00", "-100.00", change)
    if verdict == "consistent":
        assert found.verdict.tolist() == ["consistent"]
    else:                     # neither reading fits: shown, not judged
        no_alarm(check)
        assert by_figures(check, "50.00", "-100.00").verdict.tolist() == ["derived"]


def test_shares_over_a_total_row_whose_share_is_not_100_are_of_another_whole():
    """占基金资产净值比例 with a 合计 of 83.20: the rows are shares of the net assets, not of the 合计 row."""
    text = ("行业类别 | 公允价值（元） | 占基金资产净值比例（%）\n制造业 | 500,000,000.00 | 52.00\n"
            "金融业 | 200,000,000.00 | 20.80\n信息技术 | 100,000,000.00 | 10.40\n合计 | 800,000,000.00 | 83.20\n")
    table = checks_in(text)
    no_alarm(table)
    assert not table.index.str.startswith("auto-share").any()
    assert by_figures(table, "500,000,000.00", "200,000,000.00", "100,000,000.00", "800,000,000.00").verdict.tolist() \
        == ["consistent"]


def test_a_share_column_is_of_the_amounts_of_its_own_period():
    text = ("成本构成项目 | 本期金额 | 本期占总成本比例(%) | 上年同期金额 | 上年同期占总成本比例(%)\n"
            "直接材料 | 6,000.00 | 60.00 | 5,000.00 | 62.50\n直接人工 | 2,500.00 | 25.00 | 1,800.00 | 22.50\n"
            "制造费用 | 1,500.00 | 15.00 | 1,200.00 | 15.00\n合计 | 10,000.00 | 100.00 | 8,000.00 | 100.00\n")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "1,800.00", "8,000.00", "22.50").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("text", [
    # 减： rows are taken away
    "项目 | 金额\n政府补助 | 3,000,000.00\n资产处置收益 | 600,000.00\n减：所得税影响额 | 900,000.00\n合计 | 2,700,000.00\n",
    # a 其中 row at the parts' indent: 建筑业 may be in it or beside it
    "指标 | 绝对额\n合计 | 5,000.0\n第一产业 | 500.0\n第二产业 | 2,000.0\n其中：工业 | 1,600.0\n建筑业 | 400.0\n"
    "第三产业 | 2,500.0\n",
    # a total named for a class: a statement may list some of its items
    "项目 | 期末余额（万元）\n货币资金 | 4,000\n应收账款 | 2,800\n存货 | 1,900\n流动资产合计 | 10,500\n",
    # averages and rates do not add up, across a row or down a column
    "项目 | 城镇 | 农村 | 合计\n人均收入（元） | 50,000 | 20,000 | 38,000\n",
    "群体 | 样本量 | 满意度\n男性 | 500 | 85.2\n女性 | 520 | 87.1\n总体 | 1,020 | 86.2\n",
    "项目 | 预算数 | 决算数为调整预算数的%\n一般公共服务 | 10.0 | 93.3\n教育 | 20.0 | 72.7\n合计 | 30.0 | 86.3\n",
    # a 合计 column sums the row's amounts, not a 其中 column
    "单位 | 合计 | 男 | 女 | 其中：少数民族\n一中 | 1,200 | 620 | 580 | 96\n",
    # a category of the main industries only
    "指标 | 本月（亿元）\n固定资产投资总额 | 1,000.0\n按主要行业分\n　制造业 | 300.0\n　房地产业 | 250.0\n　交通运输业 | 150.0\n",
])
def test_sums_a_table_does_not_state_are_not_accused(text):
    no_alarm(checks_in(text))


@pytest.mark.parametrize("text", [
    "品种 | 本周 | 上周 | 涨跌\n猪肉 | 26.48 | 26.12 | 0.36\n",                       # an amount, not a percent
    "指标 | 2024年 | 2023年 | 比上年下降(%)\n单位GDP能耗（吨标准煤/万元） | 0.380 | 0.400 | 5.0\n",    # a fall
    "指标 | 2024年 | 2023年 | 2022年 | 2024年比2022年增长(%)\n产量（万吨） | 121.0 | 115.0 | 110.0 | 10.0\n",
    "指标 | 2024年 | 2023年 | 增减\n第三产业占比 | 55.2 | 54.0 | 1.2\n",             # a share changes in points
    "项目 | 上年执行数 | 预算数 | 执行数 | 完成预算% | 比上年增长%\n税收收入 | 100.0 | 110.0 | 115.5 | 105.0 | 15.5\n",
])
def test_changes_read_from_what_the_header_says(text):
    table = checks_in(text)
    no_alarm(table)
    assert (table.verdict == "consistent").any(), table[["description", "verdict"]]


def test_a_table_continued_after_a_page_break_is_one_table():
    text = ("项目 | 本年（万元）\n甲项目 | 600.00\n— 12 —\n续表\n项目 | 本年（万元）\n乙项目 | 1,200.00\n丙项目 | 800.00\n"
            "丁项目 | 500.00\n合计 | 3,100.00\n")
    table = checks_in(text)
    assert by_figures(table, "600.00", "1,200.00", "800.00", "500.00", "3,100.00").verdict.tolist() == ["consistent"]


def test_a_strip_of_key_figures_with_no_label_column_is_no_table():
    """``营业收入（亿元）　净利润（亿元）　同比增长（%）`` over ``120.5　15.2　12.3``: 120.5 is no row's label."""
    table = checks_in("营业收入（亿元）　净利润（亿元）　同比增长（%）\n120.5　15.2　12.3\n")
    assert not table.description.str.contains("column").any()


def test_a_change_in_points_reads_in_the_texts_unit_on_the_page():
    """The interval of a stated change in points is written as the text writes it (0.755–0.765个百分点)."""
    from helpers.present.numbers import format_range

    assert format_range(0.755, 0.765, "percentage points") == "0.755–0.765个百分点"


def test_a_header_of_two_lines_and_an_empty_cell_keep_the_columns_in_place():
    """``本月 | | 1—10月 |`` over ``| 绝对额 | 增长(%) | 绝对额 | 增长(%)``: each change is of its own period's level; an
    empty cell (净利润's 本月增长) keeps the cells after it under their headers."""
    text = ("指标 | 本月 | | 1—10月 |\n| 绝对额（亿元） | 增长(%) | 绝对额（亿元） | 增长(%)\n"
            "社会消费品零售总额 | 256.83 | 4.9 | 2,386.47 | 5.8\n餐饮收入 | 29.64 |  | 301.20 | 8.7\n")
    table = checks_in(text)
    assert by_figures(table, "256.83", "4.9").computed.tolist() == pytest.approx([256.83 / 1.049])
    assert by_figures(table, "2,386.47", "5.8").computed.tolist() == pytest.approx([2386.47 / 1.058])
    assert by_figures(table, "301.20", "8.7").computed.tolist() == pytest.approx([301.20 / 1.087])
    assert by_figures(table, "29.64", "301.20").empty


@pytest.mark.parametrize("change, verdict", [("2.7", "consistent"), ("4.7", "inconsistent")])
def test_rows_of_years_change_on_the_year_above(change, verdict):
    """年份 | 产量 | 比上年增长(%): each year's change is on the row of the year before (431.8 / 420.3 − 1 = 2.7%); a
    年均 column is no change on the year above."""
    text = f"年份　粮食产量（万吨）　比上年增长（%）\n2022年　420.3　1.9\n2023年　431.8　{change}\n2024年　445.2　3.1\n"
    table = checks_in(text)
    assert by_figures(table, "420.3", "431.8", change).verdict.tolist() == [verdict]
    averaged = checks_in(text.replace("比上年增长", "年均增长"))
    assert by_figures(averaged, "420.3", "431.8", change).empty


@pytest.mark.parametrize("text", [
    # growth of GDP and of 规模以上 units is at comparable prices or on the same set: shown, not judged
    "指标 | 单位 | 2024年 | 2023年 | 比上年增长(%)\n地区生产总值 | 亿元 | 5,234.6 | 4,980.6 | 5.8\n",
    # a 单位 column: a row in % changes in points; rows in 万元 and 亿元 do not add up
    "指标 | 单位 | 2024年 | 2023年 | 比上年增长(%)\n恩格尔系数 | % | 28.5 | 29.1 | -0.6\n",
    "项目 | 单位 | 本年\n甲收入 | 万元 | 5,000\n乙收入 | 亿元 | 0.30\n合计 | 万元 | 8,000\n",
    # rows numbered at two levels: （一）（二） are parts of 一、
    "项目 | 决算数\n一、一般公共预算收入 | 1,000\n（一）税收收入 | 800\n（二）非税收入 | 200\n二、上级补助收入 | 500\n合计 | 1,500\n",
    # a row of a share among the amounts is no part
    "项目 | 金额\n税收收入 | 800\n非税收入 | 200\n税收占比（%） | 80.0\n合计 | 1,000\n",
    # a 合计 column beside a column of another division (高级职称), one row only
    "学校 | 合计 | 专任教师 | 行政人员 | 工勤人员 | 高级职称\n一中 | 150 | 120 | 20 | 10 | 45\n",
    # the second 同比 is on its own block's earlier column
    "指标 | 本月 | 上年同月 | 同比(%) | 1-10月 | 上年同期 | 同比(%)\n产量 | 50.0 | 46.0 | 8.7 | 480.0 | 450.0 | 6.7\n",
    # a budget is no earlier level, a rank no level
    "项目 | 年初预算数 | 调整预算数 | 决算数 | 增长(%)\n教育支出 | 30,120 | 31,050 | 30,842 | 4.1\n",
    "区县 | 本年（亿元） | 上年（亿元） | 位次 | 增速(%)\n甲县 | 45.1 | 42.6 | 1 | 5.9\n乙县 | 38.2 | 36.4 | 2 | 4.9\n",
    # a share named for no period is of this period's amounts
    "项目 | 本年 | 上年 | 占比(%)\n甲 | 300 | 500 | 30.0\n乙 | 700 | 500 | 70.0\n合计 | 1,000 | 1,000 | 100.0\n",
    # a row of pipes no header was found for is still no sentence
    "| | | 小计 | 其中：工业 |\n2022年 | 3,120.6 | 1,820.4 | — | 2,510.8\n",
    # two tables of one header under titles of their own are two
    "（一）收入\n项目 | 金额\n甲 | 100\n乙 | 200\n合计 | 300\n（二）支出\n项目 | 金额\n丙 | 150\n合计 | 150\n",
])
def test_what_a_table_does_not_say_is_not_accused(text):
    no_alarm(checks_in(text))


def test_a_header_of_value_added_is_a_level_not_a_change():
    """增加值（亿元） holds 增加 but names a level: its change column is read."""
    text = "行业 | 增加值（亿元） | 比上年增长(%)\n农业 | 210.5 | 3.1\n"
    assert by_figures(checks_in(text), "210.5", "3.1").verdict.tolist() == ["derived"]


def test_a_label_spaced_out_and_a_footnote_mark_in_a_cell():
    text = "指　　标　　本年　　上年　　增长(%)\n合　　计　　1,200.0(1)　　1,000.0　　20.0\n"
    assert by_figures(checks_in(text), "1,200.0", "1,000.0", "20.0").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("gap, verdict", [("2.70%", "consistent"), ("3.70%", "inconsistent")])
def test_a_header_of_arithmetic_over_marked_columns(gap, verdict):
    """A fund's ``①－③``: the column is 净值增长率① less 业绩比较基准收益率③ in each row."""
    text = ("阶段 | 净值增长率① | 净值增长率标准差② | 业绩比较基准收益率③ | 业绩比较基准收益率标准差④ | ①－③ | ②－④\n"
            f"过去六个月 | 5.10% | 0.90% | 2.40% | 0.60% | {gap} | 0.30%\n")
    table = checks_in(text)
    assert by_figures(table, "5.10%", "2.40%", gap).verdict.tolist() == [verdict]
    assert by_figures(table, "0.90%", "0.60%", "0.30%").verdict.tolist() == ["consistent"]
