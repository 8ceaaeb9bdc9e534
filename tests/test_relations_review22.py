"""Review of the readings added in session 22 (defined quotients, averages and shares in another unit, a breakdown
that adds up, new forms of change) for false alarms: true texts of our own, whose arithmetic is right.

The tests marked ALARM fail when written: each is an ``inconsistent`` verdict on a true text, one test per cause, its
docstring naming the reading that raised it. The tests marked GUARD pass: traps the readings already resist."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


# -- ALARM: averages._converted ---------------------------------------------------------------------------------

def test_converted_average_of_a_part_of_the_place():
    """ALARM (averages._converted). The city's 人均公园绿地面积 is 3,842公顷 / 256.4万人 = 14.98平方米 (stated 15.0 /
    14.98); the 16.8平方米 after it is the 主城区's / 中心城区's, whose terms are not stated. In its own unit the
    average reading stops at the city's average stated just before (no check); read in 公顷 it skips that average and
    takes the city's total. Guard: do not convert when a figure of the average's own name and unit stands between the
    total and it (or when words before 人均 name another area: 主城区, 中心城区)."""
    no_alarm(checks_in("全市公园绿地面积3,842公顷，常住人口256.4万人，人均公园绿地面积15.0平方米；"
                       "其中主城区人均公园绿地面积16.8平方米。"))
    no_alarm(checks_in("全市公园绿地面积3,842公顷，常住人口256.4万人，人均公园绿地面积14.98平方米，"
                       "中心城区人均公园绿地面积16.8平方米。"))


def test_converted_average_of_last_year():
    """ALARM (averages._converted). 上年人均公园绿地面积14.2平方米 is last year's; this year's is 14.98 (3,842公顷 /
    256.4万人). Only FROM_LEAD / BASE_LEAD (由上年的, 比上年的) keep a last year's average out; 上年 before the name does
    not, and the conversion skips this year's average stated just before. Guard: as above, plus a year word (上年,
    去年, 2024年) before the average's name unlike its total's."""
    no_alarm(checks_in("全市公园绿地面积3,842公顷，常住人口256.4万人，人均公园绿地面积14.98平方米，"
                       "上年人均公园绿地面积14.2平方米。"))


def test_converted_average_of_another_place():
    """ALARM (averages._converted). The city's 人均粮食占有量 is 286.4万吨 / 412.6万人 = 694公斤; 486公斤 is the
    province's (全省, or 全省平均水平 before the brackets). Guard: as above; a place (全省, 全国) named before the
    average or before its brackets that the total is not of."""
    no_alarm(checks_in("全年全市粮食总产量286.4万吨，年末常住人口412.6万人，人均粮食占有量694公斤，"
                       "高于全省平均水平（人均粮食占有量486公斤）。"))
    no_alarm(checks_in("全年全市粮食总产量286.4万吨，年末常住人口412.6万人，人均粮食占有量694公斤，"
                       "全省人均粮食占有量486公斤。"))


# -- ALARM: defined ---------------------------------------------------------------------------------------------

def test_defined_quotient_of_another_place():
    """ALARM (defined). 全省不良贷款率 / 全省城镇化率 in a city's text is the province's: the city's are 28.4 / 2,105.60
    = 1.35% and 398.26 / 562.48 = 70.80%, both stated right. NAME_PREFIX strips 全省 from the quotient's prefix, so the
    terms are looked up with no owner and the city's are taken. Guard: a place word in the prefix (全省, 全国, 全市 in a
    report whose figures are 全县's …) that the terms do not carry leaves the quotient unread."""
    no_alarm(checks_in("年末全市金融机构各项存款余额2,846.30亿元，各项贷款余额2,105.60亿元，不良贷款余额28.4亿元，"
                       "不良贷款率1.35%。全省不良贷款率为1.62%。"))
    no_alarm(checks_in("全市常住人口562.48万人，城镇常住人口398.26万人，城镇化率70.80%。全省城镇化率为66.2%。"))


def test_defined_quotient_in_brackets_of_a_comparison():
    """ALARM (defined). （成本收入比32.5%） in brackets after 低于同业平均水平 is the peers' average; the bank's is
    38.6 / 126.4 = 30.54%, stated before it. The bracket's own words (成本收入比) have no prefix, so the bank's terms
    are taken. Guard: a quotient in brackets whose words before the bracket name a comparison (同业, 平均水平, 全国,
    全省, 行业) is that comparison's."""
    no_alarm(checks_in("本行全年营业收入126.4亿元，业务及管理费38.6亿元，成本收入比30.54%，"
                       "低于同业平均水平（成本收入比32.5%）。"))


# -- ALARM: shares, a whole in another unit ---------------------------------------------------------------------

def test_named_share_of_another_place_or_year_whole_in_another_unit():
    """ALARM (shares._named_share with the whole converted: 平方公里 in 公顷). The county's 森林覆盖率 is 86,420公顷 /
    1,286平方公里 = 67.20% (and 172,240 / 2,412.6 = 71.39%, 108,640 / 1,862 = 58.35%), stated right; 59.8% is the
    province's, 62.4% the city's, 55.2% that of 2020. Before the conversion these wholes in 平方公里 were not taken; with
    a whole in 公顷 the same texts alarm already (an older fault of the named share: the place or year before the
    share's name is ignored). Guard: a named share whose words name a place (全省, 全市) or a year (2020年) its part
    is not of is not read."""
    no_alarm(checks_in("全县森林面积86,420公顷，国土面积1,286平方公里，森林覆盖率67.20%。全省森林覆盖率为59.8%。"))
    no_alarm(checks_in("全县国土总面积2,412.6平方公里，森林面积172,240公顷，森林覆盖率71.39%。全市森林覆盖率为62.4%。"))
    no_alarm(checks_in("全县国土面积1,862平方公里，森林面积108,640公顷，森林覆盖率58.35%。2020年全县森林覆盖率为55.2%。"))
    no_alarm(checks_in("全县森林面积86,420公顷，国土面积1,286平方公里，森林覆盖率67.20%，"
                       "比全省森林覆盖率（59.8%）高7.4个百分点。"))


# -- ALARM: changes ---------------------------------------------------------------------------------------------

def test_growth_on_the_year_before_last():
    """ALARM (changes, 比前年的). 48.6 / 45.2 = +7.5% and 48.6 / 42.0 = +15.7%; 48.6 − 45.2 = 3.4 and 48.6 − 42.0 = 6.6.
    The second comparison (比前年的 A) takes as its current the figure right before it — last year's base 45.2 or the
    change 3.4 — instead of the sentence's subject 48.6. Guard: the current of 比前年的 A skips a figure that is itself a
    base (比上年的) or a change (增加 D) and takes the subject they are of."""
    no_alarm(checks_in("今年全县蔬菜产量48.6万吨，比上年的45.2万吨增长7.5%，比前年的42.0万吨增长15.7%。"))
    no_alarm(checks_in("今年全县蔬菜产量48.6万吨，比上年的45.2万吨增加3.4万吨，比前年的42.0万吨增加6.6万吨。"))


def test_base_in_another_section_of_another_place():
    """ALARM (changes._named_before_base). In the section on districts, 快递业务收入上年同期为5.6亿元 follows
    江北区快递业务收入6.4亿元 (6.4 / 5.6 = +14.3%); the reading finds no figure of its section named exactly so
    (江北区… does not begin with the name) and takes the one of the report, the city's 28.6亿元 in section 一. Guard:
    the fall-back to the report is not taken when the base's own section holds a figure whose name ends with the
    base's name (its subject, with an owner before it)."""
    no_alarm(checks_in("一、全市\n全市快递业务收入28.6亿元。\n二、区县\n江北区快递业务收入6.4亿元。"
                       "快递业务收入上年同期为5.6亿元，同比增长14.3%。"))


def test_bracketed_plan_is_no_current_of_a_base_after_its_rate():
    """ALARM (changes, a base after its rate: 比上年增长 r%，上年为 A). The year's investment 186.4亿元 grew 8.0% on
    172.6亿元 (186.4 / 172.6 = +8.0%); （年度计划180亿元） is the plan, a note in brackets with words of its own, yet it
    is taken as the current (180 / 172.6 = +4.3%). _equivalent skips only brackets that restate the figure alone.
    Guard: a figure in brackets after words of its own (年度计划, 预算, 上年) is no current of the rate after the
    brackets; the figure before the brackets is."""
    no_alarm(checks_in("全年全县完成固定资产投资186.4亿元（年度计划180亿元），比上年增长8.0%，上年为172.6亿元。"))


def test_last_years_whole_after_a_quarters_rate():
    """ALARM (changes._base_after), weaker wording. 一季度 62.4亿元 grew 12.6% on the first quarter of last year, which
    is not stated; 上年为 248.6亿元 is last year's whole. 上年为 after 同比 is taken as the same period's base. Guard: for
    a figure of part of a year (一季度, 上半年, 1—11月) only 上年同期 / 去年同期 after the rate is its base."""
    no_alarm(checks_in("一季度，全县规上工业营业收入62.4亿元，同比增长12.6%，上年为248.6亿元。"))


# -- ALARM: older readings met on the way -----------------------------------------------------------------------

def test_scaled_ratio_of_another_subject():
    """ALARM (averages, SCALED_RATIOS: 存贷比, 资产负债率 — an older reading than defined). The words before the ratio's
    name (全省, 县域, 母公司, 国有控股企业) name another subject: the city's 存贷比 is 2,105.60 / 2,846.30 = 73.98% and
    2,412.6 / 3,286.4 = 73.41%, the consolidated 资产负债率 596.3 / 842.6 = 70.77%, the industry's 3,612.4 / 6,284.2 =
    57.48%. Guard: as for defined, a prefix before the ratio's name that its terms do not carry."""
    no_alarm(checks_in("年末全市金融机构各项存款余额2,846.30亿元，各项贷款余额2,105.60亿元，存贷比73.98%。"
                       "同期全省金融机构存贷比为78.65%，全市低于全省平均水平。"))
    no_alarm(checks_in("年末全市金融机构各项存款余额3,286.4亿元，各项贷款余额2,412.6亿元，存贷比73.41%；县域存贷比为59.77%。"))
    no_alarm(checks_in("报告期末，公司合并口径资产总额842.6亿元，负债总额596.3亿元，资产负债率70.77%；母公司资产负债率为58.42%。"))
    no_alarm(checks_in("年末全市规模以上工业企业资产总计6,284.2亿元，负债合计3,612.4亿元，资产负债率57.48%。"
                       "其中国有控股企业资产负债率为61.2%。"))


def test_named_share_on_a_term_of_another_year():
    """ALARM (shares._named_share, older). The only 贷款余额 stated is last year's (上年末 / 2024年末 1,286.4亿元);
    this year's 不良贷款率 1.12% is over this year's loans, not stated. 第七次全国人口普查时 the 城镇化率 was 52.16%;
    today's is 35.86 / 62.40 = 57.47%. Guard: the named share's whole and part must be of the share's year (other_year,
    a census or 上年末 named before the whole)."""
    no_alarm(checks_in("上年末，本行各项贷款余额1,286.4亿元。报告期末，本行不良贷款余额15.8亿元，不良贷款率1.12%。"))
    no_alarm(checks_in("2024年末，本行各项贷款余额1,286.4亿元。2025年末，本行不良贷款余额15.8亿元，不良贷款率1.12%。"))
    no_alarm(checks_in("年末全县常住人口62.40万人，其中城镇人口35.86万人，城镇化率57.47%。"
                       "第七次全国人口普查时，全县城镇化率为52.16%。"))


def test_qizhong_parts_of_two_totals():
    """ALARM (totals, 其中 — older). 其中人民币各项存款余额 8,210.14 is a part of 本外币存款 8,426.35 and 人民币贷款
    6,180.52 a part of 本外币贷款 6,312.80; the reading takes both as parts of the deposits (14,390.66 > 8,426.35).
    Guard: after 其中, parts whose names end as different totals' names (存款 / 贷款) are each of their own total."""
    no_alarm(checks_in("年末全市金融机构本外币各项存款余额8,426.35亿元，各项贷款余额6,312.80亿元。"
                       "其中人民币各项存款余额8,210.14亿元，人民币各项贷款余额6,180.52亿元，人民币存贷比为75.28%。"))


def test_yield_per_mu_of_one_crop():
    """ALARM (averages, 亩产 — older). 水稻亩产520公斤 is the rice's, whose output is not stated; it is recomputed as
    all grain 35.2万吨 over the rice area 42.1万亩 (836公斤). The grain's own 亩产 is 35.2万吨 / 86.4万亩 = 407公斤.
    Guard: a 亩产 whose area is named by a crop (水稻播种面积) takes an output of that crop only."""
    no_alarm(checks_in("全县粮食播种面积86.4万亩，粮食总产量35.2万吨，平均亩产407公斤。其中水稻播种面积42.1万亩，亩产520公斤。"))


# -- GUARD: true texts that pass --------------------------------------------------------------------------------

def test_guard_quotients_of_sub_groups_and_places_with_their_own_terms():
    """GUARD (defined, fits). 城镇居民恩格尔系数 over the 城镇居民 terms; a county's 城镇化率 over the county's."""
    table = checks_in("全年全体居民人均消费支出28,640元，其中人均食品烟酒消费支出8,420元，恩格尔系数为29.4%。"
                      "城镇居民人均消费支出34,210元，人均食品烟酒消费支出9,680元，城镇居民恩格尔系数为28.3%。")
    no_alarm(table)
    assert by_figures(table, "34,210元", "9,680元", "28.3%").verdict.tolist() == ["consistent"]
    no_alarm(checks_in("年末全市常住人口562.48万人，其中城镇常住人口398.26万人，常住人口城镇化率70.80%。"
                       "所辖青溪县常住人口48.30万人，城镇常住人口22.15万人，城镇化率45.86%。"))


def test_guard_forest_cover_in_mu_over_square_kilometres_and_a_target():
    """GUARD (shares, units converted). 258.36万亩 over 2,412.6平方公里 = 71.39%; a target (力争…达到 60%) is not read."""
    table = checks_in("全县国土总面积2,412.6平方公里，森林面积258.36万亩，森林覆盖率71.39%。")
    assert by_figures(table, "2,412.6平方公里", "258.36万亩", "71.39%").verdict.tolist() == ["consistent"]
    no_alarm(checks_in("全市国土总面积3,215.8平方公里，森林面积186,420公顷，森林覆盖率57.97%，比上年提高0.35个百分点。"
                       "力争到2030年森林覆盖率达到60%。"))


def test_guard_a_converted_average_of_last_years_total_is_not_judged():
    """GUARD (averages._converted). Two years' 公园绿地面积 in 公顷: this year's average is judged, last year's only
    shown; a district's average in a sentence of its own is not read."""
    table = checks_in("年末城区公园绿地面积2,486公顷，城区常住人口168.2万人，人均公园绿地面积14.78平方米。"
                      "上年城区公园绿地面积2,310公顷，人均公园绿地面积14.12平方米。")
    no_alarm(table)
    assert by_figures(table, "14.78平方米", "168.2万人", "2,486公顷").verdict.tolist() == ["consistent"]
    no_alarm(checks_in("全市公园绿地面积4,286公顷，常住人口312.6万人，人均公园绿地面积13.71平方米。"
                       "新城区人均公园绿地面积18.64平方米。"))


def test_guard_sub_group_bad_loan_rate_and_bank_versus_city():
    """GUARD (defined). 个人贷款不良率 without its terms, a bank's 存贷比 after the city's terms, a target, 上年末."""
    no_alarm(checks_in("截至2025年末，本行各项贷款余额1,862.40亿元，不良贷款余额22.35亿元，不良贷款率1.20%。"
                       "其中，个人贷款余额412.60亿元，个人贷款不良率1.00%。"))
    no_alarm(checks_in("年末，全市金融机构各项存款余额3,120.4亿元、各项贷款余额2,486.2亿元。峤南农商银行各项存款余额612.5亿元，"
                       "各项贷款余额438.6亿元，存贷比71.61%。"))
    no_alarm(checks_in("年末本行各项存款余额862.4亿元，各项贷款余额612.8亿元，存贷比71.06%。下一步，力争存贷比提高到75%以上。"))
    no_alarm(checks_in("年末本行各项贷款余额1,412.6亿元，不良贷款余额15.8亿元，不良贷款率1.12%，上年末为1.28%。"))


def test_guard_precise_parts_with_shares_of_other_wholes():
    """GUARD (totals._adds_up). Parts adding up to the figure before; shares named of another whole (全市, 上年) or of
    an increment are not judged against it."""
    table = checks_in("全年全市交通建设完成投资286.40亿元。按资金来源分，中央资金62.10亿元，占21.7%；省级资金48.30亿元；"
                      "市县资金176.00亿元，占61.5%。")
    assert by_figures(table, "286.40亿元", "62.10亿元", "21.7%").verdict.tolist() == ["consistent"]
    no_alarm(checks_in("全年全县完成投资124.20亿元。按资金来源分，中央资金52.16亿元，占全市中央资金的28.0%；"
                       "地方资金31.48亿元；社会资金40.56亿元。"))
    no_alarm(checks_in("全年全市完成造林面积24.60万亩。其中人工造林8.20万亩，封山育林10.40万亩，退化林修复6.00万亩，"
                       "占全省退化林修复任务的12.6%。"))


def test_guard_base_after_a_rate_of_another_figure_and_brackets():
    """GUARD (changes). A base after the rate of the 其中 figure; brackets holding a base or a note; a restated area."""
    table = checks_in("全年实现社会消费品零售总额1,286.4亿元，同比增长6.2%；其中网上零售额312.6亿元，同比增长16.5%，"
                      "上年同期为268.4亿元。")
    no_alarm(table)
    assert by_figures(table, "16.5%", "268.4亿元", "312.6亿元").verdict.tolist() == ["consistent"]
    no_alarm(checks_in("全年全县粮食播种面积86.40万亩（上年为84.20万亩），比上年增加2.20万亩，增长2.6%。"))
    no_alarm(checks_in("全年全县一般公共预算收入28.64亿元（不含基金收入），比上年增加1.86亿元，增长6.9%。"))
    no_alarm(checks_in("全县森林面积126.40万亩（84,267公顷），占国土总面积的56.2%，比上年增加1.20万亩，增长1.0%。"))


def test_guard_year_end_and_june_end():
    """GUARD (changes._at_year_end). At the end of June 年初 and 同比 are two bases (not combined); at the end of the
    year a sub-item's own 比年初 and 同比 agree."""
    no_alarm(checks_in("2025年6月末，全市金融机构各项存款余额6,012.4亿元，比年初增加212.2亿元，同比增长9.8%。"))
    no_alarm(checks_in("2025年末，全市住户贷款余额1,864.2亿元，比年初增加126.4亿元，同比增长7.3%；其中住房贷款余额"
                       "1,126.4亿元，比年初增加42.6亿元，同比增长3.9%。"))
    no_alarm(checks_in("年末全市本外币各项贷款余额4,862.4亿元，同比增长10.2%；人民币各项贷款余额4,786.2亿元，"
                       "比年初增加446.2亿元，增长10.3%。"))


def test_guard_new_verbs_of_change():
    """GUARD (changes, CHANGE_VERBS). 上涨 with a base per 50公斤, 下跌 with 上月, 压缩, a base after its rate 年初为."""
    no_alarm(checks_in("全县早稻收购价每50公斤132元，上年为每50公斤126元，上涨4.8%。"))
    no_alarm(checks_in("11月份，二手住宅平均成交价每平方米12,460元，上月为12,680元，环比下跌1.7%，同比下跌5.6%。"))
    no_alarm(checks_in("全年全市“三公”经费支出1.86亿元，比上年压缩0.24亿元，压缩11.4%；会议费支出0.42亿元，压缩6.7%。"))
    no_alarm(checks_in("年末全市市场主体总量62.8万户，比年初增长7.2%，年初为58.6万户；其中企业18.4万户，同比增长12.1%。"))


def test_a_bracketed_reference_of_one_gap_is_no_rate_of_the_next():
    """ALARM (averages._points_gap, older; met by the changes helper). 68.2 − 61.4 = 6.8 and 68.2 − 58.6 = 9.6; 6.3 −
    5.2 = 1.1. The second gap took the first gap's bracketed reference (61.4%, 上年同期 5.1%) as the rate compared."""
    no_alarm(checks_in("全县森林覆盖率68.2%，高于全市平均水平（61.4%）6.8个百分点，高于全省平均水平（58.6%）9.6个百分点。"))
    no_alarm(checks_in("全县规上工业增加值增长6.3%，增速比上年同期（5.1%）加快1.2个百分点，高于全省（5.2%）1.1个百分点。"))
