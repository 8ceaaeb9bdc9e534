"""Forms of averages, rates and ratios read within one sentence or paragraph since session 22: more nouns after 平均每
(期, 班, 趟, 馆, 场次), people per event over a total of visits (场均观众 a人 over 观众 T人次), more words naming a group
of people (志愿者, 读者, 学员, 会员), a bare 人均 of the one count and the one sum of its sentence; a bracketed base
after a base of last year or across a semicolon (恢复至2019年同期（B）的), or naming what it compares; a leverage 1:x
(拉动比); a ratio of men to women; rates per 10,000 of a group before 中, of households or firms, naming only the
group, and counting the figure named exactly. Sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm, text_verdicts as verdicts


def test_more_nouns_after_ping_jun_mei():
    text = "全年举办技能培训{n}期，培训农民工5,400人次，平均每期{a}人次。"
    assert verdicts(text.format(n=90, a=60), "90期", "5,400人次", "60人次") == ["consistent"]
    assert verdicts(text.format(n=90, a=75), "90期", "5,400人次", "75人次") == ["inconsistent"]
    text = "全县开行返岗专车{n}趟，运送务工人员1.2万人次，平均每趟运送{a}人次。"
    assert verdicts(text.format(n=400, a=30), "400趟", "1.2万人次", "30人次") == ["consistent"]
    text = "全市28家博物馆全年接待观众364万人次，平均每馆接待{a}万人次。"
    assert verdicts(text.format(a=13.0), "28家", "364万人次", "13.0万人次") == ["consistent"]
    assert verdicts(text.format(a=15.0), "28家", "364万人次", "15.0万人次") == ["inconsistent"]


def test_a_class_or_hall_counted_in_a_borrowed_unit_is_named():
    assert verdicts("全县中学开设实验班24个，在校学生1,080名，平均每班45名。", "24个", "1,080名", "45名") \
        == ["consistent"]
    assert verdicts("全县中学开设实验班24个，在校学生1,080名，平均每班50名。", "24个", "1,080名", "50名") \
        == ["inconsistent"]
    # a count in 个 or 家 of something else is no count of classes or halls
    table = checks_in("全校组建兴趣小组32个，在校学生1,860名，平均每班58名。")
    assert by_figures(table, "32个", "1,860名", "58名").empty
    table = checks_in("全县共有农家书屋320家，全年接待读者9.6万人次，平均每馆接待360人次。")
    no_alarm(table)
    assert by_figures(table, "320家", "9.6万人次", "360人次").empty


def test_people_per_event_over_a_total_of_visits():
    text = "全市举办公益演出420场，观众25.2万人次，场均观众{a}人。"
    assert verdicts(text.format(a=600), "420场", "25.2万人次", "600人") == ["consistent"]
    assert verdicts(text.format(a=700), "420场", "25.2万人次", "700人") == ["inconsistent"]
    # the whole of the visits, not the part 其中 names
    table = checks_in("全年开展义诊活动120场，服务群众3.6万人次，其中老年人1.2万人次，场均服务群众300人。")
    no_alarm(table)
    assert by_figures(table, "120场", "3.6万人次", "300人").verdict.tolist() == ["consistent"]


def test_more_words_naming_a_group_of_people():
    text = "全市注册志愿者2.3万名，全年发放志愿服务补贴690万元，人均补贴{a}元。"
    assert verdicts(text.format(a=300), "2.3万名", "690万元", "300元") == ["consistent"]
    assert verdicts(text.format(a=360), "2.3万名", "690万元", "360元") == ["inconsistent"]
    assert verdicts("全市持证读者8.6万人，全年外借图书51.6万册，人均外借6.0册。", "8.6万人", "51.6万册", "6.0册") \
        == ["consistent"]


def test_a_bare_per_head_of_the_one_count_and_the_one_sum_of_its_sentence():
    text = "全年有3,250人享受护理补贴，发放资金1,170万元，人均{a}元。"
    assert verdicts(text.format(a="3,600"), "3,250人", "1,170万元", "3,600元") == ["consistent"]
    assert verdicts(text.format(a="4,600"), "3,250人", "1,170万元", "4,600元") == ["inconsistent"]
    assert verdicts("发放临时救助金860万元，救助困难群众4,300人，人均2,000元。", "860万元", "4,300人", "2,000元") \
        == ["consistent"]
    # two counts of people in the sentence: which the bare 人均 is over is not certain
    table = checks_in("全市长期护理保险参保人数186.4万人，全年享受待遇1.28万人，基金支付2.46亿元，人均1.92万元。")
    no_alarm(table)


def test_a_bracketed_target_after_a_base_of_last_year():
    text = "全年全县实现农产品网络零售额12.60亿元，上年为10.50亿元，增长20.0%，完成年度目标（12.00亿元）的{r}。"
    assert verdicts(text.format(r="105.0%"), "12.60亿元", "12.00亿元", "105.0%") == ["consistent"]
    assert verdicts(text.format(r="115.0%"), "12.60亿元", "12.00亿元", "115.0%") == ["inconsistent"]


def test_a_recovery_on_a_bracketed_year_across_a_semicolon():
    text = ("国庆假期，全市接待游客860.0万人次，同比增长9.0%，增速高于全省（6.5%）2.5个百分点；"
            "按可比口径，恢复至2019年同期（800.0万人次）的{r}。")
    assert verdicts(text.format(r="107.5%"), "860.0万人次", "800.0万人次", "107.5%") == ["consistent"]
    assert verdicts(text.format(r="117.5%"), "860.0万人次", "800.0万人次", "117.5%") == ["inconsistent"]
    # a bracketed target after a semicolon names no figure before it: no reading
    table = checks_in("全市新增城镇就业6.2万人，增长3.0%；完成年度目标（6万人）的105.0%。")
    no_alarm(table)


def test_a_bracketed_base_names_what_it_compares():
    text = ("全年全市港口货物吞吐量2.40亿吨，同比增长4.0%。其中，集装箱吞吐量310万标箱。"
            "与疫情前相比，全市港口货物吞吐量恢复到2019年（2.00亿吨）的{r}。")
    assert verdicts(text.format(r="120.0%"), "2.40亿吨", "2.00亿吨", "120.0%") == ["consistent"]
    assert verdicts(text.format(r="130.0%"), "2.40亿吨", "2.00亿吨", "130.0%") == ["inconsistent"]
    # two figures so named of different values (a half year and the year): doubtful, never an alarm
    two = ("上半年全市港口货物吞吐量1.10亿吨。全年全市港口货物吞吐量2.40亿吨，同比增长4.0%。"
           "与疫情前相比，全市港口货物吞吐量恢复到2019年（2.00亿吨）的130.0%。")
    no_alarm(checks_in(two))


def test_a_leverage_written_one_to_x():
    text = "全年发放汽车消费补贴2.40亿元，带动汽车销售额30.0亿元，拉动比为1:{x}。"
    assert verdicts(text.format(x="12.5"), "2.40亿元", "30.0亿元", "12.5") == ["consistent"]
    assert verdicts(text.format(x="15.5"), "2.40亿元", "30.0亿元", "15.5") == ["inconsistent"]
    # two sums of money before what was brought in (发放 and 核销): which the ratio is over is not said
    table = checks_in("发放消费券5,000万元，核销4,000万元，核销率80.0%，带动消费3.6亿元，撬动比达1:9.0。")
    no_alarm(table)
    assert not table.description.str.contains("1:9.0").any()


def test_a_ratio_of_men_to_women():
    text = "新录用人员中，男性{m}人、女性412人，男女比例为{r}。"
    assert verdicts(text.format(m=536, r="1.3"), "536人", "412人", "1.3") == ["consistent"]
    assert verdicts(text.format(m=536, r="1.5"), "536人", "412人", "1.5") == ["inconsistent"]
    text = "在校生中，男生3,012人、女生3,314人，男女生比例为1:{x}。"
    assert verdicts(text.format(x="1.1"), "3,012人", "3,314人", "1.1") == ["consistent"]
    assert verdicts(text.format(x="1.3"), "3,012人", "3,314人", "1.3") == ["inconsistent"]
    # a split in shares (52:48) and a ratio of another year are not read as men over women
    no_alarm(checks_in("新录用人员中，男性520人、女性400人，男女比例为52:48。"))
    no_alarm(checks_in("新录用人员中，男性520人、女性400人，上年男女比例为1.1。"))


def test_a_rate_per_ten_thousand_of_a_group_with_zhong():
    text = ("全县农村劳动力32.0万人，全县有农技推广人员1,152人，每万名农村劳动力中有农技推广人员{r}人。")
    assert verdicts(text.format(r="36.0"), "32.0万人", "1,152人", "36.0人") == ["consistent"]
    assert verdicts(text.format(r="46.0"), "32.0万人", "1,152人", "46.0人") == ["inconsistent"]
    text = "全市年末就业人员500.0万人，R&D人员全时当量6.20万人年，每万名就业人员中R&D人员全时当量为{r}人年。"
    assert verdicts(text.format(r="124.0"), "500.0万人", "6.20万人", "124.0人") == ["consistent"]
    assert verdicts(text.format(r="144.0"), "500.0万人", "6.20万人", "144.0人") == ["inconsistent"]


def test_a_rate_counts_the_figure_named_exactly_not_a_kind_of_it():
    text = ("全市R&D人员全时当量6.20万人年，其中研究人员全时当量2.40万人年。分执行主体看，各类企业R&D人员全时当量"
            "4.65万人年，占75.0%。全市年末就业人员500.0万人，每万名就业人员中R&D人员全时当量为{r}人年。")
    assert verdicts(text.format(r="124.0"), "500.0万人", "6.20万人", "124.0人") == ["consistent"]
    assert verdicts(text.format(r="93.0"), "500.0万人", "6.20万人", "93.0人") == ["inconsistent"]
    no_alarm(checks_in(text.format(r="124.0")))


def test_a_rate_per_ten_thousand_of_a_group_naming_only_the_group():
    text = "全区城镇常住人口64.0万人，建成社区嵌入式托育点48处，每万名城镇常住人口拥有{r}处。"
    assert verdicts(text.format(r="0.75"), "64.0万人", "48处", "0.75处") == ["consistent"]
    assert verdicts(text.format(r="0.95"), "64.0万人", "48处", "0.95处") == ["inconsistent"]


def test_a_rate_per_ten_thousand_households_or_firms():
    text = "全市实有市场主体52.0万户，累计培育科技型中小企业2,184家，每万户市场主体中有科技型中小企业{r}户。"
    assert verdicts(text.format(r="42.0"), "52.0万户", "2,184家", "42.0户") == ["consistent"]
    assert verdicts(text.format(r="52.0"), "52.0万户", "2,184家", "52.0户") == ["inconsistent"]


def test_review_guards():
    # 平均每馆 over the halls the visits are of, not the part after 其中
    table = checks_in("全市38家博物馆全年接待观众456万人次，同比增长12.0%，其中国有博物馆22家，平均每馆接待12万人次。")
    no_alarm(table)
    assert by_figures(table, "38家", "456万人次", "12万人次").verdict.tolist() == ["consistent"]
    # a ratio of men to women of a year the counts' sentence does not name
    no_alarm(checks_in("全市新录用公务员中男性280人，女性320人；2023年男女比例为1:1.05，2024年男女比例为1:1.14。"))
    # 每万户企业: the whole before a part after 其中 named with the group's word, in the rate's paragraph
    table = checks_in("全市实有企业20万户，其中私营企业17万户；全市规上工业企业2,000家，每万户企业中有规上工业企业100户。")
    assert by_figures(table, "20万户", "2,000家", "100户").verdict.tolist() == ["consistent"]
    table = checks_in("全市城镇常住人口420万人。\n全市常住人口500万人，其中城镇常住人口360万人；建成城市书房180处，"
                      "每万名城镇常住人口拥有0.5处。")
    assert by_figures(table, "360万人", "180处", "0.5处").verdict.tolist() == ["consistent"]


def test_a_target_before_de_is_no_count_of_an_average():
    text = "全县新建高标准农田12.6万亩，完成年度目标任务12.0万亩的105.0%，总投资3.15亿元，平均每亩投入{a}元。"
    assert verdicts(text.format(a="2,500"), "12.6万亩", "3.15亿元", "2,500元") == ["consistent"]
    assert verdicts(text.format(a="2,800"), "12.6万亩", "3.15亿元", "2,800元") == ["inconsistent"]
    table = checks_in(text.format(a="2,500"))
    no_alarm(table)
    assert by_figures(table, "12.0万亩", "3.15亿元", "2,500元").empty
