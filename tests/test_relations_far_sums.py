"""Sums and parts across paragraphs (``claims/relations/totals.py``): a whole stated in the lead or a section before and
its parts listed later, the whole named by the words of the list; lists split by the ranges of a measure.

The sentences are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def figures(*texts: str) -> str:
    """The figures of a check as :func:`checks_in` shows them: their texts sorted, joined by spaces."""
    return " ".join(sorted(texts))


# -- a list split by ranges is complete ---------------------------------------------------------------------------

@pytest.mark.parametrize("small, verdict", [("0.91万套", "consistent"), ("1.41万套", "inconsistent")])
def test_classes_of_ranges_from_below_to_above_make_up_the_whole(small, verdict):
    """90平方米及以下 / 90—144平方米 / 144平方米以上: the classes leave nothing out, so they sum to the year's sales
    (before, only a part check: the parts within the whole)."""
    table = checks_in(f"全年全市新建商品住房成交7.46万套，比上年下降3.2%。\n从面积段看，90平方米及以下新建商品住房成交"
                      f"2.18万套，90—144平方米4.37万套，144平方米以上{small}。")
    assert verdicts_of(table, figures("2.18万套", "4.37万套", "7.46万套", small)) == [verdict]
    assert table.loc[table.figures == figures("2.18万套", "4.37万套", "7.46万套", small)].index[0].startswith("auto-sum-")


def test_classes_from_the_top_down_are_complete_too():
    """1亿元以上 / 1,000万元至1亿元 / 1,000万元以下 after 其中: read from the top down."""
    table = checks_in("全县备案外贸企业1,286家，其中年进出口额1亿元以上的企业46家，1,000万元至1亿元的企业318家，"
                      "1,000万元以下的企业922家。")
    [check] = table[table.figures == figures("1,286家", "318家", "46家", "922家")].index
    assert check.startswith("auto-sum-") and table.loc[check, "verdict"] == "consistent"


def test_classes_that_leave_a_range_out_are_no_complete_list():
    """30岁以下 and 50岁以上 with 30—40岁 only: no class is open on both ends between them, but 41—50岁 is missing;
    the words still read ranges, yet a list with a gap in its bounds is not declared complete."""
    table = checks_in("全县共有家庭户18.62万户。\n家庭户中，一人户4.11万户，三人及以上户8.58万户。")
    assert not any(c.startswith("auto-sum-") for c in table.index)
    no_alarm(table)


def test_a_list_of_classes_of_one_two_and_more():
    """一人户, 二人户, 三人及以上户 after 家庭户中: the class figures (一人, 二人, 三人及以上) are no parts, and the
    whole named 家庭户 sections before is found through the households, not the people."""
    good = checks_in("全县共有家庭户18.62万户。\n家庭户中，一人户4.11万户，占全部家庭户的22.1%；二人户5.93万户，"
                     "占31.8%；三人及以上户8.58万户。")
    assert verdicts_of(good, figures("18.62万户", "4.11万户", "5.93万户", "8.58万户")) == ["consistent"]
    bad = checks_in("全县共有家庭户18.62万户。\n家庭户中，一人户4.11万户，占全部家庭户的22.1%；二人户5.93万户，"
                    "占31.8%；三人及以上户9.58万户。")
    assert verdicts_of(bad, figures("18.62万户", "4.11万户", "5.93万户", "9.58万户")) == ["inconsistent"]


# -- the whole of a breakdown named in another paragraph ---------------------------------------------------------------

MARRIAGES = ("全年全市依法办理结婚登记3.12万对，比上年下降5.1%。\n按女方登记年龄分，25岁以下的0.52万对，25—29岁的1.31万对，"
             "30—34岁的{c}，35岁及以上的0.43万对。")


@pytest.mark.parametrize("c, verdict", [("0.86万对", "consistent"), ("1.16万对", "inconsistent")])
def test_a_breakdown_with_no_whole_near_it_takes_the_one_its_words_name(c, verdict):
    """The whole of the age classes is in the paragraph before, named 结婚登记; 登记 in the breakdown's words names it,
    and it is the only figure so named: judged."""
    table = checks_in(MARRIAGES.format(c=c))
    assert verdicts_of(table, figures("0.43万对", "0.52万对", c, "1.31万对", "3.12万对")) == [verdict]


def test_the_whole_of_an_employee_breakdown_is_the_staff_named_before():
    table = checks_in("年末公司在册员工5,320人，比上年末增加210人。\n公司持续优化人才结构。\n按年龄划分，30岁以下员工1,604人，"
                      "占30.2%；30—40岁2,251人；41—50岁1,040人；50岁以上825人。")
    assert verdicts_of(table, figures("1,040人", "1,604人", "2,251人", "5,320人", "825人")) == ["inconsistent"]


def test_another_years_figure_so_named_is_no_whole():
    """上年结婚登记 is of another year: the only figure of this year's is taken (and the list fits it)."""
    table = checks_in("上年全市依法办理结婚登记3.29万对。\n全年全市依法办理结婚登记3.12万对。\n按女方登记年龄分，25岁以下的"
                      "0.52万对，25—29岁的1.31万对，30—34岁的0.86万对，35岁及以上的0.43万对。")
    assert verdicts_of(table, figures("0.43万对", "0.52万对", "0.86万对", "1.31万对", "3.12万对")) == ["consistent"]
    no_alarm(table)


def test_two_figures_named_alike_leave_the_whole_unknown():
    """结婚登记 and 婚姻登记 both end in 登记 and both can hold the parts: the list's words name either, so no whole is
    taken (a 离婚登记 smaller than a part could not be the whole)."""
    table = checks_in("全年全市依法办理结婚登记3.12万对。全市婚姻登记机关共办理各类婚姻登记4.26万对。\n按女方登记年龄分，25岁以下的0.52万对，"
                      "25—29岁的1.31万对，30—34岁的0.86万对，35岁及以上的0.43万对。")
    assert not any(c.startswith("auto-sum-") for c in table.index)
    no_alarm(table)


def test_a_whole_named_only_by_another_measure_is_none():
    """营业收入扣除营业成本 T: the figure is the 成本, the words' 收入 qualifies it; the parts 直销收入, 经销收入 are not of it."""
    table = checks_in("报告期内，公司营业收入扣除营业成本26.43亿元后，实现毛利12.19亿元。\n按销售模式划分，直销收入26.42亿元，"
                      "经销收入12.20亿元，其他收入0.50亿元。")
    no_alarm(table)
    assert not any("26.43亿元" in f for f in table.figures if "26.42亿元" in f)


def test_a_subject_named_with_zhong_must_name_the_far_whole():
    """高新技术企业中: the classes count the high-tech firms, not all the firms counted before."""
    table = checks_in("全市共有工业企业5,000家。\n按营收规模分，高新技术企业中，营收1亿元以上的企业52家，1,000万元至1亿元的企业"
                      "418家，1,000万元以下的企业656家。")
    no_alarm(table)
    assert not any("5,000家" in f for f in table[table.verdict != "derived"].figures)


def test_a_target_so_named_is_no_whole():
    table = checks_in("全年计划办理结婚登记3.50万对。\n按女方登记年龄分，25岁以下的0.52万对，25—29岁的1.31万对，30—34岁的"
                      "0.86万对，35岁及以上的0.43万对。")
    no_alarm(table)


def test_a_complete_breakdown_takes_the_whole_its_words_name_over_a_nearer_figure_of_its_unit():
    """14个国家和地区 is the nearest figure in 个 before 分产业看, but its words name no project; 签约项目 186个 in the
    paragraph before is named by 项目 in every part: the list, closed by 其他, sums to it."""
    table = checks_in("本届投洽会共签约项目186个，总投资额1,126.8亿元。\n来自14个国家和地区的客商参会。分产业看，先进制造业项目68个，"
                      "现代服务业项目65个，数字经济项目31个，现代农业、文化旅游等其他项目32个。")
    assert verdicts_of(table, figures("186个", "32个", "31个", "65个", "68个")) == ["inconsistent"]
    assert not any("14个" in f for f in table[table.verdict != "derived"].figures)


@pytest.mark.parametrize("last, verdict", [("16.3万亩", "consistent"), ("26.3万亩", "inconsistent")])
def test_a_counted_list_of_kinds_takes_the_only_figure_so_named_paragraphs_before(last, verdict):
    """四类工程分别完成造林面积: the 造林面积 stated in the paragraph before is the only one of this year (上年's is of another
    year), so the sum is judged, no longer only shown."""
    table = checks_in(f"全年全省完成造林面积86.4万亩，上年完成造林面积80.1万亩。\n四类工程分别完成造林面积21.3万亩、30.2万亩、"
                      f"18.6万亩和{last}。")
    assert verdicts_of(table, figures("18.6万亩", "21.3万亩", "30.2万亩", "86.4万亩", last)) == [verdict]


def test_a_counted_list_after_a_part_so_named_stays_doubtful():
    """其中国家重点工程完成造林面积 b is nearer and so named too: two figures so named, the sum is only shown."""
    table = checks_in("全年全省完成造林面积86.4万亩，其中国家重点工程完成造林面积50.1万亩。\n四类工程分别完成造林面积21.3万亩、"
                      "30.2万亩、18.6万亩和16.3万亩。")
    no_alarm(table)


# -- a total naming its items, the items in paragraphs before ----------------------------------------------------------

FUNDS = ("全年企业职工基本养老保险基金收入286.74亿元，支出261.38亿元。\n失业保险基金全年收入15.42亿元，支出12.86亿元。\n"
         "工伤保险基金全年收入8.32亿元。企业职工基本养老保险、失业保险、工伤保险三项基金全年收入合计{total}。")


@pytest.mark.parametrize("total, verdict", [("310.48亿元", "consistent"), ("340.48亿元", "inconsistent")])
def test_a_total_naming_its_items_takes_each_from_its_own_paragraph(total, verdict):
    """三项基金全年收入合计: each fund's income stated in a paragraph of its own, named by the fund and 收入 (not 支出)."""
    table = checks_in(FUNDS.format(total=total))
    assert verdicts_of(table, figures("15.42亿元", "286.74亿元", "8.32亿元", total)) == [verdict]


def test_a_name_is_not_held_by_its_non():
    """税收、社会保险费和非税收入合计: 非税收入 is no 税收; the three items are the three so named."""
    table = checks_in("全年全省税务部门组织税收收入5,126.48亿元，增长3.6%。\n此外，全省税务部门全年组织社会保险费收入2,846.73亿元；"
                      "组织非税收入412.58亿元。税收、社会保险费和非税收入合计8,385.79亿元。")
    assert verdicts_of(table, figures("2,846.73亿元", "412.58亿元", "5,126.48亿元", "8,385.79亿元")) == ["consistent"]


def test_an_item_named_by_two_figures_leaves_the_total_unread():
    """失业保险基金 income stated twice with different figures (the province's and the city's): the item is unknown."""
    table = checks_in("全年企业职工基本养老保险基金收入286.74亿元。\n全省失业保险基金全年收入15.42亿元，其中省本级失业保险基金收入3.10亿元。\n"
                      "工伤保险基金全年收入8.32亿元。企业职工基本养老保险、失业保险、工伤保险三项基金全年收入合计340.48亿元。")
    no_alarm(table)


def test_a_count_that_differs_from_the_names_reads_nothing():
    """两项合计 after three names: the words disagree, so no item is taken by name."""
    table = checks_in("全年企业职工基本养老保险基金收入286.74亿元。\n失业保险基金全年收入15.42亿元。\n工伤保险基金全年收入8.32亿元。"
                      "企业职工基本养老保险、失业保险、工伤保险两项基金全年收入合计340.48亿元。")
    no_alarm(table)


# -- a complete set whose whole is in an earlier paragraph ------------------------------------------------------------

@pytest.mark.parametrize("second, verdict", [("63.82万辆", "consistent"), ("73.82万辆", "inconsistent")])
def test_the_two_halves_sum_to_the_years_figure_stated_paragraphs_before(second, verdict):
    table = checks_in(f"2024年，全省新能源汽车产量108.36万辆，比上年增长41.2%。\n从月度走势看，全省新能源汽车生产呈现前低后高的特点。"
                      f"上半年产量44.54万辆，下半年产量{second}。")
    assert verdicts_of(table, figures("108.36万辆", "44.54万辆", second)) == [verdict]


def test_the_halves_are_not_summed_to_a_quarters_figure():
    """The only 产量 before the halves is a quarter's: no whole of the year, nothing judged."""
    table = checks_in("三季度，全省新能源汽车产量31.20万辆。\n上半年产量44.54万辆，下半年产量63.82万辆。")
    assert not any(c.startswith("auto-sum-") for c in table.index)
    no_alarm(table)


def test_the_class_figures_of_a_list_are_no_parts_of_a_whole_in_their_unit():
    """一人, 二人 … are the classes of the households; with 家庭户人口 in 人 stated before, they were read as parts of
    it. The households sum to the households."""
    table = checks_in("全县共有家庭户18.62万户，家庭户人口52.36万人。\n家庭户中，一人户4.11万户，占22.1%；二人户5.93万户，占31.8%；"
                      "三人户4.26万户；四人及以上户4.32万户。")
    assert not any("一人" in f for f in table.figures)
    assert verdicts_of(table, figures("18.62万户", "4.11万户", "4.26万户", "4.32万户", "5.93万户")) == ["consistent"]


def test_a_set_is_not_summed_to_a_far_figure_named_as_one_of_its_items():
    """The far 进口 T (the city's whole imports) is named 进口, as one of the set: no whole of 出口 and 进口."""
    table = checks_in("全市外贸进出口总额3,486.2亿元。其中，出口2,274.5亿元，增长9.6%；进口1,211.7亿元，增长4.6%。\n"
                      "分方向看，跨境电商出口812.6亿元，同比增长24.3%；进口214.2亿元，同比增长11.7%。")
    assert not any("1,211.7亿元" in f and "812.6亿元" in f for f in table.figures)
    no_alarm(table)


def test_the_three_industries_are_not_summed_to_a_far_figure_their_set_does_not_name():
    """第一、二、三产业用电量 leave out the households' use: 全社会用电量 is no whole of the three (their set's whole is
    named 生产总值 or 增加值)."""
    table = checks_in("全年全社会用电量3,862.4亿千瓦时，比上年增长7.8%。\n第一产业用电量62.8亿千瓦时，第二产业用电量2,418.6亿千瓦时，"
                      "第三产业用电量786.3亿千瓦时。")
    assert not any("3,862.4亿千瓦时" in f for f in table[table.verdict != "derived"].figures)
    no_alarm(table)


@pytest.mark.parametrize("last, verdict", [("0.91万套", "consistent"), ("1.91万套", "inconsistent")])
def test_a_breakdown_whose_sentence_is_a_comment_lists_its_parts_in_the_next(last, verdict):
    """从面积段看，改善型需求占比上升。 holds no figure: the classes in the sentence right after are the breakdown's, and
    their whole is the year's sales two paragraphs up, named 新建商品住房成交 in the first class's words."""
    table = checks_in(f"全年全市新建商品住房成交7.46万套，比上年下降3.2%；二手住房成交5.12万套。\n从面积段看，改善型需求占比上升。"
                      f"全年90平方米及以下新建商品住房成交2.18万套，90—144平方米4.37万套，144平方米以上{last}。")
    assert verdicts_of(table, figures("2.18万套", "4.37万套", "7.46万套", last)) == [verdict]


def test_a_set_with_a_third_item_in_its_sentence_is_not_summed_to_a_far_whole():
    """省内 and 省外 are a set, but 境外 follows in the sentence: the two are not all the visitors stated before."""
    table = checks_in("全年全市接待游客1,386.4万人次。\n从客源结构看，省外游客明显增多。省内游客842.6万人次，省外游客486.3万人次，"
                      "境外游客57.5万人次。")
    assert verdicts_of(table, figures("1,386.4万人次", "486.3万人次", "842.6万人次")) == []
    no_alarm(table)


def test_a_list_of_a_part_of_the_place_is_not_summed_to_the_whole_places_figure():
    """主城区90平方米及以下 …: the classes are the central districts' sales; the city's 7.46万套 is not their whole, and when
    the central districts' own figure is stated (其中主城区 5.12万套) it is."""
    alone = checks_in("全年全市新建商品住房成交7.46万套。\n从面积段看，主城区90平方米及以下成交1.32万套，90—144平方米2.87万套，"
                      "144平方米以上0.93万套。")
    assert not any("7.46万套" in f for f in alone[alone.verdict != "derived"].figures)
    no_alarm(alone)
    named = checks_in("全年全市新建商品住房成交7.46万套，其中主城区5.12万套。\n从面积段看，主城区改善型需求较旺。主城区90平方米及以下"
                      "成交1.32万套，90—144平方米2.87万套，144平方米以上0.93万套。")
    assert verdicts_of(named, figures("0.93万套", "1.32万套", "2.87万套", "5.12万套")) == ["consistent"]
    no_alarm(named)


def test_a_breakdown_of_a_subject_named_with_zhong_is_no_sum_of_the_whole_of_all():
    """农村学校中: the size classes count the rural schools, so they do not sum to all the schools (before the classes
    made the list complete, a part check was right; the sum is now shown only)."""
    table = checks_in("全市共有中小学校486所，其中农村学校302所。\n按学校规模分，农村学校中，在校生100人以下的学校186所，100人至"
                      "1,000人的学校98所，1,000人以上的学校18所。")
    assert verdicts_of(table, figures("186所", "18所", "486所", "98所")) != ["inconsistent"]
    no_alarm(table)
