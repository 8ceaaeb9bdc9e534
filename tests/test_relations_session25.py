"""Session 25's readings, pinned on tables and sentences of our own (not the rounds' texts), right and with a slip."""

import pytest

from helpers.read.segment import segment

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a column of rates counted in the same row ----------------------------------------------------------------------

PASSES = """附表：各考点通过情况（单位：人）

考点　报考人数　实考人数　通过　通过率（%）
东湖考点　1,320　1,204　903　{east}
西岭考点　846　790　521　66.0
南桥考点　512　468　287　61.3
合计　2,678　2,462　1,711　69.5
"""


@pytest.mark.parametrize("east, verdict", [("75.0", "consistent"), ("82.0", "inconsistent")])
def test_a_rate_column_is_the_count_its_stem_names_over_the_column_that_names_the_whole(east, verdict):
    """通过率 = 通过 / 实考人数 (实考 names those counted over; 报考人数 is another whole the rows do not fit)."""
    table = checks_in(PASSES.format(east=east))
    check = by_figures(table, "903", "1,204", east)
    assert check.verdict.tolist() == [verdict]
    assert "counts 通过 over 实考人数" in check.assumptions.iloc[0]
    assert by_figures(table, "1,711", "2,462", "69.5").verdict.tolist() == ["consistent"]
    assert by_figures(table, "903", "1,320", east).empty


def test_a_rate_column_is_not_the_count_of_its_opposite():
    """合格率 beside 不合格批次: 不合格 is no 合格 — never 不合格批次 over 抽检批次 as the rate; the rows' arithmetic
    (session 27: columns.py) reads 合格率 as 100 less 不合格批次 over 抽检批次 in percent, which every row fits."""
    text = ("类别　抽检批次　不合格批次　合格率（%）\n粮食加工品　400　8　98.0\n食用油　250　5　98.0\n"
            "乳制品　180　2　98.9\n")
    table = checks_in(text)
    check = by_figures(table, "8", "400", "98.0")
    assert check.verdict.tolist() == ["consistent"]
    assert check.formula.tolist()[0] in ("(1 - a / b) * 100", "(a - b) / a * 100")
    assert not table.formula.str.fullmatch(r"part / whole \* 100").any()
    no_alarm(table)


def test_a_change_of_counts_beside_a_count_column_implies_last_years_count():
    """较上年增减 in a table of 人 (no % in its header): 612 with +66 came from 546 — a count's change, not 66%."""
    text = "（单位：人）\n\n学校　参考人数　上线　较上年增减\n一中　1,286　612　+66\n二中　952　358　+28\n"
    table = checks_in(text)
    check = by_figures(table, "612", "66")
    assert check.verdict.tolist() == ["derived"] and check.formula.tolist() == ["current - points"]


# -- the standard table of a 政府信息公开工作年度报告: numbered rows, headings without figures ---------------------------

DISCLOSURE = """项目　自然人　商业企业　其他　总计
一、本年新收申请数量　120　10　2　132
二、上年结转申请数量　5　1　0　6
三、本年度办理结果
（一）予以公开　70　4　1　75
（二）部分公开　12　1　0　13
（三）不予公开
1.属于国家秘密　0　0　0　0
2.保护第三方合法权益　3　1　0　4
（四）无法提供
1.本机关不掌握相关政府信息　{unheld}　2　1　{unheld_total}
2.没有现成信息需要另行制作　4　0　0　4
（五）总计　{total}　8　2　{grand}
四、结转下年度继续办理　14　3　0　17
"""


def test_a_numbered_total_sums_its_level_with_headings_standing_for_their_rows():
    """（五）总计 = （一）+（二）+ the rows under （三） and （四） (headings with no figures): judged, zeros left out."""
    right = checks_in(DISCLOSURE.format(unheld="18", unheld_total="21", total="107", grand="117"))
    no_alarm(right)
    column = by_figures(right, "70", "12", "3", "18", "4", "107")
    assert column.verdict.tolist() == ["consistent"]
    assert "1 cell of 0" in column.description.iloc[0]
    row = by_figures(right, "120", "10", "2", "132")
    assert row.verdict.tolist() == ["consistent"]
    # a planted slip in one row breaks its row sum and its column's total, each said so
    wrong = checks_in(DISCLOSURE.format(unheld="8", unheld_total="21", total="107", grand="117"))
    assert by_figures(wrong, "8", "2", "1", "21").verdict.tolist() == ["inconsistent"]
    assert by_figures(wrong, "70", "12", "3", "8", "4", "107").verdict.tolist() == ["inconsistent"]


def test_a_numbered_total_with_an_unnumbered_row_among_its_parts_is_not_read_as_a_tree():
    text = "项目　件数\n（一）予以公开　70\n另有说明的　5\n（二）部分公开　12\n（三）总计　87\n"
    assert by_figures(checks_in(text), "70", "12", "87").empty


# -- ids before the labels ------------------------------------------------------------------------------------------

PORTFOLIO = """报告期末基金资产组合情况
序号 | 项目 | 金额(元) | 占基金总资产的比例(%)
1 | 权益投资 | 600,000,000.00 | {equity}
 | 其中：股票 | 550,000,000.00 | 55.00
2 | 固定收益投资 | 300,000,000.00 | 30.00
3 | 银行存款和结算备付金合计 | 95,000,000.00 | 9.50
4 | 其他资产 | 5,000,000.00 | 0.50
5 | 合计 | 1,000,000,000.00 | 100.00
"""


@pytest.mark.parametrize("equity, verdict", [("60.00", "consistent"), ("66.00", "inconsistent")])
def test_a_first_column_of_ids_is_no_label_and_rows_without_an_id_are_parts_of_a_part(equity, verdict):
    """序号 | 项目: the label is 项目; 其中：股票 (no id) is inside 权益投资, not one more part of 合计; a named
    …合计 among the items does not hide the last, bare 合计."""
    table = checks_in(PORTFOLIO.format(equity=equity))
    total = by_figures(table, "600,000,000.00", "300,000,000.00", "95,000,000.00", "5,000,000.00",
                       "1,000,000,000.00")
    assert total.verdict.tolist() == ["consistent"]
    assert by_figures(table, "600,000,000.00", "1,000,000,000.00", equity).verdict.tolist() == [verdict]
    assert by_figures(table, "550,000,000.00", "1,000,000,000.00", "55.00").verdict.tolist() == ["consistent"]


def test_a_table_row_opening_with_a_small_number_is_not_a_newspaper_page_line():
    """``1 | 权益投资 | …`` once read as a page's number and column (``A03 要闻``): chrome, its figures lost."""
    parts = segment("标题\n" + PORTFOLIO.format(equity="60.00"))
    assert not parts.chrome.text.str.contains("权益投资").any()
    assert segment("标题\nA03 要闻\n正文。\n").chrome.text.tolist() == ["A03 要闻"]


def test_a_row_of_figures_apart_by_spaces_is_no_heading():
    """``药占比（%）　24.6　26.4　-1.8个百分点`` is short and has no sentence punctuation, yet it is a table's row."""
    text = "指标　2024年　2023年　增减\n药占比（%）　24.6　26.4　{change}\n平均住院日（天）　6.8　7.4　-0.6天\n"
    right = checks_in(text.format(change="-1.8个百分点"))
    assert by_figures(right, "24.6", "26.4", "-1.8个百分点").verdict.tolist() == ["consistent"]
    assert by_figures(right, "6.8", "7.4", "-0.6天").verdict.tolist() == ["consistent"]
    wrong = checks_in(text.format(change="-2.8个百分点"))
    assert by_figures(wrong, "24.6", "26.4", "-2.8个百分点").verdict.tolist() == ["inconsistent"]


# -- a share column over a whole stated before the table, when the total row is no 100 ---------------------------------

def test_shares_whose_total_row_is_not_100_are_fitted_to_the_whole_stated_before():
    text = ("本报告期末本基金资产净值为1,250,000,000.00元。\n\n行业类别 | 公允价值(元) | 占基金资产净值比例(%)\n"
            "制造业 | 500,000,000.00 | {made}\n金融业 | 125,000,000.00 | 10.00\n采矿业 | 62,500,000.00 | 5.00\n"
            "合计 | 687,500,000.00 | 55.00\n")
    right = checks_in(text.format(made="40.00"))
    assert by_figures(right, "500,000,000.00", "1,250,000,000.00元", "40.00").verdict.tolist() == ["consistent"]
    wrong = checks_in(text.format(made="46.00"))
    assert by_figures(wrong, "500,000,000.00", "1,250,000,000.00元", "46.00").verdict.tolist() == ["inconsistent"]


# -- weekly comparisons -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("1.6%", "consistent"), ("2.6%", "inconsistent")])
def test_a_weekly_fall_with_its_rate_and_a_year_on_year_rate_after(rate, verdict):
    """比上周下跌 d，跌幅 r%: r = d / (B + d); 同比下降 12.8% is on another base — a previous figure, never d's rate."""
    table = checks_in(f"白条猪肉平均批发价格20.36元/公斤，比上周下跌0.33元/公斤，跌幅{rate}，同比下降12.8%。")
    assert by_figures(table, "20.36元", "0.33元", rate).verdict.tolist() == [verdict]
    assert by_figures(table, "20.36元", "0.33元", "12.8%").empty
    assert by_figures(table, "20.36元", "12.8%").verdict.tolist() == ["derived"]


# -- a column of averages: one column of amounts over another ----------------------------------------------------------

BOX_OFFICE = """市 | 票房（万元） | 观影人次（万） | 放映场次（万场） | 平均票价（元） | 场均人次
甲市 | 12,000.0 | 250.0 | 6.25 | {price} | 40.0
乙市 | 6,000.0 | 130.0 | 3.40 | 46.15 | 38.2
丙市 | 4,500.0 | 100.0 | 2.60 | 45.00 | 38.5
丁市 | 3,600.0 | 80.0 | 2.10 | 45.00 | 38.1
"""


@pytest.mark.parametrize("price, verdict", [("48.00", "consistent"), ("52.00", "inconsistent")])
def test_a_column_of_averages_is_one_column_over_another_in_their_units(price, verdict):
    """平均票价（元） = 票房（万元） / 观影人次（万）: the only pair of columns the rows fit; 场均人次 = 观影人次 / 放映场次."""
    table = checks_in(BOX_OFFICE.format(price=price))
    check = by_figures(table, "12,000.0", "250.0", price)
    assert check.verdict.tolist() == [verdict] and "票房（万元） over 观影人次（万）" in check.assumptions.iloc[0]
    assert by_figures(table, "250.0", "6.25", "40.0").verdict.tolist() == ["consistent"]


def test_a_column_of_averages_no_pair_of_columns_fits_is_left_alone():
    text = ("市 | 票房（万元） | 观影人次（万） | 平均票价（元）\n甲市 | 12,000.0 | 250.0 | 30.00\n"
            "乙市 | 6,000.0 | 130.0 | 20.00\n丙市 | 4,500.0 | 100.0 | 60.00\n")
    assert not checks_in(text).description.str.contains("平均票价").any()


# -- rows numbered under a numbered parent, a 其中 column, a total column of one unit -------------------------------------

ACCOUNTS = """单位：万元
项目　2024年　2023年
一、年初结转　6,800.00　5,200.00
二、本年收入　{income}　12,800.00
　（一）捐赠收入　13,800.00　12,600.00
　　其中：资金　9,600.00　8,600.00
　（二）投资收益　200.00　200.00
三、本年支出　12,400.00　11,200.00
　（一）项目支出　12,000.00　10,800.00
　（二）管理费用　400.00　400.00
"""


@pytest.mark.parametrize("income, verdict", [("14,000.00", "consistent"), ("15,000.00", "inconsistent")])
def test_a_numbered_row_is_the_sum_of_the_rows_numbered_one_level_below_it(income, verdict):
    """二、本年收入 = （一）+（二） (其中：资金 under （一） is none of its parts); 三、本年支出 likewise."""
    table = checks_in(ACCOUNTS.format(income=income))
    assert by_figures(table, "13,800.00", "200.00", income).verdict.tolist() == [verdict]
    assert by_figures(table, "12,000.00", "400.00", "12,400.00").verdict.tolist() == ["consistent"]
    assert by_figures(table, "6,800.00", "13,800.00", "12,400.00").empty     # siblings are no parts of each other


def test_a_column_headed_qizhong_is_a_part_of_the_column_before_it():
    text = "单位：万元\n县　接收款物　其中：资金\n甲县　1,186.42　902.31\n乙县　963.75　{cash}\n"
    assert by_figures(checks_in(text.format(cash="688.20")), "963.75", "688.20").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(cash="968.20")), "963.75", "968.20").verdict.tolist() == ["inconsistent"]


def test_a_total_column_adds_the_columns_of_its_own_unit_only():
    """合计（亿元） = 一般债券（亿元） + 专项债券（亿元）, not + 项目（个）."""
    text = ("地区 | 一般债券（亿元） | 专项债券（亿元） | 合计（亿元） | 项目（个）\n甲市 | 54.11 | 359.74 | 413.85 | 218\n"
            "乙市 | 63.47 | 369.13 | {total} | 230\n")
    right = checks_in(text.format(total="432.60"))
    assert by_figures(right, "63.47", "369.13", "432.60").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(total="482.60")), "63.47", "369.13", "482.60").verdict.tolist() \
        == ["inconsistent"]


def test_a_change_column_named_by_a_word_inside_a_levels_header():
    """累计同比增长（%） beside 1—9月累计销量（万辆）: the change of the cumulative sales (the earlier figure derived)."""
    text = "企业 | 9月销量（万辆） | 1—9月累计销量（万辆） | 累计同比增长（%）\n甲 | 6.12 | 48.26 | 5.3\n乙 | 4.73 | 35.62 | 41.8\n"
    assert by_figures(checks_in(text), "48.26", "5.3").verdict.tolist() == ["derived"]


# -- a column of rates over a whole the text states -----------------------------------------------------------------

def test_a_rate_column_over_a_whole_stated_before_the_table():
    """优良天数比例（%） = 优良天数（天） / 有效监测天数 31天 (stated before the table; no column holds it)."""
    text = ("3月，全市有效监测天数为31天。\n\n区县 | 优良天数（天） | 污染天数（天） | 优良天数比例（%）\n甲区 | 23 | 8 | 74.2\n"
            "乙区 | 22 | 9 | 71.0\n丙区 | 25 | 6 | 80.6\n丁区 | 21 | 10 | {d}\n")
    assert by_figures(checks_in(text.format(d="67.7")), "21", "31天", "67.7").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(d="57.7")), "21", "31天", "57.7").verdict.tolist() == ["inconsistent"]


# -- a complete 其中 list whose whole is stated paragraphs before ----------------------------------------------------

@pytest.mark.parametrize("other, verdict", [("20", "consistent"), ("40", "inconsistent")])
def test_qizhong_after_a_sentence_of_changes_takes_the_whole_its_words_name_before(other, verdict):
    text = ("全年供应国有建设用地286宗。\n\n（一）供应总量有所下降。全年供应宗数比上年减少21宗。其中，住宅用地供应66宗；"
            f"商服用地45宗；工业用地155宗；其他用地{other}宗。")
    table = checks_in(text)
    assert by_figures(table, "66宗", "45宗", "155宗", f"{other}宗", "286宗").verdict.tolist() == [verdict]


# -- averages of what comes in, and counts before ； ------------------------------------------------------------------

def test_an_average_per_case_with_two_counts_of_cases_before_a_semicolon_is_shown_not_judged():
    text = "共立案查处48件，同比增加9件，已结案31件，结案率64.6%；罚没款36.85万元，同比增长22.4%，平均每件罚没0.67万元。"
    no_alarm(checks_in(text))


def test_a_donation_per_head_is_not_judged_over_what_was_spent():
    text = ("全年接收慈善款物合计13,786.42万元，比上年增长9.0%；支出慈善款物12,418.66万元，增长10.8%。"
            "按年末常住人口287.4万人计算，人均慈善捐赠52.97元。")
    no_alarm(checks_in(text))


# -- flows and their net, shares of a limit between a level and its change, bases at the start of a period ------------

@pytest.mark.parametrize("net, verdict", [("23个", "consistent"), ("26个", "inconsistent")])
def test_a_net_change_after_a_flow_in_and_a_flow_out_is_their_difference(net, verdict):
    """新设立 a，注销 b，净增 c: c = a − b (before: c read as the change of b, derived)."""
    table = checks_in(f"全年新设立慈善冠名基金26个，注销到期基金3个，净增{net}。")
    assert by_figures(table, "26个", "3个", net).verdict.tolist() == [verdict]


def test_a_net_change_after_two_flows_in_is_not_their_difference():
    table = checks_in("全年新设立基金26个，新增专户3个，净增20个。")
    assert by_figures(table, "26个", "3个", "20个").empty


@pytest.mark.parametrize("rate, verdict", [("8.4%", "consistent"), ("10.4%", "inconsistent")])
def test_a_share_of_a_limit_between_a_level_and_its_change(rate, verdict):
    """B，完成新增债务限额的 s%，比上年增加 D，增长 r%: r = D / (B − D), past the share (as past 占… s%)."""
    table = checks_in(f"全年全省发行新增债券2,415.80亿元，完成新增债务限额的99.2%，比上年增加186.35亿元，增长{rate}。")
    assert by_figures(table, "2,415.80亿元", "186.35亿元", rate).verdict.tolist() == [verdict]


def test_changes_on_the_start_of_the_reporting_period_and_on_a_named_quarter():
    """较报告期初增长 r%: the earlier figure derived; 较第三季度的 A 环比增长 r%: a growth from A."""
    table = checks_in("公司总资产786,415.27万元，较报告期初增长11.96%。第四季度实现归母净利润13,621.19万元，"
                      "较第三季度的12,856.42万元环比增长5.95%。")
    assert by_figures(table, "786,415.27万元", "11.96%").verdict.tolist() == ["derived"]
    assert by_figures(table, "12,856.42万元", "13,621.19万元", "5.95%").verdict.tolist() == ["consistent"]


def test_averages_per_case_and_per_train():
    """例均 over 结算病例 (例), 列均 over 旅游专列 (列): judged like 人均 and 户均, not only fitted."""
    right = checks_in("全年医保基金支付21.84亿元，结算病例11.26万例，例均1.94万元。")
    assert by_figures(right, "21.84亿元", "11.26万例", "1.94万元").verdict.tolist() == ["consistent"]
    wrong = checks_in("暑运期间开行旅游专列126列，运送游客6.8万人次，列均640人次。")
    assert by_figures(wrong, "6.8万人次", "126列", "640人次").verdict.tolist() == ["inconsistent"]


@pytest.mark.parametrize("down, verdict", [("18个", "consistent"), ("21个", "inconsistent")])
def test_rising_falling_and_flat_make_up_their_whole(down, verdict):
    table = checks_in(f"监测的28个品种中，价格上涨的8个、下降的{down}、持平的2个。")
    assert by_figures(table, "8个", down, "2个", "28个").verdict.tolist() == [verdict]


@pytest.mark.parametrize("total, verdict", [("2,536.00万元", "consistent"), ("2,936.00万元", "inconsistent")])
def test_a_sentence_opened_by_the_count_of_the_items_it_totals(total, verdict):
    """…发放助学金 a；发放奖学金 b。两项合计 T: T = a + b (before: only fitted, so a slip went unseen)."""
    table = checks_in(f"发放助学金1,563.00万元；发放奖学金973.00万元。两项合计{total}。")
    assert by_figures(table, "1,563.00万元", "973.00万元", total).verdict.tolist() == [verdict]


@pytest.mark.parametrize("gap, verdict", [("48个基点", "consistent"), ("58个基点", "inconsistent")])
def test_basis_points_are_hundredths_of_a_percentage_point(gap, verdict):
    table = checks_in(f"平均发行利率2.31%，较上年的2.79%下降{gap}。")
    assert by_figures(table, "2.79%", "2.31%", gap).verdict.tolist() == [verdict]
