"""Relations round 5: precision first — an inference that can accuse needs positive evidence in the words.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 5); the sentences
here are written for the test, not copied from the fixture reports. Each rule is tested three ways: with clear
naming the wrong figure is still accused; where the reading is doubtful the check is lowered (derived, its doubt in
words), never inconsistent; true statements raise no alarm.
"""

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts


# -- a breakdown's total must be named for its parts ------------------------------------------------------------

@pytest.mark.parametrize("road, verdict", [("1.50", "consistent"), ("1.80", "inconsistent")])
def test_a_breakdown_over_a_total_named_for_its_parts_still_accuses(road, verdict):
    table = checks_in(f"全年完成货运量2.50亿吨，增长5.2%。分运输方式看，公路货运量{road}亿吨，水路货运量0.70亿吨，"
                      f"铁路货运量0.30亿吨。")
    assert verdicts(table, "auto-part-") == [verdict]


def test_a_breakdown_over_the_nearest_figure_of_another_name_is_lowered():
    table = checks_in("进口机电产品55.8亿元。分季度看，一季度进出口280.0亿元，二季度进出口300.0亿元，三季度进出口310.0亿元。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == ["derived"]
    assert "its words do not name the parts' subject" in parts.assumptions.iloc[0]
    no_alarm(table)
    # (stop 18) with a figure before it that can hold the parts, the breakdown is of that one, not the nearest
    table = checks_in("全年进出口1,200.0亿元。进口机电产品55.8亿元。分季度看，一季度进出口280.0亿元，二季度进出口300.0亿元，"
                      "三季度进出口310.0亿元。")
    assert "1,200.0亿元" in kind(table, "auto-part-").figures.iloc[0]
    no_alarm(table)


def test_a_breakdown_over_a_total_of_another_period_is_lowered():
    table = checks_in("9月份，全市进出口152.6亿元。前三季度，分贸易方式看，一般贸易进出口862.4亿元，加工贸易进出口281.7亿元。")
    assert verdicts(table, "auto-part-") == ["derived"]
    assert "another period" in kind(table, "auto-part-").assumptions.iloc[0]


def test_a_figure_listed_after_a_breakdown_is_never_the_total_of_the_next():
    table = checks_in("分季度看，一季度进出口280.0亿元，二季度进出口300.0亿元，三季度进出口310.0亿元。"
                      "分贸易方式看，一般贸易进出口600.0亿元，加工贸易进出口200.0亿元。")
    assert not kind(table, "auto-part-").description.str.contains("total 310.0亿元").any()
    no_alarm(table)


def test_three_industries_name_their_whole_by_the_set():
    table = checks_in("全县地区生产总值268.4亿元。分产业看，第一产业增加值12.6亿元，第二产业增加值104.9亿元，"
                      "第三产业增加值170.9亿元。")
    assert verdicts(table, "auto-sum-") == ["inconsistent"]          # 288.4, not 268.4: the set names its whole


# -- a share's whole: named, before it, in its paragraph or the sentence before -----------------------------------

@pytest.mark.parametrize("share, verdict", [("61.3", "consistent"), ("71.3", "inconsistent")])
def test_a_share_of_a_whole_named_before_it_accuses(share, verdict):
    table = checks_in(f"全市出口总值812.3亿元。出口机电产品498.3亿元，占出口总值的{share}%。")
    assert verdicts(table, "auto-share-") == [verdict]


@pytest.mark.parametrize("share, verdict", [("67.0", "consistent"), ("77.0", "inconsistent")])
def test_a_share_of_a_whole_named_in_other_words(share, verdict):
    table = checks_in(f"全市进出口总值1,286.5亿元。一般贸易进出口862.4亿元，占全市外贸总值的{share}%。")
    assert verdicts(table, "auto-share-") == [verdict]


def test_a_share_whose_whole_is_paragraphs_away_is_lowered():
    """A whole paragraphs away, named so but not the report's lead, is shown, not accused (session 28: the lead's
    total, the first figure of the report so named and none named so larger, is judged — below)."""
    table = checks_in("全市地区生产总值3,215.6亿元。\n全市出口总值812.3亿元。全年新设外贸企业120家。\n"
                      "出口机电产品498.3亿元，占出口总值的71.3%。")
    assert verdicts(table, "auto-share-") == ["derived"]


def test_a_share_of_the_total_the_report_leads_with_is_judged():
    table = checks_in("全市出口总值812.3亿元。全年新设外贸企业120家。\n出口机电产品498.3亿元，占出口总值的71.3%。")
    assert verdicts(table, "auto-share-") == ["inconsistent"]


def test_a_share_never_takes_a_whole_after_it():
    table = checks_in("出口机电产品498.3亿元，占出口总值的61.3%。其中新三样产品合计出口86.4亿元。"
                      "出口劳动密集型产品126.5亿元，占出口总值的17.6%。")
    assert kind(table, "auto-share-").empty
    no_alarm(table)


def test_a_figure_named_for_the_whole_is_not_the_part_of_its_share():
    table = checks_in("中等职业学校在校生0.86万人。全县高中阶段在校生2.65万人，其中普通高中在校生占高中阶段在校生的比重为"
                      "67.5%。")
    assert kind(table, "auto-share-").empty
    no_alarm(table)


# -- 其中 lists end at a new subject; parts of different dimensions are never summed ----------------------------

@pytest.mark.parametrize("exports, verdict", [("51.6", "consistent"), ("58.6", "inconsistent")])
def test_parts_end_at_a_semicolon_that_repeats_a_listed_name(exports, verdict):
    table = checks_in(f"跨境电商进出口64.2亿元，其中出口{exports}亿元，进口12.6亿元；市场采购贸易方式出口28.6亿元。")
    parts = kind(table, "auto-sum-")                   # 出口 and 进口 make up their whole
    assert parts.verdict.tolist() == [verdict]
    assert "28.6亿元" not in parts.description.iloc[0]


def test_parts_of_different_dimensions_are_each_compared_with_the_total():
    table = checks_in("专任教师6,368人，其中本科及以上学历5,236人，中级及以上职称3,087人。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == ["consistent", "consistent"]
    assert all("compared with the total alone" in a for a in parts.assumptions)


def test_a_part_of_one_dimension_that_exceeds_the_total_is_still_accused():
    table = checks_in("专任教师6,368人，其中本科及以上学历6,536人，中级及以上职称3,087人。")
    assert sorted(verdicts(table, "auto-part-")) == ["consistent", "inconsistent"]


def test_sex_education_and_certificates_raise_no_alarm():
    no_alarm(checks_in("全市交通运输行业从业人员8.64万人，其中女性2.31万人，大专及以上学历3.05万人，持有职业资格证书5.86万人。"))


def test_parts_of_one_dimension_are_still_summed():
    table = checks_in("全市从业人员8.64万人，其中城镇从业人员6.00万人，农村从业人员4.00万人。")
    assert "inconsistent" in table.verdict.tolist()                  # 10.00 > 8.64: 城镇 and 农村 are one dimension


# -- rounds A–D after this work, and round E measured once (tests/fixtures/relations/README.md) --------------------

ROUND_D = ["education-bulletin-2024", "foreign-trade-q3-2024"]
ROUND_E = ["transport-bulletin-2024", "patent-statistics-2024"]
#: round E's false alarms as measured once (the finder was not changed afterwards): two overlapping groups whose
#: dimension the table does not know (新能源 and 低地板 buses; 女性 and 35岁以下 agents, the age in a figure of
#: its own), two 其中 lists running on past ； into another subject that repeats no listed name (函件 after 快递,
#: 调解组织 after 工作站), and a breakdown of 公路 mileage over the 公路密度 (公里/百平方公里 read in 公里)
ROUND_E_ALARMS = {"auto-part-726-of-717", "auto-part-1493-of-1478", "auto-part-223-of-198", "auto-part-967-of-941",
                  "auto-part-1324-of-1303"}


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round4", name) for name in ROUND_D},
            **{name: round_score("round5", name) for name in ROUND_E}}


def test_round_e_lists_are_kept_apart_from_the_pinned_six():
    from .test_relations_fixtures import LISTS

    assert not {p.stem for p in LISTS} & set(ROUND_E)


def test_round_d_after_this_work(scores):
    """Round D's seven false alarms are gone: 65 of 98 found (was 64), all 65 right (was 63 of 64)."""
    assert_round([scores[name] for name in ROUND_D], 65, 65)


def test_round_e_as_measured_once(scores):
    """Round E is the honest figure, measured once on texts committed after the work above: 71 of 103 found (26 of
    57 checkable), all right, and five false alarms (2.9 per 60, above the target of 1; main's finder raises seven).
    A lost relation or a new alarm fails here; an alarm fixed later shows as a smaller set."""
    assert_round([scores[name] for name in ROUND_E], 71, 71, ROUND_E_ALARMS)
