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
