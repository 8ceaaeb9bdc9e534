"""Forms of changes and multiples read within one sentence (session 22, local forms): a bare 新增 after 由…到, a change
per unit (每人提高, 每公斤下降) or 扩大 after a base, a base stated after its change (比上年增加 D，上年为 A), a rate
stated before the change (同比增长 r%，比年初增加 D, 12月末 a year-end), a rate after 提高到 B，提高 D, and multiples of
two figures of the sentence named by words (出口 a，进口 b，出口额是进口额的 N倍; 前者是后者的). Sentences of our own."""

import pytest

from .test_relations_kinds import by_figures, checks_in, no_alarm, text_verdicts as verdicts


@pytest.mark.parametrize("stated, verdict", [("5个", "consistent"), ("7个", "inconsistent")])
def test_a_bare_xinzeng_after_you_dao(stated, verdict):
    text = f"全市公共图书馆由上年的36个增加到41个，新增{stated}。"
    assert verdicts(text, "36个", "41个", stated) == [verdict]


def test_a_bare_xinzeng_without_a_base_is_not_read():
    # 新增 alone may count new entries only (gross, not net): nothing is read from it
    table = checks_in("年末全市实有企业12.40万户，新增1.86万户。")
    assert by_figures(table, "12.40万户", "1.86万户").empty


@pytest.mark.parametrize("text, figures", [
    ("城乡居民医保财政补助标准由上年的640元提高到670元，每人提高{d}。", ("640元", "670元")),
    ("牛肉平均零售价格每公斤72.40元，上年同期为76.80元，每公斤下降{d}。", ("72.40元", "76.80元")),
    ("全市贸易顺差312.5亿元，上年为286.1亿元，扩大{d}。", ("312.5亿元", "286.1亿元")),
])
def test_a_change_per_unit_or_widened_after_its_base(text, figures):
    right = {"640元": "30元", "72.40元": "4.40元", "312.5亿元": "26.4亿元"}[figures[0]]
    wrong = {"640元": "40元", "72.40元": "3.40元", "312.5亿元": "36.4亿元"}[figures[0]]
    assert verdicts(text.format(d=right), *figures, right) == ["consistent"]
    assert verdicts(text.format(d=wrong), *figures, wrong) == ["inconsistent"]


@pytest.mark.parametrize("base, verdict", [("77家", "consistent"), ("79家", "inconsistent")])
def test_a_base_stated_after_its_change(base, verdict):
    assert verdicts(f"年末全市养老机构86家，比上年增加9家，上年为{base}。", "86家", "9家", base) == [verdict]


def test_a_base_after_a_change_of_another_date_is_not_its_base():
    table = checks_in("年末全市养老机构86家，比年初增加9家，上年同期为79家。")
    assert by_figures(table, "86家", "9家", "79家").empty


@pytest.mark.parametrize("rate, verdict", [("9.1%", "consistent"), ("6.1%", "inconsistent")])
def test_a_rate_stated_before_the_change(rate, verdict):
    text = f"全市社会消费品零售总额1,842.6亿元，比上年增长{rate}，比上年增加153.6亿元。"
    assert verdicts(text, "1,842.6亿元", "153.6亿元", rate) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("9.1%", "consistent"), ("6.1%", "inconsistent")])
def test_a_rate_before_the_change_on_the_start_of_the_year_at_december_end(rate, verdict):
    text = f"截至2024年12月末，全市住户存款余额3,426.8亿元，同比增长{rate}，比年初增加285.7亿元。"
    assert verdicts(text, "3,426.8亿元", "285.7亿元", rate) == [verdict]


def test_a_rate_before_a_change_on_the_start_of_the_year_at_june_end_is_not_read():
    table = checks_in("截至6月末，全市住户存款余额3,426.8亿元，同比增长9.1%，比年初增加185.7亿元。")
    assert by_figures(table, "3,426.8亿元", "185.7亿元", "9.1%").empty


@pytest.mark.parametrize("rate, verdict", [("5.1%", "consistent"), ("7.1%", "inconsistent")])
def test_a_rate_after_a_level_reached_and_its_change(rate, verdict):
    text = f"全市城镇居民最低生活保障标准提高到每人每月820元，提高40元，增幅{rate}。"
    assert verdicts(text, "820元", "40元", rate) == [verdict]


@pytest.mark.parametrize("text, figures, right, wrong", [
    ("全县快递业务量3,287.6万件，其中出港快递2,146.8万件，进港快递1,140.8万件，出港件量是进港的{m}。",
     ("2,146.8万件", "1,140.8万件"), "1.9倍", "2.4倍"),
    ("其中，地铁日均客运量214.6万人次，地面公交日均客运量171.8万人次，地铁日均客运量是公交的{m}。",
     ("214.6万人次", "171.8万人次"), "1.25倍", "1.55倍"),
    ("全市在校生15.38万人，其中本科生8.26万人，专科生7.47万人，研究生0.65万人，本科在校生是研究生的{m}。",
     ("8.26万人", "0.65万人"), "12.7倍", "15.7倍"),
    ("其中，网上销售9.73亿元，通过展销会、专柜和食堂采购等渠道线下销售18.91亿元，线下销售额是网上的{m}。",
     ("18.91亿元", "9.73亿元"), "1.9倍", "2.4倍"),
    ("省外务工人员人均收入5.36万元，县内务工人员人均收入2.41万元，前者是后者的{m}。",
     ("5.36万元", "2.41万元"), "2.2倍", "2.8倍"),
])
def test_a_multiple_of_two_figures_of_its_sentence_named_by_words(text, figures, right, wrong):
    assert verdicts(text.format(m=right), *figures, right) == ["consistent"]
    assert verdicts(text.format(m=wrong), *figures, wrong) == ["inconsistent"]


def test_a_multiple_whose_names_fit_no_figure_alone_is_not_read():
    # 快递业务量 is the whole before 其中 and each part holds 快递: neither name picks one figure of the sentence
    table = checks_in("全县快递业务量3,287.6万件，其中出港快递2,146.8万件，进港快递1,140.8万件，快递业务量是邻县的1.3倍。")
    no_alarm(table)
    assert table[table.figures.str.contains("1.3倍")].verdict.isin(["derived"]).all()


@pytest.mark.parametrize("text", [
    "一季度实现营业收入17.57亿元，二季度实现营业收入21.05亿元，二季度环比增长{r}。",
    "一季度实现营业收入17.57亿元，二季度实现营业收入21.05亿元，环比增长{r}。",
    "上半年实现营业收入17.57亿元，下半年实现营业收入21.05亿元，下半年比上半年增长{r}。",
])
def test_a_rate_on_the_part_of_the_year_before_stated_in_its_sentence(text):
    assert verdicts(text.format(r="19.8%"), "17.57亿元", "21.05亿元", "19.8%") == ["consistent"]
    assert verdicts(text.format(r="24.8%"), "17.57亿元", "21.05亿元", "24.8%") == ["inconsistent"]


def test_a_rate_on_the_period_before_the_guards():
    # 同比 rates of two quarters are not rates of one on the other
    table = checks_in("一季度实现营业收入17.57亿元，同比增长5.2%，二季度实现营业收入21.05亿元，同比增长8.1%。")
    assert by_figures(table, "17.57亿元", "21.05亿元", "8.1%").empty
    # a quarter's GDP on the quarter before is real and seasonally adjusted: shown, not judged
    table = checks_in("一季度全市地区生产总值1,100.0亿元，二季度地区生产总值1,200.0亿元，二季度环比增长1.5%。")
    assert by_figures(table, "1,100.0亿元", "1,200.0亿元").verdict.tolist() == ["derived"]
    # a cumulative span (1—9月) is no month before 10月
    table = checks_in("1—9月全市进出口3,210.5亿元，10月份进出口386.2亿元，环比增长4.3%。")
    assert by_figures(table, "3,210.5亿元", "386.2亿元", "4.3%").empty


@pytest.mark.parametrize("text, figures, right, wrong", [
    ("全市规上工业增加值同比增长7.4%，增速高于全省平均水平（6.8%）{d}。", ("7.4%", "6.8%"), "0.6个百分点", "1.6个百分点"),
    ("全市城镇调查失业率为5.1%，比上年回落0.3个百分点，比全省平均水平5.4%低{d}。", ("5.1%", "5.4%"), "0.3个百分点",
     "0.5个百分点"),
    ("全县森林覆盖率由上年的61.2%提高到62.0%，提高0.8个百分点，居全省第5位，较全省平均水平（58.4%）高{d}。",
     ("62.0%", "58.4%"), "3.6个百分点", "4.6个百分点"),
])
def test_a_gap_from_a_reference_named_before_its_figure(text, figures, right, wrong):
    assert verdicts(text.format(d=right), *figures, right) == ["consistent"]
    assert verdicts(text.format(d=wrong), *figures, wrong) == ["inconsistent"]


def test_a_gap_from_a_growth_target():
    text = "全县地区生产总值比上年增长6.8%，比全省平均增速（5.9%）高0.9个百分点，比年初确定的6.5%预期目标高{d}。"
    assert verdicts(text.format(d="0.3个百分点"), "6.8%", "6.5%", "0.3个百分点") == ["consistent"]
    assert verdicts(text.format(d="0.8个百分点"), "6.8%", "6.5%", "0.8个百分点") == ["inconsistent"]
    # the gap is never read over the other reference before it (5.9%)
    assert by_figures(checks_in(text.format(d="0.3个百分点")), "5.9%", "6.5%", "0.3个百分点").empty


def test_a_gap_from_a_reference_the_guards():
    # a level compared with a reference of growth (增速) is not read, nor a growth rate with a level's reference
    no_alarm(checks_in("全市城镇化率为68.4%，增速高于全省平均水平（6.1%）2.3个百分点。"))
    # a share between the rate and the reference is what is compared, never the rate
    table = checks_in("全市社会消费品零售总额比上年增长6.3%，占全省的比重为18.4%，高于全省平均水平（16.3%）2.1个百分点。")
    no_alarm(table)
    assert by_figures(table, "6.3%", "16.3%", "2.1个百分点").empty
    # a reference of another period is a change of one rate (the points' reading), not a gap from a reference
    no_alarm(checks_in("全市城镇调查失业率为5.1%，比上年的5.4%低0.3个百分点。"))


def test_self_review_guards_of_the_local_readings():
    # the bracketed reference after a target: its gap is of the rate, past the target (7.5%) and its gap
    table = checks_in("全市规上工业增加值比上年增长8.1%，比年初确定的7.5%预期目标高0.6个百分点，"
                      "比全省平均水平（6.9%）高1.2个百分点。")
    no_alarm(table)
    assert by_figures(table, "7.5%", "6.9%", "1.2个百分点").empty
    # a multiple of growth rates is not read over the levels of the sentence
    no_alarm(checks_in("城镇居民人均可支配收入52,360元，增长4.5%；农村居民人均可支配收入24,180元，增长6.2%，"
                       "农村居民收入增速是城镇居民的1.4倍。"))
    # a rate of output is real, the change nominal: shown, not judged
    table = checks_in("全县地区生产总值286.5亿元，按不变价格计算，比上年增长6.3%，比上年增加21.6亿元。")
    assert by_figures(table, "286.5亿元", "21.6亿元").verdict.tolist() == ["derived", "derived"]


@pytest.mark.parametrize("rate, verdict", [("12.3%", "consistent"), ("14.3%", "inconsistent")])
def test_a_base_per_unit_after_you(rate, verdict):
    text = f"城乡居民基础养老金最低标准由每人每月163元提高到183元，提高{rate}。"
    assert verdicts(text, "163元", "183元", rate) == [verdict]


@pytest.mark.parametrize("points, verdict", [("2.4个百分点", "consistent"), ("3.4个百分点", "inconsistent")])
def test_a_base_after_its_rate_with_you(points, verdict):
    text = f"年末公司女性管理者比例为29.2%，由上年的26.8%提高{points}。"
    assert verdicts(text, "29.2%", "26.8%", points) == [verdict]


def test_a_base_with_you_before_its_later_figure_is_read_as_before():
    # 由上年的 a% 提高到 b%，提高 c: the later figure is after the base, not before it
    table = checks_in("全市森林覆盖率为45.0%，其中林地由上年的26.8%提高到29.2%，提高2.4个百分点。")
    no_alarm(table)
    assert by_figures(table, "26.8%", "29.2%", "2.4个百分点").verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("change, verdict", [("0.7平方米", "consistent"), ("0.9平方米", "inconsistent")])
def test_a_level_base_after_its_figure_with_you(change, verdict):
    text = f"全市城镇居民人均住房面积为38.6平方米，由上年的37.9平方米增加{change}。"
    assert verdicts(text, "38.6平方米", "37.9平方米", change) == [verdict]


def test_a_multiple_named_by_words_both_figures_share_or_by_the_whole_is_not_read():
    # 人口 names both figures and 全市 neither: 全市人口 is not 主城区人口
    no_alarm(checks_in("主城区人口186.4万人，郊县人口92.6万人，全市人口是郊县的3.0倍。"))
    # 茶园总面积 is the whole before 其中, not 绿色食品茶园
    no_alarm(checks_in("全县茶园面积18.6万亩，其中有机茶园4.2万亩，绿色食品茶园6.8万亩，茶园总面积是有机茶园的4.4倍。"))
    table = checks_in("全县茶园面积18.6万亩，其中有机茶园4.2万亩，绿色食品茶园6.8万亩，茶园总面积是有机茶园的4.4倍。")
    assert by_figures(table, "4.2万亩", "6.8万亩", "4.4倍").empty


def test_a_rate_on_the_half_before_is_not_read_over_the_years_total():
    table = checks_in("上半年全市进出口1,260亿元，下半年进出口1,380亿元，全年进出口2,640亿元，下半年比上半年增长9.5%。")
    no_alarm(table)
    assert by_figures(table, "1,260亿元", "2,640亿元", "9.5%").empty
