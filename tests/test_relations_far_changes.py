"""Gaps of growth rates, multiples and differences whose other figure is stated paragraphs before, found by its name
(``claims/relations/changes.py``): the name read by its end (各项贷款 of 金融机构各项贷款余额), a whole named by its place
or as the average (增速比全省平均水平高, 是全省平均水平的 N倍), a name found anywhere in the report, a multiple past the
change of its figure — and the guards: another period's figure so named, a sibling named alike, two wholes.

The texts are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def figures(*texts: str) -> str:
    """The figures of a check as :func:`verdicts_of` matches them: their texts sorted and joined."""
    return " ".join(sorted(texts))


#: a report's opening words, long enough that a period named after them is none of the report's own
LEAD = ("过去一年，面对复杂严峻的外部环境和多重困难挑战，全省税务系统认真落实各项决策部署，坚持依法依规组织收入，"
        "一手抓税费优惠政策落实，一手抓收入质量提升，为全省经济社会持续健康发展提供了有力的财力保障。" * 3 + "\n")


# -- a gap of growth rates, the other rate paragraphs before -----------------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("5.2", "consistent"), ("6.2", "inconsistent")])
def test_a_rate_gap_names_the_other_figure_by_the_end_of_its_name(gap, verdict):
    """高于各项贷款增速: the loans are stated as 全市金融机构各项贷款余额 B (余额 after the name, 金融机构 before it)."""
    table = checks_in("年末，全市金融机构各项贷款余额8,215.40亿元，同比增长8.1%。\n"
                      "从投向看，涉农贷款余额1,032.66亿元，同比增长13.3%，高于各项贷款增速" + gap + "个百分点。")
    assert verdicts_of(table, figures(f"13.3%", f"{gap}个百分点", f"8.1%")) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("1.6", "consistent"), ("2.6", "inconsistent")])
def test_a_rate_gap_names_a_measure_of_three_characters_paragraphs_before(gap, verdict):
    """比客运量增速高: 客运量 is 客运 without its measure word, but written it has three characters, enough to look
    beyond the paragraph."""
    table = checks_in("全年完成营业性客运量3.12亿人次，比上年增长4.2%。\n"
                      "全年完成旅客周转量286.45亿人公里，比上年增长5.8%，增速比客运量增速高" + gap + "个百分点。")
    assert verdicts_of(table, figures(f"{gap}个百分点", f"4.2%", f"5.8%")) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("0.9", "consistent"), ("1.9", "inconsistent")])
def test_a_rate_gap_with_the_provincial_average_is_of_the_whole_the_figure_is_part_of(gap, verdict):
    """增速比全省平均水平高: the province's 专利授权 is the whole of 企业专利授权 (its name ends with it)."""
    table = checks_in("全年全省专利授权15.32万件，比上年增长6.4%。\n"
                      "分主体看，高校专利授权1.86万件，比上年增长3.1%。\n"
                      "企业专利授权11.47万件，比上年增长7.3%，增速比全省平均水平高" + gap + "个百分点。")
    assert verdicts_of(table, figures(f"6.4%", f"7.3%", f"{gap}个百分点")) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("2.4", "consistent"), ("3.4", "inconsistent")])
def test_a_rate_gap_with_the_whole_company_names_the_measure_after_quanhang(gap, verdict):
    """增速比全行营业收入增速高: 全行 says who, the measure is 营业收入 (本行实现营业收入 sections before)."""
    table = checks_in("一、经营概况\n全年本行实现营业收入128.60亿元，同比增长3.5%。\n"
                      "二、业务条线\n公司金融业务实现营业收入71.24亿元，同比增长5.9%，增速比全行营业收入增速高"
                      + gap + "个百分点。")
    assert verdicts_of(table, figures(f"3.5%", f"5.9%", f"{gap}个百分点")) == [verdict]


def test_a_rate_gap_does_not_take_another_period_figure_named_alike():
    """前三季度税收收入 a, 增长 r% is not the whole of a year's 制造业税收收入: nothing judged against it."""
    table = checks_in(LEAD + "全年全省税务部门组织税收收入（已扣除出口退税，下同）3,210.50亿元，同比增长3.4%。\n"
                      "分季度看，前三季度全省税收收入2,401.20亿元，同比增长2.1%。\n"
                      "制造业税收收入1,120.36亿元，同比增长4.4%，增速高于全部税收收入1.0个百分点。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.0个百分点", "2.1%", "4.4%")) == []


def test_a_rate_gap_with_the_average_takes_no_sibling_as_the_whole():
    """增速比全省平均水平高 with only 城镇居民 and 农村居民 stated: neither is the whole of 山区县农村居民… by being
    larger — 农村居民人均可支配收入 is the longest name it ends with, but an average is compared as it is."""
    table = checks_in("全省城镇居民人均可支配收入48,210元，增长4.5%；农村居民人均可支配收入21,630元，增长6.6%。\n"
                      "山区县农村居民人均可支配收入17,420元，增长7.9%，增速比全省平均水平高1.3个百分点。")
    no_alarm(table)


def test_a_rate_gap_with_the_average_needs_a_whole_no_smaller_than_the_part():
    """A figure the part's name ends with but smaller than the part (民营企业研发投入 a for 规上工业民营企业研发投入) is no
    whole of it."""
    table = checks_in("全市民营企业研发投入28.40亿元，增长5.1%。\n"
                      "其中，规上工业民营企业研发投入31.20亿元，增长7.0%，增速比全市平均水平高1.3个百分点。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.3个百分点", "5.1%", "7.0%")) == []


# -- a multiple, the other figure far ----------------------------------------------------------------------------------

@pytest.mark.parametrize("times, verdict", [("2.6", "consistent"), ("3.6", "inconsistent")])
def test_a_multiple_of_a_named_figure_passes_the_change_of_its_own(times, verdict):
    """现金流量净额 B，较上年增加 D，增长 r%，是归母净利润的 N倍: N is B over 归母净利润 (sections before), not D's."""
    table = checks_in("公司实现归属于上市公司股东的净利润（以下简称“归母净利润”）8.42亿元。\n"
                      "现金流方面，公司经营活动产生的现金流量净额21.76亿元，较上年增加2.15亿元，增长11.0%，是归母净利润的"
                      + times + "倍。")
    assert verdicts_of(table, figures(f"{times}倍", f"21.76亿元", f"8.42亿元")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("1.86", "consistent"), ("2.86", "inconsistent")])
def test_a_multiple_of_the_same_period_named_figure(times, verdict):
    """是同期归母净利润的: 同期 says the same period, the figure is 归母净利润; 上年为 A between is passed over."""
    table = checks_in("公司实现归属于上市公司股东的净利润（以下简称“归母净利润”）8.42亿元。\n"
                      "公司经营活动产生的现金流量净额15.66亿元，上年为12.10亿元，同比增长29.4%，是同期归母净利润的"
                      + times + "倍。")
    assert verdicts_of(table, figures(f"{times}倍", f"15.66亿元", f"8.42亿元")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("1.38", "consistent"), ("1.68", "inconsistent")])
def test_a_multiple_of_the_provincial_average_is_of_the_provinces_average(times, verdict):
    """省会X市居民人均可支配收入 B，是全省平均水平的 N倍: the province's 居民人均可支配收入 paragraphs before."""
    table = checks_in("全年全省居民人均可支配收入32,640元，比上年增长5.2%。\n"
                      "分城乡看，城镇居民人均可支配收入45,180元，农村居民人均可支配收入20,930元。\n"
                      "省会江城市居民人均可支配收入45,030元，居全省首位，是全省平均水平的" + times + "倍。")
    assert verdicts_of(table, figures(f"{times}倍", f"32,640元", f"45,030元")) == [verdict]


def test_a_multiple_of_the_provincial_average_takes_the_longest_name():
    """江城市农村居民人均可支配收入 is compared with the province's 农村居民…, not with its 居民…: 21,870 / 20,930."""
    table = checks_in("全年全省居民人均可支配收入32,640元，比上年增长5.2%。\n"
                      "分城乡看，城镇居民人均可支配收入45,180元，农村居民人均可支配收入20,930元。\n"
                      "江城市农村居民人均可支配收入21,870元，是全省平均水平的1.04倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.04倍", "20,930元", "21,870元")) == ["consistent"]


def test_a_multiple_of_the_average_is_not_judged_against_another_years():
    """2023年 … 居民人均可支配收入 is another year's: the 2024 city's multiple is not judged against it."""
    table = checks_in("2023年，全省居民人均可支配收入31,020元。\n"
                      "2024年，江城市居民人均可支配收入45,030元，是全省平均水平的1.38倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.38倍", "31,020元", "45,030元")) == []


@pytest.mark.parametrize("gap, verdict", [("3.6", "consistent"), ("4.6", "inconsistent")])
def test_a_rate_gap_written_with_gaochu_and_no_bi(gap, verdict):
    """增速高出全社会用电量 d个百分点: 高出 names the other figure after it, as 高于 does."""
    table = checks_in("全年全省全社会用电量2,146.8亿千瓦时，同比增长6.9%。\n"
                      "城乡居民生活用电量402.5亿千瓦时，增长10.5%，增速高出全社会用电量" + gap + "个百分点。")
    assert verdicts_of(table, figures(f"{gap}个百分点", "10.5%", "6.9%")) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("8.7", "consistent"), ("9.7", "inconsistent")])
def test_the_other_growth_rate_is_read_past_a_share_of_the_budget(gap, verdict):
    """支出 B，完成调整预算 P 的 s%，增长 b%: b is B's growth, and 增幅高于全市一般公共预算支出 sections later takes it."""
    table = checks_in("（二）支出情况\n全市一般公共预算支出386.42亿元，完成调整预算401.15亿元的96.3%，增长2.9%。\n"
                      "（五）重点支出\n卫生健康支出31.27亿元，增长11.6%，增幅高于全市一般公共预算支出" + gap + "个百分点。")
    assert verdicts_of(table, figures(f"{gap}个百分点", "11.6%", "2.9%")) == [verdict]


@pytest.mark.parametrize("times, verdict", [("1.6", "consistent"), ("1.9", "inconsistent")])
def test_a_multiple_of_a_figure_named_by_the_end_of_its_name_paragraphs_before(times, verdict):
    """是规上工业企业数量的: 年末全市规模以上工业企业 counts them under a longer name (年末, 全市 said before it)."""
    table = checks_in("年末全市在册规上工业企业2,140家。\n全年新增“四上”单位中，入库科技型企业3,420家，是规上工业企业数量的"
                      + times + "倍。")
    assert verdicts_of(table, figures(f"{times}倍", "2,140家", "3,420家")) == [verdict]


def test_a_multiple_of_a_name_two_figures_end_with_is_not_judged():
    """有效期内高新技术企业 A and 新认定高新技术企业 a both end with 高新技术企业: which is meant the words do not say."""
    table = checks_in("年末全市有效期内高新技术企业2,140家，全年新认定高新技术企业510家。\n"
                      "全年入库科技型中小企业3,420家，是高新技术企业数量的1.9倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.9倍", "2,140家", "3,420家")) == []


@pytest.mark.parametrize("times, verdict", [("1.25", "consistent"), ("1.55", "inconsistent")])
def test_a_named_multiple_finds_its_other_figure_sections_before(times, verdict):
    """个人AUM是个人存款的 N倍: 个人存款 is stated in section 一 only, its paragraph holds no figure so named."""
    table = checks_in("一、存款业务\n年末各项存款余额6,120.40亿元，其中，个人存款3,402.16亿元。\n"
                      "二、零售业务\n年末个人AUM余额4,256.80亿元，较上年末增长9.8%，个人AUM是个人存款的" + times + "倍。")
    assert verdicts_of(table, figures(f"{times}倍", "3,402.16亿元", "4,256.80亿元")) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("6.3%", "consistent"), ("8.3%", "inconsistent")])
def test_a_change_naming_its_subject_is_of_the_figure_so_named_paragraphs_before(rate, verdict):
    """第二产业用电量增加 D (a paragraph on contributions) is of 第二产业用电量 B, whose growth r is stated with it."""
    table = checks_in(f"分产业看，第一产业用电量31.4亿千瓦时，增长9.6%；第二产业用电量1,209.3亿千瓦时，增长{rate}。\n"
                      "从对增长的贡献看，第二产业用电量增加71.8亿千瓦时，拉动全社会用电量增长3.9个百分点。")
    assert verdicts_of(table, figures("1,209.3亿千瓦时", "71.8亿千瓦时", rate)) == [verdict]


def test_a_change_naming_its_subject_is_not_of_another_years_figure():
    """2023年 … 第二产业用电量 B is the base year's: 2024年 … 第二产业用电量增加 D is not read against it."""
    table = checks_in("2023年，全省第二产业用电量1,137.5亿千瓦时，增长4.1%。\n"
                      "2024年，第二产业用电量增加71.8亿千瓦时，增长6.3%。")
    no_alarm(table)


def test_a_change_naming_its_subject_is_not_of_a_quarter_figure_so_named():
    """一季度第二产业用电量 a is a quarter's: the year's 第二产业用电量增加 D is not of it."""
    table = checks_in(LEAD + "一季度，第二产业用电量301.2亿千瓦时，增长5.2%。\n"
                      "全年第二产业用电量增加71.8亿千瓦时，拉动全社会用电量增长3.9个百分点。")
    no_alarm(table)
    assert verdicts_of(table, figures("301.2亿千瓦时", "5.2%", "71.8亿千瓦时")) == []


def test_a_rate_gap_naming_a_place_takes_no_figure_of_another():
    """比全区规模以上工业高: 全市规模以上工业增加值 B is the city's, not the district's — nothing judged against it."""
    table = checks_in("全市规模以上工业增加值1,286.45亿元，增长6.8%。\n"
                      "其中，江北区规模以上工业增加值312.4亿元，增长8.2%。\n"
                      "江北区高技术制造业增加值86.3亿元，增长12.1%，增速比全区规模以上工业高3.9个百分点。")
    no_alarm(table)
    assert verdicts_of(table, figures("12.1%", "3.9个百分点", "6.8%")) == []


@pytest.mark.parametrize("place, whole", [("全市", "42,310元"), ("全省", "33,210元")])
def test_a_multiple_of_the_average_takes_the_place_its_words_name(place, whole):
    """是全市平均水平的 / 是全省平均水平的: of the city's or the province's average, whichever the words name."""
    table = checks_in("全省居民人均可支配收入33,210元。\n全市居民人均可支配收入42,310元。\n"
                      f"江北区居民人均可支配收入52,630元，是{place}平均水平的" + ("1.24" if place == "全市" else "1.58") + "倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("1.24倍" if place == "全市" else "1.58倍", whole, "52,630元")) == ["consistent"]


def test_a_multiple_of_a_change_named_so_is_not_of_the_level():
    """余额 B，比年初增加 D，是存款增量的 N倍: the multiple is of D (增量 names a change), never B over 存款增量."""
    table = checks_in("全年全市存款增量612.48亿元。\n"
                      "年末各项贷款余额1,135.92亿元，比年初增加683.47亿元，是存款增量的1.1倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("1,135.92亿元", "1.1倍", "612.48亿元")) == []


def test_a_change_naming_its_own_subject_is_not_of_the_base_years_figure_sentences_before():
    """2023年，… B。2024年，X增加 D，增长 r%: B is the base year's; D / (B − D) is no reading of r (the nearer reading
    by name, _named_level, kept off another year's figure)."""
    table = checks_in("2023年，全县工业用电量18.64亿千瓦时。\n2024年，全县工业用电量增加1.21亿千瓦时，增长6.5%。")
    no_alarm(table)


def test_a_rate_gap_is_not_read_when_the_sentences_own_subject_has_a_figure_so_named():
    """江北区涉农贷款 … 高于各项贷款增速: 江北区各项贷款余额 b% (the district's) may be meant as much as the city's 各项贷款
    — nothing judged (before, the city's was taken and a true text accused)."""
    table = checks_in("全市各项贷款余额9,812.40亿元，增长8.6%。\n江北区各项贷款余额1,812.40亿元，增长10.6%。\n"
                      "江北区涉农贷款余额212.30亿元，增长13.1%，高于各项贷款增速2.5个百分点。")
    no_alarm(table)
    table = checks_in("全年全市完成货运量4.86亿吨，增长3.2%。其中，铁路货运量0.62亿吨，增长1.2%。\n"
                      "全年铁路完成货物周转量286.4亿吨公里，增长2.5%，增速比货运量增速高1.3个百分点。")
    no_alarm(table)


@pytest.mark.parametrize("words", ["全市规模以上工业增加值比2020年增加", "与2020年相比，规模以上工业增加值增加",
                                   "“十四五”以来，全市规模以上工业增加值累计增加"])
def test_a_change_naming_its_subject_on_another_base_is_not_read_with_the_years_rate(words):
    """比2020年增加 D / 与2020年相比 … 增加 D / 以来累计增加 D: a change over years, not the year's rate's."""
    table = checks_in("全年全市规模以上工业增加值2,046.3亿元，增长7.1%。\n" + words + "612.4亿元。")
    no_alarm(table)
    assert verdicts_of(table, figures("2,046.3亿元", "612.4亿元", "7.1%")) == []


def test_a_change_naming_a_place_is_not_of_a_figure_of_another_so_named():
    """江北区：工业用电量 B … 全市工业用电量增加 D: the change is the city's, B the district's."""
    table = checks_in("江北区：全年工业用电量212.6亿千瓦时，增长9.8%。\n"
                      "全市工业用电量增加45.7亿千瓦时，拉动全社会用电量增长2.9个百分点。")
    no_alarm(table)
    assert verdicts_of(table, figures("212.6亿千瓦时", "45.7亿千瓦时", "9.8%")) == []
