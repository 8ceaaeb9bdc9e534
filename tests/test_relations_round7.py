"""Relations round 7: what round F showed — its six false alarms, and kinds it found none of.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 7); the sentences
here are written for the test, not copied from the fixture reports. Where a rule can accuse, the wrong figure is
accused with clear wording and true statements raise no alarm.
"""

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts


# -- precision ----------------------------------------------------------------------------------------------------

def test_groups_named_by_what_they_do_may_overlap():
    """``其中持有A证的机构 a，持有B证的机构 b``: groups by what they do, in separate clauses, together above their whole."""
    table = checks_in("全市共有检测机构1,284家，其中持有环境检测资质的机构736家，持有食品检测资质的机构912家。")
    parts = kind(table, "auto-part-")
    assert "inconsistent" not in parts.verdict.tolist()
    assert sorted(parts[parts.formula == "part1 <= total"].verdict) == ["consistent", "consistent"]
    no_alarm(table)


def test_groups_not_named_as_kinds_of_their_whole_may_overlap():
    """``发放贷款 N笔，其中支持购买新房 a笔，支持首次购房 b笔``: the groups are not kinds of 贷款."""
    table = checks_in("全年发放公积金贷款3.64万笔，其中支持购买新建住房2.15万笔，支持首次购房3.02万笔。")
    no_alarm(table)


@pytest.mark.parametrize("third, verdict", [("41", "consistent"), ("61", "inconsistent")])
def test_kinds_of_one_whole_in_separate_clauses_are_still_summed(third, verdict):
    """``其中产业项目 a，增长 x%；基础设施项目 b；民生项目 c``: every name ends in the whole's (项目): one division."""
    table = checks_in(f"全年实施重点项目138个，其中产业项目62个，增长8.0%；基础设施项目35个；民生项目{third}个。")
    assert verdicts(table, "auto-part-") == [verdict]


def test_a_quarter_above_a_breakdown_of_the_year_is_no_total():
    table = checks_in("全年商品房销售面积1,312.6万平方米，下降5.1%。四季度商品房销售面积418.2万平方米。\n"
                      "分业态看，住宅销售面积1,096.4万平方米；非住宅销售面积216.2万平方米。")
    sums = kind(table, "auto-sum-")
    assert sums.verdict.tolist() == ["consistent"]
    assert "1,312.6万平方米" in sums.description.iloc[0]
    no_alarm(table)


@pytest.mark.parametrize("stated, verdict", [("1.50", "consistent"), ("1.90", "inconsistent")])
def test_per_head_over_the_people_its_sentence_counts(stated, verdict):
    """``3.2万人开户缴存，缴存资金 4.80亿元，人均缴存 a``: over the 3.2万 who 缴存, not the city's population."""
    table = checks_in(f"全市常住人口812.5万人。试点以来已有3.20万人开户缴存，累计缴存资金4.80亿元，人均缴存{stated}万元。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "3.20万人" in averages.description.iloc[0]


def test_an_average_price_divides_the_figures_before_it():
    table = checks_in("住宅销售面积1,000.0万平方米，销售额950.0亿元，住宅均价为9,500元/平方米；非住宅销售面积200.0万平方米。")
    assert verdicts(table, "auto-average-") == ["consistent"]
    no_alarm(table)


def test_a_threshold_is_not_the_list_above():
    """``重度及以上污染天数合计 4天``: 及以上 is a threshold; the list's start is read as the figures fit."""
    table = checks_in("全年污染天数58天，其中轻度污染44天、中度污染9天、重度污染4天、严重污染1天；"
                      "重度及以上污染天数合计5天。")
    sums = kind(table, "auto-sum-")
    assert sums.verdict.tolist() == ["consistent"]
    assert "the last 2 figures" in sums.assumptions.iloc[0]
    no_alarm(table)


def test_a_subset_named_with_its_threshold_is_no_share_whole():
    table = checks_in("全年污染天数58天，其中重度污染4天、严重污染1天；重度及以上污染天数合计5天。"
                      "从首要污染物看，以臭氧为首要污染物的超标天数为31天，占污染天数的53.4%。")
    shares = kind(table, "auto-share-")
    assert shares.verdict.tolist() == ["consistent"]
    assert "58天" in shares.description.iloc[0]
    no_alarm(table)


# -- recall -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad, verdict", [("47", "consistent"), ("67", "inconsistent")])
def test_days_are_amounts(bad, verdict):
    table = checks_in(f"全年有效监测天数365天，优良天数301天，污染天数64天。全年污染天数64天，其中轻度污染{bad}天、"
                      "中度污染12天、重度污染5天。")
    assert verdict in verdicts(table, "auto-part-")


@pytest.mark.parametrize("other, verdict", [("42.6", "consistent"), ("62.6", "inconsistent")])
def test_x_and_non_x_make_a_whole(other, verdict):
    table = checks_in(f"全年提取公积金210.4亿元。其中，住房消费类提取167.8亿元，占提取总额的79.8%；非住房消费类提取{other}亿元。")
    assert verdicts(table, "auto-sum-") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("86.0", "consistent"), ("94.0", "inconsistent")])
def test_a_rate_named_by_what_it_counts_over_the_sentence_before(rate, verdict):
    """``全年有效监测天数 365天。…优良的天数为 314天，优良天数比率为 r%``: 比率 counts 优良天数 over 365."""
    table = checks_in(f"全年有效监测天数365天。全市空气质量达到优良的天数为314天，优良天数比率为{rate}%。")
    assert verdicts(table, "auto-share-") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("95.2", "consistent"), ("85.2", "inconsistent")])
def test_a_rate_named_by_the_words_after_its_count(rate, verdict):
    table = checks_in(f"全市84个乡镇级水源地中，80个水质达标，达标率为{rate}%。")
    assert verdicts(table, "auto-share-") == [verdict]


@pytest.mark.parametrize("stated, verdict", [("114.8", "consistent"), ("134.8", "inconsistent")])
def test_a_daily_average_of_a_year_divides_by_the_year_s_days(stated, verdict):
    """``全年处理污水 4.20亿吨，日均处理 a万吨``: over the 366 days stated, though other numbers of days are stated."""
    table = checks_in(f"全年有效监测天数366天，其中优良天数318天。全年累计处理污水4.20亿吨，日均处理{stated}万吨。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("8.6", "consistent"), ("11.6", "inconsistent")])
def test_a_concentration_has_a_change_and_a_rate(rate, verdict):
    table = checks_in(f"PM2.5年均浓度为32微克/立方米，比上年下降3微克/立方米，降幅为{rate}%。")
    assert verdicts(table, "auto-change-rate-") == [verdict]


@pytest.mark.parametrize("stated, verdict", [("0.58", "consistent"), ("0.68", "inconsistent")])
def test_the_ratio_of_two_named_subjects(stated, verdict):
    table = checks_in(f"细颗粒物（PM2.5）年均浓度为33微克/立方米。可吸入颗粒物（PM10）年均浓度为57微克/立方米。"
                      f"PM2.5与PM10年均浓度之比为{stated}。")
    assert verdicts(table, "auto-ratio-") == [verdict]


def test_the_ratio_of_two_subjects_named_by_their_characters_is_doubtful():
    """``新房与二手房成交套数之比``: 新房 is named 新建商品住房, by its characters in order: shown, not judged, when off."""
    table = checks_in("全年新建商品住房成交8.12万套，二手住房成交6.25万套。新房与二手房成交套数之比为1.60:1。")
    assert verdicts(table, "auto-ratio-") == ["derived"]
    fits = checks_in("全年新建商品住房成交8.12万套，二手住房成交6.25万套。新房与二手房成交套数之比为1.30:1。")
    assert verdicts(fits, "auto-ratio-") == ["consistent"]


@pytest.mark.parametrize("gap, verdict", [("12.0", "consistent"), ("15.0", "inconsistent")])
def test_a_gap_of_two_rates_named_by_their_subjects(gap, verdict):
    table = checks_in(f"昼间达标68点次，达标率为90.7%；夜间达标59点次，达标率为78.7%，低于昼间{gap}个百分点。")
    assert verdicts(table, "auto-difference-") == [verdict]


@pytest.mark.parametrize("gap, verdict", [("2.4", "consistent"), ("4.4", "inconsistent")])
def test_a_gap_to_a_rate_inside_its_words(gap, verdict):
    table = checks_in(f"年末个人住房贷款余额980.6亿元，个贷率为81.2%，高于全省78.8%的平均水平{gap}个百分点。")
    assert verdicts(table, "auto-difference-") == [verdict]


def test_a_gap_on_last_year_is_a_change_not_a_gap_of_two_rates():
    table = checks_in("全市城镇化率为64.2%，比上年高出1.1个百分点。")
    assert kind(table, "auto-difference-").empty


@pytest.mark.parametrize("cut, verdict", [("0.25", "consistent"), ("0.35", "inconsistent")])
def test_a_rate_cut_in_points(cut, verdict):
    table = checks_in(f"首套住房公积金贷款利率由3.10%下调至2.85%，下调{cut}个百分点。")
    assert verdict in verdicts(table, "auto-points-")


# -- round G: measured once, on texts committed before the finder was run on them -------------------------------

ROUND_F = ["ecology-environment-bulletin-2024", "housing-market-news-2024"]
ROUND_G = ["civil-affairs-bulletin-2024", "power-consumption-news-2024"]
#: round G's false alarms as measured once: 每千名老年人拥有养老床位 over 2.46万人 (a group of people named 老年人
#: other than the 60岁及以上 population the rate is per), and 人均生活用电量 over the province's 4,853万人 where the
#: 城乡居民生活用电量 it divides is named otherwise
ROUND_G_ALARMS = {"auto-rate-727", "auto-average-1800"}


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round6", name) for name in ROUND_F},
            **{name: round_score("round7", name) for name in ROUND_G}}


def test_round_f_after_this_work(scores):
    """Round F after rounds 6 and 7 guided by it (no longer unseen): 104 of 151 found (was 71), 101 right, no false
    alarm (was six)."""
    assert_round([scores[name] for name in ROUND_F], 104, 101)


def test_round_g_as_measured_once(scores):
    """Round G is the honest figure, measured once after round 7: 63 of 136 found (35 of 105 checkable), 62 judged
    right, two false alarms (0.88 per 60); the finder before round 6 found 61 with three alarms. A lost relation or a
    new alarm fails here; an alarm fixed later shows as a smaller set."""
    assert_round([scores[name] for name in ROUND_G], 63, 62, ROUND_G_ALARMS)
