"""Forms of sums, parts and splits within one sentence or paragraph read since session 22: a count of the items
written as a figure before 合计 (三家景区合计接待 T), splits named by 按/占比/比为/的比例 or restated after 调整为, and a
list in brackets after the figure it breaks down (本金 T（一般债务 a、专项债务 b）). Sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm, text_verdicts as verdicts


# -- a count of the items before 合计 -------------------------------------------------------------------------------

def test_a_count_of_the_items_before_the_total():
    text = "春节期间，东湖景区接待游客42.30万人次，西山景区接待31.50万人次，南溪古镇接待18.20万人次，三家景区合计接待{t}万人次。"
    assert verdicts(text.format(t="92.00"), "42.30万人次", "31.50万人次", "18.20万人次", "92.00万人次") \
        == ["consistent"]
    assert verdicts(text.format(t="98.00"), "42.30万人次", "31.50万人次", "18.20万人次", "98.00万人次") \
        == ["inconsistent"]


def test_a_count_of_the_items_takes_only_as_many():
    # 两家 counts the last two: the first clinic is no item of the total
    text = "城区中心医院门诊量86.2万人次，东院区门诊量31.4万人次，西院区门诊量22.6万人次，两家院区合计54.0万人次。"
    assert verdicts(text, "31.4万人次", "22.6万人次", "54.0万人次") == ["consistent"]
    no_alarm(checks_in(text))


# -- splits -------------------------------------------------------------------------------------------------------

def test_a_split_named_by_a_division():
    assert verdicts("市级文旅发展资金在市、区两级之间按60:40分担。", "60", "40") == ["consistent"]
    assert verdicts("救灾资金由省、市、县三级按50:30:25分担。", "50", "30", "25") == ["inconsistent"]
    assert verdicts("专项资金按基础设施、产业培育、人才培训45:35:20的比例安排。", "45", "35", "20") == ["consistent"]
    assert verdicts("存款、理财、保险三者占比为61.4:27.3:11.3。", "61.4", "27.3", "11.3") == ["consistent"]
    assert verdicts("全县普通高中与中职招生比为55.6:44.4。", "55.6", "44.4") == ["consistent"]


def test_a_split_stated_again_after_an_earlier_one():
    text = "全县三次产业结构由上年的15.2:38.4:46.4调整为14.6:38.1:{c}。"
    assert verdicts(text.format(c="47.3"), "14.6", "38.1", "47.3") == ["consistent"]
    assert verdicts(text.format(c="48.3"), "14.6", "38.1", "48.3") == ["inconsistent"]


def test_ratios_that_are_no_split():
    # a ratio of two quantities, a matching of funds: no shares of one whole
    for text in ("全县小学生师比为16.8:1。", "省级资金与县级资金按1:1配套。", "配套资金按2:1:1的比例落实。",
                 "全市出生人口性别比为104.6:100。", "城乡居民人均可支配收入之比为2.05:1。"):
        table = checks_in(text)
        no_alarm(table)
        assert not table.index.str.startswith("auto-split").any(), text


# -- a list in brackets -------------------------------------------------------------------------------------------

def test_a_list_in_brackets_after_its_whole():
    text = "全年偿还到期政府债务本金64.20亿元（一般债务28.70亿元、专项债务{b}亿元），支付利息15.10亿元。"
    assert verdicts(text.format(b="35.50"), "64.20亿元", "28.70亿元", "35.50亿元") == ["consistent"]
    assert verdicts(text.format(b="45.50"), "64.20亿元", "28.70亿元", "45.50亿元") == ["inconsistent"]


def test_a_list_in_brackets_of_items_not_named_alike_is_shown():
    text = "全年完成水利投资18.60亿元（中央资金6.20亿元、省级补助{b}亿元），完成年度计划的103.3%。"
    assert verdicts(text.format(b="12.40"), "18.60亿元", "6.20亿元", "12.40亿元") == ["consistent"]
    table = checks_in(text.format(b="4.10"))
    no_alarm(table)
    assert by_figures(table, "6.20亿元", "4.10亿元").verdict.tolist() == ["derived"]
    # the words after the brackets say the list leaves a rest
    rest = checks_in("全年完成水利投资18.60亿元（中央资金6.20亿元、省级补助4.10亿元），其余由市县筹措。")
    no_alarm(rest)
    assert by_figures(rest, "6.20亿元", "4.10亿元").empty


def test_a_list_in_brackets_of_sources_named_alike_is_shown():
    # 中央资金 and 省级资金 end alike but may be the main sources only: a wrong sum is shown, not judged
    table = checks_in("全年争取上级资金8.6亿元（中央资金5.2亿元、省级资金2.1亿元），创历年新高。")
    no_alarm(table)
    assert by_figures(table, "5.2亿元", "2.1亿元").verdict.tolist() == ["derived"]


def test_a_list_in_brackets_after_qizhong():
    # after 其中 the items may be some of the whole: a sum only when they add up
    text = "债务转贷收入3.60亿元（其中新增一般债券1.40亿元、再融资一般债券{b}亿元），调入资金0.50亿元。"
    assert set(verdicts(text.format(b="2.20"), "3.60亿元", "1.40亿元", "2.20亿元")) == {"consistent"}
    table = checks_in(text.format(b="1.20"))
    no_alarm(table)
    assert by_figures(table, "3.60亿元", "1.40亿元", "1.20亿元").verdict.tolist() == ["consistent"]   # the parts


def test_bracketed_figures_of_other_years_are_no_breakdown():
    table = checks_in("全县旅游收入58.40亿元（2023年51.20亿元、2022年43.60亿元），连续三年增长。")
    no_alarm(table)
    assert by_figures(table, "58.40亿元", "51.20亿元", "43.60亿元").empty


def test_a_count_that_is_not_of_the_items():
    # 三区 and one more: four items; 另有 adds to the whole before 其中, not to its last part
    for text in ("临河区企业2,410户，东城区1,860户，西城区1,530户，南湖区980户，主城三区和南湖区合计6,780户。",
                 "全市共有特困人员1,240名，其中集中供养410名、分散供养830名；另有孤儿312名，两类人员合计1,552名。"):
        no_alarm(checks_in(text))


# -- a list closed by 其余, an item and its negation ---------------------------------------------------------------

def test_a_list_closed_by_the_rest():
    text = "全县排查登记地质灾害隐患点248处，已完成工程治理196处，治理完成率79.0%，其余{b}处落实专人监测。"
    assert verdicts(text.format(b="52"), "248处", "196处", "52处") == ["consistent"]
    assert verdicts(text.format(b="96"), "248处", "196处", "96处") == ["inconsistent"]


def test_a_list_closed_by_the_rest_names_no_whole():
    # 城区学校 is no whole of the rest: shown, not judged
    table = checks_in("城区学校18所，农村学校40所，其余6所为九年一贯制学校。")
    no_alarm(table)


def test_an_item_and_its_negation():
    text = "全年共抽检农产品样品8,640批次，合格{a}批次，合格率98.5%，不合格128批次。"
    assert verdicts(text.format(a="8,512"), "8,640批", "8,512批", "128批") == ["consistent"]
    assert verdicts(text.format(a="7,512"), "8,640批", "7,512批", "128批") == ["inconsistent"]
    assert verdicts("全市商品房销售面积412.6万平方米，住宅销售面积356.1万平方米，非住宅销售面积56.5万平方米。",
                    "412.6万平方米", "356.1万平方米", "56.5万平方米") == ["consistent"]


def test_an_item_and_its_negation_among_more_items():
    # a third item after the pair: the pair is not the whole
    table = checks_in("全市城镇污水处理厂32座，达标排放的28座，未达标的2座，停运改造2座。")
    no_alarm(table)
    assert by_figures(table, "32座", "28座", "2座").empty


def test_the_rest_after_a_part_in_brackets_and_after_items_of_two_divisions():
    # 三甲医院 in brackets is a part of 三级医院, not an item; 网上办理 and 抵押登记 divide the whole in two ways
    for text in ("全市共有医院186家，三级医院24家（三甲医院12家），其余162家为二级及以下医院。",
                 "全年共办理不动产登记12.6万件，网上办理11.8万件，不动产抵押登记3.2万件，其余0.8万件。"):
        no_alarm(checks_in(text))


def test_an_item_and_its_negation_of_another_measure():
    table = checks_in("全市商品房施工面积2,400万平方米，住宅销售面积268.3万平方米，非住宅销售面积52.2万平方米。")
    no_alarm(table)
    assert by_figures(table, "2,400万平方米", "268.3万平方米", "52.2万平方米").empty
