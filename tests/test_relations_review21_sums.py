"""Review 21: true texts on which the far-sums readings (dacb6f0: wholes resolved by name across paragraphs, lists
split by ranges read as complete, totals naming their items) or the 其中 parts raised a false alarm; the texts are
written for the review, all their arithmetic right."""

import pytest

from .test_relations_kinds import checks_in, no_alarm


# -- a rate per 万 of a sub-group after 其中 is no part of the rate of all ---------------------------------------

@pytest.mark.parametrize("text", [
    "2024年全市劳动人事争议仲裁机构共受理案件3.2万件，比上年下降4.1%。\n"
    "全年每万名就业人员发生争议案件49.8件，其中城镇每万名就业人员发生争议案件60.0件。",
    "全市每千人口拥有执业（助理）医师3.1人，其中城市每千人口拥有执业（助理）医师4.6人。",
])
def test_a_rate_of_a_sub_group_is_no_part(text):
    no_alarm(checks_in(text))


# -- a list complete by its ranges, its whole taken by nearness while another figure is named as well -------------

def test_a_ranged_list_with_two_wholes_so_named():
    # 4020 + 5110 + 3730 = 12860, the company's staff, not the group's 25400 that stands nearer
    no_alarm(checks_in("年末公司在册员工12860人。年末集团在册员工25400人。\n"
                       "按年龄划分，30岁以下员工4020人，30—40岁员工5110人，40岁以上员工3730人。"))


def test_a_breakdown_whose_words_name_another_whole_better():
    # 户籍男性 + 户籍女性 = 862.3, the registered population, not the resident 1032.5 that stands nearer
    no_alarm(checks_in("年末全市户籍人口862.3万人，常住人口1032.5万人。\n"
                       "按性别分，户籍男性人口432.1万人，户籍女性人口430.2万人。"))


@pytest.mark.parametrize("text", [
    "全市千人拥有婴幼儿托位数3.2个，其中主城区千人拥有托位4.1个。",
    "全市百户家庭拥有家用汽车48辆，其中城镇百户家庭拥有家用汽车56辆。",
])
def test_a_rate_per_heads_without_mei_is_no_part(text):
    no_alarm(checks_in(text))


def test_a_set_of_an_earlier_year_takes_no_whole_of_the_reports_year():
    # 380 + 130 = 510, 2023年's revenue; 全年政府性基金收入 610 (of 2024年) is no whole of 2023年's 税收/非税收入
    no_alarm(checks_in("2024年全市一般公共预算收入536亿元；2023年为510亿元。\n全年政府性基金收入610亿元。\n"
                       "2023年税收收入380亿元，非税收入130亿元。"))


def test_a_ranged_list_whose_subject_the_far_whole_does_not_name():
    # 0.6 + 1.5 + 1.4 = 3.5, the re-employed unemployed, a whole not stated; 就业困难人员就业 1.8 is of other people
    no_alarm(checks_in("全年全市新增城镇就业12.6万人，其中25岁以下的高校毕业生就业4.1万人。\n全年帮助就业困难人员就业1.8万人。\n"
                       "按年龄分，25岁以下的失业人员再就业0.6万人，25—45岁的1.5万人，45岁及以上的1.4万人。"))


def test_a_counted_list_with_a_further_item_after_it():
    # 52 + 35 + 33 = 120: 两类 counts the two listed with 分别, 其他方式 is a third part of the whole
    no_alarm(checks_in("全年全省完成造林面积120万亩。\n全省森林覆盖率达到45.2%。\n"
                       "人工造林、封山育林两类分别完成造林面积52万亩、35万亩，其他方式完成造林面积33万亩。"))


def test_halves_of_a_subject_the_far_whole_does_not_name():
    # 9.8 + 12.2 = 22.0, the 纯电动汽车 after 其中, not all 新能源汽车 31.2
    no_alarm(checks_in("全年全市新能源汽车产量31.2万辆，其中纯电动汽车产量22.0万辆。\n全年汽车出口4.6万辆。\n"
                       "纯电动汽车上半年产量9.8万辆，下半年产量12.2万辆。"))


def test_a_whole_that_counts_a_class_of_ranges_itself():
    # 98.2 + 71.5 + 32.1 = 201.8, all aged 60 and more; 其中65岁及以上 150.2 is a class of its own, no whole of the list
    no_alarm(checks_in("全市共有60岁及以上老年人201.8万人，其中65岁及以上老年人150.2万人。\n"
                       "按年龄分，60—69岁的老年人98.2万人，70—79岁的71.5万人，80岁及以上的32.1万人。"))


def test_a_breakdown_of_the_item_after_qizhong():
    # 2580 + 960 + 370 = 3910, the exports after 其中, not 进出口总额 6520
    no_alarm(checks_in("全年全市进出口总额6520亿元，其中出口3910亿元，进口2610亿元。\n"
                       "按贸易方式分，一般贸易出口2580亿元，加工贸易出口960亿元，其他贸易出口370亿元。"))
