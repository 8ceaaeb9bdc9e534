"""Sums and parts of a whole, differences of two named figures and changes with their base stated: readings added
after rounds 11–25.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


# -- a count of some of the things counted (…中…有) ------------------------------------------------------------------

def test_a_count_among_things_named_with_an_aside_in_brackets():
    """全市 64个乡（镇、街道）中已有 59个: the aside names the kinds counted; 59 are some of the 64."""
    table = checks_in("全市64个乡（镇、街道）中已有59个建成综合文化站。")
    assert verdicts_of(table, "59个 64个") == ["consistent"]


def test_a_count_among_things_told_by_a_threshold_figure():
    """全县 40个监测点中，PM2.5 浓度低于 35微克/立方米的有 31个: the threshold is a figure of its own, in another
    unit; 31 of the 40 points; 47 of them cannot be."""
    table = checks_in("全县40个监测点中，年降水量超过900毫米的有31个。")
    assert verdicts_of(table, "31个 40个") == ["consistent"]
    table = checks_in("全县40个监测点中，年降水量超过900毫米的有47个。")
    assert verdicts_of(table, "40个 47个") == ["inconsistent"]


def test_a_threshold_without_its_words_is_no_count_among():
    """年降水量为 900毫米的有: 为 states a value, not a threshold; nothing is read."""
    table = checks_in("全县40个监测点中，年降水量为900毫米的有31个。")
    assert verdicts_of(table, "31个 40个") == []


# -- 其中 lists --------------------------------------------------------------------------------------------------------

def test_levels_named_by_a_place_are_items_of_one_list():
    """全国级 and 省级 are two levels: 全国级展会 is no repeat of 省级展会 (bare, 级展会 would be), so the list goes on
    to the last level and its excess over the total is seen."""
    table = checks_in("全年全市共举办各类展会420场。其中，国际级展会12场；全国级展会65场；省级展会130场；市级展会263场。")
    assert verdicts_of(table, "12场 130场 263场 420场 65场") == ["inconsistent"]
    table = checks_in("全年全市共举办各类展会470场。其中，国际级展会12场；全国级展会65场；省级展会130场；市级展会263场。")
    assert set(verdicts_of(table, "12场 130场 263场 470场 65场")) == {"consistent"}


def test_a_change_told_by_xinzeng_is_no_part():
    """比上年新增 5条 is the change of 国际航线, not a third kind of 航线: the two kinds sum to their total."""
    table = checks_in("全市共开通货运航线90条。其中，国际航线34条，比上年新增5条；国内航线56条。")
    assert verdicts_of(table, "34条 56条 90条") == ["consistent"]
    no_alarm(table)


def test_a_target_in_brackets_is_no_part():
    """完成年度目标（0.5万人）的: the target is not a second part of the 1.06万人."""
    table = checks_in("全市新增农村劳动力转移就业1.06万人。其中，脱贫劳动力0.38万人，完成年度目标（0.5万人）的76.0%。")
    assert "consistent" in verdicts_of(table, "0.38万人 1.06万人")
    assert verdicts_of(table, "0.38万人 0.5万人 1.06万人") == []


def test_foreign_and_domestic_trade_make_up_the_whole():
    """外贸 and 内贸 are complements: their sum is the total, and a sum that misses it is seen."""
    table = checks_in("全年港口完成集装箱吞吐量230万标箱，其中外贸集装箱140万标箱，内贸集装箱90万标箱。")
    assert kind(table, "auto-sum-").verdict.tolist() == ["consistent"]
    table = checks_in("全年港口完成集装箱吞吐量230万标箱，其中外贸集装箱140万标箱，内贸集装箱70万标箱。")
    assert kind(table, "auto-sum-").verdict.tolist() == ["inconsistent"]


def test_the_two_halves_make_up_the_year():
    """上半年 and 下半年 of the 全年 figure."""
    table = checks_in("全年全市粮食产量62.4万吨，上半年产量18.1万吨，下半年产量44.3万吨。")
    assert kind(table, "auto-sum-").verdict.tolist() == ["consistent"]
    table = checks_in("全年全市粮食产量62.4万吨，上半年产量18.1万吨，下半年产量40.3万吨。")
    assert kind(table, "auto-sum-").verdict.tolist() == ["inconsistent"]


# -- breakdowns ---------------------------------------------------------------------------------------------------------

def test_a_breakdown_listing_two_measures_per_item_checks_each_measure():
    """分区域看，城区 营业收入 a，利润 b；郊县 营业收入 c，利润 d: a + c within the 营业收入 stated above, b + d within
    the 利润 — not all four within one."""
    text = ("全市规模以上服务业企业营业收入1,260.5亿元，利润总额86.4亿元。\n分区域看，城区企业营业收入842.3亿元，"
            "利润总额61.2亿元；郊县企业营业收入{}亿元，利润总额25.2亿元。")
    table = checks_in(text.format("418.2"))
    assert "consistent" in verdicts_of(table, "1,260.5亿元 418.2亿元 842.3亿元")
    assert "consistent" in verdicts_of(table, "25.2亿元 61.2亿元 86.4亿元")
    no_alarm(table)
    table = checks_in(text.format("518.2"))
    assert verdicts_of(table, "1,260.5亿元 518.2亿元 842.3亿元") == ["inconsistent"]


def test_a_subtotal_inside_a_qizhong_list_is_no_part():
    """其中 甲 a，乙 b，两项合计 c；丙 d: c totals a and b; the parts of the whole are a, b and d."""
    table = checks_in("全年全县共筹集防汛资金6.40亿元。其中，省级补助21,000万元，县级财政安排28,000万元，两级财政资金合计"
                      "4.90亿元；社会捐赠15,000万元。")
    assert verdicts_of(table, "15,000万元 21,000万元 28,000万元 6.40亿元") == ["consistent"]
    no_alarm(table)


def test_the_rest_together_is_the_last_item_not_a_subtotal():
    """其余各站合计 d after 甲站 a、乙站 b is the last part (其余), so a + b + d must fit the whole."""
    table = checks_in("假期全市铁路发送旅客120.0万人次。其中，甲站发送旅客70.0万人次；乙站发送旅客40.0万人次，其余各站合计发送"
                      "30.0万人次。")
    assert verdicts_of(table, "120.0万人次 30.0万人次 40.0万人次 70.0万人次") == ["inconsistent"]


def test_a_fenbie_list_in_a_breakdown_takes_the_total_its_measure_names():
    """分年度看 … 分别投入 a、b、c: the total is the figure named 投入 above (累计投入), not the nearest figure (a part
    of another list)."""
    text = ("三年来，全县累计投入水利建设资金8.40亿元。其中，上级补助资金3.10亿元；县级财政资金4.20亿元；社会资本1.10亿元。"
            "分年度看，2022年、2023年和2024年分别投入2.50亿元、2.80亿元和{}亿元。")
    assert set(verdicts_of(checks_in(text.format("3.10")), "2.50亿元 2.80亿元 3.10亿元 8.40亿元")) == {"consistent"}
    assert verdicts_of(checks_in(text.format("3.60")), "2.50亿元 2.80亿元 3.60亿元 8.40亿元") == ["inconsistent"]


# -- an opener naming its whole ------------------------------------------------------------------------------------

def test_an_opener_naming_the_other_item_as_a_whole():
    """其他收入中，甲 a，乙 b: the 其他 item of the list before is the whole of this sentence's parts."""
    text = ("全县财政收入12.6亿元，其中税收收入8.1亿元，非税收入3.2亿元，其他收入1.3亿元。其他收入中，捐赠收入0.6亿元，"
            "利息收入{}亿元。")
    assert verdicts_of(checks_in(text.format("0.5")), "0.5亿元 0.6亿元 1.3亿元") == ["consistent"]
    assert verdicts_of(checks_in(text.format("0.9")), "0.6亿元 0.9亿元 1.3亿元") == ["inconsistent"]


# -- 分别 lists ----------------------------------------------------------------------------------------------------------

def test_a_count_of_the_items_after_a_fenbie_list_is_no_item():
    """… 分别 a、b 和 c，三个园区共 T: 三个 counts the items; a + b + c is T, not a + b + c + 3."""
    table = checks_in("甲园区、乙园区和丙园区分别引进项目42个、35个和23个，三个园区共引进项目100个。")
    assert verdicts_of(table, "100个 23个 35个 42个") == ["consistent"]
    assert verdicts_of(table, "100个 23个 35个 42个 三个") == []


def test_a_fenbie_list_after_a_semicolon_takes_its_own_total_after_it():
    """甲 … 共 T；丁、戊分别 d 和 e，两县合计 S: d + e is S, not T."""
    table = checks_in("甲区、乙区分别新建公园12个和9个，两区共新建21个；丁县、戊县分别新建4个和3个，两县合计7个。")
    assert verdicts_of(table, "3个 4个 7个") == ["consistent"]
    assert verdicts_of(table, "21个 3个 4个") == []


# -- differences ------------------------------------------------------------------------------------------------------

def test_a_difference_from_another_subject_named_after_bi():
    """高级工月工资 7,350元，比上年增长 5.2%，比中级工高 1,920元: the first figure is the one the sentence is about, the
    second the figure named 中级工 before it."""
    text = "全市中级工月平均工资5,430元，比上年增长3.1%；高级工月平均工资7,350元，比上年增长5.2%，比中级工高{}元。"
    assert verdicts_of(checks_in(text.format("1,920")), "1,920元 5,430元 7,350元") == ["consistent"]
    assert verdicts_of(checks_in(text.format("2,920")), "2,920元 5,430元 7,350元") == ["inconsistent"]


def test_a_difference_from_another_period_is_not_of_two_subjects():
    """比上年多 is a change (read elsewhere), never a difference from a figure named 上年."""
    table = checks_in("全年上年接待游客120万人次。全年接待游客150万人次，比上年多30万人次。")
    assert kind(table, "auto-difference-").empty


def test_a_gap_in_points_between_two_named_rates():
    """甲类 … 乙类 … 甲类比乙类高 N个百分点: the two rates named, recomputed."""
    text = "全市甲类医院床位使用率91.6%，乙类医院床位使用率78.3%，甲类医院比乙类医院高{}个百分点。"
    assert verdicts_of(checks_in(text.format("13.3")), "13.3个百分点 78.3% 91.6%") == ["consistent"]
    assert verdicts_of(checks_in(text.format("15.3")), "15.3个百分点 78.3% 91.6%") == ["inconsistent"]


def test_a_gap_in_points_named_in_part_is_not_accused():
    """职工 and 居民 named only in part (two pairs of characters of longer names): shown, never accused."""
    table = checks_in("职工医保住院费用报销比例为82.5%，居民医保住院报销比例为69.7%，职工医保报销比居民医保报销高15.8个百分点。")
    no_alarm(table)


# -- changes with their base stated --------------------------------------------------------------------------------------

def test_a_base_in_brackets_after_the_period_gives_the_change_to_recompute():
    """比上年（A）减少 D: D recomputed as A − B, and no earlier figure derived from the base A."""
    text = "全年森林火灾受害面积126公顷，比上年（198公顷）减少{}公顷。"
    assert verdicts_of(checks_in(text.format("72")), "126公顷 198公顷 72公顷") == ["consistent"]
    assert verdicts_of(checks_in(text.format("62")), "126公顷 198公顷 62公顷") == ["inconsistent"]


def test_a_bare_verb_after_a_stated_base_is_the_change():
    """上年为 A，下降 D (元, not %): D recomputed as A − B."""
    text = "全年城市供水平均价格3.26元，上年为3.41元，下降{}元。"
    assert verdicts_of(checks_in(text.format("0.15")), "0.15元 3.26元 3.41元") == ["consistent"]
    assert verdicts_of(checks_in(text.format("0.25")), "0.25元 3.26元 3.41元") == ["inconsistent"]


def test_a_bare_verb_without_a_stated_base_reads_nothing():
    """甲 a，下降 d: which figure fell is not said; no change is read from the verb alone."""
    table = checks_in("全年城市供水平均价格3.26元，下降0.15元。")
    assert verdicts_of(table, "0.15元 3.26元") == []


def test_a_gap_from_a_reference_stated_in_brackets():
    """比常年（A）偏高 D, 比全省平均水平（A%）高 D个百分点: D recomputed as the figure compared less the reference."""
    text = "全县年平均气温16.4℃，比常年（15.6℃）偏高{}℃。"
    assert verdicts_of(checks_in(text.format("0.8")), "0.8℃ 15.6℃ 16.4℃") == ["consistent"]
    assert verdicts_of(checks_in(text.format("1.8")), "1.8℃ 15.6℃ 16.4℃") == ["inconsistent"]
    text = "全县义务教育巩固率达到97.2%，比全省平均水平（95.8%）高{}个百分点。"
    assert verdicts_of(checks_in(text.format("1.4")), "1.4个百分点 95.8% 97.2%") == ["consistent"]
    assert verdicts_of(checks_in(text.format("2.4")), "2.4个百分点 95.8% 97.2%") == ["inconsistent"]


def test_a_gap_of_growth_rates_needs_its_words():
    """增速比全市平均水平（A%）高 D: two growth rates, compared; a growth rate compared without 增速 is not read."""
    table = checks_in("全年农业投资比上年增长9.6%，增速比全市平均水平（7.1%）高2.5个百分点。")
    assert verdicts_of(table, "2.5个百分点 7.1% 9.6%") == ["consistent"]
    table = checks_in("全年农业投资比上年增长9.6%，比全市平均水平（7.1%）高3.5个百分点。")
    no_alarm(table)


def test_figures_in_brackets_after_a_part_break_that_part_down():
    """其中新增债券 a（一般债券 a1、专项债券 a2），再融资债券 b: a1 and a2 are parts of a, not items of the 其中 list
    (all four were added up against the total: an alarm)."""
    table = checks_in("全年发行政府债券186.40亿元，其中新增债券112.60亿元（一般债券18.10亿元、专项债券94.50亿元），"
                      "再融资债券73.80亿元。")
    no_alarm(table)
    assert verdicts_of(table, "112.60亿元 186.40亿元 73.80亿元") == ["consistent"]


def test_a_rate_of_its_own_closes_a_list_at_the_next_semicolon():
    """常住人口 T，其中城镇常住人口 a，城镇化率 r%；中心城区人口 b: b is another dimension, no item of the 其中 list
    (a + b against T: an alarm on round 35)."""
    table = checks_in("2024年末，全市常住人口412.6万人，其中城镇常住人口289.3万人，常住人口城镇化率为70.12%；中心城区人口186.4万人，"
                      "城市建成区面积318.6平方公里。")
    no_alarm(table)
    assert "consistent" in verdicts_of(table, "289.3万人 412.6万人")


def test_a_parts_own_rate_does_not_close_the_list():
    """蓄水总量 T，其中，大型水库 a，蓄水率 r%；中型水库 b: r is a's own rate; b is still an item (a + b = T)."""
    table = checks_in("年末全市大中型水库蓄水总量13.52亿立方米。其中，大型水库蓄水10.36亿立方米，蓄水率77.3%；中型水库3.16亿立方米，"
                      "蓄水率59.5%。")
    no_alarm(table)
    assert "consistent" in verdicts_of(table, "10.36亿立方米 13.52亿立方米 3.16亿立方米")
