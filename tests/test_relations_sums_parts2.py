"""Sums and parts of a whole (``claims/relations/totals.py``), second pass: lists whose items are named before 分别,
lists closed by an item that takes in the rest (未定级, 其余), a second breakdown of a paragraph's whole, and a
bracketed 其中 inside a breakdown.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of

HOSPITALS = "年末医疗卫生机构总数达3,127个。其中：医院305个，基层医疗卫生机构2,794个。\n\n医院中，公立医院120个，民营医院185个。"


def figures(*texts: str) -> str:
    return " ".join(sorted(texts))


# -- a 分别 list whose items are named before 分别 ----------------------------------------------------------------

@pytest.mark.parametrize("last, verdict", [("67个", "consistent"), ("97个", "inconsistent")])
def test_a_list_named_before_each_and_closed_by_the_ungraded_is_a_second_breakdown_of_the_paragraphs_whole(
        last, verdict):
    """医院中 opens the paragraph, so 按医院等级分 breaks down the same 医院 305个 (not 民营's 185个); 未定级 takes in
    the rest, so the four grades named before 分别 make up the whole; 三级医院中有 … 9个 after the list is no grade."""
    table = checks_in(HOSPITALS + f"按医院等级分，三级、二级、一级和未定级医院分别为31个、75个、132个和{last}，"
                                  f"三级医院中有三级甲等医院9个。")
    assert verdicts_of(table, figures("305个", "31个", "75个", "132个", last)) == [verdict]
    assert kind(table, "auto-sum-").figures.str.contains("185个").sum() == 0


def test_a_list_named_before_each_without_a_closing_item_is_only_parts():
    """三级、二级 are not all the grades: they are parts within the whole, no sum."""
    table = checks_in(HOSPITALS + "按医院等级分，三级、二级医院分别为31个、75个。")
    no_alarm(table)
    assert not kind(table, "auto-sum-").figures.str.contains("31个 75个").any()


@pytest.mark.parametrize("winter, verdict", [("90.0毫米", "consistent"), ("190.0毫米", "inconsistent")])
def test_the_four_seasons_named_before_each_make_up_the_year(winter, verdict):
    table = checks_in(f"全年全市降水量1,210.5毫米。从季节分布看，春季、夏季、秋季和冬季降水量分别为260.1毫米、610.4毫米、"
                      f"250.0毫米和{winter}。")
    assert verdicts_of(table, figures("1,210.5毫米", "260.1毫米", "610.4毫米", "250.0毫米", winter)) == [verdict]


@pytest.mark.parametrize("third, verdict", [("40,000户", "consistent"), ("44,000户", "inconsistent")])
def test_first_second_and_third_industries_named_before_each_make_up_the_openers_whole(third, verdict):
    """第一、二、三产业企业: the numeral 二 is read as a figure of no unit; the whole is found by the list's unit."""
    table = checks_in(f"年末全市实有企业52,300户，增长6.1%。\n\n实有企业中，第一、二、三产业企业分别为1,300户、11,000户和"
                      f"{third}。")
    assert verdicts_of(table, figures("52,300户", "1,300户", "11,000户", third)) == [verdict]


# -- a list closed by 其余, its whole named by the opener but stated far before ----------------------------------------

@pytest.mark.parametrize("rest, verdict", [("80家", "consistent"), ("180家", "inconsistent")])
def test_a_list_closed_by_the_rest_sums_to_the_whole_the_opener_names(rest, verdict):
    table = checks_in(f"全年全市新设外资企业520家，增长8.0%。\n\n新设外资企业中，来自香港、台湾、日本的分别为300家、80家和60家，"
                      f"其余{rest}来自其他国家和地区。")
    assert verdicts_of(table, figures("520家", "300家", "80家", "60家", rest)) == [verdict]


def test_the_whole_an_opener_names_is_not_a_nearer_one_far_short_of_the_parts():
    """The zone's 新设外资企业 64家 is nearer but far short of the parts: the city's 520家 is their whole, and a list
    that misses it by a wrong part is accused against it."""
    table = checks_in("全年全市新设外资企业520家，增长8.0%。\n\n开发区新设外资企业64家，占全市的12.3%。\n\n"
                      "新设外资企业中，来自香港、台湾、日本的分别为300家、80家和60家，其余180家来自其他国家和地区。")
    assert verdicts_of(table, figures("520家", "300家", "80家", "60家", "180家")) == ["inconsistent"]
    assert verdicts_of(table, figures("64家", "300家", "80家", "60家", "180家")) == []


# -- a bracketed 其中 inside a breakdown -----------------------------------------------------------------------------

@pytest.mark.parametrize("last, verdict", [("67个", "consistent"), ("107个", "inconsistent")])
def test_a_bracketed_qizhong_in_a_breakdown_sets_aside_only_its_own_figure(last, verdict):
    """（其中三级甲等医院 9个） is part of 三级医院; the grades after the bracket are still parts of 医院."""
    table = checks_in(HOSPITALS + f"按医院等级分，三级医院31个（其中三级甲等医院9个），二级医院75个，一级医院132个，"
                                  f"未定级医院{last}。")
    assert verdicts_of(table, figures("305个", "31个", "75个", "132个", last)) == [verdict]
    assert verdicts_of(table, figures("31个", "9个"))[:1] == ["consistent"]


# -- a total naming its two items by their first characters ----------------------------------------------------------

@pytest.mark.parametrize("total, verdict", [("10.30亿美元", "consistent"), ("11.30亿美元", "inconsistent")])
def test_a_pair_named_by_first_characters_totals_those_two_items(total, verdict):
    """日韩两国合计: 日 and 韩 begin the names 日本 and 韩国 (after 来自), not 美国 nearer to the total."""
    table = checks_in(f"全年来自日本的投资6.20亿美元，增长3.1%；来自韩国4.10亿美元，来自美国3.05亿美元。日韩两国合计{total}。")
    assert verdicts_of(table, figures("6.20亿美元", "4.10亿美元", total)) == [verdict]


def test_a_pair_whose_characters_begin_no_items_name_is_no_sum():
    """中美两国合计: 中 begins no item's name (其中 is no name), so nothing is summed."""
    table = checks_in("全年对美出口6.20亿美元，其中机电产品4.10亿美元。中美两国合计为11.30亿美元。")
    no_alarm(table)
    assert kind(table, "auto-sum-").empty


# -- another measure of an item in a breakdown --------------------------------------------------------------------

def test_another_measure_of_an_item_is_no_part_of_the_breakdowns_whole():
    """营业毛利 follows 零部件业务营业收入 in its item, while the items' first figures all end in 营业收入: it is the
    item's margin, not a third part of 营业收入, and the 占比 after it is no share of 营业收入."""
    table = checks_in("2024年公司实现营业收入120.0亿元，增长8.0%。分业务看，装备业务营业收入80.0亿元，增长10.0%；"
                      "零部件业务营业收入40.0亿元，营业毛利12.0亿元，占比30.0%。")
    no_alarm(table)
    assert verdicts_of(table, figures("120.0亿元", "80.0亿元", "40.0亿元")) == ["consistent"]
    assert verdicts_of(table, figures("120.0亿元", "12.0亿元")) == []


def test_items_named_otherwise_in_one_clause_are_all_parts():
    """制造业 a；批发零售业 b，住宿餐饮业 c: the items' first figures are not named alike, so c is an item too."""
    table = checks_in("全年全市规模以上企业营业收入300.0亿元。分行业看，制造业180.0亿元；批发零售业90.0亿元，"
                      "住宿餐饮业60.0亿元。")
    assert len(verdicts_of(table, figures("300.0亿元", "180.0亿元", "90.0亿元", "60.0亿元"))) == 1
