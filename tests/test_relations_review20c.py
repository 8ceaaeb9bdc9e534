"""Review 20c: false alarms of the readings added to ``claims/relations/changes.py`` (multiples, gaps, points and
growth with more bases), each on a true sentence written for the review."""

import pytest

from .test_relations_kinds import checks_in, no_alarm


@pytest.mark.parametrize("verb", ["累计提升2.0个百分点，年均提升", "累计提高2.0个百分点，年均提高", "年均提升",
                                  "平均每年提升"])
def test_points_a_year_after_from_a_to_b_are_not_b_minus_a(verb):
    """由 a% 提高到 b%，年均提升 c个百分点: c is a change a year over four years, not b − a."""
    no_alarm(checks_in(f"全市森林覆盖率由2020年的40.0%提高到2024年的42.0%，{verb}0.5个百分点。"))


def test_a_multiple_named_after_a_quarters_figures_is_not_of_the_years():
    """全年出口额 A，进口额 B。一季度出口额 a，一季度进口额 b，出口额是进口额的 N倍: the names are as much the quarter's,
    stated nearer; not N = A / B."""
    no_alarm(checks_in("全年出口额400亿元，增长10%；进口额200亿元。一季度出口额90亿元，一季度进口额60亿元，"
                       "出口额是进口额的1.5倍。"))


def test_a_multiple_naming_the_total_is_not_of_the_part_after_it():
    """粮食总产量 T，其中稻谷 a，总产量是1978年（A）的 N倍: the words before 是 name T; not N = a / A."""
    no_alarm(checks_in("全年粮食总产量60万吨，其中稻谷40万吨，总产量是1978年（20万吨）的3倍。"))


def test_a_gap_of_real_growth_is_not_read_against_a_nominal_rate():
    """农村… 增长 a%，实际增长 a'%，增速快于城镇居民 d, with 城镇居民 … 增长 b%，实际增长 b'%: a' is real, b nominal;
    their gap is not d."""
    no_alarm(checks_in("城镇居民人均可支配收入52,000元，增长4.5%，扣除价格因素实际增长4.0%；农村居民人均可支配收入"
                       "26,000元，增长6.5%，实际增长6.0%，增速快于城镇居民2.0个百分点。"))


def test_a_gap_after_a_part_s_rate_is_the_whole_s_when_the_other_is_its_parallel():
    """农村居民人均可支配收入 A，增长 a%，其中工资性收入增长 p%，增速快于城镇居民 d (城镇居民人均可支配收入 B，增长 b%
    before): d compares a with b, not p with b."""
    no_alarm(checks_in("城镇居民人均可支配收入52,000元，增长4.5%。农村居民人均可支配收入26,000元，增长6.5%，"
                       "其中工资性收入增长8.0%，增速快于城镇居民2.0个百分点。"))
