"""Forms of real texts read since session 22: growths (more verbs of change, a base after its rate, a figure restated
in another unit in brackets, a share of a plan between a figure and its base, 前年, a base per unit, a base naming a
subject stated in another section, 年初 at the end of a year) and a breakdown whose precise parts add up to the figure
before it. Sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, text_verdicts as verdicts


def test_prices_rise_and_fall_and_stocks_recover():
    assert verdicts("全县茶青平均收购价每斤74元，上年为68元，上涨8.8%。", "74元", "68元", "8.8%") == ["consistent"]
    assert verdicts("全县茶青平均收购价每斤74元，上年为68元，上涨12.8%。", "74元", "68元", "12.8%") == ["inconsistent"]
    assert verdicts("猪肉均价每公斤23.40元，上年为25.10元，下跌6.8%。", "23.40元", "25.10元", "6.8%") == ["consistent"]
    assert verdicts("全县生猪存栏42.6万头，上年为40.0万头，回升6.5%。", "42.6万头", "40.0万头", "6.5%") == ["consistent"]


def test_a_base_after_its_rate():
    text = "步行街商圈实现销售额6.48亿元，同比增长{r}，上年同期为5.40亿元。"
    assert verdicts(text.format(r="20.0%"), "6.48亿元", "20.0%", "5.40亿元") == ["consistent"]
    assert verdicts(text.format(r="26.0%"), "6.48亿元", "26.0%", "5.40亿元") == ["inconsistent"]
    # a base of another date than the rate's is not its base
    table = checks_in("步行街商圈实现销售额6.48亿元，比年初增长26.0%，上年同期为5.40亿元。")
    assert by_figures(table, "6.48亿元", "26.0%", "5.40亿元").empty


def test_a_figure_restated_in_brackets_in_another_unit():
    text = "全县油菜种植面积12.60万亩（8,400公顷），比上年增加0.60万亩，增长{r}。"
    assert verdicts(text.format(r="5.0%"), "12.60万亩", "0.60万亩", "5.0%") == ["consistent"]
    assert verdicts(text.format(r="7.0%"), "12.60万亩", "0.60万亩", "7.0%") == ["inconsistent"]


def test_a_share_of_the_plan_between_a_figure_and_its_base():
    text = "全县国有资本经营预算收入2,340万元，为预算2,200万元的106.4%，上年为2,080万元，增长{r}。"
    assert verdicts(text.format(r="12.5%"), "2,340万元", "2,080万元", "12.5%") == ["consistent"]
    assert verdicts(text.format(r="15.5%"), "2,340万元", "2,080万元", "15.5%") == ["inconsistent"]


def test_the_year_before_last_and_a_base_per_unit():
    assert verdicts("今年合作社分红86.4万元，比前年的72.0万元增长了20.0%。", "86.4万元", "72.0万元", "20.0%") \
        == ["consistent"]
    assert verdicts("鸡蛋零售价格为每公斤9.90元，上年为每公斤9.00元，同比上涨10.0%。", "9.90元", "9.00元", "10.0%") \
        == ["consistent"]


def test_a_base_naming_a_subject_stated_in_another_section():
    text = ("一、业务收入\n公司冷链物流收入6.30亿元，城配业务收入4.10亿元。\n"
            "二、经营分析\n受需求带动，冷链物流收入上年同期为5.25亿元，同比增长{r}。")
    assert verdicts(text.format(r="20.0%"), "6.30亿元", "5.25亿元", "20.0%") == ["consistent"]
    assert verdicts(text.format(r="24.0%"), "6.30亿元", "5.25亿元", "24.0%") == ["inconsistent"]
    # two figures so named of different values: which is meant is not said
    two = ("一、上半年\n公司冷链物流收入2.90亿元。\n二、全年\n公司冷链物流收入6.30亿元。\n"
           "三、经营分析\n受需求带动，冷链物流收入上年同期为5.25亿元，同比增长20.0%。")
    assert by_figures(checks_in(two), "6.30亿元", "5.25亿元", "20.0%").empty


def test_at_the_end_of_a_year_its_start_is_a_year_before():
    text = "{when}，全县各项贷款余额386.40亿元，比年初增加32.20亿元，同比增长{r}。"
    assert verdicts(text.format(when="2025年末", r="9.1%"), "386.40亿元", "32.20亿元", "9.1%") == ["consistent"]
    assert verdicts(text.format(when="2025年末", r="11.1%"), "386.40亿元", "32.20亿元", "11.1%") == ["inconsistent"]
    # at the end of June the start of the year is half a year before: the two bases differ
    assert by_figures(checks_in(text.format(when="2025年6月末", r="9.1%")), "386.40亿元", "32.20亿元", "9.1%").empty


def test_precise_parts_that_add_up_to_the_figure_before_make_it_their_whole():
    # the total's words do not name the parts' subject, but 52.16 + 31.48 + 40.56 = 124.20 to the cent
    text = "全年全县水利建设完成投资124.20亿元。按资金来源分，中央资金52.16亿元，占{s}；地方资金31.48亿元；社会资金40.56亿元。"
    assert verdicts(text.format(s="42.0%"), "124.20亿元", "52.16亿元", "42.0%") == ["consistent"]
    assert verdicts(text.format(s="48.0%"), "124.20亿元", "52.16亿元", "48.0%") == ["inconsistent"]
    # parts that fall short leave the reading doubtful: shown, not judged
    short = "全年全县水利建设完成投资134.20亿元。按资金来源分，中央资金52.16亿元，占48.0%；地方资金31.48亿元；社会资金40.56亿元。"
    assert "inconsistent" not in verdicts(short, "134.20亿元", "52.16亿元", "48.0%")
