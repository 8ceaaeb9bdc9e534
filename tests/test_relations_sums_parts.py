"""Sums and parts of a whole (``claims/relations/totals.py``): readings added for parts named by their whole's name
with a qualifier before it, and for breakdowns whose whole is named loosely.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


# -- a part named by the whole's name with a qualifier before it --------------------------------------------------

@pytest.mark.parametrize("part, verdict", [("86.3亿元", "consistent"), ("486.3亿元", "inconsistent")])
def test_a_qualified_name_is_a_part_of_the_whole_so_named(part, verdict):
    """乡村旅游收入 is 旅游收入 qualified by 乡村: a part of the 旅游收入 stated before it, with no 其中 between."""
    table = checks_in(f"全年全市实现旅游收入420.5亿元，增长8.2%。全市乡村旅游收入{part}，增长12.1%。")
    assert verdicts_of(table, " ".join(sorted(["420.5亿元", part]))) == [verdict]


def test_a_part_after_a_qizhong_whose_sentence_holds_no_total():
    """其中 follows a sentence of rates only: the 其中 reading finds no total there, the name finds 餐饮收入."""
    table = checks_in("分业态看，商品零售210.4亿元，餐饮收入64.8亿元。餐饮收入占比为23.5%，增速比商品零售高2.1个百分点；"
                      "其中网络餐饮收入9.6亿元。")
    assert verdicts_of(table, "64.8亿元 9.6亿元") == ["consistent"]


@pytest.mark.parametrize("text", [
    # another place's whole, not a part
    "全年全市餐饮收入120.4亿元，增长6.0%。同期全国餐饮收入55718亿元，增长5.3%。",
    # an amount per meal is no part of another
    "对60岁以上老人每餐补贴4元，对失能老人每餐补贴6元。",
    # a total naming its items
    "全年风电发电量120.6亿千瓦时，光伏发电量80.2亿千瓦时，风电和光伏发电量合计210.8亿千瓦时。",
    # items of one list after 其中, the first of them no whole of the rest
    "全年共举办体育赛事1,520场。其中，国际级赛事12场；全国级赛事96场；省级赛事402场；市县级赛事1,010场。",
    # a cumulative figure is no part of a month's
    "10月份社会消费品零售总额86.2亿元。1—10月累计社会消费品零售总额812.5亿元。",
])
def test_a_name_ending_in_another_is_no_part_where_the_words_say_otherwise(text):
    table = checks_in(text)
    no_alarm(table)
    assert not kind(table, "auto-part-").assumptions.str.contains("qualified by").any()


def test_a_whole_named_by_a_measure_after_another_unit_is_doubtful():
    """在校生 T follows 4所: it may be the 在校生 of those schools only, so the part is shown, not judged."""
    table = checks_in("中等职业学校4所，招生0.31万人，在校生0.86万人。全县高中阶段在校生2.65万人。")
    no_alarm(table)
    assert verdicts_of(table, "0.86万人 2.65万人") in ([], ["derived"])


# -- a breakdown opened by the whole's name, written more loosely than the whole's own words -----------------------

@pytest.mark.parametrize("retired, verdict", [("2.34万人", "consistent"), ("2.94万人", "inconsistent")])
def test_an_opener_naming_its_whole_by_a_short_name_with_a_complete_set(retired, verdict):
    """职工医保参保人员中 names 参加职工基本医疗保险人数 loosely (the measure word 人员 dropped, the first four characters
    in it); 在职 and 退休 are all of the insured, so they sum to it."""
    table = checks_in(f"年末全县参加职工基本医疗保险人数8.46万人，比上年末增加0.21万人。"
                      f"职工医保参保人员中，在职职工6.12万人，退休人员{retired}。")
    assert verdicts_of(table, " ".join(sorted(["8.46万人", "6.12万人", retired]))) == [verdict]


@pytest.mark.parametrize("private, verdict", [("119.2万人次", "consistent"), ("169.2万人次", "inconsistent")])
def test_an_opener_whose_characters_stand_in_order_in_the_whole(private, verdict):
    """博物馆参观人次中: 博物馆参观 stands in 博物馆接待参观 in order; 国有 and 非国有 are all of it."""
    table = checks_in(f"全年全市博物馆接待参观620.4万人次，增长8.8%。博物馆参观人次中，国有博物馆501.2万人次，"
                      f"非国有博物馆{private}。")
    assert verdicts_of(table, " ".join(sorted([private, "501.2万人次", "620.4万人次"]))) == [verdict]


def test_parts_of_a_loosely_named_whole_that_exceed_it_are_shown_not_judged():
    """政策范围内费用 and 统筹基金支付 nest (the fund pays part of the costs in the policy): named loosely, their sum
    above the whole accuses nothing."""
    table = checks_in("全年参保人员住院医疗总费用5.12亿元。住院费用中，政策范围内费用4.30亿元，统筹基金支付3.20亿元。")
    no_alarm(table)
    assert verdicts_of(table, "3.20亿元 4.30亿元 5.12亿元") == ["derived"]


# -- 共 after words naming all the kinds just listed ------------------------------------------------------------

@pytest.mark.parametrize("total", ["159家", "169家"])
def test_all_levels_together_total_the_list_before_them(total):
    """各级示范场共 T totals the 其中 list before it and is no further part of 1,520家; a wrong T is shown, not judged
    (the words do not say where the list starts)."""
    table = checks_in(f"全县家庭农场1,520家，其中国家级示范场6家、省级示范场41家、市级示范场112家，各级示范场共{total}。")
    assert verdicts_of(table, "1,520家 112家 41家 6家") == ["consistent"]
    no_alarm(table)
    if total == "159家":
        assert verdicts_of(table, "112家 159家 41家 6家") == ["consistent"]
