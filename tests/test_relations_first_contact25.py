"""The false alarms rounds BJ–BM raised at first contact (session 25), each as a general rule on text of our own.
Each test fails on the finder those rounds first met (f9ae866)."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


def test_a_far_whole_named_like_the_quarters_is_no_whole_when_they_sum_far_from_it():
    """分季度看，… four quarters of all bonds after 专项债券发行 T paragraphs before: they sum to 90% more than T — another
    figure of the same words, not a slip (a planted slip misses by a few percent)."""
    text = ("全年新增专项债券发行2,000.00亿元。\n\n再融资债券1,500.00亿元。\n\n"
            "分季度看，一季度、二季度、三季度和四季度分别发行800.00亿元、1,000.00亿元、1,400.00亿元和600.00亿元。")
    far = checks_in(text)
    no_alarm(far)
    assert by_figures(far, "800.00亿元", "1,000.00亿元", "1,400.00亿元", "600.00亿元", "2,000.00亿元").empty


def test_shares_of_a_breakdown_that_mostly_miss_its_whole_make_the_whole_doubtful():
    """从发行期限看，… 占 s% each: the shares are of all bonds (3,800), not of 专项债券 2,900 before them — the list is
    shown, never accused of exceeding 2,900."""
    text = ("新增债券和再融资债券合计，全年发行一般债券900.00亿元、专项债券2,900.00亿元。\n\n"
            "从发行期限看，10年期债券1,140.00亿元，占30.0%；20年期债券1,520.00亿元，占40.0%；30年期债券1,140.00亿元，"
            "占30.0%。")
    no_alarm(checks_in(text))


def test_a_breakdown_giving_two_measures_per_item_sums_the_measure_its_whole_names():
    """流通环节中，A抽检 a1，不合格 b1；B抽检 a2，不合格 b2；其他业态抽检 a3，不合格 b3: a1 + a2 + a3 = 抽检 T; the 不合格
    counts are no further parts of T."""
    text = ("流通环节抽检1,500批次，不合格60批次。流通环节中，农贸市场抽检600批次，不合格30批次；商场超市抽检{b}批次，"
            "不合格20批次；其他业态抽检300批次，不合格10批次。")
    right = checks_in(text.format(b="600"))
    no_alarm(right)
    assert by_figures(right, "600批", "600批", "300批", "1,500批").verdict.tolist() == ["consistent"]
    wrong = checks_in(text.format(b="800"))
    assert by_figures(wrong, "600批", "800批", "300批", "1,500批").verdict.tolist() == ["inconsistent"]


def test_one_part_after_qizhong_and_the_rest_of_the_outer_list_after_a_semicolon():
    """其中甲 a，占…；其他业务收入 b: 其他 is the company's other segment, not the rest of the part before 其中."""
    text = ("电子化学品业务实现营业收入9,000.00万元，同比增长14.2%，其中湿电子化学品收入3,600.00万元，占电子化学品业务收入的"
            "40.00%；其他业务收入3,300.00万元，主要为材料销售收入。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "3,600.00万元", "3,300.00万元", "9,000.00万元").empty


def test_a_share_after_a_level_and_its_base_at_the_start_of_the_period_is_the_levels():
    """应收账款 a，较期初的 A 增长 r%，占营业总收入的 s%: a over the revenue, not A (期初 is a base)."""
    text = ("公司实现营业总收入500,000.00万元。应收账款100,000.00万元，较期初的80,000.00万元增长25.00%，占营业总收入的"
            "20.00%。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "100,000.00万元", "500,000.00万元", "20.00%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "80,000.00万元", "100,000.00万元", "25.00%").verdict.tolist() == ["consistent"]


def test_a_base_named_with_its_season_is_still_a_base():
    """全省票房 a，较去年春节档的 A 增长 r%，占全国春节档票房的 s%: a over the nation's, not A."""
    text = ("今年春节档全国电影总票房达80.00亿元。全省电影票房达4.00亿元，较去年春节档的3.20亿元增长25.0%，"
            "占全国春节档票房的5.00%。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "4.00亿元", "80.00亿元", "5.00%").verdict.tolist() == ["consistent"]


def test_an_average_takes_no_count_past_a_semicolon():
    """场均观影人次 a after 全省 … 放映 N场: over the province's N, never the nation's 场次 after ；."""
    text = ("全国观影人次1.80亿，同比增长3.0%。\n\n全省观影人次800.0万，同比增长6.0%，占全国观影人次的4.44%；平均票价45.00元，"
            "比全国平均票价低3.00元。全省影院共放映电影20.00万场，比去年同期增加1.50万场，场均观影人次{mean}；"
            "全省放映场次占全国放映总场次（400.0万场）的5.00%。")
    for mean, verdict in (("40.0", "consistent"), ("44.0", "inconsistent")):
        table = checks_in(text.format(mean=mean))
        assert by_figures(table, "800.0万", "20.00万场", mean).verdict.tolist() == [verdict]
        assert by_figures(table, "800.0万", "400.0万场", mean).empty


def test_places_in_a_ranking_are_no_terms_of_a_multiple():
    """排名前三位的 … 排名后三位的 …；最高的甲是最低的乙的 N倍: 三位 and 三位 rank, they are not compared."""
    text = ("全市8个区县综合指数在3.20—4.80之间。综合指数排名前三位的依次为甲县、乙县和丙县，排名后三位的依次为丁区、戊区"
            "和己区；综合指数最高的丁区是最低的甲县的1.50倍。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "三位", "三位", "1.50倍").empty
