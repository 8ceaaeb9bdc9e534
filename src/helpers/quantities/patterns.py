"""The scanner's one regular expression, assembled from the lexicon.

The scanner makes a single ``finditer`` pass over the (normalised) text with
:data:`MASTER`, an alternation of named readings tried in this order at each
position — the first that matches wins, and the leftmost match wins overall:

``ph``   a lexicon phrase (idiom, name, unit word, …), longest first
``n<i>`` a lexicon context rule (enumeration, school name, quoted slogan, …)
``d``    a date, period or clock time
``f``    a fraction or 百分之 percentage (百分之三十至四十 is a range)
``x``    翻一番 / 翻两番: doubled, quadrupled
``ra``   a ratio (10.9:36.2:52.9)
``k``    a rank or ordinal (第255个, 第五批)
``q``    a quantity: qualifiers, number, multiplier, unit — or a range
         (35~36℃, 0.8%-1.5%, 2至3年) when a separator and a second number follow
``w``    any numeral character left over (so every numeral lands in a mention)

Each reading is one named group whose inner groups carry the parts, so
``match.lastgroup`` names the reading. The grammar of numbers and dates is
here; the vocabulary (units, qualifiers, separators, phrases, context rules)
comes from ``lexicon.py``.

Speed. The pass is linear: no reading can backtrack over more than a few
characters. Three things keep it fast in CPython's engine, which has no
first-character index for a pattern like this one: word lists are tries (the
engine rejects a position after one character, not after trying every word);
each reading sits behind a look-ahead for the characters it can start with
(computed from the pattern by :func:`first_chars`); and the whole alternation
sits behind a guard that skips, in one step, every position where no reading
can start. ``tests/test_quantities_properties.py`` checks that the guard never
changes what is found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L

# ---------------------------------------------------------------- building blocks


def trie_pattern(words, tails: dict[str, str] | None = None) -> str:
    """A regex matching any of ``words``, longest first, as a character trie.

    ``tails`` maps a word to an assertion that must hold right after it (a
    guard such as ``(?!民)``). A trie lets the engine reject a position after
    one character instead of trying every word in turn.

    >>> trie_pattern(["一线", "一站式", "两地"])
    '(?:(?:一(?:站式|线)|两地))'
    >>> trie_pattern(["人", "人次"], {"人": "(?!民)"})
    '(?:人(?:次|(?!民)))'
    """
    tails = tails or {}
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tails.get(word, "")

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            tail = node[""]
            if not branches:
                return tail
            if tail:
                return "(?:" + "|".join(branches + [tail]) + ")"
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            return "(?:" + body + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(trie) + ")"


def _alternation(words, guards: dict[str, str] | None = None) -> str:
    """Longest-first trie of literal words, each with an optional not-before guard."""
    tails = {w: "(?!" + _class(v) + ")" for w, v in (guards or {}).items() if v}
    return trie_pattern(sorted(set(words)), tails)


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_CN_DIGIT_CHARS = "".join(L.CN_DIGITS)
_CN_UNIT_CHARS = "".join(L.CN_SMALL_UNITS) + "".join(L.CN_BIG_UNITS)
_CN_START_CHARS = _CN_DIGIT_CHARS + "".join(L.CN_SMALL_UNITS) + "万亿"  # 兆 never starts a numeral
_DECIMAL_DIGITS = _CN_DIGIT_CHARS.replace("两", "")                   # 两 is never a decimal digit

_CN_CLASS = _class(_CN_DIGIT_CHARS + _CN_UNIT_CHARS)
#: Not a multiplier when the next character makes a unit of it (千米, 百分点).
_MULT_GUARD = "(?!" + "|".join(
    "(?<=" + re.escape(c) + ")(?:" + "|".join(re.escape(w) for w in v) + ")" for c, v in L.MULTIPLIER_GUARDS.items()
) + ")"
#: An Arabic numeral: 13,450 / 13450 / 54.58 (ASCII after normalisation). One
#: pass: thousands groups are only tried after a run of at most three digits. Only
#: an ASCII comma separates thousands (the scanner turns a full-width comma between
#: full-width digits into one); 120，300 is two numbers.
ARABIC = r"(?:[0-9]+(?:(?<![0-9]{4})(?:,[0-9]{3})+(?![0-9]))?(?:\.[0-9]+)?)"
#: A decimal written without its leading zero: .5亿元, -.5 (not after a digit, letter or dot).
DOT_DECIMAL = r"(?:(?<![0-9A-Za-z.])\.[0-9]+(?![0-9A-Za-z.]))"
#: Scientific notation and powers: 2e5, 12.32e+14, 2.5^-1 (no letter may follow).
SCIENTIFIC = r"(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,3}|\^[+-]{0,2}[0-9]{1,3})(?![0-9A-Za-z]))"
#: Arabic digits inside a Chinese numeral: 5万4千6百, 3万4000, 2千零30万, 1千零1 (the
#: last group may not be a year, month or day: 1万2019年 is 1万 and a date).
MIXED = ("(?:[0-9]+(?:[十百千万亿]" + _MULT_GUARD + "零?[0-9]+(?![0-9年月日号时点分:：.]))+"
         "(?:[十百千万亿]" + _MULT_GUARD + ")*)")
#: Any number that starts with Arabic digits, its digits scanned once: mixed with
#: Chinese units (MIXED), or with thousands groups, decimals and an exponent.
ARABIC_ANY = (
    "(?:[0-9]+(?:(?:[十百千万亿]" + _MULT_GUARD + "零?[0-9]+(?![0-9年月日号时点分:：.]))+"
    "(?:[十百千万亿]" + _MULT_GUARD + ")*"
    "|(?:(?<![0-9]{4})(?:,[0-9]{3})+(?![0-9]))?(?:\\.[0-9]+)?"
    "(?:[eE][+-]?[0-9]{1,3}(?![0-9A-Za-z])|\\^[+-]{0,2}[0-9]{1,3}(?![0-9A-Za-z]))?))"
)
#: A Chinese numeral with optional 点 decimals: 一万二千, 九点一, 二〇二一, 一点五万
#: (a trailing 千/百 that starts 千米/百分点 is given back; 兆 only inside a numeral).
CHINESE = ("(?:" + _class(_CN_START_CHARS) + _CN_CLASS + "*" + _MULT_GUARD
           + "(?:点" + _class(_DECIMAL_DIGITS) + "+(?:[万亿]+)?)?)")
#: Same, for the denominator of 分之 where 百 must be allowed before 分.
CHINESE_RAW = "(?:" + _class(_CN_START_CHARS) + _CN_CLASS + "*(?:点" + _class(_DECIMAL_DIGITS) + "+)?)"
#: A multiplier after Arabic digits: 万 亿 万亿 千万 百万 k (not 千米, not 百分点, not 兆瓦).
MULT = "(?:[百千](?:[万亿]{1,2})?|[万亿兆]{1,2}|k(?![A-Za-z0-9]))" + _MULT_GUARD
HALF_NUMBER = "(?:一半|半数|半)"
_RATIO_SEP = _class(L.RATIO_SEPARATORS)

#: A unit or classifier after the number (longest first, with not-before guards),
#: including 个多月 / 个半小时.
UNIT = _alternation(
    list(L.UNITS) + ["个" + mid + noun for noun in L.GE_TIME_NOUNS for mid in "多余半"],
    L.UNIT_NOT_BEFORE,
)
#: After 第N: a classifier of a count or a label of a series (第255个, 第五批, 第3位).
RANK_UNIT = _alternation(
    [u for u, (kind, _, _) in L.UNITS.items() if kind in ("count", "duration")] + list(L.ORDINAL_CLASSIFIERS)
    + ["个" + mid + noun for noun in L.GE_TIME_NOUNS for mid in "多余半"],
    L.UNIT_NOT_BEFORE,
)


_FILLER = "(?:" + "|".join(sorted(L.QUALIFIER_FILLERS, key=len, reverse=True)) + ")?"


def _qualifier_pattern(position: str) -> str:
    """Trie of the qualifier words at ``position`` with their context assertions.

    A "pre" word may be followed by a filler (超过了80, 至少有10次, 约占30%) unless it
    only qualifies numbers starting with certain characters (上万, 过半).
    """
    tails = {}
    for q in L.QUALIFIERS:
        if q.position != position:
            continue
        tail = ""
        if q.not_after:  # checked after the word, so the trie can start on a literal
            tail += "(?<!" + _class(q.not_after) + re.escape(q.word) + ")"
        if q.only_before and q.or_after:
            tail += ("(?:(?=" + _class(q.only_before) + ")|(?<=" + _class(q.or_after) + re.escape(q.word)
                     + ")(?=[0-9]))")
        elif q.only_before:
            tail += "(?=" + _class(q.only_before) + ")"
        elif position == "pre":
            tail += _FILLER
        tails[q.word] = tail
    return trie_pattern(sorted(tails), tails)


#: A qualifier word does not take a date (低于在2019年…): the date is read as one.
PRE = "(?:" + _qualifier_pattern("pre") + r"(?![0-9]{4}年|[0-9]{1,2}月[0-9]{1,2}[日号]))"
POST = _qualifier_pattern("post")
SEP = _class("".join(L.RANGE_SEPARATORS)) if all(len(w) == 1 for w in L.RANGE_SEPARATORS) else \
    "(?:" + "|".join(re.escape(w) for w in L.RANGE_SEPARATORS) + ")"
NUMBER = "(?:" + ARABIC + "|" + CHINESE + ")"
#: A minus sign: 零下 before any number; 负 before any number (not in 胜负, 抱负 …);
#: - before a number where it cannot be a range or a code (at the start, after a space,
#: a punctuation mark or 为/是/至 …), or anywhere before a signed percentage or temperature.
_SIGNED_UNIT = "(?:" + "|".join(re.escape(u) for u in L.SIGNED_UNITS) + ")"
_SHORT_ARABIC = r"[0-9]{1,20}(?:\.[0-9]{1,20})?"
SIGN = (
    "(?:" + "|".join(L.NEGATIVE_WORDS)
    + "|(?<!" + _class(L.NEGATIVE_NOT_AFTER) + ")负(?=[0-9." + _CN_DIGIT_CHARS + "十百千])"
    + "|-(?=" + _SHORT_ARABIC + "(?:" + SEP + "-?" + _SHORT_ARABIC + ")?" + _SIGNED_UNIT + ")"
    + "|(?<![^\\s" + "".join(re.escape(c) for c in L.MINUS_AFTER) + "])-(?=\\.?[0-9])"
    + ")"
)

# ------------------------------------------------------------------- readings
_YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
_CN_YEAR = "[〇零一二三四五六七八九]{4}"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_NO_DIGIT_BEFORE = r"(?<![0-9.])"
#: 08:30 or 08:30:00 (a clock time, never a ratio).
_CLOCK = r"(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?:[:：][0-5][0-9])?"
#: A dateline: 2019-10-17, 2019/10/17 or 2019.10.17, optionally followed by its clock time.
_ISO_DATE = (_YEAR + r"(?P<d_sep>[-/.])(?:1[0-2]|0?[1-9])(?P=d_sep)(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
             r"(?:[ T\u3000]" + _CLOCK + r"(?![0-9.:：]))?")

DATE = "|".join([
    _NO_DIGIT_BEFORE + "(?:" + "|".join([
        _ISO_DATE,
        "(?:" + _YEAR + "|" + _CN_YEAR + ")年(?:度|" + _MONTH + "月(?:份|" + _DAY + "[日号](?!元))?)?",
        _MONTH + "(?:" + SEP + _MONTH + ")?月(?:份|" + _DAY + "(?:" + SEP + _DAY + ")?[日号](?!元))?",
        _DAY + "(?:" + SEP + _DAY + ")?日(?!元)",  # 5日, 3-4日 (days); 5日元 is yen
        r"(?:[01]?[0-9]|2[0-4])(?:时(?:[0-5]?[0-9]分)?|点[0-5]?[0-9]分)",
        _CLOCK + r"(?![0-9.:：])",
    ]) + ")",
    "(?:前|第)?[一二三四1-4]季度",
    "(?:[0-9]0|[一二三四五六七八九]十)年代",
    "(?:[0-9]{1,2}|二十一|二十|十[一二三四五六七八九]?)世纪",
])

#: Where a date may start: 前/第, or a few numerals and then a date word or separator.
_DATE_GUARD = ("(?=[前第]|[0-9〇零一二三四五六七八九十]{1,4}(?:[年月日号时点:：季世" + "".join(L.RANGE_SEPARATORS)
               + "/.\\-]|[ T\u3000]))")
#: Digits joined by two or more dots (1.2.3, 192.168.1.1) name a version or an address
#: (a dateline such as 2019.10.17 is read as a date first).
DOTTED = r"(?<![0-9.])[0-9]{1,6}(?:\.[0-9]{1,6}){2,}(?![0-9])"

#: Cheap look-aheads that let a reading fail fast where it cannot match.
FRACTION_GUARD = "(?=[0-9.,点又负" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "]{1,16}分之)"
RATIO_GUARD = "(?=[0-9.,]{1,30}" + _RATIO_SEP + ")"
#: 五分之一, 百分之九点一, 百分之三十至四十, 三又三分之一, 万分之三. The numerator gives back a
#: 百 that starts 百分位/百分点 (百分之七十百分位 is 70 %).
FRACTION_BODY = (
    FRACTION_GUARD + "(?:(?P<f_wneg>负)?(?P<f_whole>" + ARABIC + "|" + CHINESE + ")又)?"
    "(?P<f_den>" + ARABIC + "|" + CHINESE_RAW + ")分之"
    "(?P<f_num>" + ARABIC + "|" + CHINESE + ")(?P<f_suf>[余多])?"
    "(?:(?P<f_sep>" + SEP + ")(?:(?P=f_den)分之)?(?P<f_num2>" + ARABIC + "|" + CHINESE + "))?"
    "(?P<f_post>" + POST + ")?"
)
FRACTION = "(?P<f_pre>" + PRE + ")?" + FRACTION_BODY
#: 1/3, 占…的1/3以上, and rates per a base: 5.2/10万 (not part of a date or a path).
SLASH_BODY = (
    "(?<![0-9/.])(?P<s_neg>-|负)?(?P<s_num>[0-9]{1,6}(?:\\.[0-9]{1,6})?)/"
    "(?P<s_den>[0-9]{1,7}(?:\\.[0-9]{1,6})?)(?P<s_mult>[十百千万亿]{1,2})?(?![0-9/.])"
    "(?P<s_post>" + POST + ")?"
)
SLASH = "(?P<s_pre>" + PRE + ")?" + SLASH_BODY
#: 翻一番 (doubled), 翻两番 (quadrupled): a multiple of 2 to the power n.
DOUBLING = "翻了?(?P<x_n>[一两二三四1-4])番"
RATIO = RATIO_GUARD + ARABIC + "(?:" + _RATIO_SEP + ARABIC + ")+(?![0-9])"
RANK = "第(?P<k_num>" + NUMBER + ")(?P<k_mult>" + MULT + ")?(?P<k_unit>" + RANK_UNIT + ")?"
#: 比三十大 (more than 30), 比 170 低 (below 170).
COMPARE = ("比 *(?P<c_num>" + ARABIC + "|" + CHINESE + ") *(?P<c_word>[大小高低多少])"
           "(?![0-9零〇二两三四五六七八九十百千万亿]|一(?![些点]))")
#: Phrases that state a number without a numeral (对折 is 50 %).
VALUED = trie_pattern(list(L.VALUED_PHRASES))
#: 20和30之间, 10000与20000间: 和/与 joins a range only when 之间/间 follows soon.
_AND_AHEAD = "(?=[^，。；;,、\\n和与]{1,16}?间)"
#: After a duration or an amount in 元, a smaller unit may follow: 1小时45分钟, 2年3个月, 5元3角.
_SUB = ("(?<=[时钟天年月周元])(?:零?(?:[0-9]{1,3}|[零〇一二两三四五六七八九十]{1,3})"
        "(?:分钟|分|秒|个月|天|小时|角|毛)){1,2}")
#: A quantity, or a range when a separator and a second number follow the first
#: (35~36℃, 0.8%-1.5%, 2至3年, 10-20万人, 20和30之间): one reading, so a range costs
#: nothing where there is none.
QUANTITY_HEAD = (
    "(?P<q_cur>[$￥¥€£])?"
    "(?P<q_neg>" + SIGN + ")?"
    "(?P<q_vague>[几数](?=[十百千万亿]))?"
    "(?P<q_num>" + ARABIC_ANY + "|" + DOT_DECIMAL + "|" + HALF_NUMBER + "|" + CHINESE + ")"
)
QUANTITY = (
    "(?P<q_pre>" + PRE + ")?" + QUANTITY_HEAD +
    "(?![0-9.]*" + _RATIO_SEP + "[0-9])"      # 5:3:2 is a ratio, even after 约为 (and 45:38:17 is no 约为4)
    "(?P<q_mult>" + MULT + ")?"
    "(?:(?P<q_mid>[余多几])(?P<q_mult2>" + MULT + "))?"
    "(?P<q_suf>[余多几])?"
    "(?P<q_unit>" + UNIT + ")?"
    "(?:(?P<q_sep> ?" + SEP + " ?|[和与]" + _AND_AHEAD + ")(?P<q_bneg>" + SIGN + ")?(?P<q_b>" + NUMBER + ")"
    "(?P<q_mb>" + MULT + ")?(?P<q_ub>" + UNIT + ")?(?P<q_btw>之间|间)?)?"
    "(?P<q_sub>" + _SUB + ")?"
    "(?P<q_half>半(?<=" + _class(L.HALF_AFTER_UNITS) + "半)(?!" + _class(L.HALF_NOT_BEFORE) + ")"
    "|(?<=成)[一二三四五六七八九](?![0-9" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "个成倍%]))?"
    "(?P<q_more>[多余](?<=" + _class(L.APPROX_AFTER_UNITS) + "[多余])(?=" + _class(L.APPROX_AFTER_UNIT_FOLLOWERS) + "|$))?"
    "(?P<q_post>" + POST + ")?"
)
LEFTOVER_CHARS = "0123456789" + L.NUMERAL_CHARS[20:]
LEFTOVER = _class(LEFTOVER_CHARS)

#: kind of each context rule group ``n<i>``
RULE_KINDS = {f"n{i}{suffix}": kind for i, (kind, _, _) in enumerate(L.RULES)
              for suffix in ("", "_digit", "_numeral", "_other")}


@lru_cache(maxsize=None)
def first_chars(pattern: str) -> frozenset[str]:
    """The characters a match of ``pattern`` can start with.

    Raises ValueError when that set is not a small enumerable class (a
    negated class, ``.``, ``\\d``…): every reading must start on known characters.

    >>> sorted(first_chars("(?<=的)一年|[0-2]x|(?:超过)?5"))
    ['0', '1', '2', '5', '一', '超']
    """
    from re import _constants as C
    from re import _parser as sre_parse

    def seq(items):
        out: set[str] = set()
        for op, av in items:
            chars, nullable = item(op, av)
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def item(op, av):
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            out = set()
            for op2, av2 in av:
                if op2 is C.LITERAL:
                    out.add(chr(av2))
                elif op2 is C.RANGE and av2[1] - av2[0] < 512:
                    out.update(chr(c) for c in range(av2[0], av2[1] + 1))
                else:
                    raise ValueError(f"a reading may start with any character: {op2} in {pattern[:60]}")
            return out, False
        if op is C.BRANCH:
            out, nullable = set(), False
            for alternative in av[1]:
                chars, n = seq(alternative)
                out |= chars
                nullable |= n
            return out, nullable
        if op is C.SUBPATTERN:
            return seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            chars, n = seq(av[2])
            return chars, av[0] == 0 or n
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return set(), True
        raise ValueError(f"cannot tell the first characters of {op} in {pattern[:60]}")

    chars, nullable = seq(sre_parse.parse(pattern))
    if nullable:
        raise ValueError(f"a reading may match the empty string: {pattern[:60]}")
    return frozenset(chars)


def _starts_with(patterns: list[str]) -> str:
    """A look-ahead for the first characters of ``patterns`` (lets a reading fail at once)."""
    chars: set[str] = set()
    for p in patterns:
        chars |= first_chars(p)
    return "(?=" + _class("".join(sorted(chars))) + ")"


_READINGS = (("d", DATE), ("dn", DOTTED), ("vp", VALUED), ("f", FRACTION), ("sl", SLASH), ("x", DOUBLING),
             ("ra", RATIO), ("k", RANK), ("c", COMPARE))
#: Readings that start with a qualifier word, and what follows the word.
_BODIES = {"f": FRACTION_BODY, "sl": SLASH_BODY, "q": QUANTITY_HEAD}


def _alternatives() -> list[str]:
    """The readings in order, each behind a look-ahead for its first characters."""
    phrases = trie_pattern(list(L.PHRASES))
    rules = [rx for _, rx, _ in L.RULES]
    alternatives = [_starts_with([phrases]) + "(?P<ph>" + phrases + ")"]
    alternatives.append(_rules_alternative(rules))
    for name, rx in _READINGS:
        guard = _starts_with([rx])
        if name in ("dn", "ra"):  # digits then a dot or a colon: one cheap look before either is tried
            guard = "(?=[0-9][0-9,]{0,29}[.:：∶])"
        elif name == "d":         # a date word within a few numerals, or 前/第 (前三季度)
            guard = _DATE_GUARD
        alternatives.append(guard + f"(?P<{name}>{rx})")
    alternatives.append("(?P<q>" + QUANTITY + ")")
    alternatives.append("(?P<w>" + LEFTOVER + ")")
    return alternatives


def _rules_alternative(rules: list[str]) -> str:
    """The context rules, grouped by the kind of character they start with.

    At a position only the rules that can start on its character are tried, in their
    order in the lexicon: an Arabic digit, a Chinese numeral, or anything else. A rule
    that can start on several kinds is in each of their groups; a group name may
    appear only once in a pattern, so its later copies end with an empty group
    ``n<i>_<kind>`` that names the rule instead (:data:`RULE_KINDS` knows both).
    """
    kinds = {"digit": set("0123456789"), "numeral": set(L.NUMERAL_CHARS[20:])}
    groups: dict[str, list[str]] = {"digit": [], "numeral": [], "other": []}
    other_chars: set[str] = set()
    seen: set[int] = set()
    for i, rx in enumerate(rules):
        chars = first_chars(rx)
        rest = chars - kinds["digit"] - kinds["numeral"]
        other_chars |= rest
        for name in groups:
            if (chars & kinds[name]) if name in kinds else rest:
                if i in seen:
                    groups[name].append(_starts_with([rx]) + "(?:" + rx + f")(?P<n{i}_{name}>)")
                else:
                    groups[name].append(_starts_with([rx]) + f"(?P<n{i}>{rx})")
                    seen.add(i)
    out = []
    for name, items in groups.items():
        if items:
            chars = kinds.get(name, other_chars)
            out.append("(?=" + _class("".join(sorted(chars))) + ")(?:" + "|".join(items) + ")")
    return "(?:" + "|".join(out) + ")"


def _guard() -> str:
    """A look-ahead that rejects, cheaply, positions where no reading can start.

    Every reading starts on a character of :func:`first_chars`. A numeral, a Latin
    letter and 《 are let through (Latin names, web addresses, titles). A word
    character that starts only literal words of two characters or more (大于, 不足,
    老百姓, 新希望六和…) must be followed by a second character of one of them; any
    other (超, 近, 约, 第, 比, 负…) must reach a numeral within a few characters. The
    few phrases that state a number without a numeral (对折) are let through too.
    """
    numerals = set("0123456789" + L.NUMERAL_CHARS[20:])
    literal = [q.word for q in L.QUALIFIERS if q.position == "pre"] + list(L.PHRASES) + list(L.VALUED_PHRASES)
    # first characters of the readings, their qualifier words and phrases taken out
    other: set[str] = set(LEFTOVER_CHARS)
    for _, rx, _ in L.RULES:
        other |= first_chars(rx)
    for name, rx in _READINGS:
        if name != "vp":
            other |= first_chars(_BODIES.get(name, rx))
    other |= first_chars(QUANTITY_HEAD)
    first = other | {w[0] for w in literal}
    free = {c for c in first if c == "《" or ("A" <= c <= "Z") or ("a" <= c <= "z")}
    guarded = first - numerals - free
    single = {w for w in literal if len(w) == 1}
    scan = {c for c in guarded if c in other or c in single}
    pair = guarded - scan
    seconds = {w[1] for w in literal if len(w) > 1 and w[0] in pair}
    longest_filler = max(len(f) for f in L.QUALIFIER_FILLERS)
    reach = max(
        [min(i for i, c in enumerate(p) if c in numerals) for p in L.PHRASES if p[0] in scan]
        + [len(q.word) + longest_filler + 2 for q in L.QUALIFIERS if q.position == "pre" and q.word[0] in scan]
    )
    numeral = _class("".join(sorted(numerals)))
    wordy = [p for p in L.VALUED_PHRASES if not set(p) & numerals]
    return (
        "(?=" + numeral + "|" + _class("".join(sorted(free))) + "|"
        + _class("".join(sorted(scan))) + "(?=[^\\n]{0," + str(reach) + "}?" + numeral + ")"
        + ("|" + _class("".join(sorted(pair))) + "(?=" + _class("".join(sorted(seconds))) + ")" if pair else "")
        + "".join("|" + re.escape(p) for p in wordy) + ")"
    )


def build_master(guarded: bool = True) -> re.Pattern[str]:
    """Compile the alternation of all readings (with the fast-rejection guard by default)."""
    alternatives = _alternatives()
    body = "|".join(alternatives)
    if guarded:
        return re.compile(_guard() + "(?:" + body + ")")
    return re.compile(body)


MASTER = build_master()

#: Full-width to ASCII (and similar) one-for-one: offsets are unchanged.
NORMALISE = str.maketrans(L.NORMALISE)

#: An Arabic numeral alone (the scanner splits ratios with it).
ARABIC_RE = re.compile(ARABIC)
