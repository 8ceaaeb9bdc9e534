"""Session 29's readings, pinned on texts of our own (not the rounds' texts), right and with a slip: a table of
amounts per head numbered in levels, its column of shares closed by 100.0, a change the text tells of a level a table
prints with its earlier figure, a share whose whole only a table states, the samples passed and failed, and a list
that goes on past the items of a known set."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a table of amounts per head, numbered in levels ----------------------------------------------------------------

INCOME = """一、居民收入情况

指标 | 绝对量（元） | 同比增长（%） | 占比（%）
一、全体居民人均可支配收入 | 36,480 | 5.1 | 100.0
　（一）工资性收入 | 20,112 | 5.4 | 55.1
　（二）经营净收入 | 6,205 | 4.0 | {business}
　（三）财产净收入 | 2,941 | 2.2 | 8.1
　（四）转移净收入 | {transfer} | 6.0 | 19.8
二、城镇居民人均可支配收入 | 45,216 | 4.7 | 100.0
　（一）工资性收入 | 27,480 | 5.0 | 60.8
　（二）经营净收入 | 5,318 | 3.1 | 11.8
　（三）财产净收入 | 4,206 | 1.9 | 9.3
　（四）转移净收入 | 8,212 | 5.5 | 18.2
三、城镇居民人均可支配收入中位数 | 40,118 | 4.4 | —
"""


@pytest.mark.parametrize("business, transfer, verdict", [("17.0", "7,222", "consistent"),
                                                         ("19.0", "9,422", "inconsistent")])
def test_a_numbered_table_per_head_sums_its_components(business, transfer, verdict):
    """人均可支配收入 is a figure per head, yet the sum of its four components per head (each smaller than it: a mean of
    groups would lie between theirs); each row's 占比 is of its own parent, never of another branch's (城镇's 工资性收入
    is no share of 全体's 36,480), and the shares close at the printed 100.0."""
    found = checks_in(INCOME.format(business=business, transfer=transfer))
    assert by_figures(found, "36,480", "20,112", "6,205", "2,941", transfer).verdict.tolist() == [verdict]
    assert by_figures(found, "6,205", "36,480", business).verdict.tolist() == [verdict]
    assert by_figures(found, "45,216", "27,480", "5,318", "4,206", "8,212").verdict.tolist() == ["consistent"]
    assert by_figures(found, "27,480", "45,216", "60.8").verdict.tolist() == ["consistent"]
    assert by_figures(found, "27,480", "36,480", "60.8").empty
    assert by_figures(found, "55.1", business, "8.1", "19.8", "100.0").verdict.tolist() == [verdict]


MEANS = """指标 | 绝对量（元） | 同比增长（%）
一、居民人均可支配收入 | 36,480 | 5.1
　（一）城镇居民 | 45,216 | 4.7
　（二）农村居民 | 21,635 | 6.2
"""


def test_a_mean_of_groups_is_no_sum():
    """全体 between 城镇 and 农村: the groups' mean, not their sum — nothing added up."""
    found = checks_in(MEANS)
    assert by_figures(found, "36,480", "45,216", "21,635").empty
    no_alarm(found)


SHARES = """表2　各渠道销售额构成
渠道 | 销售额（万元） | 占比（%）
线上 | 4,286 | 41.2
门店 | 3,905 | {stores}
批发 | 2,210 | 21.2
合计 | 10,401 | 100.0
"""


@pytest.mark.parametrize("stores, verdict", [("37.5", "consistent"), ("41.0", "inconsistent")])
def test_shares_closed_by_a_printed_hundred_miss_by_points(stores, verdict):
    """Three shares printed to 0.1 add up to 100.0 within 0.15: 103.4 is a clear slip, not a near miss of 3%."""
    found = checks_in(SHARES.format(stores=stores))
    assert by_figures(found, "41.2", stores, "21.2", "100.0").verdict.tolist() == [verdict]


# -- a change the text tells of a level a table prints with its earlier figure ---------------------------------------

DONATIONS = """全年接收慈善款物中，资金9,652.18万元，同比增长{cash}；物资折价4,134.24万元，增长3.9%。一季度完成募捐2,018.40万元，比一季度多36.2万元。

附表1　慈善款物收支情况
单位：万元
项目 | 2024年 | 2023年 | 增减（%）
一、本年收入 | 13,786.42 | 12,650.37 | 9.0
　（一）资金 | 9,652.18 | 8,671.25 | {cash_cell}
　（二）物资折价 | 4,134.24 | 3,979.12 | 3.9
"""


@pytest.mark.parametrize("cash, verdict", [("11.3%", "consistent"), ("13.3%", "inconsistent")])
def test_a_text_rate_on_a_tables_earlier_figure(cash, verdict):
    """资金 9,652.18万元 is the table's row （一）资金 (in 万元); its 同比 rate is on that row's 2023 column. The row
    printing the same rate again (物资折价 3.9) is the table's to judge: the text's repeat is shown only where it fits.
    比一季度多 is on no column of the table."""
    found = checks_in(DONATIONS.format(cash=cash, cash_cell="11.3"))
    assert by_figures(found, "9,652.18万元", "8,671.25", cash).verdict.tolist() == [verdict]
    assert by_figures(found, "4,134.24万元", "3,979.12", "3.9%").verdict.tolist() == ["consistent"]
    planted = checks_in(DONATIONS.format(cash="11.3%", cash_cell="11.3").replace("3,979.12", "3,779.12"))
    assert by_figures(planted, "4,134.24万元", "3,779.12", "3.9%").empty      # the row's own check accuses it
    assert by_figures(planted, "4,134.24", "3,779.12", "3.9").verdict.tolist() == ["inconsistent"]


# -- a share whose whole only a table states ---------------------------------------------------------------------------

ANNUAL = """主要会计数据
单位：万元
项目 | 2024年 | 2023年 | 增减(%)
营业收入 | 286,470.12 | 251,336.40 | 13.98
归属于上市公司股东的净利润 | 51,236.47 | 39,874.55 | 28.49

报告期内，公司拟派发现金红利18,600.00万元，占归属于上市公司股东的净利润的{payout}。研发投入12,345.67万元，占营业收入的4.31%。
"""


@pytest.mark.parametrize("payout, verdict", [("36.30%", "consistent"), ("38.30%", "inconsistent")])
def test_a_share_of_a_whole_only_a_table_states(payout, verdict):
    """占归属于上市公司股东的净利润的: the text states no such figure; the table's row so named, in its 2024 column (the
    period beside the one before), in 万元."""
    found = checks_in(ANNUAL.format(payout=payout))
    assert by_figures(found, "18,600.00万元", "51,236.47", payout).verdict.tolist() == [verdict]
    assert by_figures(found, "12,345.67万元", "286,470.12", "4.31%").verdict.tolist() == ["consistent"]
    assert by_figures(found, "18,600.00万元", "39,874.55", payout).empty


KINDS = """单位：人
院系 | 本科 | 硕士 | 合计
毕业生合计 | 4,862 | 1,000 | 5,862
文学院 | 1,210 | 260 | 1,470

全校落实去向4,318人，占毕业生合计的73.66%。
"""


def test_no_table_whole_among_columns_of_kinds():
    """本科 | 硕士 | 合计 are kinds, not periods: which column is the whole is not said, so none is taken."""
    found = checks_in(KINDS)
    assert found[found.description.str.contains("4,318人 in")].empty


# -- the samples passed and failed, and a list past a set's items ------------------------------------------------------

@pytest.mark.parametrize("passed, verdict", [("6,297批次", "consistent"), ("6,697批次", "inconsistent")])
def test_samples_passed_and_failed_add_up_to_those_tested(passed, verdict):
    """合格 + 不合格 = 抽检: the whole is the samples tested, not the year's plan nor last year's base stated between."""
    found = checks_in(f"一季度全市共完成食品安全监督抽检6,482批次，同比增长11.6%（上年同期为5,968批次），完成全年抽检"
                      f"计划25,000批次的29.5%。经检验，合格{passed}，不合格185批次，不合格率为2.85%。")
    assert by_figures(found, passed.replace("次", ""), "185批", "6,482批").verdict.tolist() == [verdict]
    assert by_figures(found, passed.replace("次", ""), "185批", "25,000批").empty


def test_a_list_past_the_items_of_a_set_is_no_pair():
    """省外 a、省内县外 b、县内 c: 省内 and 省外 name two items of a list of three; their sum is no whole's."""
    found = checks_in("全县脱贫劳动力务工规模上年为3.65万人，今年务工就业3.86万人。分去向看，省外务工2.08万人、省内县外"
                      "0.75万人、县内就业1.33万人。")
    assert by_figures(found, "2.08万人", "0.75万人", "3.86万人").empty
    assert by_figures(found, "2.08万人", "0.75万人", "3.65万人").empty
    no_alarm(found)


# -- amounts per one and rates per a size of a named group ----------------------------------------------------------

@pytest.mark.parametrize("grant, verdict", [("1,563.00万元", "consistent"), ("1,863.00万元", "inconsistent")])
def test_an_amount_per_one_over_a_total_in_another_unit_of_money(grant, verdict):
    """每人 5,000元 over 3,126名, 发放 T万元: the total in 万元 (money in one base unit), the count in 名 for 每人 — and
    only the total of its own item, not the next item's after ；."""
    found = checks_in(f"实施助学项目，资助家庭困难大学新生3,126名，每人5,000元，发放助学金{grant}；实施助学二期，"
                      f"资助困难高中生4,865名，每人2,500元，发放1,216.25万元。")
    assert by_figures(found, "5,000元", grant, "3,126名").verdict.tolist() == [verdict]
    assert by_figures(found, "2,500元", "1,216.25万元", "4,865名").verdict.tolist() == ["consistent"]
    assert by_figures(found, "5,000元", "1,216.25万元", "3,126名").empty


@pytest.mark.parametrize("piles, verdict", [("9.3个", "consistent"), ("11.3个", "inconsistent")])
def test_a_rate_per_a_hundred_of_a_named_group(piles, verdict):
    """每百辆新能源汽车拥有公共充电桩 r: the piles named 公共充电桩 over the vehicles named 新能源汽车, ×100 — the group
    named before 拥有, what is counted after it; 私人充电桩 (a part of the same words' end) is no term."""
    found = checks_in(f"全市充电桩总数18.64万个，其中公共充电桩4.92万个，私人充电桩13.72万个。全市新能源汽车保有量52.86万辆，"
                      f"每百辆新能源汽车拥有公共充电桩{piles}。")
    assert by_figures(found, piles, "4.92万个", "52.86万辆").verdict.tolist() == [verdict]
    assert found[found.description.str.contains(f"{piles} do not exceed")].empty    # a quotient, no part


def test_a_rate_per_a_hundred_beds_of_more_staff_than_beds():
    """每百张开放床位配备卫生技术人员 r人: more staff than beds is no reason to doubt (the group is named)."""
    found = checks_in("医院实际开放床位2,080张，卫生技术人员2,846人，每百张开放床位配备卫生技术人员136.8人。")
    assert by_figures(found, "136.8人", "2,846人", "2,080张").verdict.tolist() == ["consistent"]


def test_a_size_in_a_note_on_the_population_is_no_rate():
    """``每10万人等指标均按常住人口 P 计算``: the size names how rates are computed; P stays an amount."""
    found = checks_in("本公报中人均、每万人、每10万人等指标均按年末常住人口312.58万人计算。全市有效持证读者68.27万人，"
                      "读者持证率21.8%。")
    assert by_figures(found, "68.27万人", "312.58万人", "21.8%").verdict.tolist() == ["consistent"]


# -- false alarms read on rounds 94–101 after their one measurement: their general causes ----------------------------

def test_a_subtotal_of_named_items_is_no_further_part():
    """家庭户中，一人户 a，二人户 b；一人户和二人户合计 c: c is a + b, not a third part of 家庭户."""
    found = checks_in("年末全市户籍总户数1,624,538户，其中家庭户1,598,427户。家庭户中，一人户412,386户，占25.80%；二人户"
                      "486,213户，占30.42%；一人户和二人户合计898,599户，占家庭户总数的56.22%。")
    assert by_figures(found, "412,386户", "486,213户", "1,598,427户").verdict.tolist() == ["consistent"]
    no_alarm(found)


def test_a_change_is_of_the_level_its_number_names():
    """60岁及以上人口增加 D，增长 r%: the level of 60岁及以上, not the nearer 65岁及以上 (the ages are figures of their
    own to the parser, which cut the names)."""
    found = checks_in("60岁及以上人口1,156,622人，占26.37%，其中65岁及以上人口842,367人，占21.20%。与上年末相比，60岁及以上"
                      "人口增加41,537人，增长3.7%。")
    assert by_figures(found, "1,156,622人", "41,537人", "3.7%").verdict.tolist() == ["consistent"]
    assert by_figures(found, "842,367人", "41,537人", "3.7%").empty


def test_parts_that_nest_are_not_summed():
    """其中中小企业 a；小微企业 b: 小微企业 are 中小企业 — each a part of the contracts, not two parts that add up."""
    found = checks_in("全年共签订政府采购合同18,354份，其中授予中小企业合同15,271份，占83.2%；授予小微企业合同11,038份，"
                      "占60.1%。")
    assert by_figures(found, "15,271份", "11,038份", "18,354份").empty
    no_alarm(found)


def test_a_total_naming_three_items_is_not_read_as_the_last_two():
    """心脑血管、消化系统和内分泌类合计 T names three items: the last two figures before it are not its parts."""
    found = checks_in("55个品种中，抗感染类12个、心脑血管类10个、抗肿瘤类8个、消化系统类7个、内分泌类6个、其他类别12个，其中"
                      "心脑血管、消化系统和内分泌类等慢性病用药合计23个。")
    assert by_figures(found, "7个", "6个", "23个").empty
    no_alarm(found)


def test_the_other_half_after_a_semicolon_ends_a_qizhong_list():
    """外地游客 T，其中省外游客 a；本省游客 b: 本省 is the other half of the visitors, no part of 外地."""
    found = checks_in("全省接待游客6842.6万人次。外地游客4268.3万人次，占62.4%，其中省外游客2186.5万人次，占外地游客的"
                      "51.2%；本省游客2574.3万人次。")
    assert by_figures(found, "2186.5万人次", "2574.3万人次", "4268.3万人次").empty
    no_alarm(found)


def test_an_average_over_the_whole_not_the_part_after_qizhong():
    """全省接待游客 N，其中外地游客 n；…游客人均花费 a, 日均接待游客 d: N, not n (the 其中 list ended at ；)."""
    found = checks_in("春节假期8天，全省接待游客1268.5万人次，其中外地游客812.3万人次，占64.0%；实现旅游收入196.42亿元，增长"
                      "15.3%。日均接待游客158.6万人次，游客人均花费1548元。")
    assert by_figures(found, "1548元", "196.42亿元", "1268.5万人次").verdict.tolist() == ["consistent"]
    assert by_figures(found, "158.6万人次", "1268.5万人次", "8天").verdict.tolist() == ["consistent"]
    no_alarm(found)


@pytest.mark.parametrize("law, verdict", [("12辆", "consistent"), ("14辆", "inconsistent")])
def test_parts_printed_as_zero_are_left_out_of_a_sum(law, verdict):
    """其中：领导用车 0辆、…: a 0 adds nothing; the sum is of the others, and says so."""
    found = checks_in(f"本部门共有车辆38辆，其中：领导用车0辆、机要通信用车1辆、应急保障用车3辆、执法执勤用车{law}、"
                      f"特种专业技术用车17辆、其他用车5辆。")
    check = by_figures(found, "38辆", "1辆", "3辆", law, "17辆", "5辆")
    assert check.verdict.tolist() == [verdict]
    assert "1 part of 0 left out" in check.assumptions.iloc[0]


def test_a_stock_or_an_allocation_of_the_balance_is_no_balance_of_the_year():
    """结余分配 0万元 and 年末结转和结余 c are accounts of a budget's balance, not 收入 − 支出 of the year."""
    found = checks_in("收入总计46776.81万元，包括本年收入合计43164.45万元，年初结转和结余3527.16万元。支出总计46776.81万元，"
                      "包括本年支出合计44052.20万元，结余分配0万元，年末结转和结余2724.61万元。")
    assert found[found.description.str.contains("less 44052.20万元")].empty
    no_alarm(found)


def test_the_rest_beside_a_named_group_is_no_part_of_it():
    """…主播 1280人，贡献交易额 a；其余 3.49万名主播贡献交易额 b: b is the rest's, beside a, not a part of it."""
    found = checks_in("粉丝量10万以上的主播1280人，贡献交易额163.5亿元，占42.3%；其余3.49万名主播贡献交易额222.9亿元。")
    assert by_figures(found, "222.9亿元", "163.5亿元").empty
    no_alarm(found)


def test_a_gap_over_a_kind_of_the_named_whole_is_shown_not_judged():
    """增速高于通行费收入增速 d with only ETC通行费收入 growing at a stated rate: ETC is a kind of the toll revenue, so
    the gap over its rate is doubtful; a gap over a figure counting what the named thing reaches (普惠小微贷款支持经营
    主体 N户) is not read."""
    found = checks_in("全年ETC通行费收入247,318.64万元，同比增长6.1%。\n\n全年养护支出合计62,418.35万元，同比增长8.6%，"
                      "增速高于通行费收入增速5.7个百分点。")
    no_alarm(found)
    found = checks_in("3月末，全省普惠小微贷款支持小微经营主体268.4万户，增长9.8%。全省普惠小微信用贷款余额2846.7亿元，"
                      "同比增长27.9%，增速比普惠小微贷款高13.3个百分点。")
    no_alarm(found)


def test_a_count_opening_a_breakdown_is_no_part_of_a_share():
    """新建的 24个公园中，口袋公园占新建公园的 s%: the 24 is the whole; the part is the 口袋公园 count."""
    found = checks_in("今年新建公园24个，其中口袋公园14个。新建的24个公园中，口袋公园占新建公园的58.3%。")
    assert by_figures(found, "24个", "24个", "58.3%").empty
    assert by_figures(found, "14个", "24个", "58.3%").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("share, verdict", [("59.0%", "consistent"), ("65.0%", "inconsistent")])
def test_a_share_names_its_whole_by_the_short_form(share, verdict):
    """占全市规上工业总产值的 over 全市规模以上工业完成工业总产值 W: 规上 is 规模以上, and the verb inside the whole's
    name (完成工业总产值) leaves 工业 written twice."""
    found = checks_in(f"1—8月，全市规模以上工业完成工业总产值7146.52亿元，同比增长6.3%。\n\n六大产业链实现产值4218.37亿元，"
                      f"同比增长9.1%，占全市规上工业总产值的{share}。")
    assert by_figures(found, "4218.37亿元", "7146.52亿元", share).verdict.tolist() == [verdict]


@pytest.mark.parametrize("share, verdict", [("59.0%", "consistent"), ("65.0%", "inconsistent")])
def test_a_shares_whole_stated_once_in_a_later_section(share, verdict):
    """占全市规上工业总产值的 s% in a section before the one that gives 全市规模以上工业总产值 W: W, the one figure of the
    report so named; a whole named so twice with two values is not read."""
    text = (f"一、产业链\n1—8月，全市12条重点产业链实现产值4218.37亿元，增长9.1%，占全市规上工业总产值的{share}。\n\n"
            f"二、总体情况\n1—8月，全市规模以上工业完成工业总产值7146.52亿元，同比增长6.3%。")
    assert by_figures(checks_in(text), "4218.37亿元", "7146.52亿元", share).verdict.tolist() == [verdict]
    twice = text + "\n\n1—7月，全市规模以上工业总产值6218.40亿元。"
    assert by_figures(checks_in(twice), "4218.37亿元", "7146.52亿元", share).empty


# -- a review's probes: readings that accused right figures before they were fixed -----------------------------------

@pytest.mark.parametrize("table", ["项目 | 本期末 | 上年末\n各项存款余额 | 12,345.67 | 11,800.00",
                                   "指标 | 2024年 | 2019年\n各项存款余额 | 12,345.67 | 11,800.00"])
def test_a_year_on_year_rate_is_not_read_over_a_year_end_or_a_benchmark_column(table):
    """同比增长 r% is on the same period a year before: not on the 上年末 column, nor on a 2019 benchmark."""
    found = checks_in(f"截至6月末，各项存款余额12,345.67亿元，同比增长8.2%。\n\n单位：亿元\n{table}\n")
    assert by_figures(found, "12,345.67亿元", "11,800.00", "8.2%").empty
    no_alarm(found)


def test_an_average_named_for_the_part_keeps_the_part():
    """过夜游客人均花费 over 过夜游客 n, not the 接待游客 N it is a part of."""
    found = checks_in("全县接待游客80.0万人次，其中过夜游客50.0万人次；过夜游客旅游收入5.10亿元，过夜游客人均花费1,020元。")
    assert by_figures(found, "1,020元", "5.10亿元", "50.0万人次").verdict.tolist() == ["consistent"]
    no_alarm(found)


def test_a_share_of_part_of_the_year_is_not_read_over_a_table_of_the_year():
    """前三季度研发投入 a，占营业收入的 s%: the table's 本期 is the year's revenue, not the three quarters'."""
    found = checks_in("单位：万元\n项目 | 本期 | 上年同期 | 增减(%)\n营业收入 | 120,000.00 | 100,000.00 | 20.00\n\n"
                      "前三季度公司研发投入10,800.00万元，占营业收入的12.00%。")
    assert by_figures(found, "10,800.00万元", "120,000.00", "12.00%").empty
    no_alarm(found)


def test_a_rate_per_a_size_over_terms_of_another_year_is_not_accused():
    """每百辆…拥有 r with the vehicles told only for 2023: shown, never judged."""
    found = checks_in("2023年末，全市新能源汽车保有量10.0万辆。\n\n2024年末，全市公共充电桩1.16万个，每百辆新能源汽车拥有"
                      "公共充电桩9.3个。")
    no_alarm(found)


def test_a_pair_of_a_set_followed_by_another_measure_is_still_summed():
    """城镇 a，乡村 b，户籍人口 c: the comma ends the set's list; c is another measure, not a third item."""
    found = checks_in("年末全县常住人口65.2万人，城镇人口38.1万人，乡村人口27.1万人，户籍人口72.3万人。")
    assert by_figures(found, "38.1万人", "27.1万人", "65.2万人").verdict.tolist() == ["consistent"]
