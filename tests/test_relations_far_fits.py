"""Relations found by arithmetic (``claims/relations/fits.py``) whose operands stand in other paragraphs: a quotient
whose whole (or part) is named by its words and stated pages before it, found through the report's index of names;
and the guards that keep a far figure from fitting by chance.

The sentences are written for the test, not copied from the fixture reports. A paragraph of many other figures
(:func:`filler`) stands between the operands, so the whole is beyond the figures a finder looks back over.
"""

from .test_relations_kinds import checks_in, kind, no_alarm, verdicts_of


def filler(n: int = 90) -> str:
    """A paragraph of ``n`` figures that are no operand of anything below (concentrations)."""
    return "各监测点细颗粒物浓度依次为" + "、".join(f"{20 + i * 0.1:.1f}微克/立方米" for i in range(n)) + "。"


def fitted(table, prefix: str = "auto-fit-"):
    return table[table.index.str.startswith(prefix)]


def test_a_quotient_whose_words_name_its_whole_stated_pages_before():
    """相当于地区生产总值的 3.66%: 128.63 over the one figure of the report named 地区生产总值, however far back."""
    table = checks_in("全年全市实现地区生产总值3,516.42亿元，比上年增长5.6%。\n" + filler() + "\n全年登记技术合同成交额128.63亿元，"
                      "增长18.2%，相当于地区生产总值的3.66%。")
    fit = fitted(table, "auto-fit-share-")
    assert fit.figures.tolist() == ["128.63亿元 3,516.42亿元 3.66%"] and fit.verdict.tolist() == ["consistent"]
    assert "named as its words name its whole" in fit.assumptions.iloc[0]


def test_a_rate_whose_sentence_names_its_whole_anywhere_before():
    """建成区绿地率 39.0%: 124.3 over 318.6平方公里, the only earlier figure named with the sentence's words (建成区) that
    gives it, stated before a long paragraph of other figures."""
    table = checks_in("年末全市城市建成区面积318.6平方公里，比上年扩大4.2平方公里。\n" + filler() + "\n年末城市建成区绿地面积"
                      "124.3平方公里，建成区绿地率39.0%。")
    fit = fitted(table, "auto-fit-share-")
    assert fit.figures.tolist() == ["124.3平方公里 318.6平方公里 39.0%"] and fit.verdict.tolist() == ["consistent"]


def test_a_ratio_whose_words_name_a_part_stated_pages_before():
    """保险深度（保费收入与地区生产总值之比）4.92%: the premiums stated far up over the GDP of its own paragraph."""
    table = checks_in("全市保险业实现原保险保费收入386.52亿元，同比增长6.1%。\n" + filler() + "\n2024年全市地区生产总值7,862.4亿元，"
                      "全市保险深度（保费收入与地区生产总值之比）为4.92%。")
    fit = fitted(table)
    assert fit.figures.tolist() == ["386.52亿元 4.92% 7,862.4亿元"] and fit.verdict.tolist() == ["consistent"]


def test_an_account_word_does_not_hide_the_name_of_a_far_part():
    """财政自给率（一般公共预算收入与支出之比）: 一般公共预算收入决算数 is 一般公共预算收入 told as the final account, so
    the quotient's words name it though a figure of its unit stands near (the spending)."""
    table = checks_in("全县一般公共预算收入决算数为186,437万元，增长5.2%。\n" + filler() + "\n全县一般公共预算支出决算数为512,846万元，"
                      "其中上级补助支出326,409万元。财政自给率（一般公共预算收入与支出之比）为36.4%。")
    fit = fitted(table)
    assert fit.figures.tolist() == ["186,437万元 36.4% 512,846万元"] and fit.verdict.tolist() == ["consistent"]


# -- guards: true texts where a far figure would fit by chance ---------------------------------------------------------

def test_two_equal_figures_fit_no_hundred_percent():
    """97个 乡镇卫生院 and 97个 elsewhere: 100% fits any figure over itself — no evidence, not shown."""
    table = checks_in("全市共有乡镇卫生院97个。\n" + filler() + "\n全市97个乡镇卫生院全部设置中医馆，社区卫生服务中心中医馆设置率"
                      "达到100%。")
    assert fitted(table).empty
    no_alarm(table)


def test_a_far_part_is_not_taken_past_a_near_figure_of_its_unit():
    """去化周期 14.5个月 is 可售面积 over 月均销售面积 (12.5, a slip of the text or another reckoning): the sold area of
    the year stated far up (1,286.4 over 88.7 = 14.5) fits by chance and is not shown."""
    table = checks_in("全年商品房销售面积1,286.4万平方米，下降4.8%。\n" + filler() + "\n年末新建商品住房可售面积1,106.8万平方米。"
                      "按近12个月月均销售面积88.7万平方米计算，去化周期为14.5个月。")
    assert "1,286.4万平方米 14.5个月 88.7万平方米" not in fitted(table).figures.tolist()
    no_alarm(table)


def test_the_figure_a_share_follows_is_its_part_not_a_far_part_s_whole():
    """车险保费收入 52.17亿元，占财产险保费的 62.8%: 52.17 is the part; 趸交保费 32.74 far up over 52.17 fits by
    chance (62.76%) and is not shown."""
    table = checks_in("全年寿险新单保费78.46亿元，其中趸交保费32.74亿元。\n" + filler() + "\n财产险业务中，车险保费收入52.17亿元，"
                      "占财产险保费的62.8%。")
    assert "32.74亿元 52.17亿元 62.8%" not in fitted(table).figures.tolist()
    no_alarm(table)


def test_a_difference_from_a_named_figure_is_no_quotient():
    """比迅通速运低 1.21元: a difference from a figure of another text, though 28.46 over 23.58 just before gives 1.21."""
    table = checks_in("迅通速运10月业务收入为56.12亿元。\n" + filler() + "\n同期主要竞争对手通程快递10月业务量为23.58亿票，实现收入"
                      "28.46亿元；中瑞物流单票收入为2.05元，比迅通速运低1.21元。")
    assert fitted(table).empty
    no_alarm(table)


def test_a_share_is_not_fitted_over_another_year_s_whole_named_alike():
    """2023年全县行政村 200个 and 2024年 186个: 占行政村总数的 29.0% is 54 over 186; the other year's figure is never
    taken (54 over 200 is 27.0%), and nothing is accused."""
    table = checks_in("2023年全县共有行政村200个。2024年全县共有行政村186个。\n" + filler() + "\n2024年全县有54个行政村开展生活垃圾"
                      "分类试点，占行政村总数的29.0%。")
    assert all("200个" not in f for f in fitted(table).figures)
    no_alarm(table)


def test_a_target_named_alike_is_no_whole():
    """到2025年行政村生活垃圾分类覆盖 … 目标 150个 before the count 186: a share 占行政村总数的 is not of the target."""
    table = checks_in("全县共有行政村186个。到2025年，力争开展生活垃圾分类的行政村达到150个。\n" + filler() + "\n全县有54个行政村"
                      "开展生活垃圾分类试点，占行政村总数的29.0%。")
    assert all("150个" not in f for f in fitted(table).figures)
    no_alarm(table)


# -- totals stated in the paragraph before their list ------------------------------------------------------------------

def test_a_list_s_total_named_with_its_words_in_the_paragraph_before():
    """按区域分，主城区快递业务量 a，县域快递业务量 b: the total 7.42亿件 (three digits, too few for a total found by its
    precision alone) is named with the list's words (快递, 业务), so the fit is shown."""
    table = checks_in("全年全市快递业务量完成7.42亿件，增长12.1%。\n按区域分，主城区快递业务量4.86亿件，县域快递业务量2.56亿件。")
    fit = fitted(table, "auto-fit-sum-")
    assert fit.figures.tolist() == ["2.56亿件 4.86亿件 7.42亿件"] and fit.verdict.tolist() == ["consistent"]


def test_a_list_opened_by_a_group_s_name_after_the_dimension():
    """分行业看，新增就业人员中，第一产业 a，第二产业 b，第三产业 c: the group named between the opener and the first
    part still opens the list of the total above."""
    table = checks_in("全年全市城镇新增就业7.26万人，比上年增加0.31万人。\n分行业看，新增就业人员中，第一产业0.38万人，第二产业"
                      "2.67万人，第三产业4.21万人。")
    # found by arithmetic, or by words where a words-reading (totals' breakdowns) judges it first: then no fit is kept
    assert verdicts_of(table, "0.38万人 2.67万人 4.21万人 7.26万人") == ["consistent"]


def test_a_list_s_total_is_not_a_figure_named_otherwise():
    """A total of three digits named with none of the list's words (全年接待游客 7.42万人次 … 按区域分，主城区快递业务量)
    is not taken, even when the list sums to it."""
    table = checks_in("全年全市接待游客7.42万人次，增长12.1%。\n按区域分，主城区快递收件4.86万人次，县域快递收件2.56万人次。")
    assert fitted(table, "auto-fit-sum-").empty
    no_alarm(table)


def test_a_list_s_total_is_not_another_year_s_figure_named_alike():
    """2023年快递业务量 7.42亿件。2024年快递业务量 8.36亿件。按区域分… 4.86 + 2.56: the list is of 2024's total, so the
    other year's figure it happens to sum to is not shown as its total."""
    table = checks_in("2023年全市快递业务量7.42亿件。2024年全市快递业务量8.36亿件。\n按区域分，主城区快递业务量4.86亿件，"
                      "县域快递业务量2.56亿件。")
    assert all("7.42亿件" not in f for f in fitted(table, "auto-fit-sum-").figures)
    no_alarm(table)


# -- gaps of growth rates ----------------------------------------------------------------------------------------------

def test_a_gap_after_gao_chu_over_a_rate_told_with_its_level_in_the_paragraph_before():
    """增速高出全社会用电量 3.4个百分点: 11.2% less the rate of 全社会用电量, told in the paragraph before with its level
    and an absolute change between (全社会用电量 B，比上年增加 D，同比增长 7.8%)."""
    table = checks_in("全年全社会用电量3,862.4亿千瓦时，比上年增加279.5亿千瓦时，同比增长7.8%。\n第三产业用电量786.3亿千瓦时，增长"
                      "11.2%，增速高出全社会用电量3.4个百分点。")
    # found by arithmetic, or by words where a words-reading (changes' named gaps) judges it first: then no fit is kept
    assert verdicts_of(table, "11.2% 3.4个百分点 7.8%") == ["consistent"]


def test_a_gap_is_not_fitted_over_a_rate_of_another_measure_named_alike():
    """增速高出全社会用电量 d: a rate of 全社会用电量's change of another year (上年增长 r%) is not the one compared."""
    table = checks_in("上年全社会用电量增长5.6%。全年全社会用电量3,862.4亿千瓦时，同比增长7.8%。\n第三产业用电量786.3亿千瓦时，"
                      "增长11.2%，增速高出全社会用电量3.4个百分点。")
    assert fitted(table, "auto-fit-difference-").figures.tolist() in ([], ["11.2% 3.4个百分点 7.8%"])
    no_alarm(table)
