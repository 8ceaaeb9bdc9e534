"""The four false alarms of rounds BF–BI at first contact (all stop 23's finder's too), each on a text of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


def test_a_count_of_places_before_中心_is_no_whole_of_the_count_after():
    """``在 8个街道便民服务中心设立专区 9个``: 中心 is no 中 (among); 9 is 1 + 8 places, not some of 8."""
    table = checks_in("在区政务服务中心和8个街道便民服务中心设立政务公开专区9个，全年接待群众1,862人次。")
    no_alarm(table)
    assert by_figures(table, "8个", "9个").empty
    assert by_figures(checks_in("全区8个街道中，有6个完成改造。"), "8个", "6个").verdict.tolist() == ["consistent"]


def test_a_difference_of_two_amounts_that_misses_by_far_is_shown_not_judged():
    """比全省平均水平（W）低 d after a saving s: d = W − s misses by tenfold — the subject is the level before the
    saving; a far miss is a misreading, not an error in the text."""
    table = checks_in("门诊次均费用298.4元，每位患者平均少花21.6元，比全省同级医院平均水平（352.0元）低53.6元。")
    no_alarm(table)


def test_the_daily_average_of_a_part_after_其中_is_not_the_totals():
    """蔬菜交易量 T（7天），日均 a。其中，本地蔬菜日均交易量 b: b is the part's daily average (T / 7 = a, not b)."""
    text = ("本周（7天）全市批发市场水果交易量4.90万吨，日均0.70万吨，环比增长2.1%。其中，本地水果日均交易量0.42万吨，"
            "外调水果日均交易量0.28万吨。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "4.90万吨", "7天", "0.70万吨").verdict.tolist() == ["consistent"]
    assert by_figures(table, "4.90万吨", "7天", "0.42万吨").empty


def test_a_rate_over_a_sibling_count_of_the_same_act_is_shown_not_judged():
    """本科上线 W；特控线上线 a，特控线上线率 r: W counts 上线 for another line — a sibling, and r may be over those who
    sat the exam; over a whole that 其中 opens (清扫保洁面积 W，其中机械化清扫面积 a，机械化清扫率 r) it is judged."""
    table = checks_in("县二中今年本科上线842人，占全县本科上线人数的31.2%；特控线上线318人，占全县特控线上线人数的35.0%，"
                      "特控线上线率达29.5%。")
    no_alarm(table)
    judged = checks_in("年末道路清扫保洁面积1,240.0万平方米，其中机械化清扫面积1,002.5万平方米，机械化清扫率90.8%。")
    assert by_figures(judged, "1,002.5万平方米", "1,240.0万平方米", "90.8%").verdict.tolist() == ["inconsistent"]
