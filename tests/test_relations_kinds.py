"""Each kind of relation the finder reads, right and wrong, and the readings that must not accuse."""

from pathlib import Path

import pytest

from helpers.claims.checks import evaluate_checks
from helpers.claims.ledger import build_ledger
from helpers.claims.relations import find_checks
from helpers.read.report import Report
from helpers.read.segment import segment


def checks_in(text: str):
    """The checks found in ``text`` (after a title line), evaluated, indexed by check id."""
    raw = "标题\n" + text + "\n"
    parts = segment(raw)
    ledger = build_ledger(Report(path=Path("t.txt"), text=raw, encoding="utf-8", sha256=""), None, parts=parts)
    checks = find_checks(ledger, parts)
    table = evaluate_checks(ledger, checks, {})
    assert table.check_id.is_unique, table.check_id.tolist()
    assert table.assumptions.str.contains("found by pattern").all()
    table["figures"] = [" ".join(sorted(ledger.set_index("claim_id").loc[c.split(";"), "text"]))
                        for c in table.claim_ids]
    return table.set_index("check_id")


def by_figures(table, *texts):
    """The checks over exactly these figures' texts."""
    wanted = " ".join(sorted(texts))
    return table[table.figures == wanted]


def text_verdicts(text, *figures) -> list:
    """The verdicts of the checks found in ``text`` over exactly these figures' texts."""
    return by_figures(checks_in(text), *figures).verdict.tolist()


def kind(table, prefix):
    return table[table.index.str.match(prefix + r"[0-9]")]


def one(table, prefix):
    found = kind(table, prefix)
    assert len(found) == 1, table[["description", "verdict"]]
    return found.iloc[0]


def kind_ids(table, prefix):
    return [i for i in table.index if i.startswith(prefix)]


def verdicts(table, prefix):
    """The verdicts of the checks whose ids start with ``prefix`` and a digit, in order."""
    return kind(table, prefix).verdict.tolist()


def verdicts_of(table, figures: str) -> list:
    """The verdicts of the checks that use exactly ``figures`` (their texts sorted and joined by spaces)."""
    return table[table.figures == figures].verdict.tolist()


def assert_round(scores, found: int, right: int, alarms: set | None = None):
    """A round of fixture reports (their :class:`Score` s) finds at least ``found`` relations, judges at least ``right``
    of them right, and raises no false alarm outside ``alarms`` (none at all when ``alarms`` is None)."""
    relations = [r for score in scores for r in score.relations]
    assert sum(r.found for r in relations) >= found, [r.id for r in relations if not r.found]
    assert sum(r.right for r in relations) >= right, [(r.id, r.checks) for r in relations if r.found and not r.right]
    raised = {check for score in scores for check, _ in score.false_alarms}
    assert raised <= (alarms or set()), raised - (alarms or set())


def no_alarm(table):
    assert not (table.verdict == "inconsistent").any(), table[["description", "verdict"]]


# -- changes ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("5.8%", "consistent"), ("7.8%", "inconsistent")])
def test_this_year_an_absolute_change_and_a_rate(rate, verdict):
    table = checks_in(f"全年粮食种植面积38.5万亩，比上年增加2.1万亩，增长{rate}。")
    check = one(table, "auto-change-rate-")
    assert check.verdict == verdict and check.computed == pytest.approx(2.1 / 36.4 * 100)
    # every figure enters with its rounding: 2.05万…2.15万 over (38.55万 − 2.05万)…(38.45万 − 2.15万)
    assert (check.computed_low, check.computed_high) == pytest.approx((2.05 / 36.5 * 100, 2.15 / 36.3 * 100))
    # last year's figure B − D is shown beside it, derived (never from the rate as well)
    assert not kind(table, "auto-previous-").shape[0] and verdicts(table, "auto-change-") == ["derived"]
    assert kind(table, "auto-change-").computed.tolist() == pytest.approx([36.4e4])


def test_a_change_since_the_start_of_the_year_and_a_fall():
    table = checks_in("各项存款余额612.4亿元，比年初增加48.6亿元，增长8.6%。在园幼儿1.16万人，比上年减少0.08万人，下降6.5%。")
    rates = kind(table, "auto-change-rate-")
    assert rates.verdict.tolist() == ["consistent", "consistent"]
    assert rates.computed.tolist() == pytest.approx([48.6 / 563.8 * 100, 0.08 / 1.24 * 100])


@pytest.mark.parametrize("text", [
    "营业收入1,356.8亿元，比上年的1,198.4亿元增长{r}%。",
    "营业收入1,356.8亿元，上年为1,198.4亿元，增长{r}%。",
    "营业收入1,356.8亿元，2021年为1,198.4亿元，增长{r}%。",
    "营业收入由上年的1,198.4亿元增长到1,356.8亿元，增长{r}%。",
])
@pytest.mark.parametrize("rate, verdict", [("13.2", "consistent"), ("19.6", "inconsistent")])
def test_a_rate_with_its_base_before_or_after_the_figure(text, rate, verdict):
    check = one(checks_in(text.format(r=rate)), "auto-growth-")
    assert check.verdict == verdict and check.computed == pytest.approx((1356.8 / 1198.4 - 1) * 100)
    assert check.figures == f"1,198.4亿元 1,356.8亿元 {rate}%"


def test_an_average_yearly_rate_is_compounded_over_the_years_written():
    table = checks_in("销售额由2020年的1.6亿元增长到2022年的3.4亿元，年均增长45.8%。")
    check = one(table, "auto-growth-")
    assert check.verdict == "consistent" and check.computed == pytest.approx(1.6e8 * 1.458 ** 2)
    assert "2 years" in check.description
    wrong = one(checks_in("销售额由2020年的1.6亿元增长到2022年的3.4亿元，年均增长65.8%。"), "auto-growth-")
    assert wrong.verdict == "inconsistent"
    assert checks_in("销售额3.4亿元，年均增长45.8%。").empty      # a yearly rate without its years implies nothing


@pytest.mark.parametrize("change, verdict", [("0.7", "consistent"), ("1.2", "inconsistent")])
def test_a_stated_change_is_recomputed_from_its_base(change, verdict):
    for text in (f"从业人员达到4.3万人，比上年的3.6万人增加{change}万人。", f"从业人员由3.6万人增加到4.3万人，增加{change}万人。"):
        check = one(checks_in(text), "auto-change-")
        assert check.verdict == verdict and check.computed == pytest.approx(7000)


@pytest.mark.parametrize("points, verdict", [("1.6", "consistent"), ("2.6", "inconsistent")])
def test_percentage_points(points, verdict):
    check = one(checks_in(f"巩固率由95.2%提高到96.8%，提高{points}个百分点。"), "auto-points-")
    assert check.verdict == verdict and check.computed == pytest.approx(1.6)
    derived = one(checks_in("城镇化率为58.8%，比上年末提高0.9个百分点。"), "auto-previous-")
    assert derived.verdict == "derived" and derived.computed == pytest.approx(57.9)


def test_two_rates_of_one_figure_get_two_ids():
    table = checks_in("社会消费品零售总额218.7亿元，比上年增长4.6%，比2020年增长12.3%。")
    previous = kind(table, "auto-previous-")
    assert len(previous) == 2 and previous.index.is_unique
    assert previous.computed.tolist() == pytest.approx([218.7e8 / 1.046, 218.7e8 / 1.123])
    assert previous.description.str.contains("2020年").tolist() == [False, True]


def test_rates_listed_with_fenbie_pair_with_their_figures_in_order():
    table = checks_in("城乡居民人均可支配收入分别达到38,650元和19,820元，分别增长4.8%和7.1%。")
    previous = kind(table, "auto-previous-")
    assert previous.figures.tolist() == ["38,650元 4.8%", "19,820元 7.1%"]


def test_a_change_that_names_its_own_subject_is_not_the_change_of_the_figure_before():
    table = checks_in("全县户籍人口52.0万人，城镇人口比上年增加1.2万人。地区生产总值186.5亿元，第一产业增加值增长3.5%。")
    assert table.empty, table[["description"]]


def test_a_rate_at_comparable_prices_is_not_accused_by_figures_at_current_prices():
    check = one(checks_in("地区生产总值186.5亿元，比上年的170.2亿元按可比价格计算增长7.8%。"), "auto-growth-")
    assert check.verdict == "derived" and "comparable prices" in check.assumptions
    assert "doubtful reading" in check.assumptions


def test_a_stated_multiple_and_one_without_its_base():
    check = one(checks_in("人均纯收入由2,860元增加到6,940元，是三年前的2.4倍。"), "auto-multiple-")
    assert check.verdict == "consistent"
    derived = one(checks_in("林下经济产值12.8亿元，比上年增长18.5%，是2018年的2.6倍。"), "auto-multiple-base-")
    assert derived.computed == pytest.approx(12.8e8 / 2.6)


# -- parts and totals ------------------------------------------------------------------------------------------

def test_qizhong_opening_the_next_sentence():
    check = one(checks_in("粮食总产量16.4万吨，比上年增长3.2%。其中，夏粮产量5.1万吨，秋粮产量11.3万吨。"), "auto-sum-")
    assert check.verdict == "consistent" and check.figures == "11.3万吨 16.4万吨 5.1万吨"


def test_qizhong_after_stock_and_slaughter_refers_to_the_figure_its_words_repeat():
    table = checks_in("年末牛存栏3.2万头，全年牛出栏1.1万头。其中，能繁母牛存栏1.5万头。")
    check = one(table, "auto-part-")
    assert check.verdict == "consistent" and check.figures == "1.5万头 3.2万头"


def test_qizhong_with_another_years_figure_of_the_part():
    check = one(checks_in("全市共有家庭农场86家，其中省级示范家庭农场52家，2021年为47家。"), "auto-part-")
    assert check.verdict == "consistent" and check.figures == "52家 86家"


@pytest.mark.parametrize("text, parts", [
    ("参保人数52.3万人，比上年增加2.7万人，其中城镇职工参保人数31.5万人。", "31.5万人 52.3万人"),
    ("存款余额612.4亿元，比年初增加48.6亿元，增长8.6%；其中住户存款余额398.5亿元，比年初增加41.2亿元。", "398.5亿元 612.4亿元"),
    ("教育经费总投入9.86亿元，比上年的9.12亿元增长8.1%，其中财政性教育经费8.35亿元。", "8.35亿元 9.86亿元"),
])
def test_a_change_or_a_base_before_qizhong_is_not_the_total(text, parts):
    check = one(checks_in(text), "auto-part-")
    assert check.verdict == "consistent" and check.figures == parts
    assert "not the change or earlier figure" in check.assumptions


@pytest.mark.parametrize("people, verdict", [("512", "consistent"), ("1,712", "inconsistent")])
def test_a_part_in_two_units_is_checked_in_both(people, verdict):
    table = checks_in(f"全村共有农户426户1,652人，其中建档立卡贫困户138户{people}人。")
    parts = kind(table, "auto-part-")
    assert parts.verdict.tolist() == ["consistent", verdict]


@pytest.mark.parametrize("tertiary, verdict", [("86.0", "consistent"), ("76.0", "inconsistent")])
def test_the_three_industries_sum_to_the_total_and_parts_that_fall_short_do_not_pass(tertiary, verdict):
    table = checks_in(f"地区生产总值186.5亿元，同比增长7.8%。分产业看，第一产业增加值32.1亿元，增长7.2%；第二产业增加值"
                      f"68.4亿元，增长8.6%；第三产业增加值{tertiary}亿元，增长7.4%。")
    check = one(table, "auto-sum-")
    assert check.verdict == verdict and "three industries" in check.assumptions
    assert not kind(table, "auto-part-").shape[0]       # a complete list is judged by its sum, not as parts


def test_urban_and_rural_make_up_the_whole_but_averages_do_not_add_up():
    table = checks_in("社会消费品零售总额218.7亿元。按经营地统计，城镇消费品零售额176.2亿元，乡村消费品零售额62.5亿元。")
    assert one(table, "auto-sum-").verdict == "inconsistent"
    incomes = checks_in("全体居民人均可支配收入31,860元。城镇居民人均可支配收入41,250元，农村居民人均可支配收入18,320元。")
    assert not kind(incomes, "auto-sum-").shape[0]


def test_fenbie_after_a_total_with_gongyou_lists_every_part():
    table = checks_in("全市共有各类市场主体8.62万户，个体工商户、企业和农民专业合作社分别为6.15万户、2.21万户和1.26万户。")
    check = one(table, "auto-sum-")
    assert check.verdict == "inconsistent" and "分别 lists every part" in check.assumptions
    partial = checks_in("全县公路里程5,230公里，高速公路、国道分别为210公里、480公里。")
    assert one(partial, "auto-part-").verdict == "consistent"      # without 共有, parts within the total only


@pytest.mark.parametrize("total, verdict", [("70", "consistent"), ("78", "inconsistent")])
def test_yishang_heji_totals_the_list_of_the_sentence_before(total, verdict):
    table = checks_in(f"幼儿园31所，小学26所，初中9所，普通高中3所，中等职业学校1所。以上各类学校合计{total}所。")
    check = one(table, "auto-sum-")
    assert check.verdict == verdict and check.computed == pytest.approx(70)


def test_heji_in_one_sentence():
    assert one(checks_in("税收收入8.2亿元，非税收入4.3亿元，两项合计12.5亿元。"), "auto-sum-").verdict == "consistent"


@pytest.mark.parametrize("split, verdict", [("12.0:40.6:47.4", "consistent"), ("12.5:38.2:59.3", "inconsistent")])
def test_a_split_of_shares_sums_to_100(split, verdict):
    assert one(checks_in(f"三次产业结构为{split}。"), "auto-split-").verdict == verdict


def test_ratios_that_are_not_splits():
    assert checks_in("务工收入、种养收入、财产性收入之比约为5:3:2。男女性别比为105.2:100。").empty


@pytest.mark.parametrize("share, verdict", [("73.4", "consistent"), ("78.0", "inconsistent")])
def test_a_share_of_a_named_total_before_it_never_after_it(share, verdict):
    before = checks_in(f"一般公共预算收入13,450万元，其中税收收入9,870万元，占一般公共预算收入的比重为{share}%。")
    assert one(before, "auto-share-").verdict == verdict
    after = checks_in(f"全年税收收入9,870万元，占一般公共预算收入的{share}%，一般公共预算收入13,450万元。")
    assert kind(after, "auto-share-").empty        # round 5: a whole after the share is never taken


def test_shares_listed_with_fenbie_follow_the_parts_units():
    table = checks_in("全县脱贫户和监测户9,860户35,420人，其中发展林下经济的2,380户9,150人，占比分别为24.1%和28.8%。")
    shares = kind(table, "auto-share-")
    assert shares.figures.tolist() == ["2,380户 24.1% 9,860户", "28.8% 35,420人 9,150人"]
    assert shares.verdict.tolist() == ["consistent", "inconsistent"]


def test_parts_from_two_breakdowns_are_not_accused_of_exceeding_their_total():
    table = checks_in("全年固定资产投资125.6亿元，其中工业投资75.2亿元，增长12.1%；民间投资68.3亿元，下降3.2%。")
    checks = kind(table, "auto-part-")                 # round 5: each part alone, never their sum
    assert len(checks) == 2 and (checks.verdict == "consistent").all()
    assert all("compared with the total alone" in a for a in checks.assumptions)


# -- averages, rates, ratios ------------------------------------------------------------------------------------

def test_per_capita_divides_by_the_stated_population():
    check = one(checks_in("全年发放补贴总额2.4亿元，服务人口31.2万人，人均769元。"), "auto-average-")
    assert check.verdict == "consistent" and check.computed == pytest.approx(2.4e8 / 312000)
    assert "divides 2.4亿元 by the 31.2万人 stated" in check.assumptions


@pytest.mark.parametrize("average, verdict", [("12,033", "consistent"), ("13,833", "inconsistent")])
def test_an_average_per_stay_and_per_household(average, verdict):
    table = checks_in(f"全年住院1.23万人次，住院费用合计1.48亿元，次均住院费用{average}元。")
    assert one(table, "auto-average-").verdict == verdict
    household = checks_in("带动农户1,850户，户均增收6,200元，带动增收总额1,147万元。")
    assert one(household, "auto-average-").verdict == "consistent"


def test_an_average_needs_both_figures_stated():
    assert checks_in("安排实施了288个援建项目，县均6200万元。").empty                    # no count of counties
    unrelated = checks_in("一般公共预算收入13,450万元，城镇新增就业3,260人，农村居民人均可支配收入12,350元。")
    assert not kind(unrelated, "auto-average-").shape[0]


@pytest.mark.parametrize("deaths, verdict", [("4,680", "consistent"), ("5,680", "inconsistent")])
def test_rates_per_thousand(deaths, verdict):
    table = checks_in(f"年末常住人口52.0万人。全年出生人口4,160人，出生率为8.0‰；死亡人口{deaths}人，死亡率为9.0‰。")
    rates = kind(table, "auto-rate-")
    assert rates.verdict.tolist() == ["consistent", verdict]
    assert rates.computed.iloc[0] == pytest.approx(4160 / 520000 * 100)       # the ledger holds ‰ as a percent


@pytest.mark.parametrize("rate, verdict", [("415.9", "consistent"), ("455.9", "inconsistent")])
def test_rates_per_100_000_and_per_thousand_people(rate, verdict):
    table = checks_in(f"年末全县常住人口51.6万人。全县床位2,860张，每千人口床位数5.5张。报告法定传染病发病2,146例，"
                      f"发病率为{rate}/10万。")
    rates = kind(table, "auto-rate-")
    assert rates.verdict.tolist() == ["consistent", verdict]
    # the parser holds 415.9/10万 as a percent (0.4159%), so the rate is recomputed in percent
    assert rates.computed.tolist() == pytest.approx([2860 / 516000 * 1000, 2146 / 516000 * 100])
    assert rates.unit.tolist()[1] == "percent" and "per 10万" in rates.description.tolist()[1]


def test_infant_mortality_is_per_live_birth():
    check = one(checks_in("全年住院分娩活产数4,320人，婴儿死亡12人，婴儿死亡率为2.8‰。年末常住人口51.6万人。"), "auto-rate-")
    assert check.verdict == "consistent" and "live births" in check.description


@pytest.mark.parametrize("ratio, verdict", [("2.25", "consistent"), ("2.45", "inconsistent")])
def test_the_urban_rural_income_ratio(ratio, verdict):
    named = checks_in(f"城镇居民人均可支配收入41,250元，农村居民人均可支配收入18,320元。城乡居民人均收入比为{ratio}。")
    assert one(named, "auto-ratio-").verdict == verdict
    paired = checks_in(f"城乡居民人均可支配收入分别达到41,250元和18,320元，城乡收入比为{ratio}:1。")
    assert one(paired, "auto-ratio-").verdict == verdict


def test_a_natural_growth_rate_written_with_a_minus_sign():
    check = one(checks_in("出生率为8.0‰，死亡率为9.0‰，人口自然增长率为-1.0‰。"), "auto-difference-")
    assert check.verdict == "consistent" and check.computed == pytest.approx(-0.1)   # ‰ held as percent


# -- what every check carries ----------------------------------------------------------------------------------

def test_a_doubtful_reading_says_so_and_shows_what_it_implies():
    near = one(checks_in("全县生产总值186.5亿元。第一产业增加值32.1亿元，占地区生产总值的26.6%。"), "auto-share-")
    assert near.verdict == "inconsistent" and near.computed == pytest.approx(32.1 / 186.5 * 100)
    far = one(checks_in("全县生产总值186.5亿元。全年新增就业1.2万人。\n第一产业增加值32.1亿元，占地区生产总值的26.6%。"),
              "auto-share-")
    assert far.verdict == "derived" and far.computed == pytest.approx(32.1 / 186.5 * 100)
    assert "doubtful reading (the total is the nearest figure named 地区生产总值, in another paragraph)" in \
        far.assumptions and "doubtful reading" in far.description


def test_no_relation_in_unrelated_figures():
    assert checks_in("全年新增转移农村劳动力1.2万人，其中县内就业占比近八成。城镇登记失业率3.5%以内。").empty


def test_a_change_since_the_start_of_the_year_and_a_rate_on_a_year_ago_are_not_one_relation():
    table = checks_in("3月末各项贷款余额1,856.3亿元，比年初增加96.5亿元，同比增长9.2%。")
    assert not kind(table, "auto-change-rate-").shape[0]
    assert set(table.verdict) == {"derived"}
    assert sorted(table.figures) == ["1,856.3亿元 9.2%", "1,856.3亿元 96.5亿元"]


def test_a_real_rate_after_a_nominal_one_derives_nothing():
    table = checks_in("全体居民人均可支配收入12,860元，同比名义增长5.7%，扣除价格因素实际增长5.4%。")
    assert table.figures.tolist() == ["12,860元 5.7%"]


def test_goods_and_catering_make_up_retail_sales():
    table = checks_in("社会消费品零售总额98.6亿元。按消费类型分，商品零售额86.2亿元，增长6.1%；餐饮收入22.4亿元，增长11.9%。")
    assert one(table, "auto-sum-").verdict == "inconsistent"


def test_a_total_named_with_other_words_between():
    table = checks_in("规模以上工业实现产值632.5亿元，其中高技术制造业产值128.7亿元，占规模以上工业产值的比重为20.3%。")
    assert one(table, "auto-share-").verdict == "consistent"


# Sentences whose figures are right (or not related): whatever the finder reads in them, it must accuse nothing.
TRUE_STATEMENTS = [
 "全市共有各级各类学校1,256所，在校生58.6万人，其中小学在校生26.3万人，初中在校生12.8万人，普通高中在校生7.9万人。",
 "全年接待游客1,860万人次，实现旅游收入186.5亿元，分别增长25.3%和31.2%。",
 "全县森林覆盖率达到62.3%，比上年提高0.8个百分点。",
 "粮食总产量达到38.6万吨，连续5年稳定在35万吨以上。",
 "全年城镇新增就业1.2万人，完成年度目标任务的120%。",
 "年末总人口24.2万人，其中男性12.3万人，女性11.9万人。",
 "全市户籍人口186.5万人，常住人口168.2万人，城镇化率为62.5%。",
 "全区完成固定资产投资125.6亿元，增长8.3%，其中：第一产业投资3.2亿元，第二产业投资45.6亿元，第三产业投资76.8亿元。",
 "年末全市金融机构存款余额1,856亿元，贷款余额1,623亿元，存贷比为87.4%。",
 "年末常住人口156万人。全年出生人口1.2万人，出生率为7.8‰；死亡人口1.1万人，死亡率为7.1‰；自然增长率为0.7‰。",
 "人均GDP达到8.6万元，是全国平均水平的1.2倍。",
 "脱贫人口人均纯收入由2015年的3,200元增加到2020年的10,520元，年均增长26.9%。",
 "全县有耕地45.6万亩，其中水田12.3万亩、旱地33.3万亩。",
 "参加城乡居民基本医疗保险人数52.3万人，比上年增加2.7万人，其中新增参保人员中城镇居民1.5万人。",
 "粮食产量38.6万吨，油料产量2.1万吨，蔬菜产量56.3万吨，合计96.9万吨。",
 "年末总人口55.1万人，60岁以上人口10.2万人，占总人口的18.5%。",
 "全县实现农林牧渔业总产值68.5亿元，其中农业产值32.1亿元、林业产值3.6亿元、牧业产值25.8亿元、渔业产值2.9亿元、农林牧渔服务业产值4.1亿元。",
 "全市生猪出栏185.6万头，存栏126.3万头，其中能繁母猪13.2万头。",
 "城镇登记失业率3.2%，同比下降0.3个百分点。",
 "规模以上工业增加值增长8.1%，增速较一季度回落0.5个百分点。",
 "全年新增市场主体1.2万户，年末市场主体总量达到8.6万户，增长12.3%。",
 "销售额3.4亿元，2020年为1.6亿元，年均增长45.8%。",
 "全县GDP总量达到186.5亿元，人均GDP达到6.2万元，常住人口30.1万人。",
 "全市规模以上工业企业实现利润86.5亿元，增长12.5%；亏损企业亏损额3.2亿元，下降15.6%。",
 "全年完成进出口总额56.8亿元，其中出口38.6亿元，增长12.1%；进口18.2亿元，下降3.5%。",
 "年末全县共有卫生技术人员3,120人，其中执业医师1,180人。每万人口拥有执业医师22.9人。年末常住人口51.6万人。",
 "全县农村居民人均可支配收入18,320元，比上年增加1,120元，增长6.5%。",
 "城乡居民人均可支配收入比由上年的2.31缩小到2.25。",
 "全年发放创业担保贷款2.3亿元，扶持创业1,860人，带动就业5,620人，人均贷款12.4万元。",
 "全县建成5G基站1,260个，其中2023年新建486个，5G用户达到28.6万户，5G用户占移动电话用户的比重为41.2%。",
 "2023年全县一般公共预算收入12.6亿元，2022年为11.8亿元，增长6.8%。",
 "其中，规模以上工业增加值增长9.1%，占GDP的比重为38.5%。",
 "全年全县共发生火灾126起，比上年下降12.5%，直接经济损失186万元，下降8.2%。",
 "全市共有A级旅游景区32个，其中5A级景区2个、4A级景区12个、3A级景区18个。",
]


@pytest.mark.parametrize("text", TRUE_STATEMENTS, ids=range(len(TRUE_STATEMENTS)))
def test_true_statements_raise_no_alarm(text):
    table = checks_in(text)
    assert not (table.verdict == "inconsistent").any(), table[["description", "verdict"]]
