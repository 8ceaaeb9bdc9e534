"""The wording relations are read from: vocabulary as data, one regular expression or table per idea.

Every pattern here is matched against a short stretch of text (a figure's *lead*: the words of its clause
before it, or the gap between two figures), never against a whole paragraph, so matching stays linear in
the size of the report.

>>> bool(CHANGE_LEAD.search("，比上年增加")), bool(CHANGE_LEAD.search("，比年初减少了")), bool(CHANGE_LEAD.search("面积"))
(True, True, False)
>>> BASE_LEAD.search("，比上年的").group(0), BASE_LEAD.search("，2021年为").group(0)
('比上年的', '2021年为')
"""

from __future__ import annotations

import re

#: what a change is measured against: last year, the start of the year, the same period, a named year
COMPARED = (r"同比|环比|(?:比|较|与)(?:上年|去年|上年末|上年底|去年底|年初|上年同期|去年同期|上年度|上一年|上届|上一届|上期|上一期|上月|上月末|"
            r"上个月|上一月|上季度|上一季度|上半年|上周|上一周|前一周|上旬|上一旬|报告期初|期初|第?[一二三四]季度(?:末)?|\d{4}年(?:末|底|同期)?)(?:相比)?")
#: ``城镇居民比农村居民多 D`` / ``城镇居民收入是农村居民的 N倍``: two named subjects compared
NAMED_COMPARISON = re.compile(r"(?P<a>[^，,；;。\d]{2,14}?)比(?P<b>[^，,；;。\d]{2,14}?)(?P<verb>多出?|少|高出?|低)$")
NAMED_MULTIPLE = re.compile(r"(?P<a>[^，,；;。\d]{2,14}?)(?:是|为|相当于)(?P<b>[^，,；;。\d]{2,14}?)的$")
#: what a period is, which a comparison with ``比`` may name instead of a subject
PERIOD = re.compile(r"^(?:上年|去年|年初|上月|上季|同期|\d{4}年|全国|全省|全市|平均)")
#: verbs of change; FALLING are those that make the change negative
CHANGE_VERBS = "增长|增加|提高|上升|下降|减少|降低|回落|下滑|净增|净减|扩大|缩小|加快|放缓|增产|减产|增收|减收|上调|下调|上涨|下跌|回升|" \
               "缩短|延长|压缩|多|少"
FALLING = re.compile(r"下降|减少|降低|回落|下滑|净减|缩小|放缓|降至|减产|减收|下调|下跌|缩短|压缩|少")

#: words right before a growth rate: ``比上年增长``, ``同比下降``, ``增幅为``, ``年均增长``
RATE_LEAD = re.compile(f"(?:{COMPARED})?[，,]?(?:年均)?(?:{CHANGE_VERBS}|增幅|涨幅|增速|降幅|跌幅)(?:了|为|达到?)?$")
#: a gap of two growth rates, the other named: ``比保费收入增速高 d个百分点``, ``快于城镇居民 d个百分点``
GAP_OTHER = re.compile(r"(?:比|较)(?P<other>[^，。；、\d]{2,12}?)(?:的)?(?:增速|增幅|平均增速|平均水平)?(?:高出?|低|快|慢)了?$"
                       r"|(?:高于|低于|快于|慢于)(?P<other2>[^，。；、\d]{2,12}?)(?:增速|增幅)?了?$")
#: the words of a comparison with an earlier time, which make d a change of one rate, not a gap of two
OTHER_TIME = re.compile(f"(?:{COMPARED})|上年|去年|同期|年初|上半年|前三季度|一季度|上月")
#: words right before an absolute change of a figure: ``比上年增加``, ``较年初减少了``, ``，增加``
CHANGE_LEAD = re.compile(f"(?:{COMPARED})[，,]?(?:{CHANGE_VERBS})了?$|^[，,]?(?:全年|年内|当年|今年|本年)?(?:增加|减少|净增|净减)了?$"
                         f"|^相比[，,]?(?:{CHANGE_VERBS})了?$|^[，,]?(?:增产|减产|增收|减收|多|少)了?$"
                         # 每500克贵 d, 比上年同期便宜 d: a price's gap, read after the 500克 the parser takes as a figure
                         f"|^[，,]?(?:贵|便宜)了?$|^[，,]?(?:{COMPARED})[，,]?(?:贵|便宜|高|低)了?$")
#: words right before a base given after its figure: ``比上年的``, ``上年为``, ``2021年为``, ``上年同期为``
BASE_LEAD = re.compile(r"(?:比|较|与|同)(?:上年|去年|前年|上年末|上年度末|年初|期初|报告期初|上年同期|去年同期|上届|上一届|上期|"
                       r"上月(?:末|[上中下]旬)?|上周|上一?季度末?|第?[一二三四]季度末?|\d{1,2}月(?:份|末|底|[上中下]旬)?|"
                       r"\d{4}年(?:末|底)?)的$|(?:比|较|与|同)(?:上年|去年|前年|\d{4}年)[^，。；、\d“”]{1,6}的$"
                       r"|(?:上年|去年|上年末|上年度末|年初|期初|上年同期|去年同期|上届|上一届|上期|上月末?|\d{4}年(?:末|底)?)(?:同期)?"
                       r"(?:为|是|完成|实现)"
                       r"(?:每(?:公斤|千克|斤|吨|人|户|件|个|平方米|立方米|升|亩))?$")
#: a base given before its figure: ``由 11,200元`` / ``从2020年的``
FROM_LEAD = re.compile(r"(?:由|从)(?:\d{4}年(?:\d{1,2}月)?(?:末|底)?|上年(?:\d{1,2}月(?:末|底)?)?(?:同期|末)?|去年(?:\d{1,2}月(?:末|底)?)?(?:同期)?|年初|"
                       r"上届|上一届|上期|(?:改造|改革|实施|整治|治理|调整)前)?的?$")
#: the words of a later figure that takes its name from its base (``床位由 2,480张 增加到 2,760张``)
TO_LEAD = re.compile(f"^(?:{CHANGE_VERBS})?(?:到|至)(?:\\d{{4}}年(?:末|底)?的?)?$|^(?:增至|降至|升至)$"
                     f"|^(?:{CHANGE_VERBS})为$")
#: between a base and its later figure: ``增长到``, ``提高至``, ``增至``, ``降至``
TO_GAP = re.compile(f"(?:{CHANGE_VERBS}|调整)(?:到|至|为)|增至|降至|升至|达到|^[^，。；]{{0,12}}?到")
#: words that may stand before a change verb without naming another subject (``按可比价格计算增长``, ``增速比上年回落``)
GENERIC_SUBJECT = re.compile(r"^(?:按可比价格计算|按可比口径计算|按同口径计算|按可比价格|按可比口径|按同口径|扣除价格因素|扣除物价因素|实际|名义|累计|"
                             r"分别|依次|总体|全年|本年|今年|当年|增速|增幅|涨幅|降幅|跌幅|同比|环比|比上年|较上年|均|了|共|也|又|再|仍)*$")
#: a rate measured at comparable prices or like for like, which two figures at current prices need not reproduce
COMPARABLE = re.compile(r"可比价|可比口径|同口径|扣除价格|扣除物价|实际增长|实际下降")
#: a multiple: ``，是三年前的``, ``相当于上年的``
MULTIPLE_LEAD = re.compile(r"^[，,]?(?:是|为|相当于|达到?)[^，。；,;]{0,12}?的?$")
#: the lead of a figure that is itself an average (never a total or a part)
AVERAGE_LEAD = re.compile(r"[人户亩次县村校床日件笔单场车店台]均|平均|均值")
#: a share: ``占一般公共预算收入的比重为`` (name: what it is a share of) or ``占比为``
#: the words of a base that is a share (``占收入预算的比重比上年的``): its later figure is a share too, never a growth rate
SHARE_OF_BASE = re.compile(r"占[^，。；;\d]{0,16}(?:比重|比例)|占比")
SHARE_LEAD = re.compile(r"占(?P<name>[^，。；,;\d（(]{0,16}?)(?:的)?(?:比重|比例|份额)?(?:[（(][^）)]{1,10}[）)])?(?:分别)?(?:为|达到?|是)?$")
#: ``完成预算的 102.3%``, ``为年度计划的``: a share of a budget, plan or target named before the figure
PLANNED_SHARE_LEAD = re.compile(r"(?:完成|为|达到?|相当于)(?:全年|年度|年初)?(?P<name>预算|调整预算|计划|目标|任务|目标任务)的$")
#: the words of a figure that is a budget, plan or target, not an outcome
PLANNED = re.compile(r"年初预算|预算安排|调整预算|预算数|预算为|计划|目标")
#: a figure that is a ceiling (``控制在限额 92.50亿元以内``), not a level: never the total of parts
LIMIT_LEAD = re.compile(r"限额|上限|控制在")
LIMIT_AFTER = re.compile(r"以内|之内|以下")
#: words that make the figure after them a total of the list before it
TOTAL_LEAD = re.compile(r"(?:以上|上述|两项|三项|两者|二者|三者|两类|三类|各类|各项)?[^，。；\d]{0,8}?(?:合计|共计|总计)[^，。；\d]{0,4}?(?:为|达到?|有)?$")
ABOVE = re.compile(r"(?<![\u4e00-\u9fff])(?:以上|上述)")   # the list above, not 及以上 (a threshold)
#: what a figure's own period is when the text gives one: a year that is not the report's (``2021年为``)
OTHER_PERIOD = re.compile(r"(?:\d{4}年|上年|去年|上年末|年初|同期)(?:同期|末|底)?(?:为|是|的|[（(])$")   # 2019年（2.04亿吨）
#: total words: a figure led by one of these names a whole
WHOLE = re.compile(r"共有|共计|合计|总计|总数|总额|总量|总值|全部|总投入|(?<![公一])共(?!同|建|享|赢|产)")   # not 公共, 一共 is
#: a count of kinds before 分别: ``四类产业分别``, ``两项``, ``三个方面``
KINDS_COUNT = re.compile(r"([两二三四五六七八九十])(?:类|项|大类|个方面|种)")
CHINESE_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: a split of shares: ``三次产业结构为 12.0:40.6:47.4``, ``构成比为``
SPLIT_LEAD = re.compile(r"结构|构成|比例|之比|比重")
RATIO_SEPARATOR = re.compile(r"^\s*[:：∶]\s*$")
#: a minus sign written before a figure the parser reads without it
MINUS = re.compile(r"[-－−—]$|负$")

#: a figure that names a size class of what follows it (超10亿元项目): a threshold, not an amount of the total
SIZE_CLASS = re.compile(r"(?:以上|以下|及以上)?(?:的)?(?:项目|企业|工程|大项目|重点项目)")
#: Sets of items that together make up their whole: when every item is named, their figures sum to the total.
#: Each item is a pattern matched in a figure's lead (``(?<!进)出口`` keeps 进出口 from reading as 出口).
COMPLETE_SETS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("three industries", ("第一产业|一产", "第二产业|二产", "第三产业|三产"), "生产总值|GDP|增加值"),
    ("three industries and households", ("第一产业|一产", "第二产业|二产", "第三产业|三产", "居民生活"),
     "全社会用电量|用电量"),
    ("urban and rural", ("城镇|城市", "乡村|农村"), ""),
    ("exports and imports", ("(?<!进)出口", "(?<!出)进口"), ""),
    ("summer and autumn grain", ("夏粮", "秋粮"), ""),
    ("up, down and flat", ("上涨|上升|涨价", "下降|下跌|回落|降价", "持平|不变|稳定"), ""),
    ("summer grain, early rice and autumn grain", ("夏粮", "早稻", "秋粮"), "粮食"),
    ("men and women", ("男性?", "女性?"), ""),
    ("from outside the city and from inside it", ("市外", "市内"), ""),
    ("from outside the province and from inside it", ("省外", "省内"), ""),
    ("from outside the county and from inside it", ("县外", "县内"), ""),
    ("agricultural and non-agricultural", ("(?<!非)农业人口", "非农业人口"), ""),
    ("tax and non-tax revenue", ("(?<!非)税收收入", "非税收入"), ""),
    ("public and private", ("公办", "民办"), ""),
    ("goods and catering", ("商品零售", "餐饮收入"), "零售总额"),
    ("local and central revenue", ("地方(?:级|一般公共预算)?收入", "上划(?:中央)?(?:税收|四税)?收入"), "财政总收入"),
)
#: after a semicolon, words that open a new subject of the report's own: the parts of a 其中 end there
NEW_SUBJECT = re.compile(r"[；;]\s*(?:全县|全市|全区|全省|全镇|年末|各项|全年|全部)")
#: a whole whose name lists its kinds (``服务站（点）``: 站 and 点): parts naming every kind, one each, are the whole
KINDS_IN_NAME = re.compile(r"(?P<a>[\u4e00-\u9fff])[（(](?P<b>[\u4e00-\u9fff])[）)](?:为|达到?|有|共)?$")
#: an item named 其他/其它 ends a list that then covers the whole
OTHER_ITEM = re.compile(r"其他|其它|其余")

#: Rates per 1,000 or per 100,000: the words of the rate, the figure it counts, and what it divides by.
#: ``per`` is how the parser's value relates to count / base: ‰ is read as a percent (8.0‰ → 0.8), so × 100.
POPULATION_LEAD = re.compile(r"(?:常住|户籍|总|年末|全县|全市|全区)人口(?:数)?(?:为|达到?|有)?$")
LIVE_BIRTHS_LEAD = re.compile(r"活产(?:数|儿数)?(?:为|达到?)?$")
PER_THOUSAND_PEOPLE = re.compile(r"每(千|万|十万|10万)(?:人口?|常住人口)")
PER_PEOPLE = {"千": 1_000, "万": 10_000, "十万": 100_000, "10万": 100_000}
#: rates whose base is live births, not inhabitants
PER_LIVE_BIRTH = re.compile(r"婴儿死亡|新生儿死亡|孕产妇死亡|儿童死亡")

#: Stated ratios of two named figures: the words of the ratio, and the words naming numerator and denominator.
#: A ratio's two figures may also be a 分别 pair named together (``城乡居民人均可支配收入分别达到 a 和 b``): the
#: third item names the pair, whose figures come in the order numerator, denominator.
RATIOS: tuple[tuple[re.Pattern, str, str, str], ...] = (
    (re.compile(r"城乡(?:居民)?(?:人均)?(?:可支配)?收入(?:之)?比"), "城镇居民人均(?:可支配)?收入",
     "农村居民人均(?:可支配)?收入", "城乡居民人均(?:可支配)?收入"),
    (re.compile(r"生师比"), "(?:在校|在园)?学生|在校生", "(?:专任)?教师", ""),
    (re.compile(r"城乡(?:居民)?(?:人均)?(?:生活)?消费支出(?:之)?比"), "城镇居民人均(?:生活)?消费支出",
     "农村居民人均(?:生活)?消费支出", "城乡居民人均(?:生活)?消费支出"),
)
#: Stated ratios given in percent or per 100 (利润率 5.59%, 贷存比 84.9%, 性别比 104.39): the words of the ratio, the
#: words naming numerator and denominator, and the scale (a percent is × 100 in any case).
SCALED_RATIOS: tuple[tuple[re.Pattern, str, str, float], ...] = (
    (re.compile(r"利润率"), "利润", "营业收入|主营业务收入", 1.0),
    (re.compile(r"贷存比|存贷比"), "贷款", "存款", 1.0),
    (re.compile(r"性别比"), "男性?", "女性?", 100.0),
    (re.compile(r"资产负债率"), "负债", "(?<!负债)(?<!净)资产(?!负债)", 1.0),      # over 资产总额, never 净资产
    (re.compile(r"离结比"), "离婚", "结婚", 1.0),
    (re.compile(r"个贷率"), "贷款余额", "缴存余额", 1.0),
)
#: Balances: a figure named by the first words is what the second leaves after the third (收支相抵, 顺差).
BALANCES: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"(?<!滚存)(?<!累计)(?<!历年)(?<!结转和)结余(?!分配)|(?:当年|本年|当期)结存|收支相抵|结转下年"), "收入", "支出"),
    (re.compile(r"顺差"), "(?<!进)出口", "(?<!出)进口"),
    (re.compile(r"逆差"), "(?<!出)进口", "(?<!进)出口"),
    (re.compile(r"所有者权益|净资产"), "(?<!净)资产(?!负债)", "负债(?!率)"),
    (re.compile(r"(?:现金)?流量净额|净流入"), "流入", "流出"),
)
#: Quotients named by their words: a stated average or rate that is one named figure over another, as data.
#: Each row: (name, the stated figure's words (its clause ends with them), the stated figure's unit, numerator
#: words, denominator words, the denominator's unit, scale). Empty numerator words mean "the figure in the stated
#: figure's unit whose words share the words after the rate's name" (日均接待游客 ↔ 累计接待游客); the scale turns
#: numerator / denominator into the stated figure (× 100 for a percent, × 12 for months of a year's spending).
QUOTIENTS: tuple[tuple[str, re.Pattern, str, str, str, str, float], ...] = (
    ("日均", re.compile(r"日均(?P<measure>[^，。；、\d]{0,8}?)(?:为|达到?|是|约)?$"), "*", "", "", "天", 1.0),
    ("人均花费", re.compile(r"人均(?:花费|消费|消费支出|支出)(?:为|达到?|是|约)?$"), "元",
     r"(?<!人均)(?:旅游)?(?:收入|花费|消费)", r"游客|旅客|接待|观众|人次", "人次", 1.0),
    ("平均票价", re.compile(r"(?:平均|场均)票价(?:为|达到?|是|约)?$"), "元", r"票房", r"观影|观众|人次", "人次", 1.0),
    ("支付比例", re.compile(r"(?:支付|报销)比例(?:为|达到?|是)?$"), "%", r"(?:基金|统筹)支付|报销",
     r"费用总额|医疗费用|住院费用|总费用", "元", 100.0),
    ("可支付月数", re.compile(r"可(?:支付|保障)(?:月数)?(?:为|达到?|约)?$"), "个月",
     r"(?:累计|滚存)(?:结存|结余)", r"(?<!月均)支出", "元", 12.0),
    ("每百元营业收入中的成本", re.compile(r"营业收入中的(?:营业)?成本(?:为|是|约)?$"), "元", r"营业成本", r"营业收入", "元", 100.0),
    ("每百元营业收入中的费用", re.compile(r"营业收入中的(?:四项)?费用(?:为|是|约)?$"), "元", r"(?<!营业)费用", r"营业收入", "元",
     100.0),
    ("平均房价", re.compile(r"平均房价(?:为|达到?|是|约)?$"), "元", r"客房收入", r"出租|售出|入住", "间", 1.0),
    ("日均", re.compile(r"(?:平均每[天日]|每[天日]平均)(?P<measure>[^，。；、\d]{0,8}?)(?:为|达到?|是|约)?$"),
     "*", "", "", "天", 1.0),        # 平均每天 a, as 日均 (平均每个充电桩每天 is per pile and day: not read)
)
#: ``支出增速高于收入增速 3.5个百分点``: the gap of two growth rates, each named by the subject it grows
RATE_GAP = re.compile(r"(?P<a>[^，。；,;\d]{1,8}?)(?:增速|增幅|增长)(?:比(?P<b1>[^，。；,;\d]{1,8}?)(?:增速|增幅)?)?"
                      r"(?P<verb>高出?|快|低|慢)(?:于)?(?P<b2>[^，。；,;\d]{0,8}?)(?:增速|增幅)?(?:了)?$")
#: ``在职退休比为 2.82:1``: a ratio of two stated figures written as x:1, its words naming both (在职 and 退休)
TO_ONE = re.compile(r"(?P<pair>[^，。；,;\d]{2,8}?)(?:之)?比(?:为|是|达到?)?$")
#: Stated differences of two named rates.
DIFFERENCES: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"自然增长率"), "出生率", "死亡率"),
)
#: Stated shares named by a rate word: ``城镇化率`` is the urban population's share of the population.
NAMED_SHARES: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"城镇化率"), "城镇人口", "常住人口|总人口"),
    (re.compile(r"森林覆盖率"), "森林面积", "国土面积|土地总面积|总面积"),
    (re.compile(r"恩格尔系数"), r"食品(?:烟酒)?类?(?:消费)?支出|食品烟酒", r"消费支出|生活消费支出"),
)
#: Quotients known by their name, as data: the words naming a stated percent, what its numerator and its denominator
#: are named (each matched with the whole of a figure's name as :func:`~.shares.whole_names` gives it, the measure word
#: 额/值/量/数 dropped or kept), and whether it is a share of a whole or a ratio of two measures. Read wherever the
#: quotient is stated, its terms found by name however far before it (:mod:`~.defined`), when no reading near its terms
#: took it (:data:`NAMED_SHARES` above, :data:`SCALED_RATIOS`). A report's own definitions (注：X指A占B的比重) are read
#: into the same form. Only definitions that hold whatever the report: a ratio whose denominator depends on the reporter
#: (研发投入强度: over 营业收入 or over 地区生产总值) lists both, and the figures of the report decide which is named.
DEFINED_QUOTIENTS: tuple[tuple[str, str, str, str], ...] = (
    (r"存贷比|贷存比", r"(?:各项)?贷款(?:余额)?", r"(?:各项)?存款(?:余额)?", "ratio"),
    (r"不良贷款率|不良率", r"不良贷款(?:余额)?", r"(?:各项)?贷款(?:余额)?", "ratio"),
    (r"拨备覆盖率", r"(?:贷款损失准备|贷款减值准备|拨备)(?:金|余额)?", r"不良贷款(?:余额)?", "ratio"),
    (r"拨贷比", r"(?:贷款损失准备|贷款减值准备|拨备)(?:金|余额)?", r"(?:各项)?贷款(?:余额)?", "ratio"),
    (r"成本收入比", r"业务及管理费(?:用)?", r"营业(?:总)?收入", "ratio"),
    (r"资产负债率", r"负债(?:总额|合计)?|总负债", r"资产(?:总额|合计)?|总资产", "ratio"),
    (r"(?:销售)?净利率|净利润率", r"净利润?", r"营业(?:总)?收入", "ratio"),
    (r"增加值率", r"增加值?", r"总产出|总产值?", "ratio"),
    (r"城镇化率", r"城镇(?:常住)?人口", r"(?:常住|总)人口", "share"),
    (r"森林覆盖率", r"森林面积", r"(?:国土|土地)(?:总)?面积|总面积", "share"),
    (r"恩格尔系数", r"(?:人均)?食品(?:烟酒)?类?(?:消费)?支出", r"(?:人均)?(?:生活)?消费支出", "share"),
    (r"药占比|药品收入占比", r"药品收入", r"医疗(?:业务)?收入", "share"),
    (r"耗材占比", r"(?:卫生材料|耗材)收入", r"医疗(?:业务)?收入", "share"),
    (r"(?:现金)?分红(?:比例|率)|股利支付率", r"现金分红(?:总额|金额)?|分红(?:总额|金额)?",
     r"(?:归母|归属于(?:上市公司|母公司)?股东的)?净利润?", "ratio"),
    (r"外贸依存度", r"(?:外贸)?进出口(?:总值|总额)?", r"地区生产(?:总值)?|GDP", "ratio"),
    (r"保险深度", r"(?:原保险|保险)?保费收入", r"地区生产(?:总值)?|GDP", "ratio"),
    (r"赔付率", r"赔(?:款|付)(?:支出)?|赔款与给付支出", r"(?:原保险|保险)?保费收入", "ratio"),
    (r"绿化覆盖率", r"绿化覆盖面积", r"建成区(?:面积)?", "share"),
    (r"绿地率", r"绿地面积", r"建成区(?:面积)?", "share"),
    (r"(?:研发|R&D)(?:经费)?(?:投入)?强度", r"(?:研发|R&D)(?:经费)?(?:投入|支出)?", r"营业(?:总)?收入|地区生产(?:总值)?|GDP",
     "ratio"),
)
#: ``结案 1.18万件 … 结案率为 93.7%``: a rate named by what it counts, over the figure before it in its unit
#: the words at the end of a rate's stem that measure what it counts, not the act counted (优良天数, 达标人数)
MEASURE_WORD = re.compile(r"(?:天数|人数|户数|次数|个数|数量|面积|金额|人次|量|数)$")

RATE_NAMED = re.compile(r"(?P<stem>[^，。；、\d]{2,6}?)率(?:为|达到?|是)?$")
#: rates that are not a count over the figure before it: changes, margins, rates per head, named shares
RATE_NOT_NAMED = re.compile(r"增长|增|利润|毛利|净利|盈利|^利|城镇化|覆盖|失业|出生|死亡|发病|患病|贡献|税|汇|价|比")

#: Breakdowns of one total along different dimensions: parts from two of them may overlap (工业投资 and 民间投资).
DIMENSIONS: tuple[re.Pattern, ...] = (
    re.compile(r"民间|国有|国企|外商|外资|港澳台|私营|个体|集体|股份|民营|公办|民办"),
    re.compile(r"普惠|营利性|非营利"),                                  # by pricing or purpose (普惠性, 营利性)
    re.compile(r"工业|农业|第[一二三]产业|[一二三]产|房地产|基础设施|制造业|服务业|高技术|建筑业|交通"),
    re.compile(r"规模以上|规上|中小|小微|大型|中型"),
    re.compile(r"学历|本科|专科|大专|研究生|硕士|博士"),            # by education (学历)
    re.compile(r"职称|高级|中级|初级|正高|副高"),                    # by professional title (职称)
    re.compile(r"(?<![\u4e00-\u9fff])[男女](?:性)?|男性|女性|男职工|女职工"),   # by sex (性别)
    re.compile(r"\d+岁|周岁|年龄|老年|青年|少年|儿童"),            # by age (年龄)
    re.compile(r"城镇|农村|乡村|城区|城市"),                         # urban or rural (城乡)
    re.compile(r"新能源|纯电动|混合动力|燃油|燃气|柴油|汽油|氢能|清洁能源"),   # by energy (能源类型)
    re.compile(r"高新技术|科技型|专精特新|瞪羚|独角兽|上市"),          # by a firm's standing (资质)
    re.compile(r"党员|团员|少数民族|残疾|退役军人|低保|脱贫"),         # by a person's status (身份)
    re.compile(r"无障碍|低地板|适老化|双层|铰接|空调车"),              # by a vehicle's or a building's fittings (配置)
)
#: the period a sentence speaks of: a breakdown's parts and its total must speak of the same one
PERIOD_NAME = re.compile(r"前三季度|[上下]半年|全年|[一二三四]季度|\d{1,2}[—\-－~～至]\d{1,2}月份?|\d{1,2}月份?|\d{4}年")
#: Names of one whole in other words: a share ``占全市外贸总值的`` names the figure stated as ``进出口总值``. Each
#: row is a group of names, any of which identifies a whole named by another (the words as the report writes them).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("外贸", "进出口", "货物贸易进出口"),
    ("营收", "营业收入", "主营业务收入"),
    ("在校学生", "在校生"),
    ("专利授权", "授权专利"),
    ("旅游收入", "旅游总收入", "旅游花费"),
    ("游客", "接待游客", "旅游人次"),
    ("规模以上", "规上"),
    ("限额以上", "限上"),
)
#: Words before or after a figure's name that do not name it (全县, 年末, 为, 达到 …).
NAME_PREFIX = re.compile(r"^(?:全县|全市|全区|全省|全镇|全国|全年|年末|其中|共有|各类|今年|当年|累计|新增|，|,)+")
NAME_SUFFIX = re.compile(r"(?:为|达到?|是|有|共有|合计|总计|共计|稳定在|完成|实现|约|近)+$")

#: Bigrams too common to tie a figure to another (``全年``, ``比上``): ignored when comparing leads.
COMMON_BIGRAMS = frozenset({"全年", "年末", "全县", "全市", "全区", "全省", "全镇", "全村", "其中", "比上", "上年",
                            "增长", "增加", "实现", "完成", "达到", "累计", "共有", "合计", "总计", "共计", "以上"})

#: the words of a figure per something (每股净资产, 每10股派, 按每亩 15.8元, 户均面积): a quotient or a rate itself,
#: never a part of a total nor a term of another quotient
PER_SOMETHING = re.compile(r"每|[户套亩次场校县村床件项笔]均")

# -- sums and parts of a whole (合计/共计/总计/以上, 其中, 分别为, complete lists, parts across sentences and paragraphs, differences a − b) --
#: a change told by 新增 after the period it is on (``比上年新增 7条``, ``较年初新增了``): never a part or a total
NEW_ON_PERIOD = re.compile(f"(?:{COMPARED})[，,]?新增了?$")
#: a target or plan stated in brackets after its name (``完成年度目标（0.7万人）的``): never a part or a total
TARGET_ASIDE = re.compile(r"(?:目标|计划|任务|预算)(?:任务)?(?:数)?[（(]$")
#: the words that make a figure a threshold (``超过 1,200毫米``, ``10万吨以上``): the count after ``…的有`` passes it
THRESHOLD = re.compile(r"超过|高于|低于|不足|不到|达到|以上|以下")
#: words after 分别 that say nothing of what a list measures (分别为, 分别达到; but 分别投入 names 投入)
EACH_VERB = re.compile(r"^(?:为|是|有|达到?|实现|完成|增长|增加|下降|减少|提高|占|约|共)+$")
#: a whole named by where its members come from, and the names of its complement (外地游客 and 本省游客): an item so
#: named after ；is the other half of the whole's whole, no part of it
COMPLEMENTS = {"外地": ("本地", "本省", "本市", "本县"), "省外": ("省内", "本省"), "市外": ("市内", "本市"),
               "县外": ("县内", "本县"), "境外": ("境内",), "国外": ("国内",), "外资": ("内资",), "非本地": ("本地",)}
#: kinds of which the second is a kind of the first (小微企业 are 中小企业; 65岁及以上 are 60岁及以上): parts so named nest,
#: their sum may exceed the whole
NESTED_KINDS = (("中小", "小微"), ("中小", "小型"), ("中小", "微型"), ("小微", "微型"), ("大中型", "大型"),
                ("60岁及以上", "65岁及以上"), ("60周岁及以上", "65周岁及以上"), ("65岁及以上", "80岁及以上"),
                ("60岁及以上", "80岁及以上"), ("高新技术", "专精特新"), ("规模以上", "大中型"))
#: More sets of items that make up their whole (as :data:`COMPLETE_SETS`), their whole named by no words of their own
#: but for the halves of a year and the samples tested (抽检 N批次 = 合格 + 不合格): complements (外贸 and 内贸, 在职 and
#: 退休 of 职工医保参保人员), the four seasons and the four quarters (also read from the names a 分别 list writes before
#: its figures: ``春季、夏季、秋季和冬季降水量分别为``)
MORE_COMPLETE_SETS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("foreign and domestic trade", ("外贸", "内贸"), ""),
    ("the two halves of the year", ("上半年", "下半年"), r"全年|年度|\d{4}年(?!上|下)"),
    ("inside and outside the borders", ("境内", "境外"), ""),
    ("in service and retired", ("在职", "(?<!在职)离?退休"), ""),
    ("passed and failed", ("(?<![不未])合格", "不合格"), "抽检|抽查|抽样|检验|检测|监测|检查"),
    ("the four seasons", (r"^春(?:季|天)?(?![节耕播])", r"^夏(?:季|天)?(?![粮收种])", r"^秋(?:季|天)?(?![粮收种])",
                          r"^冬(?:季|天)?(?![小储])"), ""),
    ("the four quarters", (r"^(?:第?一|1)季度", r"^(?:第?二|2)季度", r"^(?:第?三|3)季度", r"^(?:第?四|4)季度"), ""),
)
#: ``，比硕士毕业生高``: a figure compared with another subject named after 比, the clause naming no subject of its own
OTHER_NAMED = re.compile(r"^比(?P<b>[^，,；;。\d比]{2,14}?)(?P<verb>多出?|少|高出?|低)了?$")
#: a bare verb of change before an amount (``，下降 0.53元``, ``，扩大 D``), also per unit of what is priced or paid
#: (``，每人提高 30元``, ``，每亩增加 6.7公斤``): a change when a base was stated just before it
VERB_AFTER_BASE = re.compile(r"^[，,]?(?:每(?:人|户|亩|公斤|千克|斤|吨|件|箱|标箱|辆|平方米|立方米|升|千瓦时)(?:每(?:月|年|天|日))?)?"
                             r"(?:下降|增长|提高|降低|上升|回落|增加|减少|扩大|缩小|上涨|下跌|回升|缩短|延长|压缩)了?$")
#: a base stated in brackets after the period it is of: ``比年初（8.62亿立方米）增加``, ``比上年（352间）减少``
BRACKETED_BASE = re.compile(f"(?:{COMPARED})[（(]$")
#: a reference stated in brackets after what it is (``比常年（16.9℃）``, ``比全省平均水平（89.6%）``): its name
BRACKETED_REFERENCE = re.compile(r"比(?P<ref>[^，,；;。、（）()]{1,12})[（(](?P<sign>下降|增长)?$")
#: the gap from that reference, named again with the bracket left out: ``比常年偏高``, ``比全省平均水平高``
GAP_FROM_REFERENCE = re.compile(r"(?:比|较)(?P<ref>[^，,；;。、（）()]{1,12}?)(?:偏)?(?P<verb>高出?|低|多出?|少|增加|减少|提高|降低|"
                                r"上升|下降|加快|回落|放缓|收窄|扩大)了?$")
# -- averages, rates per 1,000/10万 and ratios (人均, 户均, 平均每, 每千人, 每万人, 每10万人, …率 over a population, x:1 ratios, ratios of two stated figures, multiples 是…的N倍) --
#: ``，完成年度目标任务（``, ``，是2019年（``, ``，为常年同期（``, ``，相当于上年（``: the clause of a figure stated in brackets
#: as the base a later ``）的 r%`` or ``）的 N倍`` compares the figure before it with (never 占: a share, nor 比: a change)
BASE_IN_BRACKETS = re.compile(r"^(?:已|也|仅|约)?(?:是|为|相当于|达到?|完成|恢复到?|恢复至)(?P<name>[^，。；,;（()占比]{0,16})[（(]?$")
#: the words between a bracketed base and the stated figure: ``）的``, ``）的近``
BRACKET_CLOSED_OF = re.compile(r"^\s*[^，。；,;\d（()）]{0,2}[）)]?的(?:近|约)?\s*$")    # 万辆次）的: 次 the unit's end
#: the verbs that end the noun of ``平均每家企业实现营业收入``, ``平均每个家庭农场经营土地``, ``平均每部惠及``: what
#: follows is what is averaged (实现营业收入, 经营土地, 惠及), named by the total it is of
EACH_VERBS = ("实现|完成|经营|惠及|带动|接待|运送|装载|派送|录用|获得|赔付|投入|发放|使用|销售|覆盖|吸纳|安置|处理|办理|"
              "产生|创造|缴纳|支付|补贴|补助|获赔|分红|参与|培训|救助")
#: the units a count of 平均每名/每位 … may be in (每名创业者 over 3,126人)
EACH_UNITS = {"名": ("名", "人"), "位": ("位", "人", "名"), "人": ("人", "名"), "场次": ("场次", "场"),
              "班": ("班", "个"), "馆": ("馆", "家", "个", "座", "所")}    # 协作班 32个, 312家博物馆
#: ``处置收入 A，相当于资产原值的 r%`` / ``旅游总收入相当于全市地区生产总值的 r%``: a percent of another named figure (a
#: ratio, not a share: A need not be a part of it), with the words naming A when they stand before 相当于
AS_MUCH_AS = re.compile(r"^(?P<subject>[^，。；,;\d（()]{0,12}?)(?:约|已)?相当于(?P<name>[^，。；,;\d（()]{2,20}?)[（(]?的?"
                        r"(?:比重|比例)?(?:为|约|近)?$")
#: ``给全村 468户每户分红 a``, ``流转土地 1,260亩，每亩年租金 a``: a figure per one of what the figure before counts (not
#: 平均每, which the averages read, nor a figure per month)
PER_ONE = re.compile(r"(?<!平均)(?<!按)每(?P<unit>户|亩|人|名|位|例|张|平方米|吨|个|家|辆|部|套|间|台|头|只)(?P<what>[^，。；\d月]{0,6}?)"
                     r"(?:为|达到?|是|约)?$")

# -- the names of figures (totals.names, totals.core_name; read by shares and changes) --
#: place, period and verbs before a figure's measure, dropped from its :func:`~.totals.core_name`
CORE_PREFIX = re.compile(r"^(?:全年|年末|全县|全市|全区|全省|全镇|今年|当年|累计|完成|实现|获得|新增|其中|共有|现有|拥有|共|投入)+")
#: who, or the date of a balance, written before a figure's measure (公司营业收入, 期末公司员工总数): not its name (期初
#: is: an opening balance is no whole of an end-of-period figure). A
#: period is (前三季度税收收入 is not the year's 税收收入), but a share may name its whole with the report's own period
#: (占上半年归母净利润的 in a half-year report): :data:`SHARE_SUBJECT_WORDS`
SUBJECT_WORDS = re.compile(r"^(?:本公司|公司|本行|全行|本集团|集团|期末|报告期末?)+")
SHARE_SUBJECT_WORDS = re.compile(r"^(?:本公司|公司|本行|全行|本集团|集团|期末|期初|报告期内?|上半年|当期|当年)+")
#: a note in brackets inside a figure's name (税收收入（已扣除出口退税，下同）): not part of the name
NAME_NOTE = re.compile(r"[（(][^（）()]*[）)]")
#: a year written before a figure's name (not a period within it: 2024年上半年 stays)
YEAR_FIRST = re.compile(r"^\d{4}年(?![上下]半年|前|一|二|三|四|\d)")
#: a short name the text gives a figure's measure: ``（以下简称“归母净利润”）``
ALIAS = re.compile(r"[（(]以下简称[“\"‘']?(?P<alias>[^”\"’'）)]{2,12})[”\"’']?[）)]")
#: a Latin abbreviation written after the words it shortens: ``研究与试验发展（R&D）经费`` is also R&D经费
ABBREVIATED = re.compile(r"[\u4e00-\u9fff]{2,12}[（(](?P<short>[A-Za-z&]{2,8})[）)]")

# -- sums and parts of a whole (合计/共计/总计/以上, 其中, 分别为, complete lists, parts across sentences and paragraphs, breakdowns 分…看/按…分) --
#: words before a figure's name that mark it as all of its kind (``各项贷款余额``, ``全部工业增加值``): dropped to find
#: the name a part of it repeats (普惠小微贷款余额 ends with 贷款余额)
ALL_OF_KIND = re.compile(r"^(?:全部|各项|各类|所有)")
#: words that keep a name ending in a whole's name from naming a part of it: another place's or period's whole
#: (全国, 全省, 1—10月累计, 上年同期), a figure net of or without something (净利润, 扣非, 非…), a list of items (风电和光伏
#: 发电量), a change, a plan or an average (新增, 计划, 人均)
NOT_A_QUALIFIER = re.compile(r"全|累计|同期|上年|去年|年|月|季|日|周|旬|期末|期初|年末|年初|净|扣|非|除|不含|含|剔|"
                             r"增|减|比|较|计划|目标|预算|预计|均|每|率|总|合计|共|其他|其它|其余|以外|之外|外的|和|与|、")
#: the words ending a breakdown's opening name that say what is measured (``博物馆参观人次中``, ``职工医保参保人员中``,
#: ``人身险业务中``): dropped to find the whole the name is of
OPENER_MEASURE = re.compile(r"(?:人次|人员|人数|人口|数量|总量|规模|业务|部分|数|量|额)$")
#: ``国家级示范社 a、省级示范社 b、市级示范社 c，各级示范社共 T``: 共 after words naming all the kinds just listed (各级,
#: 各类, 上述, 两类 …; not 以上, which after a figure is a threshold: 60岁以上老人共) makes the figure their total, as 合计
#: does (:data:`TOTAL_LEAD`)
ALL_LISTED_TOTAL = re.compile(r"(?:各级|各类|各项|上述|[两二三四五六七八九]类|[两二三四五六七八九]项|两者|二者|三者)"
                              r"[^，。；\d共]{0,8}?共(?:有|计)?(?:为|达到?|有)?$")
#: the last item of a list that takes in all the rest and so closes it, as 其他 does: ``未定级医院``, ``未分类``
CLOSING_ITEM = re.compile(r"其他|其它|其余|未定级|未评级|未分类|未分级")
#: ``三级、二级、一级和未定级医院分别为`` / ``第一、二、三产业企业分别为``: the names a 分别 list writes before its figures,
#: in the clause that ends in 分别 (``按医院等级分，`` before it is no name)
NAMES_BEFORE_EACH = re.compile(r"(?P<names>[^，,：:；;。（）()\d]{3,60}?)(?:全[省市县区]|全国)?(?:分别|依次)"
                               r"[^，,：:；;。、\d]{0,8}$")
#: ``来自日本 a，来自韩国 b。日韩两国合计 T``: a total naming its two items by their first characters side by side
#: before 两国/两地/两省/两市 …
PAIR_ABBREVIATION = re.compile(r"(?P<a>[\u4e00-\u9fff])(?P<b>[\u4e00-\u9fff])两(?:国|地|省|市|县|区|镇|岸|港)"
                               r"(?:合计|共计|总计)")
#: the words before an item's name that an abbreviation skips: ``来自日本``, ``对韩国``, ``其中日本``
ITEM_NAME_START = r"(?:^|[，,、；;：:]|来自|对|向|从|自|其中|和|与|及)"

# -- changes, multiples, differences and percentage points (是…的N倍, 增长N倍, 比…多/少, a − b stated, 个百分点, 由…提高到…, growth with base, this year + change + rate) --
#: ``，前者比后者高`` / ``，后者比前者少``: a gap between the two figures just stated, named by their order
FORMER_LATTER = re.compile(r"(?P<a>前者|后者)(?:比|较)(?P<b>前者|后者)(?P<verb>高出?|低|多出?|少)了?$")
#: words before a change in percentage points that :data:`RATE_LEAD` leaves out: ``，比上年提升``, ``，提升`` and, right
#: after a base stated as such (``比上年的 a%``, ``较上年（a%）``), a bare ``高``, ``低`` or ``收窄``
POINTS_LEAD = re.compile(f"(?P<compared>{COMPARED})?[，,]?提升了?$|^(?:高出?|低|收窄|提升)了?$")
#: the verbs of a change in points that make it negative, beyond :data:`FALLING`
POINTS_FALLING = re.compile(r"(?:低|收窄)了?$")
#: ``提高 c个百分点（上年为 a%）``: a base in brackets after the change, its lead
BASE_AFTER_POINTS = re.compile(r"^[（(](?:上年|去年|上年同期|去年同期|上年末|年初)(?:为|是)$")
#: ``较多年平均值（``, ``较全省平均水平（``: a reference in brackets after its name, compared with 较 as
#: :data:`BRACKETED_REFERENCE` reads it after 比 (``年平均降水量 B，较多年平均值（A）偏多 r%``)
BRACKETED_REFERENCE_JIAO = re.compile(r"较(?P<ref>[^，,；;。、（）()]{1,12})[（(](?P<sign>下降|增长)?$")
#: ``上年这一比重为``, ``去年同期该比例为``: the base of the share or rate just stated, named only by pointing back at it
#: (``…的比重为 b%。上年这一比重为 a%，本年提高 c个百分点``)
THIS_RATIO_BASE = re.compile(r"^[，,]?(?:上年|去年|上年同期|去年同期|上年末|上届|上一届)(?:这一|该|此)(?:比重|比例|占比|比率)"
                             r"(?:为|是)$")
#: other names of a figure a gap of growth rates names (``增速比全部投资高``: 固定资产投资; ``比全省社零增速低``:
#: 社会消费品零售总额; ``贷款和垫款``: 各项贷款), each group's names standing for one another
RATE_GAP_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("全部投资", "固定资产投资"),
    ("社零", "社会消费品零售总额", "社会消费品零售额"),
    ("贷款和垫款", "各项贷款"),
)

# -- averages, rates per 1,000/10万, ratios of two figures and quotients (人均/户均/平均每…, 每千人/每万人, 城乡收入比, x:1, 利润率, 日均, 单产, balances) --
#: a figure per share: ``基本每股收益 0.58元``, ``每股净资产 9.32元`` (the measure named by ``what``)
PER_SHARE = re.compile(r"每股(?P<what>收益|净资产)(?:为|是|达到?|约)?$")
#: the company's shares (``期末总股本 28.46亿股``, ``拟以总股本 7.36亿股为基数``): the figure's words end so and 股 follows it
SHARE_CAPITAL = re.compile(r"总股本(?:为|是|达到?|约)?$")
#: the profit and the equity a figure per share is of: attributable to the company's shareholders (归母), not 扣非
PER_SHARE_OF = {"收益": re.compile(r"(?:归属于[^，。；]{0,10}股东的|归母)净利润"),
                "净资产": re.compile(r"(?:归属于[^，。；]{0,10}股东的|归母)(?:净资产|权益|所有者权益)")}
#: ``按期末总股本 18.74亿股计算``: the words say a figure per share is over the shares at the period's end
BY_SHARES = re.compile(r"按[^，。；]{0,8}总股本")
#: ``每10股派发现金红利 2.10元（含税），合计派发现金红利 5.98亿元``: a dividend per 10 shares (or per share) and its total
DIVIDEND = re.compile(r"每(?P<ten>10|十)?股派(?:发|送)?(?:现金红利|现金股利|现金)?(?:人民币)?$")
DIVIDEND_TOTAL = re.compile(r"(?:合计|共计|总计)(?:拟)?派(?:发|送)?(?:现金红利|现金股利|现金)?(?:总额)?(?:为|约)?$")
#: Ratios of two counts in different units, written x:1 or as a bare number (``新能源汽车保有量 a辆 … 充电桩 b台，车桩比为
#: x:1``): the ratio's words (its clause ends with them), the numerator's and the denominator's words
COUNT_RATIOS: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"(?<!公共)车桩比(?:约为|为|约|是|达到?)?$"), r"新能源汽车(?:保有量|保有)",
     r"(?<!公共)(?<!公用)(?<!私人)(?<!个人)(?<!自用)(?<!专用)(?<!直流)(?<!交流)(?<!快充)(?<!慢充)充电(?:桩|基础设施|设施)"),
    (re.compile(r"公共车桩比(?:约为|为|约|是|达到?)?$"), r"新能源汽车(?:保有量|保有)", r"公共充电(?:桩|基础设施|设施)"),
)
#: Ratios written 1:x of two named counts (``医护比为 1:1.18``: 执业（助理）医师 to 注册护士): the ratio's words (the clause
#: of its 1 ends with them), the first term's words and the second's (each the whole of its figure's words)
ONE_TO_RATIOS: tuple[tuple[re.Pattern, re.Pattern, re.Pattern], ...] = (
    (re.compile(r"医护比(?:约为|为|约|是)?$"),
     re.compile(r"^(?:全市|全县|全省|全区|年末|其中)*执业(?:（助理）|\(助理\))?医师(?:数)?(?:为|有|达到?)?$"),
     re.compile(r"^(?:全市|全县|全省|全区|年末|其中)*注册护士(?:数)?(?:为|有|达到?)?$")),
)
#: Rates of what is lost between supply and sale (``供电量 A，售电量 B，综合线损率为 r%``): the rate's words (its clause
#: ends with them), the supplied and the sold figure's words; r is (A − B) / A × 100
LOSS_RATES: tuple[tuple[re.Pattern, re.Pattern, re.Pattern], ...] = (
    (re.compile(r"线损率(?:为|是|约)?$"), re.compile(r"供电(?:总)?量(?:为|达到?)?$"), re.compile(r"售电量(?:为|达到?)?$")),
    (re.compile(r"产销差率(?:为|是|约)?$"), re.compile(r"(?:供水|产水)(?:总)?量(?:为|达到?)?$"),
     re.compile(r"售水(?:总)?量(?:为|达到?)?$")),
)

# -- differences, multiples, gaps of growth rates and changes whose operands are in other paragraphs (增速比X高/快 d个百分点 with X's growth stated paragraphs before, 是全省平均水平的 N倍 with the average far, 比X多 d, a change whose base or this-year value is far, points of two far rates) --
#: the other figure of a gap or multiple named as the whole the figure is part of, by its place or as its average
#: (``增速比全省平均水平高``, ``高于全市整体``, ``是全省平均水平的``): the report's figure of the same measure without the
#: figure's qualifier (企业R&D经费 of R&D经费); another group's level (行业平均水平) is no such whole
WHOLE_REFERENCE = re.compile(r"^(?:全国|全省|全市|全县|全区|全镇|全校|全行|全公司|全集团)?(?:的)?"
                             r"(?:平均水平|平均|整体|总体|整体水平|总体水平)?$")
#: words after a measure's name that are not part of it (read on a name whose measure word 额/数/量 is already dropped):
#: ``各项贷款余额`` is 各项贷款's, ``一般公共预算支出决算数`` the 支出's
NAME_TAIL = re.compile(r"(?:余额?|决算数?|执行数?|完成数?|总规模|规模)$")
#: a gap of growth rates written with 高出 and no 比 (``增速高出全社会用电量 d个百分点``): the other figure's name after it
GAP_BEYOND = re.compile(r"(?:增速|增幅)(?:高出|快出|低出)(?P<other2>[^，。；、\d]{2,12}?)(?:的)?(?:增速|增幅)?了?$")
#: a multiple's other figure named as a change (``是存款增量的``, ``是上年新增的``): the multiple is of the change stated
#: before it, not of the level
CHANGE_NAME = re.compile(r"增量|增加|增额|增长额|新增|多增|少增|净增|减少|减量")
#: a place a comparison names (``比全区规模以上工业高``): a figure stated for another (全市 …) is not the one meant
WHOLE_PLACE = re.compile(r"全国|全省|全市|全县|全区|全镇")

# -- averages, rates per 1,000/万/10万 and ratios whose operands are in other paragraphs (人均 over a population stated sections before, 按常住人口计算, 每千名常住人口, 每万人, 次均/户均/亩均 with the total and count far apart, X与Y之比 of two far named figures, 密度) --
#: ``按年末在职员工计算，人均营业收入 a`` / ``按上半年营业收入计算的人均创收``: the words name an operand of the average
#: (the count it is over, or the total it divides) by its name, however far back the figure stands
BY_NAMED = re.compile(r"按(?:照)?(?P<name>[^，。；、\d（）()]{2,16}?)(?:计算|计|测算|核算)")
#: what a count's name may end with that is no part of the name (员工人数 → 员工, 改厕户数 → 改厕户, 参保人数 → 参保)
COUNT_NAME_SUFFIX = re.compile(r"(?:总人数|人数|总户数|户数|总数|数量|数)$")
#: words before a figure in its sentence saying it is a target or a plan (``到2027年，…达到 N``, ``力争``, ``预计``): never the
#: level a quotient stated sections later divides
TARGET_WORDS = re.compile(r"目标|计划|规划|力争|争取|预计|预期|将达到?|到\d{4}年")
#: words of another time before a name (``年初``, ``上年末``, ``2023年``): a figure named so after them is the same measure
#: at another time, a rival of the one named without them for a quotient that names neither (a part of the year, 前三季度
#: or 四季度, is no rival of the year's figure)
TIME_BEFORE_NAME = re.compile(r"^(?:年初|期初|上年末?|去年末?|上期|同期|\d{4}年(?:末|底|初)?)+")
#: words of the time a quotient's own words give its operand (``按年末在职员工计算``): no part of the operand's name
TIME_OF_NAME = re.compile(r"^(?:年末|期末|年底|报告期末?|[上下]半年|前三季度|全年|当年|今年)+")
#: a ratio defined in brackets after its name (``产水系数（水资源总量与降水总量之比）为``, ``平均消费倾向（人均消费支出与人均
#: 可支配收入之比）为``): the words inside name its two terms
DEFINED_RATIO = re.compile(r"[（(](?P<pair>[^（）()，。；]{4,30}?之?比)[）)](?:约为|约|为|是|达到?)?$")

# -- stated shares and named rates whose whole is named by words in another paragraph or section (占…的比重/比例, 占比, …率 of a part over a named whole, 是…的 s% of a named figure, a place's share of the province/city total) --
#: words after a whole's measure that say which account of it is told, not what it measures (一般公共预算支出决算数,
#: 各项贷款余额, 营业收入完成数): a share names its whole without them (占一般公共预算支出的, 占各项贷款的)
WHOLE_NAME_NOTE = re.compile(r"(?:决算数|执行数|完成数|决算|执行|总规模|(?<![结盈])余额?)$")   # 余: 余额 with its 额 dropped
#: the first words of a share's whole that make it a total by its words (占总诊疗人次的, 占全社会用电量的, 占各项贷款的):
#: a figure whose name ends with such a name is named as that total whatever subject comes before its measure
#: (医疗卫生机构总诊疗人次, 澜江省全社会用电量)
TOTAL_NAME_START = re.compile(r"^(?:总|全社会|全部|各项|全体)")
#: the end of a place's name (江城区, 澜江省, 安宁县): a whole named after another place than the report's own is that
#: place's figure, not the total a share names
PLACE_END = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡|村)$")
#: a verb inside a figure's name, between whom and what it measures (电子信息产业实现产值, 财产险业务实现保费收入): a share
#: names its whole without it (占电子信息产业产值的); not 累计, which names another measure (a running total)
INNER_VERB = re.compile(r"实现|完成|达到")

# -- sums and parts across paragraphs (a total stated in the lead or a section before and its parts listed later — 分别, 其中, 境内/境外, 男/女, districts, quarters/halves, 以上/合计 after parts in earlier paragraphs; a part larger than a far total) --
#: the classes of a list split by size, age or any measure written as a range (``25岁以下的 a，25—29岁的 b，…35岁及以上的 d``,
#: ``1亿元以上的企业 a，1,000万元至1亿元的 b，1,000万元以下的 c``, ``一人户 a，二人户 b，三人及以上户 c``): the class
#: open below, open above, bounded on both sides, and the class of one (or of two …) — read after a numeral
RANGE_NUMERAL = r"[\d一二两三四五六七八九十百千万]"
RANGE_BELOW = re.compile(RANGE_NUMERAL + r"[^，,；;、。\d]{0,5}?(?:及以下|以下|以内)|(?:不足|不到|低于|小于|未满)\s*" + RANGE_NUMERAL)
RANGE_ABOVE = re.compile(RANGE_NUMERAL + r"[^，,；;、。\d]{0,5}?(?:及以上|以上)|(?:超过|高于|大于)\s*" + RANGE_NUMERAL)
RANGE_BETWEEN = re.compile(RANGE_NUMERAL + r"[^，,；;、。\d]{0,5}?\s*(?:—|－|-|～|~|至|到)\s*" + RANGE_NUMERAL)
RANGE_ONE = re.compile(r"^(?:其中)?(?:一|1)(?![\d.万千百十])")
RANGE_POINT = re.compile(r"^(?:其中)?(?:[二两三四五六七八九]|[2-9])(?![\d.万千百十])")
#: the number of a class of one, two, three … (一人户, 二孩, 3人户)
CLASS_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                 **{str(n): n for n in range(1, 10)}}
#: words that tell a figure as what is taken off another (``营业收入扣除营业成本 T``): the figure is the amount taken off,
#: never the whole of parts named like the other
DEDUCTED = re.compile(r"扣除|减去|剔除|除去")
#: a total naming the items it adds up before 合计 (``税收、社会保险费和非税收入合计 T``, ``以上出口退税、留抵退税和个人所得税汇算退税
#: 三项合计 T``, ``企业职工基本养老保险、失业保险、工伤保险三项基金全年收入合计 T``): the names, the count and the measure after it
NAMED_TOTAL = re.compile(r"(?:以上|上述)?(?P<names>[^，,；;：:。\d（）()]{2,60}?[^，,；;：:。\d（）()、和与及])"
                         r"(?:(?P<count>[两二三四五六七八九十])(?:项|类|种|者|大类|个方面)(?P<measure>[^，,；;：:。\d、和与及]{0,8}?))?"
                         r"(?:合计|共计|总计)(?:为|达到?|有|实现|完成)?$")
NAME_JOINER = re.compile(r"、|和|与|及|以及")
#: a part of a place that the words of a list may name as its subject (``主城区90平方米及以下成交 a``): a whole stated
#: paragraphs before is the list's only when its own words name that place too
SUB_PLACE = re.compile(r"主城区|中心城区|城区|县城|县域|城镇|乡村|农村|市区|郊区|[\u4e00-\u9fff]{1,4}(?:新区|开发区|高新区|园区)")
#: the word after a measure that says it is a total or an amount (资产总额, 进出口额), dropped to find the measure a far
#: whole's name ends with
HEAD_SUFFIX = re.compile(r"(?:总额|总量|总数|总值|总计|合计|数量|额|数|值)$")
#: the words of a figure in a list that adds up the items before it (``3市合计 s``, ``以上四项小计 s``): a subtotal, which
#: stands in the list for those items
SUBTOTAL = re.compile(r"(?:合计|共计|小计|总计)(?:为|达到?|有)?$")
#: a subject the words before a list name with 中 (``高新技术企业中，``, ``农村学校中，``): its whole must be named so
SUBJECT_AMONG = re.compile(r"(?P<name>[^，。；、：:\d\s（）()]{2,14}?)中[，,：:]")

# -- relations found by ARITHMETIC (fits.py) whose operands are in other paragraphs: a stated quotient (share, average, rate per 1,000/万/10万, ratio, multiple), a gap of growth rates, or a total whose operands/parts no words-reading tied to it; fits never accuse, they only show a relation where the figures fit to their rounding --
#: a figure stated as a difference from another named one (``中瑞物流单票收入为2.05元，比迅通速运低 1.21元``): no quotient
COMPARED_WITH = re.compile(r"比[^，。；、\d]{2,14}?(?:多出?|少|高出?|低|快|慢|大|小)了?$")
#: words after a measure's name that say which account of it is given, not what it measures (一般公共预算支出决算数,
#: 执行数, 完成数, 余额, 总规模): a quotient naming the measure (一般公共预算收入与支出之比) names the figure so told
ACCOUNT_SUFFIX = re.compile(r"(?:决算数|决算|执行数|完成数|完成额|实际数|总规模|规模|余额)(?:为|是|达到?)?$")
#: a quotient right after a figure that names its whole after 占/相当于 (``车险保费收入 a，占财产险保费的 s%``): the figure
#: before is its part, never the whole
OF_THE_FIGURE_BEFORE = re.compile(r"^[，,]?(?:所|分别|约|仅)?(?:占|相当于)")


# -- growth rates, changes, change + rate, percentage points, differences and multiples (changes.py): a value with its change and rate, bases before or after, 由…到, 比…多/少/高/低, 是…的N倍, 增速比…高 d个百分点, 前者/后者 --
#: a bare 新增 after ``由 A 增加到 B``: the change from A to B (``由上年的 36个 增加到 41个，新增 5个``); alone it may
#: count new entries only (新增市场主体 is no net change), so it is read only after a base stated with 由
NEW_AFTER_FROM = re.compile(r"^[，,]?新增了?$")
#: ``前者是后者的 N倍``: the two figures right before, in the order stated
FORMER_LATTER_MULTIPLE = re.compile(r"(?P<a>前者|后者)(?:是|为|相当于)(?P<b>前者|后者)的$")
#: a reference a gap is told from, before it: ``增速高于全国平均水平（`` (the gap after the bracket) or ``比全省平均水平``
#: / ``比年初确定的`` (the gap after the reference's figure: ``5.4%低``, ``6%预期目标高``)
REFERENCE_ABOVE = re.compile(r"(?P<verb>高于|低于|快于|慢于|多于|少于)(?P<ref>[^，,；;。、（）()\d]{1,16})[（(]$")
REFERENCE_COMPARED = re.compile(r"(?<![占同环对相])(?:比|较)(?P<ref>[^，,；;。、（）()\d]{2,16})(?<![为达是到至])$")
#: the gap's own words after such a reference: ``）``, ``低``, ``预期目标高``
GAP_AFTER_REFERENCE = re.compile(r"^(?P<close>[）)])?(?P<tail>[^，,；;。\d（）()]{0,6}?)(?P<verb>高出?|低|多出?|少|快|慢)?了?$")
#: a reference that is a target (of a growth rate, said without 增速): ``比年初确定的 6% 预期目标``
TARGET_REFERENCE = re.compile(r"目标|预期")
#: a base given before its figure per unit of what is paid or priced: ``由每人每年 640元 提高到 670元``
FROM_PER_UNIT = re.compile(r"(?:由|从)(?:上年的?|去年的?)?每(?:人|户|月|年|公斤|千克|斤|吨|亩)?(?:每(?:月|年|天|日))?$")
#: a base named after the figure it is the base of, with 由 and no later figure: ``比例为 29.2%，由上年的 26.8% 提高 2.4个百分点``
FROM_AFTER = re.compile(r"^[，,]?(?:由|从)(?:上年|去年|上年末|年初|上年同期|去年同期|\d{4}年(?:末|底)?)的?$")
# -- sums, parts and splits (totals.py): 其中 lists, breakdowns 分…看/按…分/从…看, X中，A a，B b openers whose whole is named loosely (医院床位中 for 医院 a), lists closed by 其他/其余/合计/共计/以上, parts across the sentences of a paragraph, a:b:c splits --
#: a count of the items a total adds up, read as a figure of its own before its words (``三家景区合计``, ``4个部门合计``)
ITEMS_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})(?:个|家|类|项|座|所|条|种|市|县|区|省|镇|乡|村|国|地|部门|大类|项目|景区|企业)")
#: the words right before a split that name none of 结构/比例 (:data:`SPLIT_LEAD`): a division by it (``三级储备按``,
#: ``按约``), a share or a ratio of items named before (``三者占比为``, ``普职招生比为``)
SPLIT_BY = re.compile(r"按照?(?:约|大约|大体|大致|总体)?$|占比(?:为|是|约为)?$|比(?:为|是|约为)$")
#: the words right after a split that make it one (``按 60:25:15 的比例安排``)
SPLIT_AFTER = re.compile(r"的?(?:比例|比重|结构)")
#: a split stated again in its sentence after an earlier one (``由上年的 a:b:c 调整为 x:y:z``)
SPLIT_AGAIN = re.compile(r"^[，,]?(?:调整|优化|变化|转变|变|改变|升级)?(?:为|到|成)$")
#: the words opening a list in brackets after a figure that make its items some of it only (``（其中…``, ``（含…``)
BRACKET_MARK = re.compile(r"[（(](?:其中|含|内含|包括|包含)")
#: an item in brackets named by another period than its whole's (``（2023年 a、2022年 b）``, ``（上年 a）``)
BRACKET_OTHER_TIME = re.compile(r"\d{4}年|上年|去年|同期|年初|上半年|下半年|季度|月")
#: the words after a list in brackets that say it leaves a rest (``（中央资金 a、省级补助 b），其余由市县筹措``)
BRACKET_REST = re.compile(r"[，,；;]?(?:其余|其他|其它|另有|另外|此外|还有|剩余|余下)")
#: the item that closes a list with what is left of its whole (``，其余 15处``, ``余下 3项``)
REST_ITEM = re.compile(r"^(?:其余|余下|剩余|剩下)(?:的)?[^，,。；;\d]{0,8}$")
#: the words of a whole that a list closed by 其余 completes: what was counted or undertaken in all
REST_WHOLE = re.compile(r"累计|排查|登记|抽检|抽查|承诺|受理|确定|纳入|列入|批准|立项")
#: an item named as the negation of the one before it (``不合格``, ``非住宅``, ``未达标``)
NEGATED_ITEM = re.compile(r"^[不非未][\u4e00-\u9fff]{1,10}$")
#: two words that divide any whole of their kind between them (一般债务 and 专项债务, 人民币贷款 and 外币贷款): a list of
#: two items so named, in brackets after a figure, is all of it
EXHAUSTIVE_PAIRS = [("一般", "专项"), ("新增", "再融资"), ("人民币", "外币"), ("境内", "境外"), ("国内", "国外"),
                    ("省内", "省外"), ("公办", "民办"), ("公立", "民营"), ("城镇", "农村"), ("城镇", "乡村"), ("城市", "农村"),
                    ("男", "女"), ("本币", "外币"), ("出口", "进口"), ("中央", "地方")]
# -- averages, rates per 1,000/万/10万 and ratios (averages.py): 人均/户均/次均/亩均/平均每…, 每千人/每万人, x:1 and 比 ratios, quotients of two figures of the sentence or paragraph, prices per unit, 按…计算 --
#: a bracketed base after the name of what is compared and a verb of reaching (``全省旅客发送量恢复到2019年同期（B）的``,
#: ``网络零售额完成年度目标（B）的``): the subject names the figure compared, which may stand sentences before
BASE_NAMED_IN_BRACKETS = re.compile(r"^(?P<subject>[^，。；,;\d（()）]{2,16}?)(?:已|也|仅|约)?(?:恢复到|恢复至|完成|达到)"
                                    r"(?P<name>[^，。；,;（()占比]{0,16})[（(]$")
#: a leverage written 1:x (``发放消费券 A，带动消费 B，拉动比为 1:x``, 撬动比, 带动比): x is B over the money spent
LEVERAGE = re.compile(r"(?:拉动|撬动|带动|杠杆)(?:比|比例|率)(?:约为|约|为|达到?|是)?$")
#: the figure a leverage's x is of: what the money spent brought in (``带动销售额``, ``直接带动消费``, ``撬动社会投资``)
LEVERED = re.compile(r"(?:拉动|撬动|带动)")
#: a ratio of men to women (``男女比例为 1.58``, ``男女生比例为 1:1.04``; not 性别比, per 100 women)
MALE_FEMALE = re.compile(r"男女(?:生|性|职工|学生|员工)?(?:人数)?(?:比例|之比)(?:约为|约|为|是)?$")
#: the words ending the name of a count of men or of women (``男生``, ``其中男性``, ``女职工``)
MALE_NAMED = re.compile(r"男(?:性|生|职工|学生|员工)?(?:人数)?(?:为|有)?$")
FEMALE_NAMED = re.compile(r"女(?:性|生|职工|学生|员工)?(?:人数)?(?:为|有)?$")
#: a target a figure is compared with (``完成年度目标任务 270万亩的 105.9%``): the base of that comparison, never the
#: count or total of an average
TARGET_BASE = re.compile(r"(?:目标|任务|计划|预算)(?:任务)?数?$")

# -- stated shares and named rates (shares.py): 占 W 的 s%, bare 占/占比 in lists and breakdowns, 所占比重, 比重为, X率 named by what it counts (优良率, 合格率, 完成率, 开放率…) whose counted figure and whole stand in the sentence or paragraph, 相当于…的 s% --
#: the words before a whole stated inside its share's words: ``，占全市`` (2,153个住宅小区的), ``，占全市耕地面积（``
#: (231.40万亩）的), ``，完成年度目标（`` (45亿元）的: read here only past a base, else in averages.py); never ``合计占`` /
#: ``分别占``: the share of several parts
WHOLE_IN_SHARE_LEAD = re.compile(r"^[，,]?(?:约|仅|已|只)?(?P<verb>占|完成)(?:公共|综合|合同|合作|[^，。；,;\d（()）合共均都分别]){0,16}"
                                 r"[（(]?$")      # 公共 of 一般公共预算收入 is no 共 (占…合计, 共, 均, 分别 are not named wholes)
#: the words between such a whole and its share: ``的``, ``）的比重为``, ``个住宅小区的``
SHARE_AFTER_WHOLE = re.compile(r"^[）)]?[^，。；,;\d（()）]{0,10}?的(?:比重|比例)?(?:为|是|达到?)?$")
#: a rate named by what the part before it does (``开放率为``, ``行业增长面为``, ``下达及时率``): its stem ends with it
COUNTED_RATE = re.compile(r"(?P<stem>[^，。；、\d]{2,8}?)(?:率|面)(?:为|达到?|是)?$")
#: a rate that is no count of the part among the whole before it: a change, a margin, a rate per head
COUNTED_RATE_NOT = re.compile(r"增长率|增速|增幅|降幅|利润|毛利|净利|盈利|^利|城镇化|失业|出生|死亡|发病|患病|贡献|税|汇|价|比")
#: the words of a share told as the end of a change, right after the share it changed from: ``占…的比重由上年同期的
#: 3.12% 提高到`` 3.46%
SHARE_CHANGED_TO = re.compile(r"^[，,]?(?:提高|上升|提升|增加|增长|下降|降低|回落|减少|扩大|缩小|缩减)了?(?:到|至)$")
#: a net measure of output (增加值, 地区生产总值): a gross figure (旅游收入, 产值) is compared with it, never a part of it
VALUE_ADDED = re.compile(r"增加值|生产总值|GDP|GNP")
#: a rate of a plan carried out: ``预算完成率``, ``预算执行率``, ``任务完成率``, ``执行率`` (what was done over the plan)
PLAN_RATE = re.compile(r"(?P<plan>预算|计划|任务|目标)?(?:完成|执行)率(?:为|达到?|是|仅为)?$")
#: the words of a figure that is done against a plan: ``完成支出``, ``实际支出``, ``执行中完成``, ``完成造林``
DONE_WORDS = re.compile(r"完成|执行|实际|实现")
#: the words of a figure that is the plan itself
PLAN_WORDS = re.compile(r"预算|计划|任务|目标")
#: the words of a figure of the period before (``上年执行 b``): never the figure a rate of this period counts
PRIOR_PERIOD = re.compile(r"^[，,]?(?:上年|去年|上期|前年|上一年)")
#: a share whose words name its part and no whole: ``产业项目占比``, ``女性董事占比为``, ``公办园所占比重``
ITEM_SHARE = re.compile(r"(?P<name>[^，。；、,;\d（()）占比]{2,12}?)(?:所占比重|所占比例|占比|所占的?比重)(?:为|达到?|是)?")

# -- sums and parts (totals.py): totals with parts in the same or later sentences or sections (其中, 分别为, 按…分, lists of kinds, two-dimension splits), 合计/共计/以上, parts in brackets (含…), nested parts, a whole stated in the lead and broken down later --
#: the noun right after a count that names what it counts (``213家 A股上市公司已全部…``, ``126家 养老机构中``), cut
#: before a verb, an adverb or 中/的
COUNTED_NOUN = re.compile(r"[A-Za-z\u4e00-\u9fff]{2,8}?(?=已|均|都|全部|共|将|在|中|的|之|为|是|实现|完成|开展|参与|参加|获得|达到|$)")
#: words after a count that are a verb or an adverb, not what it counts (``178家 实现盈利``, ``35家 出现亏损``)
COUNTED_NOT_NOUN = re.compile(r"^(?:已|均|都|全部|共|将|在|实现|完成|出现|开展|参与|参加|获得|达到|通过|入选|增加|减少|增长|下降|提高|新增|累计|同比|比上年)")
#: periods that make up the year between them, besides the halves and the four quarters (:data:`MORE_COMPLETE_SETS`):
#: ``前三季度 a，第四季度 b`` of the year's T
YEAR_SPLITS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("the first three quarters and the fourth", (r"前三季度", r"^(?:其中)?(?:第?四|4)季度"), r"全年|年度|\d{4}年(?!上|下|前|第|[一二三四]季)"),
)
#: a figure that names itself the total of items named before it (``三类产品合计出口``, ``两项共计``): not a bare 共
SUBTOTAL_WORD = re.compile(r"[^，,；;。\d]{2,}(?:合计|共计|总计)[^，,；;。\d]{0,6}$")
#: a figure per head or household (``人均消费支出``, ``户均``): per head, its parts are per head too
PER_HEAD = re.compile(r"[人户]均")
#: words naming a group of people, places or households: an average named so after 其中 is the group's own average,
#: never a part of the whole's amount per head (``其中城镇居民 a元``, ``农村居民``, ``低收入组``)
PER_HEAD_GROUP = re.compile(r"居民|城镇|农村|乡村|城市|城区|职工|人员|员工|农民|男|女|[住农城]户|户籍|学生|老人|老年|儿童|家庭|"
                            r"地区|[省市县区镇村]|收入组|收入户|群体|人群")
#: the words of a period's figure that name no measure of their own, only a verb (``第四季度实现`` b, ``下半年完成``)
BARE_VERB = re.compile(r"(?:实现|完成|达到?|为|是|共|累计|有)*")

# -- shares (shares.py): 占…的 s%, 比重, 占比, …率 as part over whole, the whole stated sentences or sections before (named by the share's words, a count named by the noun after it: 213家A股上市公司), shares in a 分别 list, shares of the figure before --
#: a figure per head of a group (``全省居民人均可支配收入``, ``城镇居民人均消费支出``, ``人均交通通信消费支出``): the group
#: before 人均 (a place before it dropped) and the measure after it
GROUP_PER_HEAD = re.compile(r"(?:全[省市区县国州盟旗]|本[省市区县])?(?P<group>[\u4e00-\u9fff]{0,8}?)人均(?P<measure>[^，。；、,;\d（()）]{2,16}?)"
                      r"(?:为|达到?|是|约)?$")
#: the group at the end of the words before 人均: a household survey's, written alike (居民, 全体居民, 常住居民 → all;
#: 城镇居民 and 城镇 → 城镇), or another named by its noun (低收入组, 脱贫户, 在岗职工)
GROUP_BEFORE_HEAD = re.compile(r"(?:(?P<who>城镇|农村|城市|乡村)(?:常住)?(?:居民)?|(?:全体|常住)?居民)$|"
                            r"(?P<other>[\u4e00-\u9fff]{1,6}(?:组|户|职工|员工|农民))$")
#: the parts of a household survey's per-head totals (国家统计局住户调查): the four sources of 可支配收入 and the eight
#: categories of 消费支出 — a bare ``占 s%`` after one of them is its share of that total
PER_HEAD_PARTS = (
    (re.compile(r"^(?:工资性|经营净|财产净|转移净)收入$"), "可支配收入"),
    (re.compile(r"^(?:食品烟酒|衣着|居住|生活用品及服务|交通通信|教育文化娱乐|医疗保健|其他用品及服务|服务性)(?:消费)?支出$"),
     "消费支出"),
)
#: the head nouns of what a count counts when the noun follows it (``岚江省213家A股上市公司已全部披露``, ``162家上市公司
#: 推出``): the words after a count up to the first of these are its name (A股上市公司), the verbs after them not
COUNTED_HEAD = re.compile(r"公司|企业|单位|机构|学校|医院|合作社|社区|行政村|乡镇|街道|园区|项目|网点|门店|商户|银行|景区|"
                          r"农户|家庭|用户|会员|主体|法院|人员|职工|员工|学生|教师|医生")
COUNTED_HEAD_NOUN = re.compile(r"[^，。；、,;\d（()）“”]{0,8}?(?:" + COUNTED_HEAD.pattern + ")")
#: what follows the noun after a count for the count to be all of them (``213家上市公司已全部披露``, ``均已完成``), not a
#: verb that counts only those that did it (``162家上市公司推出现金分红``)
ALL_COUNTED = re.compile(r"已?(?:全部|均|都)")
#: the units of a count whose noun may follow it (213家上市公司, 16个乡镇, 512名法官)
COUNT_UNITS = frozenset({"家", "个", "所", "名", "户", "座", "处", "位", "人"})

# -- changes, multiples and differences (changes.py): value + base + absolute change (上年为 b，缩短了 d天; 由上年的 a 缩短至 b，缩短 d), growth with its base, 是…（X）的 N倍 with the base in brackets, a multiple of two named figures before it, differences of two named rates (A比B高 d个百分点), gaps of growth rates (增速比…高), previous-year values implied by a change --
#: the end of a unit per time or per place written after a figure (``96.5万立方米/日``, ``1.2万元/亩``), which the
#: figure's unit leaves in the words after it: ``/日，增加`` is the bare ``，增加`` of a change
UNIT_TAIL = re.compile(r"^[/／][^\d，,。；;（）()、]{1,4}(?=[，,])")
#: an earlier span a multiple compares with, named with a count of years (``是前五年（A）的``, ``为“十三五”时期（A）的``,
#: ``是上一个五年（A）的``): the figure in brackets is that span's
EARLIER_SPAN = re.compile(r"(?:前|上一?个?|过去)[一二三四五六七八九十两]{1,2}年|[“\"]?十[一二三四五]五[”\"]?(?:时期|期间|末|初)?")
#: a subject and a verb of what was done before a measure, in one name (``上市公司实现营业收入``, ``全市法院受理案件``): a
#: comparison names the measure after the verb alone (``增速比营业收入高``)
DONE_IN_NAME = re.compile(r"^[^，。；,;]{2,}?(?:实现|完成|受理|办理|接待|录得|取得|获得)")
#: the words of a stock right after the new items that joined it (``新增电子警察 D，累计达到 B``, ``新开通线路 D，运营线路达到
#: B``, ``新增槽车 D，总数达到 B``)
STOCK_AFTER_NEW = re.compile(r"^[，,](?P<name>[^，,。；;、\d（）()]{0,8}?)(?:累计|总数|总量|总计)(?:达到?|为|有)?$"
                             r"|^[，,](?P<named>[^，,。；;、\d（）()]{0,8}?)(?:达到|增至|增加到)$")
#: a count of items newly added, named (``新建人民法庭``, ``新认定高新技术企业``): before ``X总数由 A 增加到 B`` the change of X
NEW_BEFORE_FROM = re.compile(r"(?:新建|新增|新设|新认定|新培育|新开通|新引进|新创建|新评定|新组建)(?P<name>[^，,。；;、\d]{0,12})$")

# -- averages, rates and quotients (averages.py): 人均/户均/次均/平均每…, 日均 over a year's or a period's total, rates 每千人/每万人/每百户/每10万件/每百名…, 万人成讼率-like named rates, x:1 and 比 ratios, quotients of two figures named by the quotient's own words, wherever the operands sit --
#: a rate per 1,000 or 10,000 people named without 每 (``万人成讼率为 r件``, ``千人发案率``, ``万人投诉率``): per head of
#: the population, counting what its words between the size and 率 name (成讼)
PER_PEOPLE_NAMED = re.compile(r"(?<![每\d])(?P<size>千|万|十万|10万)人口?(?P<what>[^，。；、,;\d率（()）]{1,6})率"
                              r"(?:为|是|达到?|约)?$")
#: a median as a share of its mean (``中位数占平均数的比重为 r%``, ``中位数是平均数的 r%``): the median over the mean
#: of the same measure, both stated before it
MEDIAN_OF_MEAN = re.compile(r"中位数(?:占|是|为|相当于)(?:其)?平均(?:数|值|水平)的?(?:比重|比例|比值)?(?:为|是|达到?|约)?$")
#: the words ending a median's name (``人均可支配收入中位数``): the measure's name before them
MEDIAN_NAMED = re.compile(r"中位数(?:为|是|达到?|约)?$")
#: a note after a count of people saying the report's figures per head are over it (``城区人口与城区暂住人口合计 N，
#: 本公报中的人均指标和普及率指标均按此口径计算``): that count is the population of every average and rate per head
NOTED_POPULATION = re.compile(r"[^。；\d]{0,12}?(?:人均|每万人|每千人|普及率)[^。；\d]{0,30}?(?:均|都|统一)?(?:按|以)"
                              r"(?:此|该|上述|这一)(?:口径|人口|人数|数据?)?(?:计算|为准)")
