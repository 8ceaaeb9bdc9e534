"""Averages, rates per 1,000/10万, ratios of two figures and quotients (``claims/relations/averages.py``): readings
added from the misses of rounds 2–37.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


def uses(*figures: str) -> str:
    """The figures of a check as :func:`verdicts_of` names them: their texts sorted, joined by spaces."""
    return " ".join(sorted(figures))


# -- rates per head -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("48.0个", "consistent"), ("58.0个", "inconsistent")])
def test_a_rate_per_head_counts_things_of_its_kind_not_an_average_per_head(rate, verdict):
    """每万人拥有健身站点 r个 counts 健身站点 (a count), never 人均健身站点面积 (an area per head) before it."""
    table = checks_in("本公报中每万人指标均按年末全县常住人口50.0万人计算。年末全县共有健身站点2,400个，"
                      f"人均健身站点面积由上年的1.10平方米提高到1.25平方米，每万人拥有健身站点{rate}。")
    assert verdicts_of(table, uses("2,400个", "50.0万人", f"{rate}")) == [verdict]
    assert verdicts_of(table, uses("1.25平方米", "50.0万人", f"{rate}")) == []


@pytest.mark.parametrize("rate, verdict", [("30.0件", "consistent"), ("36.0件", "inconsistent")])
def test_a_rate_of_things_held_counts_them(rate, verdict):
    """每万人口商标拥有量 counts 商标 (拥有量 is how many are held), over the population of the note."""
    table = checks_in("本公报中每万人口指标均按年末全市常住人口200.0万人计算。"
                      f"年末全市有效注册商标6,000件。每万人口注册商标拥有量{rate}。")
    assert verdicts_of(table, uses("200.0万人", "6,000件", f"{rate}")) == [verdict]


def test_a_rate_counts_the_figure_a_sibling_rate_does_not_name_more_fully():
    """每万人口发明专利拥有量 a，每万人口高价值发明专利拥有量 b: 高价值发明专利 is b's, so a counts 有效发明专利."""
    table = checks_in("本公报中每万人口指标均按年末全市常住人口400.0万人计算。年末全市有效发明专利12,000件，比上年增长10.0%。"
                      "其中，企业拥有8,000件，占66.7%；高价值发明专利5,000件，占有效发明专利的41.7%。"
                      "每万人口发明专利拥有量30.0件，每万人口高价值发明专利拥有量12.5件。")
    assert verdicts_of(table, uses("12,000件", "30.0件", "400.0万人")) == ["consistent"]
    assert verdicts_of(table, uses("12.5件", "400.0万人", "5,000件")) == ["consistent"]
    assert verdicts_of(table, uses("30.0件", "400.0万人", "5,000件")) == []
    no_alarm(table)


# -- averages -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("1,500元", "consistent"), ("1,800元", "inconsistent")])
def test_the_people_an_average_per_head_divides_by_are_named_after_their_number(average, verdict):
    """全年为 2.4万名 困难群众发放取暖补贴 3,600万元，人均 a: the 2.4万名 are people (群众), named after the number."""
    table = checks_in(f"全年为2.4万名困难群众发放取暖补贴3,600万元，人均{average}。")
    assert verdicts_of(table, uses("2.4万名", "3,600万元", average)) == [verdict]


def test_a_population_named_after_a_count_is_not_read_as_the_people_it_counts():
    """按全县 40.0万常住人口计算: a population after the number, which the population readings handle, not this one."""
    table = checks_in("全县实现网络零售额20.0亿元，其中农产品网络零售额5.2亿元。按全县40.0万常住人口计算，"
                      "人均网络零售额5,000元。")
    assert verdicts_of(table, uses("40.0万", "5.2亿元", "5,000元")) == []
    no_alarm(table)


@pytest.mark.parametrize("text, figures, verdict", [
    ("全年发放创业担保贷款2,136笔、8.54亿元，笔均贷款40.0万元。", ("2,136", "8.54亿元", "40.0万元"), "consistent"),
    ("全年发放创业担保贷款2,136笔、8.54亿元，笔均贷款46.0万元。", ("2,136", "8.54亿元", "46.0万元"), "inconsistent"),
    ("全县共有农民合作社500家，带动农户2.0万户，社均带动40.0户。", ("500家", "2.0万户", "40.0户"), "consistent"),
    ("全县共有农民合作社500家，带动农户2.0万户，社均带动46.0户。", ("500家", "2.0万户", "46.0户"), "inconsistent"),
    ("全市布放智能快件箱4,186组，格口33.5万个，组均格口80.0个。", ("4,186组", "33.5万个", "80.0个"), "consistent"),
    ("全市布放智能快件箱4,186组，格口33.5万个，组均格口90.0个。", ("4,186组", "33.5万个", "90.0个"), "inconsistent"),
])
def test_averages_per_loan_per_cooperative_and_per_locker(text, figures, verdict):
    """笔均 divides by the loans (笔), 社均 by the cooperatives (合作社 … 家), 组均 by the lockers (组)."""
    assert verdicts_of(checks_in(text), uses(*figures)) == [verdict]


@pytest.mark.parametrize("average, verdict", [("2,000人", "consistent"), ("2,400人", "inconsistent")])
def test_an_average_per_school_counts_the_schools_its_words_end_with(average, verdict):
    """全市共有职业院校 12所 … 校均在校生 a: the count is of 院校, the noun ending its own words."""
    table = checks_in(f"全市共有职业院校12所，在校生2.4万人，校均在校生{average}。")
    assert verdicts_of(table, uses("12所", "2.4万人", average)) == [verdict]


@pytest.mark.parametrize("average, verdict", [("45.0万元", "consistent"), ("55.0万元", "inconsistent")])
def test_a_cap_is_never_the_total_of_an_average(average, verdict):
    """贷款最高额度为 60万元 is a cap on each loan; 笔均贷款 is the year's 发放金额 over the loans."""
    table = checks_in("个人住房贷款最高额度为60万元。"
                      f"全年发放个人住房贷款1.20万笔，比上年下降3.0%；发放金额54.00亿元，增长2.0%；笔均贷款{average}。")
    assert verdicts_of(table, uses("1.20万", "54.00亿元", average)) == [verdict]
    assert verdicts_of(table, uses("1.20万", "60万元", average)) == []


# -- yields and prices ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("450.0公斤", "consistent"), ("500.0公斤", "inconsistent")])
def test_a_yield_written_as_an_average_per_mu_is_output_over_area(average, verdict):
    """平均每亩产量 is a yield: 产量 in 吨 over 面积 in 亩, in 公斤 (not an average of a total in 公斤)."""
    table = checks_in(f"全年油菜籽种植面积12.00万亩，油菜籽总产量5.40万吨，平均每亩产量{average}。")
    assert verdicts_of(table, uses("12.00万亩", "5.40万吨", average)) == [verdict]


@pytest.mark.parametrize("average, verdict", [("450.0公斤", "consistent"), ("500.0公斤", "inconsistent")])
def test_a_crop_named_before_its_average_yield(average, verdict):
    """小麦平均亩产: the crop is 小麦 (平均 is no part of its name), its 产量 and 面积 named so."""
    table = checks_in(f"全县小麦播种面积12.00万亩，比上年增加0.3万亩。小麦总产量5.40万吨，小麦平均亩产{average}。")
    assert verdicts_of(table, uses("12.00万亩", "5.40万吨", average)) == [verdict]


@pytest.mark.parametrize("price, verdict", [("9,600元", "consistent"), ("10,600元", "inconsistent")])
def test_a_price_per_square_metre_written_before_its_name(price, verdict):
    """平均每平方米售价: 销售额 over 销售面积 of its sentence."""
    table = checks_in(f"1—9月，全市商品房销售面积250.00万平方米，商品房销售额240.00亿元，平均每平方米售价{price}。")
    assert verdicts_of(table, uses("240.00亿元", "250.00万平方米", price)) == [verdict]


# -- figures per share ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("eps, verdict", [("0.80元", "consistent"), ("0.90元", "inconsistent")])
def test_earnings_per_share_over_the_shares_the_words_name(eps, verdict):
    """按期末总股本 N股计算，每股收益 e: the shareholders' own profit (归母净利润, a short name in brackets) over N."""
    table = checks_in("报告期内，公司实现营业收入120.00亿元；实现归属于上市公司股东的净利润（以下简称“归母净利润”）"
                      f"6.40亿元，同比增长8.0%。按期末总股本8.00亿股计算，公司每股收益为{eps}。")
    assert verdicts_of(table, uses("6.40亿元", "8.00亿", eps)) == [verdict]


def test_basic_earnings_per_share_over_the_shares_at_the_end_of_the_year_is_doubtful():
    """基本每股收益 divides by the year's weighted shares: over 总股本 at its end, a mismatch is shown, not judged."""
    table = checks_in("全年实现归属于上市公司股东的净利润6.40亿元。截至年末，公司总股本8.00亿股。基本每股收益0.90元。")
    assert verdicts_of(table, uses("6.40亿元", "8.00亿", "0.90元")) == []
    assert verdicts_of(table, uses("6.40亿元", "8.00亿")) == ["derived"]
    no_alarm(table)


@pytest.mark.parametrize("bvps, verdict", [("4.50元", "consistent"), ("5.50元", "inconsistent")])
def test_net_assets_per_share(bvps, verdict):
    table = checks_in(f"年末归属于上市公司股东的净资产36.00亿元，比上年末增长5.0%，期末总股本8.00亿股，每股净资产{bvps}。")
    assert verdicts_of(table, uses("36.00亿元", "8.00亿", bvps)) == [verdict]


@pytest.mark.parametrize("dividend, verdict", [("2.50元", "consistent"), ("3.50元", "inconsistent")])
def test_a_dividend_per_ten_shares_and_its_total(dividend, verdict):
    """以总股本 N股为基数，每10股派发现金红利 d元，合计派发现金红利 T: d is T over N, × 10."""
    table = checks_in(f"公司拟以总股本8.00亿股为基数，向全体股东每10股派发现金红利{dividend}（含税），合计派发现金红利2.00亿元。")
    assert verdicts_of(table, uses("2.00亿元", "8.00亿", dividend)) == [verdict]


# -- ratios and named quotients -------------------------------------------------------------------------------------

@pytest.mark.parametrize("cost, margin, verdict", [("85.00元", "6.00%", "consistent"), ("85.00元", "7.00%", "inconsistent"),
                                                   ("95.00元", "6.00%", "inconsistent")])
def test_costs_per_hundred_yuan_of_revenue_and_the_margin_beside_them(cost, margin, verdict):
    """每百元营业收入中的成本 c元 is 营业成本 over 营业收入, × 100; it is a figure per another, never the revenue a
    margin divides by."""
    table = checks_in(f"1—9月，全市规模以上工业企业实现营业收入4,000.00亿元，同比增长4.0%；发生营业成本3,400.00亿元，"
                      f"每百元营业收入中的成本为{cost}；实现利润总额240.00亿元，增长6.0%，营业收入利润率为{margin}。")
    judged = verdicts_of(table, uses("3,400.00亿元", "4,000.00亿元", cost)) \
        + verdicts_of(table, uses("240.00亿元", "4,000.00亿元", margin))
    assert sorted(judged) == sorted(["consistent", verdict])
    assert verdicts_of(table, uses("240.00亿元", cost, margin)) == []


@pytest.mark.parametrize("price, verdict", [("450元", "consistent"), ("520元", "inconsistent")])
def test_an_average_room_rate_over_the_room_nights_with_its_revenue_after_it(price, verdict):
    """平均房价 p元/间夜，…，客房收入 T: p is T over the room nights sold, stated in the sentence before."""
    table = checks_in(f"假期全市星级饭店实际售出客房32.00万间夜，平均出租率75.0%。酒店平均房价{price}/间夜，同比上涨5.0%，"
                      "客房收入1.44亿元。")
    assert verdicts_of(table, uses("1.44亿元", "32.00万间", price)) == [verdict]


@pytest.mark.parametrize("daily, verdict", [("12.0列", "consistent"), ("13.6列", None)])
def test_a_daily_average_of_a_year_with_no_days_written(daily, verdict):
    """全年开行班列 N列，平均每天 a列: over 365 days or 366; when neither fits, the average is shown, not judged (the
    year may be another's)."""
    table = checks_in(f"全年开行中欧班列4,380列，比上年增加300列，平均每天{daily}。")
    assert verdicts_of(table, uses("4,380列", daily)) == ([verdict] if verdict else [])
    no_alarm(table)


def test_a_daily_average_per_station_is_not_the_years_total_over_its_days():
    """单站日均换电 a次 is per station too: not the year's 换电 over 365 days."""
    table = checks_in("全年全市换电站累计换电400.0万次，日均换电1.10万次，单站日均换电130次。")
    assert verdicts_of(table, uses("1.10万次", "400.0万次")) == ["consistent"]
    assert verdicts_of(table, uses("130次", "400.0万次")) == []


def test_one_day_or_a_frequency_is_no_number_of_days_averaged_over():
    """高峰时一天…, 每三天清运一次: neither is the number of days 日均 divides by."""
    table = checks_in("全县偏远村庄每三天清运一次，高峰时一天清运超过300吨。去年全县垃圾清运量7.30万吨，日均清运200.0吨。")
    assert verdicts_of(table, uses("200.0吨", "7.30万吨")) == ["consistent"]


@pytest.mark.parametrize("average, verdict", [("2.0座", "consistent"), ("2.6座", "inconsistent")])
def test_an_average_per_named_unit_with_no_measure_of_its_own(average, verdict):
    """全县 150个行政村 … 新建公共厕所 300座，平均每个行政村拥有 a座: the count named by the noun (行政村), the total the
    one figure in the average's unit before it in its sentence."""
    table = checks_in(f"全县共有150个行政村。今年全县新建改建农村公共厕所300座，平均每个行政村拥有{average}，全部落实专人管护。")
    assert verdicts_of(table, uses("150个", "300座", average)) == [verdict]


@pytest.mark.parametrize("ratio, verdict", [("2.5", "consistent"), ("3.0", "inconsistent")])
def test_vehicles_per_charger_over_all_the_chargers(ratio, verdict):
    """车桩比 x:1 is 新能源汽车保有量 over all the chargers (not 私人充电桩, one kind of them, after ；)."""
    table = checks_in("截至年底，全市累计建成充电桩40.0万个，比上年末增长20.0%。其中，公共充电桩10.0万个，占比25.0%；"
                      f"私人充电桩30.0万个。全市新能源汽车保有量100.0万辆，车桩比为{ratio}:1。")
    assert verdicts_of(table, uses("100.0万辆", "40.0万个", ratio)) == [verdict]
    assert verdicts_of(table, uses("100.0万辆", "30.0万个", ratio)) == []


def test_last_years_vehicles_per_charger_is_not_this_years():
    table = checks_in("全市新能源汽车保有量100.0万辆，累计建成充电桩40.0万个，车桩比由上年末的2.9:1降至2.5:1。")
    assert verdicts_of(table, uses("100.0万辆", "40.0万个", "2.9")) == []
    no_alarm(table)


@pytest.mark.parametrize("ratio, verdict", [("1.60", "consistent"), ("1.80", "inconsistent")])
def test_the_urban_rural_ratio_of_spending_per_head(ratio, verdict):
    table = checks_in(f"全年城镇居民人均消费支出32,480元，增长5.0%；农村居民人均消费支出20,300元，增长7.0%。"
                      f"城乡居民人均消费支出之比为{ratio}。")
    assert verdicts_of(table, uses("20,300元", "32,480元", ratio)) == [verdict]


@pytest.mark.parametrize("ratio, verdict", [("1.25", "consistent"), ("1.45", "inconsistent")])
def test_doctors_to_nurses_written_one_to_x(ratio, verdict):
    """医护比为 1:x: x is 注册护士 over 执业（助理）医师, the counts themselves, not the rates per 1,000 after ；."""
    table = checks_in("年末全县卫生技术人员4,120人，其中执业（助理）医师1,608人，注册护士2,010人；每千常住人口执业（助理）医师"
                      f"3.10人、注册护士3.88人，医护比为1:{ratio}。")
    assert verdicts_of(table, uses("1,608人", "2,010人", ratio)) == [verdict]
    assert verdicts_of(table, uses("1,608人", "3.88人", ratio)) == []


LINE_LOSS = "全年供电量2,000.0亿千瓦时，售电量1,900.0亿千瓦时，综合线损率为{}。"
WATER_LOSS = "全年供水总量12.00亿立方米，售水量10.80亿立方米，产销差率为{}，较上年下降0.5个百分点。"


@pytest.mark.parametrize("text, figures, rate, verdict", [
    (LINE_LOSS, ("1,900.0亿千瓦时", "2,000.0亿千瓦时"), "5.00%", "consistent"),
    (LINE_LOSS, ("1,900.0亿千瓦时", "2,000.0亿千瓦时"), "7.00%", "inconsistent"),
    (WATER_LOSS, ("10.80亿立方米", "12.00亿立方米"), "10.00%", "consistent"),
    (WATER_LOSS, ("10.80亿立方米", "12.00亿立方米"), "7.00%", "inconsistent"),
])
def test_a_loss_rate_is_what_supply_loses_before_sale(text, figures, rate, verdict):
    """综合线损率 / 产销差率 r: (供电量 − 售电量) / 供电量 × 100."""
    assert verdicts_of(checks_in(text.format(rate)), uses(*figures, rate)) == [verdict]
