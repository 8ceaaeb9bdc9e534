"""Session 30's readings, pinned on texts of our own (not the rounds' texts): a far term read in its most precise
mention, a bare 占 whose total the report states sections before, and one check for one reading."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a far term in its most precise mention ---------------------------------------------------------------------

URBAN = """截至2024年末，全市户籍总人口438.62万人，比上年末减少1.23万人。
一、总量
2024年末，全市户籍总人口{total}，与上年末的4,398,537人相比，减少12,322人。
二、城镇化
年末全市城镇户籍人口2,763,314人，乡村户籍人口1,622,901人，户籍人口城镇化率为63.00%，比上年提高1.16个百分点。"""


def test_a_far_whole_is_read_where_the_report_gives_it_in_full():
    """The rate's whole is told in the lead (438.62万人) and in full in a section (4,386,215人): the check reads the
    precise one and says it does; a reader finds the figure where the report gives it to the person."""
    found = checks_in(URBAN.format(total="4,386,215人"))
    [check] = by_figures(found, "2,763,314人", "4,386,215人", "63.00%").itertuples()
    assert check.verdict == "consistent"
    assert "438.62万人 is told more precisely elsewhere as 4,386,215人" in check.assumptions
    assert by_figures(found, "2,763,314人", "438.62万人", "63.00%").empty


def test_precise_mentions_that_disagree_replace_nothing():
    """Two precise mentions of different values inside the rounded one's interval: which is meant is not said."""
    text = URBAN.format(total="4,386,215人") + "\n三、其他\n全市户籍总人口4,386,188人（公安口径）。"
    found = checks_in(text)
    assert not found.assumptions.str.contains("told more precisely").any()


def test_a_term_in_the_stated_figures_paragraph_is_kept():
    """A term in the stated figure's own paragraph is what its words refer to, however rounded."""
    text = ("全市户籍总人口4,386,215人。\n"
            "全市户籍总人口438.62万人，其中城镇户籍人口276.33万人，户籍人口城镇化率为63.00%。")
    found = checks_in(text)
    assert not found.assumptions.str.contains("told more precisely").any()


# -- a bare 占 whose total is stated sections before ---------------------------------------------------------------

PROCUREMENT = """2024年，全市政府采购规模186.42亿元，比上年增加13.37亿元。
一、按采购类型分
货物类采购48.73亿元，工程类采购71.26亿元，服务类采购66.43亿元。
二、按组织形式分
政府集中采购机构代理采购62.18亿元，增长5.9%，占33.4%；部门集中采购9.45亿元，下降2.7%，占{share}。"""


@pytest.mark.parametrize("share, found_it", [("5.1%", True), ("7.1%", False)])
def test_a_bare_share_is_of_the_total_so_named_before(share, found_it):
    """部门集中采购 a，占 s%: no whole named, none in its paragraph; the report's total of what the part measures (采购)
    stated sections before is the largest so named — a reading, so the check is kept where the figures fit and the
    slip is never accused (the share names no whole)."""
    found = checks_in(PROCUREMENT.format(share=share))
    checks = by_figures(found, "9.45亿元", "186.42亿元", share)
    assert checks.verdict.tolist() == (["consistent"] if found_it else [])
    no_alarm(found)


def test_a_sentence_opening_with_its_whole_names_the_bare_shares_total():
    """年末全市户籍人口中，男性 a，占 s%: the sentence opens with the whole; its figure is stated sections before."""
    text = ("2024年末，全市户籍人口4,386,215人，比上年末减少12,322人。\n二、性别\n"
            "年末全市户籍人口中，男性2,228,416人，占50.8%；女性2,157,799人，占49.2%。")
    found = checks_in(text)
    assert by_figures(found, "2,228,416人", "4,386,215人", "50.8%").verdict.tolist() == ["consistent"]
    assert by_figures(found, "2,157,799人", "4,386,215人", "49.2%").verdict.tolist() == ["consistent"]


def test_one_reading_gives_one_check():
    """A share read by its words and fitted by arithmetic over the same figures is one check, not two."""
    found = checks_in(URBAN.format(total="4,386,215人") + "\n三、年龄\n0—14岁人口578,214人，占13.18%。")
    assert len(by_figures(found, "578,214人", "4,386,215人", "13.18%")) == 1


# -- false alarms read on rounds 105, 107 and 108 after their one measurement -------------------------------------

def test_averages_of_kinds_are_no_parts_of_the_average():
    """件均收入 of 同城 and 异地 after the whole's 件均收入: averages of groups, not amounts that add up."""
    found = checks_in("前三季度全省快递件均收入7.48元，比上年同期下降0.43元。其中，同城、异地件均收入分别为4.26元和5.69元。")
    assert by_figures(found, "7.48元", "4.26元", "5.69元").empty
    no_alarm(found)


def test_an_aside_in_brackets_is_no_part_of_the_sentences_whole():
    """大型水库中，A 4.12，占其兴利库容（5.38）的 s%；B 3.06，C 2.17: the capacity in brackets is what A's share is
    of, no fourth reservoir."""
    found = checks_in("其中，大型水库年末蓄水9.35亿立方米。\n大型水库中，云岭水库年末蓄水4.12亿立方米，占其兴利库容"
                      "（5.38亿立方米）的76.6%；白沙湖水库3.06亿立方米，龙门口水库2.17亿立方米。")
    assert not any("5.38亿立方米" in f and "3.06亿立方米" in f for f in found.figures)
    no_alarm(found)


@pytest.mark.parametrize("average", ["970元", "1,970元"])
def test_an_average_said_of_one_place_is_not_judged_over_anothers_figures(average):
    """港城区游客人均花费 after the three central districts' visitors and revenue: another place's figures, so
    whatever they give is shown, not held against the text."""
    text = ("从区县看，港城区、雁湖区、西岭区主城三区合计接待游客315.47万人次，占全市的54.14%，实现旅游收入28.43亿元，"
            f"占全市的58.90%。港城区游客人均花费{average}，居各区县首位。")
    no_alarm(checks_in(text))


# -- false alarms read on rounds 102–109 after their one measurement (second pass) --------------------------------

@pytest.mark.parametrize("rate, verdict", [("11.6%", "consistent"), ("15.6%", "inconsistent")])
def test_a_level_with_two_bases_is_compared_with_each(rate, verdict):
    """猪肉 p，比上月下旬的 A1 下降 r1，比上年同期的 A2 下降 r2: both rates are p's, never A1's on A2 (上月下旬, 上周 are
    bases too)."""
    found = checks_in(f"10月下旬，猪肉平均零售价格为每500克12.40元，比上月下旬的12.90元下降3.9%，比上年同期的14.02元下降{rate}。")
    assert by_figures(found, "14.02元", "12.40元", rate).verdict.tolist() == [verdict]
    assert by_figures(found, "14.02元", "12.90元", rate).empty


def test_a_gap_in_price_is_no_level_a_base_compares():
    """黄瓜 p，每500克贵 d，比上年同期的 A 下降 r: d (贵) is a gap, no level the base compares (the rate is p's on A,
    which the finder does not yet read past the gap: not accused, not found)."""
    found = checks_in("黄瓜每500克3.12元，比上月下旬的2.74元上涨13.9%，每500克贵0.38元，比上年同期的3.30元下降5.5%。")
    assert by_figures(found, "3.30元", "0.38元", "5.5%").empty
    no_alarm(found)


def test_qizhong_takes_the_total_of_its_own_clause():
    """三季度合计 c；上半年…业务量 T，其中一季度 a、二季度 b: the ；closes c's clause; the parts are T's."""
    found = checks_in("7月、8月、9月全省快递业务量分别为7.72亿件、7.80亿件和8.12亿件，三季度合计23.64亿件；上半年全省快递业务量"
                      "44.83亿件，同比增长19.1%，其中一季度20.36亿件、二季度24.47亿件。")
    assert by_figures(found, "23.64亿件", "20.36亿件", "24.47亿件").empty
    no_alarm(found)


def test_a_list_of_places_after_a_semicolon_is_no_part():
    """江城区 T，其中…占该区的 s%；岷山县、清河县、白石县三县…合计 c: another place's figure, not a part of T."""
    found = checks_in("从区域看，江城区参保人数128.53万人，占全市参保人数的29.3%，其中职工医保参保人数占该区参保人数的56.3%；"
                      "岷山县、清河县、白石县三县居民医保参保人数合计171.96万人。")
    assert by_figures(found, "128.53万人", "171.96万人").empty
    no_alarm(found)


def test_imports_and_exports_is_no_kind_of_exports():
    """民营企业进出口 T，…；其中出口 a，占全市出口总值的 s%: 进出口 holds 出口 glued to 进口, it is not the whole named."""
    found = checks_in("前5个月，我市民营企业进出口1,912.6亿元，增长10.4%，占全市外贸总值的58.2%；其中出口1,384.7亿元，"
                      "占全市出口总值的65.8%。")
    assert by_figures(found, "1,384.7亿元", "1,912.6亿元", "65.8%").empty
    no_alarm(found)


def test_a_total_told_as_a_share_is_no_whole_of_a_later_breakdown():
    """超过1亿元的企业合计 T，占全市的 s%。从贸易方式看，…: T is itself a part of the city's trade; a breakdown of the
    city's is not held against it."""
    found = checks_in("进出口额超过1亿元的企业642家，合计进出口2,468.3亿元，占全市的75.1%。\n从贸易方式看，一般贸易进出口"
                      "2,158.3亿元，增长8.1%；加工贸易进出口621.4亿元，下降2.3%；以保税物流方式进出口412.5亿元，增长11.5%。")
    no_alarm(found)


def test_a_grade_of_the_opened_whole_is_not_that_whole():
    """医院诊疗人次中，…三级医院诊疗 g，…。医院诊疗人次中，急诊 a，占 s%: g is one grade of hospital's, not all
    hospitals' visits."""
    found = checks_in("医院诊疗人次中，公立医院1,768.52万人次，民营医院405.84万人次。三级医院诊疗1,126.48万人次，占医院诊疗"
                      "人次的51.8%。医院诊疗人次中，急诊186.32万人次，占8.6%。")
    assert by_figures(found, "186.32万人次", "1,126.48万人次", "8.6%").empty
    no_alarm(found)


def test_a_figure_told_as_a_share_is_no_whole_of_a_complete_set():
    """一日游游客 T，占 s%。市外游客 a，…；市内游客 b: T is one kind of visitor; a + b are all visitors."""
    found = checks_in("从游客构成看，过夜游客231.47万人次，占39.73%；一日游游客351.17万人次，占60.27%。市外游客346.18万人次，"
                      "占59.42%；市内游客236.46万人次。")
    assert by_figures(found, "346.18万人次", "236.46万人次", "351.17万人次").empty
    no_alarm(found)


def test_the_citys_share_is_not_over_another_groups_figure():
    """主城三区…实现旅游收入 b，占全市的 s%；四个县（市）…旅游收入 c，占全市的 t%: b is the three districts', no city's."""
    found = checks_in("从县（市、区）看，港城区、雁湖区、西岭区主城三区合计接待游客315.47万人次，占全市的54.14%，实现旅游收入"
                      "28.43亿元，占全市的58.90%。四个县（市）合计接待游客267.17万人次，占全市的45.86%；实现旅游收入19.84亿元，"
                      "占全市的41.10%。")
    assert by_figures(found, "19.84亿元", "28.43亿元", "41.10%").empty
    no_alarm(found)


def test_a_groups_spending_per_head_is_over_that_groups_count():
    """过夜游客 n，…；一日游游客 m。过夜游客花费 T，人均花费 a: over n, the group T names, not the nearest m."""
    found = checks_in("过夜游客231.47万人次，占39.73%；一日游游客351.17万人次，占60.27%。过夜游客花费36.71亿元，人均花费1,586元。")
    assert by_figures(found, "36.71亿元", "231.47万人次", "1,586元").verdict.tolist() == ["consistent"]
    no_alarm(found)


@pytest.mark.parametrize("rate, verdict", [("37.1%", "consistent"), ("59.0%", "consistent"), ("45.0%", None)])
def test_a_saving_rate_is_over_the_spending_or_the_cost_before_it(rate, verdict):
    """采购金额 A，按中选前价格计算节约 C，节约率 s%: C over A, or over A + C (the cost before the saving) — whichever
    the figures fit; neither: shown, not judged."""
    found = checks_in(f"全年集采中选产品采购金额12.48亿元，按中选前价格计算节约7.36亿元，节约率为{rate}。")
    checks = by_figures(found, "12.48亿元", "7.36亿元", rate)
    assert checks.verdict.tolist() == ([verdict] if verdict else [])
    no_alarm(found)


def test_an_average_over_the_count_its_words_name_is_not_over_the_population():
    """按参保人数计算，人均个人缴费 a: per head of the insured, never of the city's population."""
    found = checks_in("年末全市常住人口453.12万人。\n城乡居民医保基金收入30.86亿元，其中个人缴费收入11.27亿元。按参保人数计算，"
                      "居民医保人均个人缴费400元。")
    assert by_figures(found, "11.27亿元", "453.12万人", "400元").empty


def test_counts_meeting_a_standard_at_day_and_night_overlap():
    """共监测 T点次，其中昼间达标 a、夜间达标 b: a point counted in both; their sum is no part of T."""
    found = checks_in("全市功能区声环境监测点位全年共监测64点次，其中昼间达标62点次、夜间达标56点次。")
    no_alarm(found)


def test_a_months_daily_average_is_not_over_the_days_of_three_quarters():
    """前三季度（按273天计）…；9月份日均业务量 a: the month's, not the three quarters' days."""
    found = checks_in("前三季度（按273天计），全省快递业务量累计完成68.47亿件。上半年全省快递业务量44.83亿件。9月份日均业务量"
                      "2,707万件。")
    no_alarm(found)


# -- tables: a level beside its earlier years, rows with 其中 rows under them ---------------------------------------

KEY_FIGURES = """截至2024年末，本行资产总额3,862.47亿元，较上年末增长{growth}。全年实现营业收入86.43亿元，同比增长6.32%。

指标 | 单位 | 2024年 | 2023年 | 2022年
资产总额 | 亿元 | 3,862.47 | 3,516.82 | 3,204.15
营业收入 | 亿元 | 86.43 | 81.29 | 77.56
员工总数 | 人 | 5,862 | 5,647 | 5,418
　其中：女性员工 | 人 | 3,183 | 3,038 | 2,876
女性员工占比 | % | 54.3 | {female} | 53.1
营业网点 | 个 | 185 | 181 | 186
　其中：城区 | 个 | 98 | 97 | 96
　　　　县域 | 个 | 87 | {county} | 80"""


@pytest.mark.parametrize("growth, verdict", [("9.83%", "consistent"), ("12.83%", "inconsistent")])
def test_a_level_the_text_tells_over_a_table_of_years_with_a_unit_column(growth, verdict):
    """资产总额 3,862.47亿元，较上年末增长 r%: the table's row (单位 亿元) prints 2023年 beside 2024年; a year's end is
    the next year's start, so 较上年末 is on the 2023年 cell (of the two earlier years, the one before)."""
    found = checks_in(KEY_FIGURES.format(growth=growth, female="53.8", county="84"))
    assert by_figures(found, "3,516.82", "3,862.47亿元", growth).verdict.tolist() == [verdict]
    assert by_figures(found, "3,204.15", "3,862.47亿元", growth).empty
    assert by_figures(found, "81.29", "86.43亿元", "6.32%").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("female, county, verdict", [("53.8", "84", "consistent"), ("58.8", "94", "inconsistent")])
def test_rows_under_a_row_are_its_parts_and_a_share_row_is_theirs(female, county, verdict):
    """营业网点 with 其中 城区 and 县域 under it: in each year's column each does not exceed it, and together they are
    shown where they fit (其中 rows may overlap — 涉农, 小微, 绿色 loans — so their sum is never held against it);
    女性员工占比 is the row 女性员工 over 员工总数, the row it stands under."""
    found = checks_in(KEY_FIGURES.format(growth="9.83%", female=female, county=county))
    assert by_figures(found, "181", county).verdict.tolist() == ["consistent"]
    assert by_figures(found, "181", "97", county).verdict.tolist() == (["consistent"] if verdict == "consistent" else [])
    assert by_figures(found, "185", "98", "87").verdict.tolist() == ["consistent"]
    assert by_figures(found, "3,038", "5,647", female).verdict.tolist() == [verdict]


def test_rows_under_a_net_or_overlapping_row_are_not_summed_against_it():
    """财务费用 = 利息费用 − 利息收入 + …: a net row's items are no parts; 涉农、小微、绿色 loans overlap."""
    found = checks_in("项目 | 单位 | 2024年 | 2023年\n财务费用 | 万元 | 1,236.58 | 1,120.40\n　其中：利息费用 | 万元 | 1,180.40 | "
                      "1,090.12\n　　　　利息收入 | 万元 | 95.13 | 80.66\n各项贷款余额 | 亿元 | 2,150.30 | 1,962.07\n"
                      "　其中：涉农贷款 | 亿元 | 986.40 | 901.33\n　　　　小微企业贷款 | 亿元 | 712.50 | 650.20\n"
                      "　　　　绿色贷款 | 亿元 | 530.20 | 468.45")
    no_alarm(found)


def test_rows_of_growth_rates_under_a_row_are_no_parts():
    """A table titled …增速（%） with no unit said: 高技术制造业 14.2 under 规模以上工业增加值 7.9 is a faster rate, no
    part of it."""
    found = checks_in("附表1：规模以上工业增加值增速（%）\n\n指标 | 8月 | 1—8月\n规模以上工业增加值 | 7.9 | 6.8\n"
                      "　制造业 | 8.9 | 7.6\n　高技术制造业 | 14.2 | 13.5")
    no_alarm(found)


TOLLS = """全年公司通行费收入合计338,022.00万元，比上年增加9,522.52万元。分路段看，岚沙高速是公司核心路产，通行费收入占公司
通行费收入总额的{share}；峪江高速通行费收入占28.5%。

路段 | 里程（公里） | 通行费收入（万元）
岚沙高速 | 186.4 | 168,742.36
峪江高速 | 124.7 | 96,415.28
临汀高速 | 97.3 | 72,864.36
合计 | 408.4 | 338,022.00"""


@pytest.mark.parametrize("share, verdict", [("49.9%", "consistent"), ("54.9%", "inconsistent")])
def test_a_share_the_text_tells_of_a_row_the_table_prints(share, verdict):
    """岚沙高速…通行费收入占公司通行费收入总额的 s%: the part is the table's row 岚沙高速 in the column its words name, the
    whole its 合计 — told in the text too (338,022.00万元), where a reader reads it."""
    found = checks_in(TOLLS.replace("\n通行费收入总额", "通行费收入总额").format(share=share))
    assert by_figures(found, "168,742.36", "338,022.00万元", share).verdict.tolist() == [verdict]
    assert by_figures(found, "96,415.28", "338,022.00万元", "28.5%").verdict.tolist() == ["consistent"]


# -- false alarms read on rounds 111–117 after their one measurement ----------------------------------------------

def test_a_count_the_text_tells_is_not_over_a_column_of_another_measure():
    """全省开设收购库点 2,138个，比上年增加 215个, beside a table whose 上年同期（万吨） column is the earlier of 收购量,
    not of 收购库点（个）."""
    found = checks_in("全省开设收购库点2,138个，比上年增加215个。\n\n市　收购量（万吨）　上年同期（万吨）　收购库点（个）\n"
                      "全省　1,026.4　907.7　2,138\n禾阳　186.2　160.2　352")
    no_alarm(found)
    assert not any("907.7" in f and "2,138个" in f for f in found.figures)


def test_a_share_whose_subject_no_part_names_is_not_the_last_parts():
    """抽检 T份，其中一等品 a份，一等品率 r，中等以上小麦占 s%: 中等以上 is none of the parts; its count is not stated."""
    found = checks_in("全省抽检新收获小麦样品1,268份，其中一等品921份，一等品率为72.6%，中等以上小麦占98.5%。")
    assert by_figures(found, "921份", "1,268份", "98.5%").empty
    no_alarm(found)


def test_what_another_group_adds_is_no_part():
    """专兼职教师 T，其中专职 a，兼职 b；另有志愿者教师 c: c is besides T (but ``；另有 d人享受…`` is a part)."""
    found = checks_in("全市老年教育专兼职教师4,826人，比上年增加412人，其中专职教师612人，兼职教师4,214人；另有志愿者教师"
                      "2,138人。")
    no_alarm(found)
    kept = checks_in("随迁子女在义务教育阶段就读48.36万人，其中在公办学校就读42.17万人；另有4.11万人享受政府购买学位服务。")
    assert by_figures(kept, "48.36万人", "42.17万人", "4.11万人").verdict.tolist() == ["consistent"]


def test_what_was_added_is_no_part_of_a_stock_an_opener_breaks_down():
    """主城区中，汾口区 a，…高新区 b，新增供热面积 d: d is this year's addition, no district's area."""
    found = checks_in("主城区集中供热面积18,426.7万平方米。主城区中，汾口区5,326.4万平方米；鹊岭区4,812.6万平方米；槿湾区"
                      "3,964.1万平方米；高新区4,323.6万平方米，新增供热面积378.7万平方米。")
    no_alarm(found)


def test_a_set_an_opener_names_the_whole_of_sums_to_that_whole():
    """本地选手 L。外地选手中，省内 a，省外 b: a + b is 外地选手 W the opener names, not the 本地 figure before."""
    found = checks_in("本届赛事外地选手19,874人，占参赛选手的63.6%；本地选手11,394人。外地选手中，省内其他市州选手7,336人，"
                      "省外（含境外）选手12,538人。")
    assert by_figures(found, "7,336人", "12,538人", "11,394人").empty
    assert by_figures(found, "7,336人", "12,538人", "19,874人").verdict.tolist() == ["consistent"]


def test_a_total_of_named_items_that_took_a_part_is_not_judged():
    """全市财政共投入 F。其中，市级 a；县级财政 f。…社会资金 S，财政和社会投入合计 T: f is a part 其中 names, so the
    sum f + S is shown, not held against T."""
    found = checks_in("全市财政共投入老年教育经费8,642万元。其中，市级财政3,286万元，是2020年的2.8倍；县级财政5,856万元。"
                      "此外，吸引社会资金投入1,258万元，财政和社会投入合计9,900万元。")
    no_alarm(found)


# -- a review of the change: its probes, pinned -----------------------------------------------------------------

def test_a_rows_share_of_another_whole_is_not_over_the_tables_total():
    """岚沙高速…通行费收入占公司营业收入的 s% / 占全省…通行费收入总额的: wholes the table's 合计 is not."""
    for whole in ("公司营业收入的40.9%", "全省高速公路通行费收入总额的45.3%"):
        found = checks_in(TOLLS.replace("\n通行费收入总额", "通行费收入总额").replace("公司通行费收入总额的{share}", whole)
                          .format())
        no_alarm(found)


def test_a_gap_on_last_year_is_not_read_on_last_months_base():
    """p，比上月末的 A 下降 r%，比上年同期低 D: D is on last year's price, not on A."""
    no_alarm(checks_in("10月末，鸡蛋平均零售价格为每500克4.86元，比上月末的5.02元下降3.2%，比上年同期低0.42元。"))
    no_alarm(checks_in("本周，全市猪肉平均零售价格为每500克12.40元，比上周的12.58元下降1.4%，比去年同期低1.62元。"))


def test_a_bare_high_is_a_size_not_a_change():
    """宽32米，高68米: 高 alone is a dimension; only 比…高 is a change."""
    found = checks_in("新建的体育馆宽32米，高68米，建筑面积4.2万平方米。")
    assert not found.description.str.contains("implied by a change").any()


def test_spending_per_visitor_over_all_visitors_not_a_part_of_them():
    """接待游客 N，其中外地游客 n；游客花费 T，人均花费 a: 游客 is every visitor — over N, not the 其中 part n."""
    found = checks_in("全年接待游客1,256.3万人次，其中外地游客823.5万人次；游客花费142.6亿元，人均花费1,135元。")
    assert by_figures(found, "142.6亿元", "823.5万人次", "1,135元").empty
    no_alarm(found)


def test_a_per_head_figure_at_comparable_prices_is_still_over_the_population():
    """按可比价格计算 says how growth is measured, not what a figure per head is over."""
    found = checks_in("年末常住人口45.31万人。\n全年地区生产总值543.21亿元，按可比价格计算，比上年增长5.6%，人均地区生产总值"
                      "119,886元。")
    assert by_figures(found, "543.21亿元", "45.31万人", "119,886元").verdict.tolist() == ["consistent"]


def test_places_listed_in_a_list_of_places_go_on():
    """其中江城区 a；港城区 b；岷山县、清河县分别为 c、d: the 其中 list of places goes on past ；."""
    found = checks_in("全市新增就业6.12万人，其中江城区1.86万人；港城区1.32万人；岷山县、清河县分别为1.41万人、1.03万人。")
    assert any("1.41万人" in f and "1.03万人" in f and "6.12万人" in f for f in found.figures)
    no_alarm(found)
