"""Session 30's readings, pinned on texts of our own (not the rounds' texts): a far term read in its most precise
mention, a bare 占 whose total the report states sections before, and one check for one reading."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a far term in its most precise mention ---------------------------------------------------------------------

URBAN = """截至2024年末，全市户籍总人口438.62万人，比上年末减少1.23万人。
一、总量
2024年末，全市户籍总人口{total}，与上年末的4,398,537人相比，减少12,322人。
二、城镇化
年末全市城镇户籍人口2,763,314人，乡村户籍人口1,622,901人，户籍人口城镇化率为63.00%，比上年提高1.16个百分点。"""


def test_a_far_whole_is_read_where_the_report_gives_it_in_full():
    """The rate's whole is told in the lead (438.62万人) and in full in a section (4,386,215人): the check reads the
    precise one and says it does; a reader finds the figure where the report gives it to the person."""
    found = checks_in(URBAN.format(total="4,386,215人"))
    [check] = by_figures(found, "2,763,314人", "4,386,215人", "63.00%").itertuples()
    assert check.verdict == "consistent"
    assert "438.62万人 is told more precisely elsewhere as 4,386,215人" in check.assumptions
    assert by_figures(found, "2,763,314人", "438.62万人", "63.00%").empty


def test_precise_mentions_that_disagree_replace_nothing():
    """Two precise mentions of different values inside the rounded one's interval: which is meant is not said."""
    text = URBAN.format(total="4,386,215人") + "\n三、其他\n全市户籍总人口4,386,188人（公安口径）。"
    found = checks_in(text)
    assert not found.assumptions.str.contains("told more precisely").any()


def test_a_term_in_the_stated_figures_paragraph_is_kept():
    """A term in the stated figure's own paragraph is what its words refer to, however rounded."""
    text = ("全市户籍总人口4,386,215人。\n"
            "全市户籍总人口438.62万人，其中城镇户籍人口276.33万人，户籍人口城镇化率为63.00%。")
    found = checks_in(text)
    assert not found.assumptions.str.contains("told more precisely").any()


# -- a bare 占 whose total is stated sections before ---------------------------------------------------------------

PROCUREMENT = """2024年，全市政府采购规模186.42亿元，比上年增加13.37亿元。
一、按采购类型分
货物类采购48.73亿元，工程类采购71.26亿元，服务类采购66.43亿元。
二、按组织形式分
政府集中采购机构代理采购62.18亿元，增长5.9%，占33.4%；部门集中采购9.45亿元，下降2.7%，占{share}。"""


@pytest.mark.parametrize("share, found_it", [("5.1%", True), ("7.1%", False)])
def test_a_bare_share_is_of_the_total_so_named_before(share, found_it):
    """部门集中采购 a，占 s%: no whole named, none in its paragraph; the report's total of what the part measures (采购)
    stated sections before is the largest so named — a reading, so the check is kept where the figures fit and the
    slip is never accused (the share names no whole)."""
    found = checks_in(PROCUREMENT.format(share=share))
    checks = by_figures(found, "9.45亿元", "186.42亿元", share)
    assert checks.verdict.tolist() == (["consistent"] if found_it else [])
    no_alarm(found)


def test_a_sentence_opening_with_its_whole_names_the_bare_shares_total():
    """年末全市户籍人口中，男性 a，占 s%: the sentence opens with the whole; its figure is stated sections before."""
    text = ("2024年末，全市户籍人口4,386,215人，比上年末减少12,322人。\n二、性别\n"
            "年末全市户籍人口中，男性2,228,416人，占50.8%；女性2,157,799人，占49.2%。")
    found = checks_in(text)
    assert by_figures(found, "2,228,416人", "4,386,215人", "50.8%").verdict.tolist() == ["consistent"]
    assert by_figures(found, "2,157,799人", "4,386,215人", "49.2%").verdict.tolist() == ["consistent"]


def test_one_reading_gives_one_check():
    """A share read by its words and fitted by arithmetic over the same figures is one check, not two."""
    found = checks_in(URBAN.format(total="4,386,215人") + "\n三、年龄\n0—14岁人口578,214人，占13.18%。")
    assert len(by_figures(found, "578,214人", "4,386,215人", "13.18%")) == 1


# -- false alarms read on rounds 105, 107 and 108 after their one measurement -------------------------------------

def test_averages_of_kinds_are_no_parts_of_the_average():
    """件均收入 of 同城 and 异地 after the whole's 件均收入: averages of groups, not amounts that add up."""
    found = checks_in("前三季度全省快递件均收入7.48元，比上年同期下降0.43元。其中，同城、异地件均收入分别为4.26元和5.69元。")
    assert by_figures(found, "7.48元", "4.26元", "5.69元").empty
    no_alarm(found)


def test_an_aside_in_brackets_is_no_part_of_the_sentences_whole():
    """大型水库中，A 4.12，占其兴利库容（5.38）的 s%；B 3.06，C 2.17: the capacity in brackets is what A's share is
    of, no fourth reservoir."""
    found = checks_in("其中，大型水库年末蓄水9.35亿立方米。\n大型水库中，云岭水库年末蓄水4.12亿立方米，占其兴利库容"
                      "（5.38亿立方米）的76.6%；白沙湖水库3.06亿立方米，龙门口水库2.17亿立方米。")
    assert not any("5.38亿立方米" in f and "3.06亿立方米" in f for f in found.figures)
    no_alarm(found)


@pytest.mark.parametrize("average", ["970元", "1,970元"])
def test_an_average_said_of_one_place_is_not_judged_over_anothers_figures(average):
    """港城区游客人均花费 after the three central districts' visitors and revenue: another place's figures, so
    whatever they give is shown, not held against the text."""
    text = ("从区县看，港城区、雁湖区、西岭区主城三区合计接待游客315.47万人次，占全市的54.14%，实现旅游收入28.43亿元，"
            f"占全市的58.90%。港城区游客人均花费{average}，居各区县首位。")
    no_alarm(checks_in(text))
