"""Changes, multiples, differences and percentage points (``claims/relations/changes.py``), second pass: readings
added after rounds 2–37, each on a sentence written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def figures(*texts: str) -> str:
    """The figures of a check as the table writes them: their texts sorted and joined by spaces."""
    return " ".join(sorted(texts))


# -- points and changes from a base stated with 由 ---------------------------------------------------------------

@pytest.mark.parametrize("lead", ["由上年6月的", "由上届的", "由整治前的"])
@pytest.mark.parametrize("points, verdict", [("1.2", "consistent"), ("2.1", "inconsistent")])
def test_points_from_a_base_of_a_month_an_earlier_edition_or_before_the_works(lead, points, verdict):
    """由上年6月的 a% / 由上届的 a% / 由整治前的 a% 提高到 b%，提高 c个百分点: c recomputed as b − a."""
    table = checks_in(f"河道水质达标率{lead}81.5%提高到82.7%，提高{points}个百分点。")
    assert verdicts_of(table, figures("81.5%", "82.7%", f"{points}个百分点")) == [verdict]


@pytest.mark.parametrize("change, rate, verdict", [("147元", "8.1%", "consistent"), ("174元", "8.1%", "inconsistent"),
                                                   ("147元", "9.1%", "inconsistent")])
def test_a_change_and_a_rate_after_from_a_adjusted_to_b(change, rate, verdict):
    """由 A 调整为 B，提高 D，增幅 r% (also 由 A 提高到 B，提高 D): D recomputed as B − A, r as B over A."""
    table = checks_in(f"全省月最低工资标准由1,826元调整为1,973元，提高{change}，增幅{rate}。")
    found = verdicts_of(table, figures("1,826元", "1,973元", change)) + \
        verdicts_of(table, figures("1,826元", "1,973元", rate))
    assert len(found) == 2
    assert ("inconsistent" in found) == (verdict == "inconsistent")


def test_a_change_after_from_a_to_b_with_no_from_is_not_judged():
    """B，提高 D with no base stated (no 由, no 上年为): the bare verb says nothing of what changes."""
    no_alarm(checks_in("全省月最低工资标准1,973元，提高174元，增幅9.1%。"))


# -- a base that points back at the share just stated ------------------------------------------------------------

@pytest.mark.parametrize("points, verdict", [("0.59", "consistent"), ("0.95", "inconsistent")])
def test_points_on_a_base_pointing_back_at_the_share_of_the_sentence_before(points, verdict):
    """…的比重为 b%。上年这一比重为 a%，本年提高 c个百分点: c recomputed as b − a (本年 names no other subject)."""
    table = checks_in(f"全市数字经济核心产业增加值占地区生产总值的比重为9.46%。上年这一比重为8.87%，本年提高{points}个百分点。")
    assert verdicts_of(table, figures("8.87%", "9.46%", f"{points}个百分点")) == [verdict]


def test_a_base_pointing_back_at_a_growth_rate_is_not_compared_with_it():
    """上年这一比重为 a% after a growth rate (no share stated): nothing judged."""
    no_alarm(checks_in("全市数字经济核心产业增加值增长9.46%。上年这一比重为8.87%，本年提高0.95个百分点。"))


# -- a gap from a reference named after 较 --------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("16.0%", "consistent"), ("61.0%", "inconsistent")])
def test_a_relative_gap_from_a_reference_after_jiao_past_a_converted_figure(rate, verdict):
    """B，折合 V（another unit），比上年偏少 s%，较多年平均值（A）偏多 r%: r recomputed as B over A."""
    table = checks_in(f"全市年平均降水量1,213.6毫米，折合降水总量105.27亿立方米，比上年偏少3.1%，"
                      f"较多年平均值（1,046.2毫米）偏多{rate}。")
    assert verdicts_of(table, figures("1,046.2毫米", "1,213.6毫米", rate)) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("0.7℃", "consistent"), ("0.9℃", "inconsistent")])
def test_a_gap_from_a_reference_after_jiao(gap, verdict):
    """B，较常年（A）偏高 D: D recomputed as B − A, as after 比."""
    table = checks_in(f"全市年平均气温17.6℃，较常年（16.9℃）偏高{gap}。")
    assert verdicts_of(table, figures("16.9℃", "17.6℃", gap)) == [verdict]


# -- a gap of growth rates naming the other figure by another name ----------------------------------------------

@pytest.mark.parametrize("gap, verdict", [("5.8", "consistent"), ("8.5", "inconsistent")])
def test_a_rate_gap_over_all_investment_is_over_fixed_asset_investment(gap, verdict):
    """增速比全部投资高 d: 全部投资 is 固定资产投资 B，增长 b% stated before."""
    table = checks_in(f"全区完成固定资产投资312.46亿元，同比增长9.3%。工业投资172.18亿元，增长15.1%，"
                      f"增速比全部投资高{gap}个百分点。")
    assert verdicts_of(table, figures("15.1%", "9.3%", f"{gap}个百分点")) == [verdict]


@pytest.mark.parametrize("gap, verdict", [("1.9", "consistent"), ("2.9", "inconsistent")])
def test_a_rate_gap_below_the_retail_sales_named_shehui_lingshou_for_short(gap, verdict):
    """比全省社零增速低 d: 社零 is 社会消费品零售总额."""
    table = checks_in(f"全省社会消费品零售总额1.93万亿元，同比增长4.8%。其中，汽车类零售额1,236.4亿元，增长2.9%，"
                      f"比全省社零增速低{gap}个百分点。")
    assert verdicts_of(table, figures("2.9%", "4.8%", f"{gap}个百分点")) == [verdict]
