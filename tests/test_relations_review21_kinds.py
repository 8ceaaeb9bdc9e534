"""Review of the reading of a part named as a kind of the whole (shares._named_as_whole): true texts of our own."""
from .test_relations_kinds import checks_in, no_alarm


def test_a_place_before_the_name_is_no_kind_of_the_whole():
    # 东城区城镇新增就业 2万人 is 东城区's whole, not a kind of the city's 城镇新增就业 (15万人); 高校毕业生 is the part
    text = ("全市城镇新增就业15万人。\n"
            "东城区城镇新增就业2万人，其中高校毕业生占城镇新增就业的25.0%。")
    no_alarm(checks_in(text))
    text = ("全市城镇新增就业15万人。\n"
            "2024年，东城区实现城镇新增就业2万人，其中高校毕业生占城镇新增就业的25.0%。")
    no_alarm(checks_in(text))


def test_a_figure_whose_share_names_its_own_part_is_the_whole():
    # 子公司甲公司营业收入 20亿元 is the subsidiary's whole; 海外营业收入 (no figure of its own) is the part
    no_alarm(checks_in("集团营业收入120亿元。\n"
                       "子公司甲公司营业收入20亿元，其中海外营业收入占营业收入的25.0%。"))


def test_the_whole_named_by_the_share_s_own_name_before_a_synonym():
    # 占主营业务收入的: the 110亿元 named so (after 其中), not 营业收入 120亿元 (a synonym in the words)
    no_alarm(checks_in("公司实现营业收入120亿元，其中主营业务收入110亿元。\n"
                       "公司海外主营业务收入33亿元，占主营业务收入的30.0%。"))


def test_a_part_of_half_a_year_is_not_read_against_the_year_s_whole():
    # 上半年 农村劳动力城镇新增就业 2万人 is 25% of the half's 新增就业 (8万人), not of the year's 15万人
    no_alarm(checks_in("全年全市城镇新增就业15万人。\n"
                       "上半年，全市农村劳动力城镇新增就业2万人，占城镇新增就业的25.0%。"))
    no_alarm(checks_in("上半年全市城镇新增就业8万人。\n全年全市城镇新增就业15万人。\n"
                       "上半年，全市农村劳动力城镇新增就业2万人，占城镇新增就业的25.0%。"))
    no_alarm(checks_in("2024年全社会用电量500亿千瓦时。\n"
                       "2024年1-6月，第三产业用电量50亿千瓦时，占全社会用电量的20.0%。"))


def test_a_part_naming_no_year_between_two_years_wholes():
    # the 2024 whole (1000) is the report's; the 2023 one stated last is not the part's whole
    no_alarm(checks_in("2024年全市商品房销售面积1000万平方米。\n2023年全市商品房销售面积1500万平方米。\n"
                       "全市新建商品房销售面积850万平方米，占商品房销售面积的85.0%。"))
