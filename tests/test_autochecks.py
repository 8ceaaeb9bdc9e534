"""Checks found by pattern on reports nobody curated: which are found, and what they conclude."""

import re

import pytest

from helpers.analysis import analyse

from .conftest import FIXTURES


def checks_of(tmp_path, text, name="report.txt"):
    report = tmp_path / name
    report.write_text("标题\n" + text + "\n", encoding="utf-8")
    analysis = analyse(report)
    assert not analysis.curated and analysis.checks_found   # nobody curated this report
    return analysis.checks


def only(checks, kind):
    """The one check of a kind: its id is ``<kind><offset>`` (auto-part- is not auto-part-share-)."""
    found = checks[checks.check_id.str.fullmatch(kind + r"[0-9][0-9-of]*")]
    assert len(found) == 1, checks[["check_id", "description"]]
    return found.iloc[0]


def test_a_stated_growth_rate_is_recomputed_from_its_base(tmp_path):
    check = only(checks_of(tmp_path, "人均收入由11,200元增长到12,350元，增长10.3%。"), "auto-growth-")
    assert check.verdict == "consistent"
    assert check.computed == pytest.approx((12350 / 11200 - 1) * 100)
    assert "found by pattern" in check.assumptions


def test_a_wrong_growth_rate_is_inconsistent(tmp_path):
    check = only(checks_of(tmp_path, "人均收入由11,200元增长到12,350元，增长15.3%。"), "auto-growth-")
    assert check.verdict == "inconsistent"


def test_a_fall_is_recomputed_as_a_fall(tmp_path):
    check = only(checks_of(tmp_path, "贫困人口由2.0万人减少到1.5万人，下降25%。"), "auto-growth-")
    assert check.verdict == "consistent" and check.computed == pytest.approx(25.0)


def test_a_rate_without_its_base_derives_the_previous_figure(tmp_path):
    check = only(checks_of(tmp_path, "全年实现地区生产总值186.5亿元，同比增长7.8%。"), "auto-previous-")
    assert check.verdict == "derived"
    assert check.computed == pytest.approx(186.5e8 / 1.078)
    # the interval carries the rounding of both figures: 186.45亿…186.55亿 over 1.0785…1.0775
    assert check.computed_low == pytest.approx(186.45e8 / 1.0785)
    assert check.computed_high == pytest.approx(186.55e8 / 1.0775)


def test_a_previous_figure_after_a_fall(tmp_path):
    check = only(checks_of(tmp_path, "粮食总产量18.2万吨，比上年下降2.4%。"), "auto-previous-")
    assert check.computed == pytest.approx(182000 / (1 - 0.024))


def test_a_stated_share_is_checked_against_its_part_and_total(tmp_path):
    checks = checks_of(tmp_path, "一般公共预算收入13,450万元，其中税收收入9,870万元，占一般公共预算收入的比重为73.4%。")
    share = only(checks, "auto-share-")
    assert share.verdict == "consistent" and share.computed == pytest.approx(9870 / 13450 * 100)
    assert only(checks, "auto-part-").verdict == "consistent"
    assert not checks.check_id.str.startswith("auto-part-share-").any()   # stated and checked, not derived again


def test_a_wrong_share_and_a_part_larger_than_its_total(tmp_path):
    checks = checks_of(tmp_path, "收入13,450万元，其中税收收入14,870万元，占比为63.4%。")
    assert only(checks, "auto-share-").verdict == "inconsistent"
    assert only(checks, "auto-part-").verdict == "inconsistent"


def test_several_parts_may_not_add_up_to_more_than_the_total(tmp_path):
    part = only(checks_of(tmp_path, "共有农户426户，其中脱贫户300户、监测户150户。"), "auto-part-")
    assert part.verdict == "inconsistent" and "300户、150户" in part.description


def test_a_stated_multiple_is_recomputed(tmp_path):
    check = only(checks_of(tmp_path, "人均纯收入由2,860元增加到6,940元，是三年前的2.4倍。"), "auto-multiple-")
    assert check.verdict == "consistent" and check.computed == pytest.approx(6940 / 2860)
    wrong = only(checks_of(tmp_path, "人均纯收入由2,860元增加到6,940元，是三年前的3.4倍。", "wrong.txt"),
                 "auto-multiple-")
    assert wrong.verdict == "inconsistent"


def test_a_multiple_without_its_base_derives_it(tmp_path):
    check = only(checks_of(tmp_path, "农民人均可支配收入12,000元，是2015年的2.1倍。"), "auto-multiple-base-")
    assert check.verdict == "derived" and check.computed == pytest.approx(12000 / 2.1)


def test_an_absolute_change_derives_the_previous_figure_with_its_rounding(tmp_path):
    check = only(checks_of(tmp_path, "全年新增转移农村劳动力1.2万人，较上年增加1.1万人。"), "auto-change-")
    assert check.verdict == "derived" and check.computed == pytest.approx(1000)
    assert (check.computed_low, check.computed_high) == pytest.approx((0, 2000))   # 1.2万 and 1.1万 are ±500
    fall = only(checks_of(tmp_path, "城镇新增就业3,260人，比上年减少120人。", "fall.txt"), "auto-change-")
    assert fall.computed == pytest.approx(3380)


def test_a_change_in_another_unit_is_not_a_change(tmp_path):
    checks = checks_of(tmp_path, "转移就业1.2万人，同比增加收入3亿元。")
    assert not checks.check_id.str.startswith("auto-change-").any()


def test_unrelated_figures_give_no_check(tmp_path):
    checks = checks_of(tmp_path, "全年新增转移农村劳动力1.2万人，其中县内就业占比近八成。城镇登记失业率3.5%以内。")
    assert checks.empty, checks[["check_id", "description"]]


def test_the_invented_county_report():
    """Every relation the county text states is found once: 8 rates with their figures, a growth with its base,
    an absolute change, two 其中 parts, a stated share, the three industries' sum, the 17.2:36.7:46.1 split and
    each of its shares."""
    checks = analyse(FIXTURES / "reports" / "county-economy-2021.txt").checks.set_index("check_id")
    kinds = sorted(re.sub(r"-[0-9].*$", "", c) for c in checks.index)
    assert kinds == (["auto-change", "auto-growth"] + ["auto-part"] * 2 + ["auto-part-share"]
                     + ["auto-previous"] * 8 + ["auto-share"] * 4 + ["auto-split", "auto-sum"])
    assert checks.index.is_unique
    assert checks.assumptions.str.contains("found by pattern").all()
    assert set(checks.verdict) == {"consistent", "derived"}
    growth = checks[checks.description.str.contains("11,200元 → 12,350元")].iloc[0]
    assert growth.verdict == "consistent" and growth.computed == pytest.approx((12350 / 11200 - 1) * 100)
    share = checks[checks.description.str.startswith("73.4% as the share")].iloc[0]
    assert share.verdict == "consistent" and share.computed == pytest.approx(9870 / 13450 * 100)
    assert not checks.description.str.contains("近八成").any()   # 县内就业占比 is not the 1.2万's share
    industries = checks.loc["auto-sum-118"]
    assert industries.verdict == "consistent" and industries.computed == pytest.approx(186.5e8)
    assert checks.loc["auto-split-212", "verdict"] == "consistent"
    assert checks.loc["auto-share-212", "computed"] == pytest.approx(32.1 / 186.5 * 100)
