"""The vocabulary of the quantity scanner, kept as data.

Everything the scanner knows about words lives here: units and classifiers,
qualifiers, and the phrases and context rules that make a numeral a non-claim
(date, name, idiom, enumeration, unit word, ...). Adding a word is adding a line
to one of the tables below; ``scan.py`` and ``patterns.py`` hold no vocabulary.

Tables are whitespace-separated text, one entry a line, ``#`` starts a comment.
The last column (a note) may contain spaces. Ambiguous cases are decided here
and the note says why; ``tests/test_quantities.py`` pins each decision.

>>> UNITS["亿元"]
('money', '元', 8)
>>> PHRASES["两不愁三保障"][0]
'idiom'
"""

from __future__ import annotations

import re
from typing import NamedTuple


def _rows(table: str, ncols: int) -> list[list[str]]:
    """Split a text table into rows of ``ncols`` fields (the last keeps spaces)."""
    rows = []
    for line in table.splitlines():
        line = line.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(None, ncols - 1)
        fields += ["" for _ in range(ncols - len(fields))]
        rows.append(fields)
    return rows


# --------------------------------------------------------------------------- kinds
#: Kinds whose mentions are claims: a number the text asserts about the world.
CLAIM_KINDS = frozenset(
    """count money percent percent_point multiple fraction ratio range rank duration
    age temperature distance area weight volume energy power speed concentration data number""".split()
)
#: Kinds whose mentions are not claims. ``ordinal`` labels a member of a series
#: (第五批 干部, 十九届); ``article`` is 一 used as the indefinite article
#: (一份优异答卷); ``word`` is a numeral character inside an ordinary word
#: (统一, 进一步, 百姓) or one the scanner cannot read as a number; ``overflow``
#: is a numeral too long or too large to be a figure (a 400-digit string,
#: 一亿亿亿亿…): it is kept, never converted, and never a claim.
NON_CLAIM_KINDS = frozenset(
    "date period time name enumeration idiom unit_word ordinal article word overflow".split()
)

#: Characters that must each fall inside exactly one mention.
NUMERAL_CHARS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿半"

# ----------------------------------------------------------------- normalisation
#: One-to-one character replacements applied before scanning: full-width digits,
#: letters and the signs that live inside numbers. They keep every offset (one
#: character for one character), so spans index the raw text. Full-width
#: punctuation that only separates (，：（）) is matched as it stands instead:
#: it is everywhere in Chinese text and translating it would cost time.
NORMALISE = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},  # full-width A-Z
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},  # full-width a-z
    "．": ".", "％": "%", "～": "~", "〜": "~", "－": "-", "−": "-", "＋": "+", "／": "/",
    "＜": "<", "＞": ">", "＝": "=", "＄": "$",
}
#: A full-width comma is a thousands separator only between full-width digits
#: (１３，４５０人); between ASCII digits it separates clauses (120，300个 is two numbers).
FULL_WIDTH_DIGITS = "０１２３４５６７８９"

#: Traditional characters are read as simplified ones (萬 万, 億 亿, 兩 两, 個 个, 點 点,
#: 負 负, 幾 几 …) through OpenCC's ``t2s`` conversion, one character for one,
#: before scanning; the mentions quote the text as written.
OPENCC_CONFIG = "t2s"
#: Common traditional-only characters (numerals, units and the most frequent words):
#: a text with none of them is not converted (the search costs a fifth of the conversion).
TRADITIONAL_CUES = ("這們來時為與個國會發經說對於後進還過從當實現體點動業區縣鄉鎮萬億兩負幾陸貳參雙塊項號歲噸"
                    "畝場屆戶員價長總產達臺灣資額預際")

#: Financial numerals (大写数字), read as the ordinary ones inside a numeral.
#: 壹贰叁捌玖佰仟 are never anything else; 陆 (land), 伍 (队伍), 拾 (收拾), 肆 (放肆)
#: and 柒 are ordinary characters too, so they are read as numerals only in a run
#: with another financial numeral or an ordinary digit (肆佰陆拾, 一千陆, 拾万零五十六),
#: never next to a unit alone (登陆千岛湖) or on their own (陆续, 入伍).
FINANCIAL = {"壹": "一", "贰": "二", "貳": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "陸": "六",
             "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千", "俩": "两", "倆": "两"}
FINANCIAL_AMBIGUOUS = "陆陸伍拾肆柒俩倆"

# --------------------------------------------------------------------- numerals
#: Chinese digits and their values. The financial forms (壹贰叁…陆…) are left
#: out on purpose: 陆 (land), 伍 and 柒 are ordinary characters in news text.
CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
#: Positional units inside a Chinese numeral: power of ten.
CN_SMALL_UNITS = {"十": 1, "百": 2, "千": 3}
#: Section multipliers (also used after Arabic digits: 54.58万, 7.34亿). 兆 is 10**12
#: inside a numeral (Taiwan and Hong Kong reports: 四十九兆九千億); before a unit it
#: is the prefix mega (兆瓦, 兆字节).
CN_BIG_UNITS = {"万": 4, "亿": 8, "兆": 12}
#: A multiplier character is not a multiplier when followed by one of these
#: (千米 is a unit, 百分点 is a unit, 千瓦 is a unit, 兆瓦 is a unit).
MULTIPLIER_GUARDS = {"千": ("米", "瓦", "克", "卡", "字", "分点"), "百": ("分",),
                     "兆": ("瓦", "字", "赫", "帕", "焦")}

# ------------------------------------------------------------------------ units
#: surface form -> (kind, canonical unit, power of ten folded into the value).
#: Longest surface wins. Money with a multiplier (万元, 亿元) is folded: 6200万元
#: is 62,000,000 元. ``count`` nouns without a classifier (八部门, 三省份) are units.
UNITS_TABLE = """
# surface   kind           unit      exp
元          money          元        0
万元        money          元        4
亿元        money          元        8
人民币      money          元        0
块钱        money          元        0
美元        money          美元      0
港元        money          港元      0
欧元        money          欧元      0
日元        money          日元      0
英镑        money          英镑      0
美圆        money          美元      0
美金        money          美元      0
美分        money          美元      -2
港币        money          港元      0
新台币      money          新台币    0
台币        money          新台币    0
韩元        money          韩元      0
澳元        money          澳元      0
加元        money          加元      0
卢布        money          卢布      0
瑞士法郎    money          瑞士法郎  0
奈拉        money          奈拉      0
%           percent        %         0
‰           percent        %         -1
个百分点    percent_point  个百分点  0
百分点      percent_point  个百分点  0
成          percent        %         1
折          percent        %         1
千分点      percent_point  个百分点  -1
个千分点    percent_point  个百分点  -1
个基点      percent_point  个百分点  -2
基点        percent_point  个百分点  -2
倍          multiple       倍        0
℃           temperature    ℃         0
°C          temperature    ℃         0
°c          temperature    ℃         0
摄氏度      temperature    ℃         0
℉           temperature    ℉         0
°F          temperature    ℉         0
华氏度      temperature    ℉         0
度          number         度        0   # a temperature or kWh by context: see DEGREE cues
岁          age            岁        0
周岁        age            岁        0
年          duration       年        0
周年        duration       年        0
个年度      count          个年度    0
个月        duration       个月      0
个季度      duration       个季度    0
个星期      duration       周        0
星期        duration       周        0
周          duration       周        0
天          duration       天        0
个工作日    duration       天        0
个小时      duration       小时      0
小时        duration       小时      0
分钟        duration       分钟      0
秒          duration       秒        0
公里        distance       公里      0
千米        distance       公里      0
km          distance       公里      0
KM          distance       公里      0
米          distance       米        0
m           distance       米        0
厘米        distance       厘米      0
公分        distance       厘米      0
cm          distance       厘米      0
CM          distance       厘米      0
毫米        distance       毫米      0
mm          distance       毫米      0
公里/小时   speed          公里/小时 0
千米/小时   speed          公里/小时 0
千米每小时  speed          公里/小时 0
公里每小时  speed          公里/小时 0
km/h        speed          公里/小时 0
米/秒       speed          米/秒     0
m/s         speed          米/秒     0
平方公里    area           平方公里  0
平方千米    area           平方公里  0
平方米      area           平方米    0
公顷        area           公顷      0
亩          area           亩        0
吨          weight         吨        0
t           weight         吨        0
公斤        weight         公斤      0
千克        weight         公斤      0
kg          weight         公斤      0
KG          weight         公斤      0
斤          weight         斤        0
两          weight         两        0
克          weight         克        0
毫克        weight         毫克      0
mg          weight         毫克      0
微克        weight         微克      0
微克/立方米 concentration  微克/立方米 0
μg/m³       concentration  微克/立方米 0
μg/m3       concentration  微克/立方米 0
ug/m3       concentration  微克/立方米 0
毫克/立方米 concentration  毫克/立方米 0
mg/m³       concentration  毫克/立方米 0
mg/m3       concentration  毫克/立方米 0
毫克/升     concentration  毫克/升   0
mg/L        concentration  毫克/升   0
立方米      volume         立方米    0
升          volume         升        0
千瓦时      energy         千瓦时    0
度电        energy         千瓦时    0
kWh         energy         千瓦时    0
kW·h        energy         千瓦时    0
千瓦        power          千瓦      0
kW          power          千瓦      0
兆瓦        power          兆瓦      0
MW          power          兆瓦      0
GW          power          吉瓦      0
比特        data           比特      0
字节        data           字节      0
千字节      data           字节      3
兆字节      data           字节      6
KB          data           字节      3
MB          data           字节      6
GB          data           字节      9
TB          data           字节      12
人次        count          人次      0
例          count          例        0
双          count          双        0
对          count          对        0
块          count          块        0
打          count          个        0
人          count          人        0
户          count          户        0
个          count          个        0
项          count          项        0
次          count          次        0
名          count          名        0
家          count          家        0
位          count          位        0
架          count          架        0
架次        count          架次      0
场          count          场        0
所          count          所        0
座          count          座        0
台          count          台        0
辆          count          辆        0
件          count          件        0
批          count          批        0
宗          count          宗        0
套          count          套        0
条          count          条        0
篇          count          篇        0
份          count          份        0
张          count          张        0
本          count          本        0
册          count          册        0
头          count          头        0
只          count          只        0
株          count          株        0
棵          count          棵        0
支          count          支        0
组          count          组        0
类          count          类        0
种          count          种        0
栋          count          栋        0
间          count          间        0
处          count          处        0
趟          count          趟        0
列          count          列        0
艘          count          艘        0
艘次        count          艘次      0
车次        count          车次      0
辆次        count          辆次      0
标准箱      count          标准箱    0
标箱        count          标准箱    0
轮          count          轮        0
门          count          门        0
道          count          道        0
期          count          期        0
# count nouns that follow a numeral without a classifier (八部门, 三省份)
部门        count          部门      0
部委        count          部委      0
省份        count          省份      0
省区市      count          省区市    0
省市区      count          省市区    0
省市        count          省市      0
省区        count          省区      0
省          count          省        0
市州        count          市州      0
县市区      count          县市区    0
县区        count          县区      0
区县        count          区县      0
县市        count          县市      0
市          count          市        0
县          count          县        0
区          count          区        0
乡镇        count          乡镇      0
乡          count          乡        0
镇          count          镇        0
村          count          村        0
国          count          国        0
单位        count          单位      0
"""

UNITS: dict[str, tuple[str, str, int]] = {
    s: (k, u, int(e)) for s, k, u, e in _rows(UNITS_TABLE, 4)
}
#: How large a canonical unit is in the base unit of its kind, for units of one kind that convert (a 林地面积 in 公顷
#: over a 国土面积 in 平方公里): kind → unit → size. Units of a kind missing here never convert.
UNIT_SIZES: dict[str, dict[str, float]] = {
    "area": {"平方米": 1.0, "亩": 10_000 / 15, "公顷": 10_000.0, "平方公里": 1_000_000.0},
    "weight": {"克": 0.001, "斤": 0.5, "公斤": 1.0, "吨": 1_000.0},
    "distance": {"毫米": 0.001, "厘米": 0.01, "米": 1.0, "公里": 1_000.0},
    "volume": {"升": 0.001, "立方米": 1.0},
    "power": {"千瓦": 1.0, "兆瓦": 1_000.0, "吉瓦": 1_000_000.0},
}
#: Units that multiply by something other than a power of ten: 一打 is 12 (a dozen).
UNIT_FACTORS = {"打": 12}

#: A unit is not read when the following characters make it another word:
#: 5人民 (people), 1成为 (became), 三年级 (grade). unit -> characters that veto it.
UNIT_NOT_BEFORE = {
    "成": "为立功果本员效都熟长交型绩就品分片套败",
    "年": "级轻纪",
    "人": "民",
    "名": "单称义",
    "家": "庭乡长",
    "位": "于置",
    "次": "日",
    "期": "间待望限盼",
    "道": "路",
    "门": "口",
    "条": "件例",
    "本": "地身",
    "所": "以有在属得",
    "国": "家际内外",
    "区": "域",
    "市": "场民级委",
    "县": "城域级委",
    "村": "民",
    "间": "隔",
    "处": "理",
    "台": "湾",
    "只": "要有是",
    "头": "雁",
    "米": "粮",
    "周": "边围末转",
    "克": "服",
    "升": "至级高到为",
    "组": "织建成",
    "场": "所景地",
    "种": "植类",
    "份": "额",
    "批": "准示",
    "宗": "教旨族祠亲师派",
    "支": "持出付援医教",
    "省": "级委内外",
    "国": "家际内外考",
    "对": "比照象应待接外口策话于称手抗峙立面",
    "折": "合算旧射叠腾返线价现扣腰",
    "两": "岸会地市委个年天人次方面者边头周手极性",
    "双": "方边向赢休",
    "块": "头",
    "打": "开击工造响算通破赢败入出进扫掉下好牢卡车拼架电球折包工造",
}

#: Time nouns that take 个 with an optional 多/余/半 inside: 一个多月, 两个半小时.
#: noun -> canonical unit.
GE_TIME_NOUNS = {"月": "个月", "小时": "小时", "星期": "周", "季度": "个季度", "工作日": "天"}

#: Units after which 半 adds a half (两年半, 八成半, 一天半).
HALF_AFTER_UNITS = "年天成倍吨斤米岁"
#: ...unless 半 starts one of these words (两年半年? 三成半数).
HALF_NOT_BEFORE = "年月天夜数岛径导价山边"
#: Units after which 多/余 means "and a bit" (一年多来, 增长1倍多): up to the next unit.
APPROX_AFTER_UNITS = "年倍天"
#: ...only when the 多 is followed by one of these (so 2年多地 is not read).
APPROX_AFTER_UNIT_FOLLOWERS = "来的前后时以,，。;；、)）!?！？ \n"

#: Classifiers after which a lone 一 is the indefinite article "a/an", not a count
#: (交出了一份优异答卷). Measure units (一年, 一公里, 一倍) are not in this list.
ARTICLE_CLASSIFIERS = frozenset("个项次名家位架场所座台辆件批套条篇份张本册头只株棵支组类种栋间处趟轮门道期")
#: Words before a lone 一 that make it an asserted count of one (仅一个村, 只有一家).
ONE_AS_COUNT_CUES = ("仅有", "只有", "仅", "只", "唯有", "就一", "全部")

#: Classifiers after 第N that label a member of a series (第五批干部, 第二十届):
#: kind ``ordinal``, not a claim. Any other 第N (第255个, 第一架, 第一人) is a rank.
ORDINAL_CLASSIFIERS = frozenset("批 届 期 轮 章 条 款 节 版 卷 集 季 代 号 课 站 部分 阶段 梯队".split())

#: Kinds whose integers are exact identities: their trailing zeros are significant
#: whatever the size (第100个, 100岁, 连续10年).
EXACT_INTEGER_KINDS = frozenset("rank ordinal age duration date period enumeration".split())
#: Kinds that count: an integer of these written without trailing zeros and without
#: a 万/亿 multiplier is exact, a point (三次, 两个年度, 288个, 452人, 第16个).
COUNTING_KINDS = frozenset("count rank".split())

#: A lone Chinese digit (一 … 九, 十, 两) is a number only where it stands apart from
#: the words around it: after the start of the text or one of these ...
LONE_BEFORE = "是为前和或与“\"'‘(（[\n,，。;；:：、!?！？"
#: ... and before the end or one of these (这是五那是四, 答案是四不是五, 排名前三的).
#: Elsewhere it is part of a word (三大, 五星, 一手).
LONE_AFTER = "是不而却那这的和或与”\"'’)）]\n,，。;；:：、!?！？"

#: A temperature written with 度: the words around it say which scale (华氏温度98.6度
#: is Fahrenheit; 温度升高5度, 35度高温 are Celsius); 度 next to 电 is a kilowatt-hour.
#: Without such a word 度 stays a bare number of degrees.
FAHRENHEIT_CUES = ("华氏",)
CELSIUS_CUES = ("摄氏", "温", "烧", "冷", "热", "降雪", "结冰")
ELECTRICITY_CUES = ("电",)

#: Compound amounts: a smaller unit after a duration or an amount in 元 joins it
#: (1小时45分钟 is 105 minutes, 2年3个月 is 27 months, 5元3角 is 5.3 元).
#: larger unit -> {smaller unit: how many of it make one larger unit}.
COMPOUND_UNITS = {
    "年": {"个月": 12}, "周": {"天": 7}, "天": {"小时": 24}, "小时": {"分钟": 60, "分": 60},
    "分钟": {"秒": 60}, "元": {"角": 10, "毛": 10}, "角": {"分": 10}, "毛": {"分": 10},
}
#: Canonical names of the smaller units.
COMPOUND_NAMES = {"分": "分钟", "毛": "角"}

#: 一 + classifier is a count, not the article, inside a list of counts
#: (3个产业园、一个物流中心): these join the items of such a list.
LIST_JOINERS = ("、", "和", "及", "以及", "与")

#: Separators of a range (35~36℃, 0.8%-1.5%, 2至3年) and of a ratio (10.9:36.2:52.9).
RANGE_SEPARATORS = ("~", "-", "—", "–", "至", "到")
RATIO_SEPARATORS = ":：∶"
#: Words that make the number after them negative (零下5℃, 负三十二, 负13.5千米) ...
NEGATIVE_WORDS = ("零下",)
#: ... 负 except where it ends a word (胜负, 抱负, 正负: ±) ...
NEGATIVE_NOT_AFTER = "胜抱欺担肩辜自正背"
#: ... and -, before a unit that can be negative (增长-3.2%, -5℃), or where it cannot
#: join a range or a code: at the start, after a space or one of these (为-10000,
#: 降至-2%); never after a digit, letter or word (2019年-2020年, 1-9月, COVID-19).
MINUS_AFTER = "，,：:；;（(=、为是至到达"
SIGNED_UNITS = ("%", "℃", "°C", "摄氏度")

# ------------------------------------------------------------------- qualifiers
class Qualifier(NamedTuple):
    word: str
    position: str   # "pre" (before the number) or "post" (after number and unit)
    qualifier: str  # at_least | at_most | approx
    inclusive: bool  # does the bound include the value itself (以上, 以下: yes; 不足, 超: no)
    not_after: str   # the word is not a qualifier right after one of these characters
    only_before: str  # if set, the word qualifies only a number starting with one of these ...
    or_after: str    # ... unless it comes right after one of these (占比过20: any number)


QUALIFIERS_TABLE = """
# word       pos   qualifier  inclusive  not_after           only_before  or_after
超过         pre   at_least   no         -                   -            -
超           pre   at_least   no         赶高                -            -
逾           pre   at_least   no         -                   -            -
突破         pre   at_least   no         -                   -            -
不少于       pre   at_least   yes        -                   -            -
不低于       pre   at_least   yes        -                   -            -
不小于       pre   at_least   yes        -                   -            -
大于等于     pre   at_least   yes        -                   -            -
大于或等于   pre   at_least   yes        -                   -            -
大于或者等于 pre   at_least   yes        -                   -            -
至少         pre   at_least   yes        -                   -            -
最少         pre   at_least   yes        -                   -            -
多于         pre   at_least   no         -                   -            -
高于         pre   at_least   no         -                   -            -
大于         pre   at_least   no         -                   -            -
≥            pre   at_least   yes        -                   -            -
>=           pre   at_least   yes        -                   -            -
>            pre   at_least   no         -                   -            -
上           pre   at_least   yes        -                   百千万亿     -
过           pre   at_least   yes        经通度超不越穿路    百千万亿半   比率重额量值数
破           pre   at_least   yes        突打                百千万亿     -
将近         pre   approx     no         -                   -            -
接近         pre   approx     no         -                   -            -
近           pre   approx     no         附最接将邻靠亲贴    -            -
大约         pre   approx     yes        -                   -            -
大概         pre   approx     yes        -                   -            -
约           pre   approx     yes        节制签预合违条特公邀相婚履解守誓立隐大  -  -
不超过       pre   at_most    yes        -                   -            -
不大于       pre   at_most    yes        -                   -            -
不高于       pre   at_most    yes        -                   -            -
不多于       pre   at_most    yes        -                   -            -
小于等于     pre   at_most    yes        -                   -            -
小于或等于   pre   at_most    yes        -                   -            -
小于或者等于 pre   at_most    yes        -                   -            -
不足         pre   at_most    no         -                   -            -
不到         pre   at_most    no         -                   -            -
少于         pre   at_most    no         -                   -            -
低于         pre   at_most    no         -                   -            -
小于         pre   at_most    no         -                   -            -
≤            pre   at_most    yes        -                   -            -
<=           pre   at_most    yes        -                   -            -
<            pre   at_most    no         -                   -            -
未满         pre   at_most    no         -                   -            -
最多         pre   at_most    yes        -                   -            -
至多         pre   at_most    yes        -                   -            -
以上         post  at_least   yes        -                   -            -
或以上       post  at_least   yes        -                   -            -
或者以上     post  at_least   yes        -                   -            -
及以上       post  at_least   yes        -                   -            -
之上         post  at_least   no         -                   -            -
或更多       post  at_least   yes        -                   -            -
或者更多     post  at_least   yes        -                   -            -
开外         post  at_least   yes        -                   -            -
有余         post  at_least   yes        -                   -            -
以下         post  at_most    yes        -                   -            -
或以下       post  at_most    yes        -                   -            -
或者以下     post  at_most    yes        -                   -            -
及以下       post  at_most    yes        -                   -            -
之下         post  at_most    no         -                   -            -
以内         post  at_most    yes        -                   -            -
之内         post  at_most    yes        -                   -            -
左右         post  approx     yes        -                   -            -
上下         post  approx     yes        -                   -            -
"""

QUALIFIERS: tuple[Qualifier, ...] = tuple(
    Qualifier(w, p, q, inc == "yes", "" if na == "-" else na, "" if ob == "-" else ob, "" if oa == "-" else oa)
    for w, p, q, inc, na, ob, oa in _rows(QUALIFIERS_TABLE, 7)
)

#: Words that may stand between a qualifier and its number, inside the mention
#: (超过了80, 至少有10次, 至少是3, 最多为5, 约为100人): the qualifier still applies.
QUALIFIER_FILLERS = ("了", "有", "是", "为", "达", "达到", "在")
#: 约/大约 separated from the number by a verb, and maybe its object (约占30%,
#: 约占全县人口的1/3): the number is approximate; the mention stays on the number.
#: A regular expression matched on the text just before the number.
APPROX_BEFORE = r"(?:大约|约)[占合计](?:[^，。；;,\n]{0,12}的)?$"

#: Relative tolerance of 近/约/左右/大约: "约100" is read as [95, 105); 近 is
#: below-or-at: "近170公里" is [161.5, 170] (high just above 170).
APPROX_TOLERANCE = 0.05

#: 近 before a duration followed by 来 means "the recent N years", exactly:
#: 近3年来 is 3 years, not about 3.
RECENT_DURATION_FOLLOWERS = ("来", "以来", "内", "中")

# ----------------------------------------------------------------- context cues
#: A year-like number (1800..2199) before 年 is a calendar year unless one of
#: these words stands right before it: 历时2000年 is a duration.
DURATION_CUES = ("连续", "为期", "历时", "经过", "长达", "用了", "持续", "历经", "花了", "耗时", "至今已")

#: Nouns after a bare number (no unit) that make it money: 7.34亿财政帮扶资金.
MONEY_NOUNS = ("资金", "财政", "元", "投资", "经费", "资产", "贷款", "款", "税", "收入", "产值", "营收", "销售额", "补贴", "补助", "预算", "基金", "债", "利润", "捐款")
#: Head nouns after a bare number (within the same clause, a few characters on)
#: that say what it counts: 1.82万剩余贫困人口 counts people.
COUNT_HEADS = {
    "人口": "人", "群众": "人", "劳动力": "人", "农民": "人", "学生": "人", "居民": "人",
    "贫困户": "户", "农户": "户", "家庭": "户", "人": "人",
}
#: How many characters after a bare number are searched for a money noun or head.
HEAD_WINDOW = 8
#: Characters that end a clause: the head search stops there.
CLAUSE_END = ",，。;；:：!?！？、()（）\n“”\"《》"


#: Latin units that may follow digits (from the table above); any other Latin
#: letters make a name (5G, 4K). A Latin unit is a unit only when no letter follows.
LATIN_UNITS = tuple(sorted((u for u in UNITS if u.isascii() and u[0].isalpha()), key=len, reverse=True))
for _u in LATIN_UNITS:
    UNIT_NOT_BEFORE[_u] = UNIT_NOT_BEFORE.get(_u, "") + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# ---------------------------------------------------------------------- phrases
#: Literal phrases containing numeral characters, matched before any number
#: reading. kind + note. The longest phrase at a position wins.
PHRASES_TABLE = """
# phrase              kind        note
两不愁三保障          idiom       poverty-exit standard; not counts
一方水土养不起一方人  idiom       saying
一方水土养一方人      idiom       saying
一方水土              idiom       saying
两手抓两手硬          idiom       slogan: grasp both, both firmly
两手抓                idiom       slogan
两手硬                idiom       slogan
一批又一批            idiom       "batch after batch"
一个聚焦              idiom       slogan of the cadre team
两题联考              idiom       metaphor: two exam papers
三套组合拳            idiom       metaphor: three combination punches
一站式                idiom       "one-stop"
一把手                idiom       "number one" = the top leader
一线                  idiom       "front line"
第一线                idiom       "front line"
两地                  idiom       the pair of places (Qingdao–Anshun); not a count
青安两市              idiom       the pair Qingdao–Anshun; not a count
两市                  idiom       the pair of cities named just before; not a count
两岸                  idiom       cross-strait
不落一户              idiom       "no household left behind"
不落一人              idiom       "no one left behind"
不漏一户              idiom       "no household missed"
不漏一人              idiom       "no one missed"
一个不落              idiom       "not one left behind"
一个都不能少          idiom       "not one fewer"
一户不落              idiom       "not one household left behind"
三次产业              name        the three sectors of the economy
一旦                  word        "once"
一条龙                idiom       "one-stop chain"
一盘棋                idiom       "one chessboard" = coordinated
一张蓝图              idiom       "one blueprint"
一揽子                idiom       "package of"
一系列                word        "a series of"
一体化                word        integration
一体                  word        "one body"
一次性                word        "one-off"
一对一                idiom       "one-to-one"
一带一路              name        Belt and Road
一国两制              name        one country two systems
两学一做              name        campaign name
两个维护              name        political formula
两个确立              name        political formula
两委                  name        village Party and villagers' committees
两会                  name        the two sessions
三农                  name        agriculture, villages, farmers
三保障                idiom       part of 两不愁三保障
三区三州              name        deep-poverty regions
三变改革              name        reform name (Guizhou)
四个全面              name        political formula
四个意识              name        political formula
四风                  name        four work-style ills
四在农家              name        Guizhou campaign
四好农村路            name        road programme
五位一体              name        political formula
六稳六保              name        policy formula
六稳                  name        policy formula
六保                  name        policy formula
八项规定              name        Party rules
十一五                name        five-year plan
十二五                name        five-year plan
十三五                name        five-year plan
十四五                name        five-year plan
十五五                name        five-year plan
一号文件              name        No. 1 central document
第一书记              name        title: first secretary of a village
第一责任人            name        title
第一产业              name        primary sector
第二产业              name        secondary sector
第三产业              name        tertiary sector
一二三产业            name        the three sectors
一二三产              name        the three sectors
一二线                name        tier-1/2 cities
三产融合              name        sector integration
三产                  name        tertiary sector
第三方                word        third party
第一手                word        first-hand
第一时间              idiom       "at once"
新希望六和            name        company (New Hope Liuhe)
六盘水                name        city in Guizhou
六枝                  name        district in Guizhou
四川                  name        province
三亚                  name        city
三明                  name        city
三都                  name        county in Guizhou
三峡                  name        Three Gorges
九寨沟                name        place
十堰                  name        city
万山                  name        district in Guizhou
万州                  name        district
百色                  name        city
五指山                name        city
七台河                name        city
千岛湖                name        lake
二连浩特              name        city
十八洞村              name        village
百强县                name        ranking name
百强                  name        ranking name
十佳                  name        award name
五一                  date        May Day
五四                  name        May Fourth
七一                  date        1 July (Party founding day)
八一                  date        1 August (Army day)
十一黄金周            date        National Day holiday
上半年                period      first half of a year
下半年                period      second half of a year
上一年度              period      the previous year
上一年                period      the previous year
下一年                period      the next year
万元GDP               unit_word   "per 10,000 yuan of GDP" (energy intensity)
万元增加值            unit_word   "per 10,000 yuan of value added"
万元生产总值          unit_word   "per 10,000 yuan of output"
每万人                unit_word   "per 10,000 people"
每百人                unit_word   "per 100 people"
每千人                unit_word   "per 1,000 people"
每百户                unit_word   "per 100 households"
每十万人              unit_word   "per 100,000 people"
百分点                unit_word   unit named without a number
千米                  unit_word   unit named without a number
千瓦                  unit_word   unit named without a number
千克                  unit_word   unit named without a number
百日                  name        campaign name (百日攻坚)
万众一心              idiom       saying
千方百计              idiom       saying
千家万户              idiom       saying
成千上万              idiom       saying
千千万万              idiom       saying
万水千山              idiom       saying
千辛万苦              idiom       saying
四面八方              idiom       saying
五湖四海              idiom       saying
三番五次              idiom       saying
一五一十              idiom       saying
一心一意              idiom       saying
一丝不苟              idiom       saying
一成不变              idiom       saying
独一无二              idiom       saying
一鼓作气              idiom       saying
一以贯之              idiom       saying
一张蓝图绘到底        idiom       saying
事半功倍              idiom       saying
一年四季              idiom       saying
一年一度              idiom       saying
亿万                  idiom       "hundreds of millions" = vast numbers
数以万计              idiom       "tens of thousands" (vague)
一方面                word        "on the one hand"
一方                  word        "one party/place"
一些                  word        "some"
一切                  word        "all"
一起                  word        "together"
一直                  word        "always"
一定                  word        "certain"
一般                  word        "general"
一样                  word        "same"
一致                  word        "consistent"
一同                  word        "together"
一道                  word        "together"
一边                  word        "while"
一律                  word        "uniformly"
一贯                  word        "consistently"
一向                  word        "always"
一流                  word        "first-rate"
一举                  word        "in one stroke"
一齐                  word        "together"
一度                  word        "once, at one time"
一步                  word        "a step"
一手                  word        "single-handed"
一路                  word        "all the way"
一带                  word        "area around"
一致性                word        "consistency"
一大批                word        "a large batch"
一批                  word        "a batch of"
一番                  word        "a bout of"
一下                  word        "a bit"
一体推进              word        "push together"
进一步                word        "further"
统一                  word        "unified"
唯一                  word        "only"
单一                  word        "single"
同一                  word        "same"
每一                  word        "every"
这一                  word        "this"
那一                  word        "that"
另一                  word        "another"
某一                  word        "a certain"
任一                  word        "any"
逐一                  word        "one by one"
之一                  word        "one of"
万一                  word        "in case"
一一                  word        "one by one"
新一轮                word        "a new round"
新一代                word        "new generation"
新一届                word        "new term"
下一步                word        "next step"
上一轮                word        "previous round"
十足                  word        "full"
两两                  word        "in pairs" (两两结对)
五台山                name        mountain
一波三折              idiom       saying
百折不挠              idiom       saying
七折八扣              idiom       saying
合二为一              idiom       saying
三五成群              idiom       saying
三三两两              idiom       saying
九九归一              idiom       saying
百姓                  word        "common people"
老百姓                word        "common people"
百货                  word        "general merchandise"
百花                  word        "hundred flowers"
零售                  word        retail
零距离                word        "zero distance"
零星                  word        "sporadic"
零散                  word        "scattered"
零容忍                word        "zero tolerance"
零工                  word        odd jobs
零部件                word        parts
零就业                name        zero-employment (household type)
清零                  word        "cleared to zero"
零的突破              idiom       "breakthrough from zero"
半岛                  name        peninsula
半导体                word        semiconductor
半径                  word        radius
半山                  word        hillside
半夜                  word        midnight
半边天                idiom       "half the sky" = women
半途而废              idiom       saying
多半                  word        "mostly"
四处                  word        "everywhere"
四周                  word        "all around" (four weeks written as 4周 stays a duration)
五花八门              idiom       saying
七上八下              idiom       saying
三天两头              idiom       saying
十全十美              idiom       saying
千军万马              idiom       saying
百年大计              idiom       "a plan for a hundred years"
千百年                idiom       "for ages"
千年                  idiom       "a thousand years" = for ages (1000年 stays a duration)
万年                  idiom       "ten thousand years" = forever
万家                  word        "ten thousand homes" = every home
六一                  date        1 June (Children's Day)
一天天                idiom       "day after day"
一年年                idiom       "year after year"
一步步                idiom       "step by step"
一次次                idiom       "time and again"
一个个                idiom       "one by one"
一批批                idiom       "batch after batch"
一项项                idiom       "item by item"
一件件                idiom       "one by one"
一户户                idiom       "household by household"
一代代                idiom       "generation after generation"
大半                  word        "the greater part"
"""

PHRASES: dict[str, tuple[str, str]] = {p: (k, n) for p, k, n in _rows(PHRASES_TABLE, 3)}

#: Phrases that state a number without a numeral of their own: (kind, value, unit).
VALUED_PHRASES = {
    "对折": ("percent", 50.0, "%"),   # half price
    "半折": ("percent", 50.0, "%"),
    "半百": ("number", 50.0, None),   # 年过半百
}

# ------------------------------------------------------------- context rules
#: Non-claim patterns that depend on context (regular expressions over the
#: normalised text): (kind, regex, note). Tried after the phrases and before any
#: number reading, in this order.
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿半"
RULES: tuple[tuple[str, str, str], ...] = (
    ("enumeration", r"(?<![^\n。;；,，:：!?！？)）”\" \u3000])[一二三四五六七八九十]{1,3}是", "一是…二是… list items"),
    ("enumeration", r"其[一二三四五六七八九十]{1,2}(?=[,，:：;；。是])", "其一, 其二"),
    ("enumeration", r"(?<![^\n \u3000])[一二三四五六七八九十]{1,3}、", "一、 at line start"),
    ("enumeration", r"(?<![^\n \u3000])[0-9]{1,2}[.、](?![0-9])", "1. at line start"),
    ("enumeration", r"[(（][一二三四五六七八九十0-9]{1,2}[)）]", "(一) (1)"),
    ("enumeration", r"第[一二三四五六七八九十]{1,3}(?=[,，:：;；、])", "第一, 第二: …"),
    ("name", r"(?<=[市县区州镇乡岛])(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[中小]"
             r"(?![国心央部间期旬东西南北外文药医共型微企])", "school: 青岛58中, 普定县一中"),
    ("name", r"[一二三四五六七八九十]{1,3}中全会", "plenum: 五中全会"),
    ("ordinal", r"第[一二三四五六七八九十0-9]{1,3}次(?=[^\n,，。;；]{0,8}?(?:会议|大会|全会|普查|代表大会))",
                "第四次会议, 第七次人口普查: a session's label, not a rank"),
    ("name", r"(?:[0-9]+|[零〇一二两三四五六七八九十百千万亿]+)级", "百亿级产业, 五级书记, 二级公路: a class, not an amount"),
    ("name", r"(?:二十[一二三四五六七八九]?|十[一二三四五六七八九])[大届]", "congress: 十九大, 十九届"),
    ("name", r"(?:https?://|ftp://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+",
             "a web address: its digits and percent-encoding (%28) are not figures"),
    ("name", r"(?<![A-Za-z])[A-Za-z]+-?[0-9]+(?:\.[0-9]+)?[A-Za-z0-9]*", "PM2.5, G20, COVID-19"),
    ("name", r"[0-9]+(?:\.[0-9]+)?(?=[A-Za-z])(?!(?:" + "|".join(re.escape(u) for u in LATIN_UNITS)
             + r")(?![A-Za-z])|[eE][+-]?[0-9]|k(?![A-Za-z0-9]))[A-Za-z][A-Za-z0-9]*",
             "5G, 4K, 5A (digits then letters that are not a unit, an exponent or k for thousand)"),
    ("name", r"(?<=[“\"‘「『])(?=[^”\"’」』\n]{0,11}?[0-9])[0-9A-Za-z][0-9A-Za-z+×*#./\-]{0,11}(?=[”\"’」』])",
             "a programme, hotline or product named by digits in quotes: “12345”, “1+N”"),
    ("name", r"(?<![0-9.,，])(?:12[0-9]{3}|9[56][0-9]{3})(?=(?:服务|投诉|举报|政务|便民|消费者)?(?:热线|平台|专线|电话|号码))",
             "a hotline named by its number: 12315热线, 全国12315平台, 12345政务服务热线"),
    ("ordinal", r"(?:(?<=届)|(?<=人大)|(?<=政协)|(?<=党代会))[一二三四五六七八九十0-9]{1,3}次"
                r"(?=会议|全会|大会|全体会议|常委会)", "十三届全国人大三次会议: a session's label, not a count"),
    ("word", r"万分(?!之)", "万分 'extremely' (万分之三 is a rate)"),
    ("word", r"万万(?!分之)", "万万 'absolutely' (万万不可); 四万万 and 万万分之七 are numbers"),
    ("name", r"《[^》\n]{0,20}?[" + _CN_NUMERAL + r"0-9][^》\n]{0,20}》", "a title in 《》, brackets included"),
    ("idiom", r"(?<=[“\"‘「『])[零〇一二两三四五六七八九十百千万亿][\u4e00-\u9fff]{1,7}(?=[”\"’」』])",
              "quoted slogan made of a Chinese numeral and words: “四轮”"),
    ("idiom", r"一(?![" + _CN_NUMERAL + r"])[\u4e00-\u9fff]一(?![" + _CN_NUMERAL + r"])[\u4e00-\u9fff]",
              "一X一Y: 一县一业, 一户一策, 一村一品"),
    ("period", r"(?<=的)一年(?![来以多半])", "the year just described: 极不平凡的一年"),
    ("word", r"十分(?!之)", "十分 'very' (十分之一 is a fraction)"),
    ("word", r"零下(?![0-9一二三四五六七八九十])", "零下 'below zero' without a number"),
    ("word", r"千万(?=[不别要])", "千万 'by all means' (千万元 is money)"),
    ("unit_word", r"(?<![0-9零〇一二两三四五六七八九十百千])[万亿](?=元|人|户|亩|吨)", "bare 万元/万人 with no number"),
)
