"""Relations round 4: the general phrasings round C showed missed, each on short sentences of our own.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 4); the sentences
here are written for the test, not copied from the fixture reports. Each rule is tested right, planted wrong, and
on true statements that must raise no alarm. Round C guided these rules, so it is no longer unseen.
"""

import pytest

from .test_relations_kinds import checks_in, kind, kind_ids, no_alarm, one


# -- named quotients (words.QUOTIENTS): one table, one rule ------------------------------------------------------

@pytest.mark.parametrize("daily, verdict", [("50.0万人次", "consistent"), ("58.0万人次", "inconsistent")])
def test_a_daily_average_divides_by_the_stated_number_of_days(daily, verdict):
    table = checks_in(f"春节假期8天，全县各景区共接待游客400.0万人次，日均接待游客{daily}。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and set(row.figures.split()) == {"400.0万人次", "8天", daily}


def test_a_daily_average_with_its_days_in_an_earlier_paragraph():
    head = "元旦假期3天，全市旅游市场平稳有序。\n全市主要路段累计通行车辆90.0万辆，日均{}。"
    assert one(checks_in(head.format("30.0万辆")), "auto-average-").verdict == "consistent"
    assert one(checks_in(head.format("36.0万辆")), "auto-average-").verdict == "inconsistent"


def test_a_daily_average_is_doubtful_when_the_report_states_two_numbers_of_days():
    table = checks_in("一季度共90天，其中雨天12天。\n全市累计通行车辆90.0万辆，日均1.5万辆。")
    no_alarm(table)


def test_a_daily_figure_is_never_the_whole_of_a_share():
    table = checks_in("假期5天全区共接待游客100.0万人次，日均接待游客20.0万人次；其中乡村游接待游客30.0万人次，"
                      "占接待游客总量的30.0%。")
    shares = kind(table, "auto-share-")
    assert all("20.0万人次" not in f for f in shares.figures)
    no_alarm(table)


@pytest.mark.parametrize("spend, verdict", [("500.0元", "consistent"), ("580.0元", "inconsistent")])
def test_per_head_spending_divides_by_the_visits_counted_in_ren_ci(spend, verdict):
    table = checks_in(f"节日期间全县共接待游客20.0万人次，实现旅游收入1.00亿元，游客人均花费{spend}。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and set(row.figures.split()) == {"20.0万人次", "1.00亿元", spend}


@pytest.mark.parametrize("price, verdict", [("41.0元", "consistent"), ("47.0元", "inconsistent")])
def test_an_average_ticket_price_is_box_office_over_admissions(price, verdict):
    table = checks_in(f"暑期全区电影票房2,050万元，观影人次50.0万人次，平均票价{price}。")
    assert one(table, "auto-average-").verdict == verdict


@pytest.mark.parametrize("share, verdict", [("75.0%", "consistent"), ("82.0%", "inconsistent")])
def test_a_payment_ratio_is_the_fund_paid_over_the_cost(share, verdict):
    table = checks_in(f"参保人员门诊费用总额4.00亿元，其中统筹基金支付3.00亿元，门诊费用基金支付比例为{share}。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and set(row.figures.split()) == {"4.00亿元", "3.00亿元", share}


@pytest.mark.parametrize("months, verdict", [("12.0个月", "consistent"), ("14.0个月", "inconsistent")])
def test_months_of_payment_are_the_balance_over_a_twelfth_of_the_spending(months, verdict):
    table = checks_in(f"生育保险基金收入2.50亿元，支出2.40亿元，年末累计结存2.40亿元，可支付{months}。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and set(row.figures.split()) == {"2.40亿元", months}


def test_a_quotient_without_its_named_figures_reads_nothing():
    table = checks_in("全市影院平均票价38.5元，较上年下降1.2元。全县医保报销比例稳定在70%左右。")
    assert kind_ids(table, "auto-average-") == []
    no_alarm(table)


# -- 当年结存 as a balance ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("balance, verdict", [("0.50亿元", "consistent"), ("0.70亿元", "inconsistent")])
def test_this_years_surplus_jie_cun_is_income_less_spending(balance, verdict):
    table = checks_in(f"工伤保险基金收入3.20亿元，支出2.70亿元，当年结存{balance}，年末累计结存8.10亿元。")
    row = one(table, "auto-difference-")
    assert row.verdict == verdict and "8.10亿元" not in row.figures


# -- the gap of two growth rates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("2.0个百分点", "consistent"), ("3.0个百分点", "inconsistent")])
def test_the_gap_of_two_growth_rates(gap, verdict):
    table = checks_in(f"全年进口总额50.0亿元，增长4.5%；出口总额80.0亿元，增长6.5%，出口增速高于进口增速{gap}。")
    row = one(table, "auto-difference-")
    assert row.verdict == verdict and set(row.figures.split()) == {"4.5%", "6.5%", gap}


def test_a_gap_below_counts_the_other_way():
    table = checks_in("全年税收收入20.0亿元，增长3.0%；非税收入8.0亿元，增长7.0%，税收收入增速低于非税收入4.0个百分点。")
    assert one(table, "auto-difference-").verdict == "consistent"


def test_a_gap_of_a_rate_over_another_period_is_not_read():
    table = checks_in("全年进口总额50.0亿元，增长4.5%，增速比上年高2.0个百分点。")
    assert kind_ids(table, "auto-difference-") == []
    no_alarm(table)


# -- x:1 ratios named by their two figures -------------------------------------------------------------------------

@pytest.mark.parametrize("ratio, verdict", [("3.00", "consistent"), ("3.40", "inconsistent")])
def test_a_ratio_to_one_of_the_two_figures_of_its_sentence(ratio, verdict):
    table = checks_in(f"企业职工养老保险参保人员中，在职职工9.00万人，退休人员3.00万人，在职退休比为{ratio}:1。")
    row = one(table, "auto-ratio-")
    assert row.verdict == verdict and set(row.figures.split()) == {"9.00万人", "3.00万人", ratio}


def test_a_ratio_to_one_whose_words_name_neither_figure_reads_nothing():
    table = checks_in("全市男性人口52.0万人，女性人口48.0万人，城乡比为1.30:1。")
    assert kind_ids(table, "auto-ratio-") == []
    no_alarm(table)


# -- complete lists: a whole whose name lists its kinds; 从…看; 市外 and 市内 ---------------------------------------

@pytest.mark.parametrize("whole, verdict", [("60个", "consistent"), ("75个", "inconsistent")])
def test_a_whole_named_with_its_kinds_is_the_sum_of_them(whole, verdict):
    table = checks_in(f"全区建成便民服务中心（站）{whole}，其中街道便民服务中心12个、社区便民服务站48个。")
    assert one(table, "auto-sum-").verdict == verdict


def test_parts_naming_one_kind_only_stay_within_the_whole():
    table = checks_in("全区建成便民服务中心（站）75个，其中街道便民服务中心12个、社区活动室48个。")
    assert kind_ids(table, "auto-sum-") == []
    no_alarm(table)


@pytest.mark.parametrize("inside, verdict", [("40.0万人次", "consistent"), ("55.0万人次", "inconsistent")])
def test_cong_kan_opens_a_breakdown_and_outside_and_inside_are_the_whole(inside, verdict):
    table = checks_in(f"全年全县共接待游客100.0万人次，增长5.0%。\n从客源地看，县外游客60.0万人次；县内游客{inside}。")
    assert one(table, "auto-sum-").verdict == verdict


def test_cong_quan_nian_kan_is_a_period_not_a_breakdown():
    table = checks_in("全县完成投资100.0亿元。\n从全年看，工业投资60.0亿元，民间投资70.0亿元。")
    assert kind_ids(table, "auto-sum-") == [] and kind_ids(table, "auto-part-") == []


def test_a_rate_at_comparable_scope_still_implies_last_years_figure():
    table = checks_in("全市累计接待游客500.0万人次，按可比口径同比增长10.0%。")
    assert kind_ids(table, "auto-previous-")
    no_alarm(table)


# -- an average's count and total come from its own sentence first -------------------------------------------------

def test_an_average_per_stay_reads_its_own_sentence_not_the_next():
    table = checks_in("甲院住院2.0万人次，住院费用总额2.00亿元，次均住院费用10,000元。"
                      "乙院住院5.0万人次，住院费用总额3.00亿元，次均住院费用6,000元。")
    rows = kind(table, "auto-average-")
    assert len(rows) == 2 and set(rows.verdict) == {"consistent"}
    wrong = checks_in("甲院住院2.0万人次，住院费用总额2.00亿元，次均住院费用12,000元。"
                      "乙院住院5.0万人次，住院费用总额3.00亿元，次均住院费用6,000元。")
    assert sorted(kind(wrong, "auto-average-").verdict) == ["consistent", "inconsistent"]


# -- round C after this work, and round D measured once (tests/fixtures/relations/README.md) -----------------------

ROUND_C = ["holiday-tourism-2024", "medical-insurance-2023"]
ROUND_D = ["education-bulletin-2024", "foreign-trade-q3-2024"]
#: round D's false alarms as measured once, all from rules older than round 4 (main's finder raises the same seven):
#: a breakdown's total taken as the nearest figure before it in the parts' unit (分季度 → 9月's 进口 55.8亿元,
#: 分贸易方式 → 三季度's 458.3亿元), a share's whole taken from the figure after it (占出口总值的 → 新三样 86.4亿元,
#: 占高中阶段在校生的 → 中职's 0.86万人), a 其中 list running on past a semicolon into another subject (跨境电商 and
#: 市场采购), and two overlapping groups after 其中 (本科 and 中级职称 teachers) summed as parts
ROUND_D_ALARMS = {"auto-share-910", "auto-part-1479-of-1463", "auto-part-270-of-252", "auto-part-369-of-298",
                  "auto-share-980", "auto-share-1072", "auto-part-1368-of-1335"}


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round3", name) for name in ROUND_C},
            **{name: round_score("round4", name) for name in ROUND_D}}


def test_round_d_lists_are_kept_apart_from_the_pinned_six():
    from .test_relations_fixtures import LISTS

    assert not {p.stem for p in LISTS} & set(ROUND_D)


def test_round_c_after_the_work_it_guided(scores):
    """Round C guided round 4's rules, so it is no longer unseen: 58 of 66 found (was 41), 57 right (was 40 of 41),
    no false alarm. Round 6 lowered one planted error: the benefits 普通门急诊, 门诊慢特病 and 住院 (listed in separate
    clauses, not named as kinds of 待遇) exceed their whole, which is shown, not judged (groups by traits may overlap,
    and round F's alarms were of that reading)."""
    relations = [r for name in ROUND_C for r in scores[name].relations]
    assert sum(r.found for r in relations) >= 58, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= 57, [(r.id, r.checks) for r in relations if r.found and not r.right]
    assert [a for name in ROUND_C for a in scores[name].false_alarms] == []


def test_round_d_as_measured_once(scores):
    """Round D is the honest figure, measured once on texts written and committed after the work above: 64 of 98
    found (31 of 60 checkable), 63 right, and seven false alarms (4.3 per 60, far above the target of 1), all from
    older rules. A lost relation or a new alarm fails here; an alarm fixed later shows as a smaller set."""
    relations = [r for name in ROUND_D for r in scores[name].relations]
    assert sum(r.found for r in relations) >= 64, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= 63, [(r.id, r.checks) for r in relations if r.found and not r.right]
    alarms = {check for name in ROUND_D for check, _ in scores[name].false_alarms}
    assert alarms <= ROUND_D_ALARMS, alarms - ROUND_D_ALARMS
