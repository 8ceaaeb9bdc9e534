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
