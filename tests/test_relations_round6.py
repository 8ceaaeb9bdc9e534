"""Relations round 6: what round E showed — its five false alarms, and the kinds it found none of.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 6); the sentences
here are written for the test, not copied from the fixture reports. Where a rule can accuse, the wrong figure is
accused with clear wording and true statements raise no alarm.
"""

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts


# -- precision: the readings behind round E's five false alarms ---------------------------------------------------

@pytest.mark.parametrize("motorway, verdict", [("410", "consistent"), ("1,410", "inconsistent")])
def test_a_density_is_never_the_total_of_a_breakdown(motorway, verdict):
    """``96.5公里/百平方公里`` is a density: the breakdown after it divides the 公路 mileage stated before it."""
    table = checks_in(f"全县公路总里程6,250公里，公路密度达到96.5公里/百平方公里。按技术等级分，高速公路{motorway}公里，"
                      "二级公路1,260公里，四级公路4,180公里。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == [verdict]
    assert "6,250公里" in parts.description.iloc[0]


@pytest.mark.parametrize("domestic, verdict", [("1.10", "consistent"), ("2.10", "inconsistent")])
def test_a_list_written_with_enumeration_commas_ends_at_a_semicolon(domestic, verdict):
    """``其中甲 a、乙 b、丙 c；丁 d``: the list is the three joined by 、; 丁 after ； is a subject of its own."""
    table = checks_in(f"全年快递业务量2.40亿件，其中省内快递{domestic}亿件、省际快递0.95亿件、国际快递0.05亿件；报刊发行量"
                      "0.62亿份，邮政函件0.31亿件，下降6.0%。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == [verdict]
    assert "0.31亿件" not in parts.description.iloc[0]


def test_sex_and_an_age_written_as_a_figure_are_two_traits():
    """``其中女性 a，40岁以下 b``: the age is a figure of its own (40岁以下); women and the young may overlap."""
    table = checks_in("全市执业律师1,240人，其中女性580人，40岁以下790人。")
    parts = kind(table, "auto-part-")
    assert sorted(parts.description.str.extract(r"part\(s\) (\S+) do")[0]) == ["580人", "790人"]
    assert parts.verdict.tolist() == ["consistent", "consistent"]
    no_alarm(table)


def test_energy_and_fittings_of_a_fleet_are_two_traits():
    table = checks_in("年末全市出租汽车6,300辆，其中纯电动出租汽车5,100辆，占80.9%；无障碍出租汽车2,200辆。")
    assert verdicts(table, "auto-part-") == ["consistent", "consistent"]
    no_alarm(table)


def test_a_part_of_one_trait_that_exceeds_the_total_is_still_accused():
    table = checks_in("年末全市出租汽车6,300辆，其中纯电动出租汽车7,100辆，无障碍出租汽车2,200辆。")
    assert "inconsistent" in verdicts(table, "auto-part-")


def test_a_whole_named_with_de_opens_a_sentence_of_its_parts():
    """``企业获得的授权专利中，…``: the whole is named with 的, its figure without; the two groups after it (by
    standing and by size) are each within it."""
    table = checks_in("全年授权专利9,600件，其中企业获得授权专利7,200件。企业获得的授权专利中，高新技术企业5,300件，"
                      "小微企业3,100件。")
    parts = kind(table, "auto-part-")
    compared = parts[parts.description.str.contains("total 7,200件")]
    assert sorted(compared.description.str.extract(r"part\(s\) (\S+) do")[0]) == ["3,100件", "5,300件"]
    no_alarm(table)


# -- recall: kinds round E found none of ---------------------------------------------------------------------------

@pytest.mark.parametrize("stated, verdict", [("6.2", "consistent"), ("7.9", "inconsistent")])
def test_an_average_per_item_named_by_its_subject(stated, verdict):
    """``同城配送件均收入``: the 同城配送 revenue over the 同城配送 count, not over the 其中 part or another count
    beside it, even when both are stated in the sentences before."""
    table = checks_in(f"全年同城配送业务收入12.4亿元，增长9.0%。同城配送业务量2.00亿件，其中夜间配送0.35亿件；"
                      f"邮政包裹0.42亿件。同城配送件均收入{stated}元。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "2.00亿件" in averages.description.iloc[0]


@pytest.mark.parametrize("stated, verdict", [("12.5", "consistent"), ("15.5", "inconsistent")])
def test_an_average_per_each_item_whose_noun_holds_what_is_averaged(stated, verdict):
    """``平均每条航线长度`` over 航线总长度 and the count of 航线 in 条, in either order."""
    table = checks_in(f"全市开通内河航线48条，航线总长度600公里，平均每条航线长度{stated}公里。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("stated, verdict", [("250", "consistent"), ("310", "inconsistent")])
def test_an_average_per_firm_counted_in_jia(stated, verdict):
    """``户均`` over firms counted in 家."""
    table = checks_in(f"全年发放科技贷款30.0亿元，支持企业1,200家，户均贷款{stated}万元。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("stated, verdict", [("40.0", "consistent"), ("46.0", "inconsistent")])
def test_a_rate_per_ten_thousand_whose_words_hold_you(stated, verdict):
    """``每万人口高价值专利拥有量``: 拥有 is part of what is counted, not the group counted per."""
    table = checks_in(f"年末全市高价值专利拥有量2.00万件。按常住人口500万人计算，每万人口高价值专利拥有量为{stated}件。")
    assert verdicts(table, "auto-rate-") == [verdict]


@pytest.mark.parametrize("amount, verdict", [("52.0", "consistent"), ("62.0", "inconsistent")])
def test_a_breakdown_in_two_units_checks_each(amount, verdict):
    """``分类型看，甲 a项，金额 x亿元；乙 b项，金额 y亿元``: the counts sum to the count, the amounts to the amount."""
    table = checks_in(f"全年签订合作协议900项，协议金额80.0亿元。分类型看，研发合作协议500项，金额{amount}亿元；"
                      f"人才合作协议300项，金额20.0亿元；其他协议100项，金额8.0亿元。")
    sums = kind(table, "auto-sum-")
    assert sorted(sums.verdict) == sorted(["consistent", verdict])


@pytest.mark.parametrize("first, verdict", [("3,000", "consistent"), ("3,900", "inconsistent")])
def test_a_breakdown_total_named_in_its_first_part(first, verdict):
    """``分主体看，企业获得发明专利授权 a，高校 b，个人及其他 c``: the total is the 发明专利授权 stated above (after
    其中), named in the first part's words — not the 专利授权量 above it."""
    table = checks_in(f"全年专利授权量9,000件。其中，发明专利授权4,000件，实用新型专利授权5,000件。\n"
                      f"分主体看，企业获得发明专利授权{first}件，高校700件，个人及其他300件。")
    sums = kind(table, "auto-sum-")
    mine = sums[sums.description.str.contains("700件")]
    assert mine.verdict.tolist() == [verdict]
    assert "4,000件" in mine.description.iloc[0]


def test_a_share_takes_the_whole_named_exactly_before_one_that_only_ends_with_its_name():
    """``占全市专利授权总量的``: 专利授权量 is the whole; 外观设计专利授权 (a part of it) only ends with its name."""
    table = checks_in("全年专利授权量9,000件。其中，发明专利授权4,000件；外观设计专利授权1,000件。\n"
                      "分区域看，高新区专利授权3,600件，占全市专利授权总量的40.0%；其余各区县5,400件。")
    shares = kind(table, "auto-share-")
    assert shares.verdict.tolist() == ["consistent"]
    assert "9,000件" in shares.description.iloc[0]
    no_alarm(table)


@pytest.mark.parametrize("second, verdict", [("1.60", "consistent"), ("2.60", "inconsistent")])
def test_a_growth_rate_inside_a_list_before_its_total(second, verdict):
    """``甲 a，乙 b，增长 r%，两类合计 T``: b's growth rate does not end the list."""
    table = checks_in(f"全年美术作品登记1.20万件，音乐作品登记{second}万件，增长6.5%，两类作品登记合计2.80万件。")
    assert verdicts(table, "auto-sum-") == [verdict]


@pytest.mark.parametrize("women, verdict", [("40.0", "consistent"), ("48.0", "inconsistent")])
def test_bare_shares_after_each_of_two_overlapping_parts(women, verdict):
    """``其中女性 a，占 s%；硕士以上学历 b，占 t%``: each share belongs to the part before it, of the 其中 total."""
    table = checks_in(f"全市注册会计师2,136人，其中女性854人，占{women}%；硕士研究生学历641人，占30.0%。")
    shares = kind(table, "auto-share-")
    assert sorted(shares.verdict) == sorted([verdict, "consistent"])


def test_a_share_of_a_whole_named_by_a_synonym_in_another_section():
    """``占全市外贸总值的``: the whole is 进出口总值, stated in full sections before."""
    filler = "。".join(f"第{n}项工作推进{n}0次" for n in range(1, 30))
    table = checks_in(f"前三季度全市进出口总值1,000.0亿元。\n【市场】\n{filler}。\n"
                      "【伙伴】\n从主要市场看，对东盟进出口200.0亿元，占全市外贸总值的20.0%。")
    shares = kind(table, "auto-share-")
    assert shares.verdict.tolist() == ["consistent"]
    assert "1,000.0亿元" in shares.description.iloc[0]


# -- round F: measured once, on texts committed before the finder was run on them -------------------------------

ROUND_E = ["transport-bulletin-2024", "patent-statistics-2024"]
ROUND_F = ["ecology-environment-bulletin-2024", "housing-market-news-2024"]
#: round F's false alarms as measured once, each from a reading the finder then made: 核技术利用单位 counted by source
#: and by device (two traits the table does not know), a breakdown by 业态 over the 非住宅 area (the parts were of
#: the whole 销售面积 above it), 住房 and 非住房 withdrawals read as parts of the count of people, 均价 over the
#: 住宅 area with the total 销售额, and 人均缴存 / 人均提取 over the city's population instead of the 缴存职工
ROUND_F_ALARMS = {"auto-part-2602-of-2585", "auto-part-512-of-465", "auto-part-2963-of-2908", "auto-average-565",
                  "auto-average-2748", "auto-average-2889"}


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round5", name) for name in ROUND_E},
            **{name: round_score("round6", name) for name in ROUND_F}}


def test_round_e_after_this_work(scores):
    """Round E after round 6 (no longer unseen): 97 of 103 found (was 71), all right, no false alarm (was five)."""
    assert_round([scores[name] for name in ROUND_E], 97, 97)


def test_round_f_as_measured_once(scores):
    """Round F is the honest figure, measured once after the work above: 71 of 151 found (43 of 117 checkable), 69
    judged right, six false alarms (2.4 per 60); the finder before round 6 found 63 with the same six alarms.
    A lost relation or a new alarm fails here; an alarm fixed later shows as a smaller set."""
    assert_round([scores[name] for name in ROUND_F], 71, 69, ROUND_F_ALARMS)
