"""Session 24's readings outside tables, pinned on sentences of our own (not the rounds' texts)."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm


@pytest.mark.parametrize("share, verdict", [("18.60%", "consistent"), ("21.60%", "inconsistent")])
def test_a_share_whose_whole_stands_in_its_words_takes_the_level_not_the_change_before(share, verdict):
    """技术人员 a，较上年末增加 d，占职工总数 W 的比例为 s: a over W (before: d over W, shown as doubtful)."""
    table = checks_in(f"截至年末，集团技术人员1,302人，较上年末增加96人，占职工总数7,000人的比例为{share}。")
    assert by_figures(table, "1,302人", "7,000人", share).verdict.tolist() == [verdict]
    assert by_figures(table, "96人", "7,000人").empty


@pytest.mark.parametrize("share, verdict", [("73.4%", "consistent"), ("83.4%", "inconsistent")])
def test_a_whole_named_with_公共_in_brackets_inside_the_share(share, verdict):
    """占一般公共预算收入（W）的 s%: 公共 is no 共 (共 alone is a total of several parts, never a named whole)."""
    table = checks_in(f"全县税收收入36.70亿元，占一般公共预算收入（50.00亿元）的{share}。")
    assert by_figures(table, "36.70亿元", "50.00亿元", share).verdict.tolist() == [verdict]


DIVISIONS = ("参保职工中，机关事业单位占21.5%，国有企业占16.0%，民营企业占{private}，其他占8.1%；"
             "男性占{men}，女性占45.2%。")


def test_shares_after_a_semicolon_divide_the_same_whole_again():
    """男性/女性 after the semicolon: a second division of 参保职工, fitted like the first."""
    table = checks_in(DIVISIONS.format(private="54.4%", men="54.8%"))
    no_alarm(table)
    assert by_figures(table, "54.8%", "45.2%").verdict.tolist() == ["consistent"]


def test_a_division_whose_last_part_is_the_rest_must_add_up_to_100():
    """其他占 z%: every part listed, each once — a sum of 106 is an error, said so (before: only a fit, silent)."""
    wrong = checks_in(DIVISIONS.format(private="60.4%", men="54.8%"))
    check = by_figures(wrong, "21.5%", "16.0%", "60.4%", "8.1%")
    assert check.verdict.tolist() == ["inconsistent"] and "the last the rest (其他)" in check.assumptions.iloc[0]
    # a division without a rest named is only fitted: 58.8% + 45.2% is not accused
    no_alarm(checks_in(DIVISIONS.format(private="54.4%", men="58.8%")))


def test_the_rest_of_a_sub_list_is_no_rest_of_the_whole():
    """其他住房消费提取占 z% closes the housing part of 提取金额, not 提取金额: the list is only fitted."""
    text = ("提取金额中，购买自住住房占30.2%，偿还购房贷款本息占40.1%，其他住房消费提取占1.5%；"
            "离休和退休提取占25.0%，其他非住房消费提取占3.2%。")
    no_alarm(checks_in(text))


@pytest.mark.parametrize("last, verdict", [("12.4%", "consistent"), ("17.4%", "inconsistent")])
def test_shares_told_together_with_the_rest_named_before_them(last, verdict):
    """超市、百货店和其他业态…比重分别为 a%、b%、c%: named in turn, the last the rest."""
    text = f"限额以上零售业单位中，超市、百货店、专业店和其他业态零售额占限上零售额的比重分别为26.5%、22.7%、38.4%和{last}。"
    assert by_figures(checks_in(text), "26.5%", "22.7%", "38.4%", last).verdict.tolist() == [verdict]


def test_a_rate_after_a_level_and_its_share_is_the_levels():
    """工业用水量 a，占 s%，比上年下降 r%: r is the change of a (a share changes in points), so last year's a follows."""
    table = checks_in("按用户分，工业用水量6.18亿立方米，占21.5%，比上年下降3.1%；生活用水量5.41亿立方米，占18.8%。")
    assert by_figures(table, "6.18亿立方米", "3.1%").computed.tolist() == pytest.approx([6.18e8 / 0.969])


@pytest.mark.parametrize("points, verdict", [("1.8", "consistent"), ("2.8", "inconsistent")])
def test_a_base_in_brackets_right_after_its_change_is_that_changes(points, verdict):
    """合格率 92.6%，比上年提高 c个百分点（上年为 90.8%）: judged (before: shown as doubtful)."""
    table = checks_in(f"全年测试合格25,376人，合格率为92.6%，比上年提高{points}个百分点（上年为90.8%）。")
    assert by_figures(table, "90.8%", "92.6%", f"{points}个百分点").verdict.tolist() == [verdict]
