"""Changes, multiples, differences and percentage points (``claims/relations/changes.py``): readings added after
rounds 2–37, each on a sentence written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


def figures(*texts: str) -> str:
    """The figures of a check as the table writes them: their texts sorted and joined by spaces."""
    return " ".join(sorted(texts))


# -- multiples --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("times, verdict", [("2.0倍", "consistent"), ("2.5倍", "inconsistent")])
def test_a_multiple_of_an_earlier_year_in_brackets_past_the_base_and_the_rate(times, verdict):
    """是2019年（1.6亿件）的 N倍: of the year's 3.2亿件, past 上年为 2.9亿件 and the growth between."""
    table = checks_in(f"全市快递业务量3.2亿件，上年为2.9亿件，增长10.3%，是2019年（1.6亿件）的{times}。")
    assert verdicts_of(table, figures("1.6亿件", "3.2亿件", f"{times}")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("2.0倍", "consistent"), ("2.5倍", "inconsistent")])
def test_a_multiple_of_an_earlier_year_past_a_target_in_brackets(times, verdict):
    """完成年度目标（40亿元）的 r%, then 是2020年（24亿元）的 N倍: the target in brackets is not what is compared."""
    table = checks_in(f"全县网络零售额48亿元，完成年度目标（40亿元）的120.0%，是2020年（24亿元）的{times}。")
    assert verdicts_of(table, figures("24亿元", "48亿元", f"{times}")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("4.2倍", "consistent"), ("5.2倍", "inconsistent")])
def test_a_multiple_of_an_earlier_year_named_in_its_own_sentence(times, verdict):
    """充电桩保有量是2021年末（3.0万台）的 N倍, the year's 充电桩保有量 stated in the sentence before."""
    table = checks_in(f"年末全市充电桩保有量12.6万台，比上年末增加2.1万台。充电桩保有量是2021年末（3.0万台）的{times}。")
    assert verdicts_of(table, figures("12.6万台", "3.0万台", f"{times}")) == [verdict]


def test_a_multiple_of_an_earlier_year_named_far_away_is_shown_not_judged():
    """The figure so named four sentences before the multiple: a doubtful reading, never an accusation."""
    table = checks_in("年末全市充电桩保有量12.6万台。公共充电桩3.1万台。私人充电桩9.5万台。换电站42座。"
                      "充电站186座。充电桩保有量是2021年末（3.0万台）的5.2倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("12.6万台", "3.0万台")) == ["derived"]


@pytest.mark.parametrize("times, verdict", [("2.0倍", "consistent"), ("2.6倍", "inconsistent")])
def test_a_multiple_of_last_year_stated_with_its_base_and_change(times, verdict):
    """上年为 A，增加 D，是上年的 N倍: N is B over A, not a multiple of the change or of A."""
    table = checks_in(f"全年回收废旧家电48.6万台，上年为24.2万台，增加24.4万台，是上年的{times}。")
    assert verdicts_of(table, figures("24.2万台", "48.6万台", f"{times}")) == [verdict]
    assert kind(table, "auto-multiple-base-").empty


@pytest.mark.parametrize("times, verdict", [("2.1倍", "consistent"), ("2.6倍", "inconsistent")])
def test_a_multiple_of_two_figures_named_with_a_measure_word(times, verdict):
    """出口额是进口额的 N倍 with 出口 a and 进口 b: each name begins with the figure's own."""
    table = checks_in(f"全区进出口总额127.6亿元，其中出口86.4亿元，进口41.2亿元，出口额是进口额的{times}。")
    assert verdicts_of(table, figures("41.2亿元", "86.4亿元", f"{times}")) == [verdict]


def test_a_multiple_named_from_its_start_is_not_of_the_total_it_ends_with():
    """国有博物馆参观人次 is 国有博物馆's 700万人次, not the total 博物馆参观人次 nor 非国有博物馆's."""
    table = checks_in("全省博物馆参观人次900万人次，其中国有博物馆700万人次，非国有博物馆200万人次，"
                      "国有博物馆参观人次是非国有博物馆的3.5倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("200万人次", "3.5倍", "700万人次")) == ["consistent"]


@pytest.mark.parametrize("times, verdict", [("1.5倍", "consistent"), ("1.9倍", "inconsistent")])
def test_a_multiple_after_a_share_of_the_same_figure(times, verdict):
    """B，占投入总额的 s%，是中央补助资金的 N倍: the share between is skipped, B is the figure compared."""
    table = checks_in(f"全县投入整治资金6.0亿元。其中，中央补助资金1.6亿元；县级财政资金2.4亿元，占投入总额的40.0%，"
                      f"是中央补助资金的{times}。")
    assert verdicts_of(table, figures("1.6亿元", "2.4亿元", f"{times}")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("1.5倍", "consistent"), ("1.9倍", "inconsistent")])
def test_a_multiple_of_a_figure_named_by_its_short_name_sections_before(times, verdict):
    """是归母净利润的 N倍: the one figure the report names so (以下简称“归母净利润”), in another paragraph."""
    table = checks_in("全年公司实现归属于上市公司股东的净利润（以下简称“归母净利润”）8.40亿元，同比增长6.1%。\n"
                      "二、现金流\n"
                      f"报告期内，公司经营活动产生的现金流量净额12.60亿元，是归母净利润的{times}。")
    assert verdicts_of(table, figures("12.60亿元", "8.40亿元", f"{times}")) == [verdict]


# -- gaps of two growth rates, one named ------------------------------------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("2.4个百分点", "consistent"), ("3.4个百分点", "inconsistent")])
def test_a_gap_from_a_rate_of_an_average_in_the_same_sentence(gap, verdict):
    """增速快于城镇居民 d: 城镇居民人均可支配收入 is an average, and it stands in the rate's own sentence."""
    table = checks_in("按常住地分，城镇居民人均可支配收入45,100元，增长4.2%；农村居民人均可支配收入21,300元，增长6.6%，"
                      f"增速快于城镇居民{gap}。")
    assert verdicts_of(table, figures("4.2%", "6.6%", gap)) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("1.9个百分点", "consistent"), ("2.9个百分点", "inconsistent")])
def test_a_gap_that_names_its_own_subject_after_both_rates(gap, verdict):
    """农村居民收入增速比城镇居民高 d, opening its sentence: the rural rate is the one after the figure whose words hold
    农村居民…收入, the urban one after the figure named 城镇居民."""
    table = checks_in("全县农村居民人均可支配收入22,400元，增长7.0%；城镇居民人均可支配收入46,800元，增长5.1%。"
                      f"农村居民收入增速比城镇居民高{gap}。")
    assert verdicts_of(table, figures("5.1%", "7.0%", gap)) == [verdict]


# -- 前者比后者 ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("7.4个百分点", "consistent"), ("8.4个百分点", "inconsistent")])
def test_the_former_against_the_latter_in_points(gap, verdict):
    """A 毛利率 a，B 毛利率 b，前者比后者高出 d: d = a − b."""
    table = checks_in(f"从盈利能力看，储能业务毛利率31.5%，光伏组件业务毛利率24.1%，前者比后者高出{gap}。")
    assert verdicts_of(table, figures("24.1%", "31.5%", gap)) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("0.35万元", "consistent"), ("0.45万元", "inconsistent")])
def test_the_latter_against_the_former_in_an_amount(gap, verdict):
    """后者比前者少 d: d = a − b as well, the latter being the smaller."""
    table = checks_in(f"全年家电平均每台补贴0.96万元，手机0.61万元，后者比前者少{gap}。")
    assert verdicts_of(table, figures("0.61万元", "0.96万元", gap)) == [verdict]


# -- percentage points ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("points, verdict", [("2.1个百分点", "consistent"), ("3.1个百分点", "inconsistent")])
def test_points_after_from_to_with_the_verb_tisheng(points, verdict):
    """由 a% 提高到 b%，提升 c个百分点: 提升 is a verb of change as 提高 is."""
    table = checks_in(f"全市生活垃圾分类覆盖率由上年的82.4%提高到84.5%，提升{points}。")
    assert verdicts_of(table, figures("82.4%", "84.5%", points)) == [verdict]


@pytest.mark.parametrize("points, verdict", [("0.7个百分点", "consistent"), ("1.7个百分点", "inconsistent")])
def test_points_on_a_base_in_brackets_before_them(points, verdict):
    """b%，较上年（a%）提高 c个百分点: c recomputed as b − a (before, a was read as this year's rate)."""
    table = checks_in(f"全省湿地保护率61.3%，较上年（60.6%）提高{points}。")
    assert verdicts_of(table, figures("60.6%", "61.3%", points)) == [verdict]


def test_points_on_a_base_in_brackets_after_them():
    """b%，比上年提高 c个百分点（上年为 a%）: the base stated right after the change, for the period it is on, is its
    base — judged since session 24 (before: figures that did not fit were shown, not judged)."""
    table = checks_in("年末全县林木绿化率为48.20%，比上年提高0.35个百分点（上年为47.85%）。")
    assert verdicts_of(table, figures("47.85%", "48.20%", "0.35个百分点")) == ["consistent"]
    table = checks_in("年末全县林木绿化率为48.20%，比上年提高0.45个百分点（上年为47.85%）。")
    assert verdicts_of(table, figures("47.85%", "48.20%", "0.45个百分点")) == ["inconsistent"]


@pytest.mark.parametrize("points, verdict", [("0.15个百分点", "consistent"), ("0.25个百分点", "inconsistent")])
def test_points_narrowing_from_a_base_stated_with_its_year(points, verdict):
    """b%，较上年的 a% 收窄 c个百分点: 收窄 lowers the rate, c = a − b."""
    table = checks_in(f"全年净息差为1.72%，较上年的1.87%收窄{points}。")
    assert verdicts_of(table, figures("1.72%", "1.87%", points)) == [verdict]


def test_a_bare_higher_after_a_percent_says_nothing_without_a_base():
    """b%，高 c个百分点 with no base named: nothing is derived."""
    table = checks_in("全市高中阶段毛入学率96.5%，高0.8个百分点。")
    assert verdicts_of(table, figures("0.8个百分点", "96.5%")) == []


# -- growth with its base ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("6.4%", "consistent"), ("8.4%", "inconsistent")])
def test_growth_on_a_base_stated_after_a_share(rate, verdict):
    """B，占 W 的 s%，上年同期为 A，同比增长 r%: the share between does not cut B from its base."""
    table = checks_in(f"假期全市公路发送旅客212.8万人次，占营业性客运量的48.2%，上年同期为200.0万人次，同比增长{rate}。")
    assert verdicts_of(table, figures("200.0万人次", "212.8万人次", rate)) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("12.5%", "consistent"), ("18.5%", "inconsistent")])
def test_a_fall_stated_as_jiangfu_after_the_base_and_the_change(rate, verdict):
    """B，上年为 A，下降 D，降幅 r%: 降幅 is a fall, r recomputed from A and B."""
    table = checks_in(f"全市公共充电桩平均服务费为每千瓦时0.49元，上年为0.56元，下降0.07元，降幅{rate}。")
    assert verdicts_of(table, figures("0.49元", "0.56元", rate)) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("25.0%", "consistent"), ("35.0%", "inconsistent")])
def test_growth_on_the_last_years_figure_of_a_subject_named_before(rate, verdict):
    """X上年同期为 A，同比增长 r%, opening its sentence: the growth of the figure named X in the sentence before."""
    table = checks_in("全年冷链物流业务收入5.00亿元，国际业务收入3.10亿元。"
                      f"冷链物流业务收入上年同期为4.00亿元，同比增长{rate}。")
    assert verdicts_of(table, figures("4.00亿元", "5.00亿元", rate)) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("20.0%", "consistent"), ("30.0%", "inconsistent")])
def test_a_relative_gap_from_a_reference_in_brackets(rate, verdict):
    """年平均降水量 B，比常年（A）偏多 r%: r recomputed as B over A (an average level is compared as any)."""
    table = checks_in(f"全市年平均降水量1,440.0毫米，比常年（1,200.0毫米）偏多{rate}。")
    assert verdicts_of(table, figures("1,200.0毫米", "1,440.0毫米", rate)) == [verdict]


# -- this year + change + rate ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("5.0%", "consistent"), ("7.0%", "inconsistent")])
def test_a_change_and_rate_naming_the_figure_of_the_sentence_before(rate, verdict):
    """B。X比上年增加 D，增长 r%: X names B, stated the sentence before; r recomputed as D over B − D."""
    table = checks_in(f"其中，注册护士4,200人。注册护士比上年增加200人，增长{rate}。")
    assert verdicts_of(table, figures("200人", "4,200人", rate)) == [verdict]
