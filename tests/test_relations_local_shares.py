"""Forms of stated shares and named rates read since session 22, their figures in one sentence: a share or a rate
after a part counted among the figure before 中, a whole stated inside the share's own words (占全市 W个小区的, 占…
（W）的比重为), past the part's changes and bases. Sentences of our own."""

from .test_relations_kinds import by_figures, checks_in, no_alarm, text_verdicts as verdicts


def test_a_bare_share_after_a_part_counted_among_the_figure_before_zhong():
    text = "全县排查的56座小型水库中，有14座存在安全隐患，占{s}。"
    assert verdicts(text.format(s="25.0%"), "56座", "14座", "25.0%") == ["consistent"]
    assert verdicts(text.format(s="20.0%"), "56座", "14座", "20.0%") == ["inconsistent"]
    text = "市本级年初部门预算支出86.40亿元中，未细化到项目的4.32亿元，占比{s}。"
    assert verdicts(text.format(s="5.0%"), "86.40亿元", "4.32亿元", "5.0%") == ["consistent"]
    assert verdicts(text.format(s="6.0%"), "86.40亿元", "4.32亿元", "6.0%") == ["inconsistent"]


def test_a_rate_named_by_what_the_part_counted_among_does():
    text = "全区214个行政村中，有198个村实现生活污水集中处理，集中处理率为{s}。"
    assert verdicts(text.format(s="92.5%"), "214个", "198个", "92.5%") == ["consistent"]
    assert verdicts(text.format(s="82.5%"), "214个", "198个", "82.5%") == ["inconsistent"]
    text = "全市37个工业行业大类中有25个行业增加值保持增长，增长面为{s}。"
    assert verdicts(text.format(s="67.6%"), "37个", "25个", "67.6%") == ["consistent"]
    assert verdicts(text.format(s="76.6%"), "37个", "25个", "76.6%") == ["inconsistent"]


def test_a_rate_that_counts_nothing_of_the_part_is_not_read_so():
    # a growth or a margin after a count among its whole is no share of it
    no_alarm(checks_in("全市120家规上企业中，有86家营业收入增长，营业收入增长率为12.3%。"))
    no_alarm(checks_in("全市120家规上企业中，有96家实现盈利，利润率为6.8%。"))
    no_alarm(checks_in("全市120家规上企业中，有96家开展数字化改造，改造投资完成率为91.0%。"))


def test_a_whole_restated_before_zhong_is_the_one_first_stated():
    table = checks_in("全县建成村级综合服务站248个，覆盖全部行政村；248个站点中，有186个开设快递代收点，占75.0%。")
    assert by_figures(table, "248个", "186个", "75.0%").verdict.tolist() == ["consistent"]
    # 248个 at offset 14 (the first), not the one at 27 before 站点中
    assert set(table.loc[table.index.str.startswith("auto-share")].claim_ids.item().split(";")) \
        == {"auto-14", "auto-36", "auto-49"}


def test_a_whole_stated_inside_the_share_words():
    text = "全市已有872个村建成村级文化服务中心，占全市1,090个行政村的{s}。"
    assert verdicts(text.format(s="80.0%"), "872个", "1,090个", "80.0%") == ["consistent"]
    assert verdicts(text.format(s="70.0%"), "872个", "1,090个", "70.0%") == ["inconsistent"]
    text = "年末全县高标准农田面积36.40万亩，比上年增加3.10万亩，占全县耕地面积（52.00万亩）的比重为{s}。"
    assert verdicts(text.format(s="70.0%"), "36.40万亩", "52.00万亩", "70.0%") == ["consistent"]
    assert verdicts(text.format(s="76.0%"), "36.40万亩", "52.00万亩", "76.0%") == ["inconsistent"]


def test_a_whole_inside_the_share_past_the_parts_growth_and_base():
    text = "全年上缴利润6.30亿元，比上年增长8.6%，占当年市属企业利润总额15.75亿元的{s}。"
    assert verdicts(text.format(s="40.0%"), "6.30亿元", "15.75亿元", "40.0%") == ["consistent"]
    assert verdicts(text.format(s="45.0%"), "6.30亿元", "15.75亿元", "45.0%") == ["inconsistent"]
    text = "全年全县实现网络零售额26.40亿元，上年为22.00亿元，同比增长20.0%，完成年度目标（24.00亿元）的{s}。"
    assert verdicts(text.format(s="110.0%"), "26.40亿元", "24.00亿元", "110.0%") == ["consistent"]
    assert verdicts(text.format(s="101.0%"), "26.40亿元", "24.00亿元", "101.0%") == ["inconsistent"]
    text = "前三季度全县完成造林4.20万亩，上年同期为3.90万亩，同比增长7.7%，占全市造林面积（12.00万亩）的{s}。"
    assert verdicts(text.format(s="35.0%"), "4.20万亩", "12.00万亩", "35.0%") == ["consistent"]
    assert verdicts(text.format(s="40.0%"), "4.20万亩", "12.00万亩", "40.0%") == ["inconsistent"]


def test_a_whole_inside_a_share_told_as_the_end_of_a_change():
    text = "全年研发投入5.60亿元，占营业收入（80.00亿元）的比重由上年的6.2%提高到{s}。"
    assert verdicts(text.format(s="7.0%"), "5.60亿元", "80.00亿元", "7.0%") == ["consistent"]
    assert verdicts(text.format(s="7.6%"), "5.60亿元", "80.00亿元", "7.6%") == ["inconsistent"]
    # the share it changed from is last year's, not of these figures
    assert by_figures(checks_in(text.format(s="7.0%")), "5.60亿元", "80.00亿元", "6.2%").empty


def test_a_share_of_several_parts_or_of_another_kind_is_not_read_inside():
    # 合计占: the share of both parts, not of the last
    no_alarm(checks_in("全县小麦播种面积21.0万亩，玉米播种面积18.0万亩，合计占全县耕地（60.0万亩）的65.0%。"))
    # the amount before the whole is of another kind: nothing is read
    no_alarm(checks_in("全年接待游客860万人次，实现旅游收入96.0亿元，占全市2,400万人次的35.8%。"))


def test_a_gross_figure_over_a_net_one_inside_the_share_is_shown_not_judged():
    # 旅游收入 is no part of 服务业增加值: the share compares them; the figures are shown
    no_alarm(checks_in("全年旅游收入45.0亿元，占全市服务业增加值（300.0亿元）的25.0%。"))
    assert verdicts("全年工业增加值45.0亿元，占全市地区生产总值（300.0亿元）的25.0%。",
                    "45.0亿元", "300.0亿元", "25.0%") == ["inconsistent"]


def test_a_share_inside_after_a_part_of_qizhong_may_be_of_its_total():
    # 286 over 400 is 71.5%: the share is the total's, not September's; neither reading is accused
    text = "1-9月，全市完成固定资产投资286亿元，其中三季度完成150亿元，占全年计划（400亿元）的{s}。"
    no_alarm(checks_in(text.format(s="71.5%")))
    assert verdicts(text.format(s="37.5%"), "150亿元", "400亿元", "37.5%") == ["consistent"]


def test_a_rate_of_a_plan_carried_out():
    text = "市交通运输局预算18.50亿元，完成支出16.65亿元，预算完成率{s}。"
    assert verdicts(text.format(s="90.0%"), "18.50亿元", "16.65亿元", "90.0%") == ["consistent"]
    assert verdicts(text.format(s="80.0%"), "18.50亿元", "16.65亿元", "80.0%") == ["inconsistent"]
    text = "全县下达植树任务2.40万亩，实际完成2.28万亩，任务完成率为{s}。"
    assert verdicts(text.format(s="95.0%"), "2.40万亩", "2.28万亩", "95.0%") == ["consistent"]
    assert verdicts(text.format(s="85.0%"), "2.40万亩", "2.28万亩", "85.0%") == ["inconsistent"]


def test_a_rate_of_a_plan_with_another_figure_between_is_not_read():
    # 5.00亿元 (基本支出) stands between the budget and the spending: which is the plan is not said so plainly
    no_alarm(checks_in("市卫健委预算12.00亿元，其中基本支出5.00亿元，实际支出11.40亿元，执行率为92.0%。"))
    # last year's spending between: the figure before this year's is no plan
    no_alarm(checks_in("市本级预算安排3.00亿元，上年执行2.40亿元，今年实际完成2.70亿元，执行率为90.0%。"))


def test_a_rate_of_a_plan_stated_twice_may_be_over_either():
    # 2.66 over the first budget 2.46 is 108.1%; over the adjusted 2.80 it is 95.0%: either is read, neither accused
    text = "市科技局部门预算2.46亿元，调整预算2.80亿元，实际支出2.66亿元，执行率{s}。"
    no_alarm(checks_in(text.format(s="108.1%")))
    assert verdicts(text.format(s="95.0%"), "2.66亿元", "2.80亿元", "95.0%") == ["consistent"]
    assert "inconsistent" not in checks_in(text.format(s="101.0%")).verdict.tolist()


def test_a_share_naming_an_item_of_the_qizhong_list_before_it():
    text = "全年新开工重点项目150个。其中，工业项目96个、基础设施项目38个、社会事业项目16个，工业项目占比{s}。"
    assert verdicts(text.format(s="64.0%"), "150个", "96个", "64.0%") == ["consistent"]
    assert verdicts(text.format(s="69.0%"), "150个", "96个", "69.0%") == ["inconsistent"]
    text = "全市共有幼儿园520所，其中公办园286所，普惠性民办园180所，公办园占比{s}。"
    assert verdicts(text.format(s="55.0%"), "520所", "286所", "55.0%") == ["consistent"]
    assert verdicts(text.format(s="50.0%"), "520所", "286所", "50.0%") == ["inconsistent"]


def test_a_share_naming_no_item_of_the_list_or_two_is_not_read():
    # 民办园 names no item alone (普惠性民办园 is one kind of it): it is not read as 180 over 520
    table = checks_in("全市共有幼儿园520所，其中公办园286所，普惠性民办园180所，其他民办园54所，民办园占比45.0%。")
    assert by_figures(table, "180所", "520所", "45.0%").empty
    # the item named is no part after 其中
    no_alarm(checks_in("全市公办园286所，民办园234所，公办园占比55.0%。"))


def test_shares_told_respectively_of_items_named_before_fenbie():
    text = ("全年全市实现工业总产值860亿元，增长6.1%。其中，电子信息产值344亿元，装备制造产值215亿元，食品加工产值86亿元。"
            "电子信息、装备制造产值分别占工业总产值的40.0%和{s}。")
    assert verdicts(text.format(s="25.0%"), "215亿元", "860亿元", "25.0%") == ["consistent"]
    assert verdicts(text.format(s="28.0%"), "215亿元", "860亿元", "28.0%") == ["inconsistent"]
    assert verdicts(text.format(s="25.0%"), "344亿元", "860亿元", "40.0%") == ["consistent"]


def test_shares_told_respectively_of_items_named_twice_or_of_another_whole_are_not_read():
    # 电子信息 names two figures (its 产值 and its 出口): which is meant is not said
    no_alarm(checks_in("全年全市实现工业总产值860亿元。其中，电子信息产值344亿元，电子信息出口120亿元，装备制造产值215亿元。"
                       "电子信息、装备制造分别占工业总产值的40.0%和35.0%。"))
    # 分别占全省的: the whole is the province's, not the figure 其中 follows
    no_alarm(checks_in("全年全市实现工业总产值860亿元。其中，电子信息产值344亿元，装备制造产值215亿元。"
                       "电子信息、装备制造产值分别占全省的12.0%和8.0%。"))


def test_a_rate_after_a_rate_of_its_own_list_may_be_of_the_same_whole():
    # 优良 over all tested (12,436 / 26,480 = 47.0%), not over those 合格
    text = "全年完成国民体质监测26,480人，达到合格等级的24,118人，合格率为91.1%；达到优良等级的12,436人，优良率为{s}。"
    assert verdicts(text.format(s="47.0%"), "12,436人", "26,480人", "47.0%") == ["consistent"]
    no_alarm(checks_in(text.format(s="51.6%")))         # over those 合格: read so too
    # after a rate of a plan carried out, the next rate counts over what was done, never over the plan
    text = "全市计划筹集保障性租赁住房1.86万套，实际筹集1.52万套，完成率81.7%；已分配1.17万套，分配率{s}。"
    assert verdicts(text.format(s="77.0%"), "1.17万套", "1.52万套", "77.0%") == ["consistent"]
    assert verdicts(text.format(s="67.0%"), "1.17万套", "1.52万套", "67.0%") == ["inconsistent"]
