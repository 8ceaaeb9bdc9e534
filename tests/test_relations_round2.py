"""Relations round 2: the general phrasings the round-A reports showed, each on short sentences of our own.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 2); the sentences
here are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, kind, kind_ids, one


# -- a sentence opening with the name of its whole: 全市常住人口中，… ----------------------------------------------

@pytest.mark.parametrize("women, verdict", [("41.3万人", "consistent"), ("47.3万人", "inconsistent")])
def test_an_opener_names_the_whole_of_a_complete_list(women, verdict):
    table = checks_in(f"全县年末户籍人口为83.5万人。\n全县户籍人口中，男性为42.2万人，女性为{women}。")
    assert one(table, "auto-sum-").verdict == verdict


@pytest.mark.parametrize("share, verdict", [("25.7%", "consistent"), ("29.7%", "inconsistent")])
def test_bare_shares_after_the_parts_of_an_opener_are_shares_of_its_whole(share, verdict):
    table = checks_in(f"年末全镇从业人员为2.14万人。\n全镇从业人员中，务农人员为0.55万人，占{share}。")
    assert one(table, "auto-share-").verdict == verdict
    assert one(table, "auto-part-").verdict == "consistent"


def test_shares_that_add_up_to_100_make_a_list_complete_and_those_that_do_not_leave_it_a_part():
    whole = "全区在校学生共有12.00万人。\n全区在校学生中，"
    complete = checks_in(whole + "小学生为6.00万人，占50.0%；中学生为4.00万人，占33.3%；大学生为2.00万人，占16.7%。")
    assert one(complete, "auto-sum-").verdict == "consistent"
    short = checks_in(whole + "小学生为6.00万人，占50.0%；中学生为4.00万人，占33.3%。")
    assert kind_ids(short, "auto-sum-") == [] and one(short, "auto-part-").verdict == "consistent"


def test_a_share_after_qizhong_in_an_opener_sentence_is_read_as_the_figures_allow():
    text = ("全县年末常住人口为40.00万人。\n全县常住人口中，60岁及以上人口为8.00万人，占20.00%，"
            "其中80岁及以上人口为1.00万人，占{}。")
    of_whole = checks_in(text.format("2.50%"))      # 1.00 / 40.00: a share of the whole
    row = share_of(of_whole, "1.00万人")
    assert row.verdict == "consistent" and "40.00万人" in row.figures and "fit this one" in row.assumptions
    of_part = checks_in(text.format("12.50%"))      # 1.00 / 8.00: a share of the 60+ (其中)
    assert share_of(of_part, "1.00万人").verdict == "consistent"
    neither = checks_in(text.format("30.00%"))      # fits no reading: shown, not judged
    assert share_of(neither, "1.00万人").verdict == "derived"


def share_of(table, part):
    rows = table[table.index.str.startswith("auto-share-") & table.figures.str.contains(part)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_an_opener_without_a_figure_of_that_name_reads_nothing():
    table = checks_in("主要税种中，增值税5.36亿元，企业所得税1.48亿元。")
    assert kind_ids(table, "auto-part-") == [] and kind_ids(table, "auto-sum-") == []


# -- changes: 与…的 A 相比，增加 D；由 A 上升为 B；减收 ------------------------------------------------------------

@pytest.mark.parametrize("change, verdict", [("2.10万人", "consistent"), ("3.10万人", "inconsistent")])
def test_a_base_named_with_yu_xiangbi(change, verdict):
    table = checks_in(f"年末全县常住人口为52.40万人，与上年末的50.30万人相比，增加{change}，增长4.17%。")
    assert one(table, "auto-change-").verdict == verdict
    assert one(table, "auto-growth-").verdict == "consistent"


@pytest.mark.parametrize("change, verdict", [("320个", "consistent"), ("420个", "inconsistent")])
def test_shang_sheng_wei_joins_a_base_and_its_later_figure(change, verdict):
    table = checks_in(f"全市家庭农场由1,480个上升为1,800个，增加{change}。")
    assert one(table, "auto-change-").verdict == verdict


def test_jianshou_is_a_change_not_a_part():
    table = checks_in("全县非税收入3.20亿元，其中罚没收入1.10亿元，较上年减收0.40亿元。")
    assert one(table, "auto-part-").figures == "1.10亿元 3.20亿元"


@pytest.mark.parametrize("total, verdict", [("5,200人次", "consistent"), ("5,900人次", "inconsistent")])
def test_heji_followed_by_a_verb(total, verdict):
    table = checks_in(f"全年培训农民3,100人次、农技人员2,100人次，合计培训{total}。")
    assert one(table, "auto-sum-").verdict == verdict


# -- rates: 人口出生率 counts 出生人口; 每10万人中 ------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("9.50‰", "consistent"), ("12.50‰", "inconsistent")])
def test_a_rate_named_renkou_chusheng_counts_chusheng_renkou(rate, verdict):
    table = checks_in(f"年末全县常住人口为40.00万人。全年出生人口0.38万人，人口出生率为{rate}。")
    assert one(table, "auto-rate-").verdict == verdict


@pytest.mark.parametrize("rate, verdict", [("12,500人", "consistent"), ("15,500人", "inconsistent")])
def test_per_100_000_written_as_a_figure_of_its_own(rate, verdict):
    table = checks_in(f"年末全市常住人口为200.00万人，拥有大学文化程度的人口为25.00万人。"
                      f"每10万人中拥有大学文化程度的由11,800人上升为{rate}。")
    assert one(table, "auto-rate-").verdict == verdict
    assert "11,800人" not in one(table, "auto-rate-").figures


# -- totals: 加上 … 总计, 共有 A、B，合计 T, 公共 is not 共 -------------------------------------------------------------

@pytest.mark.parametrize("total, verdict", [("30.50亿元", "consistent"), ("34.50亿元", "inconsistent")])
def test_jiashang_adds_the_figure_before_it_to_the_list(total, verdict):
    table = checks_in(f"全县一般公共预算收入12.30亿元，加上上级补助收入15.20亿元、调入资金3.00亿元，收入总计{total}。")
    row = one(table, "auto-sum-")
    assert row.verdict == verdict and "12.30亿元" in row.figures


def test_jiashang_opening_the_next_sentence_adds_the_figure_of_the_sentence_before():
    table = checks_in("全县一般公共预算支出20.40亿元，增长3.1%。加上上解支出0.60亿元、债务还本支出2.00亿元，"
                      "支出总计23.00亿元。")
    row = one(table, "auto-sum-")
    assert row.verdict == "consistent" and "20.40亿元" in row.figures


def test_jiashang_without_the_figure_it_adds_to_checks_nothing():
    table = checks_in("加上上解支出0.60亿元、债务还本支出2.00亿元，支出总计23.00亿元。")
    assert kind_ids(table, "auto-sum-") == []


@pytest.mark.parametrize("total, verdict", [("62.5万户", "consistent"), ("70.5万户", "inconsistent")])
def test_gongyou_opens_a_list_that_heji_totals(total, verdict):
    table = checks_in(f"全市共有城镇住户40.2万户、农村住户22.3万户，合计{total}。")
    assert one(table, "auto-sum-").verdict == verdict


# -- balances and ratios in percent -------------------------------------------------------------------------------

@pytest.mark.parametrize("balance, verdict", [("1.20亿元", "consistent"), ("1.90亿元", "inconsistent")])
def test_a_balance_is_income_less_spending(balance, verdict):
    table = checks_in(f"全县机关事业单位养老保险基金收入8.60亿元，支出7.40亿元，当年收支结余{balance}，"
                      f"年末滚存结余12.30亿元。")
    assert one(table, "auto-difference-").verdict == verdict


@pytest.mark.parametrize("surplus, verdict", [("96.4亿元", "consistent"), ("126.4亿元", "inconsistent")])
def test_a_trade_surplus_is_exports_less_imports_also_when_they_are_parts(surplus, verdict):
    table = checks_in(f"全年货物进出口总额402.0亿元，其中出口249.2亿元，进口152.8亿元，实现贸易顺差{surplus}。")
    assert one(table, "auto-difference-").verdict == verdict


@pytest.mark.parametrize("ratio, verdict", [("75.8%", "consistent"), ("81.8%", "inconsistent")])
def test_a_loan_to_deposit_ratio_takes_the_whole_deposits_not_a_part_of_them(ratio, verdict):
    table = checks_in(f"年末各项存款余额2,512亿元，其中住户存款1,608亿元；各项贷款余额1,903亿元，贷存比为{ratio}。")
    row = one(table, "auto-ratio-")
    assert row.verdict == verdict and "1,608亿元" not in row.figures


@pytest.mark.parametrize("margin, verdict", [("6.25%", "consistent"), ("7.25%", "inconsistent")])
def test_a_profit_margin(margin, verdict):
    table = checks_in(f"规模以上工业企业实现营业收入800.0亿元，实现利润总额50.0亿元，营业收入利润率为{margin}。")
    assert one(table, "auto-ratio-").verdict == verdict


# -- shares: of a budget, of a whole named in full, with the part named; actual and planned figures --------------

@pytest.mark.parametrize("share, verdict", [("104.0%", "consistent"), ("114.0%", "inconsistent")])
def test_a_share_of_the_budget_and_the_rate_after_it(share, verdict):
    table = checks_in(f"全县一般公共预算收入年初预算安排10.00亿元，执行中完成10.40亿元，完成预算的{share}，"
                      f"比上年增长6.0%。")
    assert one(table, "auto-share-").verdict == verdict
    assert one(table, "auto-previous-").figures == "10.40亿元 6.0%"     # the rate is of 10.40, not of the share


@pytest.mark.parametrize("share, verdict", [("75.0%", "consistent"), ("80.0%", "inconsistent")])
def test_a_share_naming_its_part_and_whole_with_no_figure_in_its_sentence(share, verdict):
    table = checks_in(f"全县一般公共预算收入年初预算安排8.00亿元，执行中完成8.40亿元。其中：税收收入6.30亿元，非税收入2.10亿元。"
                      f"税收收入占一般公共预算收入比重为{share}。")
    row = one(table, "auto-share-")
    assert row.verdict == verdict and "8.40亿元" in row.figures     # the outcome, not the budget


def test_a_whole_named_in_full_in_another_section_is_not_a_doubtful_reading():
    table = checks_in("一、支出\n全县一般公共预算支出完成30.20亿元，增长4.0%。\n二、重点支出\n"
                      "全年民生支出24.16亿元，占一般公共预算支出的85.0%。")
    assert one(table, "auto-share-").verdict == "inconsistent"      # 24.16 / 30.20 = 80.0%


def test_a_ceiling_is_not_the_total_of_the_parts_after_it():
    table = checks_in("年末政府债务余额50.20亿元，控制在债务限额56.00亿元以内，其中一般债务21.10亿元、专项债务29.10亿元。")
    assert "50.20亿元" in one(table, "auto-part-").figures


# -- averages: 均价, 平均每个家庭户的人口, 县均 -------------------------------------------------------------------------

@pytest.mark.parametrize("price, verdict", [("9,500元", "consistent"), ("12,500元", "inconsistent")])
def test_an_average_price_is_sales_over_area(price, verdict):
    table = checks_in(f"全县商品房销售面积80.0万平方米，销售额76.0亿元，销售均价{price}/平方米。")
    assert one(table, "auto-average-").verdict == verdict


@pytest.mark.parametrize("size, verdict", [("2.80人", "consistent"), ("3.20人", "inconsistent")])
def test_pingjun_meige_household_of_people(size, verdict):
    table = checks_in(f"全县共有家庭户10.00万户，家庭户人口为28.00万人，集体户人口为1.50万人，"
                      f"平均每个家庭户的人口为{size}。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and "1.50万人" not in row.figures


@pytest.mark.parametrize("average, verdict", [("2,500万元", "consistent"), ("3,500万元", "inconsistent")])
def test_xianjun_divides_by_the_counties_named_after_their_count(average, verdict):
    table = checks_in(f"全年安排衔接资金3.00亿元。按全市12个脱贫县计算，县均衔接资金{average}。")
    assert one(table, "auto-average-").verdict == verdict


def test_xianjun_without_a_count_of_counties_checks_nothing():
    assert kind_ids(checks_in("全年安排衔接资金3.00亿元，县均衔接资金2,500万元。"), "auto-average-") == []


# -- parts: breakdowns (分…看, 按…分), 内含 / 包括 ----------------------------------------------------------------------

@pytest.mark.parametrize("catering, verdict", [("42.0亿元", "consistent"), ("72.0亿元", "inconsistent")])
def test_a_second_breakdown_of_one_total_is_a_complete_set_of_its_own(catering, verdict):
    table = checks_in(f"全年社会消费品零售总额300.0亿元，增长6.0%。按经营单位所在地分，城镇消费品零售额250.0亿元，"
                      f"增长5.8%；乡村消费品零售额50.0亿元，增长7.1%。按消费类型分，商品零售额258.0亿元，"
                      f"增长5.5%；餐饮收入{catering}，增长9.6%。")
    sums = kind(table, "auto-sum-")
    assert len(sums) == 2 and (sums.verdict == "consistent").sum() == (2 if verdict == "consistent" else 1)


@pytest.mark.parametrize("heavy, verdict", [("210.0亿元", "consistent"), ("410.0亿元", "inconsistent")])
def test_a_breakdown_that_is_not_a_known_set_bounds_its_parts(heavy, verdict):
    table = checks_in(f"全年规模以上工业总产值500.0亿元。分行业看，装备制造业产值{heavy}，食品工业产值120.0亿元。")
    assert one(table, "auto-part-").verdict == verdict


def test_parts_by_types_of_ownership_are_a_doubtful_reading():
    table = checks_in("全年规模以上工业总产值500.0亿元。分经济类型看，国有控股企业产值210.0亿元，"
                      "股份制企业产值330.0亿元。")
    assert one(table, "auto-part-").verdict == "derived"


@pytest.mark.parametrize("parts, verdict", [("56个、31个", "consistent"), ("76个、41个", "inconsistent")])
def test_neihan_introduces_parts(parts, verdict):
    first, second = parts.split("、")
    table = checks_in(f"全年实施帮扶项目96个，内含产业项目{first}、基础设施项目{second}。")
    assert one(table, "auto-part-").verdict == verdict


# -- a change naming its own subject; a parenthesis with a figure in it -----------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("4.00%", "consistent"), ("6.00%", "inconsistent")])
def test_a_change_that_names_its_subject_is_read_with_the_figure_of_that_name(rate, verdict):
    table = checks_in(f"全县回族人口为5.20万人。与上年末相比，回族人口增加0.20万人，增幅为{rate}。")
    row = one(table, "auto-change-rate-")
    assert row.verdict == verdict and "5.20万人" in row.figures
    assert kind_ids(table, "auto-previous-") == []          # 0.20万人 is a change, not a level of its own


@pytest.mark.parametrize("ratio, verdict", [("105.00", "consistent"), ("115.00", "inconsistent")])
def test_a_sex_ratio_with_its_definition_in_parentheses(ratio, verdict):
    table = checks_in(f"全县男性人口为21.00万人，女性人口为20.00万人，总人口性别比（以女性为100）为{ratio}。")
    assert one(table, "auto-ratio-").verdict == verdict


# -- comparisons of two named figures: 比…多, 是…的…倍; 依次为; 占 W 的 s% ------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("12,400元", "consistent"), ("15,400元", "inconsistent")])
def test_bi_duo_compares_two_named_figures(gap, verdict):
    table = checks_in(f"全县城镇居民人均可支配收入30,600元，农村居民人均可支配收入18,200元，城镇居民比农村居民多{gap}。")
    row = one(table, "auto-difference-")
    assert row.verdict == verdict and row.figures.count("元") == 3


def test_bi_with_a_period_is_a_change_not_a_comparison_of_subjects():
    table = checks_in("全县城镇居民人均可支配收入30,600元，比上年多1,500元。")
    assert kind_ids(table, "auto-difference-") == []


@pytest.mark.parametrize("multiple, verdict", [("1.68倍", "consistent"), ("1.98倍", "inconsistent")])
def test_shi_de_bei_with_the_base_stated_inside_or_named(multiple, verdict):
    inside = checks_in(f"城镇居民人均可支配收入30,600元，是农村居民人均可支配收入18,200元的{multiple}。")
    assert one(inside, "auto-multiple-").verdict == verdict
    named = checks_in(f"全县城镇居民人均可支配收入30,600元，农村居民人均可支配收入18,200元，"
                      f"城镇居民收入是农村居民的{multiple}。")
    assert one(named, "auto-multiple-").verdict == verdict


@pytest.mark.parametrize("gdp, verdict", [("95.0亿元", "consistent"), ("105.0亿元", "inconsistent")])
def test_yici_lists_the_three_industries_before_their_total(gdp, verdict):
    table = checks_in(f"全年第一、二、三产业增加值依次为9.5亿元、38.0亿元、47.5亿元，地区生产总值{gdp}。")
    assert one(table, "auto-sum-").verdict == verdict


@pytest.mark.parametrize("share, verdict", [("40.0%", "consistent"), ("48.0%", "inconsistent")])
def test_zhan_a_whole_stated_inside_the_share(share, verdict):
    table = checks_in(f"全县累计建成高标准农田20.0万亩，占耕地总面积50.0万亩的{share}。")
    assert one(table, "auto-share-").verdict == verdict


def test_a_size_class_is_not_a_part_of_the_investment():
    table = checks_in("全年引进项目56个，总投资超120亿元，其中超10亿元项目4个。")
    assert all("10亿元" not in f for f in table.figures)


@pytest.mark.parametrize("local, verdict", [("15.2亿元", "consistent"), ("19.2亿元", "inconsistent")])
def test_local_and_central_revenue_make_up_the_total_revenue(local, verdict):
    table = checks_in(f"全年全县财政总收入28.6亿元，其中地方一般公共预算收入{local}，上划中央收入13.4亿元。")
    assert one(table, "auto-sum-").verdict == verdict


def test_a_change_on_last_month():
    table = checks_in("全县生猪存栏28.6万头，比上月增加1.2万头，其中能繁母猪2.9万头。")
    assert one(table, "auto-part-").figures == "2.9万头 28.6万头"


# Sentences whose figures are right, in the phrasings of round 2: whatever the finder reads in them, it accuses nothing.
TRUE_STATEMENTS = [
 "全市常住人口中，城镇常住人口为612.3万人，比上年末增加10.2万人；乡村常住人口为388.5万人，减少8.1万人。",
 "全县户籍人口中，60岁及以上人口为12.6万人，其中80岁及以上人口2.1万人。",
 "全年一般公共预算收入12.6亿元，同比增长5.2%，完成预算的101.8%。其中，税收收入8.9亿元，增长6.1%，占一般公共预算收入的70.6%。",
 "分区域看，东部地区生产总值增长5.1%，中部地区增长4.8%，西部地区增长5.6%。",
 "分产业看，第一产业投资增长8.2%，第二产业投资增长12.5%，第三产业投资增长3.1%。",
 "全年社会保险基金收入25.6亿元，支出23.1亿元，累计结余36.8亿元。",
 "全年外贸进出口总额156.3亿元，其中出口98.6亿元，进口57.7亿元，贸易顺差40.9亿元，比上年扩大6.2亿元。",
 "年末全市金融机构存款余额3,256亿元，其中住户存款1,986亿元；贷款余额2,618亿元，其中住户贷款1,012亿元。",
 "全县规模以上工业企业实现营业收入456.2亿元，增长8.6%；利润总额28.5亿元，增长12.1%。",
 "按常住人口计算，全年人均地区生产总值65,300元，比上年增长5.8%。",
 "全年共完成造林8.6万亩，其中人工造林5.2万亩、封山育林3.4万亩，义务植树126万株。",
 "全市共有医疗卫生机构2,356个，其中医院86个、基层医疗卫生机构2,201个、专业公共卫生机构52个，其他机构17个。",
 "全年接待国内外游客3,260万人次，其中入境游客12.6万人次；实现旅游总收入356.8亿元，其中旅游外汇收入1.2亿美元。",
 "全年新建改建农村公路1,260公里，其中县道186公里，乡道412公里，村道662公里，总投资12.6亿元。",
 "城乡居民人均可支配收入比为2.12，比上年缩小0.05。",
 "年末全县参加城乡居民基本养老保险人数42.6万人，比上年增加0.8万人，其中领取待遇人数13.2万人。",
 "全年全县居民人均消费支出18,620元，增长7.6%。其中，城镇居民人均消费支出25,310元，农村居民人均消费支出13,260元。",
 "分季度看，一季度增长4.5%，二季度增长6.3%，三季度增长5.2%，四季度增长5.8%。",
 "全市常住人口中，具有大学文化程度的人口为168.2万人，比2020年增加12.3万人。",
 "全年完成植树造林3.2万亩，是上年的1.5倍，比上年多1.1万亩。",
 "1—11月份，全市规模以上工业增加值同比增长6.8%，其中11月份增长8.1%。",
 "全县耕地面积76.1万亩，其中水田32.5万亩，旱地43.6万亩。耕地中，永久基本农田68.2万亩。",
 "全年财政总收入28.6亿元，比上年增长4.1%，其中地方一般公共预算收入15.2亿元，增长3.5%。",
]


@pytest.mark.parametrize("text", TRUE_STATEMENTS, ids=range(len(TRUE_STATEMENTS)))
def test_true_statements_raise_no_alarm(text):
    table = checks_in(text)
    assert not (table.verdict == "inconsistent").any(), table[["description", "verdict"]]


# -- round 2, second probe: per 1,000 of a named group, 户均 over the one sum stated, bases after, 增产 ---------------

@pytest.mark.parametrize("rate, verdict", [("40.0张", "consistent"), ("48.0张", "inconsistent")])
def test_per_thousand_of_a_named_group(rate, verdict):
    table = checks_in(f"年末全县养老机构床位3,200张，每千名老年人拥有养老床位{rate}，全县60岁及以上老年人8.0万人。")
    row = one(table, "auto-rate-")
    assert row.verdict == verdict and "8.0万人" in row.figures


@pytest.mark.parametrize("average, verdict", [("4.5万元", "consistent"), ("5.5万元", "inconsistent")])
def test_hujun_over_the_one_sum_of_its_sentence_when_no_figure_carries_its_name(average, verdict):
    table = checks_in(f"全年发放小额信贷2.7亿元，惠及农户6,000户，户均贷款{average}。")
    assert one(table, "auto-average-").verdict == verdict


def test_hujun_with_two_sums_and_neither_named_checks_nothing():
    table = checks_in("全年发放小额信贷2.7亿元、贴息资金0.3亿元，惠及农户6,000户，户均贷款4.5万元。")
    assert kind_ids(table, "auto-average-") == []


@pytest.mark.parametrize("multiple, verdict", [("2.0倍", "consistent"), ("2.6倍", "inconsistent")])
def test_a_multiple_with_its_base_stated_after_it(multiple, verdict):
    table = checks_in(f"全县完成植树造林3.0万亩，是上年的{multiple}，上年完成1.5万亩。")
    assert one(table, "auto-multiple-").verdict == verdict


@pytest.mark.parametrize("rate, verdict", [("8.0%", "consistent"), ("11.0%", "inconsistent")])
def test_zengchan_is_the_change_between_base_and_figure(rate, verdict):
    table = checks_in(f"全县油料产量由上年的5.0万吨增加到5.4万吨，增产0.4万吨，增幅{rate}。")
    assert one(table, "auto-growth-").verdict == verdict
    assert one(table, "auto-change-").verdict == "consistent"


@pytest.mark.parametrize("share, verdict", [("18.8%", "consistent"), ("28.8%", "inconsistent")])
def test_a_named_share_after_qizhong_is_of_the_qizhong_total_when_its_words_name_most_of_it(share, verdict):
    table = checks_in(f"全市新增城镇就业3.2万人，其中就业困难人员再就业0.6万人，占新增就业的{share}。")
    assert one(table, "auto-share-").verdict == verdict


@pytest.mark.parametrize("rural, verdict", [("38.4万人", "consistent"), ("42.4万人", "inconsistent")])
def test_agricultural_and_non_agricultural_population_make_up_the_whole(rural, verdict):
    table = checks_in(f"年末全县总人口51.6万人，其中农业人口{rural}，非农业人口13.2万人。")
    assert one(table, "auto-sum-").verdict == verdict


@pytest.mark.parametrize("rate, verdict", [("90.0%", "consistent"), ("97.0%", "inconsistent")])
def test_a_rate_named_by_what_it_counts(rate, verdict):
    table = checks_in(f"全年共受理各类案件2.00万件，结案1.80万件，结案率为{rate}。")
    assert one(table, "auto-share-").verdict == verdict


def test_a_rate_whose_base_is_not_stated_checks_nothing():
    table = checks_in("全县城镇登记失业人员0.86万人，城镇登记失业率3.1%；全年空气质量优良天数326天，优良率89.3%。")
    assert kind_ids(table, "auto-share-") == []


@pytest.mark.parametrize("cover, verdict", [("62.5%", "consistent"), ("68.5%", "inconsistent")])
def test_forest_cover_with_the_land_area_after_it(cover, verdict):
    table = checks_in(f"全县森林面积186.2万亩，森林覆盖率为{cover}，全县国土面积297.9万亩。")
    assert one(table, "auto-share-").verdict == verdict


def test_a_growth_of_so_many_times_implies_the_figure_before():
    row = one(checks_in("全年接待观众386万人次，比上年增长1.2倍。"), "auto-previous-")
    assert row.verdict == "derived" and abs(row.computed - 386e4 / 2.2) < 1


@pytest.mark.parametrize("total, verdict", [("97.0万吨", "consistent"), ("107.0万吨", "inconsistent")])
def test_fenbie_then_yici_rates_then_sanzhe_heji(total, verdict):
    table = checks_in(f"全年粮食、油料、蔬菜产量分别为38.6万吨、2.1万吨、56.3万吨，依次增长2.1%、3.5%和6.2%，三者合计{total}。")
    assert one(table, "auto-sum-").verdict == verdict
    assert len(kind(table, "auto-previous-")) == 3            # each rate with its figure, in order


# -- the round-2 reports, scored as bench/relations_eval.py scores them (tests/fixtures/relations/README.md) --------

ROUND_A = ["east-west-cooperation-2020", "budget-execution-2023", "population-survey-2022", "monthly-economy-2023"]
ROUND_B = ["grain-harvest-2023", "enterprise-annual-2023"]


@pytest.fixture(scope="module")
def round2():
    from .test_relations_fixtures import round_score

    return {name: round_score("round2", name) for name in ROUND_A + ROUND_B}


def test_round_two_lists_are_kept_apart_from_the_pinned_six():
    from .test_relations_fixtures import LISTS

    assert not {p.stem for p in LISTS} & set(ROUND_A + ROUND_B)


def test_round_a_after_the_work_it_guided(round2):
    """Round A guided the work: 121 of 130 found, 116 right, no false alarm (first contact: 76, 74, 3). Since
    round 5, 120 and 115: the planted 民生 share (占一般公共预算支出的 86.1%) has its whole three sentences up, in
    another paragraph, so it is shown as doubtful instead of accused."""
    relations = [r for name in ROUND_A for r in round2[name].relations]
    assert sum(r.found for r in relations) >= 120, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= 115, [(r.id, r.checks) for r in relations if r.found and not r.right]
    assert [a for name in ROUND_A for a in round2[name].false_alarms] == []
    # the planted errors not called inconsistent miss by less than the 5% the checks call approximate
    wrong = [(r.id, v) for name in ROUND_A for r in round2[name].relations if r.planted and r.found and not r.right
             for _, v in r.checks]
    assert all(v == "approximate" for _, v in wrong), wrong


def test_round_b_as_measured_once(round2):
    """Round B is the honest figure, measured once on texts the finder had not seen: 59 of 80 found, all 59 right,
    one false alarm (利润率 read with 净利润 instead of 利润总额): a new alarm or a lost relation fails here."""
    relations = [r for name in ROUND_B for r in round2[name].relations]
    assert sum(r.found for r in relations) >= 59
    assert sum(r.right for r in relations) >= 59
    alarms = [check for name in ROUND_B for check, _ in round2[name].false_alarms]
    assert set(alarms) <= {"auto-ratio-199"}, alarms
