"""Session 28's readings, pinned on texts of our own (not the rounds' texts), right and with a slip: far shares whose
whole the report leads with or names once in the part's period and place, and the forms of change real texts use
(a stock after its new items, a duration, a share's points named by its word, a price per unit, a month's base, a
gap after a reference in brackets)."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a far share's whole -------------------------------------------------------------------------------------------

ONLINE = """“双十一”全市网络零售额达186.74亿元

本报讯 今年“双十一”网络促销期间，全市实现网络零售额186.74亿元，同比增长13.6%。

据监测，今年1—10月，全市累计实现网络零售额1,186.3亿元，同比增长9.4%。

分区域看，主城区合计实现网络零售额121.78亿元，占全市的65.2%。全市农村网络零售额39.82亿元，同比增长16.5%，占全市网络零售额的{rural}。

从企业看，全市326家重点监测电商企业促销期间实现网络零售额64.58亿元，同比增长15.9%，占全市网络零售额的{firms}。
"""


@pytest.mark.parametrize("rural, firms, verdict", [("21.3%", "34.6%", "consistent"),
                                                   ("23.1%", "38.6%", "inconsistent")])
def test_a_far_share_takes_the_whole_of_its_period_and_place(rural, firms, verdict):
    """占全市网络零售额的: the promotion's 186.74亿元 (told in the headline and again in the lead: one figure), not the
    nearer 1—10月 total (another period), nor 主城区合计 (not said of 全市), nor the part's own name (重点监测电商企业…
    网络零售额 qualifies the whole's name: a part of it, not the whole)."""
    found = checks_in(ONLINE.format(rural=rural, firms=firms))
    assert by_figures(found, "39.82亿元", "186.74亿元", rural).verdict.tolist() == [verdict]
    assert by_figures(found, "64.58亿元", "186.74亿元", firms).verdict.tolist() == [verdict]
    assert by_figures(found, "39.82亿元", "1,186.3亿元", rural).empty


BOX_OFFICE = """暑期档全市电影票房3.86亿元　同比增长11.2%

本报讯 记者从市电影局获悉，今年暑期档全市城市院线累计实现票房3.86亿元，同比增长11.2%。

分月看，6月全市票房0.94亿元，7月1.53亿元，8月1.59亿元。

从影厅看，IMAX、杜比等特效厅实现票房4,632.5万元，同比增长23.6%，占全市票房的{premium}。
"""


@pytest.mark.parametrize("premium, verdict", [("12.0%", "consistent"), ("14.0%", "inconsistent")])
def test_a_far_share_of_the_total_the_report_leads_with(premium, verdict):
    """占全市票房的, two paragraphs after 6月全市票房 0.94亿元: the lead's 3.86亿元 — the first figure so named, and none
    named so is larger — not the nearest (a month's)."""
    found = checks_in(BOX_OFFICE.format(premium=premium))
    assert by_figures(found, "4,632.5万元", "3.86亿元", premium).verdict.tolist() == [verdict]
    assert by_figures(found, "4,632.5万元", "0.94亿元", premium).empty


TRADE = """本报讯 前三季度，全市货物贸易进出口总值1,286.5亿元，增长7.4%。其中，出口812.3亿元，增长9.6%；进口474.2亿元，增长4.1%。

分经营主体看，民营企业进出口798.6亿元，增长12.3%。

前三季度，全市出口机电产品498.3亿元，增长11.2%，占出口总值的61.3%。
"""


def test_a_lead_named_by_a_longer_word_is_no_whole_of_the_shorter():
    """出口 is no 进出口: the lead's 1,286.5亿元 is not the whole of 占出口总值的 (812.3亿元 is, 61.3% over it)."""
    found = checks_in(TRADE)
    no_alarm(found)
    assert by_figures(found, "498.3亿元", "1,286.5亿元", "61.3%").empty


EXPRESS = """从产品看，10月公司航空件业务量2.36亿票，陆运件业务量17.51亿票。从业务来源看，10月公司电商件业务量15.26亿票，占业务量的76.8%。
"""


def test_a_kind_of_a_breakdown_is_no_whole_of_a_share():
    """航空件业务量 and 陆运件业务量 are two kinds (one sentence, each qualifying 业务量): neither is the whole of 占业务量的."""
    found = checks_in(EXPRESS)
    no_alarm(found)
    assert by_figures(found, "15.26亿票", "17.51亿票", "76.8%").empty


# -- changes in the forms real texts use -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, figures, value", [
    ("全年新增电子警察426套，累计达到3,852套。", ("426套", "3,852套"), 3426),
    ("新开通线路4条，运营线路达到28条。", ("4条", "28条"), 24),
    ("全县规模以上工业企业达到186家，全年净增14家。", ("186家", "14家"), 172),
    ("抢修人员平均到场时间23分钟，比上年缩短5分钟。", ("23分钟", "5分钟"), 28),
])
def test_a_stock_after_its_new_items_and_a_duration_give_the_figure_before(text, figures, value):
    """新增 D，累计达到 B: B − D before them (derived: items removed would make it larger); 全年净增 D; a duration changed
    as a level (比上年缩短 5分钟)."""
    found = by_figures(checks_in(text), *figures)
    assert found.verdict.tolist() == ["derived"] and found.computed.tolist() == pytest.approx([value])


def test_new_items_of_another_measure_give_no_stock():
    assert by_figures(checks_in("新增企业36家，从业人员达到148人。"), "36家", "148人").empty


def test_points_of_a_share_named_by_its_word():
    """省内就业比例比上届提高 c: the share stated right before with 占 (63.99%), its figure a year before derived; a
    growth rate right before (同比增长 35.2%，份额较上年提高) is no share."""
    found = checks_in("留在省内就业2,763人，占63.99%，省内就业比例比上届提高2.4个百分点。")
    assert by_figures(found, "63.99%", "2.4个百分点").computed.tolist() == pytest.approx([61.59])
    assert by_figures(checks_in("抖音平台42.39亿元，同比增长35.2%，份额较上年同期提高3.6个百分点。"),
                      "35.2%", "3.6个百分点").empty


@pytest.mark.parametrize("rate, verdict", [("3.0%", "consistent"), ("6.0%", "inconsistent")])
def test_a_price_per_unit_and_its_base(rate, verdict):
    """24,982元/平方米，较上年同期的 24,245元/平方米上涨 r%: /平方米 is the price's, not the words of what follows."""
    found = checks_in(f"全市新建商品住宅销售均价为24,982元/平方米，较上年同期的24,245元/平方米上涨{rate}。")
    assert by_figures(found, "24,982元", "24,245元", rate).verdict.tolist() == [verdict]


@pytest.mark.parametrize("rate, verdict", [("3.2%", "consistent"), ("5.2%", "inconsistent")])
def test_a_month_named_as_the_base(rate, verdict):
    """比5月份的 A 上涨 r%: r on A; the 同比 rate after it is on a year before, not on A."""
    found = checks_in(f"6月份，活猪平均价格14.86元/公斤，比5月份的14.40元/公斤上涨{rate}，同比下降17.5%。")
    assert by_figures(found, "14.86元", "14.40元", rate).verdict.tolist() == [verdict]
    assert by_figures(found, "14.86元", "14.40元", "17.5%").empty


@pytest.mark.parametrize("gap, verdict", [("716元", "consistent"), ("816元", "inconsistent")])
def test_an_amount_gap_after_a_reference_in_brackets(gap, verdict):
    found = checks_in(f"全校毕业生月均起薪6,128元，高于全省普通高校毕业生平均水平（5,412元）{gap}。")
    assert by_figures(found, "6,128元", "5,412元", gap).verdict.tolist() == [verdict]


# -- false alarms seen on the rounds written at the start of the session (CH–CO), pinned on texts of our own ---------

def test_a_breakdown_of_a_part_inside_a_breakdown_is_not_summed_with_it():
    """国际航线中，远洋 a，近洋 b，近洋航线中东盟航线 c: c is a part of b, not a third part of 国际航线."""
    found = checks_in("截至年底，集装箱航线总数达312条，其中国际航线218条、内贸航线94条。"
                      "国际航线中，远洋干线86条，近洋航线132条，近洋航线中东盟航线64条。")
    no_alarm(found)
    assert by_figures(found, "218条", "86条", "132条", "64条").empty


def test_a_breakdown_is_not_of_a_wider_places_figure():
    """集装箱业务中，外贸 a；内贸 b: of the port's own 集装箱吞吐量, not of the province's (全省沿海港口…), nearer."""
    found = checks_in("本报讯 2024年岑浦港完成集装箱吞吐量1,536.8万标准箱，同比增长9.2%。\n"
                      "2024年全省沿海港口完成集装箱吞吐量2,386.5万标准箱，同比增长8.1%。\n"
                      "集装箱业务中，外贸集装箱982.4万标准箱，同比增长10.8%；内贸集装箱554.4万标准箱，同比增长6.5%。")
    no_alarm(found)
    assert by_figures(found, "2,386.5万标准箱", "982.4万标准箱", "554.4万标准箱").empty


def test_a_ratio_counts_the_whole_not_the_part_after_qizhong():
    found = checks_in("中职在校生3,216人。中职专任教师197人，其中“双师型”教师118人，占59.9%；中职生师比为16.3:1。")
    no_alarm(found)
    assert by_figures(found, "3,216人", "197人", "16.3").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("text, figures", [
    ("抽查养老服务资金2.87亿元，其中运营补贴1.36亿元、建设补贴1.51亿元，涉及38个项目，平均每个项目755万元。",
     ("2.87亿元", "38个", "755万元")),
    ("全年新增托位284个，其中新建公办托育园2所、新增托位160个，平均每所80个。", ("160个", "2所", "80个")),
])
def test_an_average_over_the_whole_a_qizhong_breaks_down(text, figures):
    """涉及 N个项目 after the parts counts the whole's items: over T; 其中新建 n所、新增 t，平均每所: over t, its own."""
    found = checks_in(text)
    no_alarm(found)
    assert by_figures(found, *figures).verdict.tolist() == ["consistent"]


def test_a_share_part_named_by_the_share_in_fewest_other_words():
    """归属于上市公司股东的净利润占营业收入的 s%: not the 扣除非经常性损益的 net profit stated nearer."""
    found = checks_in("报告期内，公司实现营业收入18.47亿元；实现归属于上市公司股东的净利润16,348.29万元；实现归属于上市公司股东"
                      "的扣除非经常性损益的净利润14,891.62万元；归属于上市公司股东的净利润占营业收入的8.85%。")
    no_alarm(found)


SPENDING = """表2　参赛选手构成

类别 | 人数 | 占比（%）
外地选手 | 20,700 | 64.7
本地选手 | 11,300 | 35.3
合计 | 32,000 | 100.0

表3　赛事带动综合消费构成

类别 | 金额（亿元） | 占比（%）
住宿 | 1.27 | 26.1
餐饮 | 1.38 | 28.4
购物 | 0.96 | 19.8
交通出行 | 0.58 | 15.9
文旅及其他 | 0.67 | 13.8
合计 | 4.86 | 100.0
"""


def test_a_column_is_never_read_over_another_tables_cell():
    """金额 ≈ 占比 / 20,700 × 1,000 in four rows by chance (4.86 ≈ 100 / 20.7): 20,700 is 表2's cell, no figure of the
    text a column of 表3 may be over; 交通出行's 15.9 is a slip of 表3's own split (0.58 / 4.86 = 11.9%)."""
    found = checks_in(SPENDING)
    assert not found.figures.str.contains("20,700").any() or by_figures(found, "0.58", "15.9", "20,700").empty
    assert by_figures(found, "0.58", "15.9", "20,700").empty
