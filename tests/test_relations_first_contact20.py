"""The false alarms rounds AL–AS (38–45) raised at first contact, each fixed and pinned here on sentences of our own
(the rounds' texts are kept as measured; these are the same forms, written anew)."""

from __future__ import annotations

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def test_added_to_the_whole_before_its_qizhong_part():
    """``收入 A。其中，… a，占 s%。加上 B、C，收入总计 T``: the items are added to A, not to the part a after 其中."""
    table = checks_in("全市社会保险基金收入52,300万元，比上年增长6.0%。其中，机关事业单位养老保险收入31,200万元，占59.7%。"
                      "加上上级补助收入4,150万元、上年结余2,600万元，收入总计59,050万元。")
    no_alarm(table)
    assert verdicts_of(table, "2,600万元 4,150万元 52,300万元 59,050万元") == ["consistent"]
    wrong = checks_in("全市社会保险基金收入52,300万元。其中，机关事业单位养老保险收入31,200万元。"
                      "加上上级补助收入4,150万元、上年结余2,600万元，收入总计64,050万元。")
    assert verdicts_of(wrong, "2,600万元 4,150万元 52,300万元 64,050万元") == ["inconsistent"]


def test_added_to_the_outcome_not_the_budget_it_is_compared_with():
    """``支出 A，为年初预算 P 的 r%。加上 B、C，支出总计 T``: A is the first term, never the budget P."""
    table = checks_in("全市社会保险基金支出48,720万元，为年初预算51,000万元的95.5%。加上上解支出1,880万元、"
                      "年终结余9,450万元，支出总计60,050万元。")
    no_alarm(table)
    assert verdicts_of(table, "1,880万元 48,720万元 60,050万元 9,450万元") == ["consistent"]
