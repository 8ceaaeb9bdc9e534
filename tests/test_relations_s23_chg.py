"""Session 23's readings of changes, multiples and differences (changes.py), pinned on sentences of our own."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm


# -- a bare change of a duration after its base, and a change after a unit per day ------------------------------------

@pytest.mark.parametrize("change, verdict", [("3.5天", "consistent"), ("4.5天", "inconsistent")])
def test_a_bare_shortening_after_the_base_of_last_year(change, verdict):
    """企业开办平均用时 2.0天，上年为 5.5天，缩短了 d天: 缩短 (延长, 压缩) is a verb of change like 下降."""
    table = checks_in(f"全区企业开办平均用时2.0天，上年为5.5天，缩短了{change}。")
    assert by_figures(table, "2.0天", "5.5天", change).verdict.tolist() == [verdict]


@pytest.mark.parametrize("change, verdict", [("1.6天", "consistent"), ("2.6天", "inconsistent")])
def test_a_shortening_from_last_year_to_this_year(change, verdict):
    """由上年的 a 缩短至 b，缩短 d: d recomputed as a − b."""
    table = checks_in(f"工程建设项目审批时间由上年的12.4天缩短至10.8天，缩短{change}。")
    assert by_figures(table, "10.8天", "12.4天", change).verdict.tolist() == [verdict]


@pytest.mark.parametrize("change, verdict", [("3.0万吨", "consistent"), ("4.0万吨", "inconsistent")])
def test_a_change_after_a_unit_per_day(change, verdict):
    """B/日，上年为 A/日，增加 D/日: the unit's end (/日) before the comma is no word of the change."""
    table = checks_in(f"全市污水日处理能力45.5万吨/日，上年为42.5万吨/日，增加{change}/日。")
    assert by_figures(table, "42.5万吨", "45.5万吨", change).verdict.tolist() == [verdict]


def test_a_bare_verb_with_no_base_stated_says_nothing():
    """缩短了 d with no base stated before it (only the figure itself): nothing is recomputed."""
    table = checks_in("全市政务服务事项平均办理时限8.5天，缩短了2.5天。")
    no_alarm(table)
    assert by_figures(table, "8.5天", "2.5天").verdict.tolist() in ([], ["derived"])


# -- multiples of a period's figure in brackets ------------------------------------------------------------------------

@pytest.mark.parametrize("multiple, verdict", [("2.1倍", "consistent"), ("2.6倍", "inconsistent")])
def test_a_multiple_of_the_five_years_before_in_brackets(multiple, verdict):
    """B，是前五年（A）的 N倍: 五年 is a word of the period, not the figure compared."""
    table = checks_in(f"五年来全县累计引进项目资金312.6亿元，是前五年（148.5亿元）的{multiple}。")
    assert by_figures(table, "148.5亿元", "312.6亿元", multiple).verdict.tolist() == [verdict]


@pytest.mark.parametrize("multiple, verdict", [("1.8倍", "consistent"), ("2.3倍", "inconsistent")])
def test_a_multiple_named_after_a_semicolon(multiple, verdict):
    """X B，平均每处 c；X是2018年（A）的 N倍: past the average named otherwise, B is the figure X names."""
    table = checks_in(f"全市建成城市公园126处，公园绿地面积3,420公顷，平均每处27.1公顷；"
                      f"公园绿地面积是2018年（1,900公顷）的{multiple}。")
    assert by_figures(table, "1,900公顷", "3,420公顷", multiple).verdict.tolist() == [verdict]


def test_a_multiple_named_after_a_semicolon_names_its_figure():
    """The words before 是 name none of the figures before the semicolon: nothing is read over them."""
    table = checks_in("全市建成城市公园126处，公园绿地面积3,420公顷；道路绿地面积是2018年（1,900公顷）的2.3倍。")
    no_alarm(table)
    assert by_figures(table, "1,900公顷", "3,420公顷", "2.3倍").empty


# -- differences of two rates named by two characters -----------------------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("6.3个百分点", "consistent"), ("5.3个百分点", "inconsistent")])
def test_two_rates_named_by_two_characters(gap, verdict):
    """城镇居民医保参保率 a%，农村居民医保参保率 b%，城镇比农村高 d: each name begins one rate's words."""
    table = checks_in(f"城镇家庭宽带普及率92.4%，农村家庭宽带普及率86.1%，城镇比农村高{gap}。")
    assert by_figures(table, "86.1%", "92.4%", gap).verdict.tolist() == [verdict]


def test_a_two_character_name_held_by_both_rates_is_not_read():
    """城镇 begins one rate's words but the other's holds it too: which is meant is not told."""
    table = checks_in("城镇家庭宽带普及率92.4%，非城镇家庭（城镇周边）宽带普及率86.1%，城镇比农村高5.3个百分点。")
    no_alarm(table)


# -- gaps of growth rates named by the measure after a verb, or shortened -------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("2.9个百分点", "consistent"), ("3.9个百分点", "inconsistent")])
def test_a_gap_named_by_the_measure_after_a_verb(gap, verdict):
    """规上企业实现利润总额 A，增长 a%；…，增速比利润总额高 d: 利润总额 names the measure after 实现."""
    table = checks_in(f"全市规模以上工业企业实现利润总额412.6亿元，增长5.2%；其中高技术制造业利润96.3亿元，增长8.1%，"
                      f"增速比利润总额高{gap}。")
    assert by_figures(table, "5.2%", "8.1%", gap).verdict.tolist() == [verdict]


@pytest.mark.parametrize("gap, verdict", [("4.4个百分点", "consistent"), ("3.4个百分点", "inconsistent")])
def test_a_gap_named_by_a_shortened_name(gap, verdict):
    """农业农村基础设施建设投资 B，增长 b%。…增速比农业农村投资高 d: the name shortened in its middle."""
    table = checks_in(f"全年完成农业农村基础设施建设投资86.3亿元，比上年增长6.2%。\n"
                      f"高标准农田建设投资增长10.6%，增速比农业农村投资高{gap}。")
    assert by_figures(table, "10.6%", "6.2%", gap).verdict.tolist() == [verdict]


def test_a_shortened_name_ending_otherwise_is_not_read():
    """比农业农村投资高 with only 农业农村基础设施建设资金 before (another measure word): not read as its growth."""
    table = checks_in("全年筹集农业农村基础设施建设资金86.3亿元，比上年增长6.2%。\n"
                      "高标准农田建设投资增长10.6%，增速比农业农村投资高3.4个百分点。")
    no_alarm(table)
    assert by_figures(table, "10.6%", "6.2%", "3.4个百分点").verdict.tolist() in ([], ["consistent"])


# -- a multiple of two counts named by the words after them ---------------------------------------------------------------

@pytest.mark.parametrize("multiple, verdict", [("3.5倍", "consistent"), ("4.5倍", "inconsistent")])
def test_a_multiple_of_counts_named_by_the_words_after_them(multiple, verdict):
    """X中，a 个实现增收，b 个持平，增收村数量是持平村的 N倍: each count named by the words after it (b's words before
    it are a's), the whole before 中 left out."""
    table = checks_in(f"全县126个行政村中，98个实现集体经济增收，28个持平，增收村数量是持平村的{multiple}。")
    assert by_figures(table, "28个", "98个", multiple).verdict.tolist() == [verdict]


# -- guards found in the self-review -------------------------------------------------------------------------------------

@pytest.mark.parametrize("multiple, verdict", [("2.0倍", "consistent"), ("2.5倍", "inconsistent")])
def test_a_multiple_after_a_semicolon_is_never_of_the_average_named_alike(multiple, verdict):
    """X a，人均X c；X是2016年（A）的 N倍: 人均公园面积 ends with the name but is an average, not X."""
    table = checks_in(f"全市共有城市公园85处，公园面积2,960公顷，人均公园面积12.1平方米；公园面积是2016年（1,480公顷）的{multiple}。")
    assert by_figures(table, "1,480公顷", "2,960公顷", multiple).verdict.tolist() == [verdict]
    assert by_figures(table, "1,480公顷", "12.1平方米", multiple).empty


def test_a_gap_naming_both_subjects_is_read_once():
    """利润增速比营业收入高 d with both rates in its sentence: the averages' reading alone, no second check."""
    table = checks_in("全市规模以上工业企业实现营业收入8,650亿元，增长6.3%；实现利润总额512亿元，增长9.1%，"
                      "利润增速比营业收入高2.8个百分点。")
    assert by_figures(table, "2.8个百分点", "6.3%", "9.1%").verdict.tolist() == ["consistent"]


# -- a rate of a number of days ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("25.0%", "consistent"), ("35.0%", "inconsistent")])
def test_a_rate_of_a_number_of_days_from_its_base(rate, verdict):
    """由2021年的 A天 缩短至 B天，缩短 r%: a number of days right before its rate is its subject (a duration in
    years or months stays a word of the comparison)."""
    table = checks_in(f"不动产登记平均办理时间由2021年的8.4天缩短至6.3天，缩短{rate}。")
    assert by_figures(table, "6.3天", "8.4天", rate).verdict.tolist() == [verdict]


def test_a_rate_after_a_change_of_days_against_a_plan_is_not_read_over_the_change():
    """比计划工期缩短 D天，缩短 r%: D is a change (on a plan the words name), never the figure the rate changes."""
    table = checks_in("项目实际工期180天，比计划工期缩短20天，缩短10.0%。")
    no_alarm(table)
    assert by_figures(table, "20天", "10.0%").empty


# -- new items before the from-to of their whole; a multiple of the average per day ---------------------------------------

@pytest.mark.parametrize("new, verdict", [("14个", "consistent"), ("16个", "derived")])
def test_new_items_before_the_from_to_of_their_whole(new, verdict):
    """新建 X D，X总数由 A 增加到 B: D is B − A, doubtful (a gross count: closures make the net change smaller), so a
    miss is shown, never accused."""
    table = checks_in(f"全年新建社区养老服务站{new}，社区养老服务站总数由186个增加到200个。")
    assert table[table.figures.str.contains("186个") & table.figures.str.contains("200个")].verdict.tolist() == [verdict]


def test_new_items_of_another_measure_are_not_read():
    """新建学校 D，在校学生由 A 增加到 B: the whole names another measure."""
    table = checks_in("全年新建学校12所，在校学生由236万人增加到248万人。")
    no_alarm(table)


@pytest.mark.parametrize("multiple, verdict", [("1.9倍", "consistent"), ("2.4倍", "inconsistent")])
def test_a_multiple_of_the_average_per_day(multiple, verdict):
    """日均 A，单日 B，是日均水平的 N倍: N recomputed as B / A."""
    table = checks_in(f"春节假期全市日均接待游客42.6万人次，正月初三单日接待游客81.2万人次，是日均水平的{multiple}。")
    assert by_figures(table, "42.6万人次", "81.2万人次", multiple).verdict.tolist() == [verdict]


def test_a_multiple_of_one_of_two_averages_per_day_is_not_read_so():
    """Two averages per day before it (全年日均, 8月日均): which is meant the words must say; not read by this form."""
    table = checks_in("全年日均用电量1.2亿千瓦时，8月日均用电量1.6亿千瓦时，7月28日用电量2.1亿千瓦时，是日均水平的1.3倍。")
    no_alarm(table)


# -- a base opening its clause after a semicolon --------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("18.7%", "consistent"), ("23.7%", "inconsistent")])
def test_a_base_after_a_semicolon_naming_nothing(rate, verdict):
    """B，占 W 的 s%；上年同期为 A，同比增长 r%: the base names no subject, so it is of the figure before."""
    table = checks_in(f"全年办理跨省通办事项4,860件，占办件总量的12.5%；上年同期为4,095件，同比增长{rate}。")
    assert by_figures(table, "4,095件", "4,860件", rate).verdict.tolist() == [verdict]


def test_a_base_after_a_semicolon_with_two_figures_before_is_not_read():
    """受理 a，办结 b；上年同期为 A，增长 r%: of a or of b the words do not tell (here a's), so nothing is accused."""
    table = checks_in("全年受理投诉3,260件，办结3,100件；上年同期为2,710件，增长20.3%。")
    no_alarm(table)
