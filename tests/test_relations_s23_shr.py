"""Session 23's share readings (shares.py), pinned on sentences of our own (not the rounds' texts)."""

from .test_relations_kinds import by_figures, checks_in, no_alarm

INCOME = ("2025年，全市居民人均可支配收入42,150元，比上年增长5.3%。按常住地分，城镇居民人均可支配收入51,380元，"
          "增长4.9%；农村居民人均可支配收入26,740元，增长6.5%。\n"
          "工资性收入稳步增长。全市居民人均工资性收入24,310元，增长5.6%，占{wage}。\n"
          "农村居民人均工资性收入12,020元，增长7.1%，占农村居民人均可支配收入的45.0%；人均经营净收入8,150元，占{farm}。")


def test_a_bare_share_of_a_per_head_source_is_of_the_per_head_income():
    """人均工资性收入 a，增长 g%，占 s%: a source of income per head over 人均可支配收入 of its group, paragraphs before
    (24,310 / 42,150 = 57.7%)."""
    wrong = checks_in(INCOME.format(wage="62.7%", farm="30.5%"))
    assert by_figures(wrong, "24,310元", "42,150元", "62.7%").verdict.tolist() == ["inconsistent"]
    right = checks_in(INCOME.format(wage="57.7%", farm="30.5%"))
    no_alarm(right)
    assert by_figures(right, "24,310元", "42,150元", "57.7%").verdict.tolist() == ["consistent"]


def test_a_per_head_part_without_a_group_takes_the_group_named_before_it():
    """…农村居民人均工资性收入 a …；人均经营净收入 b，占 s%: b is the rural residents', over 26,740元 (8,150 / 26,740 =
    30.5%), not over all residents' 42,150元."""
    wrong = checks_in(INCOME.format(wage="57.7%", farm="35.5%"))
    assert by_figures(wrong, "8,150元", "26,740元", "35.5%").verdict.tolist() == ["inconsistent"]
    assert by_figures(wrong, "8,150元", "42,150元", "35.5%").empty


CONSUMPTION = ("2025年，全市居民人均消费支出28,640元，增长6.1%。\n"
               "全市居民八类消费支出全面增长。人均食品烟酒消费支出7,980元，增长4.0%，占人均消费支出的比重为27.9%；"
               "人均交通通信消费支出3,720元，增长8.4%，{share}。")


def test_a_named_share_of_per_head_spending_is_read_over_the_per_head_total():
    """人均交通通信消费支出 a，占人均消费支出的比重为 s% (3,720 / 28,640 = 13.0%): both per head, the whole a section
    before; and 所占比重为 s% after a category of spending alike."""
    assert by_figures(checks_in(CONSUMPTION.format(share="占人均消费支出的比重为15.0%")),
                      "3,720元", "28,640元", "15.0%").verdict.tolist() == ["inconsistent"]
    assert by_figures(checks_in(CONSUMPTION.format(share="所占比重为15.0%")),
                      "3,720元", "28,640元", "15.0%").verdict.tolist() == ["inconsistent"]
    right = checks_in(CONSUMPTION.format(share="所占比重为13.0%"))
    no_alarm(right)


def test_a_per_head_share_under_a_heading_of_another_group_is_not_read():
    """（二）农村居民\\n人均交通通信消费支出 a，占 s%: the heading names the group, which is not the whole's: not read."""
    text = ("2025年，全市居民人均消费支出28,640元，增长6.1%。\n（二）农村居民\n"
            "人均交通通信消费支出2,120元，增长8.4%，占15.0%。")
    table = checks_in(text)
    no_alarm(table)
    assert by_figures(table, "2,120元", "28,640元", "15.0%").empty


def test_a_per_head_part_takes_the_group_of_its_paragraph_across_a_full_stop():
    """Review: 农村居民人均工资性收入 a，占农村居民人均可支配收入的 s1%。人均经营净收入 b，占 s2%: b is the rural
    residents' too (7,500 / 25,000 = 30.0%), not all residents' (50,000)."""
    table = checks_in("2025年，全市居民人均可支配收入50,000元。农村居民人均可支配收入25,000元。农村居民人均工资性收入"
                      "12,500元，增长7%，占农村居民人均可支配收入的比重为50.0%。人均经营净收入7,500元，占30.0%。")
    no_alarm(table)
    assert by_figures(table, "7,500元", "25,000元", "30.0%").verdict.tolist() == ["consistent"]


def test_a_rate_named_by_one_of_two_parts_counted_among_a_whole():
    """80家龙头企业中，62家实现营收增长，18家营收下降，增长面为 s%: the rate counts the part it names (62 / 80 = 77.5%),
    though another part stands between; 亏损面 names the other part."""
    text = "全市80家农业龙头企业中，62家实现营收增长，18家营收下降，增长面为{s}。"
    assert by_figures(checks_in(text.format(s="72.5%")), "62家", "80家", "72.5%").verdict.tolist() == ["inconsistent"]
    right = checks_in(text.format(s="77.5%"))
    no_alarm(right)
    table = checks_in("全市1,500家规上工业企业中，1,200家实现盈利，300家出现亏损，亏损面为20.0%。")
    no_alarm(table)
    assert by_figures(table, "300家", "1,500家", "20.0%").verdict.tolist() == ["consistent"]


def test_a_bare_share_of_a_count_is_of_the_count_of_all_so_named():
    """全市 1,200家规上工业企业均已…。全市有 480家企业完成数字化改造，占比 s%: of the count of all 企业 stated before
    (480 / 1,200 = 40.0%), the noun after it and 均 saying it is all of them."""
    text = "全市1,200家规上工业企业均已接入工业互联网平台。全市有480家企业完成数字化改造，占比{s}。"
    assert by_figures(checks_in(text.format(s="45.0%")), "480家", "1,200家", "45.0%").verdict.tolist() \
        == ["inconsistent"]
    no_alarm(checks_in(text.format(s="40.0%")))


def test_a_bare_share_of_a_kind_or_another_year_is_only_shown():
    """全市有 360家高新技术企业，占比 s% after 1,200家规上工业企业均已…: 高新技术企业 may not be counted among them;
    2023年，全市有 400家企业… after 全市 1,000家重点企业已全部复工: another year — shown, never accused."""
    kind = checks_in("全市1,200家规上工业企业均已完成统计联网直报。全市有360家高新技术企业，占比40.0%。")
    no_alarm(kind)
    assert "inconsistent" not in by_figures(kind, "360家", "1,200家").verdict.tolist()
    year = checks_in("全市1,000家重点企业已全部复工。2023年，全市有400家企业获得技改补贴，占比45.0%。")
    no_alarm(year)
    assert "inconsistent" not in by_figures(year, "400家", "1,000家").verdict.tolist()


def test_a_count_restated_before_its_parts_stands_for_the_count_first_stated():
    """岚江省 213家上市公司已全部披露年报。\\n 213家公司中，178家实现盈利，…，盈利面为 s%: the whole is the 213家 first
    stated, paragraphs before (178 / 213 = 83.6%)."""
    table = checks_in("截至4月30日，全省213家上市公司已全部披露年报。\n从盈利情况看，213家公司中，178家实现盈利，35家出现亏损，"
                      "盈利面为88.6%。")
    share = by_figures(table, "178家", "213家", "88.6%")
    assert share.verdict.tolist() == ["inconsistent"]
    first = table.loc[table.index.str.startswith("auto-share")].claim_ids.iloc[0]
    assert min(int(c.split("-")[1]) for c in first.split(";")) < 20


def test_a_per_head_share_is_never_of_another_places_figure():
    """Review: 全市…45,000元。全国居民人均可支配收入 41,000元。全市居民人均财产净收入 a，占 s%: of the city's 45,000元,
    not the nation's nearer one (4,050 / 45,000 = 9.0%)."""
    table = checks_in("全市居民人均可支配收入45,000元。全国居民人均可支配收入41,000元。全市居民人均财产净收入4,050元，占9.0%。")
    no_alarm(table)
    assert by_figures(table, "4,050元", "45,000元", "9.0%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "4,050元", "41,000元").empty


def test_a_rate_of_a_part_named_before_it_or_negated():
    """Review: 120个项目中，已开工 90个，竣工 30个，竣工率 s%: 竣工 names 30个 before it, not 90个 whose next words say
    竣工 (30 / 120 = 25.0%); 50所中，40所达标，10所未达标，达标率 s%: 未达标 is not 达标 (40 / 50 = 80.0%)."""
    built = checks_in("全市120个重点项目中，已开工90个，竣工30个，竣工率为25.0%。")
    no_alarm(built)
    assert by_figures(built, "30个", "120个", "25.0%").verdict.tolist() == ["consistent"]
    schools = checks_in("全县50所学校中，40所达标，10所未达标，达标率为80.0%。")
    no_alarm(schools)
    assert by_figures(schools, "40所", "50所", "80.0%").verdict.tolist() == ["consistent"]


def test_a_share_of_the_budget_named_by_its_figure_ending_in_budget():
    """政府性基金预算收入预算 B，实际完成 A，仅为预算的 s%: B, whose words end with 收入预算, is the budget (57 / 60 = 95.0%);
    一般公共预算收入 W (an actual, its 预算 a part of its name) is none."""
    text = "政府性基金预算收入预算60亿元，上年完成55亿元，今年实际完成57亿元，仅为预算的{s}。"
    assert by_figures(checks_in(text.format(s="85.0%")), "57亿元", "60亿元", "85.0%").verdict.tolist() == ["inconsistent"]
    no_alarm(checks_in(text.format(s="95.0%")))
    actual = checks_in("一般公共预算收入120亿元，实际完成110亿元，为预算的81.7%。")
    no_alarm(actual)
    assert by_figures(actual, "110亿元", "120亿元", "81.7%").empty


def test_a_bare_share_of_a_count_is_only_shown_when_a_larger_count_of_its_noun_stands_before():
    """Review: 全市医院 210家。全市 86家二级以上医院均已…。全市有 43家医院…，占比 s%: of all 210 hospitals or of the 86
    is not said (43 / 210 = 20.5%): shown, never accused."""
    table = checks_in("全市医院210家。全市86家二级以上医院均已开展日间手术。全市有43家医院开展远程会诊，占比20.5%。")
    no_alarm(table)
    assert "inconsistent" not in by_figures(table, "43家", "86家").verdict.tolist()
