"""Review of the new quotient readings (averages.py) for false alarms: true texts that must raise none."""

import pytest

from .test_relations_kinds import checks_in


def no_inconsistent(text: str):
    table = checks_in(text)
    bad = table[table.verdict == "inconsistent"]
    assert bad.empty, bad[["description", "verdict"]]
    return table


@pytest.mark.parametrize("text", [
    # 上年供电量为 900 is last year's supply, not the one the rate is of
    "全年供电量1,000.0亿千瓦时，上年供电量为900.0亿千瓦时，售电量950.0亿千瓦时，综合线损率5.00%。",
    # last year's supply and sale after this year's: 5.6% is of 900 and 850, never of 1,000 and 850
    "全年供电量1,000.0亿千瓦时，售电量950.0亿千瓦时，综合线损率5.00%；上年供电量900.0亿千瓦时，售电量850.0亿千瓦时，"
    "综合线损率5.56%。",
    # 其中工业售电量 is one kind of the sale, not what the supply less is lost
    "全年供电量1,000.0亿千瓦时，售电量950.0亿千瓦时，其中工业售电量600.0亿千瓦时，综合线损率5.00%。",
    # 其中自来水厂供水量 is one source of the supply, not the supply the sale is lost from
    "全年供水总量12,000.0万立方米，其中自来水厂供水量10,000.0万立方米，售水量10,200.0万立方米，产销差率为15.00%。",
])
def test_loss_rate_terms_of_another_year_or_a_part(text):
    no_inconsistent(text)


@pytest.mark.parametrize("text", [
    # 上年综合线损率 / 目标线损率: last year's rate and a target, not this year's supply less its sale
    "全年供电量1,000.0亿千瓦时，售电量950.0亿千瓦时，综合线损率5.00%，上年综合线损率为5.30%。",
    "全年供电量1,000.0亿千瓦时，售电量950.0亿千瓦时，综合线损率5.00%，目标线损率为5.50%。",
])
def test_loss_rate_of_another_year_or_a_target(text):
    table = no_inconsistent(text)
    assert "consistent" in table.verdict.tolist()          # this year's rate is still read


def test_count_ratio_target():
    """力争到2025年底车桩比达到 2:1 is a target, not this year's 保有量 over 充电桩."""
    table = no_inconsistent("全省新能源汽车保有量120.0万辆，累计建成充电桩40.0万台，车桩比3:1，力争到2025年底车桩比达到2:1。")
    assert "consistent" in table.verdict.tolist()


def test_count_ratio_of_last_year_written_after():
    """上年末车桩比为 3.1:1 is last year's ratio, not this year's 保有量 over 充电桩."""
    table = no_inconsistent("全市新能源汽车保有量30.0万辆，充电桩12.0万个，车桩比2.5:1，上年末车桩比为3.1:1。")
    assert "consistent" in table.verdict.tolist()


def test_one_to_ratio_of_a_named_kind_of_hospital():
    """公立医院 … 医护比: its doctors are the 公立医院 ones named nearer, never the city's 2.0万人 before them."""
    no_inconsistent("全市执业（助理）医师2.0万人，注册护士2.4万人。全市公立医院执业（助理）医师1.2万人，注册护士1.8万人，"
                    "医护比为1:1.5。")


@pytest.mark.parametrize("text", [
    # two totals in the average's unit before it (新建 and 改造): which one it averages is not known
    "全县100个行政村，新建公共厕所300座，改造200座，平均每个行政村新建3座。",
    # each average after its own total: 网格员 4,000名 for the second, not 社区工作者 (whose words hold 社区)
    "全市200个社区，配备社区工作者2,400名，平均每个社区12名；另有网格员4,000名，平均每个社区20名。",
])
def test_average_per_named_unit_with_two_totals(text):
    no_inconsistent(text)


def test_average_of_a_part_keeps_its_own_total():
    """其中为 500名 … 发放 250万元，人均 5,000元: the part's own total and count, as before."""
    table = no_inconsistent("全年为3,000名困难职工发放救助金900万元，人均3,000元，其中为500名大病职工发放250万元，"
                            "人均5,000元。")
    assert table.verdict.tolist().count("consistent") >= 2


def test_loss_rate_of_a_part_after_the_whole():
    """其中农网供电量 a，售电量 b，农网线损率: the part's own supply and sale, the whole's being its rate's."""
    table = no_inconsistent("全年供电量1,000.0亿千瓦时，售电量940.0亿千瓦时，综合线损率为6.00%；其中农网供电量200.0亿千瓦时，"
                            "售电量184.0亿千瓦时，农网线损率为8.00%。")
    assert table.verdict.tolist().count("consistent") >= 2


def test_named_quotient_of_another_subject_after_one_read():
    """全市民宿平均房价为 p after the star hotels' 平均房价: the hotels' revenue and room nights are the first price's."""
    table = no_inconsistent("全市星级饭店实际出租客房200.0万间夜，客房收入6.00亿元，平均房价300.0元/间夜；"
                            "全市民宿平均房价为200.0元/间夜。")
    assert "consistent" in table.verdict.tolist()


@pytest.mark.parametrize("text", [
    # the province's rate per 万人 after the city's: the city's count is the first rate's
    "年末常住人口500.0万人。全市共有体育场地1.76万个，每万人拥有体育场地35.2个；全省每万人拥有体育场地30.0个。",
    # the province's 城乡 ratio after the city's: the city's two figures are the first ratio's
    "城镇居民人均消费支出3.00万元，农村居民人均消费支出2.00万元，城乡居民人均消费支出之比为1.50；"
    "全省城乡居民人均消费支出之比为1.70。",
])
def test_second_rate_of_another_place_after_one_read(text):
    table = no_inconsistent(text)
    assert "consistent" in table.verdict.tolist()


def test_per_school_count_not_across_a_list():
    """普通高校 20所、技工院校 11所 … 技工院校在校生 T，校均在校生 a: 20所 is followed by 、技工院校, not its own 校."""
    no_inconsistent("全市共有普通高校20所、技工院校11所，普通高校在校生40.00万人，技工院校在校生3.30万人，校均在校生3,000人。")


@pytest.mark.parametrize("text", [
    "全县粮食播种面积50.0万亩，总产量2.50亿公斤，平均每亩产量500.0公斤，全省平均每亩产量420.0公斤。",
    "全年商品房销售面积120.0万平方米，销售额144.0亿元，平均每平方米售价1.20万元，全省平均每平方米售价0.90万元。",
    "全市200个社区，共有社区工作者2,400名，平均每个社区12名，全省平均每个社区10名。",
])
def test_second_average_of_another_place_after_one_read(text):
    """The province's yield, price or average after the city's: the city's terms are the first one's."""
    table = no_inconsistent(text)
    assert "consistent" in table.verdict.tolist()


@pytest.mark.parametrize("text", [
    "全市执业（助理）医师20,123人，注册护士24,148人，医护比1:1.20。全市乡镇卫生院医护比为1:0.90。",
    "全市执业（助理）医师20,123人，注册护士24,148人，医护比1:1.20，上年医护比为1:1.10。",
    "全市新能源汽车保有量30.12万辆，充电桩12.05万个，车桩比2.5:1，全省车桩比为3.2:1。",
    "全市新能源汽车保有量30.12万辆，充电桩12.05万个，车桩比2.5:1，全国车桩比约为2.8:1。",
    "公司归属于上市公司股东的净利润5.80亿元，按期末总股本10.00亿股计算，每股收益0.58元，行业平均每股收益0.45元。",
    "公司归属于上市公司股东的净资产93.20亿元，期末总股本10.00亿股，每股净资产9.32元，上年末每股净资产8.80元。",
])
def test_second_ratio_or_per_share_figure_after_one_read(text):
    """Another place's, year's or the industry's 医护比, 车桩比 or figure per share after the report's own."""
    table = no_inconsistent(text)
    assert "consistent" in table.verdict.tolist()
