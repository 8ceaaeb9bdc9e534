"""Find every quantity in a Chinese text, with its bounds, unit and kind.

>>> from helpers.quantities import find_quantities
>>> [(m.text, m.value, m.low, m.high) for m in find_quantities("两个年度7.34亿财政帮扶资金") if m.is_claim]
[('两个年度', 2.0, 2.0, 2.0), ('7.34亿', 734000000.0, 733500000.0, 734500000.0)]

A scanning copy of the text is made one character for one (full-width digits and
signs to ASCII, traditional characters to simplified with OpenCC, financial
numerals 壹贰叁…拾佰仟 inside numerals to ordinary ones; spaces inside a numeral are
closed up), then one pass of one compiled regular expression (``patterns.MASTER``)
finds every mention, and a short reading per match (``scan.py``) gives it a value,
unit, qualifier, interval and kind. Numerals are read by ``numerals.read_numeral``,
which takes the longest well-formed numeral (五十千 is 五十 and a stray 千). The
vocabulary is data in ``lexicon.py``. The work is linear in the length of the text
on any input, and no ``str`` makes it raise (``tests/test_growth_parser.py``).

What a mention says
-------------------
``start``/``end``  character offsets into the text as given (end exclusive);
                   ``text == raw[start:end]``. Full-width digits are read in place.
``value``          the normalised number: 万/亿 applied (54.58万人 -> 545800),
                   percentages in percent points (13.74% -> 13.74, 八成 -> 80, 九折 -> 90,
                   百分之九点一 -> 9.1, 五分之一 and 1/5 -> 20 with unit %, 万分之三 -> 0.03,
                   5.2/10万 -> 0.0052, 5‰ -> 0.5, 2个千分点 -> 0.2 个百分点), a range's
                   midpoint; compound amounts in their smaller unit (1小时45分钟 -> 105
                   分钟, 2年3个月 -> 27 个月; money stays in 元: 5元3角 -> 5.3); None where
                   the text gives no single number (数万, 几十).
``unit``           the unit or classifier, 万/亿 folded out: 人 元 户 % 个百分点 倍 ℃ ℉
                   公里 厘米 公里/小时 微克/立方米 千瓦 千瓦时 个 项 个月 年 …; money without 元
                   but followed by a money noun (7.34亿财政帮扶资金) is 元; 度 is ℃, ℉ or
                   千瓦时 by the words around it (温度…35度, 华氏, 用电…200度), else 度.
``qualifier``      exact | approx | at_least | at_most | range.
``low``/``high``   the interval the wording implies (see below).
``kind``           claims: count money percent percent_point multiple fraction ratio
                   range rank duration age temperature distance area weight volume
                   energy power speed concentration data number. Non-claims: date period
                   time name enumeration idiom unit_word ordinal article word overflow.
                   ``number`` is a bare number with no unit or head noun (a claim; the
                   ledger decides what it counts); ``overflow`` is a numeral too long (over
                   30 digits) or too large (10^60 and up) to be a figure.
``is_claim``       True exactly for the claim kinds. Non-claims have
                   low = high = None; their value is the numeral's where it has
                   one (a year, an ordinal's index), else None.

Intervals: what ``low``/``high`` mean
------------------------------------
``low <= x < high``, half-open, where ``high`` comes from rounding or from an
exclusive bound; **an exact figure is the point ``low == high == value``**, and an
exact end of a range is included (3至5人 is [3, 5]). Consumers treat every interval
as closed (``helpers.claims.intervals.Interval``), which is right for points and safe for
the rest. The rule, by written form:

  * **exact** — a plain integer that counts (kinds count and rank: 三次, 两个年度,
    288个, 452人, 第16个), written without trailing zeros and without a 万/亿
    multiplier, is a point; so is a written zero of any kind (0%, 0元).
  * **rounded** — everything else stated as exact is as precise as its last
    significant written digit, ± half a unit of it. Written decimals count, trailing
    zeros included (7.34亿 -> [7.335亿, 7.345亿), 13% -> [12.5, 13.5), 452.0人 ->
    [451.95, 452.05)); a rate or a measurement written as an integer keeps its
    rounding (13%, 35℃, 71岁, 170公里 -> [169.5, 170.5)); an integer with a 万/亿
    multiplier is rounded at its last written digit (6200万 -> [6150万, 6250万),
    8亿 -> [7.5亿, 8.5亿), 3万人 -> [2.5万, 3.5万)); an integer with trailing zeros is
    exact in its units digit below four written digits (100名 -> [99.5, 100.5)) and
    rounded at its last non-zero digit from four on (1,200亩 -> [1150, 1250),
    12000元 -> [11500, 12500)). Ranks, ages, durations and dates with trailing zeros
    are never rounded beyond their units digit (第100个 -> [99.5, 100.5)).
  * 余/多/几 after the number: up to the next unit of the last non-zero digit,
    qualifier at_least (8万余人 -> [80000, 90000), 380余万元 -> [3.8e6, 3.9e6),
    3500多 -> [3500, 3600), 二十几万 -> [20万, 30万), 十几 -> [10, 20)).
  * 超/超过/逾/以上/突破/不少于/大于/≥/上万/过半…: at_least, [value, inf) (a word
    may stand between: 超过了80, 至少有10次).
  * 不足/不到/以下/以内/小于/≤/最多…: at_most, [0, value) (inclusive words such as
    以下/以内/最多为 reach just past the value; temperatures and negative values are
    unbounded below).
  * 约/大约/左右/上下 (also 约为…, 约占…的…): approx, [value·0.95, value·1.05)
    (APPROX_TOLERANCE = 5 %, replacing the rounding); 近/将近/接近 are below-or-at:
    [value·0.95, value] (high is the next float above value).
  * ranges (35~36℃, 0.8%-1.5%, 2至3年, 10-20万, 20和30之间, 三五个, 百分之二三十, and
    two bounds side by side: 18岁以上、60岁以下): [low end's low, high end's high],
    each end widened by its own rounding; value is the midpoint of the written ends.
  * 数万, 几十 -> [2万, 10万), [20, 100): qualifier range, value None.

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
