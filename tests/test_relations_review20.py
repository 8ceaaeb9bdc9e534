"""Review 20: true texts on which the readings of the shares commits (68668e1, 922f5da) raised a false alarm; the
sentences are written for the review, all their arithmetic right."""

import pytest

from .test_relations_kinds import checks_in, no_alarm


# -- a bare 占比 in a list whose earlier item named its whole (_whole_of_list) --------------------------------------

@pytest.mark.parametrize("text", [
    # the part's own item opens with its whole (政府性基金收入 40): 32 / 40, not 32 / 80
    "全市一般公共预算收入80亿元，税收收入60亿元，占一般公共预算收入的75.0%；全市政府性基金收入40亿元，土地出让收入"
    "32亿元，占比80.0%。",
    # 对东盟出口 is a kind of 出口: 600 / 3000, not 600 / 5000
    "全省进出口总额5000亿元。其中出口3000亿元，占进出口总额的60.0%；对东盟出口600亿元，占比20.0%。",
    # 装备业务中: 48 / 120, not 48 / 200
    "全年实现营业收入200亿元。装备业务收入120亿元，占营业收入的60.0%；装备业务中，出口收入48亿元，占比40.0%。",
    # 上年's item is of 上年's revenue: 90 / 180, not 90 / 200
    "全年营业收入200亿元，上年为180亿元。本年装备业务收入120亿元，占营业收入的60.0%；上年装备业务收入90亿元，占比50.0%。",
])
def test_a_bare_share_not_of_an_item_like_the_named_one_is_not_of_the_list_whole(text):
    no_alarm(checks_in(text))


# -- shares told respectively (_respective_shares) ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the whole found for the last share is 蔬菜's: 20 / 100 and 30 / 200, not both over 200
    "全市粮食产量100万吨，蔬菜产量200万吨。甲县粮食产量20万吨，蔬菜产量30万吨，分别占全市的20.0%和15.0%。",
    # 全国进口 is the whole of 进口 only: 2.5 / 25 and 1.6 / 20
    "全国货物出口25.00万亿元，进口20.00万亿元。全省出口2.50万亿元，进口1.60万亿元，分别占全国的10.0%和8.0%。",
    # two years, two revenues: 8 / 200 and 10 / 250, no one whole
    "2023年、2024年公司营业收入分别为200亿元、250亿元；研发投入分别为8亿元、10亿元，分别占营业收入的4.0%、4.0%。",
])
def test_shares_told_respectively_are_not_read_over_a_whole_of_one_of_the_parts(text):
    no_alarm(checks_in(text))


# -- shares named by one word, told respectively -----------------------------------------------------------------

def test_engel_coefficients_told_respectively_are_not_all_read_over_the_last_figures():
    """城镇 28.0% is 8,400 / 30,000 and 农村 32.0% is 5,760 / 18,000: the nearest figures so named are 农村's only."""
    no_alarm(checks_in("城镇居民人均消费支出30,000元，其中食品烟酒支出8,400元。农村居民人均消费支出18,000元，其中食品烟酒"
                       "支出5,760元。城镇、农村居民恩格尔系数分别为28.0%和32.0%。"))


# -- a rate's whole in the sentence before, past its listed parts (_whole_past_parts) --------------------------------

@pytest.mark.parametrize("text", [
    "全市共有农贸市场214家，其中城区107家、县城64家、乡镇43家。城区已改造的90家，改造率为84.1%。",     # 90 / 107
    "全县共有学校120所，其中小学80所、中学40所。小学中已达标的60所，达标率为75.0%。",                  # 60 / 80
    "全年安排项目资金5亿元，其中中央资金3亿元、省级资金2亿元。中央资金已支出2.7亿元，支出率90.0%。",   # 2.7 / 3
    "全年共有毕业生5,000人，其中本科3,000人、专科2,000人。本科已就业2,850人，就业率95.0%。",         # 2,850 / 3,000
])
def test_a_rate_of_a_figure_named_as_a_listed_part_is_not_over_the_whole_before_the_list(text):
    no_alarm(checks_in(text))


# -- 占全省的 by the name of the part's measure (_place_whole_by_name) ------------------------------------------------

def test_a_share_of_the_province_is_not_read_over_a_shorter_name_when_the_longest_names_a_part():
    """全省's 规模以上工业企业R&D经费 400 follows 其中: 160 / 400 is not read, and 160 / 520 (R&D经费) is not either."""
    no_alarm(checks_in("全省共投入R&D经费520亿元，其中规模以上工业企业R&D经费400亿元。\n"
                       "青川市规模以上工业企业R&D经费160亿元，占全省的40.0%。"))


# -- the part a share's own words name (_named_share) --------------------------------------------------------------

def test_a_share_named_with_a_figure_takes_the_part_named_with_the_same_one():
    """65岁及以上人口占常住人口的 15.0% is 75 / 500, the figure after 其中65岁及以上, not 60岁及以上老年人口 110."""
    no_alarm(checks_in("全市常住人口500万人。全市60岁及以上老年人口110万人，占常住人口的22.0%，其中65岁及以上75万人，"
                       "65岁及以上人口占常住人口的15.0%。"))


def test_a_share_of_the_year_does_not_take_last_years_figure_for_its_part():
    """The words of 上年…为 800.0 hold the share's name as fully as 2024年's 900.0: 18.0% is 900.0 / 5000.0."""
    no_alarm(checks_in("全市地区生产总值5000.0亿元。2024年数字经济核心产业增加值900.0亿元，上年数字经济核心产业增加值为"
                       "800.0亿元，数字经济核心产业增加值占地区生产总值的比重为18.0%。"))


@pytest.mark.parametrize("text", [
    # 城镇居民's 28.0% is 8,400 / 30,000; the nearest figures so named are 农村居民's
    "城镇居民人均消费支出30,000元，其中食品烟酒支出8,400元；农村居民人均消费支出18,000元，其中食品烟酒支出5,760元。"
    "城镇居民恩格尔系数为28.0%，农村居民恩格尔系数为32.0%。",
    "农村居民人均消费支出18,000元，其中食品烟酒支出5,760元，恩格尔系数为32.0%。城镇居民恩格尔系数为28.0%。",
    # 全国居民's 29.8% is the country's, not 7,101 / 25,360 of 全市居民
    "全市居民人均消费支出25,360元，其中食品烟酒支出7,101元，恩格尔系数为28.0%，比全国平均水平低1.8个百分点，"
    "全国居民恩格尔系数为29.8%。",
])
def test_an_engel_coefficient_of_another_group_is_not_read_over_the_figures_of_this_one(text):
    no_alarm(checks_in(text))


# -- shares of two years in one sentence ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # 208 / 520 and 180 / 480: the province's two figures are told respectively, 180's share is not 208's
    "2023年、2024年全省R&D经费分别为480亿元和520亿元。\n2024年青川市R&D经费208亿元，占全省的40.0%；2023年为180亿元，"
    "占全省的37.5%。",
    # 100 / 500 for the year of the report: the share names no year, and the nearest part is 2023年's
    "全年旅游总收入500亿元。2024年乡村旅游收入100亿元，2023年乡村旅游收入80亿元，乡村旅游收入占旅游总收入的20.0%。",
])
def test_a_share_is_not_read_over_a_figure_of_another_year_than_its_own(text):
    no_alarm(checks_in(text))


def test_a_bare_share_of_an_item_named_after_the_owners_item_is_not_of_the_list_whole():
    """装备业务出口收入 is a kind of 装备业务收入: its 占比 is 48 / 120, not 48 / 200."""
    no_alarm(checks_in("全年营业收入200亿元。装备业务收入120亿元，占营业收入的60.0%；装备业务出口收入48亿元，占比40.0%。"))
