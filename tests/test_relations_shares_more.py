"""Stated shares and named rates read from words (``claims/relations/shares.py``): readings added after rounds 2–37.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


# -- a bare share in a list whose earlier item named the whole ----------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("25.0%", "consistent"), ("28.0%", "inconsistent")])
def test_a_bare_share_in_a_list_is_of_the_whole_an_earlier_item_named(share, verdict):
    """占比 names no whole, but the list's first item said 占营业收入的: 50.0 over 200.0, not over 装备's 120.0."""
    table = checks_in("全年公司实现营业收入200.0亿元，同比增长8.0%。分业务看，装备业务收入120.0亿元，增长9.0%，"
                      f"占营业收入的60.0%；零部件业务收入50.0亿元，增长5.0%，占比{share}。")
    assert verdicts_of(table, f"200.0亿元 {share} 50.0亿元") == [verdict]


def test_a_bare_share_after_qizhong_is_not_of_the_list_whole():
    """其中 after the named item makes the next figure a part of 装备 (30.0 / 120.0 = 25%), never of 营业收入."""
    table = checks_in("全年公司实现营业收入200.0亿元。分业务看，装备业务收入120.0亿元，占营业收入的60.0%，"
                      "其中数控装备收入30.0亿元，占比25.0%。")
    assert verdicts_of(table, "200.0亿元 25.0% 30.0亿元") == []
    no_alarm(table)



def test_a_bare_share_of_another_measure_is_not_of_the_list_whole():
    """零部件业务实现毛利 is no 收入: its 占比 is of the total 毛利, not of 营业收入, so nothing is judged against it."""
    table = checks_in("全年公司实现营业收入200.0亿元。当年装备业务收入120.0亿元，占营业收入的60.0%；零部件业务实现"
                      "毛利48.6亿元，占比28.0%。")
    assert verdicts_of(table, "200.0亿元 28.0% 48.6亿元") == []
    no_alarm(table)

# -- a whole named after the report's year and its subject ----------------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("7.5%", "consistent"), ("8.5%", "inconsistent")])
def test_a_whole_named_after_year_subject_and_verb_is_the_one_so_named(share, verdict):
    """2024年公司实现营业收入 is 营业收入 once year, subject and verb are dropped in any order: the one revenue of the
    report, so the share two paragraphs later is judged against it."""
    table = checks_in("2024年公司实现营业收入200.0亿元，同比增长8.0%。\n公司毛利率有所提高。\n"
                      f"全年研发投入15.0亿元，同比增长6.0%，研发投入占营业收入的比例为{share}。")
    assert verdicts_of(table, f"15.0亿元 200.0亿元 {share}") == [verdict]


# -- a rate's whole in the sentence before, past the parts that sentence lists -----------------------------------------

@pytest.mark.parametrize("rate, verdict", [("60.0%", "consistent"), ("66.0%", "inconsistent")])
def test_a_rate_counts_over_the_whole_before_the_parts_listed_after_it(rate, verdict):
    """全县有卫生室 150个 and its 其中 parts: the 改造率 counts 90 over the 150, not over the last part listed."""
    table = checks_in("全县共有村卫生室150个，其中山区58个、丘陵47个、平原45个。已完成标准化改造的90个，"
                      f"改造率为{rate}。")
    assert verdicts_of(table, f"150个 {rate} 90个") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("75.0%", "consistent"), ("80.0%", "inconsistent")])
def test_a_rate_counts_over_the_whole_before_a_list_told_with_fenbie(rate, verdict):
    """资金 8,460万元 told in three batches 分别为 …: the 拨付率 counts 6,345 over the 8,460."""
    table = checks_in("全年安排助学资金8,460万元，分3批下达，各批金额分别为3,120万元、2,540万元和2,800万元。"
                      f"年内拨付助学资金6,345万元，拨付率{rate}。")
    assert verdicts_of(table, " ".join(sorted(["6,345万元", "8,460万元", rate]))) == [verdict]


def test_a_rate_never_counts_over_a_figure_three_figures_back_past_rates():
    """The total before a list of rates is beyond the three figures a rate looks back over: nothing is accused."""
    table = checks_in("全年共有毕业生落实去向9,000人，落实率为90.0%（上届为89.0%），提高1.0个百分点。本科生落实去向"
                      "5,000人，去向落实率91.0%。")
    assert verdicts_of(table, "5,000人 9,000人 91.0%") == []
    no_alarm(table)


# -- 占全省的: the whole named as the part's measure without its place ----------------------------------------------

@pytest.mark.parametrize("share, verdict", [("40.0%", "consistent"), ("44.0%", "inconsistent")])
def test_a_share_of_the_province_is_of_the_figure_named_as_the_part_without_its_place(share, verdict):
    """省会云州市科技经费 is 科技经费 of one city: 占全省的 is of 全省共投入科技经费 520.6, not of the nearer figure of the
    province that only shares words with it (规模以上工业企业科技经费)."""
    table = checks_in("2024年，全省共投入科技经费520.6亿元，比上年增长8.1%。\n全省规模以上工业企业科技经费380.2亿元，"
                      f"增长9.0%。\n分地区看，省会云州市科技经费208.3亿元，增长7.5%，占全省的{share}。")
    assert verdicts_of(table, " ".join(sorted(["208.3亿元", "520.6亿元", share]))) == [verdict]
    assert verdicts_of(table, "208.3亿元 380.2亿元") == []


def test_a_share_of_the_province_by_name_is_shown_when_the_whole_is_of_another_period():
    """The one figure named 科技经费 of the province is the first half's: the share of the year is shown, not judged."""
    table = checks_in("上半年，全省共投入科技经费260.3亿元，比上年同期增长8.1%。\n全年，省会云州市科技经费208.3亿元，"
                      "增长7.5%，占全省的44.0%。")
    no_alarm(table)


# -- the part a share's own words name, and a whole named by its abbreviation ------------------------------------------

@pytest.mark.parametrize("share, verdict", [("45.0%", "consistent"), ("50.0%", "inconsistent")])
def test_a_share_takes_the_part_its_words_name_past_a_figure_named_otherwise(share, verdict):
    """The part is 数字经济企业实现产值 (most of 数字经济企业产值), not 制造业's, and not 三成 or 两位:
    180.2 over 400.4."""
    table = checks_in("全年规模以上工业总产值400.4亿元，比上年增长7.2%。规上工业中，数字经济企业实现产值180.2亿元，"
                      f"制造业企业实现产值150.3亿元，两者均保持两位数增长；数字经济企业产值占规上工业总产值的比重为{share}。")
    assert verdicts_of(table, " ".join(sorted(["180.2亿元", "400.4亿元", share]))) == [verdict]


def test_a_share_keeps_a_count_named_by_the_words_before_the_figure_it_follows():
    """低保对象 5.12万户、9.64万人: 9.64万人 has no words of its own, so the share of 常住人口 stays with it."""
    table = checks_in("年末全市常住人口为428.5万人。年末全市共有低保对象5.12万户、9.64万人，低保对象占全市常住人口的2.2%。")
    assert verdicts_of(table, "2.2% 428.5万人 9.64万人") == ["consistent"]


# -- 分别占 NAME 的 x%、y%和z%: each part in order ------------------------------------------------------------------

@pytest.mark.parametrize("second, verdict", [("30.0%", "consistent"), ("36.0%", "inconsistent")])
def test_shares_told_respectively_pair_with_the_parts_in_their_order(second, verdict):
    """Three amounts, then 分别占 …的 three shares: 45.0 / 150.0 is the second; the first and third fit too."""
    table = checks_in("全年审计发现问题资金150.0亿元。按性质分，违规资金24.0亿元，低效资金45.0亿元，闲置资金6.0亿元，"
                      f"分别占发现问题资金的16.0%、{second}和4.0%。")
    assert verdicts_of(table, " ".join(sorted(["150.0亿元", "45.0亿元", second]))) == [verdict]
    assert verdicts_of(table, "150.0亿元 16.0% 24.0亿元") == ["consistent"]
    assert verdicts_of(table, "150.0亿元 4.0% 6.0亿元") == ["consistent"]


def test_shares_told_respectively_after_a_longer_list_are_not_paired():
    """Four amounts and two shares: which two the shares belong to is not said, so nothing is judged."""
    table = checks_in("全年审计发现问题资金150.0亿元。违规资金24.0亿元，低效资金45.0亿元，闲置资金6.0亿元，其他资金"
                      "75.0亿元，分别占发现问题资金的40.0%和60.0%。")
    no_alarm(table)


# -- shares named by one word -------------------------------------------------------------------------------------

@pytest.mark.parametrize("rural, verdict", [("35.0%", "consistent"), ("38.0%", "inconsistent")])
def test_the_engel_coefficient_is_food_spending_over_consumption_spending(rural, verdict):
    """恩格尔系数 is 食品烟酒支出 over 消费支出, each the nearest so named before it: 4,326 over 12,360 for 农村."""
    table = checks_in("城镇居民人均消费支出25,000元，其中食品烟酒支出7,000元，恩格尔系数为28.0%；农村居民人均消费支出"
                      f"12,360元，其中食品烟酒支出4,326元，恩格尔系数为{rural}。")
    assert verdicts_of(table, " ".join(sorted(["12,360元", "4,326元", rural]))) == [verdict]
    assert verdicts_of(table, "25,000元 28.0% 7,000元") == ["consistent"]
