"""The false alarms raised at first contact by rounds 50–53 (AX–BA, measured once at the end of session 22; all five
were the finder's of session 21 too), each fixed and pinned here on sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm


def test_a_hotline_named_by_its_number_is_no_figure():
    """12315热线, 全国12315平台: a service's name, never a part of a count."""
    table = checks_in("全年共受理消费者诉求18,640件。从受理渠道看，通过全国12315平台受理12,208件，通过12315热线受理5,104件，"
                      "通过来信来访受理1,328件。")
    no_alarm(table)
    assert not table.figures.str.contains("12315").any()


def test_a_flow_of_the_year_after_a_stock_is_no_part_of_it():
    """其中境内 a、境外 b，全年新引进 c: c is what came this year, not a third kind of the stock (a + b = T)."""
    table = checks_in("截至2025年底，在本机场运营的航空公司达38家，其中境内航空公司29家、境外航空公司9家，全年新引进航空公司4家。")
    no_alarm(table)
    assert by_figures(table, "38家", "29家", "9家").verdict.tolist() == ["consistent"]


def test_an_openers_list_ends_where_a_comparison_with_last_year_begins():
    """X中，a、b、c；与上年相比，X由 p 增加到 q: q is the whole again, no part."""
    table = checks_in("机场共开通航线142条，其中国际及地区航线16条。国际及地区航线中，东南亚航线9条、日韩航线4条、港澳台地区航线3条；"
                      "与上年相比，国际及地区航线由11条增加到16条，净增5条。")
    no_alarm(table)
    assert set(by_figures(table, "16条", "3条", "4条", "9条").verdict) == {"consistent"}


def test_a_breakdown_whose_parts_add_up_to_another_whole_is_not_judged_against_the_nearer():
    """医疗收入 W。其中…住院收入 T。按收入类别分，a、b、c、d with a + b + c + d = W: the nearer T is not their whole."""
    no_alarm(checks_in("全年实现医疗收入36.40亿元，增长5.2%。其中，门急诊收入118,260万元；住院收入245,740万元，增长6.1%。\n"
                       "按收入类别分，药品收入9.30亿元，卫生材料收入7.20亿元，检查化验收入8.10亿元，医疗服务收入11.80亿元。"))


def test_the_scale_of_a_ratio_in_brackets_is_no_figure_of_its_change():
    """之比为 2.21（农村居民=1），上年为 2.26，缩小 0.05: the change is of 2.26 → 2.21, the 1 is the ratio's scale."""
    table = checks_in("城乡居民人均可支配收入之比为2.21（农村居民=1），上年为2.26，比上年缩小0.05。")
    no_alarm(table)
    assert by_figures(table, "0.05", "2.21", "2.26").verdict.tolist() == ["consistent"]
