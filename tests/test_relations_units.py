"""Relations whose figures are stated in different units of one kind (quantities.lexicon.UNIT_SIZES): an average in
平方米 of a total in 公顷, in 公斤 of a total in 万吨. Sentences of our own."""

from .test_relations_kinds import by_figures, checks_in


def test_an_average_of_an_area_in_another_unit_is_converted():
    text = "城区公园绿地面积1,860公顷，城区常住人口124.0万人，人均公园绿地面积{a}平方米。"
    assert by_figures(checks_in(text.format(a="15.0")), "1,860公顷", "124.0万人", "15.0平方米").verdict.tolist() \
        == ["consistent"]
    row = by_figures(checks_in(text.format(a="17.0")), "1,860公顷", "124.0万人", "17.0平方米")
    assert row.verdict.tolist() == ["inconsistent"]
    assert "公顷 in 平方米: × 10000" in row.iloc[0].description


def test_an_average_of_a_weight_in_another_unit_is_converted():
    text = "全年粮食总产量1,520.0万吨，年末常住人口2,013万人，人均粮食占有量{a}公斤。"
    assert by_figures(checks_in(text.format(a="755")), "1,520.0万吨", "2,013万人", "755公斤").verdict.tolist() \
        == ["consistent"]
    assert by_figures(checks_in(text.format(a="855")), "1,520.0万吨", "2,013万人", "855公斤").verdict.tolist() \
        == ["inconsistent"]


def test_units_of_another_kind_never_convert():
    # 万元 over 人 is money per head: an average in 平方米 has no total in money
    table = checks_in("全年绿化投入1,860万元，城区常住人口124.0万人，人均公园绿地面积15.0平方米。")
    assert by_figures(table, "1,860万元", "124.0万人", "15.0平方米").empty


def test_a_share_of_a_whole_in_another_unit_is_converted():
    text = "一、国土\n全县国土总面积2,950.0平方公里。\n二、保护\n全县自然保护地总面积27,140公顷，占国土总面积的{s}。"
    row = by_figures(checks_in(text.format(s="9.2%")), "27,140公顷", "2,950.0平方公里", "9.2%")
    assert row.verdict.tolist() == ["consistent"] and "平方公里 in 公顷: × 100" in row.iloc[0].description
    assert by_figures(checks_in(text.format(s="12.2%")), "27,140公顷", "2,950.0平方公里", "12.2%").verdict.tolist() \
        == ["inconsistent"]


def test_a_whole_in_the_parts_own_unit_comes_first():
    # two figures are named 国土总面积: the one in the part's unit is taken
    text = ("全县国土总面积2,950.0平方公里。\n全县国土总面积295,000公顷，林地面积182,300公顷。\n"
            "全县自然保护地总面积27,140公顷，占国土总面积的9.2%。")
    table = checks_in(text)
    assert by_figures(table, "27,140公顷", "295,000公顷", "9.2%").verdict.tolist() == ["consistent"]
    assert by_figures(table, "27,140公顷", "2,950.0平方公里", "9.2%").empty
