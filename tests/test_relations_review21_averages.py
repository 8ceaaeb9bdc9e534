"""Self-review of the far averages, rates and ratios (``claims/relations/averages.py``): true texts of our own on which
a new reading raised an alarm. Every text's arithmetic is right; none may be judged inconsistent.

The texts are written for the test, not copied from the fixture reports.
"""

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def test_a_rate_per_thousand_its_words_say_is_over_the_registered_population():
    """按户籍人口计算，每千人口执业（助理）医师 4.0人: 18,000人 over the 户籍人口 450万人, not the 常住人口 500万人 (the count
    is found sections before by its name)."""
    table = checks_in("一、人口\n年末全市常住人口500万人，户籍人口450万人。\n二、卫生\n年末全市执业（助理）医师18,000人。\n三、指标\n"
                      "按户籍人口计算，每千人口执业（助理）医师4.0人。")
    no_alarm(table)
    assert verdicts_of(table, "18,000人 4.0人 500万人") == []


def test_a_ratio_in_percent_with_a_far_term_is_not_read_over_one_of_two_kinds_named_nearer():
    """保险深度（保费收入与地区生产总值之比）4.92%: 财产险保费收入 and 人身险保费收入 both name 保费收入; neither is the
    total of premiums the depth divides by the far 地区生产总值."""
    table = checks_in("一、综合\n2024年全市地区生产总值7,862.4亿元。\n二、保险\n全年财产险保费收入120.5亿元，人身险保费收入"
                      "266.02亿元。全市保险深度（保费收入与地区生产总值之比）为4.92%。")
    no_alarm(table)


def test_a_ratio_in_percent_with_a_far_term_is_not_read_over_a_part_named_longer():
    """R&D经费投入强度（R&D经费与地区生产总值之比）2.5%: 规模以上工业企业R&D经费 900亿元 is a part of R&D经费."""
    table = checks_in("一、综合\n2024年全省地区生产总值52,000亿元。\n二、科技\n全省规模以上工业企业R&D经费900亿元。全省R&D经费投入"
                      "强度（R&D经费与地区生产总值之比）为2.5%。")
    no_alarm(table)


def test_a_ratio_in_percent_in_one_paragraph_is_not_read_over_a_part_named_longer():
    """The same in one paragraph: a ratio in percent (new) over 规模以上工业企业R&D经费 is not certain."""
    table = checks_in("2024年全省地区生产总值52,000亿元。全省规模以上工业企业R&D经费900亿元。全省R&D经费投入强度（R&D经费与地区生产"
                      "总值之比）为2.5%。")
    no_alarm(table)


def test_a_rate_per_thousand_old_people_is_not_over_the_towns_old_people_sections_before():
    """城镇60岁及以上老年人口 50万人: 60岁 is a figure, so the count's parsed words are 老年人口 alone; its sentence names
    城镇, a part of the city the rate (全市每千名老年人) does not name."""
    table = checks_in("一、人口\n全市城镇60岁及以上老年人口50万人。\n二、养老服务\n全市养老床位28,760张。全市每千名老年人拥有养老床位"
                      "36.7张。")
    no_alarm(table)


def test_a_ratio_of_a_year_named_in_a_long_name_is_not_over_another_years_far_term():
    """2023年全市保险深度（保费收入与地区生产总值之比）4.82%: the lead read stops inside the long name, short of 2023年;
    the 2024年 地区生产总值 sections before is not the 2023 ratio's."""
    table = checks_in("一、综合\n2024年全市地区生产总值8,500亿元。\n二、保险\n2023年全市保险业保费收入360.2亿元。2023年全市保险深度"
                      "（保费收入与地区生产总值之比）为4.82%。")
    no_alarm(table)


def test_an_average_of_the_year_is_not_over_a_count_named_at_a_quarters_end():
    """一季度末规上工业企业 350家: a count of the first quarter's end, the one so named, is no count the year's 平均每家
    规上工业企业 is over (the year's is not stated)."""
    table = checks_in("一、企业\n一季度末，全区规上工业企业350家。\n二、产值\n全年全区规上工业总产值2,093.7亿元，平均每家规上工业企业"
                      "实现产值5.42亿元。")
    no_alarm(table)


def test_a_rate_per_ten_thousand_of_the_centre_is_not_over_the_citys_population():
    """中心城区每万人拥有公共充电桩 150个: per head of the 中心城区 (3万 over 200万), never the city's 5万个 over its
    population 500万人 (the rate names a part of the place its base does not)."""
    table = checks_in("年末全市常住人口500万人，其中中心城区常住人口200万人。\n全市公共充电桩5万个，其中中心城区公共充电桩3万个；"
                      "中心城区每万人拥有公共充电桩150个。")
    no_alarm(table)


def test_a_rate_per_thousand_old_people_in_one_paragraph_is_not_over_the_towns_old_people():
    """城镇60岁及以上老年人口 in the rate's own paragraph: the group of 城镇, not the city's old people."""
    table = checks_in("全市城镇60岁及以上老年人口50万人。全市养老床位28,760张。全市每千名老年人拥有养老床位36.7张。")
    no_alarm(table)


def test_an_average_per_head_of_the_towns_people_is_not_over_the_whole_population():
    """城镇居民人均可支配收入 5.0万元: 1,750亿元 over the 城镇常住人口 350万人, never over the city's 500万人."""
    table = checks_in("年末全市常住人口500万人，其中城镇常住人口350万人。\n全市城镇居民可支配收入总额1,750亿元。城镇居民人均可支配"
                      "收入5.0万元。")
    no_alarm(table)
