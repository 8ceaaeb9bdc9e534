"""Our quantity parser against Microsoft Recognizers-Text's Chinese spec files.

Reads a local copy of the public repository ``microsoft/Recognizers-Text`` (we
measure at commit 90e968e; only ``Specs/Number/Chinese/*.json`` and
``Specs/NumberWithUnit/Chinese/*.json`` are read), runs
:func:`helpers.quantities.find_quantities` on every case's input and scores each
expected result. Nothing of the suite is copied into the project: give the path
of the copy on the command line; without one the script says so and exits 0.

    python bench/spec_eval.py /work/ext/Recognizers-Text          # per-file table and patterns
    python bench/spec_eval.py /work/ext/Recognizers-Text --list wrong,missed
    python bench/spec_eval.py /work/ext/Recognizers-Text --csv reports/spec-eval.csv

Getting a copy (outside the project)::

    git clone https://github.com/microsoft/Recognizers-Text /tmp/rt && git -C /tmp/rt checkout 90e968e

Scoring, per expected result (the suite's ``Start``/``End`` span, ``End`` inclusive):

* **right** — a mention of ours overlaps the span and states the expected number:
  a number as itself (a fraction of ours, kept in percent, also as a share:
  五分之一 is 20 % or 0.2); a percentage as the number before % (our ‰, 万分之 and
  个百分点 are in percent or percentage points already); money as amount plus
  currency; a dimension, age or temperature as amount in the same unit (compared
  in a base unit: 3 千比特 = 3000 比特); an ordinal as its index; a range by both
  ends (an at-least or at-most bound by its bound, a two-sided range by the
  midpoint of its written ends and an interval that holds both).
* **report reading** — ours reads it the way a mainland report means it and the
  suite does not (listed one by one, counted apart): a unit named without a
  number (人民币, °C alone) is not a quantity; the digits of a date are a date, not
  three numbers; an open bound the text itself closes (十几万 is 11–19万, not
  "more than 10万"; 五百多 stops below 600).
* **wrong** — mentions of ours overlap the span, none with the expected number.
* **missed** — no mention of ours overlaps the span.
* **extra** — a claim of ours of the file's kind (a number for the number model,
  money for the currency model, …) that overlaps no expected result; extras where
  the suite expects nothing but a report means a figure (百分之二三十 is 20–30 %)
  are listed as report readings.

Cases the suite's own .NET build fails are left out: those whose ``NotSupported``
(or ``NotSupportedByDesign``) names ``dotnet``, and any marked ``Debug``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    from helpers.quantities import find_quantities
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(ROOT / "src"))
    from helpers.quantities import find_quantities

SPEC_DIRS = ("Specs/Number/Chinese", "Specs/NumberWithUnit/Chinese")
COMMIT = "90e968e"

# ----------------------------------------------------------------- units compared
#: The suite's unit names -> (dimension, factor to a base unit).
SUITE_UNITS = {
    "Mu": ("area", 1.0), "Kilogram": ("mass", 1000.0), "Gram": ("mass", 1.0), "Microgram": ("mass", 1e-6),
    "Ton": ("mass", 1e6), "Jin": ("mass", 500.0), "Liang": ("mass", 50.0),
    "Centimeter": ("length", 0.01), "Meter": ("length", 1.0), "Kilometer": ("length", 1000.0),
    "Bit": ("data", 1.0), "Kilobit": ("data", 1e3), "Kilobyte": ("data", 8e3), "Megabyte": ("data", 8e6),
    "Hertz": ("frequency", 1.0), "Megahertz": ("frequency", 1e6), "Kilowatt": ("power", 1e3),
    "Kilocalorie": ("heat", 1e3),
    "Year": ("time", 365.0), "Month": ("time", 30.0), "Week": ("time", 7.0), "Day": ("time", 1.0),
    "C": ("celsius", 1.0), "F": ("fahrenheit", 1.0), "Degree": ("degree", 1.0),
}
#: Our units -> (dimension, factor to the same base unit).
OUR_UNITS = {
    "亩": ("area", 1.0), "公斤": ("mass", 1000.0), "克": ("mass", 1.0), "毫克": ("mass", 1e-3),
    "微克": ("mass", 1e-6), "吨": ("mass", 1e6), "斤": ("mass", 500.0), "两": ("mass", 50.0),
    "厘米": ("length", 0.01), "毫米": ("length", 0.001), "米": ("length", 1.0), "公里": ("length", 1000.0),
    "比特": ("data", 1.0), "字节": ("data", 8.0),
    "赫兹": ("frequency", 1.0), "千瓦": ("power", 1e3), "兆瓦": ("power", 1e6), "千卡": ("heat", 1e3),
    "年": ("time", 365.0), "岁": ("time", 365.0), "个月": ("time", 30.0), "周": ("time", 7.0),
    "天": ("time", 1.0),
    "℃": ("celsius", 1.0), "℉": ("fahrenheit", 1.0), "度": ("degree", 1.0),
}
#: Our money units -> the suite's isoCurrency (or its unit name where it gives no code).
CURRENCIES = {
    "元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP",
    "新台币": "TWD", "瑞士法郎": "CHF", "奈拉": "NGN", "美分": "USD", "$": "Dollar", "比特币": "Bitcoin",
}
#: Which of our mentions count as extras in each model's file.
MODEL_KINDS = {
    "NumberModel": None,  # every claim
    "PercentModel": {"percent", "percent_point", "fraction"},
    "OrdinalModel": {"rank", "ordinal"},
    "CurrencyModel": {"money"},
    "DimensionModel": {"distance", "area", "weight", "volume", "energy", "power", "speed", "concentration",
                       "data"},
    "AgeModel": {"age"},
    "TemperatureModel": {"temperature"},
}
RANGE_QUALIFIERS = {"range", "at_least", "at_most"}


# ------------------------------------------------------------------ loading
@dataclass
class Expected:
    file: str
    model: str
    case: int
    input: str
    text: str
    start: int
    end: int            # exclusive
    type_name: str
    value: object       # float, (low, high) for a range, or None
    unit: str | None = None


@dataclass
class Outcome:
    expected: Expected
    status: str          # right | report | wrong | missed
    ours: list = field(default_factory=list)
    reason: str = ""
    pattern: str = ""


def excluded(case: dict) -> bool:
    """A case the suite's own .NET build fails (or runs only in Debug)."""
    for key in ("NotSupported", "NotSupportedByDesign"):
        if "dotnet" in str(case.get(key, "")).lower():
            return True
    return bool(case.get("Debug"))


def _number(s) -> float | None:
    if s is None:
        return None
    s = str(s).strip().rstrip("%")
    return float(s) if s else None


def _range(s: str):
    """'(20,35]' -> (20.0, 35.0); an open side is None."""
    body = s.strip()[1:-1]
    lo, hi = (p.strip() for p in body.split(","))
    return (float(lo) if lo else None, float(hi) if hi else None)


def load(root: Path):
    """(file name, list of cases, list of Expected, number of cases left out)."""
    files = []
    for folder in SPEC_DIRS:
        for path in sorted((root / folder).glob("*.json")):
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            kept, expected, left_out = [], [], 0
            model = path.stem
            name = f"{folder.split('/')[1]}/{path.name}"
            for i, case in enumerate(cases):
                if excluded(case):
                    left_out += 1
                    continue
                kept.append((i, case))
                for r in case.get("Results", []):
                    res = r.get("Resolution") or {}
                    raw = res.get("value")
                    if model.startswith("NumberRange"):
                        value = _range(raw)
                    else:
                        value = _number(raw)
                    unit = res.get("isoCurrency") or res.get("unit")
                    expected.append(Expected(name, model, i, case["Input"], r["Text"], r["Start"],
                                             r["End"] + 1, r.get("TypeName", ""), value, unit))
            files.append((name, model, kept, expected, left_out))
    return files


# ------------------------------------------------------------------ scoring
def close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or abs(a - b) < 1e-9


def agrees(e: Expected, m) -> bool:
    """Does our mention ``m`` state the number ``e`` expects (see the module docstring)?"""
    v = m.value
    if e.model.startswith("NumberRange"):
        lo, hi = e.value
        if lo is not None and hi is not None and lo != hi:
            return (m.qualifier == "range" and v is not None and close(v, (lo + hi) / 2)
                    and m.low <= lo + 1e-9 and m.high >= hi - 1e-9)
        if lo is not None and hi is not None:
            return v is not None and close(v, lo) and m.qualifier in ("exact", "approx")
        share = v / 100 if (v is not None and m.unit == "%") else None  # 超过1/2: 50 % is 0.5
        if lo is not None:
            return m.qualifier == "at_least" and v is not None and (close(v, lo) or share is not None
                                                                       and close(share, lo))
        return m.qualifier == "at_most" and v is not None and (close(v, hi) or share is not None
                                                                  and close(share, hi))
    if e.value is None or v is None:
        return False
    x = e.value
    if e.model == "NumberModel":
        if close(v, x):
            return True
        return m.unit == "%" and close(v / 100, x)
    if e.model == "PercentModel":
        return m.unit in ("%", "个百分点") and close(v, x)
    if e.model == "OrdinalModel":
        return m.kind in ("rank", "ordinal") and close(v, x)
    if e.model == "CurrencyModel":
        return m.kind == "money" and close(v, x) and CURRENCIES.get(m.unit) == e.unit
    # dimensions, ages, temperatures: the same quantity in a base unit
    theirs, ours = SUITE_UNITS.get(e.unit), OUR_UNITS.get(m.unit)
    if theirs is None or ours is None or theirs[0] != ours[0]:
        return False
    return close(v * ours[1], x * theirs[1])


def report_reading(e: Expected, overlapping) -> str:
    """Why a mainland report reads this differently from the suite, or ''."""
    if e.value is None:
        return "a unit named without a number is not a quantity"
    covering = [m for m in overlapping if m.start <= e.start and e.end <= m.end]
    for m in covering:
        if m.kind in ("date", "time", "period"):
            return f"the digits of a {m.kind} are a {m.kind}, not separate numbers"
    if e.unit == "Degree":
        for m in overlapping:
            if m.unit == "℃" and m.value is not None and close(m.value, e.value):
                return "度 of a temperature is Celsius in a mainland report"
    if isinstance(e.value, float):
        for m in overlapping:
            if (m.qualifier == "range" and e.text in m.text and m.low is not None
                    and m.low <= e.value <= m.high and m.text != e.text):
                return "the number is one end of a range (5-20% is 5 to 20 %)"
    if e.model.startswith("NumberRange"):
        lo, hi = e.value
        for m in covering:
            if (lo is not None and hi is None and m.value is None and m.qualifier == "range"
                    and lo <= m.low <= 1.5 * lo and math.isfinite(m.high)):
                return "the text closes the open bound (十几万 is 11–19万, not more than 10万)"
    return ""


def extra_reading(m) -> str:
    """Why an extra of ours is a figure a report means, where the suite expects nothing; else ''."""
    if m.qualifier == "range" and m.value is not None and re.search("[一二两三四五六七八九][二三四五六七八九]十", m.text):
        return "two adjacent digits before 十 are a range (百分之二三十 is 20–30 %)"
    return ""


#: Failure patterns, by the form of the expected text (first that applies).
PATTERNS = [
    ("spaces inside a numeral", re.compile(r"\S\s+\S")),
    ("scientific notation, ^, k/M suffixes", re.compile(r"[0-9][eE^]|[0-9.]\s*[kKM]\b|[0-9][kK]")),
    ("dozen 打", re.compile("打")),
    ("mixed fraction 又 / a b/c", re.compile(r"又|[0-9]\s+[0-9]+/")),
    ("兆 as 10^12", re.compile("兆")),
    ("financial or traditional numerals", re.compile("[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩負點幾個對雙]")),
    ("two-sided comparison", re.compile("(大于|小于|多于|少于|以上|以下|最多|最少|比).*(大于|小于|多于|少于|以上|以下|最多|最少|大|小|低)")),
    ("comparison word", re.compile("大于|小于|不少于|不大于|不小于|超过|至少|最多|低于|高于|以上|以下|之下|[≥≤<>]|过|或者|等于")),
    ("range wording (和…之间, 到, –)", re.compile("之间|间|到|至|[~–—-]")),
    ("fraction 分之 or /", re.compile("分之|/")),
    ("percent or 折/成", re.compile("百分|%|折|成")),
    ("vague 几/余/多", re.compile("[几余多]")),
    ("currency or unit", re.compile("[元币镑郎拉$￥米克吨斤两度岁周月天]")),
]


def pattern_of(e: Expected) -> str:
    for name, rx in PATTERNS:
        if rx.search(e.text):
            return name
    return "other"


STYLE_EXOTIC = re.compile(r"\S\s+\S|[0-9][eE^]|[0-9.]\s*[kKM]\b|[0-9][kK]|打|又|兆|"
                          "[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩負點幾個對雙倆]|[0-9]\\s+[0-9]+/")


def report_style(e: Expected) -> bool:
    """Written the way a mainland report writes numbers (no inner spaces, simplified standard
    numerals, no scientific notation, dozens or mixed fractions)."""
    return not STYLE_EXOTIC.search(e.input[max(0, e.start - 2):e.end + 2])


def score_file(model: str, kept, expected: list[Expected]):
    by_case = collections.defaultdict(list)
    for e in expected:
        by_case[e.case].append(e)
    outcomes, extras = [], []
    kinds = MODEL_KINDS.get(model)
    for i, case in kept:
        mentions = find_quantities(case["Input"])
        exp = by_case.get(i, [])
        for e in exp:
            over = [m for m in mentions if m.start < e.end and e.start < m.end]
            if any(agrees(e, m) for m in over):
                status, reason = "right", ""
            else:
                reason = report_reading(e, over)
                status = "report" if reason else ("wrong" if over else "missed")
            outcomes.append(Outcome(e, status, over, reason, "" if status in ("right", "report") else pattern_of(e)))
        for m in mentions:
            if not m.is_claim:
                continue
            if model.startswith("NumberRange"):
                if m.qualifier not in RANGE_QUALIFIERS:
                    continue
            elif kinds is not None and m.kind not in kinds:
                continue
            if any(m.start < e.end and e.start < m.end for e in exp):
                continue
            extras.append((case["Input"], m, extra_reading(m)))
    return outcomes, extras


def describe(m) -> str:
    bounds = "" if m.low is None else f" [{m.low:g}, {m.high:g}]"
    value = "None" if m.value is None else f"{m.value:g}"
    return f"{m.text}={value}{m.unit or ''} {m.kind}/{m.qualifier}{bounds}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path,
                        help=f"a local copy of microsoft/Recognizers-Text (at commit {COMMIT})")
    parser.add_argument("--list", default="", help="print these outcomes one by one: wrong,missed,report,extra")
    parser.add_argument("--csv", type=Path, help="write every outcome to this CSV file")
    args = parser.parse_args(argv)
    if args.path is None or not (args.path / SPEC_DIRS[0]).is_dir():
        where = "no path given" if args.path is None else f"{args.path} has no {SPEC_DIRS[0]}"
        print(f"spec evaluation skipped: {where}. Pass the path of a local copy of microsoft/Recognizers-Text "
              f"(commit {COMMIT}), e.g. python bench/spec_eval.py /work/ext/Recognizers-Text")
        return 0

    files = load(args.path)
    wanted = {w.strip() for w in args.list.split(",") if w.strip()}
    print(f"Recognizers-Text Chinese specs at {args.path}; cases the .NET build fails left out")
    header = (f"{'file':<44} {'cases':>5} {'left':>4} {'expected':>8} {'right':>5} {'report':>6} {'wrong':>5}"
              f" {'missed':>6} {'extras':>6} {'score':>6}")
    print(header)
    totals = collections.Counter()
    style = collections.Counter()
    all_outcomes, all_extras, patterns = [], [], collections.Counter()
    for name, model, kept, expected, left_out in files:
        outcomes, extras = score_file(model, kept, expected)
        c = collections.Counter(o.status for o in outcomes)
        n = len(outcomes)
        good = c["right"] + c["report"]
        print(f"{name:<44} {len(kept):>5} {left_out:>4} {n:>8} {c['right']:>5} {c['report']:>6} {c['wrong']:>5}"
              f" {c['missed']:>6} {len(extras):>6} {(good / n if n else 1):>6.1%}")
        totals.update(c)
        totals["expected"] += n
        totals["cases"] += len(kept)
        totals["left"] += left_out
        totals["extras"] += len(extras)
        for o in outcomes:
            key = "report-style" if report_style(o.expected) else "other"
            style[key, "n"] += 1
            style[key, "good"] += o.status in ("right", "report")
            if o.pattern:
                patterns[o.pattern] += 1
        all_outcomes += outcomes
        all_extras += extras
    n = totals["expected"]
    good = totals["right"] + totals["report"]
    print(f"{'all':<44} {totals['cases']:>5} {totals['left']:>4} {n:>8} {totals['right']:>5} {totals['report']:>6}"
          f" {totals['wrong']:>5} {totals['missed']:>6} {totals['extras']:>6} {good / n:>6.1%}")
    print()
    print(f"right value: {totals['right']}/{n} = {totals['right'] / n:.1%} strictly; "
          f"{good}/{n} = {good / n:.1%} with the report readings below")
    for key in ("report-style", "other"):
        if style[key, "n"]:
            print(f"  {key:<13} {style[key, 'good']}/{style[key, 'n']} = {style[key, 'good'] / style[key, 'n']:.1%}")

    print()
    print("failure patterns left (wrong + missed, by the form of the expected text)")
    for name, count in patterns.most_common():
        print(f"  {count:4d}  {name}")

    reports = [o for o in all_outcomes if o.status == "report"]
    report_extras = [x for x in all_extras if x[2]]
    print()
    print(f"where the suite's reading and a report's differ (the report's reading kept): "
          f"{len(reports)} expected results, {len(report_extras)} extras")
    for o in reports:
        ours = "; ".join(describe(m) for m in o.ours) or "nothing"
        print(f"  {o.expected.file}: {o.expected.input[:40]!r} expects {o.expected.text!r}={o.expected.value}"
              f" — ours {ours} — {o.reason}")
    for text, m, why in report_extras:
        print(f"  extra: {text[:40]!r} — ours {describe(m)} — {why}")

    for status in ("wrong", "missed"):
        if status in wanted:
            print()
            print(status)
            for o in all_outcomes:
                if o.status == status:
                    ours = "; ".join(describe(m) for m in o.ours) or "nothing"
                    print(f"  [{o.pattern}] {o.expected.file.split('/')[1]}: {o.expected.input[:50]!r} expects "
                          f"{o.expected.text!r}={o.expected.value}{o.expected.unit or ''} — ours {ours}")
    if "extra" in wanted:
        print()
        print("extras")
        for text, m, why in all_extras:
            if not why:
                print(f"  {text[:50]!r}: {describe(m)}")

    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        with args.csv.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "case", "input", "expected_text", "expected_value", "expected_unit",
                             "status", "ours", "reason", "pattern"])
            for o in all_outcomes:
                e = o.expected
                writer.writerow([e.file, e.case, e.input, e.text, e.value, e.unit, o.status,
                                 "; ".join(describe(m) for m in o.ours), o.reason, o.pattern])
        print(f"wrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
