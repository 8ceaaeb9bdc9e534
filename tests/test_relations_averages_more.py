"""More readings of averages, rates per head, ratios and multiples (``claims/relations/averages.py``), each on a
sentence written for the test (not copied from the fixture reports)."""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


def figures(*texts):
    """The figures of a check as the table writes them: their texts sorted and joined by spaces."""
    return " ".join(sorted(texts))


# -- a base stated in brackets: ``完成年度目标（B）的 r%``, ``是2020年（B）的 N倍`` ------------------------------------------

@pytest.mark.parametrize("percent, verdict", [("112.5%", "consistent"), ("121.5%", "inconsistent")])
def test_a_percent_of_a_target_stated_in_brackets(percent, verdict):
    """新建农村公路 405公里 … 完成年度计划（360公里）的 112.5%: 405 over 360 (the growth rate between is skipped)."""
    table = checks_in(f"全年新建农村公路405公里，同比增长6.0%，完成年度计划（360公里）的{percent}。")
    assert verdicts_of(table, figures("360公里", "405公里", percent)) == [verdict]


@pytest.mark.parametrize("times, verdict", [("2.5倍", "consistent"), ("3.5倍", "inconsistent")])
def test_a_multiple_of_a_year_stated_in_brackets(times, verdict):
    """接待研学学生 9.6万人次，是2021年（3.84万人次）的 2.5倍: 9.6 over 3.84."""
    table = checks_in(f"全年接待研学学生9.6万人次，是2021年（3.84万人次）的{times}。")
    assert verdicts_of(table, figures("3.84万人次", "9.6万人次", times)) == [verdict]


def test_a_bracket_after_a_share_or_a_change_is_not_read_as_a_base():
    """占全市（B）的 s% is a share (the shares' finder reads it); 比上年（B）增长 is a change: neither is a ratio here."""
    table = checks_in("全年旅游收入45.0亿元，占全市服务业增加值（300.0亿元）的25.0%。")
    assert kind(table, "auto-ratio-").empty
    no_alarm(table)


# -- 平均每 over a count in more units, the noun ended by a verb -----------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("2.3亿元", "consistent"), ("2.8亿元", "inconsistent")])
def test_an_average_per_firm_whose_noun_is_ended_by_a_verb(average, verdict):
    """平均每家园区实现产值: 园区 is what is counted (the 52家 of the sentence before), 实现产值 the total averaged."""
    table = checks_in(f"年末全省省级以上工业园区52家。全年园区实现产值119.6亿元，平均每家园区实现产值{average}。")
    assert verdicts_of(table, figures("119.6亿元", "52家", average)) == [verdict]


@pytest.mark.parametrize("average, verdict", [("14.0户", "consistent"), ("17.0户", "inconsistent")])
def test_an_average_per_unit_counted_in_部(average, verdict):
    """全市新装电梯 350部，惠及 4,900户，平均每部惠及 14.0户: 4,900 over 350."""
    table = checks_in(f"全市新装电梯350部，惠及4,900户，平均每部惠及{average}。")
    assert verdicts_of(table, figures("350", "4,900户", average)) == [verdict]


def test_an_average_per_person_counted_in_人_is_not_the_total_it_averages():
    """平均每名志愿者服务 … 人次: the count is the 1,250人 of 志愿者, not the 服务 figure in 人 (which is the total)."""
    table = checks_in("全年招募志愿者1,250人，服务群众8,750人，平均每名志愿者服务群众7.0人。")
    assert verdicts_of(table, figures("1,250人", "8,750人", "7.0人")) == ["consistent"]


# -- 人均 over the population the words name: 按常住人口计算, a note for the whole report ---------------------------------

@pytest.mark.parametrize("average, verdict", [("52,000元", "consistent"), ("62,000元", "inconsistent")])
def test_an_average_per_head_said_to_be_over_the_resident_population(average, verdict):
    """按常住人口计算，人均地区生产总值: the 常住人口 (not the 户籍人口 nor its 城镇 part), the total named 地区生产总值, all
    in sentences of their own."""
    table = checks_in(f"全区实现地区生产总值416.0亿元，增长5.2%。年末常住人口80.0万人，其中城镇常住人口52.0万人；户籍人口"
                      f"86.5万人。按常住人口计算，人均地区生产总值{average}。")
    assert verdicts_of(table, figures("416.0亿元", "80.0万人", average)) == [verdict]


@pytest.mark.parametrize("average, verdict", [("3.00吨", "consistent"), ("3.60吨", "inconsistent")])
def test_an_average_per_head_over_the_population_of_a_note(average, verdict):
    """（本公报中人均指标均按年末常住人口 N 计算）: 人均垃圾清运 over N, the total the figure whose words share most of
    生活垃圾清运 (not the 0.42吨/万元 per unit of output)."""
    table = checks_in(f"现将主要数据公布如下（本公报中人均指标均按年末常住人口250.0万人计算）。\n全年城市生活垃圾清运量750.0万吨，"
                      f"增长2.0%。单位产值生活垃圾清运0.42吨/万元。全市人均生活垃圾清运{average}。")
    assert verdicts_of(table, figures("250.0万人", "750.0万吨", average)) == [verdict]


# -- an average of a part after 其中 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("5,750元", "consistent"), ("6,750元", "inconsistent")])
def test_an_average_of_the_part_after_其中(average, verdict):
    """其中低收入户 0.20万户 … 增收 1,150万元，户均增收 a: the part's own 增收 over its own count, and the whole's 户均
    over the whole's count (not the 其中 count after it)."""
    table = checks_in(f"全县带动农户1.00万户，带动农户增收4,500万元，户均增收4,500元；其中低收入户0.20万户，增收1,150万元，"
                      f"户均增收{average}。")
    assert verdicts_of(table, figures("0.20万户", "1,150万元", average)) == [verdict]
    assert verdicts_of(table, figures("1.00万户", "4,500万元", "4,500元")) == ["consistent"]


# -- rates per head over the whole population, never a part of it -------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("25.0人", "consistent"), ("30.0人", "inconsistent")])
def test_a_rate_per_ten_thousand_over_the_population_not_its_urban_part(rate, verdict):
    """年末常住人口 N，其中城镇常住人口 a: one population and a part of it, so 每万人口 … r is judged, over N."""
    table = checks_in(f"年末全县常住人口60.00万人，其中城镇常住人口33.00万人。全县共有执业医师1,500人，每万人口执业医师{rate}。")
    assert verdicts_of(table, figures("1,500人", "60.00万人", rate)) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("4.3名", "consistent"), ("5.3名", "inconsistent")])
def test_a_rate_per_ten_thousand_that_names_nothing_counts_the_figure_of_its_sentence(rate, verdict):
    """共有网格员 2,150名，…，每万人口 r名: the rate's words name nothing it counts; the one figure in 名 of its sentence."""
    table = checks_in(f"年末全市常住人口500.0万人。全市共有网格员2,150名，实现社区全覆盖，每万人口{rate}。")
    assert verdicts_of(table, figures("2,150名", "500.0万人", rate)) == [verdict]


def test_a_population_counted_for_a_city_district_is_not_the_base_of_the_report_rates():
    """按城区常住人口 a 计算，人均公园绿地面积 …: 城区 is a part; 每万人 r件 is over the 常住人口 N of the report."""
    table = checks_in("年末常住人口400.0万人。按城区常住人口150.0万人计算，人均公园绿地面积15.2平方米。全年受理投诉6,400件，按常住人口计算，"
                      "每万人16.0件。")
    assert verdicts_of(kind(table, "auto-rate-"), figures("400.0万人", "6,400件", "16.0件")) == ["consistent"]


# -- 日均 over the days its sentence states, of a total stated before ------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("52.5万人次", "consistent"), ("62.5万人次", "inconsistent")])
def test_a_daily_average_over_the_days_of_its_sentence_and_a_total_stated_before(average, verdict):
    """按5天计算，日均接待游客 a: the 接待游客 T of the paragraph before, not the province's figure in brackets nor a
    part of a breakdown."""
    table = checks_in(f"“五一”假期，全市累计接待游客262.5万人次，占全省接待游客（1,480.0万人次）的17.7%。\n按来源分，市外游客"
                      f"150.0万人次，市内游客112.5万人次。按5天计算，日均接待游客{average}。")
    assert verdicts_of(table, figures("262.5万人次", "5天", average)) == [verdict]


def test_a_daily_average_of_a_report_with_two_numbers_of_days_takes_the_one_the_figures_fit():
    """假期 8天 … 3天: 日均 a over 8 fits, so it is taken (and says so), never accused over the 3 days."""
    table = checks_in("国庆中秋假期共8天，全市累计运送乘客960.0万人次，其中前3天运送420.0万人次。全市公交累计运送乘客384.0万人次，"
                      "日均48.0万人次。")
    checks = table[table.description.str.contains("48.0万人次")]
    assert checks.verdict.tolist() == ["consistent"]
    assert "8天" in checks.description.iloc[0]


# -- ratios of two named figures written 1:x, and 之比约为 ----------------------------------------------------------

@pytest.mark.parametrize("ratio, verdict", [("2.6", "consistent"), ("3.6", "inconsistent")])
def test_a_ratio_of_two_named_figures_written_one_to_x(ratio, verdict):
    """公办幼儿园 a 所，民办幼儿园 b 所，公办与民办幼儿园数量之比约为 1:x: x is b over a (each named in its own words)."""
    table = checks_in(f"全市共有幼儿园1,160所，其中，公办幼儿园322所，民办幼儿园838所，公办与民办之比约为1:{ratio}。")
    assert verdicts_of(table, figures("322所", "838所", ratio)) == [verdict]


def test_two_shares_written_a_to_b_are_no_ratio_of_the_figures():
    """养殖与捕捞产量之比为 87.7:12.3: a split of shares (read by the totals' finder), not 87.7 as one over the other."""
    table = checks_in("其中，养殖水产品产量362.14万吨，捕捞水产品产量50.72万吨，养殖与捕捞产量之比为87.7:12.3。")
    assert kind(table, "auto-ratio-").empty


# -- 相当于 W 的 r%: a percent of another named figure --------------------------------------------------------------

@pytest.mark.parametrize("percent, verdict", [("26.0%", "consistent"), ("36.0%", "inconsistent")])
def test_a_percent_of_another_named_figure_after_相当于(percent, verdict):
    """处置收入 3.25亿元，相当于资产原值的 r%: 3.25 over the 资产原值 12.50亿元 of the sentence before (a ratio: the
    proceeds are no part of the assets' value)."""
    table = checks_in(f"全年处置闲置资产386宗，资产原值12.50亿元。实现处置收入3.25亿元，同比增长8.0%，相当于资产原值的{percent}。")
    assert verdicts_of(table, figures("12.50亿元", "3.25亿元", percent)) == [verdict]


def test_a_percent_of_a_period_after_相当于_is_no_ratio_of_two_named_figures():
    """相当于上年同期的 r%: a comparison with another period (read by the changes' finder), not a named figure."""
    table = checks_in("全年处置收入3.25亿元，上年为2.50亿元，相当于上年的130.0%。")
    assert kind(table, "auto-ratio-").empty


# -- 人均 over people named after their number; 每户 / 每亩 with the total of the sentence ----------------------------

@pytest.mark.parametrize("average, verdict", [("3,500元", "consistent"), ("4,500元", "inconsistent")])
def test_an_average_per_head_over_people_named_after_their_number(average, verdict):
    """为 1,240名劳动者追回工资 434万元，人均 a: the count names its people after the number (名劳动者)."""
    table = checks_in(f"全年为1,240名劳动者追回工资434万元，人均{average}。")
    assert verdicts_of(table, figures("1,240名", "434万元", average)) == [verdict]


@pytest.mark.parametrize("rent, verdict", [("950元", "consistent"), ("1,150元", "inconsistent")])
def test_a_figure_per_one_unit_with_the_total_of_its_sentence(rent, verdict):
    """合作社流转土地 2,400亩，每亩年租金 a，农户一年可得租金 228万元: a is 228万 over 2,400 (the total after it)."""
    table = checks_in(f"合作社流转土地2,400亩，每亩年租金{rent}，农户一年可得租金228万元。")
    assert verdicts_of(table, figures("2,400亩", "228万元", rent)) == [verdict]


def test_a_figure_per_one_unit_with_two_figures_in_its_unit_is_not_read():
    """每亩补贴 a … 两个 figures in 元 besides it: which is the total is not written, so nothing is judged."""
    table = checks_in("全县种植水稻1.2万亩，每亩补贴150元，发放补贴资金180万元，带动农户增收950万元。")
    no_alarm(table)
    assert kind(table, "auto-average-").empty


@pytest.mark.parametrize("times, verdict", [("2.5倍", "consistent"), ("3.5倍", "inconsistent")])
def test_a_multiple_of_two_averages_with_a_unit_ending_after_the_bracketed_base(times, verdict):
    """日均客流 a万人次，是平日日均客流（b万人次）的 N倍: averages compared with each other (both are levels), the 次 of
    万人次 left between the figure and its bracket."""
    table = checks_in(f"假期全市公园日均客流42.5万人次，为全年峰值，是平日日均客流（17.0万人次）的{times}。")
    assert verdicts_of(table, figures("17.0万人次", "42.5万人次", times)) == [verdict]


def test_a_bracketed_base_is_compared_with_the_subject_not_with_another_comparison_s_base():
    """全年新建充电站 840座，完成年度目标 700座的 120.0%，…，是2021年（200座）的 4.2倍: 840 over 200, never 700 (the base
    of 完成…的, followed by 的)."""
    table = checks_in("全年新建充电站840座，完成年度目标700座的120.0%，比上年增加95座，是2021年（200座）的4.2倍。")
    no_alarm(table)
    assert verdicts_of(table, figures("200座", "4.2倍", "840座")) == ["consistent"]


@pytest.mark.parametrize("percent, verdict", [("115.0%", "consistent"), ("125.0%", "inconsistent")])
def test_a_percent_of_a_target_stated_before_的_without_brackets(percent, verdict):
    """改造燃气管网 92公里，完成年度目标 80公里的 r%: 92 over 80, the target written right before 的."""
    table = checks_in(f"全年改造燃气管网92公里，完成年度目标80公里的{percent}。")
    assert verdicts_of(table, figures("80公里", "92公里", percent)) == [verdict]


# -- the alarms of rounds 26-28 (Z-AB) at first contact, each on sentences of our own --------------------------------

def test_an_item_of_a_list_a_total_closes_is_no_balance():
    """加上 a、b 和结转下年支出 d，支出总计 T: d is an item of spending, not 收入 − 支出 (read as a balance: an alarm)."""
    no_alarm(checks_in("全市一般公共预算支出612.85亿元。加上上解上级支出6.18亿元、债务还本支出38.56亿元和结转下年支出"
                       "4.19亿元，全市支出总计661.78亿元。"))


def test_a_balance_takes_the_spending_of_its_own_paragraph_past_a_semicolon():
    """收入 A，其中 a、b；支出 B。当年收支结余 C: B follows ；, it is no part of A's 其中, so C is A − B (before, a
    支出 of another paragraph was taken: an alarm)."""
    table = checks_in("当年安排国有资本经营预算支出5.92亿元。\n全市社会保险基金收入236.74亿元，其中保险费收入158.26亿元、"
                      "财政补贴收入61.43亿元；社会保险基金支出221.58亿元。当年收支结余15.16亿元。")
    assert verdicts_of(table, "15.16亿元 221.58亿元 236.74亿元") == ["consistent"]


def test_a_per_mille_of_an_area_is_no_rate_per_head():
    """成灾面积 0.86万公顷，成灾率 0.29‰: not 0.86万公顷 per 1,000 of the population."""
    no_alarm(checks_in("全省常住人口3,862.4万人。\n林业有害生物成灾面积0.86万公顷，成灾率0.29‰。"))


def test_a_rate_per_head_counts_the_whole_not_its_part():
    """有效发明专利 T，其中企业拥有 a … 每万人口发明专利拥有量 r: T per 万 people, not a."""
    table = checks_in("年末全市常住人口512.46万人。\n年末全市有效发明专利24,863件，其中企业拥有17,652件，占71.0%。"
                      "每万人口发明专利拥有量48.52件。")
    assert verdicts_of(table, "24,863件 48.52件 512.46万人") == ["consistent"]


def test_an_average_over_a_count_of_the_total_it_names():
    """…再融资债券 b。新增专项债券共支持项目 N个，平均每个项目 a: the total is 专项债券 a2, named like the count."""
    table = checks_in("全年发行政府债券186.40亿元，其中新增债券112.60亿元（一般债券18.10亿元、专项债券94.50亿元），"
                      "再融资债券73.80亿元。新增专项债券共支持项目218个，平均每个项目5,335万元。")
    assert verdicts_of(table, "218个 5,335万元 94.50亿元") == ["inconsistent"]
    assert verdicts_of(table, "218个 5,335万元 73.80亿元") == []


def test_an_average_over_the_whole_count_not_the_part_after_it():
    """开展直播 N场，其中农产品专场 n场；销售额 T，…场均 a: T over N."""
    table = checks_in("全县开展直播带货3.86万场，其中农产品专场2.64万场，占68.4%；实现直播销售额11.47亿元，场均销售额2.97万元。")
    assert verdicts_of(table, "11.47亿元 2.97万元 3.86万场") == ["consistent"]


def test_a_target_in_brackets_is_never_the_total():
    """成交额 T，…，完成年度目标（220亿元）的 107.7%；平均每项合同成交额 a: T over the count, not 220亿元."""
    table = checks_in("全年全市共登记技术合同6,174项，成交额236.85亿元，增长28.6%，完成年度目标（220亿元）的107.7%；"
                      "平均每项合同成交额383.6万元。")
    assert verdicts_of(table, "220亿元 383.6万元 6,174项") == []
    no_alarm(table)
