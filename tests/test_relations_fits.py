"""Relations found by arithmetic (``claims/relations/fits.py``), rounds 11–37 (K–AK, nine sets of three) each measured
once, the readings behind their false alarms, and a review's sentences.

The sentences are written for the test, not copied from the fixture reports.
"""

from dataclasses import dataclass

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts, verdicts_of


def fits(table):
    return kind(table, "auto-fit-share-").index.tolist() + kind(table, "auto-fit-sum-").index.tolist() \
        + kind(table, "auto-fit-ratio-").index.tolist() + kind(table, "auto-fit-average-").index.tolist() \
        + kind(table, "auto-fit-rate-").index.tolist()


# -- quotients ------------------------------------------------------------------------------------------------------

def test_a_rate_named_in_words_no_table_holds_is_found_where_its_figures_fit():
    """综合毛利率 is in no table of words; 54.36 over 223.08 gives 24.37% to the rounding, so the check shows it."""
    table = checks_in("全年公司实现营业收入223.08亿元。全年实现毛利54.36亿元，综合毛利率为24.37%。")
    [fit] = fits(table)
    assert table.loc[fit, "verdict"] == "consistent"
    assert table.loc[fit, "figures"] == "223.08亿元 24.37% 54.36亿元"
    assert "found by arithmetic" in table.loc[fit, "assumptions"]


def test_a_rate_no_pair_fits_is_not_checked_at_all():
    """The same words with 27.37%: no pair of figures gives it, and without words the meant figures are unknown, so
    nothing is shown and nothing accused."""
    table = checks_in("全年公司实现营业收入223.08亿元。全年实现毛利54.36亿元，综合毛利率为27.37%。")
    assert fits(table) == []
    no_alarm(table)


def test_a_coarse_figure_is_never_fitted():
    """占 20%: to its rounding (19.5–20.5%) too many pairs fit by chance."""
    table = checks_in("全县耕地面积61.4万亩。其中水田12.3万亩，水田面积占20%。")
    assert kind(table, "auto-fit-share-").empty


def test_a_growth_rate_and_a_comparison_are_no_quotients():
    """增长 8.3%, 分别压缩 12.4%和 8.3%: changes, not shares, even when a pair would happen to fit."""
    table = checks_in("全年出口83.0亿元，进口10.0亿元，比上年增长12.0%。通关时间分别压缩12.4%和12.05%。")
    assert fits(table) == []


def test_a_rate_per_thousand_over_the_population():
    """每千常住人口 … 9.70人: 47,218 over 4,867,300 × 1,000, the population stated in the preface."""
    table = checks_in("全市年末常住人口486.73万人。\n年末全市卫生技术人员47,218人，比上年增加1,386人。每千常住人口拥有卫生技术"
                      "人员9.70人。")
    checks = table[table.figures == "47,218人 486.73万人 9.70人"]
    assert checks.verdict.tolist() == ["consistent"]


def test_a_level_reached_is_a_quotient_but_a_change_is_not():
    """水面率提高到 4.730%: the level reached (466.4 over 9,860); 比上年提高 0.473% is a change, whatever fits it."""
    table = checks_in("全市国土面积9,860平方公里。年末河湖水面面积466.4平方公里，水面率提高到4.730%。")
    [fit] = fits(table)
    assert table.loc[fit, "figures"] == "4.730% 466.4平方公里 9,860平方公里"
    assert fits(checks_in("全市国土面积9,860平方公里。年末河湖水面面积466.4平方公里，水面率比上年提高4.730%。")) == []


def test_an_unnamed_whole_is_one_the_text_goes_on_to_break_down():
    """毛入学率 61.3% is not 7.94万 (研究生) over 12.97万 (幼儿园教师), a chance fit: the teachers are exceeded by the
    figures of their unit after them, so they are no whole the text breaks down; 全省税收收入 in the lead is."""
    table = checks_in("全省幼儿园园长和专任教师共12.97万人。\n全省研究生在学7.94万人，普通本专科在校生132.58万人。高等教育毛入学"
                      "率为61.3%，比上年提高2.1个百分点。")
    assert fits(table) == []
    table = checks_in("全年全省税收收入5,126.48亿元。\n■ 分税种看\n国内增值税2,046.35亿元，同比增长2.1%，占比39.9%。")
    assert verdicts_of(table, "2,046.35亿元 39.9% 5,126.48亿元") == ["consistent"]


def test_a_figure_per_share_is_no_operand():
    """每10股派 3.45元 over 每股净资产 9.51元 gives 36.3% by chance: figures per something are quotients themselves."""
    table = checks_in("公司每股净资产9.51元。拟每10股派发现金红利3.45元，分红比例为36.3%。")
    assert fits(table) == []


def test_people_counted_in_人_and_名_are_one_unit():
    table = checks_in("在5,046名签约毕业生中，在省内就业3,164人，占62.7%。")
    assert verdicts_of(table, "3,164人 5,046名 62.7%") == ["consistent"]


def test_a_fit_never_replaces_a_judgement_read_from_words():
    """占 … 的比重 is read from its words and judged (here wrongly stated): no fit is added beside it."""
    table = checks_in("全年一般公共预算收入12.0亿元，其中税收收入9.0亿元，税收收入占一般公共预算收入的比重为85.0%。"
                      "非税收入3.0亿元。")
    assert "inconsistent" in verdicts(table, "auto-share-")
    assert kind(table, "auto-fit-share-").empty


def test_a_share_whose_words_name_part_and_whole_fits_only_figures_named_so():
    """赔付支出占保费收入的比重: 26.14 (健康险赔款) over 78.46 (健康险保费收入) gives 33.3% by chance; the part's words
    name 赔付支出, so that pair is not taken (and 128.65 over 386.52, named so, is)."""
    text = ("全市保费收入386.52亿元，其中健康险保费收入78.46亿元。人身险赔付中，寿险给付42.96亿元，健康险赔款和给付26.14亿元。"
            "全市保险业赔付支出占保费收入的比重为33.3%。")
    assert fits(checks_in(text)) == []
    table = checks_in("全市保费收入386.52亿元。全市保险业赔付支出128.65亿元，赔付支出占保费收入的比重为33.3%。")
    assert set(verdicts_of(table, "128.65亿元 33.3% 386.52亿元")) == {"consistent"}


def test_a_gap_of_two_growth_rates_fits_the_rate_its_words_name():
    """增速比保费收入增速高 5.2个百分点: 12.6% − 7.4%, the rate of what its words name."""
    table = checks_in("全市原保险保费收入359.90亿元，增长7.4%。赔付支出128.65亿元，同比增长12.6%，比保费收入增速高5.2个百分点。")
    [fit] = kind(table, "auto-fit-difference-").index
    assert table.loc[fit, "figures"] == "12.6% 5.2个百分点 7.4%" and table.loc[fit, "verdict"] == "consistent"
    table = checks_in("全市原保险保费收入359.90亿元，增长7.4%。赔付支出128.65亿元，同比增长12.6%，比保费收入增速高6.2个百分点。")
    assert kind(table, "auto-fit-difference-").empty
    no_alarm(table)
    # 比上年提高 d个百分点 is the change of one rate, no gap of two
    table = checks_in("全市保费收入增长7.4%，赔付率为33.3%，比上年提高5.2个百分点。")
    assert kind(table, "auto-fit-difference-").empty


# -- totals ---------------------------------------------------------------------------------------------------------

def test_parts_listed_after_their_total_without_any_word_are_found_where_they_add_up():
    table = checks_in("全年完成投资286.4亿元。基础设施投资112.3亿元，产业投资98.7亿元，民生投资75.4亿元。")
    [fit] = fits(table)
    assert table.loc[fit, "verdict"] == "consistent"
    assert table.loc[fit, "figures"] == "112.3亿元 286.4亿元 75.4亿元 98.7亿元"


def test_several_breakdowns_of_one_total():
    """医院 218个: 公立 and 民营, then by grade after 分别为 — each breakdown that adds up."""
    table = checks_in("全市共有医院218个，公立医院86个，民营医院132个。按等级分，三级、二级、一级和未定级医院分别为23个、61个、"
                      "87个和47个。")
    found = sorted(table.loc[fits(table), "figures"])
    assert found == ["132个 218个 86个", "218个 23个 47个 61个 87个"]


def test_a_run_that_fits_while_its_list_goes_on_is_no_sum():
    """0.68 + 0.52 + 0.64 fits 1.86 to the rounding, but the list goes on with 0.22: no sum (the parts of 1.86 are
    not these)."""
    table = checks_in("全年筹集保障性租赁住房1.86万套。按筹集方式分，新建0.68万套，改建0.52万套，盘活0.64万套，其他0.22万套。")
    assert kind(table, "auto-fit-sum-").empty


def test_an_item_of_a_list_is_no_total_of_its_siblings():
    """幼儿园 92所 is the first of a list: 51 + 28 + 9 + 4 = 92 by chance."""
    table = checks_in("全县共有各级各类学校186所。其中，幼儿园92所，小学51所，初中28所，普通高中9所，中职学校4所。")
    assert kind(table, "auto-fit-sum-").empty


def test_parts_of_a_total_stated_a_paragraph_before():
    """全年税收收入 T … 分季度看，前三季度 a；第四季度 b: a + b fits T, stated closely, in the paragraph before."""
    table = checks_in("全年全省税收收入4,127.36亿元，同比增长3.1%。\n分季度看，前三季度税收收入3,015.24亿元，同比增长2.2%；"
                      "第四季度收入1,112.12亿元，同比增长5.6%。")
    assert kind(table, "auto-fit-sum-").figures.tolist() == ["1,112.12亿元 3,015.24亿元 4,127.36亿元"]
    assert set(verdicts_of(table, "1,112.12亿元 3,015.24亿元 4,127.36亿元")) == {"consistent"}


def test_a_second_breakdown_of_a_total_judged_by_words():
    """城镇 and 乡村 are read from words; the breakdown by kind after it is still found where it adds up."""
    table = checks_in("全年社会消费品零售总额1,862.45亿元，其中城镇消费品零售额1,580.17亿元，乡村消费品零售额282.28亿元。\n"
                      "按消费类型分，商品零售额1,651.03亿元，增长5.1%；餐饮收入211.42亿元，增长9.6%。")
    assert verdicts_of(table, "1,651.03亿元 1,862.45亿元 211.42亿元") == ["consistent"]


def test_an_average_whose_terms_are_both_named_paragraphs_before():
    """人均 R&D经费 over 全时当量: the average opens its paragraph, its sentence names both terms."""
    table = checks_in("全年共投入R&D经费1,053.62亿元，比上年增长8.4%。\nR&D人员全时当量31.45万人年，比上年增长5.2%。\n"
                      "按R&D人员全时当量计算的人均R&D经费为33.5万元。")
    assert verdicts_of(table, "1,053.62亿元 31.45万人 33.5万元") == ["consistent"]


def test_a_multiple_of_two_figures_fits():
    table = checks_in("全年核销消费券7,384万元。据测算，直接带动消费6.35亿元，是核销金额的8.60倍。")
    assert verdicts_of(table, "6.35亿元 7,384万元 8.60倍") == ["consistent"]


@pytest.mark.parametrize("times, verdict", [("2.7倍", "consistent"), ("3.7倍", "inconsistent")])
def test_a_multiple_of_a_figure_named_by_its_subject(times, verdict):
    """秋粮 B，是夏粮的 N倍: N is B over the figure named 夏粮 (not an earlier year's figure implied)."""
    table = checks_in(f"全年夏粮产量486.27万吨，秋粮产量1,313.90万吨，是夏粮的{times}。")
    assert verdicts(table, "auto-multiple-") == [verdict]
    assert kind(table, "auto-multiple-base-").empty
    assert verdicts(checks_in("全年粮食产量1,313.90万吨，是2019年的1.2倍。"), "auto-multiple-base-") == ["derived"]


def test_a_count_of_some_of_the_things_just_counted_is_a_part():
    """全省 14个设区市中，有 11个: a part of 14 (and 16 of 14 would be an error the text makes)."""
    assert verdicts(checks_in("全省14个设区市中，有11个市税收收入实现正增长。"), "auto-part-") == ["consistent"]
    assert verdicts(checks_in("全省14个设区市中，有16个市税收收入实现正增长。"), "auto-part-") == ["inconsistent"]
    assert verdicts(checks_in("在5,046名毕业生中，在省内就业3,164人。"), "auto-part-") == ["consistent"]
    assert kind(checks_in("全县有14个乡镇，11个村通过验收。"), "auto-part-").empty


def test_a_change_read_with_its_rate_also_gives_last_year_s_figure():
    table = checks_in("全年共投入研发经费1,053.62亿元，比上年增加81.74亿元，增长8.4%。")
    assert verdicts(table, "auto-change-rate-") == ["consistent"]
    assert verdicts(table, "auto-change-") == ["derived"]
    assert kind(table, "auto-change-").computed.tolist() == pytest.approx([971.88e8])


def test_the_previous_class_is_a_base():
    """上届 is the year before for a class of graduates, as 上年 is for a year."""
    table = checks_in("2024届毕业生共8,125人，比上届增加305人，增长3.9%。落实率为92.5%，上届为91.2%，提高1.3个百分点。")
    assert verdicts(table, "auto-change-rate-") == ["consistent"]
    assert verdicts(table, "auto-points-") == ["consistent"]


def test_a_bracketed_part_is_no_item_of_a_list():
    """甲 286处（其中农村 198处），乙 2,147处，丙 985处，以上合计 3,418处: 286, not 198, is the first item."""
    table = checks_in("年末全市营业场所286处（其中农村地区198处），营业网点2,147处，公共服务站985处，以上各类网点合计3,418处。")
    assert verdicts_of(table, "2,147处 286处 3,418处 985处") == ["consistent"]
    no_alarm(table)


def test_last_year_s_figure_is_no_quotient():
    """由上年的 0.576 提高到 0.582: the earlier figure's terms are not stated; no pair is fitted to it."""
    table = checks_in("全市农田灌溉用水7.12亿立方米，入境水量12.35亿立方米，灌溉水有效利用系数由上年的0.576提高到0.582。")
    assert fits(table) == []


# -- the readings behind rounds 11–13's false alarms ----------------------------------------------------------------

def test_the_year_is_not_its_first_three_quarters():
    """前三季度 T，第四季度 a，占全年的 s%: T is not the year (the year is T + a, not stated)."""
    table = checks_in("前三季度全省税收收入2,946.30亿元，同比增长2.1%；第四季度收入1,053.70亿元，同比增长5.2%，占全年的26.3%。")
    no_alarm(table)
    table = checks_in("全年全省税收收入4,000.00亿元。前三季度收入2,946.30亿元；第四季度收入1,053.70亿元，占全年的26.3%。")
    assert verdicts_of(table, "1,053.70亿元 26.3% 4,000.00亿元") == ["consistent"]


def test_a_share_under_a_hundred_is_of_a_larger_whole():
    """合计 3,200 … 占全省税收收入的 64.0%, the nearest figure named 税收收入 being 2,800 (上划中央): a share under 100% is
    never of a whole smaller than its part, so that figure is passed over (and with no other, nothing is judged); a
    其中 part larger than its total is still an error the text makes."""
    table = checks_in("地方级税收收入2,200.00亿元；上划中央税收收入2,800.00亿元。三大税种合计实现收入3,200.00亿元，"
                      "占全省税收收入的64.0%。")
    no_alarm(table)
    table = checks_in("全省税收收入5,000.00亿元。地方级税收收入2,200.00亿元；上划中央税收收入2,800.00亿元。三大税种合计实现"
                      "收入3,200.00亿元，占全省税收收入的64.0%。")
    assert verdicts_of(table, "3,200.00亿元 5,000.00亿元 64.0%") == ["consistent"]


def test_a_daily_average_over_its_own_sentence_s_days():
    """“五一”假期 5天，日均销售额 a，累计 T: its own days and total, not the 春节 total over 8天 before."""
    table = checks_in("春节假期（8天），重点企业实现销售额20.00亿元，日均销售额2.50亿元。“五一”假期5天，重点企业日均销售额"
                      "1.60亿元，累计实现销售额8.00亿元。")
    no_alarm(table)
    assert verdicts_of(table, "1.60亿元 5天 8.00亿元") == ["consistent"]


def test_a_per_head_figure_of_the_whole_named_exactly():
    """人均水资源量 is of 水资源总量, not of its part 地表水资源量 named after 其中."""
    table = checks_in("全市年末常住人口400.00万人。全市水资源总量为40.00亿立方米，其中地表水资源量36.00亿立方米。水资源总量比上年"
                      "增加4.00亿立方米，增长11.1%。全市人均水资源量1,000立方米。")
    no_alarm(table)
    assert verdicts_of(table, "1,000立方米 40.00亿立方米 400.00万人") == ["consistent"]


@pytest.mark.parametrize("share, verdict", [("68.0%", "consistent"), ("58.0%", "inconsistent")])
def test_a_share_of_a_part_named_exactly_after_其中(share, verdict):
    """占大型水库蓄水量的: the part named so after 其中 (5.10 over 7.50), not the whole of 大中型水库."""
    table = checks_in(f"全市大中型水库年末蓄水总量10.00亿立方米。其中，大型水库蓄水量7.50亿立方米，中型水库2.50亿立方米。最大的"
                      f"青山水库蓄水5.10亿立方米，占大型水库蓄水量的{share}。")
    assert verdicts_of(table, f"5.10亿立方米 {share} 7.50亿立方米") == [verdict]


def test_a_share_of_the_whole_named_exactly_before_a_part_named_so():
    """占老年人口的: of 60岁及以上老年人口 (the whole), not of 65岁及以上老年人口 listed after 其中."""
    table = checks_in("年末全市60岁及以上老年人口100.0万人。其中，65岁及以上老年人口75.0万人；80岁及以上老年人12.0万人，"
                      "占老年人口的12.0%。")
    assert verdicts_of(table, "100.0万人 12.0% 12.0万人") == ["consistent"]


def test_a_其中_with_no_figure_opens_no_parts():
    """民营企业 1,800人，其中不少是科技型企业；国有企业 1,600人 …: the figures after ； are its siblings."""
    table = checks_in("到民营企业就业1,800人，占36.0%，其中不少是科技型中小企业；国有企业1,600人，占32.0%；机关和事业单位"
                      "1,000人；其他单位300人。")
    no_alarm(table)


def test_a_breakdown_s_total_is_the_figure_its_parts_name_most_fully():
    """制造业新增减税降费及退税缓费 a: of 新增减税降费及退税缓费 T, not of its part 新增减税降费 t after 其中."""
    table = checks_in("全省新增减税降费及退税缓费600.00亿元。其中，新增减税降费240.00亿元，留抵退税300.00亿元，缓税缓费"
                      "60.00亿元。\n分行业看，制造业新增减税降费及退税缓费270.00亿元，批发零售业新增减税降费及退税缓费90.00亿元。")
    no_alarm(table)


# -- the readings behind rounds 14–16's false alarms -----------------------------------------------------------------

def test_a_growth_on_another_year_is_not_on_last_year_s_figure():
    """B，上年同期为 A，同比增长 r1，比2019年同期增长 r2: r2 is on 2019, whose figure is not stated."""
    table = checks_in("假期全市高速公路总车流量1,312.40万辆次，上年同期为1,250.10万辆次，同比增长5.0%，比2019年同期增长28.6%。")
    no_alarm(table)
    assert verdicts(table, "auto-growth-") == ["consistent"]
    assert verdicts(table, "auto-previous-") == ["derived"]


def test_a_difference_is_no_part_of_a_share():
    """公路 T …。公路客运量比铁路多 d，占全市营业性客运量的 s%: d is a difference; the share is of T."""
    table = checks_in("全市营业性客运量900.00万人次。假期全市公路营业性客运量405.00万人次，比上年同期减少10.00万人次。公路客运量"
                      "比铁路多95.00万人次，占全市营业性客运量的45.0%。")
    no_alarm(table)
    assert set(verdicts_of(table, "405.00万人次 45.0% 900.00万人次")) == {"consistent"}


def test_a_per_head_figure_of_the_whole_its_words_hold_most_fully():
    """人均拥有公共图书馆藏量 is of 公共图书馆总藏量, not of 图书 (a kind of it, whose name it also holds)."""
    table = checks_in("全市年末常住人口300.00万人。\n公共图书馆总藏量1,050.00万册，其中图书810.00万册，报刊合订本70.00万册。"
                      "全市人均拥有公共图书馆藏量3.50册。")
    no_alarm(table)
    assert verdicts_of(table, "1,050.00万册 3.50册 300.00万人") == ["consistent"]


# -- the readings behind rounds 17–19's false alarms -----------------------------------------------------------------

def test_last_year_s_rate_is_not_the_first_of_a_gap():
    """渗透率达 p%，较上年的 q0% 提高 …，高出全国平均水平（r%）d个百分点: d is p − r, never q0 − r."""
    table = checks_in("全省新能源汽车渗透率达45.0%，较上年的36.0%提高9.0个百分点，高出全国平均水平（40.0%）5.0个百分点。")
    no_alarm(table)
    assert verdicts_of(table, "40.0% 45.0% 5.0个百分点") == ["consistent"]


def test_an_average_in_brackets_is_another_subject_s_level():
    """是居民医保人均支出（946元）的 N倍: 946元 is named for a comparison; 职工医保's 支出 is not its total."""
    table = checks_in("职工医保统筹基金全年支出3.42亿元。参保职工7.24万人。全年职工医保人均统筹基金支出4,724元，是居民医保"
                      "人均支出（1,025元）的4.6倍。")
    no_alarm(table)


def test_another_year_s_figure_in_brackets_is_no_total():
    """已经是2019年（2.04亿吨）的 1.4倍 … 分内外贸看，内贸 a，外贸 b: 2019's figure is no whole of this year's parts."""
    table = checks_in("货物吞吐量已经是2019年（2.04亿吨）的1.4倍。分内外贸看，内贸货物吞吐量1.72亿吨，增长4.1%；外贸货物吞吐量"
                      "1.14亿吨，增长9.8%。")
    no_alarm(table)


def test_inclusive_and_public_kindergartens_are_two_dimensions():
    """其中，普惠性幼儿园 a；公办幼儿园 b: 普惠 (pricing) and 公办 (ownership) overlap, each is compared alone."""
    table = checks_in("全省共有幼儿园10,487所。其中，普惠性幼儿园8,934所，占幼儿园总数的85.2%；公办幼儿园4,716所。")
    no_alarm(table)
    assert verdicts(table, "auto-part-") == ["consistent", "consistent"]


# -- the readings behind rounds 20–22's false alarms -----------------------------------------------------------------

def test_a_debt_ratio_is_over_total_assets_never_net_assets():
    table = checks_in("年末国有资产总额1,500.00亿元；负债总额97.50亿元；净资产1,402.50亿元。资产负债率为6.5%。")
    assert verdicts_of(table, "1,500.00亿元 6.5% 97.50亿元") == ["consistent"]
    no_alarm(table)


def test_a_total_counted_for_more_items_than_were_read_is_not_judged():
    """以上三级财政资金合计 T: three items, of which the list before it reads two (the first is stated with its change
    and share); 4.35 + 9.76 is no total of T."""
    table = checks_in("争取中央财政补助资金11.82亿元，比上年增加0.50亿元，占总投资的30.6%，比上年下降4.6个百分点（上年为35.2%）；"
                      "省级补助资金4.35亿元，市县两级财政安排9.76亿元，以上三级财政资金合计25.93亿元。")
    no_alarm(table)


def test_last_year_s_average_is_not_recomputed_from_this_year_s_figures():
    """人均体育场地面积由上年的 2.95平方米 提高到 3.13平方米: 2.95 is last year's; 3.13 is this year's total over the
    population."""
    table = checks_in("（本公报中人均指标均按2024年末全省常住人口4,286.5万人计算）。\n全省体育场地面积1.34亿平方米，比上年增长"
                      "6.2%。全省人均体育场地面积由上年的2.95平方米提高到3.13平方米，增长6.1%。")
    no_alarm(table)
    assert verdicts_of(table, "1.34亿平方米 3.13平方米 4,286.5万人") == ["consistent"]


# -- a review's sentences: true ones the rules accused, and chance fits ------------------------------------------------

REVIEW_TRUE = [
    # a breakdown's total is one that can hold its parts, not the sibling before the breakdown
    "全市共有医院218个，公立医院86个，民营医院132个。按等级分，三级医院23个，二级医院61个，一级医院87个，未定级医院47个。",
    # 占全市总诊疗人次的: a total the text does not state; 医院诊疗人次 is one kind of it
    "全年全市医院诊疗人次3,286.4万人次；基层医疗卫生机构诊疗人次2,163.8万人次，占全市总诊疗人次的37.1%。",
    # 出口 is not named inside 进出口
    "全年出口增长8.1%，进口增长3.9%，进出口增长6.4%。出口增速比进口高4.2个百分点。",
    # a breakdown ends where ；X中， opens another group
    "全年全省税收收入4,127.36亿元。分地区看，省本级税收收入1,112.12亿元，市县级税收收入3,015.24亿元；非税收入中，专项收入"
    "512.36亿元。",
]


@pytest.mark.parametrize("text", REVIEW_TRUE, ids=range(len(REVIEW_TRUE)))
def test_a_review_s_true_sentences_raise_no_alarm(text):
    no_alarm(checks_in(text))


CHANCE_FITS = [
    "年末全市共有公共图书馆74个，文化馆46个，博物馆28个。",                  # siblings in one sentence
    "全市执业医师150.52万人；卫生技术人员126.00万人，比上年增长4.5%；城乡低保对象24.53万人。",   # no list across ；
    "全市年末共有暴雨过程9次、高温过程5次、强对流天气过程14次。",            # an item is no total of its siblings
    "东城区开工数达到区级任务（90个）的106.7%。北山区开工63个，完成年度任务70个的78.8%。",   # 70 and 90 are exact
]


@pytest.mark.parametrize("text", CHANCE_FITS, ids=range(len(CHANCE_FITS)))
def test_no_chance_fit(text):
    assert fits(checks_in(text)) == []


def test_a_rate_per_mu_is_no_part_of_a_total():
    """每亩 15.8元 after the last part is a rate: the three parts fit 38.64亿元 without it."""
    table = checks_in("全年发放三项补贴资金合计38.64亿元。其中，甲补贴17.35亿元；乙补贴11.67亿元；丙补贴9.62亿元，按每亩15.8元的标准"
                      "发放。")
    assert "11.67亿元 17.35亿元 38.64亿元 9.62亿元" in kind(table, "auto-fit-sum-").figures.tolist()
    assert not any("15.8元" in f for f in table.figures)


def test_kinds_named_after_their_total_in_its_sentence_are_its_parts():
    table = checks_in("全市共有医院218个，公立医院86个，民营医院132个。")
    assert kind(table, "auto-fit-sum-").figures.tolist() == ["132个 218个 86个"]


# -- rounds 11–25, each set measured once ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Measured:
    """A set of three rounds as measured once at first contact, and as it stands after the work it guided."""
    reports: dict                # folder → the two reports' names
    found: int                   # relations found at first contact
    right: int                   # of those, judged as listed
    alarms: frozenset            # the false alarms raised then (each fixed since, each a test above)
    found_now: int
    right_now: int
    alarms_now: frozenset = frozenset()     # alarms still raised now: none, but where a stop left some open (named)


MEASURED = {
    # with the finder of this stop's start plus the fits: 219 of 394, seven alarms (1.07 per 60); without the fits
    # 171 found, the same seven alarms; 227 found after the seven fixes above, 257 after the rest of this stop's work
    "K–M": Measured({"round11": ["water-resources-bulletin-2024", "provincial-tax-revenue-news-2024"],
                     "round12": ["rd-funding-bulletin-2024", "consumption-market-news-2024"],
                     "round13": ["postal-industry-bulletin-2024", "graduate-employment-news-2024"]},
                    219, 216, frozenset({"auto-part-2026-of-1941", "auto-share-511", "auto-share-780", "auto-share-1323",
                                         "auto-average-1147", "auto-average-2198", "auto-sum-1514"}), 276, 273),
    # written while the work on K–M went on: 271 of 386 (70%), three alarms (0.47 per 60); stop 17's finder 215
    "N–P": Measured({"round14": ["provincial-agriculture-industry-bulletin-2024", "holiday-transport-peak-news-2024"],
                     "round15": ["county-government-work-report-2025", "city-insurance-results-news-2025"],
                     "round16": ["culture-tourism-bulletin-2024", "rural-collective-economy-news-2024"]},
                    271, 269, frozenset({"auto-growth-1295-1342", "auto-share-1102", "auto-average-2321"}), 297, 294),
    # written while the work on N–P went on: 263 of 377 (70%), four alarms (0.64 per 60); stop 17's finder 209
    "Q–S": Measured({"round17": ["qingchuan-industry-investment-2024-10", "yunjiang-nev-industry-news-2024"],
                     "round18": ["county-health-insurance-work-summary-2024", "port-logistics-news-2024"],
                     "round19": ["education-statistics-bulletin-2024", "employment-social-security-news-2025"]},
                    263, 261, frozenset({"auto-difference-1294", "auto-average-770", "auto-part-451-of-395",
                                         "auto-part-725-of-698"}), 285, 283),
    # written while the work on Q–S went on: 195 of 349 (56%; fewer implied previous figures in these lists), two
    # alarms (0.34 per 60); stop 17's finder 137
    "T–V": Measured({"round20": ["state-assets-report-2024", "investment-fair-news-2025"],
                     "round21": ["qingchuan-climate-disaster-bulletin-2024", "liuxi-rural-living-environment-news-2024"],
                     "round22": ["bank-annual-results-release-2024", "old-community-renewal-news-2024"]},
                    195, 195, frozenset({"auto-ratio-1536", "auto-sum-951"}), 219, 219),
    # written while the review's work went on, the last measurement of this stop: 253 of 368 (69%), one alarm (0.16
    # per 60); stop 17's finder 186
    "W–Y": Measured({"round23": ["sports-development-bulletin-2024", "night-economy-festival-news-2024"],
                     "round24": ["qingchuan-audit-work-report-2024", "xiangling-grain-purchase-news-2024"],
                     "round25": ["eco-carbon-annual-report-2024", "cross-border-ecommerce-news-2024"]},
                    253, 251, frozenset({"auto-average-332"}), 271, 269),
    # stop 19: written while stop 19 began (its finder: stop 18's plus one change to shares): 263 of 398 (66%; stop 18's
    # finder 262), twelve alarms (1.81 per 60: a budget report's lists and balances, seven of them); all fixed since
    "Z–AB": Measured({"round26": ["tongxi-budget-report-2024", "lanjiang-hightech-zone-half-year-news-2025"],
                      "round27": ["forestry-grassland-bulletin-2024", "manufacturer-half-year-news-2025"],
                      "round28": ["qingchuan-sci-tech-bulletin-2024", "county-rural-ecommerce-news-2024"]},
                     263, 263, frozenset({"auto-part-1520-of-1494", "auto-share-3071", "auto-part-2262-of-2247",
                                          "auto-share-2805", "auto-share-3384", "auto-difference-1073",
                                          "auto-difference-1757", "auto-difference-1996", "auto-average-2331",
                                          "auto-rate-3640", "auto-average-1658", "auto-average-2781"}), 289, 289),
    # stop 19: written with Z–AB, measured after the work Z–AB and the rounds before guided: 225 of 358 (63%; stop 18's
    # finder 208), one alarm (0.17 per 60: a planted share caught over an earlier mention of the same whole)
    "AC–AE": Measured({"round29": ["housing-provident-fund-annual-report-2024", "spring-festival-travel-news-2025"],
                       "round30": ["province-power-operation-2024", "city-elderly-care-news-2024"],
                       "round31": ["market-entities-development-report-2024", "city-transit-ridership-news-2024"]},
                      225, 222, frozenset({"auto-share-2500"}), 226, 223),
    # stop 19: written after all its work, the last measurement: 267 of 357 (75%; stop 18's finder 255), three alarms
    # (0.50 per 60: a 其中 subtotal read as the total of a list, a district's count per head of the city, a 期间费用率
    # read as a part over the whole); all fixed since
    "AF–AH": Measured({"round32": ["qingchuan-health-bulletin-2024", "lanjiang-foreign-investment-news-2024"],
                       "round33": ["qingchuan-county-agriculture-rural-work-summary-2024",
                                   "lanzhou-daily-ev-charging-news-2024"],
                       "round34": ["qingchuan-economy-q3-2025", "donglan-utilities-results-2024"]},
                      267, 263, frozenset({"auto-sum-537", "auto-rate-1053", "auto-share-2279"}), 267, 263),
    # stop 19: written last, measured with the finder as the stop leaves it but for one guard: 198 of 334 (59%; stop 18's
    # finder 188), two alarms (0.36 per 60: a 其中 list running past a rate and ； into another dimension, since fixed;
    # the right verdict on a planted 1:8.3, which the scorer then matched against the ratio's first term only: it now
    # matches a listed figure written as a ratio to either of its terms)
    "AI–AK": Measured({"round35": ["qingchuan-housing-construction-bulletin-2024", "dongchuan-trade-in-subsidy-wire-2025"],
                       "round36": ["water-conservancy-flood-bulletin-2024", "vegetable-basket-market-news-2024"],
                       "round37": ["university-undergraduate-quality-report-2024",
                                   "express-company-monthly-brief-news-2024"]},
                      198, 195, frozenset({"auto-part-241-of-225", "auto-ratio-753"}), 199, 196),
    # stop 20: written while the stop's work began (never seen by it), measured once after all the readings and before
    # the fixes of what first contact showed: 370 of 517 (72%; stop 19's finder 355), five alarms (0.58 per 60: a
    # 加上…总计 list added to a 其中 part and to a budget, 人均领取养老金 over the income, a 日均 over a bracketed
    # 2019 figure, 参保人员人均 over the population); all fixed since
    "AL–AO": Measured({"round38": ["county-final-accounts-report-2024", "east-west-cooperation-news-2024"],
                       "round39": ["city-eco-environment-bulletin-2025", "listed-equipment-maker-annual-report-news-2025"],
                       "round40": ["lanjiang-national-day-holiday-tourism-2025", "qingchuan-population-sample-survey-2025"],
                       "round41": ["city-medical-insurance-fund-news-2025", "provincial-transport-bulletin-2025"]},
                      370, 368, frozenset({"auto-sum-2078", "auto-sum-2163", "auto-average-2616", "auto-average-460",
                                           "auto-average-1317"}), 375, 373),
    # stop 20: written the same way, measured at the same moment: 362 of 527 (69%; stop 19's finder 355), three alarms
    # (0.34 per 60: 二产占比 paired with the last part of a 其中 list, 跨境电商出口额 matched to 跨境电商进出口, a share of
    # the whole year over a half-year 其中 whole); all fixed since
    "AP–AS": Measured({"round42": ["qingchuan-household-income-q3-2026", "yunxi-county-tea-industry-news-2026"],
                       "round43": ["city-banking-insurance-results-news-2026", "county-government-work-report-2025"],
                       "round44": ["haizhou-foreign-trade-wire-2025", "qingchuan-education-statistics-bulletin-2025"],
                       "round45": ["listed-company-esg-summary-2025", "provincial-grain-harvest-news-2025"]},
                      362, 357, frozenset({"auto-share-847", "auto-multiple-2497", "auto-share-708"}), 362, 357),
    # stop 21: written as the stop began (never seen by the work on far relations), measured once after every reading
    # and review was merged: 163 of 235 (69%; stop 20's finder 163), three alarms (0.77 per 60: a rate after ； over the
    # part before, a base named 票房 compared with a price, a change after a task's share read as the task's); fixed since
    "AT–AU": Measured({"round46": ["city-sports-bulletin-2024", "night-economy-holiday-news-2024"],
                       "round47": ["county-forestry-grassland-bulletin-2024", "rural-commercial-bank-results-news-2024"]},
                      163, 160, frozenset({"auto-share-1895", "auto-growth-2982", "auto-change-rate-1200"}), 166, 162),
    # measured at the same moment: 162 of 238 (68%; stop 20's finder 160), two alarms (0.50 per 60: a growth after a
    # budget's share read as the budget's, a subtotal added beside the items it adds up); fixed since
    "AV–AW": Measured({"round48": ["lanjiang-express-delivery-news-2024", "qingchuan-audit-work-report-2024"],
                       "round49": ["lanfeng-labour-export-county-news-2025", "lanjiang-rd-funding-bulletin-2024"]},
                      162, 161, frozenset({"auto-growth-687", "auto-sum-313-1631"}), 163, 162),
    # stop 22: written as the stop began (never seen by the work, which went to forms within a sentence or paragraph,
    # quotients known by name and units), measured once after everything was merged, counting a part found inside a
    # check of several parts: 174 of 245 (71%; stop 21's finder 168), three alarms (0.73 per 60, all stop 21's finder's:
    # a hotline number read as a figure, a flow of the year read as a part of a stock, a list read on past
    # ；与上年相比); fixed since
    "AX–AY": Measured({"round50": ["chengzhou-airport-annual-traffic-news-2024", "qingchuan-intermediate-court-work-report-2024"],
                       "round51": ["city-construction-utilities-bulletin-2024", "county-consumer-complaints-news-2024"]},
                      174, 173, frozenset({"auto-part-830-of-818", "auto-part-922-of-889", "auto-part-545-of-383"}),
                      175, 174),
    # measured at the same moment: 176 of 247 (71%; stop 21's finder 175), two alarms (0.49 per 60, both stop 21's: a
    # breakdown whose parts add up to another whole judged against the nearer, a ratio's scale（农村居民=1）read as a
    # figure); fixed since
    "AZ–BA": Measured({"round52": ["hospital-staff-congress-work-report-2024", "province-listed-companies-annual-results-news-2024"],
                       "round53": ["qingchuan-daily-digital-economy-2025", "yunze-resident-income-consumption-2024"]},
                      176, 174, frozenset({"auto-part-2507-of-2441", "auto-change-658"}), 177, 175),
    # stop 23: written as the stop began (never seen by the work, which went to general faults and, in four helpers, to
    # the misses of rounds 50–53), measured once after everything was merged: 171 of 246 (70%; stop 22's finder 171),
    # two alarms (0.49 per 60, both stop 22's too: a rate per 1,000 counting last year's base, a rate of a part of a
    # whole itself counted by a rate); fixed since
    "BB–BC": Measured({"round54": ["jiangyu-daily-nev-charging-2025", "qingchuan-water-resources-bulletin-2024"],
                       "round55": ["qingchuan-daily-tax-revenue-relief-2024", "qingchuan-tech-university-undergraduate-quality-2024"]},
                      171, 168, frozenset({"auto-rate-503", "auto-share-2826"}), 175, 172),
    # measured at the same moment: 152 of 285 (53%; stop 22's finder 151), three alarms (0.63 per 60, all stop 22's:
    # a target read as the total of an average, a rate per 10,000 named by its last word over a whole with a part named as
    # it, limits read as a total and parts); fixed since
    "BD–BE": Measured({"round56": ["hengyuan-interim-report-summary-2024", "xiling-electricity-supply-demand-2024"],
                       "round57": ["lanjiang-retail-sales-release-2024-10", "tongxi-housing-provident-fund-annual-report-2024"]},
                      152, 150, frozenset({"auto-average-489", "auto-rate-3011", "auto-part-1080-of-1063"}), 208, 206),
    # stop 24: the finder with tables written as text (tables.py), measured once at the end of the stop; stop 23's
    # finder did not finish on the BH and BI reports (a dateline pattern that backtracked without end, fixed here) and,
    # with that one fix, found 201 on BF–BG and 116 on BH–BI, raising the same four alarms
    "BF–BG": Measured({"round58": ["kanghong-pharma-annual-report-summary-2024", "qiwu-talent-employment-news-2025"],
                       "round59": ["hequan-government-information-disclosure-annual-report-2024",
                                   "lanchuan-railway-summer-transport-wire-2025"]},
                      247, 247, frozenset({"auto-part-3180-of-3157"}), 270, 268),
    "BH–BI": Measured({"round60": ["linzhu-hospital-annual-work-news-2024", "yuanze-farm-produce-price-weekly-2025-w23"],
                       "round61": ["cangyu-jinghe-mixed-fund-quarterly-report-2025q2",
                                   "qiaoxi-county-gaokao-results-news-2025"]},
                      188, 187, frozenset({"auto-difference-2277", "auto-average-1717", "auto-share-1054"}), 280, 279),
    # stop 25: written as the stop began, measured once with the finder of the stop's first day of work (tables'
    # rates, numbered rows, ids before labels …): 426 of 932 (stop 24's finder 386), fourteen alarms (0.90 per 60: a
    # far whole of the four quarters, shares of a breakdown over the wrong whole, two measures per item summed, 其中 one
    # part and the outer list's 其他, bases 较期初的/较去年春节档的, an average's count past ；, ranks as a multiple's
    # terms, 捐赠 per head over 支出, 罚没 per case of two counts); all fixed since, then worked through for misses
    # session 29: auto-share-4034 (listed with the first contact's alarms too, which it was not) accuses the share 11.91%
    # the list plants wrong, over the table's row 归属于上市公司股东的净利润 (51,236.47, 单位：万元) where the list names
    # the text's mention of that figure (51,236.47万元): right, but matched to no listed relation
    "BJ–BK": Measured({"round62": ["chengling-new-materials-annual-results-express-2024",
                                   "tingnan-spring-festival-box-office-news-2025"],
                       "round63": ["lusha-charity-federation-annual-report-2024",
                                   "tangchuan-land-market-annual-analysis-2024"]},
                      197, 190, frozenset({"auto-sum-1716", "auto-share-3075", "auto-share-366", "auto-average-515",
                                           "auto-average-470", "auto-share-4034"}), 243, 236,
                      frozenset({"auto-share-4034"})),
    "BL–BM": Measured({"round64": ["chengchuan-local-government-bonds-issuance-2024",
                                   "yuanqiao-food-safety-sampling-bulletin-2025q1"],
                       "round65": ["junchuan-auto-production-sales-2025-09",
                                   "fengling-air-quality-monthly-bulletin-2025-03"]},
                      229, 228, frozenset({"auto-part-1752-of-1685", "auto-share-1762", "auto-share-1786",
                                           "auto-share-1808", "auto-share-1830", "auto-share-1852", "auto-sum-696",
                                           "auto-part-1958-of-1784", "auto-multiple-1099"}), 276, 275),
    # stop 25: written after the stop's first measurement, never seen by its work, measured once with the finder as the
    # stop leaves it: 542 of 951 (57%; the finder of the stop's first day 527, stop 24's 521), thirteen alarms (0.82
    # per 60); two fixed after (a change on the edition before paired with a rate on a named year; 国有 and 非国有
    # followed by a count of another trait), eleven left open and named here
    "BN–BO": Measured({"round66": ["yangchuan-county-statistical-bulletin-2025",
                                   "tongwan-may-day-holiday-consumption-news-2025"],
                       "round67": ["tinglan-renewable-energy-annual-report-2024",
                                   "cenchuan-public-culture-services-news-2024"]},
                      354, 344, frozenset({"auto-share-1648", "auto-average-2070", "auto-average-2292",
                                           "auto-share-4698", "auto-part-1901-of-1890"}), 354, 345,
                      frozenset({"auto-share-1648", "auto-average-2070", "auto-average-2292", "auto-share-4698"})),
    "BP–BQ": Measured({"round68": ["jichuan-insurance-solvency-report-summary-2025q1",
                                   "meidu-county-livelihood-projects-report-2024"],
                       "round69": ["yuanqi-cpi-release-2025-04", "chengyu-marathon-economy-news-2025"]},
                      188, 187, frozenset({"auto-change-rate-3661", "auto-change-rate-3661-3829", "auto-change-rate-417",
                                           "auto-share-2222", "auto-share-657", "auto-average-718",
                                           "auto-change-rate-466", "auto-growth-2499"}), 196, 195,
                      frozenset({"auto-change-rate-3661", "auto-change-rate-3661-3829", "auto-change-rate-417",
                                 "auto-share-2222", "auto-share-657", "auto-average-718", "auto-growth-2499"})),
    # stop 26: written at the stop's start, measured once with the finder of stop 25's close (388 of 912, sixteen
    # alarms: 1.05 per 60), then worked through: bases in a table's 上年同期 column, subtotal rows, 上月 bases, the part a
    # share names, a plan over the whole before 其中; six alarms left open and named (a level named paragraphs before its
    # change taken from the figure before; 5月为 a base; a rate per 10万 of a part; 净转出 for 转出量; 亩均 over another area)
    "BR–BS": Measured({"round70": ["ningwan-education-bureau-department-budget-2025", "tingyu-used-car-market-news-2024"],
                       "round71": ["jichuan-securities-monthly-financial-data-2025-06",
                                   "yuting-notifiable-diseases-monthly-2025-07"]},
                      140, 139, frozenset({"auto-growth-3064",      # stop 27's: see alarms_now
                                           "auto-change-rate-1038", "auto-change-rate-1107", "auto-change-rate-1484",
                                           "auto-change-rate-1793", "auto-change-rate-1879", "auto-change-rate-2443",
                                           "auto-change-rate-3265", "auto-multiple-1326", "auto-points-1158",
                                           "auto-rate-890", "auto-share-2896", "auto-sum-2278", "auto-sum-2286"}),
                      230, 229, frozenset({"auto-change-rate-1038", "auto-change-rate-1879", "auto-change-rate-2443",
                                           "auto-change-rate-3265", "auto-multiple-1326", "auto-rate-890",
                                           # stop 27: a true slip the list holds in another form (8.04% over the
                                           # 附表's 91.95: its change-rate is listed, planted)
                                           "auto-growth-3064"})),
    "BT–BU": Measured({"round72": ["lanchuan-industrial-profits-2025-08", "suifeng-high-standard-farmland-news-2025"],
                       "round73": ["luping-12345-hotline-annual-report-2024", "shuoyuan-heating-season-news-2025"]},
                      248, 246, frozenset({"auto-average-1865", "auto-ratio-1727", "auto-share-2565"}), 264, 262,
                      frozenset({"auto-average-1865"})),
    # stop 26: written at the stop's start, never seen by its work, measured once at its end: 467 of 912 (51%), seven
    # alarms (0.46 per 60) — the same as with the finder of stop 25's close: the stop's work found nothing more here
    "BV–BW": Measured({"round74": ["hengtuo-profit-distribution-plan-2024",
                                   "yuandong-migrant-workers-monitoring-report-2024"],
                       "round75": ["chaoao-fishery-annual-news-2024", "xiuchuan-software-industry-annual-report-2024"]},
                      248, 246, frozenset({"auto-part-2483-of-2447", "auto-share-2403", "auto-sum-1169"}), 280, 277,
                      frozenset({"auto-part-2483-of-2447", "auto-share-2403", "auto-sum-1169"})),
    "BX–BY": Measured({"round76": ["zeyuan-foreign-exchange-receipts-payments-2025h1",
                                   "zhangchuan-fire-situation-bulletin-2024"],
                       "round77": ["qilan-urban-investment-bond-annual-report-2024", "yutang-park-city-greenway-news-2025"]},
                      219, 217, frozenset({"auto-part-1684-of-1640", "auto-share-4884", "auto-share-494",
                                           "auto-share-730"}),
                      287, 285, frozenset({"auto-part-1684-of-1640", "auto-share-4884", "auto-share-494",
                                           "auto-share-730"})),
    # stop 27: written at the stop's start, never seen by its work (which was guided by BR–BY: a table's columns read
    # by their arithmetic, bases and totals in tables), measured once at its end: first contact with stop 26's finder
    # 1,142 of 1,858 (61%), ten alarms; now 1,221 (66%), eleven (0.36 per 60: the one new, auto-growth-2681, is the
    # base of the change-rate alarmed at first contact). The alarms are left open, unread
    "BZ–CA": Measured({"round78": ["puchen-property-monthly-sales-land-bank-2025-10",
                                   "weichuan-double-eleven-online-retail-news-2025"],
                       "round79": ["tangling-university-graduate-employment-quality-2025",
                                   "zhixi-rural-tourism-homestay-news-2025"]},
                      294, 289, frozenset({"auto-average-2298", "auto-change-rate-2681", "auto-difference-2582",
                                           "auto-growth-2681", "auto-share-1498", "auto-sum-605", "auto-sum-756"}),
                      314, 309, frozenset({"auto-average-2298", "auto-change-rate-2681", "auto-difference-2582",
                                           "auto-growth-2681", "auto-share-1498", "auto-sum-605", "auto-sum-756"})),
    "CB–CC": Measured({"round80": ["huaiqiao-lottery-sales-news-2024", "luoqian-energy-statistics-bulletin-2024"],
                       "round81": ["chengmei-summer-box-office-news-2025", "wuting-financial-statistics-2025-09"]},
                      263, 262, frozenset({"auto-difference-866", "auto-part-1007-of-967", "auto-share-614"}), 298, 295,
                      frozenset({"auto-difference-866", "auto-part-1007-of-967"})),
    "CD–CE": Measured({"round82": ["chenglan-procuratorate-work-report-2025", "ruiao-zhikong-annual-results-forecast-2025"],
                       "round83": ["tangpu-road-traffic-safety-news-2024", "wenxi-livestock-production-2025h1"]},
                      285, 276, frozenset(), 299, 290, frozenset()),
    "CF–CG": Measured({"round84": ["bochuan-county-development-plan-execution-report-2024",
                                   "hongyang-winter-gas-supply-news-2025"],
                       "round85": ["qiyuan-china-europe-railway-express-news-2025",
                                   "yuanhu-press-publication-statistics-2024"]},
                      300, 295, frozenset({"auto-change-rate-310"}), 334, 329, frozenset({"auto-change-rate-310"})),
    # stop 28: written at the stop's start, never seen by its work (guided by BZ–CG: far shares' wholes, forms of
    # change), measured once at its end: first contact with stop 27's finder 1,113 of 1,849 (60%), 23 alarms; with this
    # stop's finder 1,117 (60%), 23. Its alarms were then read, and their general causes fixed (a breakdown inside a
    # breakdown, a wider place's figure, a part after 其中 for a ratio's or an average's whole, another table's cell,
    # a share's part named in fewest other words): now 1,122, sixteen — eight of them accuse a figure the list plants
    # wrong, over another mention of its whole or a base stated elsewhere (bench/relations_eval.py says which)
    "CH–CI": Measured({"round86": ["luting-household-income-consumption-2025q3", "yanxi-ev-charging-infrastructure-news-2025"],
                       "round87": ["daichuan-rural-commercial-bank-2025q3-report", "liaoxi-autumn-grain-purchase-news-2025"]},
                      256, 252, frozenset({"auto-average-1714", "auto-growth-2494", "auto-part-772-of-742",
                                           "auto-share-780"}),
                      256, 252, frozenset({"auto-growth-2494", "auto-part-772-of-742", "auto-share-780"})),
    "CJ–CK": Measured({"round88": ["lanping-zhongkao-enrolment-news-2025", "yanxi-audit-work-report-2024"],
                       "round89": ["cenpu-port-container-throughput-news-2025",
                                   "shuping-hospital-annual-service-report-2024"]},
                      276, 268, frozenset({"auto-average-2772", "auto-difference-1792", "auto-multiple-1128",
                                           "auto-part-1342-of-1307", "auto-share-1944", "auto-sum-575"}),
                      281, 273, frozenset({"auto-difference-1792", "auto-multiple-1128", "auto-share-1944"})),
    "CL–CM": Measured({"round90": ["qinnan-water-resources-bulletin-2024", "songpu-spring-festival-travel-news-2025"],
                       "round91": ["lipi-consumption-voucher-night-economy-news-2025",
                                   "zhuocen-drive-interim-report-summary-2025"]},
                      266, 257, frozenset({"auto-share-1680", "auto-share-1908", "auto-share-2634", "auto-share-2865",
                                           "auto-share-3899", "auto-share-4214"}),
                      269, 260, frozenset({"auto-share-1680", "auto-share-1908", "auto-share-2865", "auto-share-3899",
                                           "auto-share-4214"})),
    "CN–CO": Measured({"round92": ["luting-marathon-economy-news-2025",
                                   "qiaochuan-human-resources-social-security-bulletin-2024"],
                       "round93": ["qixi-education-statistics-bulletin-2024", "yuechuan-foreign-trade-news-2025"]},
                      315, 303, frozenset({"auto-part-758-of-738", "auto-rate-3401", "auto-ratio-1947", "auto-share-1706",
                                           "auto-share-2352", "auto-share-3835", "auto-sum-570"}),
                      316, 304, frozenset({"auto-part-758-of-738", "auto-share-1706", "auto-share-2352",
                                           "auto-share-3835", "auto-sum-570"})),
    # stop 29: written by eight helpers at the stop's start, measured once with the finder as its first half left it:
    # 1,047 of 1,844 (57%; stop 28's finder 1,047 too: the work on rounds 50–93 did not transfer), 26 alarms (0.85 per
    # 60), 11 of them on figures the lists plant wrong; the alarms were then read, their general causes fixed (a subtotal
    # of named items, a number in a name, nested kinds, three items named before 合计, the other half after ；, an
    # average over the whole not a 其中 part, zeros in a sum, 结余分配, 其余, a gap over a kind of the named whole, a
    # count opening a breakdown); the ten left accuse figures the lists plant wrong, over other terms than theirs
    "CP–CQ": Measured({"round94": ["heting-volume-based-procurement-news-2025", "jingyu-industrial-output-analysis-2025-08"],
                       "round95": ["keling-household-registration-population-2024",
                                   "shuangling-ice-snow-tourism-wire-2025"]},
                      285, 277, frozenset({"auto-average-1967", "auto-average-1998", "auto-change-rate-1652",
                                           "auto-part-2310-of-2243", "auto-part-2868-of-2799", "auto-part-497-of-469",
                                           "auto-share-2020", "auto-sum-549"}),
                      290, 283, frozenset({"auto-share-2020"})),
    "CR–CS": Measured({"round96": ["qifeng-parking-management-news-2025", "yunlan-airlines-monthly-operating-data-2025-09"],
                       "round97": ["canglan-agriculture-bureau-final-accounts-2024",
                                   "fengpu-livestream-ecommerce-news-2025"]},
                      237, 229, frozenset({"auto-change-rate-1132", "auto-change-rate-4131", "auto-difference-1906",
                                           "auto-difference-986", "auto-difference-997", "auto-part-2086-of-2047",
                                           "auto-share-1573", "auto-sum-4597"}),
                      243, 235, frozenset({"auto-change-rate-1132", "auto-change-rate-4131", "auto-difference-1906",
                                           "auto-share-1573"})),
    "CT–CU": Measured({"round98": ["qiaonan-inclusive-small-business-loans-wire-2025",
                                   "tangping-rural-revitalisation-fund-projects-2025"],
                       "round99": ["lanyu-expressway-toll-operations-2024", "tingyuan-urban-greening-news-2025"]},
                      260, 255, frozenset({"auto-average-1621", "auto-change-rate-625", "auto-difference-1091",
                                           "auto-difference-1926", "auto-difference-3561", "auto-share-550"}),
                      260, 255, frozenset({"auto-average-1621", "auto-change-rate-625"})),
    "CV–CW": Measured({"round100": ["hexun-government-procurement-analysis-2024", "quchuan-baijiu-annual-results-news-2025"],
                       "round101": ["langang-housing-rental-market-monitoring-2025q2",
                                    "quping-after-school-services-news-2025"]},
                      265, 257, frozenset({"auto-part-2410-of-2385", "auto-ratio-1589", "auto-share-1079",
                                           "auto-share-2353"}),
                      265, 258, frozenset({"auto-ratio-1589", "auto-share-1079", "auto-share-2353"})),
    # session 30: rounds 102–109 written at the stop's start, measured once with bfe36b6 (first) and after the stop
    "CX–CY": Measured({"round102": ["fengzhu-nev-countryside-news-2025", "wendai-consumer-price-release-2025-10"],
                       "round103": ["taoxiu-county-statistical-bulletin-2024", "yuchuan-spring-festival-travel-wire-2025"]},
                      308, 304, frozenset({"auto-growth-2925", "auto-growth-2978", "auto-growth-3123",
                                           "auto-growth-3185", "auto-growth-3236", "auto-growth-3306",
                                           "auto-growth-3349", "auto-growth-3417", "auto-growth-3466",
                                           "auto-growth-3515", "auto-growth-3569", "auto-growth-712", "auto-share-844"}),
                      331, 327, frozenset({"auto-growth-712", "auto-share-844"})),
    "CZ–DA": Measured({"round104": ["fenglan-bank-csr-report-summary-2024", "minyang-medical-insurance-fund-news-2025"],
                       "round105": ["binrong-foreign-trade-news-2025", "shuchuan-water-resources-bulletin-2024"]},
                      280, 278, frozenset({"auto-average-1284", "auto-part-1712-of-1642", "auto-part-2082-of-2035",
                                           "auto-part-900-of-830", "auto-share-1892", "auto-share-2766",
                                           "auto-share-4969"}),
                      282, 281, frozenset({"auto-share-4969"})),
    "DB–DC": Measured({"round106": ["chengyue-property-sales-briefing-2025h1", "qinchuan-high-standard-farmland-news-2025"],
                       "round107": ["fengyu-express-delivery-wire-2025", "moling-health-statistics-bulletin-2024"]},
                      277, 273, frozenset({"auto-average-752", "auto-part-1217-of-1183", "auto-part-656-of-600",
                                           "auto-share-1838"}),
                      278, 274, frozenset()),
    "DD–DE": Measured({"round108": ["chengxi-university-graduate-employment-report-2025", "yanyu-may-day-tourism-news-2025"],
                       "round109": ["longyuan-ecological-environment-bulletin-2024", "yucha-old-residential-renovation-news-2025"]},
                      295, 284, frozenset({"auto-average-1327", "auto-average-1841", "auto-average-2569",
                                           "auto-average-820", "auto-part-2673-of-2662", "auto-share-2687",
                                           "auto-sum-771"}),
                      297, 286, frozenset({"auto-average-1841"})),
    # rounds 110–117 written in the stop's second half, measured once with 99ea44b (first) and after the stop
    "DF–DG": Measured({"round110": ["jinglan-metro-ridership-news-2025", "yutan-fixed-asset-investment-release-2025-09"],
                       "round111": ["huaichuan-summer-grain-purchase-wire-2025", "tanchuan-budget-execution-report-2024"]},
                      301, 299, frozenset({"auto-change-1234-1246", "auto-change-rate-2637", "auto-part-1274-of-1234",
                                           "auto-share-2024"}),
                      301, 299, frozenset({"auto-change-rate-2637", "auto-part-1274-of-1234"})),
    "DH–DI": Measured({"round112": ["meiyang-museum-visitors-news-2025", "weiling-battery-q3-report-2025"],
                       "round113": ["qitong-labour-inspection-report-2024", "tanfu-village-solar-income-news-2025"]},
                      252, 248, frozenset({"auto-average-3162", "auto-multiple-1122", "auto-share-1519"}),
                      252, 248, frozenset({"auto-average-3162", "auto-multiple-1122", "auto-share-1519"})),
    "DJ–DK": Measured({"round114": ["danchuan-climate-bulletin-2024", "tongcen-senior-education-news-2025"],
                       "round115": ["shuoning-winter-heating-wire-2025", "yichuan-transport-statistical-bulletin-2024"]},
                      270, 266, frozenset({"auto-part-1998-of-1975", "auto-part-682-of-606", "auto-share-2425",
                                           "auto-sum-1898"}),
                      278, 274, frozenset({"auto-share-2425"})),
    "DL–DM": Measured({"round116": ["qiling-forest-economy-herbs-news-2025", "yuanting-bank-pillar3-disclosure-2025q2"],
                       "round117": ["lanxi-business-entities-analysis-2024", "luling-marathon-economy-news-2025"]},
                      235, 233, frozenset({"auto-split-2535", "auto-sum-900"}),
                      235, 233, frozenset({"auto-split-2535"})),
}


@pytest.mark.parametrize("name", MEASURED)
def test_a_set_of_rounds_as_measured_once(name):
    """At least what was found and judged right at first contact, no alarm but those then raised; and now at least
    what the work it guided reached, with no alarm at all."""
    from .test_relations_fixtures import round_score

    measured = MEASURED[name]
    scores = [round_score(folder, report) for folder, reports in measured.reports.items() for report in reports]
    assert_round(scores, measured.found, measured.right, set(measured.alarms))
    assert_round(scores, measured.found_now, measured.right_now, set(measured.alarms_now))


# -- what a reader sees ---------------------------------------------------------------------------------------------

def test_the_front_page_says_how_many_consistent_checks_were_only_fitted(tmp_path):
    """A check found because its figures fit is consistent by construction: the summary says how many there are, so
    "consistent" is not read as the text's meaning confirmed."""
    from helpers.analysis import analyse
    from helpers.present.findings import findings, summary

    report = tmp_path / "report.txt"
    report.write_text("某公司年报摘要\n全年公司实现营业收入223.08亿元。全年实现毛利54.36亿元，综合毛利率为24.37%。\n",
                      encoding="utf-8")
    analysis = analyse(report)
    text = summary(analysis, findings(analysis))
    assert "One of the consistent ones was found by arithmetic alone" in text
    report.write_text("某公司年报摘要\n全年公司实现营业收入223.08亿元，比上年增加20.28亿元，增长10.0%。\n", encoding="utf-8")
    analysis = analyse(report)
    assert "found by arithmetic" not in summary(analysis, findings(analysis))
