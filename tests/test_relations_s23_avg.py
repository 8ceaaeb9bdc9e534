"""Session 23 (averages, rates and quotients): readings pinned on sentences of our own (not the rounds' texts)."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


def test_a_daily_average_written_as_a_whole_count_is_the_quotient_rounded():
    """日均 215列 over a year's 78,840列 (no days written): 78,840 / 366 = 215.4 → 215, over 365 it is 216.0; the one
    year's length the figure rounds to is read (the ledger holds a count after 日均 as rounded, so it is consistent)."""
    table = checks_in("2024年，全市全年开行地铁列车78,840列，日均215列。")
    no_alarm(table)
    assert by_figures(table, "78,840列", "215列").verdict.tolist() == ["consistent"]


def test_a_daily_whole_count_that_rounds_to_neither_year_is_only_shown():
    table = checks_in("2024年，全市全年开行地铁列车78,840列，日均235列。")
    no_alarm(table)
    assert by_figures(table, "78,840列", "235列").empty


def test_a_bracketed_base_compares_the_total_not_its_daily_average():
    """完成集装箱吞吐量 A，日均 a，恢复至2019年（B）的 r%: r is A over B, the daily average between skipped."""
    text = "全年完成集装箱吞吐量36.5万标箱，日均吞吐量998标箱，恢复至2019年（30.2万标箱）的{r}%。"
    assert by_figures(checks_in(text.format(r="120.9")), "36.5万标箱", "30.2万标箱", "120.9%").verdict.tolist() \
        == ["consistent"]
    table = checks_in(text.format(r="130.9"))
    assert by_figures(table, "36.5万标箱", "30.2万标箱", "130.9%").verdict.tolist() == ["inconsistent"]


def test_a_daily_average_alone_is_what_its_bracketed_base_compares():
    """地铁日均客运量 a，恢复到2019年同期（B）的 r%: no total before it, the daily figure is compared."""
    table = checks_in("全市地铁日均客运量212.4万人次，恢复到2019年同期（236.0万人次）的90.0%。")
    no_alarm(table)
    assert by_figures(table, "212.4万人次", "236.0万人次", "90.0%").verdict.tolist() == ["consistent"]


def test_a_rate_per_a_size_of_what_a_figure_of_its_sentence_counts():
    """每10万单投诉 r件: the complaints over the parcels of the sentence, × 10万; the size written as a figure."""
    text = "全年寄递快件2,845.6万件，受理用户有效投诉512件，每10万件有效投诉{r}件。"
    table = checks_in(text.format(r="1.80"))
    no_alarm(table)
    assert by_figures(table, "2,845.6万件", "512件", "1.80件").verdict.tolist() == ["consistent"]
    table = checks_in(text.format(r="2.80"))
    assert by_figures(table, "2,845.6万件", "512件", "2.80件").verdict.tolist() == ["inconsistent"]


def test_a_rate_per_a_size_written_in_words_and_a_counter_the_ledger_lacks():
    """每万辆车 r起: 万辆 a size in words, 起 no unit the ledger knows (the count and the rate both end in it)."""
    text = "年末全市机动车保有量312万辆，全年发生道路交通事故1,872起，每万辆车事故{r}起。"
    table = checks_in(text.format(r="6.0"))
    no_alarm(table)
    assert by_figures(table, "312万辆", "1,872", "6.0").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(r="7.0")), "312万辆", "1,872", "7.0").verdict.tolist() == ["inconsistent"]


def test_a_rate_per_a_size_of_last_year_is_not_read():
    table = checks_in("全年寄递快件2,845.6万件，受理用户有效投诉512件，上年每10万件有效投诉2.10件。")
    no_alarm(table)
    assert by_figures(table, "2,845.6万件", "512件", "2.10件").empty


def test_an_average_over_a_count_named_by_the_noun_after_it_in_the_total_s_unit():
    """在 12个街道（镇）建成社区食堂 87个，平均每个街道（镇）a个: 87 over 12, both counted in 个 — the count is the
    figure the noun names right after it, not the total whose words hold the noun for where it is."""
    text = "全区在12个街道（镇）建成社区食堂87个，比上年新增21个，平均每个街道（镇）{a}个。"
    table = checks_in(text.format(a="7.3"))
    no_alarm(table)
    assert by_figures(table, "12个", "87个", "7.3个").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(a="8.3")), "12个", "87个", "8.3个").verdict.tolist() == ["inconsistent"]


def test_an_average_over_the_count_of_its_noun_stated_before():
    """全县有行政村 202个 … 建成农村公厕 1,212座，平均每个行政村 6.0座: over the villages counted before."""
    table = checks_in("全县有行政村202个。全年在行政村新建改建农村公厕1,212座，平均每个行政村6.0座。")
    no_alarm(table)
    assert by_figures(table, "1,212座", "202个", "6.0座").verdict.tolist() == ["consistent"]


def test_a_rate_per_10000_people_named_without_每_over_the_population_its_sentence_states():
    """万人成讼率为 r件 after 按常住人口 P 计算: the one figure of the sentence in 件 over P, × 10,000."""
    text = "全年新收一审民商事案件46,380件，按全区常住人口198.5万人计算，万人成讼率为{r}件。"
    table = checks_in(text.format(r="233.7"))
    no_alarm(table)
    assert by_figures(table, "46,380件", "198.5万人", "233.7件").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(r="263.7")), "46,380件", "198.5万人", "263.7件").verdict.tolist() \
        == ["inconsistent"]


def test_a_rate_over_the_population_is_not_read_with_a_whole_and_its_part_before_it():
    """新收案件 N，其中民事案件 n，…万人成讼率: which of the two is counted is not known."""
    table = checks_in("全年新收案件12,400件，其中民事案件9,020件，按常住人口412.6万人计算，万人成讼率为21.9件。")
    no_alarm(table)
    assert by_figures(table, "12,400件", "412.6万人", "21.9件").empty


def test_an_average_over_the_count_named_like_the_total_s_subject():
    """共有规上物流企业 N家 …；其中 … 龙头企业 n家。全年规上物流企业实现营业收入 T，平均每家企业 a: N, whose words
    share the total's (规上, 物流), not the nearer 龙头企业."""
    text = ("全区共有规模以上物流企业486家，比上年增加32家。其中，高新技术企业96家，占19.8%；国家级龙头企业12家。"
            "全年规上物流企业实现营业收入1,215.0亿元，平均每家企业{a}亿元。")
    table = checks_in(text.format(a="2.50"))
    no_alarm(table)
    assert by_figures(table, "486家", "1,215.0亿元", "2.50亿元").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(a="3.50")), "486家", "1,215.0亿元", "3.50亿元").verdict.tolist() \
        == ["inconsistent"]


def test_an_average_over_the_one_total_of_its_paragraph_named_by_all_it_averages():
    """实现技术合同成交额 T。分领域看，…。技术经纪人 N人，人均技术合同成交额 a: T, two sentences back, named so alone."""
    text = ("全市技术市场实现技术合同成交额486.0亿元，增长9.8%。分领域看，电子信息领域成交额150.2亿元，先进制造领域"
            "112.6亿元。全市登记技术经纪人1,200人，人均技术合同成交额{a}亿元。")
    table = checks_in(text.format(a="0.405"))
    no_alarm(table)
    assert by_figures(table, "486.0亿元", "1,200人", "0.405亿元").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(a="0.505")), "486.0亿元", "1,200人", "0.505亿元").verdict.tolist() \
        == ["inconsistent"]


def test_an_average_is_of_the_whole_not_of_a_part_whose_words_add_a_qualifier():
    """技术合同成交额 T。其中企业技术合同成交额 t … 人均技术合同成交额 a: the average names no 企业, so it is of T (it
    was read over t, an alarm on a true text); 企业人均… is of t."""
    text = ("全市技术市场实现技术合同成交额486.0亿元，增长9.8%。其中企业技术合同成交额402.3亿元，占82.8%。"
            "全市{who}技术经纪人1,200人，{who}人均技术合同成交额{a}亿元。")
    table = checks_in(text.format(who="", a="0.405"))
    no_alarm(table)
    assert by_figures(table, "486.0亿元", "1,200人", "0.405亿元").verdict.tolist() == ["consistent"]
    table = checks_in(text.format(who="企业", a="0.335"))
    no_alarm(table)
    assert by_figures(table, "402.3亿元", "1,200人", "0.335亿元").verdict.tolist() == ["consistent"]


def test_a_median_as_a_share_of_its_mean():
    """居民人均可支配收入 M …；居民人均可支配收入中位数 m，中位数是平均数的 r%: m over M, × 100."""
    text = ("全区居民人均可支配收入38,650元，增长5.1%。全区居民人均可支配收入中位数33,420元，增长4.9%，"
            "中位数是平均数的{r}%。")
    table = checks_in(text.format(r="86.5"))
    no_alarm(table)
    assert by_figures(table, "33,420元", "38,650元", "86.5%").verdict.tolist() == ["consistent"]
    assert by_figures(checks_in(text.format(r="76.5")), "33,420元", "38,650元", "76.5%").verdict.tolist() \
        == ["inconsistent"]


def test_a_median_is_never_compared_with_the_mean_of_a_part():
    """农村居民人均可支配收入 stated nearer is no mean of 居民人均可支配收入中位数: the whole's is taken."""
    table = checks_in("全区居民人均可支配收入38,650元。按常住地分，城镇居民人均可支配收入45,100元，农村居民人均可支配"
                      "收入21,800元。全区居民人均可支配收入中位数33,420元，中位数占平均数的比重为86.5%。")
    no_alarm(table)
    assert by_figures(table, "33,420元", "38,650元", "86.5%").verdict.tolist() == ["consistent"]


NOTED = ("2024年末，县城人口28.50万人，县城暂住人口3.50万人，县城人口与暂住人口合计32.00万人，本公报中的人均指标"
         "均按此口径计算。\n年末县城公共厕所{n}座，每万人拥有公共厕所{r}座。\n公园绿地面积512.0公顷，人均公园绿地面积"
         "{a}平方米。")


def test_the_population_a_note_says_every_figure_per_head_is_over():
    """县城人口与暂住人口合计 N，本公报中的人均指标均按此口径计算: N is what 每万人 and 人均 divide by (it was read over
    no population, 合计 N naming none the finder knew, and its 城区 taken for another place)."""
    table = checks_in(NOTED.format(n="224", r="7.00", a="16.00"))
    no_alarm(table)
    assert by_figures(table, "224座", "32.00万人", "7.00座").verdict.tolist() == ["consistent"]
    assert by_figures(table, "512.0公顷", "32.00万人", "16.00平方米").verdict.tolist() == ["consistent"]
    table = checks_in(NOTED.format(n="224", r="8.00", a="18.00"))
    assert by_figures(table, "224座", "32.00万人", "8.00座").verdict.tolist() == ["inconsistent"]
    assert by_figures(table, "512.0公顷", "32.00万人", "18.00平方米").verdict.tolist() == ["inconsistent"]


def test_a_count_of_people_with_no_such_note_is_no_population():
    table = checks_in(NOTED.replace("，本公报中的人均指标均按此口径计算", "").format(n="224", r="8.00", a="18.00"))
    no_alarm(table)


def test_an_average_of_a_part_the_total_s_sentence_names_is_over_the_part_s_count():
    """规上企业 N家，其中小微企业 n家。小微企业实现营业收入 T，平均每家企业 a: T is the part's, so a is over n (review:
    the noun's nearest count before it is no reason to take N)."""
    table = checks_in("全区共有规模以上工业企业1,250家，其中小微企业980家。小微企业实现营业收入1,960亿元，平均每家企业2.0亿元。")
    no_alarm(table)
    assert by_figures(table, "980家", "1,960亿元", "2.0亿元").verdict.tolist() == ["consistent"]


def test_an_average_is_never_over_last_year_s_total_named_as_it_is():
    """上年软件业务收入 b (a sentence of its own, nearer) is no total of this year's 人均软件业务收入 (review)."""
    table = checks_in("全年实现软件业务收入1,648.7亿元。上年软件业务收入1,451.3亿元。全行业从业人员16.3万人，"
                      "人均软件业务收入101.1万元。")
    no_alarm(table)
    assert by_figures(table, "1,648.7亿元", "16.3万人", "101.1万元").verdict.tolist() == ["consistent"]
