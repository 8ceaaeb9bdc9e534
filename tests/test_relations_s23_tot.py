"""Session 23's readings of sums and parts (totals.py), pinned on sentences of our own (not the rounds' texts)."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a 其中 list ends at its 其他 item ------------------------------------------------------------------------------

PILOTS = "全年新建智慧社区试点92个，其中养老服务31个、托育服务17个、其他类型{rest}，5个试点获评省级示范。"


@pytest.mark.parametrize("rest, verdict", [("44个", "consistent"), ("54个", "inconsistent")])
def test_a_figure_named_by_the_noun_after_it_is_no_item_after_the_other_item(rest, verdict):
    """其他类型 c takes in all the rest: ``，5个试点获评`` after it is no further item, and the list sums to its whole."""
    table = checks_in(PILOTS.format(rest=rest))
    assert by_figures(table, "92个", "31个", "17个", rest).verdict.tolist() == [verdict]


def test_a_named_item_after_an_item_called_other_stays_in_the_list():
    """其他技术人员 is a category of its own: the items after it are items still (no sum of the first three)."""
    table = checks_in("年末全县卫生人员6,512人，其中卫生技术人员5,108人，其他技术人员326人，管理人员402人，工勤技能人员676人。")
    no_alarm(table)
    assert by_figures(table, "6,512人", "5,108人", "326人").empty


# -- a whole named by the noun after its count ---------------------------------------------------------------

BOARDS = ("截至4月30日，全市86家规模以上物流企业已全部完成年度统计。\n"
          "实现营业收入412.5亿元，同比增长6.1%。\n"
          "按企业注册类型划分，国有控股物流企业12家，民营物流企业{private}，外资及其他物流企业9家。\n")


@pytest.mark.parametrize("private, verdict", [("65家", "consistent"), ("55家", "inconsistent")])
def test_a_breakdown_of_a_count_named_by_the_noun_after_it(private, verdict):
    """全市86家 规模以上物流企业已…: the count is named by the words after it, which the breakdown's items repeat; a list
    closed by 其他 sums to it, paragraphs away."""
    table = checks_in(BOARDS.format(private=private))
    assert by_figures(table, "86家", "12家", private, "9家").verdict.tolist() == [verdict]


def test_a_count_followed_by_a_verb_is_not_named_by_it():
    """86家 完成年度统计 names no kind of firm: the breakdown of 物流企业 finds no whole far off by it."""
    table = checks_in("截至4月30日，全市共86家完成年度统计。\n实现营业收入412.5亿元。\n"
                      "按企业注册类型划分，国有控股物流企业12家，民营物流企业61家，外资及其他物流企业9家。\n")
    no_alarm(table)
    assert by_figures(table, "86家", "12家", "61家", "9家").empty


# -- a whole with a short name in brackets, broken down by periods ----------------------------------------------

PROFIT = ("全年规模以上工业企业实现利润总额（以下简称“利润”）286.4亿元，同比增长5.2%。\n"
          "全年规模以上工业企业实现营业收入3,412.8亿元，增长4.6%。\n"
          "亏损企业亏损额18.3亿元，下降6.1%。\n"
          "研发经费投入96.2亿元，增长9.4%。\n"
          "企业应收账款412.3亿元，增长3.1%。\n"
          "产成品存货205.6亿元，增长2.2%。\n"
          "分季度看，前三季度实现利润{first}，第四季度实现利润72.1亿元。\n")


@pytest.mark.parametrize("first, verdict", [("214.3亿元", "consistent"), ("244.3亿元", "inconsistent")])
def test_three_quarters_and_the_fourth_make_up_a_year_named_by_its_short_name(first, verdict):
    """利润总额（以下简称“利润”）: the bracket is a short name, not the measure the whole's name ends with; 前三季度 and
    第四季度 make up the year."""
    table = checks_in(PROFIT.format(first=first))
    assert by_figures(table, "286.4亿元", first, "72.1亿元").verdict.tolist() == [verdict]


def test_the_fourth_quarter_of_another_year_is_no_part_of_this_one():
    """前三季度 and 四季度 of the quarter's own total are no split of a year's whole named otherwise."""
    table = checks_in("全年全市一般公共预算收入120.5亿元。\n前三季度税收收入64.2亿元，四季度税收收入31.8亿元。\n")
    no_alarm(table)


def test_the_halves_of_a_measure_the_year_figure_does_not_name_are_not_its_parts():
    """上半年税收收入 a，下半年税收收入 b after 全年一般公共预算收入 T: the halves are of 税收收入, not of T."""
    table = checks_in("全年全市一般公共预算收入120.5亿元。\n上半年税收收入64.2亿元，下半年税收收入31.8亿元。\n")
    no_alarm(table)


# -- a total of named items after 其中, broken down by 分别 --------------------------------------------------------

EXPORTS = ("全年全市出口机电产品1,250.6亿元，增长8.2%。其中，工业机器人、数控机床和光伏组件三类产品合计出口312.40亿元，"
           "增长21.5%，分别出口{first}、98.60亿元和88.70亿元。")


@pytest.mark.parametrize("first, verdict", [("125.10亿元", "consistent"), ("145.10亿元", "inconsistent")])
def test_a_total_of_named_items_after_qizhong_is_broken_down_by_the_each_list(first, verdict):
    """其中，甲、乙和丙三类产品合计出口 T，…，分别出口 a、b 和 c: the 分别 list breaks T down, though 其中 opens the sentence."""
    table = checks_in(EXPORTS.format(first=first))
    assert by_figures(table, "312.40亿元", first, "98.60亿元", "88.70亿元").verdict.tolist() == [verdict]


def test_the_each_list_of_a_subtotal_is_no_part_of_the_whole_before_qizhong():
    """The 分别 figures break the subtotal down: they are not further items of the 其中 list of the whole before it."""
    table = checks_in("全年全市出口机电产品400.0亿元。其中，工业机器人、数控机床和光伏组件三类产品合计出口312.40亿元，"
                      "增长21.5%，分别出口125.10亿元、98.60亿元和88.70亿元。")
    no_alarm(table)
    assert by_figures(table, "400.0亿元", "312.40亿元", "125.10亿元", "98.60亿元", "88.70亿元").empty


# -- a figure per head broken down after 其中 ----------------------------------------------------------------------

@pytest.mark.parametrize("paid, verdict", [("380元", "consistent"), ("480元", "inconsistent")])
def test_a_figure_per_head_is_made_of_the_amounts_after_qizhong(paid, verdict):
    """人均筹资标准 T元，其中财政补助 a元，个人缴费 b元: the amounts after 其中 are per head too, parts of T."""
    table = checks_in(f"今年城乡居民医保人均筹资标准为1,050元，其中各级财政补助640元，个人缴费{paid}。")
    assert by_figures(table, "1,050元", "640元", paid).verdict.tolist() == [verdict]


def test_a_qizhong_after_the_second_figure_per_head_is_of_it():
    """农村居民人均消费支出 T2，其中食品烟酒支出 b: b is part of T2, not of the urban 食品烟酒支出 a before it."""
    table = checks_in("城镇居民人均消费支出31,200元，其中食品烟酒支出7,800元；"
                      "农村居民人均消费支出16,500元，其中食品烟酒支出8,100元。")
    no_alarm(table)
    assert by_figures(table, "16,500元", "8,100元").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("text", [
    "全体居民人均可支配收入38,100元，其中城镇居民49,200元，农村居民23,600元。",
    "全体居民人均可支配收入38,100元，其中农村居民23,600元，脱贫家庭16,900元。",
    "有外出务工人员的家庭6.20万户，户均务工收入6.85万元，其中务工收入超过10万元的家庭0.93万户。",
])
def test_groups_after_qizhong_are_no_parts_of_a_figure_per_head(text):
    """Averages of groups of people (城镇居民, 农村居民, 家庭) are their own, which may exceed the whole: no parts."""
    no_alarm(checks_in(text))


# -- a total naming its items, the measure written once after the last ---------------------------------------------

GRAIN = "全年粮食产量86.40万吨。其中，稻谷41.20万吨，小麦18.60万吨，玉米22.30万吨，其他谷物4.30万吨。小麦、玉米产量合计{sum}。"


@pytest.mark.parametrize("sum_, verdict", [("40.90万吨", "consistent"), ("44.90万吨", "inconsistent")])
def test_a_total_naming_items_of_a_qizhong_list_with_the_measure_written_once(sum_, verdict):
    """小麦、玉米产量合计 T: 玉米产量 names 玉米 a (the measure written once after the last name), and the items may be
    parts after 其中 when both are of that one list."""
    table = checks_in(GRAIN.format(sum=sum_))
    assert by_figures(table, "18.60万吨", "22.30万吨", sum_).verdict.tolist() == [verdict]


def test_items_of_two_qizhong_lists_are_not_totalled_by_name():
    """小麦 of one 其中 list and 玉米 of another (two years' harvests) are not the items of 小麦、玉米产量合计."""
    table = checks_in("上年粮食产量80.10万吨，其中小麦17.20万吨。今年粮食产量86.40万吨，其中玉米22.30万吨。"
                      "小麦、玉米产量合计44.90万吨。")
    no_alarm(table)


# -- capacities told per day -------------------------------------------------------------------------------------

@pytest.mark.parametrize("rural, verdict", [("12.5万吨/日", "consistent"), ("22.5万吨/日", "inconsistent")])
def test_capacities_per_day_are_a_whole_and_its_parts(rural, verdict):
    """设计处理能力 T万吨/日，其中 a万吨/日、b万吨/日: amounts per day add up as amounts do (乡镇 closes nothing, so the
    parts are within the whole)."""
    table = checks_in(f"年末全县污水处理厂设计处理能力合计36.0万吨/日，其中城区污水处理厂22.0万吨/日、乡镇污水处理厂{rural}。")
    assert by_figures(table, "36.0万吨", "22.0万吨", rural.replace("/日", "")).verdict.tolist() == [verdict]


def test_a_capacity_per_day_and_an_amount_of_the_year_are_never_judged_together():
    """供水总量 (a year's amount) and 供水能力 (per day) share a unit: a part of one is never judged against the other."""
    table = checks_in("全年供水总量3.2亿立方米，年末供水能力96.5万立方米/日，其中生活用水4.1亿立方米。")
    no_alarm(table)
    table = checks_in("年末供水能力96.5万立方米/日，平均每座水厂12.1万立方米/日，其中公共供水厂88.0万立方米/日。")
    no_alarm(table)


def test_quarters_of_a_measure_the_year_figure_above_does_not_name_are_not_judged():
    """分季度看，前三季度税收收入 a，第四季度税收收入 b after 一般公共预算收入 T: the quarters are of 税收收入 (self-review)."""
    table = checks_in("全年地区生产总值3,286.4亿元，增长5.6%。\n全年一般公共预算收入248.6亿元。\n"
                      "分季度看，前三季度税收收入142.3亿元，第四季度税收收入51.2亿元。")
    no_alarm(table)


# -- a 其中 list giving each item several measures in turn -----------------------------------------------------------

COURTS = ("全年全市法院共受理案件12,400件，同比上升3.1%；审结11,600件，结案率93.5%。审结案件标的额38.6亿元。"
          "其中，市中院受理案件1,900件，审结{middle}；6个基层法院受理案件10,500件，审结9,820件。")


@pytest.mark.parametrize("middle, verdict", [("1,780件", "consistent"), ("2,780件", "inconsistent")])
def test_a_qizhong_list_of_items_with_two_measures_is_read_measure_by_measure(middle, verdict):
    """其中，甲受理 a1，审结 b1；6个乙受理 a2，审结 b2: a1 + a2 within 受理 T1, b1 + b2 within 审结 T2 (past a sentence of
    another unit); 6个 names the second item."""
    table = checks_in(COURTS.format(middle=middle))
    assert by_figures(table, "12,400件", "1,900件", "10,500件").verdict.tolist() == ["consistent"]
    assert by_figures(table, "11,600件", middle, "9,820件").verdict.tolist() == [verdict]


def test_income_and_spending_of_each_level_are_parts_of_their_own_totals():
    """市本级收入 a，支出 b；区县收入 c，支出 d: a + c of 收入, b + d of 支出 — never a, b, c, d of 收入 alone."""
    table = checks_in("全市一般公共预算收入120亿元，一般公共预算支出260亿元。"
                      "其中，市本级收入70亿元，支出110亿元；区县收入50亿元，支出150亿元。")
    no_alarm(table)
    assert by_figures(table, "260亿元", "110亿元", "150亿元").verdict.tolist() == ["consistent"]


def test_a_rate_per_people_after_the_list_is_no_item():
    """；每10万人拥有博物馆 r个: 10万人 opens a rate, it names no item, and r is no part."""
    table = checks_in("年末全市共有图书馆24个，其中公共图书馆15个，高校图书馆9个；每10万人拥有图书馆0.77个。")
    no_alarm(table)


def test_men_and_women_with_two_measures_each():
    """其中，男性新增就业 a1，再就业 b1；女性新增就业 a2，再就业 b2: a1 + a2 = 新增就业 T1 (men and women), b1 + b2 within
    再就业 T2 — never the four within T1 (an alarm on this true text before)."""
    table = checks_in("全年新增城镇就业4.6万人，失业人员再就业1.2万人。其中，男性新增就业3.5万人，再就业0.8万人；"
                      "女性新增就业1.1万人，再就业0.4万人。")
    no_alarm(table)
    assert by_figures(table, "4.6万人", "3.5万人", "1.1万人").verdict.tolist() == ["consistent"]
