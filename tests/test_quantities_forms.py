"""The forms of issue 12, each pinned with value, unit, qualifier and interval.

Every sentence is written here in our own words (none is taken from another
project's test suite). A row is (sentence, mention text, kind, value, unit,
qualifier, low, high); low/high follow the rules in the package docstring.
"""

from __future__ import annotations

import math

import pytest

from helpers.quantities import find_quantities

from .test_quantities import check, mention

INF = math.inf
UP = math.nextafter  # inclusive bounds (以下, 以内, 最多…) reach just past the value

FORMS = [
    # silent misreadings, now read right
    ("该校排名位于百分之七十百分位", "百分之七十", "percent", 70.0, "%", "exact", 69.5, 70.5),
    ("受访者中百分之二三十表示满意", "百分之二三十", "percent", 25.0, "%", "range", 15.0, 35.0),
    ("每组三五个人", "三五个", "count", 4.0, "个", "range", 3.0, 5.0),
    ("追加投入.5亿元", ".5亿元", "money", 5e7, "元", "exact", 4.5e7, 5.5e7),
    ("两项分别为120，300个", "120", "number", 120.0, None, "exact", 119.5, 120.5),
    ("两项分别为120，300个", "300个", "count", 300.0, "个", "exact", 299.5, 300.5),
    ("新增就业１３，４５０人", "１３，４５０人", "count", 13450.0, "人", "exact", 13445.0, 13455.0),
    ("买了二两茶叶", "二两", "weight", 2.0, "两", "exact", 1.5, 2.5),
    ("称了三千两百两", "三千两百两", "weight", 3200.0, "两", "exact", 3150.0, 3250.0),
    ("五十千", "五十", "number", 50.0, None, "exact", 49.5, 50.5),
    # comparison words, with something in between, and two bounds that make a range
    ("语文成绩超过了80", "超过了80", "number", 80.0, None, "at_least", 80.0, INF),
    ("每年至少有10次", "至少有10次", "count", 10.0, "次", "at_least", 10.0, INF),
    ("人数最多为5", "最多为5", "number", 5.0, None, "at_most", 0.0, UP(5.0, INF)),
    ("年龄应大于18岁", "大于18岁", "age", 18.0, "岁", "at_least", 18.0, INF),
    ("体温不高于37.3℃", "不高于37.3℃", "temperature", 37.3, "℃", "at_most", -INF, UP(37.3, INF)),
    ("降雨量小于等于50毫米", "小于等于50毫米", "distance", 50.0, "毫米", "at_most", 0.0, UP(50.0, INF)),
    ("年满60岁及以上", "60岁及以上", "age", 60.0, "岁", "at_least", 60.0, INF),
    ("水位在警戒线3米之下", "3米之下", "distance", 3.0, "米", "at_most", 0.0, 3.0),
    ("得分≥90", "≥90", "number", 90.0, None, "at_least", 90.0, INF),
    ("本地占比过20的行业", "过20", "number", 20.0, None, "at_least", 20.0, INF),
    ("年龄比三十大", "比三十大", "number", 30.0, None, "at_least", 30.0, INF),
    ("约占全县总人口的1/3", "1/3", "fraction", 100 / 3, "%", "approx", 100 / 3 * 0.95, 100 / 3 * 1.05),
    ("参与人数约占三成", "三成", "percent", 30.0, "%", "approx", 28.5, 31.5),
    ("占比约为30%", "约为30%", "percent", 30.0, "%", "approx", 28.5, 31.5),
    ("增速介于5%和8%之间", "5%和8%之间", "percent", 6.5, "%", "range", 4.5, 8.5),
    ("年龄在18岁以上、60岁以下", "18岁以上、60岁以下", "age", 39.0, "岁", "range", 18.0, UP(60.0, INF)),
    # fractions and rates per a base
    ("搬迁群众占1/3", "1/3", "fraction", 100 / 3, "%", "exact", 100 / 6, 50.0),
    ("占全县人口的1/3以上", "1/3以上", "fraction", 100 / 3, "%", "at_least", 100 / 3, INF),
    ("不良率万分之三", "万分之三", "percent", 0.03, "%", "exact", 0.025, 0.035),
    ("发病率为3.5/10万", "3.5/10万", "percent", 0.0035, "%", "exact", 0.00345, 0.00355),
    ("下降了2个千分点", "2个千分点", "percent_point", 0.2, "个百分点", "exact", 0.15, 0.25),
    ("三又四分之一", "三又四分之一", "number", 3.25, None, "exact", 3.125, 3.375),
    # units
    ("PM2.5平均浓度为28微克/立方米", "28微克/立方米", "concentration", 28.0, "微克/立方米", "exact", 27.5, 28.5),
    ("累计发电120万kWh", "120万kWh", "energy", 1.2e6, "千瓦时", "exact", 1.195e6, 1.205e6),
    ("装机容量50MW", "50MW", "power", 50.0, "兆瓦", "exact", 49.5, 50.5),
    ("年用电300千瓦时", "300千瓦时", "energy", 300.0, "千瓦时", "exact", 299.5, 300.5),
    ("身高175cm", "175cm", "distance", 175.0, "厘米", "exact", 174.5, 175.5),
    ("跑道长250m", "250m", "distance", 250.0, "米", "exact", 249.5, 250.5),
    ("限速80km/h", "80km/h", "speed", 80.0, "公里/小时", "exact", 79.5, 80.5),
    ("室外温度达到35度", "35度", "temperature", 35.0, "℃", "exact", 34.5, 35.5),
    ("每户节约用电200度", "200度", "energy", 200.0, "千瓦时", "exact", 199.5, 200.5),
    ("转了45度", "45度", "number", 45.0, "度", "exact", 44.5, 45.5),
    ("全程用时1小时45分钟", "1小时45分钟", "duration", 105.0, "分钟", "exact", 104.5, 105.5),
    ("工期2年3个月", "2年3个月", "duration", 27.0, "个月", "exact", 26.5, 27.5),
    ("重一吨半", "一吨半", "weight", 1.5, "吨", "exact", 1.45, 1.55),
    ("每斤5元3角", "5元3角", "money", 5.3, "元", "exact", 5.25, 5.35),
    # signs
    ("气温负十五度", "负十五度", "temperature", -15.0, "℃", "exact", -15.5, -14.5),
    ("账户余额为-500元", "-500元", "money", -500.0, "元", "exact", -500.5, -499.5),
    ("最低气温零下8℃", "零下8℃", "temperature", -8.0, "℃", "exact", -8.5, -7.5),
    ("海拔负0.3千米", "负0.3千米", "distance", -0.3, "公里", "exact", -0.35, -0.25),
    # other scripts and styles
    ("融资兩千萬元", "兩千萬元", "money", 2e7, "元", "exact", 1.5e7, 2.5e7),
    ("收款肆佰伍拾元", "肆佰伍拾元", "money", 450.0, "元", "exact", 449.5, 450.5),
    ("增長六個百分點", "六個百分點", "percent_point", 6.0, "个百分点", "exact", 5.5, 6.5),
    ("市值四十九兆九千億元", "四十九兆九千億元", "money", 4.99e13, "元", "exact", 4.985e13, 4.995e13),
    ("全场八折", "八折", "percent", 80.0, "%", "exact", 75.0, 85.0),
    ("打八五折", "八五折", "percent", 85.0, "%", "exact", 84.5, 85.5),
    ("7.5折优惠", "7.5折", "percent", 75.0, "%", "exact", 74.5, 75.5),
    ("共5万4千6百人", "5万4千6百人", "count", 54600.0, "人", "exact", 54550.0, 54650.0),
    ("奖金3万4000元", "3万4000元", "money", 34000.0, "元", "exact", 33500.0, 34500.0),
    ("吸引几万人", "几万人", "count", None, "人", "range", 2e4, 1e5),
    ("二十几万元", "二十几万元", "money", 2e5, "元", "at_least", 2e5, 3e5),
    ("售价$50", "$50", "money", 50.0, "$", "exact", 49.5, 50.5),
    ("售价￥300", "￥300", "money", 300.0, "元", "exact", 299.5, 300.5),
    ("兑换3亿美圆", "3亿美圆", "money", 3e8, "美元", "exact", 2.5e8, 3.5e8),
    ("月薪15k", "15k", "number", 15000.0, None, "exact", 14500.0, 15500.0),
    ("约为1.2e5次", "约为1.2e5次", "count", 1.2e5, "次", "approx", 1.14e5, 1.26e5),
    # spaces inside a numeral (text extracted from a PDF)
    ("共 3 个", "3 个", "count", 3.0, "个", "exact", 3.0, 3.0),
    ("总数为一百 五 十 二", "一百 五 十 二", "number", 152.0, None, "exact", 151.5, 152.5),
    # a lone Chinese digit that stands apart is a number
    ("排名前三的企业", "三", "number", 3.0, None, "exact", 2.5, 3.5),
    ("十月的第一周", "第一周", "rank", 1.0, "周", "exact", 1.0, 1.0),
    ("今年第三个月", "第三个月", "rank", 3.0, "个月", "exact", 3.0, 3.0),
    ("答案是七不是八", "七", "number", 7.0, None, "exact", 6.5, 7.5),
    ("答案是七不是八", "八", "number", 8.0, None, "exact", 7.5, 8.5),
    # 一个 inside a list of counts is a count, not the article
    ("建成2个车间、一个仓库和3个展厅", "一个", "count", 1.0, "个", "exact", 1.0, 1.0),
    # a ratio after 约为 keeps its two-digit terms (not 约为4 and 5:38:17)
    ("三类消费之比约为45:38:17", "45", "ratio", 45.0, None, "exact", 44.5, 45.5),
    ("三类消费之比约为45:38:17", "38", "ratio", 38.0, None, "exact", 37.5, 38.5),
    ("三次产业结构约为1.8:34.6:63.6", "1.8", "ratio", 1.8, None, "exact", 1.75, 1.85),
    # a count after words of an average is a quotient, rounded at its units digit (a head count is exact)
    ("员额法官人均结案335件", "335件", "count", 335.0, "件", "exact", 334.5, 335.5),
    ("平均每部电梯惠及12户", "12户", "count", 12.0, "户", "exact", 11.5, 12.5),
    ("全市共有员额法官512名", "512名", "count", 512.0, "名", "exact", 512.0, 512.0),
    # a ratio shaped like a clock time, after words that name a ratio (a time of day otherwise: NOT_CLAIMS)
    ("原粮与成品粮的储备结构为20:50:30", "20", "ratio", 20.0, None, "exact", 19.5, 20.5),
    ("原粮与成品粮的储备结构为20:50:30", "30", "ratio", 30.0, None, "exact", 29.5, 30.5),
    ("全校师生比为1:18", "18", "ratio", 18.0, None, "exact", 17.5, 18.5),
]


@pytest.mark.parametrize("sentence, text, kind, value, unit, qualifier, low, high", FORMS,
                         ids=[f"{row[1]}@{row[0]}" for row in FORMS])
def test_issue_12_form(sentence, text, kind, value, unit, qualifier, low, high):
    check(mention(sentence, text), kind, value, unit, qualifier, low, high)


# (sentence, mention text or None for no mention, kind)
NOT_CLAIMS = [
    ("干部两两结对", "两两", "word"),
    ("这件事万万不可", "万万", "word"),
    ("品牌阳光九九很受欢迎", "九九", "name"),
    ("详见https://example.cn/list?id=30%25%20", "https://example.cn/list?id=30%25%20", "name"),
    ("拨打“12345”热线", "12345", "name"),
    ("推广“1+N”帮扶模式", "1+N", "name"),
    ("十四届全国人大二次会议", "二次", "ordinal"),
    ("本月3-4日举行", "3-4日", "period"),
    ("10至12日开放", "10至12日", "period"),
    ("2023国考报名", "2023", "date"),
    ("版本1.2.3发布", "1.2.3", "name"),
    ("建成一个仓库", "一个", "article"),
    ("截止日期12/1", "12/1", "date"),
    ("发车时间为20:50:30", "20:50:30", "time"),
    ("会议于9:30召开", "9:30", "time"),
    ("年龄低于在2019年11月9日的平均", "2019年11月9日", "date"),
    ("三大任务", "三", "word"),
    ("陆续到位", None, None),
    ("入伍时间", None, None),
    ("登陆千岛湖", "千岛湖", "name"),
    ("这家公司的编号是" + "7" * 45, "7" * 45, "overflow"),
]


@pytest.mark.parametrize("sentence, text, kind", NOT_CLAIMS, ids=[row[0][:20] for row in NOT_CLAIMS])
def test_issue_12_not_a_claim(sentence, text, kind):
    found = find_quantities(sentence)
    if text is None:
        assert found == []
        return
    m = mention(sentence, text)
    assert (m.kind, m.is_claim, m.low, m.high) == (kind, False, None, None)


def test_a_traditional_report_reads_like_a_simplified_one():
    simplified = [(m.value, m.unit, m.kind) for m in find_quantities("全年增长百分之五点五，投入两千万元，共六个项目")]
    traditional = [(m.value, m.unit, m.kind) for m in find_quantities("全年增長百分之五點五，投入兩千萬元，共六個項目")]
    assert traditional == simplified


def test_spaces_closed_inside_a_numeral_keep_offsets():
    text = "共计 7 万5 千4 百 人"
    found = [m for m in find_quantities(text) if m.is_claim]
    assert [(m.text, m.value, m.unit) for m in found] == [("7 万5 千4 百 人", 75400.0, "人")]
    assert text[found[0].start:found[0].end] == found[0].text


def test_the_traditional_cues_are_traditional_only():
    """A cue that is also simplified would convert every mainland text for nothing."""
    import opencc

    from helpers.quantities import lexicon

    convert = opencc.OpenCC(lexicon.OPENCC_CONFIG).convert
    assert [c for c in lexicon.TRADITIONAL_CUES if convert(c) == c] == []


def test_lexicon_rules_capture_no_group():
    """The scanner names each rule's group itself: a rule may not capture one of its own."""
    import re

    from helpers.quantities import lexicon

    assert [note for _, rx, note in lexicon.RULES if re.compile(rx).groups] == []


def test_point_intervals_go_through_the_interval_arithmetic():
    """An exact count is [v, v]: the checks' closed intervals divide and compare it as a number."""
    from helpers.claims.intervals import Interval

    flown, flights = mention("包机三次运送452人", "452人"), mention("包机三次运送452人", "三次")
    per_flight = Interval(flown.low, flown.high) / Interval(flights.low, flights.high)
    assert per_flight.low == per_flight.high == pytest.approx(452 / 3)
    assert per_flight.meets(Interval.point(452 / 3)) and per_flight.width == 0
    zero = mention("降至0%", "0%")
    assert (zero.low, zero.high) == (0.0, 0.0) and Interval(zero.low, zero.high).meets(Interval(0.0, 0.5))


@pytest.mark.parametrize("text, value, unit", [
    ("春运期间累计开行旅客列车5.38万列", 53800.0, "列"),
    ("进出港船舶2.3万艘次", 23000.0, "艘次"),
    ("冷藏箱21.7万标箱", 217000.0, "标准箱"),          # 标箱 and 标准箱 are one unit (TEU)
    ("集装箱吞吐量486.3万标准箱", 4863000.0, "标准箱"),
])
def test_counts_of_trains_ships_and_containers(text, value, unit):
    from helpers.quantities import quantities_frame

    [row] = quantities_frame(text).itertuples()
    assert (row.value, row.unit, row.kind) == (value, unit, "count")
