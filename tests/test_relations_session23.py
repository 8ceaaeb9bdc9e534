"""Session 23's readings, pinned on sentences of our own (not the rounds' texts)."""

from .test_relations_kinds import by_figures, checks_in, no_alarm

HOSPITAL = ("1.服务总量持续增长。全年完成门急诊241.36万人次，比上年增长6.8%。全年出院98614人次，比上年增长6.9%。\n"
            "2.患者就医体验持续改善。全面推行分时段预约。全年受理患者投诉126件，{rate}，投诉按时办结率100%。")


def test_a_coarse_rate_fits_over_the_one_whole_its_words_name():
    """每万人次门急诊投诉 0.52件 (±1% in its rounding): fitted over 门急诊 stated a paragraph before, its words naming it."""
    table = checks_in(HOSPITAL.format(rate="每万人次门急诊投诉0.52件"))
    no_alarm(table)
    assert by_figures(table, "0.52件", "126件", "241.36万人次").verdict.tolist() == ["consistent"]


def test_a_coarse_rate_that_does_not_fit_is_not_accused_by_arithmetic():
    """A fit is never an accusation: 0.62件 (126 / 241.36万 × 10,000 = 0.52) gives no check at all."""
    table = checks_in(HOSPITAL.format(rate="每万人次门急诊投诉0.62件"))
    no_alarm(table)
    assert by_figures(table, "0.62件", "126件", "241.36万人次").empty


def test_a_coarse_rate_whose_words_name_no_whole_is_not_fitted():
    """投诉率 0.52件 names nothing to divide by: a coarse figure fits too many pairs by chance, so none is tried."""
    table = checks_in(HOSPITAL.format(rate="投诉率0.52件"))
    assert by_figures(table, "0.52件", "126件", "241.36万人次").empty


WATER = ("年末全市供水综合生产能力96.5万立方米/日，上年为92.5万立方米/日，增加4.0万立方米/日。其中，公共供水厂供水能力88.0万立方米/日，"
         "自建设施供水能力{own}万立方米/日。全年供水总量24,316.8万立方米，其中生活用水9,816.2万立方米。")


def test_a_capacity_per_day_adds_up_as_an_amount_in_its_unit_per_day():
    """96.5万立方米/日 is an amount per day: its parts after 其中 add up to it (before: a rate, never a total)."""
    table = checks_in(WATER.format(own="8.5"))
    no_alarm(table)
    assert "consistent" in by_figures(table, "96.5万立方米", "88.0万立方米", "8.5万立方米").verdict.tolist()
    assert by_figures(table, "96.5万立方米", "88.0万立方米", "18.5万立方米").empty


def test_parts_per_day_that_exceed_their_total_are_accused():
    table = checks_in(WATER.format(own="18.5"))
    assert by_figures(table, "96.5万立方米", "88.0万立方米", "18.5万立方米").verdict.tolist() == ["inconsistent"]


def test_a_capacity_per_day_is_no_part_of_a_volume_of_the_year():
    """24,316.8万立方米 (the year's) and 96.5万立方米/日 are of different units: never one sum, part or share."""
    table = checks_in(WATER.format(own="8.5"))
    assert not table.figures.str.contains("24,316.8万立方米").loc[table.figures.str.contains("96.5万立方米")].any()


def test_a_ratio_shaped_like_a_clock_time_is_read_as_a_ratio_after_ratio_words():
    """储备结构为20:50:30 (a split) and 师生比为1:18, but 会议于9:30召开 stays a time of day."""
    table = checks_in("全市地方粮食储备中，原粮、成品粮和食用油的储备结构为20:50:30。会议于9:30召开。")
    assert by_figures(table, "20", "50", "30").verdict.tolist() == ["consistent"]
    assert not table.figures.str.contains("9:30|^9 | 30$").any()
    wrong = checks_in("全市地方粮食储备中，原粮、成品粮和食用油的储备结构为20:50:40。")
    assert by_figures(wrong, "20", "50", "40").verdict.tolist() == ["inconsistent"]


LISTED = ("2024年全省上市公司合计实现营业收入31,708.3亿元，同比增长4.6%。\n"
          "2024年，沪深主板公司实现营业收入27,583.7亿元，创业板公司3,268.9亿元，科创板公司734.2亿元，北交所公司{last}亿元。")


def test_a_list_no_words_open_fits_a_total_given_closely_further_up():
    """Four precise parts in one sentence adding up to a total of five digits stated a paragraph before: a fit."""
    table = checks_in(LISTED.format(last="121.5"))
    no_alarm(table)
    assert by_figures(table, "31,708.3亿元", "27,583.7亿元", "3,268.9亿元", "734.2亿元", "121.5亿元").verdict.tolist() \
        == ["consistent"]


def test_parts_of_three_digits_with_no_words_opening_them_are_not_fitted():
    """预算 9.84亿元，支出 7.12亿元 add up to 16.96 — another department's 16.97亿元 by chance: coarse parts no words
    open are never fitted to a total."""
    table = checks_in("市交通运输局预算21.35亿元，当年支出16.97亿元，执行率79.5%；市农业农村局预算9.84亿元，完成支出7.12亿元，"
                      "预算完成率72.4%。")
    assert by_figures(table, "16.97亿元", "9.84亿元", "7.12亿元").empty


def test_a_share_fits_over_a_whole_in_another_unit_of_area():
    """建成区绿地面积 6,424.8公顷 over 建成区面积 168.35平方公里 (= 16,835公顷) is 38.16%: 提高到 38.2% fits."""
    table = checks_in("2024年末，全市建成区面积168.35平方公里，比上年增加4.72平方公里。\n"
                      "建成区绿地面积6,424.8公顷，建成区绿地率由上年的37.6%提高到38.2%。")
    no_alarm(table)
    found = by_figures(table, "6,424.8公顷", "168.35平方公里", "38.2%")
    assert found.verdict.tolist() == ["consistent"]
    assert "× 100" in found.description.iloc[0]


def test_a_rate_per_million_fits_with_its_scale_written_as_a_figure():
    """每百万旅客投诉率 7.6件: the parser reads 百万 as a figure of its own, so the scale is read in the text — per
    million (not per hundred, which 每百 alone would say)."""
    table = checks_in("全年完成旅客吞吐量1,236.48万人次，同比增长12.6%。\n服务质量方面，全年受理旅客有效投诉94件，每百万旅客投诉率7.6件。")
    found = by_figures(table, "1,236.48万人次", "94件", "7.6件")
    assert found.verdict.tolist() == ["consistent"] and "per million" in found.description.iloc[0]


def test_a_rate_per_million_is_not_fitted_over_a_part_of_its_whole():
    """1,412 / 15.26亿 × 10⁶ = 0.93 by chance: 电商件 is a part of the 19.87亿票 stated before it (over which the
    rate is 0.71), and a rate per million named by a pair of characters is fitted only over a whole nothing exceeds."""
    table = checks_in("10月公司完成快递服务业务量19.87亿票，同比增长8.2%。从业务来源看，10月公司电商件业务量15.26亿票，占业务量的76.8%。\n"
                      "服务质量方面，10月公司发生丢失破损1,412件，每百万件丢失破损率为0.93件。")
    assert by_figures(table, "1,412件", "15.26亿", "0.93件").empty
    assert by_figures(table, "19.87亿", "15.26亿", "76.8%").verdict.tolist() == ["consistent"]


def test_a_share_fits_over_the_figure_the_report_gives_the_short_name_its_sentence_uses():
    """净利润（以下简称“净利润”）T in the lead, pages of other 净利润 between: 第四季度 a，占全年净利润的 s% is of T."""
    filler = "\n".join(f"排名第{n}位的公司实现净利润{n}.{n % 10}亿元，同比增长{n % 10}.{n % 7}%。" for n in range(1, 50))
    table = checks_in("2024年全省上市公司实现归属于上市公司股东的净利润（以下简称“净利润”）1,986.4亿元，同比增长8.3%。\n"
                      + filler + "\n"
                      "分季度看，前三季度实现净利润1,573.8亿元，第四季度实现412.6亿元，占全年净利润的20.8%。")
    no_alarm(table)
    assert by_figures(table, "412.6亿元", "1,986.4亿元", "20.8%").verdict.tolist() == ["consistent"]


def test_an_average_fits_over_the_total_its_words_name_however_far_back():
    """人均保障旅客 3,784人次 with 员工 3,268人: the 旅客 total is the lead's 1,236.48万人次, with a dozen other figures
    named 旅客 between (the nearest so named are looked up, and the first the report states)."""
    filler = "\n".join(f"第{n}条航线运送旅客{n}.{n % 10}万人次，同比增长{n % 10}.{n % 7}%。" for n in range(1, 16))
    table = checks_in("全年共完成旅客吞吐量1,236.48万人次，同比增长12.6%。\n" + filler
                      + "\n公司现有员工3,268人，人均保障旅客3,784人次。")
    no_alarm(table)
    assert by_figures(table, "1,236.48万人次", "3,268人", "3,784人次").verdict.tolist() == ["consistent"]


def test_shares_of_one_whole_listed_in_turn_that_add_up_to_100_fit_as_a_split():
    """参保职工中，A占 a%，B占 b%，…，其他占 z% (and 占比分别为 a%、b%和c%): all the parts of one whole when they add up to
    100 to their rounding; a list that does not is not accused (it may stop short of its whole)."""
    table = checks_in("参保职工中，机关事业单位占21.4%，国有企业占17.2%，私营企业占52.9%，其他占8.5%。"
                      "网上零售额中，吃类、穿类和用类商品占比分别为15.2%、22.6%和62.2%。")
    no_alarm(table)
    assert by_figures(table, "21.4%", "17.2%", "52.9%", "8.5%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "15.2%", "22.6%", "62.2%").verdict.tolist() == ["consistent"]
    short = checks_in("参保职工中，机关事业单位占21.4%，国有企业占17.2%，私营企业占42.9%。")
    no_alarm(short)
    assert by_figures(short, "21.4%", "17.2%", "42.9%").empty
