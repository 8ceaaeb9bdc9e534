"""Relations round 6: what round E showed — its five false alarms, and the kinds it found none of.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 6); the sentences
here are written for the test, not copied from the fixture reports. Where a rule can accuse, the wrong figure is
accused with clear wording and true statements raise no alarm.
"""

import pytest

from .test_relations_kinds import checks_in, kind, no_alarm


def verdicts(table, prefix):
    return kind(table, prefix).verdict.tolist()


# -- precision: the readings behind round E's five false alarms ---------------------------------------------------

@pytest.mark.parametrize("motorway, verdict", [("410", "consistent"), ("4,100", "inconsistent")])
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
