"""Stated shares whose whole is named by words in another paragraph or section: when the name makes the whole certain
(the one figure of the report before the share so named, in its unit, of its year and period, not a target), the
share is judged; otherwise the doubt is kept (shown, not accused).

The texts are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of

#: paragraphs between a whole and its share, so that the whole is neither in the share's paragraph nor in the sentence
#: before it (figures of other units, so they are no candidates)
BETWEEN = "全年共组织专项检查46次，覆盖机构1,280家。\n各地加快推进信息化建设，建成数据平台12个。\n"


def figures(*texts: str) -> str:
    """The figures of a check as :func:`verdicts_of` names them: their texts sorted, joined by spaces."""
    return " ".join(sorted(texts))


# -- a whole named by the end of its name ----------------------------------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("14.5%", "consistent"), ("18.5%", "inconsistent")])
def test_a_total_named_by_its_measure_after_its_subject(share, verdict):
    """占总诊疗人次的 names 医疗卫生机构总诊疗人次 by its measure, a total by its words (总…), of a subject the part is
    of too (中医类医疗卫生机构): the one figure of the report so named, sections before."""
    table = checks_in("一、医疗服务\n2025年，全市医疗卫生机构总诊疗人次4,120.50万人次，比上年增长2.6%。\n" + BETWEEN
                      + f"二、中医药\n全年中医类医疗卫生机构诊疗人次597.47万人次，占全市总诊疗人次的{share}。")
    assert verdicts_of(table, figures(share, "4,120.50万人次", "597.47万人次")) == [verdict]


@pytest.mark.parametrize("share, verdict", [("16.2%", "consistent"), ("19.2%", "inconsistent")])
def test_a_whole_named_after_the_reports_own_place(share, verdict):
    """岚山省全社会用电量: the rest of the name is the place the report's title names, so 占全社会用电量的 names it."""
    text = ("岚山省2025年用电情况\n2025年，岚山省全社会用电量达到4,210.6亿千瓦时，同比增长6.1%。\n" + BETWEEN
            + f"分类型看，城乡居民生活用电量682.1亿千瓦时，增长8.4%，占全社会用电量的{share}。")
    table = checks_in(text)
    assert verdicts_of(table, figures(share, "4,210.6亿千瓦时", "682.1亿千瓦时")) == [verdict]


def test_a_whole_named_after_another_place_is_not_judged():
    """江城区全社会用电量 in a report of 岚山省: another place's figure, not the total the share names."""
    table = checks_in("岚山省2025年用电情况\n2025年，江城区全社会用电量达到4,210.6亿千瓦时，同比增长6.1%。\n" + BETWEEN
                      + "分类型看，城乡居民生活用电量682.1亿千瓦时，增长8.4%，占全社会用电量的19.2%。")
    no_alarm(table)


def test_two_figures_ending_with_the_name_keep_the_doubt():
    """市本级一般公共预算支出 and 全市一般公共预算支出 both end with the name: which is meant is not said."""
    table = checks_in("全市一般公共预算支出决算数为612,846万元，增长4.2%。\n" + BETWEEN
                      + "市本级一般公共预算支出决算数为301,200万元，增长3.1%。\n" + BETWEEN
                      + "——教育支出92,638万元，占一般公共预算支出的19.3%。")
    no_alarm(table)


# -- words after the measure that name which account of it is told --------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("8.3%", "consistent"), ("9.3%", "inconsistent")])
def test_a_whole_named_with_its_final_account_word(share, verdict):
    """一般公共预算支出决算数: 决算数 says which account is told; 占一般公共预算支出的 names it without it."""
    table = checks_in("全县一般公共预算支出决算数为512,846万元，比上年增长4.2%。\n" + BETWEEN
                      + f"——一般公共服务支出42,638万元，占一般公共预算支出的{share}。")
    assert verdicts_of(table, figures(share, "42,638万元", "512,846万元")) == [verdict]


@pytest.mark.parametrize("share, verdict", [("27.8%", "consistent"), ("23.8%", "inconsistent")])
def test_a_balance_named_without_its_balance_word(share, verdict):
    """各项贷款余额 for 占各项贷款的: 余额 names the balance of the loans, not another measure."""
    table = checks_in("年末全市各项贷款余额7,135.92亿元，同比增长8.1%。\n" + BETWEEN
                      + f"年末涉农贷款余额1,986.23亿元，同比增长9.7%，占各项贷款的{share}。")
    assert verdicts_of(table, figures(share, "1,986.23亿元", "7,135.92亿元")) == [verdict]


@pytest.mark.parametrize("share, verdict", [("20.9%", "consistent"), ("24.9%", "inconsistent")])
def test_a_whole_named_with_a_verb_inside_its_name(share, verdict):
    """电子信息产业实现产值: 实现 is no part of what is measured; 占电子信息产业产值的 names it without it."""
    table = checks_in("从产业看，电子信息产业实现产值412.56亿元，增长9.1%。\n" + BETWEEN
                      + f"这家龙头企业产值86.42亿元，增长24.6%，占全区电子信息产业产值的{share}。")
    assert verdicts_of(table, figures(share, "412.56亿元", "86.42亿元")) == [verdict]


def test_a_running_total_is_not_named_by_its_verb():
    """累计完成投资 is a running total, not the year's 完成投资 a share of 投资 names."""
    table = checks_in("全市重点项目累计完成投资1,200.00亿元。\n" + BETWEEN
                      + "全年工业项目投资300.00亿元，占重点项目投资的35.0%。")
    no_alarm(table)


# -- both named, far --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("49.5%", "consistent"), ("55.1%", "inconsistent")])
def test_part_and_whole_both_named_the_whole_far(share, verdict):
    """义务教育经费占教育经费总投入的: the part in the sentence before, the whole the one figure so named, sections
    before."""
    table = checks_in("一、总体情况\n2025年全市教育经费总投入为186.54亿元，比上年增长5.1%。\n" + BETWEEN
                      + "二、分学段\n学前教育经费18.42亿元，义务教育经费92.36亿元。"
                      + f"义务教育经费占教育经费总投入的{share}。")
    assert verdicts_of(table, figures(share, "186.54亿元", "92.36亿元")) == [verdict]


# -- guards: another year, a target, another period ------------------------------------------------------------------

def test_a_whole_of_another_year_so_named_is_not_judged():
    table = checks_in("2024年，全市医疗卫生机构总诊疗人次4,120.50万人次。\n" + BETWEEN
                      + "2025年，中医类医疗机构诊疗人次597.47万人次，占全市总诊疗人次的18.5%。")
    no_alarm(table)


def test_a_target_so_named_is_not_judged():
    table = checks_in("到2027年，全县一般公共预算支出决算数达到612,846万元。\n" + BETWEEN
                      + "——一般公共服务支出42,638万元，占一般公共预算支出的9.3%。")
    no_alarm(table)


def test_a_whole_of_another_period_is_not_judged():
    """上半年…W before a fourth quarter's part: not its whole (the share is of the year's)."""
    table = checks_in("上半年，全市医疗卫生机构总诊疗人次4,120.50万人次。\n" + BETWEEN
                      + "第四季度，中医类医疗机构诊疗人次597.47万人次，占全市总诊疗人次的18.5%。")
    no_alarm(table)


def test_a_part_naming_a_year_the_whole_does_not_is_not_judged():
    """2023年教育支出 a: the whole, named with no year, may be of the report's year, not 2023's."""
    table = checks_in("全县一般公共预算支出决算数为512,846万元。\n" + BETWEEN
                      + "2023年教育支出86,400万元，占一般公共预算支出的18.0%。")
    no_alarm(table)


def test_a_total_of_a_subject_the_part_does_not_name_is_not_judged():
    """公立医院总诊疗人次 ends with 总诊疗人次, but 中医医院 need not be a 公立医院: the whole of 占全市总诊疗人次的 is not
    stated."""
    table = checks_in("全市公立医院总诊疗人次2,500万人次。\n" + BETWEEN
                      + "全年中医医院诊疗人次597.47万人次，占全市总诊疗人次的14.5%。")
    no_alarm(table)


def test_a_target_named_as_the_whole_of_both_named_is_not_judged():
    """到2027年…R&D经费达到 W: a target, though the one figure named R&D经费."""
    table = checks_in("到2027年，全市R&D经费达到200.00亿元。\n" + BETWEEN
                      + "基础研究经费8.37亿元。基础研究经费占R&D经费的比重为6.5%。")
    no_alarm(table)
