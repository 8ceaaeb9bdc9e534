"""Self-review of the far readings of changes.py (gaps of growth rates, multiples and changes whose other figure is
stated paragraphs before, found by its name): true texts of our own on which a reading raised a false alarm, each
pinned here with the guard that keeps it off.

The texts are written for the test, not copied from the fixture reports.
"""

from .test_relations_kinds import checks_in, no_alarm


def test_a_year_end_gap_takes_no_mid_year_figure_of_the_lead_paragraph():
    """年末 … 高于各项贷款增速: the 6月末 loans of the first paragraph are not the report's own period when the gap's
    sentence names the year's end (before, 13.3% − 9.4% was judged against 5.2)."""
    no_alarm(checks_in("上半年，全市金融运行总体平稳。6月末，全市金融机构各项贷款余额7,912.30亿元，同比增长9.4%。\n"
                       "下半年，信贷投放节奏放缓。\n"
                       "年末，涉农贷款余额1,032.66亿元，同比增长13.3%，高于各项贷款增速5.2个百分点。"))


def test_a_multiple_of_the_provinces_average_in_a_report_that_never_names_the_province():
    """江北区 … 是全省平均水平的 N倍 in a city's report: the report's own 居民人均可支配收入 (no place in its sentence,
    全省 named nowhere before) is not the province's."""
    no_alarm(checks_in("全年居民人均可支配收入42,310元，比上年增长5.1%。\n"
                       "城镇居民人均可支配收入51,260元，农村居民人均可支配收入26,480元。\n"
                       "江北区居民人均可支配收入52,630元，是全省平均水平的1.58倍。"))


def test_a_multiple_of_the_average_of_a_group_stated_elliptically_beside_the_whole():
    """全市居民… A，其中城镇居民 u，农村居民 r: 安平县农村居民… B，是全市平均水平的 N倍 may be B / r (农村居民 named
    without its measure) — nothing judged against A."""
    no_alarm(checks_in("全市居民人均可支配收入42,310元，其中城镇居民51,260元，农村居民26,480元。\n"
                       "安平县农村居民人均可支配收入31,780元，是全市平均水平的1.20倍。"))


def test_a_change_compared_with_an_unnamed_base_is_not_the_years():
    """与疫情前相比，接待游客增加 D: measured against the years before the epidemic, not against last year."""
    no_alarm(checks_in("全年全市接待游客8,620.4万人次，增长12.4%。\n与疫情前相比，接待游客增加1,210.5万人次。"))


def test_a_change_of_a_place_named_before_a_colon_is_not_the_citys():
    """江北区：社会消费品零售总额增加 D is the district's change, not the city's 社会消费品零售总额 B's."""
    no_alarm(checks_in("全市社会消费品零售总额1,862.34亿元，增长5.6%。\n江北区：社会消费品零售总额增加28.30亿元。"))


def test_a_change_of_the_city_level_named_before_a_colon_is_not_the_whole_citys():
    """市本级：一般公共预算收入增加 D is the city level's change, not that of 全市一般公共预算收入 B."""
    no_alarm(checks_in("全市一般公共预算收入512.30亿元，增长5.4%。\n市本级一般公共预算收入168.40亿元，增长2.0%。\n"
                       "市本级：一般公共预算收入增加3.30亿元。"))


def test_a_change_with_its_rate_under_a_district_heading_is_not_the_citys():
    """全市 … B。（三）江北区 / 江北区：… 增加 D，增长 r%: the change and its rate are the district's, not a change of
    the city's B (an older reading by name, _named_level, took B three sentences back)."""
    no_alarm(checks_in("全市社会消费品零售总额1,862.34亿元，增长5.6%。\n（三）江北区\n"
                       "社会消费品零售总额增加28.30亿元，增长7.4%。"))
    no_alarm(checks_in("全市社会消费品零售总额1,862.34亿元，增长5.6%。\n"
                       "江北区：社会消费品零售总额增加28.30亿元，增长7.4%。"))


def test_a_change_of_the_district_as_a_whole_is_not_the_citys():
    """全区固定资产投资增加 D，增长 r% after 全市固定资产投资 B: the district's change, not the city's."""
    no_alarm(checks_in("全市固定资产投资2,310.5亿元，增长4.5%。\n全区固定资产投资增加30.2亿元，增长6.1%。"))
