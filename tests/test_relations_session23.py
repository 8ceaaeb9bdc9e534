"""Session 23's readings, pinned on sentences of our own (not the rounds' texts)."""

from .test_relations_kinds import by_figures, checks_in, no_alarm

HOSPITAL = ("1.服务总量持续增长。全年完成门急诊241.36万人次，比上年增长6.8%。全年出院98614人次，比上年增长6.9%。\n"
            "2.患者就医体验持续改善。全面推行分时段预约。全年受理患者投诉126件，{rate}，投诉按时办结率100%。")


def test_a_coarse_rate_fits_over_the_one_whole_its_words_name():
    """每万人次门急诊投诉 0.52件 (±1% in its rounding): fitted over 门急诊 stated a paragraph before, its words naming it."""
    table = checks_in(HOSPITAL.format(rate="每万人次门急诊投诉0.52件"))
    no_alarm(table)
    assert by_figures(table, "0.52件", "126件", "241.36万人次").verdict.tolist() == ["consistent"]


def test_a_coarse_rate_that_does_not_fit_is_not_accused_by_arithmetic():
    """A fit is never an accusation: 0.62件 (126 / 241.36万 × 10,000 = 0.52) gives no check at all."""
    table = checks_in(HOSPITAL.format(rate="每万人次门急诊投诉0.62件"))
    no_alarm(table)
    assert by_figures(table, "0.62件", "126件", "241.36万人次").empty


def test_a_coarse_rate_whose_words_name_no_whole_is_not_fitted():
    """投诉率 0.52件 names nothing to divide by: a coarse figure fits too many pairs by chance, so none is tried."""
    table = checks_in(HOSPITAL.format(rate="投诉率0.52件"))
    assert by_figures(table, "0.52件", "126件", "241.36万人次").empty
