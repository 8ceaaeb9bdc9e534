"""Session 26's readings, pinned on sentences of our own (not the rounds' texts), right and with a slip."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm

# -- a complete list further down whose parts land exactly on a round total ---------------------------------------

RACE = ("本届长跑节设全程、半程和迷你跑三个项目，参赛规模24,000人，其中全程8,000人、半程10,000人、迷你跑6,000人。\n\n"
        "赛事共招募志愿者1,800名。\n\n"
        "从性别和年龄看，男性选手15,372人，女性选手8,628人，女性占{women}；30岁以下选手6,144人，30—49岁选手12,816人，"
        "50岁及以上选手5,040人，占比分别为25.6%、{middle}和21.0%。")


@pytest.mark.parametrize("women, middle, verdict", [("36.0%", "53.4%", "consistent"), ("41.0%", "58.4%", "inconsistent")])
def test_parts_that_sum_exactly_to_a_round_total_further_up_are_its_parts_and_their_shares_are_of_it(women, middle, verdict):
    """15,372 + 8,628 = 24,000 and 6,144 + 12,816 + 5,040 = 24,000: a round total (possibly rounded, by its zeros) that
    parts given to four digits hit exactly is their whole, and the shares told right after them are of it."""
    found = checks_in(RACE.format(women=women, middle=middle))
    assert by_figures(found, "15,372人", "8,628人", "24,000人").verdict.tolist() == ["consistent"]
    assert by_figures(found, "6,144人", "12,816人", "5,040人", "24,000人").verdict.tolist() == ["consistent"]
    assert by_figures(found, "8,628人", "24,000人", women).verdict.tolist() == [verdict]
    assert by_figures(found, "12,816人", "24,000人", middle).verdict.tolist() == [verdict]
    assert by_figures(found, "6,144人", "24,000人", "25.6%").verdict.tolist() == ["consistent"]


def test_parts_that_miss_the_round_total_are_not_tied_to_it():
    """15,372 + 9,628 = 25,000 is no 24,000: no sum and no share over it (a miss, never an alarm)."""
    found = checks_in(RACE.format(women="36.0%", middle="53.4%").replace("8,628", "9,628"))
    assert by_figures(found, "15,372人", "9,628人", "24,000人").empty
    assert by_figures(found, "9,628人", "24,000人", "36.0%").empty
    no_alarm(found)


# -- a whole named in an 按…计算 frame ----------------------------------------------------------------------------

@pytest.mark.parametrize("share, verdict", [("20.3%", "consistent"), ("23.5%", "inconsistent")])
def test_a_population_in_a_per_head_frame_is_the_whole_its_name_gives(share, verdict):
    """按年末常住人口 512.6万人计算 states 常住人口: 占常住人口的 s% paragraphs later is of it."""
    text = ("全市公共图书馆总藏量1,863.2万册，按年末常住人口512.6万人计算，人均藏书3.63册。\n\n"
            "全年举办讲座1,246场。\n\n"
            f"数字文化平台注册用户104.1万人，占常住人口的{share}。")
    assert by_figures(checks_in(text), "104.1万人", "512.6万人", share).verdict.tolist() == [verdict]


# -- a level, its change and its rate that disagree, with the year-ago figure in a table ---------------------------

LEDGER = """一、主要数据

单位：万元

项目 | 本期（万元） | 上年同期（万元）
营业收入 | 186,420.55 | 160,318.27
净利润 | 52,116.30 | 44,905.12

二、情况说明

上半年，公司实现营业收入186,420.55万元，较上年同期增加{change}万元，同比增长{rate}。
"""


def test_a_change_that_misses_the_base_the_rate_fits_is_blamed_not_the_rate():
    """186,420.55 / 160,318.27 = +16.28% (the rate right), 186,420.55 − 160,318.27 = 26,102.28 (the change stated
    31,102.28: wrong): read over the table's 上年同期 cell (in 万元), the change is accused and the rate passes."""
    found = checks_in(LEDGER.format(change="31,102.28", rate="16.28%"))
    assert by_figures(found, "160,318.27", "186,420.55万元", "16.28%").verdict.tolist() == ["consistent"]
    assert by_figures(found, "160,318.27", "186,420.55万元", "31,102.28万元").verdict.tolist() == ["inconsistent"]
    assert by_figures(found, "186,420.55万元", "31,102.28万元", "16.28%").empty


def test_a_rate_that_misses_is_blamed_by_the_change_as_before():
    """The change right (26,102.28) and the rate wrong (19.28%): no figure fits 19.28% as the base, so the change over
    the level less the change blames the rate, as it did; and (session 27) the table's 160,318.27, the one figure the
    level less the change gives, is their base: over it the rate is wrong too, the change right."""
    found = checks_in(LEDGER.format(change="26,102.28", rate="19.28%"))
    assert by_figures(found, "186,420.55万元", "26,102.28万元", "19.28%").verdict.tolist() == ["inconsistent"]
    assert by_figures(found, "160,318.27", "186,420.55万元", "19.28%").verdict.tolist() == ["inconsistent"]
    assert by_figures(found, "160,318.27", "186,420.55万元", "26,102.28万元").verdict.tolist() == ["consistent"]


def test_a_change_and_rate_that_agree_keep_their_reading():
    found = checks_in(LEDGER.format(change="26,102.28", rate="16.28%"))
    assert by_figures(found, "186,420.55万元", "26,102.28万元", "16.28%").verdict.tolist() == ["consistent"]
    no_alarm(found)


# -- a table whose rows hold subtotals and the items under them -----------------------------------------------------

CASES = """病名 | 发病数 | 死亡数
合计 | {total} | 5
甲类传染病 | 1 | 0
乙类传染病 | 860 | 5
病毒性肝炎 | 412 | 2
肺结核 | 287 | 2
梅毒 | 161 | 1
丙类传染病 | 2,540 | 0
手足口病 | 1,322 | 0
流行性感冒 | 1,218 | 0
"""


@pytest.mark.parametrize("total, verdict", [("3,401", "consistent"), ("3,801", "inconsistent")])
def test_a_total_row_over_subtotals_is_the_sum_of_the_subtotals_and_each_subtotal_of_its_items(total, verdict):
    """合计 = 甲类 + 乙类 + 丙类 (1 + 860 + 2,540 = 3,401), 乙类 = 412 + 287 + 161, 丙类 = 1,322 + 1,218: summing every
    row (twice the total) would accuse a right table."""
    found = checks_in(CASES.format(total=total))
    assert by_figures(found, "1", "860", "2,540", total).verdict.tolist() == [verdict]
    assert by_figures(found, "412", "287", "161", "860").verdict.tolist() == ["consistent"]
    assert by_figures(found, "1,322", "1,218", "2,540").verdict.tolist() == ["consistent"]
    if verdict == "consistent":
        no_alarm(found)


# -- the part a share names, among parts of one 其中 list ------------------------------------------------------------

@pytest.mark.parametrize("text, part, whole, share", [
    ("全市应收热费58.40亿元，其中居民热费39.20亿元、非居民热费19.20亿元，居民热费占67.1%。", "39.20亿元", "58.40亿元", "67.1%"),
    ("受托管理规模1,120.50亿元，其中集合资产管理计划360.20亿元、单一资产管理计划540.10亿元、资产支持专项计划220.20亿元，"
     "集合计划规模占比32.15%。", "360.20亿元", "1,120.50亿元", "32.15%"),
])
def test_a_share_after_a_qizhong_list_is_of_the_part_its_words_name(text, part, whole, share):
    """居民热费占 names 居民热费 (not 非居民热费, the last); 集合计划 names the 集合 plan (not the last, 专项计划)."""
    found = checks_in(text)
    assert by_figures(found, part, whole, share).verdict.tolist() == ["consistent"]
    no_alarm(found)


# -- bases of a month before; a share's base is no growth rate; a plan over the whole before 其中 -------------------

def test_a_figure_of_the_month_before_is_a_base():
    """较上月的 186例 增加 88例，上升 47.31%: 186 is the base (274 now), not a level that changed by 88."""
    found = checks_in("新型冠状病毒感染报告274例，较上月的186例增加88例，上升47.31%。")
    no_alarm(found)
    assert by_figures(found, "186例", "274例", "47.31%").verdict.tolist() == ["consistent"]


def test_points_of_a_share_are_not_taken_from_a_growth_rate_before_it():
    """增长 6.08%，占收入预算的比重比上年的 81.17% 下降 0.16个百分点: the share now is stated elsewhere, 6.08% is a growth."""
    found = checks_in("一般公共预算拨款收入比上年预算增加17,903.26万元，增长6.08%，占收入预算的比重比上年的81.17%下降0.16个百分点。")
    assert by_figures(found, "81.17%", "6.08%", "0.16个百分点").empty


@pytest.mark.parametrize("stated, verdict", [("104.0%", "consistent"), ("98.0%", "inconsistent")])
def test_a_plan_completed_is_of_the_whole_before_qizhong(stated, verdict):
    """改造管网 312公里，其中一级 86公里、二级 226公里，完成年度计划（300公里）的 r%: 312 over 300, not 226."""
    found = checks_in(f"全市改造老旧供热管网312公里，其中一级管网86公里、二级管网226公里，完成年度计划（300公里）的{stated}。")
    assert by_figures(found, "312公里", "300公里", stated).verdict.tolist() == [verdict]
    assert by_figures(found, "226公里", "300公里", stated).empty
