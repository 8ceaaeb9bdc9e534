"""Relations round 3: the general phrasings round B showed missed, each on short sentences of our own.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 3); the sentences
here are written for the test, not copied from the fixture reports. Each rule is tested right, planted wrong, and
on true statements that must raise no alarm.
"""

import pytest

from .test_relations_kinds import checks_in, kind, kind_ids, no_alarm, one


# -- 资产负债率: liabilities over assets ------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("40.0%", "consistent"), ("46.0%", "inconsistent")])
def test_asset_liability_ratio_divides_liabilities_by_assets(rate, verdict):
    table = checks_in(f"年末公司资产总额500.0亿元，负债总额200.0亿元，资产负债率为{rate}。")
    row = one(table, "auto-ratio-")
    assert row.verdict == verdict and set(row.figures.split()) == {"200.0亿元", "500.0亿元", rate}


# -- a ratio with two candidate numerators is shown, not judged ---------------------------------------------------

def test_a_margin_after_both_total_and_net_profit_is_not_an_accusation():
    table = checks_in("全年营业收入200.0亿元，利润总额20.0亿元，净利润15.0亿元，营业收入利润率为10.0%。")
    row = one(table, "auto-ratio-")                   # 20 / 200: the reading with 利润总额 fits, and says so
    assert row.verdict == "consistent" and "20.0亿元" in row.figures and "other readings" in row.assumptions
    shown = checks_in("全年营业收入200.0亿元，利润总额20.0亿元，净利润15.0亿元，营业收入利润率为12.0%。")
    row = one(shown, "auto-ratio-")
    assert row.verdict == "derived" and "can be read as" in row.assumptions
    no_alarm(shown)


def test_a_margin_with_one_profit_figure_is_still_judged():
    table = checks_in("全年营业收入200.0亿元，利润总额26.0亿元，营业收入利润率为10.0%。")
    assert one(table, "auto-ratio-").verdict == "inconsistent"


# -- balances: 所有者权益 = 资产 − 负债, 现金流量净额 = 流入 − 流出 ----------------------------------------------------

@pytest.mark.parametrize("equity, verdict", [("300.0亿元", "consistent"), ("340.0亿元", "inconsistent")])
def test_owners_equity_is_assets_less_liabilities(equity, verdict):
    table = checks_in(f"年末资产总额500.0亿元，负债总额200.0亿元，所有者权益{equity}。")
    row = one(table, "auto-difference-")
    assert row.verdict == verdict and "500.0亿元" in row.figures and "200.0亿元" in row.figures


@pytest.mark.parametrize("net, verdict", [("12.5亿元", "consistent"), ("15.5亿元", "inconsistent")])
def test_net_cash_flow_is_inflow_less_outflow(net, verdict):
    table = checks_in(f"全年投资活动现金流入60.0亿元，现金流出47.5亿元，投资活动现金流量净额{net}。")
    assert one(table, "auto-difference-").verdict == verdict


# -- yields per unit of area as averages ---------------------------------------------------------------------------

@pytest.mark.parametrize("crop_yield, verdict", [("500.0公斤", "consistent"), ("560.0公斤", "inconsistent")])
def test_a_yield_named_for_its_crop_divides_its_output_by_its_area(crop_yield, verdict):
    table = checks_in(f"全县小麦播种面积20.0万亩，比上年增加0.5万亩。\n小麦总产量10.0万吨，增长3.0%。"
                      f"小麦单位面积产量{crop_yield}/亩，比上年增加8.0公斤/亩。")
    row = one(table, "auto-average-")
    assert row.verdict == verdict and set(row.figures.split()) == {"10.0万吨", "20.0万亩", crop_yield}


@pytest.mark.parametrize("crop_yield, verdict", [("250公斤", "consistent"), ("290公斤", "inconsistent")])
def test_mu_chan_with_its_area_and_output_in_its_sentence(crop_yield, verdict):
    table = checks_in(f"全年花生种植面积4.0万亩，产量1.0万吨，亩产{crop_yield}。")
    assert one(table, "auto-average-").verdict == verdict


def test_a_yield_whose_crop_has_no_output_stated_reads_nothing():
    table = checks_in("全县粮食播种面积30.0万亩，粮食总产量15.0万吨。玉米亩产达到620公斤，创历史新高。")
    assert kind_ids(table, "auto-average-") == []
    no_alarm(table)


def test_a_change_of_a_yield_is_not_a_yield():
    table = checks_in("全县水稻种植面积10.0万亩，水稻总产量5.0万吨，水稻亩产500公斤，比上年增加12公斤。")
    assert len(kind(table, "auto-average-")) == 1 and one(table, "auto-average-").verdict == "consistent"


# -- shares of a whole named in other words ------------------------------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("25.0%", "consistent"), ("31.0%", "inconsistent")])
def test_a_share_of_an_abbreviated_whole(share, verdict):
    table = checks_in(f"公司全年实现营业收入400.0亿元，增长6.0%。其他业务方面，物流业务营收100.0亿元，占公司营收的{share}。")
    row = one(table, "auto-share-")
    assert row.verdict == verdict and "400.0亿元" in row.figures


@pytest.mark.parametrize("share, verdict", [("12.5%", "consistent"), ("17.5%", "inconsistent")])
def test_a_share_of_a_total_named_with_its_total_word(share, verdict):
    table = checks_in(f"全校现有教职工800人。其中，高级职称教师100人，占教职工总数的{share}。")
    assert one(table, "auto-share-").verdict == verdict


# -- a breakdown that opens its paragraph, with its total in the sentences above ------------------------------------

@pytest.mark.parametrize("third, verdict", [("30.0万吨", "consistent"), ("50.0万吨", "inconsistent")])
def test_a_breakdown_opening_its_paragraph_takes_the_total_above(third, verdict):
    table = checks_in(f"全省水产品总产量100.0万吨，增长2.0%，连续三年稳定在90万吨以上。\n"
                      f"分品种看，鱼类产量50.0万吨，虾蟹类产量15.0万吨，贝类产量{third}。")
    row = one(table, "auto-part-")
    assert row.verdict == verdict and "100.0万吨" in row.figures and "90万吨" not in row.figures


def test_a_breakdown_whose_parts_name_nothing_the_figure_above_names_reads_no_total():
    table = checks_in("全市接待游客1,200万人次。\n分区域看，东区客流量300万人次，西区客流量900万人次。")
    assert kind_ids(table, "auto-part-") == [] and kind_ids(table, "auto-sum-") == []


@pytest.mark.parametrize("share, verdict", [("30.0%", "consistent"), ("36.0%", "inconsistent")])
def test_a_bare_share_after_a_part_of_a_breakdown(share, verdict):
    table = checks_in(f"全年完成货运量500.0万吨。\n分运输方式看，公路货运量350.0万吨，占70.0%；水路货运量150.0万吨，"
                      f"占{share}。")
    shares = kind(table, "auto-share-")
    assert len(shares) == 2 and set(shares.verdict) == {"consistent", verdict}


def test_summer_grain_early_rice_and_autumn_grain_make_the_year():
    right = checks_in("全年粮食总产量100.0万吨。\n分季节看，夏粮产量30.0万吨，早稻产量10.0万吨，秋粮产量60.0万吨。")
    assert one(right, "auto-sum-").verdict == "consistent"
    wrong = checks_in("全年粮食总产量100.0万吨。\n分季节看，夏粮产量30.0万吨，早稻产量10.0万吨，秋粮产量45.0万吨。")
    assert one(wrong, "auto-sum-").verdict == "inconsistent"


# -- 完成率 with its words in the other order ------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("80.0%", "consistent"), ("88.0%", "inconsistent")])
def test_an_investment_completion_rate_counts_the_investment_completed(rate, verdict):
    table = checks_in(f"该项目总投资50亿元，截至年底已完成投资40.0亿元，投资完成率{rate}。")
    row = one(table, "auto-share-")
    assert row.verdict == verdict and set(row.figures.split()) == {"40.0亿元", "50亿元", rate}


# -- 人均 with its total in another section, over the whole and never a part after 其中 ---------------------------

def test_per_head_with_its_total_in_another_section_is_shown_when_it_does_not_fit():
    head = "一、总体情况\n全年集团实现营业收入300.0亿元，增长5.0%。\n二、人才队伍\n集团现有员工2.00万人，其中技术人员5,000人。"
    right = checks_in(head + "按员工人数计算，人均营业收入150.0万元。")
    row = one(right, "auto-average-")
    assert row.verdict == "consistent" and "2.00万人" in row.figures and "5,000人" not in row.figures
    wrong = checks_in(head + "按员工人数计算，人均营业收入180.0万元。")
    assert one(wrong, "auto-average-").verdict == "derived"
    no_alarm(wrong)


# -- round B after this work, and round C measured once (tests/fixtures/relations/README.md) -----------------------

ROUND_B = ["grain-harvest-2023", "enterprise-annual-2023"]
ROUND_C = ["holiday-tourism-2024", "medical-insurance-2023"]


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round2", name) for name in ROUND_B},
            **{name: round_score("round3", name) for name in ROUND_C}}


def test_round_c_lists_are_kept_apart_from_the_pinned_six():
    from .test_relations_fixtures import LISTS

    assert not {p.stem for p in LISTS} & set(ROUND_C)


def test_round_b_after_the_work_it_guided(scores):
    """Round B guided round 3's rules, so it is no longer unseen: 73 of 80 found (was 59), all right, and the one
    false alarm (利润率 read with 净利润) is now shown, not judged."""
    relations = [r for name in ROUND_B for r in scores[name].relations]
    assert sum(r.found for r in relations) >= 73, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= 73, [(r.id, r.checks) for r in relations if r.found and not r.right]
    assert [a for name in ROUND_B for a in scores[name].false_alarms] == []


def test_round_c_as_measured_once(scores):
    """Round C is the honest figure, measured once on texts written and committed after the work above: 41 of 66
    found (26 of 50 checkable), 40 right, no false alarm. The one found but not right is a complete list (服务站
    and 服务点, planted to fall short of their stated total) that the finder reads only as parts not exceeding it.
    A new alarm or a lost relation fails here."""
    relations = [r for name in ROUND_C for r in scores[name].relations]
    assert sum(r.found for r in relations) >= 41, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= 40, [(r.id, r.checks) for r in relations if r.found and not r.right]
    assert [a for name in ROUND_C for a in scores[name].false_alarms] == []
