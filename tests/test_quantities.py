"""The quantity parser: every form of the issue, the report, and the API.

The tables below are the specification: one row per wording, with the value,
unit, qualifier, interval and kind the parser must give it. Decisions on
ambiguous wording are pinned in ``AMBIGUOUS`` (the lexicon says why).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths
from helpers.read.report import load_report
from helpers.quantities import (
    CLAIM_KINDS,
    COLUMNS,
    NON_CLAIM_KINDS,
    NUMERAL_CHARS,
    QUALIFIER_VALUES,
    Mention,
    find_quantities,
    quantities_frame,
    write_csv,
)

INF = math.inf
REPORT = load_report().text


def mention(sentence: str, text: str, occurrence: int = 0) -> Mention:
    """The ``occurrence``-th mention of ``sentence`` whose text is ``text``."""
    found = [m for m in find_quantities(sentence) if m.text == text]
    assert len(found) > occurrence, f"{text!r} not found in {[m.text for m in find_quantities(sentence)]}"
    return found[occurrence]


def close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if math.isinf(a) or math.isinf(b):
        return a == b
    return a == pytest.approx(b, rel=1e-9, abs=1e-9)


def check(m: Mention, kind, value, unit, qualifier, low=..., high=...):
    assert m.kind == kind, m
    assert close(m.value, value), m
    assert m.unit == unit, m
    assert m.qualifier == qualifier, m
    if low is not ...:
        assert close(m.low, low), m
    if high is not ...:
        assert close(m.high, high), m
    assert m.is_claim == (kind in CLAIM_KINDS)


# ---------------------------------------------------------------- every form
# (sentence, mention text, kind, value, unit, qualifier, low, high)
FORMS = [
    # numbers: Arabic, thousands separators, full width, decimals, Chinese, mixed, 万/亿
    ("全市减贫54.58万人", "54.58万人", "count", 545800, "人", "exact", 545750, 545850),
    ("新增就业13,450人", "13,450人", "count", 13450, "人", "exact", 13445, 13455),
    ("新增就业１３，４５０人", "１３，４５０人", "count", 13450, "人", "exact", 13445, 13455),
    ("安置４５２人", "４５２人", "count", 452, "人", "exact", 452, 452),
    ("共一万二千三百人", "一万二千三百人", "count", 12300, "人", "exact", 12250, 12350),
    ("共两千人", "两千人", "count", 2000, "人", "exact", 1500, 2500),
    ("新增1.2万余人", "1.2万余人", "count", 12000, "人", "at_least", 12000, 13000),
    ("投入7.34亿财政帮扶资金", "7.34亿", "money", 7.34e8, "元", "exact", 7.335e8, 7.345e8),
    ("总投资8亿元", "8亿元", "money", 8e8, "元", "exact", 7.5e8, 8.5e8),
    ("县均6200万元", "6200万元", "money", 6.2e7, "元", "exact", 6.15e7, 6.25e7),
    ("收入达到12000元", "12000元", "money", 12000, "元", "exact", 11500, 12500),
    ("收入3千万元", "3千万元", "money", 3e7, "元", "exact", 2.5e7, 3.5e7),
    ("万亿级规模达1.2万亿元", "1.2万亿元", "money", 1.2e12, "元", "exact", 1.15e12, 1.25e12),
    # percent, 成, fractions, multiples, percentage points
    ("贫困发生率13.74%", "13.74%", "percent", 13.74, "%", "exact", 13.735, 13.745),
    ("较上年增长13%", "13%", "percent", 13, "%", "exact", 12.5, 13.5),
    ("下降至0%", "0%", "percent", 0, "%", "exact", 0, 0),
    ("降至百分之九点一", "百分之九点一", "percent", 9.1, "%", "exact", 9.05, 9.15),
    ("达到百分之百", "百分之百", "percent", 100, "%", "exact", 99.5, 100.5),
    ("占八成", "八成", "percent", 80, "%", "exact", 75, 85),
    ("八成半的农户", "八成半", "percent", 85, "%", "exact", 84.5, 85.5),
    ("三成以上的村", "三成以上", "percent", 30, "%", "at_least", 30, INF),
    ("占全市五分之一", "五分之一", "fraction", 20, "%", "exact", 10, 30),
    ("三分之二以上", "三分之二以上", "fraction", 200 / 3, "%", "at_least", 200 / 3, INF),
    ("增长2.1倍", "2.1倍", "multiple", 2.1, "倍", "exact", 2.05, 2.15),
    ("增长1倍多,", "1倍多", "multiple", 1, "倍", "at_least", 1, 2),
    ("收入翻了一番", "翻了一番", "multiple", 2, "倍", "exact", 1.5, 2.5),
    ("产值翻两番", "翻两番", "multiple", 4, "倍", "exact", 3.5, 4.5),
    ("提高1.5个百分点", "1.5个百分点", "percent_point", 1.5, "个百分点", "exact", 1.45, 1.55),
    ("高出两个百分点", "两个百分点", "percent_point", 2, "个百分点", "exact", 1.5, 2.5),
    ("出生率为5‰", "5‰", "percent", 0.5, "%", "exact", 0.45, 0.55),
    # ranges
    ("最高气温35~36℃", "35~36℃", "temperature", 35.5, "℃", "range", 34.5, 36.5),
    ("最高气温37～39℃", "37～39℃", "temperature", 38, "℃", "range", 36.5, 39.5),
    ("增速在0.8%-1.5%之间", "0.8%-1.5%", "percent", 1.15, "%", "range", 0.75, 1.55),
    ("用2至3年时间", "2至3年", "duration", 2.5, "年", "range", 1.5, 3.5),
    ("吸纳10-20万人", "10-20万人", "count", 150000, "人", "range", 95000, 205000),
    ("三到五年", "三到五年", "duration", 4, "年", "range", 2.5, 5.5),
    ("补助5000元-1万元", "5000元-1万元", "money", 7500, "元", "range", 4500, 15000),
    ("气温-5~3℃", "-5~3℃", "temperature", -1, "℃", "range", -5.5, 3.5),
    ("零下5~零下3℃", "零下5~零下3℃", "temperature", -4, "℃", "range", -5.5, -2.5),
    ("约占百分之三十至四十", "百分之三十至四十", "percent", 35, "%", "range", 29.5, 40.5),
    # ranks
    ("成为全球第255个", "第255个", "rank", 255, "个", "exact", 255, 255),
    ("中国第16个", "第16个", "rank", 16, "个", "exact", 16, 16),
    ("组织山东省第一架跨省包机", "第一架", "rank", 1, "架", "exact", 1, 1),
    ("支教帮扶的第一人", "第一人", "rank", 1, "人", "exact", 1, 1),
    ("位居全市第2位", "第2位", "rank", 2, "位", "exact", 2, 2),
    # units and classifiers
    ("完成9.06万户", "9.06万户", "count", 90600, "户", "exact", 90550, 90650),
    ("288个援建项目", "288个", "count", 288, "个", "exact", 288, 288),
    ("新技术26项", "26项", "count", 26, "项", "exact", 26, 26),
    ("推介活动18次", "18次", "count", 18, "次", "exact", 18, 18),
    ("安排104名医护人员", "104名", "count", 104, "名", "exact", 104, 104),
    ("开设7家体验店", "7家", "count", 7, "家", "exact", 7, 7),
    ("有31位干部", "31位", "count", 31, "位", "exact", 31, 31),
    ("共3架飞机", "3架", "count", 3, "架", "exact", 3, 3),
    ("举办12场", "12场", "count", 12, "场", "exact", 12, 12),
    ("接待5万人次", "5万人次", "count", 50000, "人次", "exact", 45000, 55000),
    ("种植茶叶3.5万亩", "3.5万亩", "area", 35000, "亩", "exact", 34500, 35500),
    ("销售300吨", "300吨", "weight", 300, "吨", "exact", 299.5, 300.5),
    ("全长170公里", "170公里", "distance", 170, "公里", "exact", 169.5, 170.5),
    ("71岁男性患者", "71岁", "age", 71, "岁", "exact", 70.5, 71.5),
    ("连续17年", "17年", "duration", 17, "年", "exact", 16.5, 17.5),
    ("稳岗三个月以上", "三个月以上", "duration", 3, "个月", "at_least", 3, INF),
    ("八部门启动", "八部门", "count", 8, "部门", "exact", 8, 8),
    ("福建、山东、湖南三省份", "三省份", "count", 3, "省份", "exact", 3, 3),
    ("研究两个年度7.34亿", "两个年度", "count", 2, "个年度", "exact", 2, 2),
    ("分三次包机", "三次", "count", 3, "次", "exact", 3, 3),
    ("5个党小组", "5个", "count", 5, "个", "exact", 5, 5),
    # bounds: 余 多 (at least, up to the next unit)
    ("带动贫困户8万余人", "8万余人", "count", 80000, "人", "at_least", 80000, 90000),
    ("筹集款物380余万元", "380余万元", "money", 3.8e6, "元", "at_least", 3.8e6, 3.9e6),
    ("提供3500多个岗位", "3500多个", "count", 3500, "个", "at_least", 3500, 3600),
    ("上年度1.45万余人", "1.45万余人", "count", 14500, "人", "at_least", 14500, 14600),
    ("三十余万元", "三十余万元", "money", 3e5, "元", "at_least", 3e5, 4e5),
    ("200多个村", "200多个", "count", 200, "个", "at_least", 200, 300),
    # at least
    ("捐助超1亿元", "超1亿元", "money", 1e8, "元", "at_least", 1e8, INF),
    ("投入超过300亿元", "超过300亿元", "money", 3e10, "元", "at_least", 3e10, INF),
    ("成交额逾2亿元", "逾2亿元", "money", 2e8, "元", "at_least", 2e8, INF),
    ("突破100万人", "突破100万人", "count", 1e6, "人", "at_least", 1e6, INF),
    ("不少于3次", "不少于3次", "count", 3, "次", "at_least", 3, INF),
    ("海拔1000米以上", "1000米以上", "distance", 1000, "米", "at_least", 1000, INF),
    ("上万人参加", "上万人", "count", 10000, "人", "at_least", 10000, INF),
    ("过半", "过半", "fraction", 50, "%", "at_least", 50, INF),
    # approx
    ("这条近170公里的水运通道", "近170公里", "distance", 170, "公里", "approx", 161.5, math.nextafter(170, INF)),
    ("约100人", "约100人", "count", 100, "人", "approx", 95, 105),
    ("大约2万元", "大约2万元", "money", 20000, "元", "approx", 19000, 21000),
    ("人均8000元左右", "8000元左右", "money", 8000, "元", "approx", 7600, 8400),
    ("惠及近千万人", "近千万人", "count", 1e7, "人", "approx", 9.5e6, math.nextafter(1e7, INF)),
    # at most
    ("不足5%", "不足5%", "percent", 5, "%", "at_most", 0, 5),
    ("不到3万元", "不到3万元", "money", 30000, "元", "at_most", 0, 30000),
    ("控制在3%以内", "3%以内", "percent", 3, "%", "at_most", 0, math.nextafter(3, INF)),
    ("60岁以下", "60岁以下", "age", 60, "岁", "at_most", 0, math.nextafter(60, INF)),
    # Chinese vague forms
    ("十几个村", "十几个", "count", 10, "个", "at_least", 10, 20),  # 几 after a base reads like 多
    ("数万人", "数万人", "count", None, "人", "range", 20000, 100000),
    ("几十家企业", "几十家", "count", None, "家", "range", 20, 100),
    ("三四个", "三四个", "count", 3.5, "个", "range", 3, 4),
    # durations with 多/半
    ("一个多月", "一个多月", "duration", 1, "个月", "at_least", 1, 2),
    ("一个半月", "一个半月", "duration", 1.5, "个月", "exact", 1.45, 1.55),
    ("两个半小时", "两个半小时", "duration", 2.5, "小时", "exact", 2.45, 2.55),
    ("两年半", "两年半", "duration", 2.5, "年", "exact", 2.45, 2.55),
    ("一年多来", "一年多", "duration", 1, "年", "at_least", 1, 2),
    ("为期半年", "半年", "duration", 0.5, "年", "exact", 0.45, 0.55),
    ("经过一年的协作攻坚", "一年", "duration", 1, "年", "exact", 0.5, 1.5),
    # signs
    ("零下5℃", "零下5℃", "temperature", -5, "℃", "exact", -5.5, -4.5),
    ("增长-3.2%", "-3.2%", "percent", -3.2, "%", "exact", -3.25, -3.15),
]


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit, qualifier, low, high", FORMS, ids=[row[1] for row in FORMS]
)
def test_every_form(sentence, text, kind, value, unit, qualifier, low, high):
    check(mention(sentence, text), kind, value, unit, qualifier, low, high)


def test_ratio_gives_one_claim_per_part():
    parts = [m for m in find_quantities("三次产业结构比为10.9:36.2:52.9") if m.kind == "ratio"]
    assert [(m.text, m.value) for m in parts] == [("10.9", 10.9), ("36.2", 36.2), ("52.9", 52.9)]
    assert (parts[0].low, parts[0].high) == pytest.approx((10.85, 10.95))
    full_width = [m.value for m in find_quantities("比为10.9：36.2：52.9") if m.kind == "ratio"]
    assert full_width == [10.9, 36.2, 52.9]


# ------------------------------------------------------------------ non-claims
# (sentence, mention text, kind)
NON_CLAIMS = [
    ("刚刚过去的2020年是", "2020年", "date"),
    ("２０２０年", "２０２０年", "date"),
    ("二〇二一年", "二〇二一年", "date"),
    ("于1月30日装车", "1月30日", "date"),
    ("7月1日青岛", "7月1日", "date"),
    ("记者5日从", "5日", "date"),
    ("去年11月举行", "11月", "date"),
    ("2021年3月15日开幕", "2021年3月15日", "date"),
    ("2020年度公务员", "2020年度", "period"),
    ("前三季度", "前三季度", "period"),
    ("第一季度", "第一季度", "period"),
    ("上半年", "上半年", "period"),
    ("9月份", "9月份", "period"),
    ("1-9月", "1-9月", "period"),
    ("2020-2022年", "2020-2022年", "period"),
    ("20世纪90年代", "90年代", "period"),
    ("上午9时", "9时", "time"),
    ("10:30召开", "10:30", "time"),
    ("会议08:00:00开始", "08:00:00", "time"),
    ("2019-10-17 08:00:00　来源: 某日报", "2019-10-17 08:00:00", "date"),
    ("发布时间：2022/3/15 9:30", "2022/3/15 9:30", "date"),
    ("2019.10.17", "2019.10.17", "date"),
    ("利用5G远程技术", "5G", "name"),
    ("PM2.5年均浓度", "PM2.5", "name"),
    ("“十三五”约束性指标", "十三五", "name"),
    ("青岛58中党委书记", "58中", "name"),
    ("到任普定县一中校长", "一中", "name"),
    ("新希望六和生猪", "新希望六和", "name"),
    ("第一产业增加值", "第一产业", "name"),
    ("COVID-19疫情", "COVID-19", "name"),
    ("十九届五中全会", "五中全会", "name"),
    ("3A级以上景区", "3A", "name"),
    ("打造百亿级产业", "百亿级", "name"),
    ("《十四五规划》", "《十四五规划》", "name"),
    ("。一是减贫进度", "一是", "enumeration"),
    ("。二是脱贫成效", "二是", "enumeration"),
    (";四是用好", "四是", "enumeration"),
    ("一、总体要求", "一、", "enumeration"),
    ("（一）加强领导", "（一）", "enumeration"),
    ("第一，要提高认识", "第一", "enumeration"),
    ("围绕“两不愁三保障”", "两不愁三保障", "idiom"),
    ("“一方水土养不起一方人”", "一方水土养不起一方人", "idiom"),
    ("一方水土", "一方水土", "idiom"),
    ("战贫战疫两手抓", "两手抓", "idiom"),
    ("坚持两手抓两手硬", "两手抓两手硬", "idiom"),
    ("“一县一业”产业惠农", "一县一业", "idiom"),
    ("一户一策", "一户一策", "idiom"),
    ("党政一把手负总责", "一把手", "idiom"),
    ("点对点、一站式输出", "一站式", "idiom"),
    ("一线冲锋", "一线", "idiom"),
    ("两地电台直播", "两地", "idiom"),
    ("青安两市", "青安两市", "idiom"),
    ("一批又一批干部", "一批又一批", "idiom"),
    ("突出一个聚焦", "一个聚焦", "idiom"),
    ("两题联考", "两题联考", "idiom"),
    ("三套组合拳", "三套组合拳", "idiom"),
    ("“四轮”驱动", "四轮", "idiom"),
    ("全省万元GDP能耗", "万元GDP", "unit_word"),
    ("工业万元增加值能耗", "万元增加值", "unit_word"),
    ("青岛第五批赴安顺挂职干部", "第五批", "ordinal"),
    ("第十四届全国人大第四次会议", "第十四届", "ordinal"),
    ("第十四届全国人大第四次会议", "第四次", "ordinal"),
    ("交出了一份优异答卷", "一份", "article"),
    ("在这一过程中", "这一", "word"),
    ("进一步统一思想", "进一步", "word"),
    ("一旦深入", "一旦", "word"),
    ("内陆腹地", None, None),  # 陆 is not a numeral (the financial 陆 is not read)
]


@pytest.mark.parametrize("sentence, text, kind", NON_CLAIMS, ids=[row[0] for row in NON_CLAIMS])
def test_non_claims(sentence, text, kind):
    if text is None:
        assert find_quantities(sentence) == []
        return
    m = mention(sentence, text)
    assert m.kind == kind
    assert m.kind in NON_CLAIM_KINDS
    assert m.is_claim is False
    assert m.low is None and m.high is None


# ------------------------------------------------------ ambiguous wording, decided
# (sentence, mention text, kind, value, unit, qualifier) — see lexicon.py for why
AMBIGUOUS = [
    ("只有一个村尚未通路", "一个", "count", 1, "个", "exact"),  # 只有/仅 make 一 a count
    ("建成了一个产业园", "一个", "article", 1, "个", "exact"),  # else 一 + classifier is "a"
    ("极不平凡的一年", "一年", "period", None, None, "exact"),  # the year just named
    ("近3年来", "近3年", "duration", 3, "年", "exact"),  # 近N年来 = the recent N years
    ("历时2000年", "2000年", "duration", 2000, "年", "exact"),  # a duration cue before a year
    ("节约3吨", "3吨", "weight", 3, "吨", "exact"),  # 节约 is not 约
    ("附近3公里", "3公里", "distance", 3, "公里", "exact"),  # 附近 is not 近
    ("经过半年", "半年", "duration", 0.5, "年", "exact"),  # 经过 is not 过
    ("5千瓦", "5千瓦", "power", 5, "千瓦", "exact"),  # 千 of 千瓦 is not a multiplier; kW is power
    ("1.5百分点", "1.5百分点", "percent_point", 1.5, "个百分点", "exact"),
    ("1.82万剩余贫困人口", "1.82万", "count", 18200, "人", "exact"),  # head noun after a bare number
    ("3级响应", "3级", "name", None, None, "exact"),  # a level is a class, not an amount
    ("1:1配套", "1", "ratio", 1, None, "exact"),
    ("100名校长", "100名", "count", 100, "名", "exact"),  # < 4 written digits: exact
    ("5日元", "5日元", "money", 5, "日元", "exact"),  # 日元 is yen, not a day
]


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit, qualifier", AMBIGUOUS, ids=[row[0] for row in AMBIGUOUS]
)
def test_ambiguous_cases_are_decided(sentence, text, kind, value, unit, qualifier):
    check(mention(sentence, text), kind, value, unit, qualifier)


def test_exact_counts_are_points_and_written_precision_decides_the_rest():
    # a counting integer without trailing zeros and without 万/亿 is exact; so is a written zero
    for sentence, text in [("共452人", "452人"), ("三次", "三次"), ("两个年度", "两个年度"), ("第16个", "第16个"),
                           ("一百零五户", "一百零五户"), ("下降至0%", "0%"), ("0元", "0元")]:
        m = mention(sentence, text)
        assert m.low == m.value == m.high, m
    # trailing zeros, a multiplier, decimals, a rate or a measurement keep the rounding interval
    for sentence, text, low, high in [("100名", "100名", 99.5, 100.5), ("1,200亩", "1,200亩", 1150, 1250),
                                      ("6200万元", "6200万元", 6.15e7, 6.25e7), ("3万人", "3万人", 2.5e4, 3.5e4),
                                      ("7.34亿", "7.34亿", 7.335e8, 7.345e8), ("13%", "13%", 12.5, 13.5),
                                      ("35℃", "35℃", 34.5, 35.5), ("71岁", "71岁", 70.5, 71.5),
                                      ("452.0人", "452.0人", 451.95, 452.05)]:
        m = mention(sentence, text)
        assert (m.low, m.high) == pytest.approx((low, high)), m
    # bounds stay bounds
    assert mention("380余人", "380余人").high == 390
    assert mention("超3人", "超3人").high == INF
    assert mention("近3人", "近3人").low == pytest.approx(2.85)
    # a range of exact counts includes both ends
    m = mention("每组3至5人", "3至5人")
    assert (m.low, m.high, m.qualifier) == (3, 5, "range")


def test_trailing_zeros_and_precision_rules():
    # four or more written digits ending in zeros: rounded; fewer: exact in the units digit
    assert (mention("13400人", "13400人").low, mention("13400人", "13400人").high) == (13350, 13450)
    assert (mention("100名", "100名").low, mention("100名", "100名").high) == (99.5, 100.5)
    # the same value written 10万 / 十万 has the same interval
    ten = mention("10万人", "10万人")
    assert (ten.low, ten.high) == (mention("十万人", "十万人").low, mention("十万人", "十万人").high)
    # ranks are never rounded
    assert (mention("第100个", "第100个").low, mention("第100个", "第100个").high) == (99.5, 100.5)
    # written decimals count, trailing zeros included
    assert mention("10.50%", "10.50%").low == pytest.approx(10.495)


# ------------------------------------------------------------------ the report
# Every mention of the report, in order: (text, kind, value, unit, qualifier).
REPORT_MENTIONS = [
    ("2020年", "date", 2020.0, "年", "exact"),
    ("一年", "period", None, None, "exact"),
    ("两地", "idiom", None, None, "exact"),
    ("25年", "duration", 25.0, "年", "exact"),
    ("25年", "duration", 25.0, "年", "exact"),
    ("青安两市", "idiom", None, None, "exact"),
    ("一批又一批", "idiom", None, None, "exact"),
    ("第五批", "ordinal", 5.0, "批", "exact"),
    ("第五批", "ordinal", 5.0, "批", "exact"),
    ("两题联考", "idiom", None, None, "exact"),
    ("一份", "article", 1.0, "份", "exact"),
    ("一年", "duration", 1.0, "年", "exact"),
    ("一是", "enumeration", None, None, "exact"),
    ("54.58万人", "count", 545800.0, "人", "exact"),
    ("13.74%", "percent", 13.74, "%", "exact"),
    ("0%", "percent", 0.0, "%", "exact"),
    ("二是", "enumeration", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("12000元", "money", 12000.0, "元", "exact"),
    ("10.5%", "percent", 10.5, "%", "exact"),
    ("8.2万人", "count", 82000.0, "人", "exact"),
    ("一方水土养不起一方人", "idiom", None, None, "exact"),
    ("三是", "enumeration", None, None, "exact"),
    ("9.06万户", "count", 90600.0, "户", "exact"),
    ("1.1万户", "count", 11000.0, "户", "exact"),
    ("这一", "word", None, None, "exact"),
    ("一个聚焦", "idiom", None, None, "exact"),
    ("两个年度", "count", 2.0, "个年度", "exact"),
    ("7.34亿", "money", 734000000.0, "元", "exact"),
    ("两不愁三保障", "idiom", None, None, "exact"),
    ("288个", "count", 288.0, "个", "exact"),
    ("6200万元", "money", 62000000.0, "元", "exact"),
    ("1.82万", "count", 18200.0, "人", "exact"),
    ("21个", "count", 21.0, "个", "exact"),
    ("两手抓", "idiom", None, None, "exact"),
    ("187万元", "money", 1870000.0, "元", "exact"),
    ("1月30日", "date", None, None, "exact"),
    ("380余万元", "money", 3800000.0, "元", "at_least"),
    ("两手抓两手硬", "idiom", None, None, "exact"),
    ("5G", "name", None, None, "exact"),
    ("71岁", "age", 71.0, "岁", "exact"),
    ("5G", "name", None, None, "exact"),
    ("26项", "count", 26.0, "项", "exact"),
    ("154人", "count", 154.0, "人", "exact"),
    ("第255个", "rank", 255.0, "个", "exact"),
    ("第16个", "rank", 16.0, "个", "exact"),
    ("第1个", "rank", 1.0, "个", "exact"),
    ("58中", "name", None, None, "exact"),
    ("一中", "name", None, None, "exact"),
    ("一把手", "idiom", None, None, "exact"),
    ("第一人", "rank", 1.0, "人", "exact"),
    ("104名", "count", 104.0, "名", "exact"),
    ("100名", "count", 100.0, "名", "exact"),
    ("三套组合拳", "idiom", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("8亿元", "money", 800000000.0, "元", "exact"),
    ("8个", "count", 8.0, "个", "exact"),
    ("19.4亿元", "money", 1940000000.0, "元", "exact"),
    ("18个", "count", 18.0, "个", "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("新希望六和", "name", None, None, "exact"),
    ("第一架", "rank", 1.0, "架", "exact"),
    ("两地", "idiom", None, None, "exact"),
    ("一站式", "idiom", None, None, "exact"),
    ("452人", "count", 452.0, "人", "exact"),
    ("三次", "count", 3.0, "次", "exact"),
    ("三个月以上", "duration", 3.0, "个月", "at_least"),
    ("369人", "count", 369.0, "人", "exact"),
    ("3500多个", "count", 3500.0, "个", "at_least"),
    ("104个", "count", 104.0, "个", "exact"),
    ("13400人", "count", 13400.0, "人", "exact"),
    ("6914人", "count", 6914.0, "人", "exact"),
    ("24个", "count", 24.0, "个", "exact"),
    ("7家", "count", 7.0, "家", "exact"),
    ("66个", "count", 66.0, "个", "exact"),
    ("18次", "count", 18.0, "次", "exact"),
    ("6.69亿元", "money", 669000000.0, "元", "exact"),
    ("57%", "percent", 57.0, "%", "exact"),
    ("3.82万人", "count", 38200.0, "人", "exact"),
    ("一是", "enumeration", None, None, "exact"),
    ("一把手", "idiom", None, None, "exact"),
    ("两地", "idiom", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("两地", "idiom", None, None, "exact"),
    ("57次", "count", 57.0, "次", "exact"),
    ("二是", "enumeration", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("3.9亿元", "money", 390000000.0, "元", "exact"),
    ("13%", "percent", 13.0, "%", "exact"),
    ("8万余人", "count", 80000.0, "人", "at_least"),
    ("超1亿元", "money", 100000000.0, "元", "at_least"),
    ("三是", "enumeration", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("两地", "idiom", None, None, "exact"),
    ("一县一业", "idiom", None, None, "exact"),
    ("这一", "word", None, None, "exact"),
    ("四轮", "idiom", None, None, "exact"),
    ("一是", "enumeration", None, None, "exact"),
    ("二是", "enumeration", None, None, "exact"),
    ("一线", "idiom", None, None, "exact"),
    ("一线", "idiom", None, None, "exact"),
    ("三是", "enumeration", None, None, "exact"),
    ("5个", "count", 5.0, "个", "exact"),
    ("四是", "enumeration", None, None, "exact"),
    ("2020年", "date", 2020.0, "年", "exact"),
    ("31位", "count", 31.0, "位", "exact"),
    ("7月1日", "date", None, None, "exact"),
    ("第五批", "ordinal", 5.0, "批", "exact"),
    ("5日", "date", None, None, "exact"),
    ("八部门", "count", 8.0, "部门", "exact"),
    ("半年", "duration", 0.5, "年", "exact"),
    ("17年", "duration", 17.0, "年", "exact"),
    ("PM2.5", "name", None, None, "exact"),
    ("十三五", "name", None, None, "exact"),
    ("2019年", "date", 2019.0, "年", "exact"),
    ("万元GDP", "unit_word", None, None, "exact"),
    ("3.27%", "percent", 3.27, "%", "exact"),
    ("万元增加值", "unit_word", None, None, "exact"),
    ("0.29%", "percent", 0.29, "%", "exact"),
    ("6月6日", "date", None, None, "exact"),
    ("35~36℃", "temperature", 35.5, "℃", "range"),
    ("37~39℃", "temperature", 38.0, "℃", "range"),
    ("5日", "date", None, None, "exact"),
    ("三省份", "count", 3.0, "省份", "exact"),
    ("2020年度", "period", None, None, "exact"),
    ("11月", "date", None, None, "exact"),
    ("2020年度", "period", None, None, "exact"),
    ("2.4万人", "count", 24000.0, "人", "exact"),
    ("1.45万余人", "count", 14500.0, "人", "at_least"),
    ("近170公里", "distance", 170.0, "公里", "approx"),
    ("一旦", "word", None, None, "exact"),
]

# The report's headline claims with their intervals: (text, occurrence, low, high).
REPORT_INTERVALS = [
    ("54.58万人", 0, 545750, 545850),
    ("13.74%", 0, 13.735, 13.745),
    ("7.34亿", 0, 7.335e8, 7.345e8),
    ("380余万元", 0, 3.8e6, 3.9e6),
    ("8万余人", 0, 80000, 90000),
    ("超1亿元", 0, 1e8, INF),
    ("3500多个", 0, 3500, 3600),
    ("近170公里", 0, 161.5, math.nextafter(170, INF)),
    ("35~36℃", 0, 34.5, 36.5),
    ("1.45万余人", 0, 14500, 14600),
    ("3.9亿元", 0, 3.85e8, 3.95e8),
    ("13%", 0, 12.5, 13.5),
    ("12000元", 0, 11500, 12500),
    ("三个月以上", 0, 3, INF),
]


@pytest.fixture(scope="module")
def report_mentions() -> list[Mention]:
    return find_quantities(REPORT)


def test_every_numeral_of_the_report_is_in_exactly_one_mention(report_mentions):
    cover = [0] * len(REPORT)
    for m in report_mentions:
        for i in range(m.start, m.end):
            cover[i] += 1
    missed = [(i, REPORT[i - 5:i + 5]) for i, ch in enumerate(REPORT) if ch in NUMERAL_CHARS and cover[i] != 1]
    assert missed == []


def test_report_mentions_are_sorted_disjoint_and_quote_the_text(report_mentions):
    for a, b in zip(report_mentions, report_mentions[1:]):
        assert a.end <= b.start
    for m in report_mentions:
        assert REPORT[m.start:m.end] == m.text


def test_report_is_read_as_pinned(report_mentions):
    got = [(m.text, m.kind, m.value, m.unit, m.qualifier) for m in report_mentions]
    assert got == REPORT_MENTIONS


@pytest.mark.parametrize("text, occurrence, low, high", REPORT_INTERVALS, ids=[r[0] for r in REPORT_INTERVALS])
def test_report_claim_intervals(report_mentions, text, occurrence, low, high):
    m = [x for x in report_mentions if x.text == text][occurrence]
    assert close(m.low, low) and close(m.high, high), m


def test_no_date_name_idiom_enumeration_or_unit_word_of_the_report_is_a_claim(report_mentions):
    non_claims = {(m.text, m.kind) for m in report_mentions if not m.is_claim}
    for text, kind in [
        ("2020年", "date"), ("1月30日", "date"), ("7月1日", "date"), ("6月6日", "date"), ("5日", "date"),
        ("11月", "date"), ("2020年度", "period"), ("5G", "name"), ("PM2.5", "name"), ("十三五", "name"),
        ("58中", "name"), ("一中", "name"), ("新希望六和", "name"), ("一是", "enumeration"),
        ("四是", "enumeration"), ("两不愁三保障", "idiom"), ("一方水土养不起一方人", "idiom"),
        ("两手抓两手硬", "idiom"), ("一批又一批", "idiom"), ("一个聚焦", "idiom"), ("两题联考", "idiom"),
        ("三套组合拳", "idiom"), ("四轮", "idiom"), ("一县一业", "idiom"), ("一把手", "idiom"),
        ("一站式", "idiom"), ("一线", "idiom"), ("两地", "idiom"), ("青安两市", "idiom"),
        ("万元GDP", "unit_word"), ("万元增加值", "unit_word"), ("第五批", "ordinal"),
    ]:
        assert (text, kind) in non_claims, (text, kind)
    assert all(m.kind in NON_CLAIM_KINDS for m in report_mentions if not m.is_claim)
    assert all(m.kind in CLAIM_KINDS for m in report_mentions if m.is_claim)


# --------------------------------------------------------------------- the API
def test_mention_invariants_on_the_report(report_mentions):
    for m in report_mentions:
        assert m.qualifier in QUALIFIER_VALUES
        if m.is_claim and m.value is not None:
            assert m.low <= m.value < m.high or (m.qualifier == "at_most" and m.value == m.high) \
                or m.low == m.value == m.high, m  # an exact count is a point


def test_quantities_frame_has_the_columns_and_the_rows():
    frame = quantities_frame(REPORT)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(REPORT_MENTIONS)
    assert frame["is_claim"].dtype == bool
    row = frame[frame["text"] == "7.34亿"].iloc[0]
    assert (row["value"], row["unit"], row["low"], row["high"]) == (7.34e8, "元", 7.335e8, 7.345e8)
    assert pd.isna(frame[frame["text"] == "5G"].iloc[0]["value"])


def test_quantities_frame_of_an_empty_text_has_the_columns():
    frame = quantities_frame("没有数字")
    assert tuple(frame.columns) == COLUMNS and frame.empty


def test_write_csv_writes_lowercase_booleans():
    csv = write_csv("捐助超1亿元,利用5G")
    lines = csv.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert lines[1].endswith(",money,true") and lines[2].endswith(",name,false")
    assert ",inf," in lines[1]


def test_find_quantities_rejects_non_text():
    with pytest.raises(TypeError):
        find_quantities(b"2020")  # type: ignore[arg-type]


def test_find_quantities_does_not_change_offsets_with_full_width_text():
    raw = "共１３，４５０人,增长１０．５％"
    for m in find_quantities(raw):
        assert raw[m.start:m.end] == m.text
    assert [m.value for m in find_quantities(raw)] == [13450, 10.5]


def test_columns_follow_the_mention_fields():
    assert COLUMNS == Mention.__slots__


# ------------------------------------------------------- reports it has never seen
UNSEEN = (
    "２０２０年，全县地区生产总值完成86.5亿元，同比增长8.2%；新增就业１３，４５０人。"
    "贫困发生率由百分之九点一降至0.8%，八成半的农户参加合作社，三成以上的村有集体经济，"
    "易地搬迁人口占全县五分之一。农民人均可支配收入是2015年的2.1倍，增速高于全省1.5个百分点。"
    "三次产业结构调整为10.9:36.2:52.9。二〇二一年计划再投入超过3亿元，用2至3年时间"
    "带动1.2万余人增收，物价涨幅控制在0.8%-1.5%。一是抓产业，二是抓就业。"
)


def test_an_unseen_report_reads_right():
    got = [(m.text, m.kind, m.value, m.unit, m.qualifier) for m in find_quantities(UNSEEN)]
    assert got == [
        ("２０２０年", "date", 2020.0, "年", "exact"),
        ("86.5亿元", "money", 8.65e9, "元", "exact"),
        ("8.2%", "percent", 8.2, "%", "exact"),
        ("１３，４５０人", "count", 13450.0, "人", "exact"),
        ("百分之九点一", "percent", 9.1, "%", "exact"),
        ("0.8%", "percent", 0.8, "%", "exact"),
        ("八成半", "percent", 85.0, "%", "exact"),
        ("三成以上", "percent", 30.0, "%", "at_least"),
        ("五分之一", "fraction", 20.0, "%", "exact"),
        ("2015年", "date", 2015.0, "年", "exact"),
        ("2.1倍", "multiple", 2.1, "倍", "exact"),
        ("1.5个百分点", "percent_point", 1.5, "个百分点", "exact"),
        ("三次产业", "name", None, None, "exact"),
        ("10.9", "ratio", 10.9, None, "exact"),
        ("36.2", "ratio", 36.2, None, "exact"),
        ("52.9", "ratio", 52.9, None, "exact"),
        ("二〇二一年", "date", 2021.0, "年", "exact"),
        ("超过3亿元", "money", 3e8, "元", "at_least"),
        ("2至3年", "duration", 2.5, "年", "range"),
        ("1.2万余人", "count", 12000.0, "人", "at_least"),
        ("0.8%-1.5%", "percent", 1.15, "%", "range"),
        ("一是", "enumeration", None, None, "exact"),
        ("二是", "enumeration", None, None, "exact"),
    ]


def test_the_invented_reports_use_every_form_and_no_dateline_is_a_claim():
    """tests/fixtures/reports/ holds the reports the end-to-end runs use (issue: another report by parameter)."""
    read = {}
    for report in sorted((Path(__file__).parent / "fixtures" / "reports").glob("*.txt")):
        for m in find_quantities(report.read_text(encoding="utf-8")):
            read[m.text] = (m.kind, m.value, m.qualifier, m.is_claim)
    expected = {
        "４２６户": ("count", 426.0, "exact", True),                 # full-width digits
        "１，６５２人": ("count", 1652.0, "exact", True),             # full-width thousands separator
        "13,450万元": ("money", 1.345e8, "exact", True),
        "六成以上": ("percent", 60.0, "at_least", True),              # 成
        "近八成": ("percent", 80.0, "approx", True),
        "近三分之一": ("fraction", pytest.approx(100 / 3), "approx", True),   # 分之
        "2.4倍": ("multiple", 2.4, "exact", True),                  # 倍
        "12.5个百分点": ("percent_point", 12.5, "exact", True),      # 个百分点
        "3000~5000元": ("money", 4000.0, "range", True),             # ranges
        "1至2年": ("duration", 1.5, "range", True),
        "17.2": ("ratio", 17.2, "exact", True),                      # ratios
        "2019-10-17 08:00:00": ("date", None, "exact", False),        # datelines are not claims
        "2022-03-15 09:30:00": ("date", None, "exact", False),
    }
    assert {text: read.get(text) for text in expected} == expected
