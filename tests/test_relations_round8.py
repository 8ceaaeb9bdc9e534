"""Relations round 8: what round G showed — its two false alarms, and kinds it found none of.

Each rule is stated for the phrasing in general (``tests/fixtures/relations/README.md``, round 8); the sentences
here are written for the test, not copied from the fixture reports.
"""

import pytest

from .test_relations_kinds import assert_round, checks_in, kind, no_alarm, verdicts


# -- precision ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("44.7", "consistent"), ("54.7", "inconsistent")])
def test_per_thousand_of_a_group_stated_before_as_a_population(rate, verdict):
    """``每千名老年人拥有养老床位``: over 老年人口 stated before, not over 高龄老年人 (some of them) nor over the
    老年人 counted after it; the beds counted are all of them (养老床位合计), not the 护理型 part."""
    table = checks_in(f"全市60岁及以上老年人口96.4万人，其中80岁以上高龄老年人11.2万人。全市各类养老床位合计4.31万张，"
                      f"其中护理型床位2.05万张。全市每千名老年人拥有养老床位{rate}张。年末入住养老机构的老年人1.97万人。")
    rates = kind(table, "auto-rate-")
    assert rates.verdict.tolist() == [verdict]
    assert "96.4万人" in rates.description.iloc[0] and "4.31万张" in rates.description.iloc[0]


def test_a_per_head_average_never_divides_a_part_of_a_sentence_opened_by_its_whole():
    """``城乡居民生活用电中，城镇居民 a，乡村居民 b … 人均生活用电量``: neither part is the whole it divides."""
    table = checks_in("全省常住人口4,312万人。\n城乡居民生活用电中，城镇居民生活用电量301.5亿千瓦时，乡村居民生活用电量"
                      "238.2亿千瓦时。\n按常住人口计算，全省人均生活用电量1,980千瓦时。")
    no_alarm(table)
    assert not kind(table, "auto-average-").description.str.contains("238.2亿千瓦时").any()


@pytest.mark.parametrize("average, verdict", [("1,312", "consistent"), ("1,612", "inconsistent")])
def test_an_average_over_the_one_part_named_for_it(average, verdict):
    """``救助资金 T，其中资助参保 a、直接救助 b … 次均救助``: one part is named 救助, so it is what is averaged."""
    table = checks_in(f"全年医疗救助资金支出5,236万元，其中资助参保资金783万元、直接救助资金4,453万元。"
                      f"实施门诊和住院救助3.39万人次，次均救助{average}元。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "4,453万元" in averages.description.iloc[0]


# -- recall -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, verdict", [("5.8", "consistent"), ("6.8", "inconsistent")])
def test_a_rate_per_thousand_over_the_resident_population(rate, verdict):
    """A report stating 户籍 and 常住 populations: a rate per 1,000 divides by the 常住人口, without doubt."""
    table = checks_in(f"年末全市户籍人口531.6万人，常住人口497.3万人。全年办理结婚登记2.87万对，结婚率为{rate}‰。")
    rates = kind(table, "auto-rate-")
    assert rates.verdict.tolist() == [verdict]
    assert "497.3万人" in rates.description.iloc[0]


@pytest.mark.parametrize("monthly, verdict", [("632", "consistent"), ("732", "derived")])
def test_a_monthly_average_of_a_year_s_total(monthly, verdict):
    """The year's total over the people counted and 12 months; a miss is shown, not accused, since the people counted
    (at year end, or who drew it some months only) need not have drawn it every month."""
    table = checks_in(f"全年支出城市低保资金1.92亿元，保障城市低保对象2.53万人，月人均补助{monthly}元。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("second, verdict", [("6,538", "consistent"), ("7,538", "inconsistent")])
def test_capacities_are_amounts(second, verdict):
    table = checks_in(f"年末全省发电装机容量10,214万千瓦，其中火电装机3,676万千瓦、新能源装机{second}万千瓦。")
    assert verdicts(table, "auto-part-") == [verdict]


@pytest.mark.parametrize("both, verdict", [("1,363.5", "consistent"), ("1,563.5", "inconsistent")])
def test_a_total_counting_its_items_past_their_rates(both, verdict):
    """``甲 a，增长 r%，占 s%；乙 b，增长 t%；两市合计 T``: 两市 counts the two items, past ； and their rates."""
    table = checks_in(f"省会用电量824.3亿千瓦时，增长8.1%，占全省的20.6%；东城用电量539.2亿千瓦时，增长9.4%；"
                      f"两市合计{both}亿千瓦时。")
    assert verdicts(table, "auto-sum-") == [verdict]


@pytest.mark.parametrize("both, verdict", [("734.2", "consistent"), ("834.2", "inconsistent")])
def test_a_total_naming_its_items(both, verdict):
    table = checks_in(f"其中，火电2,301.6亿千瓦时；风电426.8亿千瓦时，增长17.2%；光伏发电307.4亿千瓦时。"
                      f"风电和光伏发电量合计{both}亿千瓦时。")
    sums = kind(table, "auto-sum-")
    assert sums.verdict.tolist() == [verdict]
    assert "2,301.6" not in sums.description.iloc[0]


@pytest.mark.parametrize("share, verdict", [("21.3", "consistent"), ("27.3", "inconsistent")])
def test_a_share_of_the_whole_place(share, verdict):
    """``占全省的``: of the province's figure of the part's measure, even paragraphs away."""
    table = checks_in(f"全年全社会用电量达到3,874.6亿千瓦时，同比增长7.5%。\n分地区看，省会用电量824.3亿千瓦时，"
                      f"增长8.1%，占全省的{share}%。")
    shares = kind(table, "auto-share-")
    assert "3,874.6亿千瓦时" in shares.description.iloc[0]
    assert shares.verdict.iloc[0] == verdict or (verdict == "inconsistent" and shares.verdict.iloc[0] == "derived")
    no_alarm(table) if verdict == "consistent" else None


@pytest.mark.parametrize("price, verdict", [("0.618", "consistent"), ("0.718", "inconsistent")])
def test_an_average_price_per_unit_of_energy(price, verdict):
    table = checks_in(f"全年售电量3,294.2亿千瓦时，售电收入2,035.8亿元，平均售电价格为{price}元/千瓦时。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("ratio, verdict", [("31.8", "consistent"), ("38.8", "inconsistent")])
def test_a_divorce_to_marriage_ratio(ratio, verdict):
    table = checks_in(f"全年办理结婚登记2.87万对，离婚登记0.91万对，离结比为{ratio}%。")
    assert verdicts(table, "auto-ratio-") == [verdict]


# -- round 9 (rules from round H) -----------------------------------------------------------------------------------

def test_a_bracketed_qizhong_ends_with_its_bracket():
    table = checks_in("年末全市专业技术人员51.36万人。按职称等级分，具有高级职称的9.14万人（其中正高级1.52万人），"
                      "中级职称19.87万人，初级职称及以下22.35万人。")
    no_alarm(table)
    parts = kind(table, "auto-part-")
    assert not parts.description.str.contains("19.87万人.*9.14万人").any()


def test_a_peer_of_a_list_is_no_whole_of_its_set():
    table = checks_in("从就业地域看，在本县内转移就业64.7万人，在县外省内转移就业43.5万人，转移到省外就业25.1万人。")
    no_alarm(table)


@pytest.mark.parametrize("each, verdict", [("1.24", "consistent"), ("1.54", "inconsistent")])
def test_per_head_over_the_people_of_its_sentence_counted_in_ming(each, verdict):
    table = checks_in(f"全市常住人口562.1万人。全年为1.18万名劳动者追发工资1.46亿元，人均追发{each}万元。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "1.18万名" in averages.description.iloc[0]


@pytest.mark.parametrize("each, verdict", [("1.51", "consistent"), ("1.91", "inconsistent")])
def test_an_average_takes_the_sum_of_its_own_sentence(each, verdict):
    table = checks_in(f"全年发放失业保险金4.12亿元。向1.93万户参保企业发放稳岗返还资金2.91亿元，户均{each}万元。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "2.91亿元" in averages.description.iloc[0]


@pytest.mark.parametrize("each, verdict", [("83.1", "consistent"), ("98.1", "inconsistent")])
def test_per_each_over_the_count_its_noun_names(each, verdict):
    table = checks_in(f"全县208个行政村全部通硬化路。全县村级集体经济经营性收入总额1.73亿元，平均每个行政村{each}万元，"
                      f"经营性收入超过50万元的村达到51个。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "208个" in averages.description.iloc[0]


@pytest.mark.parametrize("yield_, verdict", [("468.2", "consistent"), ("528.2", "inconsistent")])
def test_a_yield_over_a_harvest_and_a_sown_area(yield_, verdict):
    table = checks_in(f"分季来看，夏粮种植32.14万亩、收获15.05万吨，亩产{yield_}公斤；秋粮种植54.36万亩。")
    assert verdicts(table, "auto-average-") == [verdict]


@pytest.mark.parametrize("each, verdict", [("8,412", "consistent"), ("9,412", "inconsistent")])
def test_an_average_per_mu_over_the_one_sum_of_its_sentence(each, verdict):
    table = checks_in(f"水果种植面积10.36万亩，产值8.71亿元，亩均收益{each}元。")
    assert verdicts(table, "auto-average-") == [verdict]


# -- rounds G and H: the honest figures --------------------------------------------------------------------------

ROUND_G = ["civil-affairs-bulletin-2024", "power-consumption-news-2024"]
ROUND_H = ["human-resources-bulletin-2024", "county-agriculture-news-2024"]
#: round H's false alarms as measured once (the finder before round 6 raises the same five): 县内, 县外省内 and 省外
#: workers read as a set over the 县内 figure, a bracketed 其中 (正高级 of 高级职称) running on over 中级 and 初级,
#: the share 高级职称人员占 17.5% read with that list, 户均 稳岗返还 over the 失业保险金 of the sentence before, and
#: 人均追发 over the city's population instead of the 1.12万名 workers of its sentence
ROUND_H_ALARMS = {"auto-sum-868", "auto-part-3287-of-3275", "auto-share-3329", "auto-average-2140",
                  "auto-average-3110"}


@pytest.fixture(scope="module")
def scores():
    from .test_relations_fixtures import round_score

    return {**{name: round_score("round7", name) for name in ROUND_G},
            **{name: round_score("round8", name) for name in ROUND_H}}


def test_round_g_after_this_work(scores):
    """Round G after round 8 (no longer unseen): 78 of 136 found (was 63), 77 right, no false alarm (was two)."""
    assert_round([scores[name] for name in ROUND_G], 78, 77)


def test_round_h_as_measured_once(scores):
    """Round H is the honest figure, measured once after round 8: 58 of 126 found (35 of 98 checkable), all right,
    five false alarms (2.4 per 60) — the same as the finder before round 6. A lost relation or a new alarm fails here;
    an alarm fixed later shows as a smaller set (round 9 fixed all five: see test_round_h_after_round_9)."""
    assert_round([scores[name] for name in ROUND_H], 58, 58, ROUND_H_ALARMS)


def test_round_h_after_round_9(scores):
    """Round H after the round 9 rules it guided: 67 of 126 found, all right, no false alarm."""
    assert_round([scores[name] for name in ROUND_H], 67, 67)


# -- a miss by far is a misreading more often than an error ------------------------------------------------------

def test_a_figure_missed_by_far_is_shown_not_judged():
    """1.48亿元 over 1.23万人次 is 12,033元: a stated 1,403元 misses ninefold, likelier a misreading (or a slip of a
    digit, which the derived figure still shows) than what a reader should be told is wrong."""
    table = checks_in("全年住院1.23万人次，住院费用合计1.48亿元，次均住院费用1,403元。")
    check = kind(table, "auto-average-")
    assert check.verdict.tolist() == ["derived"]
    assert "more than twofold" in check.assumptions.iloc[0]
    assert check.computed.iloc[0] == pytest.approx(1.48e8 / 12300)


@pytest.mark.parametrize("first, verdict", [("5,230", "inconsistent"), ("12,230", "derived")])
def test_parts_far_above_their_whole_are_shown_not_judged(first, verdict):
    """Parts 20% over their whole are accused; parts more than twice their whole are shown as the gap they leave."""
    table = checks_in(f"全县共有农民合作社6,150家，其中种植业合作社{first}家、养殖业合作社2,150家。")
    assert verdicts(table, "auto-part-") == [verdict]


@pytest.mark.parametrize("each, verdict", [("104.9", "consistent"), ("124.9", "inconsistent")])
def test_an_average_never_divides_a_later_sentence_s_total(each, verdict):
    """``普惠小微贷款余额 T … 授信户数 N，户均贷款 a。涉农贷款余额 U``: U, stated after, is not what 户均贷款 divides."""
    table = checks_in(f"普惠小微贷款余额1,402.36亿元，同比增长16.1%。年末普惠小微贷款授信户数13.37万户，户均贷款{each}万元。"
                      f"涉农贷款余额2,513.72亿元，同比增长8.4%。")
    averages = kind(table, "auto-average-")
    assert averages.verdict.tolist() == [verdict]
    assert "1,402.36亿元" in averages.description.iloc[0]


# -- round I: the honest figure ------------------------------------------------------------------------------------

ROUND_I = ["county-statistical-bulletin-2024", "bank-finance-news-2024"]
#: round I's one false alarm as measured once: 户均贷款 over the 涉农贷款 of the sentence after it
ROUND_I_ALARMS = {"auto-average-1619"}


@pytest.fixture(scope="module")
def round_i():
    from .test_relations_fixtures import round_score

    return [round_score("round9", name) for name in ROUND_I]


def test_round_i_as_measured_once(round_i):
    """Round I is the honest figure, measured once after round 9: 79 of 132 found (40 of 84 checkable), 78 judged right,
    one false alarm (0.45 per 60). The finder before round 6 found the same 79 with four alarms (three of them misses by
    far, which the far-off rule now shows instead). The fix of its one alarm made afterwards: 80 found, none."""
    assert_round(round_i, 79, 78, ROUND_I_ALARMS)
    assert_round(round_i, 80, 79)
