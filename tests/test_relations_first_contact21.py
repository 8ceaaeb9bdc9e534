"""The false alarms rounds AT–AW (46–49) raised at first contact, each fixed and pinned here on sentences of our own
(the rounds' texts are kept as measured; these are the same forms, written anew)."""

from __future__ import annotations

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def test_a_change_after_a_share_of_a_task_is_the_outcomes_not_the_tasks():
    """``完成 B，为任务（P）的 s%，比上年增加 D，增长 r%``: D and r are B's; P, in brackets before 的, is the share's whole."""
    table = checks_in("全年完成植树造林3,260公顷，为省下达任务（3,000公顷）的108.7%，比上年增加260公顷，增长8.7%。")
    no_alarm(table)
    assert verdicts_of(table, "260公顷 3,260公顷 8.7%") == ["consistent"]
    assert verdicts_of(table, "260公顷 3,000公顷 8.7%") == []


@pytest.mark.parametrize("rate, verdict", [("6.7%", "consistent"), ("9.7%", "inconsistent")])
def test_a_base_after_a_budget_share_is_compared_with_the_outcome(rate, verdict):
    """``收入 B，为预算（P）的 s%，比上年的 A 增长 r%``: r is B on A, never P on A."""
    table = checks_in(f"县本级收入完成36.40亿元，为预算（35.20亿元）的103.4%，比上年的34.10亿元增长{rate}。")
    assert verdicts_of(table, f"34.10亿元 36.40亿元 {rate}") == [verdict]
    assert verdicts_of(table, f"34.10亿元 35.20亿元 {rate}") == []


def test_a_base_named_for_one_measure_is_not_of_an_average_before_it():
    """``票房 T，观影 N，平均票价 p，票房较上年同期的 A 下降 r%``: the base names 票房, so p (a price) is not compared."""
    table = checks_in("假期全县电影票房1,286万元，观影34.2万人次，平均票价37.6元，票房较上年同期的1,412万元下降8.9%。")
    no_alarm(table)
    assert not any("37.6元" in f and "1,412万元" in f for f in table.figures)


@pytest.mark.parametrize("rate, verdict", [("50.0%", "consistent"), ("54.3%", "consistent"), ("61.0%", "derived")])
def test_a_rate_after_a_semicolon_may_count_over_the_qizhong_total_or_the_part_before(rate, verdict):
    """``测试 T，其中合格的 a，合格率 s%；优良的 b，优良率 t%``: b may be counted over T (50.0%) or over a (54.3%); a
    rate that fits neither is shown as doubtful, never accused."""
    table = checks_in("全年完成学生体质健康测试18,640人，其中达到合格以上等级的17,150人，合格率为92.0%；达到优良等级的"
                      f"9,320人，优良率为{rate}。")
    no_alarm(table)
    assert verdicts_of(table, "17,150人 18,640人 92.0%") == ["consistent"]
    shares = table[table.index.str.startswith("auto-share") & table.figures.str.contains("9,320人")]
    assert shares.verdict.tolist() == [verdict]


@pytest.mark.parametrize("rest, verdict", [("3,394.00亿元", "consistent"), ("3,994.00亿元", "inconsistent")])
def test_a_subtotal_in_a_list_stands_for_the_items_it_adds_up(rest, verdict):
    """``分别为甲 a、乙 b和丙 c，3市合计 s，…；其余6个市合计 r``: the whole is s + r, not a + b + c + s + r."""
    table = checks_in("全省规模以上工业企业营业收入8,460.50亿元。\n分地区看，营业收入超过千亿元的市有3个，分别为江北市2,315.40亿元、"
                      f"临川市1,642.80亿元和东岳市1,108.30亿元，3市合计5,066.50亿元，占全省的59.9%；其余6个市合计{rest}。")
    assert verdicts_of(table, f"{rest} 5,066.50亿元 8,460.50亿元") == [verdict]
    assert not any("2,315.40亿元" in f and "8,460.50亿元" in f for f in table.figures)


@pytest.mark.parametrize("share, verdict", [("82.5%", "consistent"), ("72.5%", "inconsistent")])
def test_a_part_named_as_a_kind_of_the_whole_is_read_against_the_whole_named_sections_before(share, verdict):
    """``集体林地面积 a，占林地面积的 s%`` with 林地面积 W two sections before: 集体 names a kind of the whole, so a is the
    part and W, the one figure named so, the whole (the reading stopped when the part's words held the whole's name).
    With the province's 林地面积 stated too, a share that does not fit the county's is shown, not accused."""
    text = ("一、林地资源\n全县林地面积268,420公顷。\n二、造林\n全年完成造林5,840公顷。\n"
            f"三、林权改革\n全县集体林地面积221,380公顷，占林地面积的{share}。")
    assert verdicts_of(checks_in(text), f"221,380公顷 268,420公顷 {share}") == [verdict]
    two = checks_in(text.replace("全县林地面积", "全省林地面积1,268.5万公顷。全县林地面积"))
    no_alarm(two)
    assert verdicts_of(two, f"221,380公顷 268,420公顷 {share}") == (["consistent"] if verdict == "consistent" else [])
