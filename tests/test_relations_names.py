"""Figures identified by their names, however far apart they stand: a share's whole named exactly once in the report,
a bare 占比 whose part is named as a kind of the whole, a rate named by what it counts (stop 19).

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


@pytest.mark.parametrize("share, verdict", [("28.4%", "consistent"), ("38.4%", "inconsistent")])
def test_a_whole_named_exactly_once_is_the_whole_paragraphs_later(share, verdict):
    """住院医疗总费用 is stated once, in the paragraph before: 占住院医疗总费用的 names it, so the share is judged (before,
    the other paragraph made the reading doubtful and the check was only shown)."""
    table = checks_in("全县住院医疗总费用4.37亿元，比上年增长3.2%。\n门诊统筹支付0.82亿元。\n"
                      f"全年参保患者个人负担1.24亿元，占住院医疗总费用的{share}。")
    assert verdicts_of(table, f"1.24亿元 {share} 4.37亿元") == [verdict]


def test_a_whole_named_so_twice_stays_doubtful():
    """Two figures named 住院医疗总费用 (the county's and, under a heading, one hospital's): the name does not tell
    which, so a share that fits neither is shown, not accused."""
    table = checks_in("全县住院医疗总费用4.37亿元。\n县人民医院：住院医疗总费用2.10亿元。\n"
                      "门诊统筹支付0.82亿元。\n"
                      "全年参保患者个人负担1.24亿元，占住院医疗总费用的38.4%。")
    no_alarm(table)


def test_a_whole_in_the_preface_sections_before():
    """全省共有幼儿园 W in the preface, 占全省幼儿园总数的 s% eleven sections later, past many figures."""
    filler = "".join(f"第{i}项指标完成{100 + i}个，比上年增加{i}个。" for i in range(1, 45))
    table = checks_in(f"全省共有幼儿园10,487所。\n{filler}\n其中，民办幼儿园5,771所，民办幼儿园占全省幼儿园总数的65.0%。")
    assert verdicts_of(table, "10,487所 5,771所 65.0%") == ["inconsistent"]


@pytest.mark.parametrize("share, verdict", [("34.42%", "consistent"), ("38.42%", "inconsistent")])
def test_a_bare_share_of_the_whole_its_part_is_a_kind_of(share, verdict):
    """零售业务营业收入 a, 占比 s%: no whole named, but the part's name is a kind (零售业务) of 营业收入, stated before it
    (past the part's own growth rate)."""
    table = checks_in("全年营业收入195.38亿元，同比增长4.5%。\n零售业务营业收入67.25亿元，同比增长6.2%，"
                      f"占比{share}。")
    assert verdicts_of(table, f"195.38亿元 {share} 67.25亿元") == [verdict]


def test_a_bare_share_never_takes_a_whole_named_by_two_characters():
    """企业债券净融资 a，占 s%: 融资 W names too little to be the whole (the breakdown's own total is judged by the
    reading of breakdowns, or nothing is)."""
    table = checks_in("全年发行债券386只，融资1,247.63亿元。\n社会融资规模增量1,582.46亿元。企业债券净融资267.34亿元，占18.9%。")
    assert verdicts_of(table, "1,247.63亿元 18.9% 267.34亿元") == []


def test_a_figure_that_describes_a_noun_is_no_part():
    """其中，总投资120亿元的二期项目…: 120亿元 is the project's size, not a part of the 完成投资 before it (which it
    exceeds: an alarm before)."""
    table = checks_in("全区重点项目1—6月完成投资104.72亿元，投资完成率56.2%。其中，总投资120亿元的二期项目已封顶。")
    no_alarm(table)
    assert not any("120亿元" in figures for figures in table.figures.tolist())


@pytest.mark.parametrize("share, verdict", [("62.3%", "consistent"), ("68.3%", "inconsistent")])
def test_a_share_whose_words_name_its_part(share, verdict):
    """企业 a、个体工商户 b，企业占…的 s%: the part is the figure named 企业, not the one just before the share."""
    table = checks_in(f"上半年新登记经营主体4,682户，其中企业2,917户、个体工商户2,165户，企业占新登记经营主体的{share}。")
    assert verdicts_of(table, f"2,917户 4,682户 {share}") == [verdict]
    assert verdicts_of(table, f"2,165户 4,682户 {share}") == []


def test_a_whole_named_exactly_gives_way_to_the_paragraphs_own():
    """Last year's 市级一般公共预算支出 W is named exactly, but this year's 市级一般公共预算支出安排 W' stands in the
    share's paragraph: the exact name is no longer enough to accuse."""
    table = checks_in("市级一般公共预算支出208.47亿元，增长2.1%。\n"
                      "市级一般公共预算支出安排215.40亿元，其中基本支出98.76亿元。市级预备费安排3.20亿元，"
                      "占市级一般公共预算支出的1.8%。")
    no_alarm(table)


@pytest.mark.parametrize("rate, verdict", [("4.8%", "consistent"), ("5.8%", "inconsistent")])
def test_a_rate_counts_the_difference_over_the_figure_it_is_taken_from(rate, verdict):
    """预算 90.79，实际 86.42，节约 4.37，节约率: 4.37 = 90.79 − 86.42, so the saving is counted over the budget."""
    table = checks_in(f"全年政府采购预算金额90.79亿元，实际采购金额86.42亿元，节约资金4.37亿元，资金节约率{rate}。")
    assert verdicts_of(table, f"4.37亿元 {rate} 90.79亿元") == [verdict]
    assert verdicts_of(table, f"4.37亿元 {rate} 86.42亿元") == []


@pytest.mark.parametrize("share, verdict", [("29.4%", "consistent"), ("34.9%", "inconsistent")])
def test_a_whole_named_with_its_subject_before_the_measure(share, verdict):
    """公司实现营业收入 W in the lead paragraph is the 营业收入 that 占营业收入的 names sections later: 公司 says whose
    figure it is, not what it measures."""
    table = checks_in("上半年，公司实现营业收入38.62亿元，同比增长12.4%。\n一、主营业务\n分产品看，伺服驱动系统收入11.36亿元，"
                      f"同比增长21.5%，占营业收入的{share}。")
    assert verdicts_of(table, f"11.36亿元 {share} 38.62亿元") == [verdict]


def test_a_whole_by_the_short_name_the_text_gives_it():
    """…净利润（以下简称“归母净利润”）W, then 占上半年归母净利润的: the short name is the whole's name."""
    table = checks_in("上半年，公司实现归属于上市公司股东的净利润（以下简称“归母净利润”）4.27亿元，同比增长9.6%。\n"
                      "公司拟每10股派发现金红利1.20元（含税），合计派发现金红利1.104亿元，占上半年归母净利润的25.9%。")
    assert verdicts_of(table, "1.104亿元 25.9% 4.27亿元") == ["consistent"]


def test_a_latin_abbreviation_names_the_words_it_shortens():
    """研究与试验发展（R&D）经费 W is the R&D经费 of 占全市R&D经费的."""
    table = checks_in("2024年，全市共投入研究与试验发展（R&D）经费128.64亿元，增长8.9%。\n高新区集聚高新技术企业1,127家，"
                      "投入R&D经费41.26亿元，占全市R&D经费的32.1%。")
    assert verdicts_of(table, "128.64亿元 32.1% 41.26亿元") == ["consistent"]


def test_a_sub_period_figure_is_not_the_whole_of_the_year():
    """前三季度全省税收收入 W, paragraphs before, is not named 全省税收收入 (the year's, named otherwise): the period is
    part of its name, so 占全省税收收入的 is not judged on W. (Right after it, in the sentence before, W would be the
    nearest figure so named and taken: a known limit.)"""
    table = checks_in("全省税务部门组织税收收入5,126.48亿元，同比增长3.6%。\n前三季度全省税收收入3,862.15亿元，同比增长2.7%。\n"
                      "第四季度收入1,264.33亿元，同比增长6.8%。\n"
                      "三大主体税种合计实现收入3,501.61亿元，占全省税收收入的68.3%。")
    assert verdicts_of(table, "3,501.61亿元 3,862.15亿元 68.3%") == []
    no_alarm(table)


def test_a_share_of_this_years_figure_not_of_last_years():
    """…收入 a，上年同期为 b，同比增长 g%，占营业收入的 s%: the share is a's; b is last year's figure."""
    table = checks_in("上半年，公司实现营业收入38.62亿元。\n机器人关节模组收入6.54亿元，上年同期为3.89亿元，同比增长68.1%，"
                      "占营业收入的16.9%。")
    assert verdicts_of(table, "16.9% 38.62亿元 6.54亿元") == ["consistent"]
    no_alarm(table)


@pytest.mark.parametrize("rate, verdict", [("78.5%", "consistent"), ("68.5%", "inconsistent")])
def test_a_count_of_projects_is_a_whole(rate, verdict):
    """签约的 163个项目中，已开工 128个，开工率 s%: 163个 counts projects (项目 after a count is what it counts, not a
    size class as in 亿元以上项目)."""
    table = checks_in(f"据介绍，上届签约的163个项目中，已开工128个，开工率{rate}。")
    assert verdicts_of(table, f"128个 163个 {rate}") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("56.05%", "consistent"), ("65.05%", "inconsistent")])
def test_a_rate_right_after_a_part_of_a_whole(rate, verdict):
    """湿地面积 W，其中纳入保护体系的湿地 a，湿地保护率 s%: the rate is the part over the whole 其中 follows."""
    table = checks_in(f"全省湿地面积68.42万公顷，其中纳入自然保护地体系的湿地38.35万公顷，湿地保护率{rate}。")
    assert verdicts_of(table, f"38.35万公顷 {rate} 68.42万公顷") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("31.7%", "consistent"), ("37.1%", "inconsistent")])
def test_a_rate_counted_among_a_whole_named_before(rate, verdict):
    """本科毕业生中，境内升学 a，升学率 s%: the whole is the figure named 本科毕业生, a paragraph before."""
    table = checks_in("全校毕业生9,846人，其中本科毕业生6,218人。\n就业去向总体稳定。\n"
                      f"本科毕业生中，境内升学1,974人，升学率{rate}。")
    assert verdicts_of(table, f"1,974人 {rate} 6,218人") == [verdict]


def test_a_rate_that_names_its_subject_sentences_later():
    """R&D经费 T，其中企业资金 a。…企业资金比上年增长 r%: the rate is of a, named so; last year's a is derived."""
    table = checks_in("全年R&D经费内部支出1,286.47亿元，其中企业资金1,152.36亿元，政府资金98.12亿元。企业资金比上年增长10.1%，"
                      "政府资金下降1.2%。")
    assert verdicts_of(table, "1,152.36亿元 10.1%") == ["derived"]


def test_a_rate_of_a_month_is_not_of_the_months_so_far():
    """1—10月 … 增加值 T。10月当月，规模以上工业增加值增长 r%: the month's rate, not T's; nothing is derived from T."""
    table = checks_in("1—10月，全市规模以上工业增加值1,286.45亿元。10月当月，规模以上工业增加值增长7.9%。")
    assert verdicts_of(table, "1,286.45亿元 7.9%") == []


def test_a_figure_whose_change_is_stated_takes_no_other_rate_of_its_name():
    """民间投资 T，下降 2.3%；扣除房地产开发投资后，民间投资增长 5.8%: the second rate is of another scope."""
    table = checks_in("民间投资812.46亿元，下降2.3%；扣除房地产开发投资后，民间投资增长5.8%。")
    assert verdicts_of(table, "5.8% 812.46亿元") == []


@pytest.mark.parametrize("gap, verdict", [("0.3", "consistent"), ("0.5", "inconsistent")])
def test_a_growth_faster_than_a_bracketed_period(gap, verdict):
    """增长 6.8%，增速比1—9月（6.5%）加快 d个百分点: d = 6.8 − 6.5 (a period in brackets is a reference too)."""
    table = checks_in(f"1—10月，全市规模以上工业增加值同比增长6.8%，增速比1—9月（6.5%）加快{gap}个百分点。")
    assert verdicts_of(table, f"{gap}个百分点 6.5% 6.8%") == [verdict]


def test_the_second_comparison_of_a_growth_rate_keeps_its_growth_words():
    """…增速比1—9月（6.5%）加快 0.3个百分点，比上年同期（5.7%）高 1.1个百分点: the sentence said 增速 once; 6.8 − 5.7."""
    table = checks_in("全市规模以上工业增加值同比增长6.8%，增速比1—9月（6.5%）加快0.3个百分点，比上年同期（5.7%）高1.1个百分点。")
    assert verdicts_of(table, "1.1个百分点 5.7% 6.8%") == ["consistent"]


@pytest.mark.parametrize("gap, verdict", [("0.9", "consistent"), ("1.9", "inconsistent")])
def test_a_decline_that_narrows_on_a_bracketed_decline(gap, verdict):
    """下降 14.2%，降幅比1—9月（下降 15.1%）收窄 d个百分点: both are magnitudes of a decline; d = 15.1 − 14.2."""
    table = checks_in(f"商品房销售面积同比下降14.2%，降幅比1—9月（下降15.1%）收窄{gap}个百分点。")
    assert verdicts_of(table, f"{gap}个百分点 14.2% 15.1%") == [verdict]


def test_a_decline_against_a_bracketed_growth_is_not_judged():
    """下降 2.0%，增速比上年（增长 1.5%）回落 3.5个百分点: signs the words leave to the reader; nothing is accused."""
    table = checks_in("全市出口同比下降2.0%，增速比上年（增长1.5%）回落3.5个百分点。")
    no_alarm(table)


@pytest.mark.parametrize("rate, verdict", [("5.6%", "consistent"), ("6.5%", "inconsistent")])
def test_a_growth_on_a_bracketed_base_past_a_share_of_the_budget(rate, verdict):
    """B，为年初预算 P 的 101.8%，比上年（A）增长 r%: r is B over A (not over P, the budget whose share is stated);
    before, A was taken for this year's figure and last year's derived from it."""
    table = checks_in(f"全市一般公共预算收入386.52亿元，为年初预算379.70亿元的101.8%，比上年（366.02亿元）增长{rate}。")
    assert verdicts_of(table, f"366.02亿元 386.52亿元 {rate}") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("3.5%", "consistent"), ("5.3%", "inconsistent")])
def test_next_years_planned_figure_grows_on_this_years_named_so(rate, verdict):
    """市级一般公共预算收入预计 B，增长 r% in next year's budget: on this year's 市级一般公共预算收入 A, sections before."""
    table = checks_in("一、2024年预算执行情况\n市级一般公共预算收入142.38亿元，完成预算的98.7%。\n二、2025年预算草案\n"
                      f"市级一般公共预算收入预计147.36亿元，增长{rate}。")
    assert verdicts_of(table, f"142.38亿元 147.36亿元 {rate}") == [verdict]


def test_a_plan_named_like_two_figures_is_not_judged():
    """Two figures named 市级一般公共预算收入 before the plan: which one it grows on is not said; last year's derived."""
    table = checks_in("市级一般公共预算收入142.38亿元。\n上年市级一般公共预算收入收入结构调整后，市级一般公共预算收入138.20亿元。\n"
                      "市级一般公共预算收入预计147.36亿元，增长5.3%。")
    no_alarm(table)


@pytest.mark.parametrize("gap, verdict", [("4.4", "consistent"), ("5.4", "inconsistent")])
def test_a_gap_of_growth_rates_on_the_rate_of_a_figure_named_so(gap, verdict):
    """高技术制造业 … 增长 11.2%，增速比全市规模以上工业高 d: the other rate is the growth of 规模以上工业增加值, the one
    figure before whose name begins so, a paragraph before."""
    table = checks_in("全市规模以上工业增加值1,286.45亿元，同比增长6.8%。\n"
                      f"高技术制造业增加值286.13亿元，增长11.2%，增速比全市规模以上工业高{gap}个百分点。")
    assert verdicts_of(table, f"11.2% {gap}个百分点 6.8%") == [verdict]


def test_a_gap_on_a_name_two_figures_carry_is_not_read():
    """Two figures named 规模以上工业… with a growth rate each: which one the gap means is not said; nothing accused."""
    table = checks_in("全市规模以上工业增加值1,286.45亿元，同比增长6.8%。规模以上工业营业收入5,312.40亿元，增长4.1%。\n"
                      "高技术制造业增加值286.13亿元，增长11.2%，增速比规模以上工业高5.4个百分点。")
    no_alarm(table)


# -- texts that are right, read by the rules above: no alarm (a review's cases, rewritten) ----------------------------

RIGHT_TEXTS = {
    "another year's whole named exactly": "一、2023年回顾\n2023年，全县农林牧渔业总产值76.40亿元。\n二、2024年农业生产\n"
                                          "全年粮食播种面积52.3万亩，比上年增加1.2万亩。\n全年粮食总产量21.6万吨，比上年增长2.4%。\n"
                                          "2024年，全县种植业产值48.62亿元，占农林牧渔业总产值的54.0%。",
    "a part in brackets shares the part's name": "上半年新登记经营主体4,682户，其中企业1,200户（私营企业1,080户），"
                                                 "个体工商户3,482户，企业占新登记经营主体的25.6%。",
    "the rate compared is the first of two": "1—10月，规模以上工业增加值同比增长6.8%，两年平均增长5.9%，"
                                             "增速比1—9月（6.5%）加快0.3个百分点。",
    "a part's rate before the bracket": "1—10月，全市规模以上工业增加值同比增长6.8%，其中制造业增长7.2%，增速比1—9月（6.5%）"
                                        "加快0.3个百分点。",
    "a note in brackets before the base": "全市一般公共预算收入386.52亿元（其中税收收入280.00亿元），比上年（366.02亿元）增长5.6%。",
    "a budget's whole in brackets": "全市一般公共预算收入386.52亿元，为年初预算的101.8%（年初预算379.70亿元），"
                                    "比上年（366.02亿元）增长5.6%。",
    "a plan on the year's estimate": "一、2024年预算执行情况\n1—11月，市级一般公共预算收入130.50亿元，预计全年完成142.38亿元。\n"
                                     "二、2025年预算草案\n市级一般公共预算收入预计147.36亿元，增长3.5%。",
    "a plan on last year's budget": "一、2024年预算执行情况\n市级一般公共预算支出208.47亿元，完成调整预算的96.1%。\n二、2025年预算安排\n"
                                    "市级一般公共预算支出安排215.40亿元，增长2.6%（按上年年初预算数计算）。",
    "a city-level plan under the whole city's figure": "一、2024年全市预算执行情况\n全市一般公共预算收入386.52亿元，增长5.6%。\n"
                                                       "二、2025年市级预算草案\n市级一般公共预算收入预计147.36亿元，增长3.5%。",
    "an overrun over the budget": "全年项目预算100.00亿元，实际支出110.00亿元，超支资金10.00亿元，超支率10.0%。",
}


@pytest.mark.parametrize("name", RIGHT_TEXTS)
def test_right_texts_raise_no_alarm(name):
    no_alarm(checks_in(RIGHT_TEXTS[name]))


@pytest.mark.parametrize("share, verdict", [("30.2%", "consistent"), ("36.2%", "inconsistent")])
def test_a_whole_named_by_the_words_after_it(share, verdict):
    """全市 126家养老机构中，内设医疗机构的 38家，占养老机构总数的 s%: 126家 is named by the words after it."""
    text = f"全市现有养老机构126家，其中公办养老机构48家。\n近年来，全市126家养老机构中，内设医疗机构的38家，占养老机构总数的{share}。"
    table = checks_in(text)
    found = table[table.figures.str.contains(share, regex=False)]
    assert found.verdict.tolist() == [verdict]
    second = len("标题\n") + text.index("全市126家养老机构中") + len("全市")        # the 126家 of the share's sentence
    assert f"auto-{second}" in found.claim_ids.iloc[0].split(";")


# -- the alarms of rounds 32-34 (AF-AH) at first contact, each on sentences of our own --------------------------------

def test_a_subtotal_after_a_list_is_no_total_of_the_list():
    """一季度 a、二季度 b、三季度 c 和四季度 d，其中上半年合计 S: S is a + b, not the four (added up: an alarm)."""
    no_alarm(checks_in("分季度看，一至四季度全省分别实际使用外资52.36亿美元、44.18亿美元、41.63亿美元和48.25亿美元，"
                       "其中上半年合计96.54亿美元。"))


def test_a_rate_per_head_of_the_city_never_counts_one_district():
    """中心城区公共充电桩 a，郊县 b … 全市每万人拥有公共充电桩 r: a is a part of the city's count."""
    no_alarm(checks_in("全市常住人口612.4万人。\n中心城区公共充电桩2.47万台，五个郊县1.39万台。全市每万人拥有公共充电桩63.0台。"))


def test_a_rate_named_as_the_whole_is_not_the_part_over_it():
    """期间费用 T，其中…研发费用 a，期间费用率 r%: the whole's own rate (over revenue), not a over T."""
    no_alarm(checks_in("公司期间费用合计17.73亿元，其中销售费用3.16亿元，管理费用7.42亿元，财务费用5.87亿元，研发费用1.28亿元，"
                       "期间费用率为8.2%。"))


@pytest.mark.parametrize("depth, verdict", [("4.92%", "consistent"), ("5.92%", "inconsistent")])
def test_a_quotient_defined_by_the_words_before_it(depth, verdict):
    """保险深度（保费收入与地区生产总值之比）为 r: r is the figure named 保费收入 over the one named 地区生产总值 (its
    name after the report's year, 2024年全市…, is the name)."""
    table = checks_in(f"2024年全市地区生产总值7,862.4亿元。全市保费收入386.52亿元。据此计算，全市保险深度（保费收入与地区生产总值之比）为{depth}。")
    assert verdicts_of(table, f"386.52亿元 {depth} 7,862.4亿元") == [verdict]


def test_a_defined_quotient_of_last_year_is_not_recomputed_from_this_years_figures():
    """（R&D经费与地区生产总值之比）由上年的 2.51% 提高到 2.65%: 2.51% is last year's, over figures not stated."""
    table = checks_in("全市地区生产总值4,862.37亿元。全市共投入R&D经费128.64亿元。R&D经费投入强度（R&D经费与地区生产总值之比）"
                      "由上年的2.51%提高到2.65%，提高0.14个百分点。")
    no_alarm(table)
    assert verdicts_of(table, "128.64亿元 2.51% 4,862.37亿元") == []
