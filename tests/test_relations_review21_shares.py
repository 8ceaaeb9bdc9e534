"""Review of the far-share readings (session 21): true texts of our own that must raise no alarm."""

from .test_relations_kinds import checks_in, no_alarm


def test_a_defined_ratio_over_a_target_is_no_fact():
    """保险深度（保费收入与地区生产总值之比）达到5.0% by 2027: the target GDP stated before is no stated fact to
    recompute last year's premiums over."""
    no_alarm(checks_in("2023年，全省实现地区生产总值8,000亿元，保费收入380亿元。\n"
                       "到2027年，全省地区生产总值达到9,000亿元。\n"
                       "力争到2027年保险深度（保费收入与地区生产总值之比）达到5.0%。"))


def test_a_part_named_by_its_subject_is_of_its_subjects_whole_too():
    """规模以上工业企业基础研究经费占R&D经费的 5.0% is of 规模以上工业企业R&D经费 (28/560), not certainly of the province's
    R&D经费 named exactly: another figure's name ends with R&D经费."""
    no_alarm(checks_in("全省研究与试验发展（R&D）经费800.0亿元。\n"
                       "全省规模以上工业企业研究与试验发展（R&D）经费560.0亿元。\n"
                       "基础。规模以上工业企业基础研究经费28.0亿元。\n"
                       "规模以上工业企业基础研究经费占R&D经费的5.0%。"))


def test_a_part_of_another_year_than_the_titles_over_a_whole_naming_none():
    """A 2024 report: 澜江省全社会用电量 W (the report's year) right before 2023年第三产业用电量 a，占全社会用电量的 s%
    (over 2023's total, stated after): not W's share."""
    no_alarm(checks_in("澜江省2024年国民经济和社会发展统计公报\n"
                       "澜江省全社会用电量2,400亿千瓦时。\n"
                       "2023年第三产业用电量440亿千瓦时，占全社会用电量的20.0%。\n"
                       "2023年澜江省全社会用电量2,200亿千瓦时。"))


def test_a_stated_share_over_a_target_right_before_it():
    """教育支出 a，占一般公共预算支出的 s% is of this year's spending, not of the 2027 target stated right before."""
    no_alarm(checks_in("全年全市一般公共预算支出520.0亿元。\n"
                       "力争到2027年，全市一般公共预算支出达到600.0亿元。\n"
                       "教育支出93.6亿元，占一般公共预算支出的18.0%。"))
