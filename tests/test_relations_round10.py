"""Relations round 10: round J measured once, and the one reading behind its two false alarms.

The sentences are written for the test, not copied from the fixture report.
"""

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts


def test_a_holder_s_share_of_a_balance_is_not_the_balance():
    """``总资产 A，总负债 B … 归属于上市公司股东的净资产 C，每股净资产 d``: C leaves out minority holders, d is per share;
    neither is A − B."""
    table = checks_in("年末公司总资产386.52亿元，总负债201.37亿元。归属于上市公司股东的净资产171.64亿元，每股净资产9.16元。")
    assert kind(table, "auto-difference-").empty
    no_alarm(table)


@pytest.mark.parametrize("equity, verdict", [("185.15", "consistent"), ("205.15", "inconsistent")])
def test_the_whole_balance_is_still_checked(equity, verdict):
    table = checks_in(f"年末公司总资产386.52亿元，总负债201.37亿元，净资产{equity}亿元。")
    assert verdicts(table, "auto-difference-") == [verdict]


ROUND_J = ["health-statistics-bulletin-2024", "listed-company-results-news-2024"]
#: round J's two false alarms as measured once: 归属于上市公司股东的净资产 and 每股净资产 each read as 总资产 − 总负债
ROUND_J_ALARMS = {"auto-difference-2129", "auto-difference-2143"}


@pytest.fixture(scope="module")
def round_j():
    from .test_relations_fixtures import round_score

    return [round_score("round10", name) for name in ROUND_J]


def test_round_j_as_measured_once(round_j):
    """Round J is the honest figure, measured once after round 9 and the far-off and masthead work: 59 of 123 found
    (34 of 93 checkable), 58 judged right, two false alarms (0.98 per 60); the finder before round 6 found 56 with five
    alarms. After the fix above: the same 59 found, no alarm."""
    assert_round(round_j, 59, 58, ROUND_J_ALARMS)
    assert_round(round_j, 59, 58)


# -- a review's true sentences that the rounds' rules accused (none may raise an alarm) ---------------------------

REVIEWED_TRUE = [
    # 日均 over the total's own days, not the year's 366 stated elsewhere; 2024年前三季度 is no whole year
    "全年有效监测天数366天，优良天数320天。全年共有交易日242天，全市证券交易额21.3万亿元，日均交易额880亿元。",
    "全年有效监测天数366天。2024年前三季度共274天，全市港口完成货物吞吐量2.74亿吨，日均吞吐量100万吨。",
    # 月人均: not over a part of the year, not a standard, not accused when people drew it some months only
    "前三季度共发放城市低保金2.43亿元，保障城市低保对象3.0万人，月人均补助900元。",
    "全年支出城市低保资金3.6亿元，年末保障城市低保对象4.5万人，城市低保月人均保障标准为900元。",
    "全年共发放失业保险金2.1亿元，领取失业保险金人数1.3万人，月人均领取1650元。",
    # 人均 in a sentence counting two groups of people
    "全年新开户缴存职工30万人，实缴职工52万人，缴存额120亿元，人均缴存额2.3万元。",
    "全年共培训农民工3.2万人次，涉及农民工2.1万人，培训经费960万元，人均培训经费457元。",
    # 占全省的 / 占全年的: the place's figure named as the part, even after 其中
    "全省全社会用电量3280亿千瓦时，其中工业用电量2200亿千瓦时。全市工业用电量420亿千瓦时，占全省的19.1%。",
    "全年完成固定资产投资1500亿元，其中民间投资900亿元。四季度民间投资300亿元，占全年的33.3%。",
    "全省年末常住人口4800万人，城镇人口3000万人。全市城镇人口420万人，占全省的14.0%。",
    "全省进出口总额8000亿元，其中出口5200亿元。全市出口1040亿元，占全省的20.0%。",
    # a 其中 list joined by ， ends at ； where the next item names the whole again
    "全年接待游客5200万人次，其中国内游客5150万人次，入境游客50万人次；非节假日接待游客3900万人次。",
]


@pytest.mark.parametrize("text", REVIEWED_TRUE, ids=range(len(REVIEWED_TRUE)))
def test_true_sentences_of_a_review_raise_no_alarm(text):
    no_alarm(checks_in(text))


@pytest.mark.parametrize("share, verdict", [("19.1", "consistent"), ("24.1", "inconsistent")])
def test_a_share_of_the_province_takes_its_figure_named_as_the_part(share, verdict):
    table = checks_in(f"全省全社会用电量3280亿千瓦时，其中工业用电量2200亿千瓦时。全市工业用电量420亿千瓦时，占全省的{share}%。")
    shares = kind(table, "auto-share-")
    assert shares.verdict.tolist() == [verdict] and "2200亿千瓦时" in shares.description.iloc[0]


def test_a_list_that_ends_before_the_whole_named_again_still_accuses_its_parts():
    table = checks_in("全年接待游客5200万人次，其中国内游客5350万人次，入境游客50万人次；非节假日接待游客3900万人次。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == ["inconsistent"] and "3900" not in parts.description.iloc[0]
