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
