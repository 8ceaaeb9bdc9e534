"""Averages, rates per 1,000/万/10万 and ratios whose operands stand in other paragraphs (``claims/relations/averages.py``):
the far operand is judged when the words name it exactly and it is the one figure of the report so named.

The texts are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def judged(table, *figures: str) -> list:
    """The verdicts of the checks that use exactly ``figures``, in any order."""
    return [v for f, v in zip(table.figures.tolist(), table.verdict.tolist())
            if sorted(str(f).split()) == sorted(figures)] if len(table) else []


def using(table, figures: str) -> list:
    """The verdicts of the checks whose figures hold ``figures`` (a run of their sorted texts)."""
    return [v for f, v in zip(table.figures.tolist(), table.verdict.tolist()) if figures in str(f)] if len(table) else []

HEALTH = ("一、人口\n年末全市常住人口500万人，比上年增加2万人。\n二、卫生\n年末全市卫生技术人员40,000人，其中执业（助理）"
          "医师18,000人，注册护士16,000人。\n三、主要指标\n每千常住人口执业（助理）医师{doctors}人，每千常住人口注册护士3.2人。")


# -- rates per 1,000 of a figure named sections before ---------------------------------------------------------------

@pytest.mark.parametrize("doctors, verdict", [("3.6", "consistent"), ("4.6", "inconsistent")])
def test_a_rate_per_thousand_counts_the_one_figure_so_named_paragraphs_before(doctors, verdict):
    """每千常住人口执业（助理）医师 in its own section: 执业（助理）医师 18,000人, stated once, sections before."""
    table = checks_in(HEALTH.format(doctors=doctors))
    assert verdicts_of(table, f"18,000人 {doctors}人 500万人") == [verdict]
    assert verdicts_of(table, "16,000人 3.2人 500万人") == ["consistent"]


def test_a_rate_per_thousand_is_not_judged_when_another_year_names_its_figure_too():
    """上年 … 执业（助理）医师 17,000人 and this year's 18,000人: two figures so named, which is meant is not said."""
    table = checks_in("一、人口\n年末全市常住人口500万人。\n二、卫生\n2023年全市执业（助理）医师17,000人。2024年全市执业（助理）"
                      "医师18,000人。\n三、主要指标\n每千常住人口执业（助理）医师3.4人。")
    no_alarm(table)
    assert verdicts_of(table, "18,000人 3.4人 500万人") == []


def test_a_rate_per_thousand_never_counts_a_part_named_longer():
    """乡镇卫生院执业（助理）医师 is a part of the city's doctors: never the figure 每千常住人口执业（助理）医师 counts."""
    table = checks_in("一、人口\n年末全市常住人口500万人。\n二、卫生\n全市乡镇卫生院执业（助理）医师3,000人。\n三、主要指标\n"
                      "每千常住人口执业（助理）医师3.6人。")
    no_alarm(table)
    assert using(table, "3,000人 3.6人") == []


def test_a_rate_per_thousand_is_not_judged_over_a_target_so_named():
    """到2025年 … 执业（助理）医师达到 20,000人 is a plan: not the count of today's doctors."""
    table = checks_in("一、人口\n年末全市常住人口500万人。\n二、规划\n到2027年，全市执业（助理）医师达到25,000人。\n三、主要指标\n"
                      "每千常住人口执业（助理）医师3.6人。")
    no_alarm(table)


# -- 每10万人 read as a figure of its own -----------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("40.4", "consistent"), ("46.4", "inconsistent")])
def test_per_hundred_thousand_people_the_parser_reads_as_a_figure(rate, verdict):
    """按常住人口计算，每10万人投诉量 r件: 3,862 over 956.3万 × 10万, though 10万人 is a figure to the parser."""
    table = checks_in(f"年末全市常住人口956.3万人。\n全年共受理保险消费投诉3,862件，办结3,831件。按常住人口计算，每10万人投诉量{rate}件。")
    assert verdicts_of(table, f"10万人 3,862件 {rate}件 956.3万人") == [verdict] or \
        verdicts_of(table, f"3,862件 {rate}件 956.3万人") == [verdict]


def test_per_hundred_thousand_people_have_a_count():
    """每10万人拥有博物馆 0.77个: 拥有 names no group of people (拥); the population of the preface's note."""
    table = checks_in("本公报中每10万人指标均按年末全市常住人口312.58万人计算。\n年末全市共有博物馆24个，其中国有博物馆15个，"
                      "非国有博物馆9个；每10万人拥有博物馆0.77个。")
    assert "consistent" in using(table, "24个 312.58万人")


def test_per_hundred_thousand_person_trips_is_no_rate_per_head():
    """每10万人次游客: 人次 counts visits, not inhabitants."""
    table = checks_in("年末全市常住人口312.58万人。\n年末全市共有博物馆24个，每10万人次游客拥有博物馆0.5个。")
    no_alarm(table)
    assert using(table, "312.58万人") == []


# -- an average's total named exactly by its measure, stated paragraphs before ---------------------------------------

BANK = ("2024年，本行实现营业收入195.38亿元，同比增长4.5%。\n分业务看，公司金融业务实现营业收入98.46亿元，零售金融业务实现营业"
        "收入67.25亿元，金融市场业务实现营业收入26.84亿元，其他业务实现营业收入2.83亿元。\n截至年末，本行员工总数11,286人，人均营业收入{average}万元。")


@pytest.mark.parametrize("average, verdict", [("173.1", "consistent"), ("203.1", "inconsistent")])
def test_an_average_divides_the_one_figure_named_as_its_measure_not_a_nearer_kind_of_it(average, verdict):
    """人均营业收入: the bank's 营业收入 195.38亿元, stated once, not 其他业务实现营业收入 2.83亿元 nearer it."""
    table = checks_in(BANK.format(average=average))
    assert judged(table, "11,286人", "195.38亿元", f"{average}万元") == [verdict]
    no_alarm(table[table.index.str.startswith("auto-sum")])


def test_an_average_is_not_judged_when_two_years_name_its_measure():
    """2023年营业收入 and 2024年营业收入: the name alone does not say which the average divides."""
    table = checks_in("2023年，本行实现营业收入186.94亿元。2024年，本行实现营业收入195.38亿元。\n分业务看，其他业务实现营业收入"
                      "2.83亿元。\n截至年末，本行员工总数11,286人，人均营业收入203.1万元。")
    no_alarm(table)


def test_an_average_of_a_group_is_not_of_the_whole_so_named():
    """农村居民人均生活用电量 is of the villagers' use, not of 全市生活用电量 stated sections before."""
    table = checks_in("一、人口\n年末全市常住人口500万人，其中农村常住人口200万人。\n二、用电\n全市生活用电量50亿千瓦时。\n"
                      "三、农村\n农村居民户数60万户，农村居民人均生活用电量600千瓦时。")
    no_alarm(table)


# -- 按 X 计算: the words name the count (or the total) ----------------------------------------------------------------

STAFF = ("报告期内，公司实现营业收入186.42亿元，同比增长6.1%。\n截至报告期末，公司在职员工12486人。其中，本科以上学历员工4820人，"
         "占员工总数的38.6%。按年末在职员工计算，人均营业收入{average}万元。")


@pytest.mark.parametrize("average, verdict", [("149.3", "consistent"), ("169.3", "inconsistent")])
def test_an_average_over_the_count_its_words_name_sentences_before(average, verdict):
    """按年末在职员工计算: 在职员工 12486人, two sentences before, not the 4820人 with a degree nearer."""
    table = checks_in(STAFF.format(average=average))
    assert judged(table, "12486人", "186.42亿元", f"{average}万元") == [verdict]


def test_an_average_over_a_count_named_twice_is_not_judged():
    """年初在职员工 and 年末在职员工: both are 在职员工 by name; which the words mean is not certain from the name."""
    table = checks_in("报告期内，公司实现营业收入186.42亿元。\n年初公司在职员工11,000人。\n截至报告期末，公司在职员工12486人，"
                      "其中本科以上学历员工4820人，占员工总数的38.6%。\n按在职员工计算，人均营业收入169.3万元。")
    no_alarm(table)


# -- X与Y之比 with a term stated paragraphs before ----------------------------------------------------------------------

def test_a_target_ratio_is_not_judged_against_todays_figures():
    """力争到2027年…之比达到 2.2:1: a target, never today's two outputs over each other."""
    table = checks_in("2024年，全县农业总产值41.26亿元；农产品加工业产值68.47亿元，农产品加工业产值与农业总产值之比达到1.66:1。\n"
                      "下一步，力争到2027年农产品加工业产值与农业总产值之比达到2.2:1。")
    no_alarm(table)


@pytest.mark.parametrize("ratio, verdict", [("4.92%", "consistent"), ("5.92%", "inconsistent")])
def test_a_ratio_in_percent_defined_in_brackets(ratio, verdict):
    """保险深度（保费收入与地区生产总值之比）为 r%: r is 保费收入 over 地区生产总值, × 100, the product named once before."""
    table = checks_in(f"2024年全市地区生产总值7,862.4亿元，增长5.2%。\n全年全市保险业保费收入386.52亿元，增长6.1%。全市保险深度（保费收入"
                      f"与地区生产总值之比）为{ratio}。")
    assert judged(table, "386.52亿元", "7,862.4亿元", ratio) == [verdict]


def test_last_years_rate_per_hundred_thousand_people_is_not_read_over_this_years_count():
    """上年每10万人投诉量为 45.0件: last year's rate, not this year's 3,862件 over this year's population."""
    table = checks_in("全市常住人口956.3万人。\n全年受理保险消费投诉3,862件。按常住人口计算，每10万人投诉量40.4件，上年每10万人"
                      "投诉量为45.0件。")
    no_alarm(table)


# -- 平均每个 X: the count named by X, paragraphs before ----------------------------------------------------------------

@pytest.mark.parametrize("average, verdict", [("2,075", "consistent"), ("3,075", "inconsistent")])
def test_an_average_per_village_over_the_villages_counted_paragraphs_before(average, verdict):
    """平均每个行政村: 全县共有行政村 186个, the one count so named, in the paragraph before."""
    table = checks_in(f"全县共有行政村186个，自然村1,420个。\n全年全县开展村庄清洁行动，发动群众参与38.6万人次，平均每个行政村"
                      f"{average}人次。")
    assert judged(table, "186个", "38.6万人次", f"{average}人次") == [verdict]


def test_an_average_per_firm_is_shown_when_two_places_count_such_firms():
    """全省规上工业企业 and 全区规上工业企业: two counts so named, which the average is over is not said by the name."""
    table = checks_in("全省规上工业企业5,000家，全区规上工业企业386家。\n上半年，全区规上工业总产值1,046.85亿元。平均每家规上工业企业"
                      "实现产值3.71亿元。")
    no_alarm(table)


# -- 每千名老年人: the group counted sections before ------------------------------------------------------------------

ELDERLY = ("一、人口\n截至年末，全市常住人口312.6万人，60岁及以上老年人口78.35万人。\n二、养老服务\n全市养老床位总数达到28,760张，"
           "其中养老机构床位19,830张。全市每千名老年人拥有养老床位{rate}张。")


@pytest.mark.parametrize("rate, verdict", [("36.7", "consistent"), ("31.7", "inconsistent")])
def test_a_rate_per_thousand_of_a_group_counted_sections_before(rate, verdict):
    """每千名老年人: the 老年人口 78.35万人 of the opening section, the one count of old people."""
    table = checks_in(ELDERLY.format(rate=rate))
    assert judged(table, "28,760张", "78.35万人", f"{rate}张") == [verdict]


def test_a_rate_per_thousand_of_a_group_counted_twice_is_not_judged():
    """60岁及以上老年人口 and 65岁及以上老年人口: two groups so named, which the rate is per is not said."""
    table = checks_in("一、人口\n全市常住人口312.6万人，60岁及以上老年人口78.35万人，65岁及以上老年人口60.2万人。\n二、养老服务\n"
                      "全市养老床位总数达到28,760张。全市每千名老年人拥有养老床位47.8张。")
    no_alarm(table)


@pytest.mark.parametrize("rate, verdict", [("49.8", "consistent"), ("59.8", "inconsistent")])
def test_a_rate_per_ten_thousand_of_a_group_with_another_verb(rate, verdict):
    """每万名就业人员发生争议案件: 发生 names the group as 拥有 does; 就业人员 stated in the opening paragraph."""
    table = checks_in(f"年末全市常住人口548.3万人，全社会就业人员286.4万人。\n全年全市受理争议案件14,273件，同比增长6.2%；每万名就业"
                      f"人员发生争议案件{rate}件。")
    assert judged(table, "14,273件", "286.4万人", f"{rate}件", "万名") == [verdict] or \
        judged(table, "14,273件", "286.4万人", f"{rate}件") == [verdict]


def test_a_rate_per_thousand_of_a_part_of_the_place_is_not_over_the_whole_places_group():
    """城区每千名老年人: the city's 老年人口 78.35万人 is no count of the 城区's old people."""
    table = checks_in("一、人口\n全市常住人口312.6万人，60岁及以上老年人口78.35万人。\n二、养老\n全市养老床位28,760张，其中城区养老床位"
                      "15,000张。城区每千名老年人拥有养老床位40.0张。")
    no_alarm(table)


def test_an_average_whose_sentence_names_its_count_after_it_takes_no_earlier_year():
    """全区2023年规上工业企业 363家 before, 全区规上工业企业 386家 after the average in its sentence: not certain."""
    table = checks_in("全区2023年规上工业企业363家。\n上半年，全区规上工业总产值1,046.85亿元；平均每家规上工业企业实现产值2.71亿元，"
                      "全区规上工业企业386家。")
    no_alarm(table)


@pytest.mark.parametrize("average, verdict", [("33.3", "consistent"), ("38.3", "inconsistent")])
def test_an_average_over_full_time_equivalents_its_words_name(average, verdict):
    """按R&D人员全时当量计算的人均R&D经费: over 全时当量 38.62万人年, not the 62.85万 R&D人员; the words before 人均 name
    the count, no group the total must be of."""
    table = checks_in(f"2024年，全省共投入R&D经费1,286.47亿元，增长8.1%。\n全省R&D人员62.85万人，R&D人员全时当量38.62万人年。\n"
                      f"按R&D人员全时当量计算的人均R&D经费为{average}万元。")
    assert judged(table, "1,286.47亿元", "38.62万人", f"{average}万元") == [verdict]
