"""The false alarms rounds AL–AS (38–45) raised at first contact, each fixed and pinned here on sentences of our own
(the rounds' texts are kept as measured; these are the same forms, written anew)."""

from __future__ import annotations

from .test_relations_kinds import checks_in, no_alarm, verdicts_of


def test_added_to_the_whole_before_its_qizhong_part():
    """``收入 A。其中，… a，占 s%。加上 B、C，收入总计 T``: the items are added to A, not to the part a after 其中."""
    table = checks_in("全市社会保险基金收入52,300万元，比上年增长6.0%。其中，机关事业单位养老保险收入31,200万元，占59.7%。"
                      "加上上级补助收入4,150万元、上年结余2,600万元，收入总计59,050万元。")
    no_alarm(table)
    assert verdicts_of(table, "2,600万元 4,150万元 52,300万元 59,050万元") == ["consistent"]
    wrong = checks_in("全市社会保险基金收入52,300万元。其中，机关事业单位养老保险收入31,200万元。"
                      "加上上级补助收入4,150万元、上年结余2,600万元，收入总计64,050万元。")
    assert verdicts_of(wrong, "2,600万元 4,150万元 52,300万元 64,050万元") == ["inconsistent"]


def test_added_to_the_outcome_not_the_budget_it_is_compared_with():
    """``支出 A，为年初预算 P 的 r%。加上 B、C，支出总计 T``: A is the first term, never the budget P."""
    table = checks_in("全市社会保险基金支出48,720万元，为年初预算51,000万元的95.5%。加上上解支出1,880万元、"
                      "年终结余9,450万元，支出总计60,050万元。")
    no_alarm(table)
    assert verdicts_of(table, "1,880万元 48,720万元 60,050万元 9,450万元") == ["consistent"]


def test_an_average_of_what_is_paid_out_divides_the_outlay_not_the_income():
    """``基金收入 R，支出 S，领取待遇人数 N，人均领取养老金 a``: a payout per head is S over N, never R over N."""
    right = checks_in("城乡居民养老保险基金收入25,320万元，支出15,480万元，领取待遇人数8.60万人，年人均领取养老金1,800元。")
    no_alarm(right)
    assert verdicts_of(right, "1,800元 15,480万元 8.60万人") == ["consistent"]
    wrong = checks_in("城乡居民养老保险基金收入25,320万元，支出15,480万元，领取待遇人数8.60万人，年人均领取养老金2,100元。")
    assert verdicts_of(wrong, "15,480万元 2,100元 8.60万人") == ["inconsistent"]


def test_an_average_per_head_of_a_named_group_is_never_over_the_population():
    """``居民医保参保人员人均基金支出 a``: per head of those insured, not of the city's 常住人口 stated before."""
    no_alarm(checks_in("全市基本医疗保险参保人数达285.20万人，按全市常住人口301.40万人计算，参保率为94.6%。职工医保基金支出"
                       "31.85亿元，居民医保基金支出16.52亿元。从人均水平看，职工医保参保人员人均基金支出3,987元，居民医保参保"
                       "人员人均基金支出806元。"))


def test_a_daily_average_is_never_over_a_reference_figure_in_brackets():
    """``旅游收入 T …，恢复至2019年同期（T0）的 r%。日均实现旅游收入 a``: T over the holiday's days, not T0."""
    table = checks_in("今年国庆中秋假期共8天。假期全省实现旅游收入412.60亿元，同比增长6.2%；按可比口径，旅游收入恢复至"
                      "2019年同期（386.20亿元）的106.8%。全省日均实现旅游收入51.6亿元。")
    no_alarm(table)
    assert verdicts_of(table, "412.60亿元 51.6亿元 8天") == ["consistent"]


def test_a_bare_share_naming_an_earlier_part_of_a_qizhong_list_is_not_the_last_parts():
    """``其中，一产 a，二产 b，三产 c，二产占比首次超过四成``: the share is b's, so it is not read as c's."""
    no_alarm(checks_in("全县茶产业综合产值52.4亿元。其中，一产产值18.6亿元，二产加工产值21.3亿元，三产产值12.5亿元，"
                       "二产占比首次超过四成。"))
    last = checks_in("全县茶产业综合产值52.4亿元。其中，一产产值18.6亿元，二产加工产值21.3亿元，三产产值12.5亿元，占比23.9%。")
    assert verdicts_of(last, "12.5亿元 23.9% 52.4亿元") == ["consistent"]


def test_a_multiple_named_by_its_measure_and_its_subject_apart_is_not_read():
    """``跨境电商进出口 T。其中，出口 a，进口 b，跨境电商出口额是进口额的 N倍``: 出口 a is named by the measure and T only
    by the subject; which is meant the start of the names cannot tell, so nothing is accused (T over b was)."""
    for place in ("全市", "青川"):
        no_alarm(checks_in(f"{place}跨境电商进出口214.60亿元，增长18.2%。其中，出口163.20亿元，进口51.40亿元，跨境电商出口额是"
                           "进口额的3.2倍。"))
    assert verdicts_of(checks_in("全年全市出口额400亿元，进口额200亿元，出口额是进口额的2.5倍。"),
                       "2.5倍 200亿元 400亿元") == ["inconsistent"]


def test_a_share_of_the_whole_years_figure_is_not_judged_over_a_half_years():
    """``下半年进出口 W。其中，第四季度进出口 a，占全年进出口总值的 s%``: when the name finds the half's W, the reading is
    doubtful and shown, not accused."""
    table = checks_in("海关统计，2025年全市外贸规模再创新高，达4,120.50亿元，同比增长8.1%。\n分时段看，上半年进出口1,920.30亿元，"
                      "下半年进出口2,200.20亿元。其中，第四季度进出口1,160.40亿元，占全年进出口总值的31.2%。")
    no_alarm(table)


# -- alarms the reviewers of this stop's readings found in older readings, on their own true texts -------------------

def test_groups_named_by_what_they_have_in_one_list_may_overlap():
    """``行政村 T，其中通硬化路的 a、通客车的 b``: groups by what they have overlap, so a + b above T is shown, not
    accused; kinds (公办的 a、民办的 b) still must not exceed their whole."""
    table = checks_in("全市共有行政村500个，其中通硬化路的480个、通客车的450个。")
    no_alarm(table)
    assert verdicts_of(table, "480个 500个") == ["consistent"] and verdicts_of(table, "450个 500个") == ["consistent"]
    no_alarm(checks_in("全县共有中小学86所，其中已配备心理咨询室的62所、开展课后服务的80所。"))
    assert "inconsistent" in checks_in("全市共有养老机构120家，其中公办的70家、民办的65家。").verdict.tolist()


def test_a_figure_past_a_semicolon_larger_than_the_qizhong_whole_is_no_part_of_it():
    """``医师 T，其中全科医生 a；注册护士 N`` with N above T: a new subject, not a second part of T."""
    table = checks_in("全市执业（助理）医师20,000人，其中全科医生3,000人；注册护士24,000人，医护比1:1.20。")
    no_alarm(table)
    assert "consistent" in verdicts_of(table, "20,000人 3,000人")
