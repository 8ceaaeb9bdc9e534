"""Find every quantity in a Chinese text, with its bounds, unit and kind.

>>> from helpers.quantities import find_quantities
>>> [(m.text, m.value, m.low, m.high) for m in find_quantities("两个年度7.34亿财政帮扶资金") if m.is_claim]
[('两个年度', 2.0, 1.5, 2.5), ('7.34亿', 734000000.0, 733500000.0, 734500000.0)]

One pass of one compiled regular expression (``patterns.MASTER``) finds every
mention; a short reading per match (``scan.py``) gives it a value, unit,
qualifier, interval and kind. The vocabulary is data in ``lexicon.py``.

What a mention says
-------------------
``start``/``end``  character offsets into the text as given (end exclusive);
                   ``text == raw[start:end]``. Full-width digits are read in place.
``value``          the normalised number: 万/亿 applied (54.58万人 -> 545800),
                   percentages in percent points (13.74% -> 13.74, 八成 -> 80,
                   百分之九点一 -> 9.1, 五分之一 -> 20 with unit %), a range's
                   midpoint; None where the text gives no single number (数万, 十几).
``unit``           the unit or classifier, 万/亿 folded out: 人 元 户 % 个百分点 倍 ℃
                   公里 个 项 个月 年 …; money without 元 but followed by a money
                   noun (7.34亿财政帮扶资金) is 元.
``qualifier``      exact | approx | at_least | at_most | range.
``low``/``high``   the interval the wording implies, ``low <= x < high``:
  * exact: half a unit of the last significant digit. Written decimals count
    (7.34亿 -> [7.335亿, 7.345亿), 13% -> [12.5, 13.5)); an integer written with
    fewer than four digits is exact in its units digit (452人 -> [451.5, 452.5),
    8亿 -> [7.5亿, 8.5亿)); an integer of four or more written digits ending in
    zeros is a rounded figure (12000元 -> [11500, 12500), 6200万 -> [6150万, 6250万)).
    Ranks, ordinals, ages, durations and dates are never rounded.
  * 余/多 after the number: up to the next unit of the last non-zero digit,
    qualifier at_least (8万余人 -> [80000, 90000), 380余万元 -> [3.8e6, 3.9e6),
    3500多 -> [3500, 3600), 1.45万余 -> [14500, 14600)).
  * 超/超过/逾/以上/突破/不少于/上万/过半…: at_least, [value, inf).
  * 不足/不到/以下/以内…: at_most, [0, value) (inclusive words such as 以下/以内
    reach just past the value; temperatures are unbounded below).
  * 约/大约/左右/上下: approx, [value·0.95, value·1.05) (APPROX_TOLERANCE = 5 %,
    replacing the rounding); 近/将近/接近 are below-or-at: [value·0.95, value]
    (high is the next float above value, so the value itself is inside).
  * ranges (35~36℃, 0.8%-1.5%, 2至3年, 10-20万): [low end's low, high end's high),
    each end widened by its rounding; value is the midpoint of the written ends.
  * 十几 -> [11, 20), 数万 -> [2万, 10万): qualifier range, value None.
``kind``           claims: count money percent percent_point multiple fraction
                   ratio range rank duration age temperature distance area weight
                   volume energy number. Non-claims: date period time name
                   enumeration idiom unit_word ordinal article word.
                   ``number`` is a bare number with no unit or head noun
                   (a claim; the ledger decides what it counts).
``is_claim``       True exactly for the claim kinds. Non-claims have
                   low = high = None; their value is the numeral's where it has
                   one (a year, an ordinal's index), else None.

Decisions on ambiguous wording are in ``lexicon.py`` next to the words.
``write_csv`` writes the rows as CSV with ``is_claim`` as ``true``/``false``
(what ``python -m helpers extract PATH`` prints).
"""

from .frame import mentions_frame, quantities_frame, write_csv
from .lexicon import APPROX_TOLERANCE, CLAIM_KINDS, NON_CLAIM_KINDS, NUMERAL_CHARS
from .mention import COLUMNS, QUALIFIER_VALUES, Mention
from .scan import find_quantities

__all__ = [
    "APPROX_TOLERANCE",
    "CLAIM_KINDS",
    "COLUMNS",
    "Mention",
    "NON_CLAIM_KINDS",
    "NUMERAL_CHARS",
    "QUALIFIER_VALUES",
    "find_quantities",
    "mentions_frame",
    "quantities_frame",
    "write_csv",
]
