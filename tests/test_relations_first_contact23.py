"""The false alarms raised at first contact by rounds 54–57 (BB–BE, measured once at the end of session 23; the finder
of session 22 raised five too), each fixed and pinned here on sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


def test_a_rate_per_thousand_never_counts_last_years_base():
    """比上年末的 A 增长 r%: A is last year's stock; 每千人拥有 r辆 counts this year's (stated a paragraph before)."""
    table = checks_in("截至年末，全市常住人口512.4万人，电动自行车保有量88.36万辆。\n"
                      "全市电动自行车保有量比上年末的71.20万辆增长24.1%。目前，全市每千人拥有电动自行车172.4辆。")
    no_alarm(table)
    assert by_figures(table, "71.20万辆", "512.4万人", "172.4辆").empty


def test_a_rate_of_a_part_of_a_whole_itself_counted_by_a_rate_is_not_judged_over_it():
    """去向落实 W，去向落实率 r (over 实际毕业)。其中，灵活就业 a，灵活就业率 s: s may be over 实际毕业 too — shown, not
    accused; the fit finds it over 实际毕业 (612 / 4,102 = 14.9%)."""
    table = checks_in("全校2025届本科毕业生4,210人，实际毕业4,102人。\n（二）毕业去向\n截至年底，本科毕业生去向落实3,862人，"
                      "去向落实率为94.15%。其中，灵活就业612人，灵活就业率为14.9%；升学905人。")
    no_alarm(table)
    assert by_figures(table, "612人", "3,862人", "14.9%").empty
    assert by_figures(table, "612人", "4,102人", "14.9%").verdict.tolist() == ["consistent"]


def test_a_target_is_never_the_total_of_an_average():
    """按全年 T 的目标任务计算: T is a plan; 人均 a is over the amount of the period stated before it."""
    table = checks_in("1—9月，全县实现社会消费品零售总额128.64亿元，同比增长6.1%。按全年社会消费品零售总额180亿元的目标任务计算，"
                      "已完成全年目标的71.5%。按全县常住人口52.3万人计算，1—9月全县人均社会消费品零售额2.46万元。")
    no_alarm(table)
    assert by_figures(table, "128.64亿元", "52.3万人", "2.46万元").verdict.tolist() == ["consistent"]
    assert not table.figures.str.contains("180亿元.*2.46万元|2.46万元.*180亿元").any()


def test_a_rate_named_by_its_last_word_is_not_read_over_a_whole_with_a_part_named_as_it():
    """企业共计 N家。其中，…零售业 n家。每万人拥有限额以上零售企业 r家: named by 企业 only, it may count 零售业 n."""
    table = checks_in("全市常住人口436.2万人。\n截至9月末，全市限额以上批发和零售业、住宿和餐饮业企业共计3,618家。其中，批发业1,204家，"
                      "零售业1,652家，住宿业203家，餐饮业559家。零售业企业占限额以上企业总数的45.7%，"
                      "全市每万人拥有限额以上零售企业4.79家。")
    no_alarm(table)
    assert by_figures(table, "3,618家", "436.2万人", "4.79家").empty


def test_limits_are_no_total_and_parts():
    """最高额度 80万元，其中，单缴存职工最高额度 60万元: bounds, never parts of a total."""
    table = checks_in("个人住房公积金贷款最高额度70万元，其中，单方缴存职工最高额度50万元，双方缴存职工最高额度70万元。")
    no_alarm(table)
    assert table.empty or not table.figures.str.contains("50万元").any()
