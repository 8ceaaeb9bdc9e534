"""Relations among a table's columns found by their arithmetic, where the header's words give none.

:mod:`~.tables` reads what a header's words say a column is (``上年同期``, ``增减(%)``, ``占…比重``). Tables often
state more than their words tell a reader who does not know the genre: ``结汇 | 售汇 | 差额`` (the third is the first
less the second), ``2025年预算 | 2024年预算 | 增减额 | 增减(%)`` (budgets, which are no levels to the words), a
column of ``环比`` on the row above, a column of shares of the 全省 row. A column no reading of the words took is
tried here against the other columns: each pair of them under a few operations (the difference, the sum, the
growth in percent either way, the quotient in percent, a margin, a product or a quotient with its factor: 每10股 ×
基数 / 10), the same column a row above (growth and change), the column's own cell a row above (a stock: 年末总数 =
the year before's + 当年新建), one row of the same column (a share of a total row) and one figure of the text (发病率
per 10万 over the 常住人口 stated before the table or in its notes). The one operation that fits at least :data:`FIT_ROWS` rows and
more than half of the rows that have its cells, to their rounding, with no other as many, is the column's
relation, and every row is judged by it: a row that misses is that row's slip (a planted or printed error is one
row; a reading found by chance does not hold on three rows of figures to their last digit). Rows whose figures
fit the operation with the sign turned are shown, not judged (a fall printed without its minus under a header of
change). A figure of the text that is the sum of a run of a column's rows (上半年 = 一季度 + 二季度) is fitted to them
(:func:`text_totals`), never accused.

>>> from helpers.claims.relations import find_in_text
>>> text = ("月份 | 结汇 | 售汇 | 差额\\n1月 | 178.42 | 164.86 | 43.56\\n2月 | 152.36 | 118.53 | 33.83\\n"
...         "3月 | 186.57 | 126.94 | 59.63\\n4月 | 181.09 | 119.49 | 61.60\\n")
>>> [check.description for check in find_in_text("标题\\n" + text)][0]
'1月: 43.56 (差额) recomputed as 178.42 (结汇) − 164.86 (售汇)'
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.fits import digits
from helpers.claims.relations.passage import Document, Figure, unit_name

if TYPE_CHECKING:
    from helpers.claims.relations.tables import Column, Row, Table

FIT_ROWS = 3           # rows an operation must fit, and more than half of those with its cells, to be a column's relation
NOTES = 400           # characters after a table's last cell whose figures (its 注) a column may be over
WHOLES = 60           # figures of the text tried as the one figure a column is over
WHOLE_DIGITS = 3      # significant digits such a figure needs
SAMPLE = 6            # rows tried before an operation that fits fewer than two of them is given up
NARROW = 3.0          # what the terms give, in evidence, at most this times as wide as the stated figure's rounding
CLOSE = 0.005         # or within this share of it either side (每10股 1.80元, ±0.005, times 312,450,000 shares: ±0.28%)
EVIDENCE_DIGITS = 2   # significant digits a stated cell needs to count as evidence (a 3 fits too much by chance)
#: a total row, whose cells the other rows' shares are of
TOTAL_LABEL = re.compile(r"合\s*计|总\s*计|全\s*[国省市县区州盟旗]|^全部$|^总体$|^全年$")


@dataclass(frozen=True)
class Operation:
    """One way a column may follow from two cells: its kind, formula over ``a`` and ``b``, words, and the bounds of
    the result from the intervals of ``a`` and ``b`` (None where it is not defined: a divisor that may be 0)."""
    kind: str
    formula: str
    words: str                                        # "{a} − {b}": how a description writes it
    bounds: Callable[[tuple[float, float], tuple[float, float]], tuple[float, float] | None]
    percent: bool = False


def _difference(a, b):
    return a[0] - b[1], a[1] - b[0]


def _sum(a, b):
    return a[0] + b[0], a[1] + b[1]


def _quotient(a, b):
    if b[0] <= 0 or a[0] < 0:
        return None
    return a[0] / b[1] * 100, a[1] / b[0] * 100


def _growth(a, b):
    q = _quotient(a, b)
    return None if q is None else (q[0] - 100, q[1] - 100)


def _fall(a, b):
    q = _quotient(a, b)
    return None if q is None else (100 - q[1], 100 - q[0])


def _margin(a, b):
    if a[0] <= 0:
        return None
    return (1 - b[1] / a[0]) * 100, (1 - b[0] / a[1]) * 100


def _scaled(factor: float, times: bool):
    """Bounds of a × b / factor (``times``) or a / b × factor, for terms that are not negative."""
    def bounds(a, b):
        if a[0] < 0 or b[0] < 0 or not times and b[0] == 0:
            return None
        if times:
            return a[0] * b[0] / factor, a[1] * b[1] / factor
        return a[0] / b[1] * factor, a[1] / b[0] * factor
    return bounds


RUNNING = Operation("sum", "a + b", "{a} + {b}", _sum)
#: the header of a column that is a stock carried from row to row (累计, 年末…总数, 保有量, 余额), which alone is read
#: as a running total: a series that merely rises fits one by chance
STOCK = re.compile(r"累计|年末|期末|末|总数|总量|保有|存量|余额|里程")
OPERATIONS = (
    Operation("difference", "a - b", "{a} − {b}", _difference),
    Operation("sum", "a + b", "{a} + {b}", _sum),
    Operation("growth", "(a / b - 1) * 100", "the growth of {a} on {b}, in percent", _growth, percent=True),
    Operation("growth", "(1 - a / b) * 100", "100 less {a} over {b}, in percent (a fall, or 合格率 from 不合格)", _fall, percent=True),
    Operation("share", "a / b * 100", "{a} over {b}, in percent", _quotient, percent=True),
    Operation("ratio", "(a - b) / a * 100", "({a} − {b}) over {a}, in percent (a margin)", _margin, percent=True),
    # 单价 × 数量 = 金额; 每10股派息 × 分红基数 / 10 = 现金分红总额; 票房 / 人次 = 平均票价, per 万 or 10万 people
    *(Operation("rate", f"a * b / {k}" if k > 1 else "a * b", f"{{a}} × {{b}}{f' / {k}' if k > 1 else ''}",
                _scaled(k, True)) for k in (1, 10, 100)),
    *(Operation("ratio", f"a / b * {k}" if k > 1 else "a / b", f"{{a}} over {{b}}{f' × {k}' if k > 1 else ''}",
                _scaled(k, False)) for k in (1, 1000, 10000, 100000)),
)


@dataclass(frozen=True)
class Reading:
    """A column's relation: the operation, where ``a`` and ``b`` come from, and how many rows fit of how many."""
    operation: Operation
    a: int                  # the column of a
    b: int | None           # the column of b; None: the same column as a, in another row
    shift: int | None       # b in the row above (1); None with b None: in the total row
    fits: int
    rows: int
    total: Row | None = None
    rows_fitted: frozenset[int] = frozenset()
    whole: Figure | None = None      # b is this figure of the text, in every row


def discovered(document: Document, table: Table, findings: list[Finding]) -> Iterator[Finding]:
    """Each row's figure of every column most of whose cells the readings of the words (``findings``) do not state, judged
    by the one operation over other cells most of its rows fit; not where a reading relates the same three cells
    (男 = 合计 − 女 where 合计 = 男 + 女 is read)."""
    read = {f.spec["stated"] for f in findings if f.spec.get("stated") and not f.doubt}
    known = {frozenset([*f.spec["uses"].values(), *([f.spec["stated"]] if f.spec.get("stated") else [])])
             for f in findings}
    rows = [row for row in table.rows if any(cell.figure is not None for cell in row.cells[1:])]
    in_table = table.cells
    last = max((cell.start for row in table.rows for cell in row.cells), default=table.start)
    # the figures of the text a column may be over (常住人口 862.37万人 for 发病率(1/10万)): before the table, or in
    # the notes right under it; precise ones only, since every row is tried over each
    from helpers.claims.relations.tables import table_cells     # (tables imports this module)
    cells_anywhere = table_cells(document)      # another table's cell is no figure of the text (表2's 合计 20,700)
    wholes = [f for f in document.earlier(last + NOTES, WHOLES) if f.claim_id not in in_table
              and f.claim_id not in cells_anywhere and f.amount and f.value > 0 and digits(f) >= WHOLE_DIGITS]
    for column in reversed(table.columns[1:]):      # a column that follows from others stands to their right
        cells = [row.figure(column.index) for row in rows]
        cells = [f for f in cells if f is not None]
        if len(cells) < FIT_ROWS or sum(f.claim_id in read for f in cells) * 2 > len(cells):
            continue                   # a column the words read (its total row's cell alone may be a sum's)
        reading = _reading(table, rows, column, wholes)
        if reading is not None:
            for finding in _findings(table, rows, column, reading):
                figures = frozenset([*finding.spec["uses"].values(), finding.spec["stated"]])
                if figures not in known:
                    known.add(figures)       # 售汇 = 结汇 − 差额 once 差额 = 结汇 − 售汇 is read: one relation
                    yield finding


def _interval(figure: Figure | None) -> tuple[float, float] | None:
    if figure is None or math.isnan(figure.low) or math.isnan(figure.high):
        return None
    return figure.low, figure.high


def _terms(rows: list[Row], i: int, a: int, b: int | None, shift: int | None,
           total: Row | None, whole: Figure | None = None) -> tuple[Figure | None, Figure | None]:
    """The figures ``a`` and ``b`` of row ``i`` under a reading."""
    row = rows[i]
    if whole is not None:
        return row.figure(a), whole
    if b is not None and shift is None:
        return row.figure(a), row.figure(b)
    if shift is not None:               # the same column a row above, or (b) the stated column's: a running total
        return row.figure(a), rows[i - shift].figure(a if b is None else b) if i >= shift else None
    return row.figure(a), total.figure(a) if total is not None and total is not row else None


def _fit(operation: Operation, x: Figure, y: Figure, stated: Figure) -> bool | None:
    """Whether the stated figure lies in the bounds the operation gives ``x`` and ``y``; None where it cannot tell."""
    bounds = operation.bounds(_interval(x), _interval(y))
    if bounds is None:
        return None
    return bounds[0] - 1e-9 <= stated.high and stated.low <= bounds[1] + 1e-9


def _evidence(operation: Operation, x: Figure, y: Figure, stated: Figure) -> bool:
    """A row whose fit tells something: a stated figure of two digits or more that is neither term (a − 0 = a tells
    nothing) nor a whole's 100%, and terms precise enough that what they give is hardly wider than the stated figure's
    rounding or a small share of it (10 over 6, each ±0.5, gives any growth from 46% to 91%)."""
    bounds = operation.bounds(_interval(x), _interval(y))
    return digits(stated) >= EVIDENCE_DIGITS and x.value != 0 and y.value != 0 \
        and stated.value not in (x.value, y.value) and stated.value != 0 and bounds is not None \
        and not (operation.percent and stated.value == 100) \
        and bounds[1] - bounds[0] <= max(NARROW * (stated.high - stated.low), 2 * CLOSE * abs(stated.value))


def _over_whole(scale: float) -> tuple[Operation, ...]:
    """A column's cells (in units of ``scale``) over one figure of the text, in percent, per 1,000, 万 or 10万."""
    return tuple(Operation("rate", f"a * {k * scale:g} / b", f"{{a}} over {{b}}, {words}", _scaled(k * scale, False),
                           percent=k == 100) for k, words in PER)


PER = ((100, "in percent"), (1_000, "per 1,000"), (10_000, "per 万"), (100_000, "per 10万"))


def _reading(table: Table, rows: list[Row], column: Column, wholes: list[Figure]) -> Reading | None:
    """The one operation over other cells that most rows of ``column`` fit, if it fits enough of them."""
    others = [c.index for c in table.columns[1:] if c is not column
              and sum(r.figure(c.index) is not None for r in rows) >= FIT_ROWS]
    totals = [r for r in rows if TOTAL_LABEL.search(r.label)]
    shapes = [(a, b, None, None, None, OPERATIONS) for a in others for b in others if a != b]
    shapes += [(a, None, 1, None, None, OPERATIONS) for a in others]
    if STOCK.search(column.header):     # 年末公园总数 = the year before's + 当年新建: a stock its header names
        shapes += [(a, column.index, 1, None, None, (RUNNING,)) for a in others]
    shapes += [(a, None, None, total, None, OPERATIONS) for a in others for total in totals[:1]]
    shapes += [(a, None, None, None, whole, _over_whole(table.columns[a].scale)) for a in others for whole in wholes]
    readings = []
    for a, b, shift, total, whole, operations in shapes:
        for operation in operations:
            if b is None and whole is None and operation.kind == "sum":
                continue
            fits = tried = 0
            fitted: list[int] = []
            for i, row in enumerate(rows):
                stated = row.figure(column.index)
                x, y = _terms(rows, i, a, b, shift, total, whole)
                if stated is None or x is None or y is None:
                    continue
                fit = _fit(operation, x, y, stated)
                if fit is None:
                    continue
                tried += 1
                if fit and _evidence(operation, x, y, stated):
                    fits += 1
                    fitted.append(i)
                if tried == SAMPLE and fits < 2:
                    break             # most rows of a long table cannot fit: not read further (a table stays linear)
            if fits >= FIT_ROWS and fits * 2 > tried:
                readings.append(Reading(operation, a, b, shift, fits, tried, total, frozenset(fitted), whole))
    if not readings:
        return None
    most = max(r.fits for r in readings)
    best = [r for r in readings if r.fits == most]
    if len({r.rows_fitted for r in best}) > 1:
        return None                    # two readings that fit different rows: which is meant, the figures cannot say
    # readings that fit the same rows say one thing (增减(%) is 2026 over 2025, or 增减额 over 2025): the first of
    # the operations, over two levels before a change of them
    return best[0]


def _findings(table: Table, rows: list[Row], column: Column, reading: Reading) -> Iterator[Finding]:
    from helpers.claims.relations.tables import RATE_ROW
    operation = reading.operation
    a_header = table.columns[reading.a].header
    if reading.whole is not None:
        b_header = reading.whole.clause or reading.whole.text
    elif reading.b is not None and reading.shift is not None:
        b_header = f"{table.columns[reading.b].header}, the row above"
    elif reading.b is not None:
        b_header = table.columns[reading.b].header
    elif reading.shift is not None:
        b_header = f"{a_header}, the row above"
    else:
        b_header = f"{a_header}, {reading.total.label}"
    how = (f"a table: the column “{column.header}” is {operation.words.format(a=a_header, b=b_header)} in "
           f"{reading.fits} of its {reading.rows} rows, to their rounding, and no other reading of its columns fits as "
           "many: every row is read so")
    turned = next(o for o in OPERATIONS if o.kind == operation.kind and o is not operation) \
        if operation.kind == "growth" else None
    for i, row in enumerate(rows):
        stated = row.figure(column.index)
        x, y = _terms(rows, i, reading.a, reading.b, reading.shift, reading.total, reading.whole)
        fit = None if stated is None or x is None or y is None else _fit(operation, x, y, stated)
        if fit is None:
            continue
        words = operation.words.format(a=f"{x.text} ({a_header})", b=f"{y.text} ({b_header})")
        doubt = ""
        if fit:
            pass
        elif _signs_turned(operation, turned, x, y, stated):
            doubt = "its figures fit the reading with the sign turned: a fall printed without its minus, or a slip"
        elif operation.percent and RATE_ROW.search(row.label):
            doubt = "a row of a rate, whose change a table may give in percentage points"
        yield Finding(operation.kind, f"auto-{operation.kind}-{stated.start}", {
            "description": f"{row.label}: {stated.text} ({column.header}) recomputed as {words}",
            "uses": {"a": x.claim_id, "b": y.claim_id}, "formula": operation.formula, "stated": stated.claim_id,
            "unit": "percent" if operation.percent else unit_name(stated.unit) or _unit(table, column),
            "assumptions": [how]}, doubt=doubt, tiebreak=(stated.start,))


def _unit(table: Table, column: Column) -> str:
    """The unit a column's header gives in brackets (``营业收入（万元）``), else the table's (``单位：亿美元``), else none."""
    from helpers.claims.relations.tables import UNIT_BRACKETS
    found = UNIT_BRACKETS.search(column.header)
    return found.group("unit") if found and not re.search(r"[%％]", found.group("unit")) else table.unit


def _signs_turned(operation: Operation, turned: Operation | None, x: Figure, y: Figure, stated: Figure) -> bool:
    """The stated figure fits the operation once its sign is turned (or the other growth, a fall for a rise)."""
    low, high = -stated.high, -stated.low
    bounds = operation.bounds(_interval(x), _interval(y))
    if bounds is not None and bounds[0] - 1e-9 <= high and low <= bounds[1] + 1e-9:
        return True
    if turned is not None:
        return bool(_fit(turned, x, y, stated))
    return False


RUN_CELLS = 6         # cells of a column at most that a figure of the text is tried as the sum of
RUN_DIGITS = 4        # significant digits such a figure needs (17.85万辆: 4)


#: the words of a share's whole that name the table's total of the column (公司通行费收入总额, 全市, 合计)
TOTAL_WHOLE = re.compile(r"总额|总量|总数|总计|合计|全部|公司|全年|的")
#: how far before a share the row it is of may be named (a clause or two)
ROW_REACH = 60


def row_shares(document: Document, tables: list[Table]) -> Iterator[Finding]:
    """A share the text states of a row a table prints (``岚沙高速是公司核心路产，通行费收入占公司通行费收入总额的
    49.9%`` over the row ``岚沙高速 | … | 168,742.36 |`` and its 合计 row): the row named before the share in its
    clause, no amount of the text between; the column whose measure the words between name (通行费收入); the whole the
    table's total row in that column, when the share names no whole or one its words call the total (总额, 全市, 公司).
    Judged: the row, the measure and the total are each named."""
    from helpers.claims.relations.tables import NUMBERED, TOTAL_ROW, _bare

    if not tables:
        return
    labelled = []               # (label, row, table, total row)
    for table in tables:
        total = next((r for r in table.rows if TOTAL_ROW.search(r.label) and not r.sub), None)
        if total is None:
            continue
        for row in table.rows:
            label = NUMBERED.sub("", row.label).strip()
            if row is not total and not row.sub and len(label) >= 2:
                labelled.append((label, row, table, total))
    if not labelled:
        return
    in_tables = {cid for table in tables for cid in table.cells}
    for members in document.paragraphs:
        for share in members:
            if share.unit != "%" or share.claim_id in in_tables:
                continue
            lead = SHARE_WORDS.search(share.lead)
            if lead is None:
                continue
            whole_name = lead.group("name") or ""
            start = max(document.sentence_start(share.start), share.start - ROW_REACH)
            said = re.split(r"[；;]", document.raw[start:share.start])[-1]
            before = [f for f in members[max(0, share.index - 3):share.index]
                      if f.amount and f.start >= share.start - len(said)]
            if before:
                continue                    # the part is stated in the text (the share finders read it)
            named = [(said.rfind(label), label, row, table, total) for label, row, table, total in labelled
                     if label in said]
            if not named:
                continue
            at, label, row, table, total = max(named, key=lambda n: (n[0], len(n[1])))
            words = said[at + len(label):] + whole_name
            levels = [c for c in table.columns if c.additive and c.role in ("level", "revenue", "cost")
                      and len(_bare(c.header)) >= 2 and _bare(c.header) in words]
            if len(levels) != 1:
                continue
            column = levels[0]
            rest = TOTAL_WHOLE.sub("", whole_name)
            if rest and rest not in _bare(column.header):
                continue                    # 占公司营业收入的, 占全省…的: a whole the table's total is not
            part, whole = row.figure(column.index), total.figure(column.index)
            if part is None or whole is None or whole.value <= part.value:
                continue
            # the total or the row told in the text too (全年公司通行费收入合计 338,022.00万元): the text's, where a
            # reader reads it
            def in_text(cell: Figure) -> Figure | None:
                return next((f for f in document.earlier(share.start, ROW_REACH) if f.claim_id not in in_tables
                             and f.amount and (not column.kind or f.kind == column.kind)
                             and cell.low * column.scale <= f.value <= cell.high * column.scale), None)
            told, own = in_text(whole), in_text(part)
            said_whole, said_part = told or whole, own or part
            scales = (column.scale if own is None else 1.0, column.scale if told is None else 1.0)
            top = f"part * {scales[0]:g}" if scales[0] != 1.0 else "part"
            bottom = f"(whole * {scales[1]:g})" if scales[1] != 1.0 else "whole"
            yield Finding("share", f"auto-share-{share.start}", {
                "description": f"{share.text} as the share of {said_part.text} ({label}, {column.header}) in "
                               f"{said_whole.text}" + ("" if told else f" ({total.label})"),
                "uses": {"part": said_part.claim_id, "whole": said_whole.claim_id},
                "formula": f"{top} / {bottom} * 100",
                "stated": share.claim_id, "unit": "percent",
                "assumptions": [f"the text names the table's row “{label}” and its measure {_bare(column.header)}; "
                                f"the whole is the table's row “{total.label}”"
                                + (f", told in the text as {said_whole.text}" if told else "")]})


#: a share's words: ``占公司通行费收入总额的``, ``占``
SHARE_WORDS = re.compile(r"占(?P<name>[^，。；,;\d]{0,16}?)(?:的)?(?:比重|比例)?(?:为|达到?|是)?$")


def text_totals(document: Document, tables: list[Table]) -> Iterator[Finding]:
    """Figures of the text that are the sum of a run of a column's cells (``上半年全市交易 17.85万辆`` over the rows
    一季度 8.12 and 二季度 9.73 of a table in 万辆): of the report's runs of two to :data:`RUN_CELLS` rows in a column of
    amounts whose unit the table gives, the one that sums to the figure to their rounding, in the figure's unit. Only a
    fit is kept (never an accusation: without words the rows meant are unknown). Looked up in an index of the runs'
    sums, so finding stays linear in the report."""
    from helpers.claims.relations.finding import FITTED
    from helpers.claims.relations.tables import TOTAL_ROW
    runs = []                       # (low, high, cells, column, table)
    for table in tables:
        rows = [r for r in table.rows if not r.sub and not TOTAL_ROW.search(r.label)]
        for column in table.columns[1:]:
            if not column.additive or not column.kind:
                continue
            cells = [r.figure(column.index) for r in rows]
            for i in range(len(cells)):
                for j in range(i + 2, min(len(cells), i + RUN_CELLS) + 1):
                    run = cells[i:j]
                    if any(f is None or f.value <= 0 for f in run):
                        break
                    runs.append((sum(f.low for f in run) * column.scale, sum(f.high for f in run) * column.scale,
                                 run, column, [r.label for r in rows[i:j]]))
    if not runs:
        return
    index = _by_low(runs)
    in_tables = {cid for table in tables for cid in table.cells}
    for members in document.paragraphs:
        for total in members:
            if total.claim_id in in_tables or not total.amount or digits(total) < RUN_DIGITS or total.value <= 0:
                continue
            fitting = [(run, column, labels) for _, _, run, column, labels in _overlapping(index, total.low, total.high)
                       if column.kind == total.kind and run[0].start != total.start]
            if len(fitting) != 1:
                continue
            run, column, labels = fitting[0]
            names = " + ".join(f.text for f in run)
            yield Finding("sum", f"auto-fit-sum-{total.start}", {
                "description": f"{names} ({column.header}: {'、'.join(labels)}) fits {total.text}",
                "uses": {f"part{n}": f.claim_id for n, f in enumerate(run, 1)},
                "formula": " + ".join(f"part{n}" for n in range(1, len(run) + 1)) if column.scale == 1 else
                f"({' + '.join(f'part{n}' for n in range(1, len(run) + 1))}) * {column.scale:g}",
                "stated": total.claim_id, "unit": unit_name(total.unit),
                "assumptions": [f"{FITTED}: no words the finders read tie {total.text} ({total.clause}) to the rows "
                                f"{'、'.join(labels)} of the column “{column.header}”; of every run of rows of the "
                                "report's tables, theirs alone sums to it to the rounding the text allows, which suggests "
                                "it is their total — a coincidence is possible; nothing is accused where no run fits"]},
                only_if_consistent=True, tiebreak=(run[0].start,))


def _by_low(items: list[tuple]) -> tuple[list[tuple], list[float], float]:
    """Items whose first two fields are an interval (low, high in the text's units), sorted by low, with the lows and
    the widest interval: an index :func:`_overlapping` looks values up in, so matching stays linear in the report."""
    items = sorted(items, key=lambda item: item[0])
    return items, [item[0] for item in items], max(item[1] - item[0] for item in items)


def _overlapping(index: tuple[list[tuple], list[float], float], low: float, high: float) -> list[tuple]:
    """The items of an index (:func:`_by_low`) whose interval meets [low, high]."""
    items, lows, widest = index
    return [item for item in items[bisect.bisect_left(lows, low - widest):bisect.bisect_right(lows, high)]
            if item[1] >= low]


LEVEL_DIGITS = 4      # significant digits a text's level needs to be taken for a table's cell by its value alone
#: the words of an earlier column's header by what a text's change is on (``上年末`` for 比年初, ``上年同期`` for 同比)
BASE_HEADERS = {"the start of the year": re.compile(r"(?<!上)上年末|(?<!上)上年底|年初|期初"),
                "a year before": re.compile(r"(?<!上)上年(?!末|底)|去年(?!末|底)|同期")}     # 上上年度: two years before
YEAR_HEADER = re.compile(r"(?:19|20)\d{2}")
#: a header naming a whole year or its end only (2024年, 2023年末), no part of it
WHOLE_YEAR_HEADER = re.compile(r"\s*(?:19|20)\d{2}年?(?:末|底|度)?\s*$")


def _bases_of(level: str, earlier: str) -> set[str]:
    """What a change may be on when a table prints a level under ``level`` beside an earlier figure under ``earlier``:
    the start of the year for 上年末/年初, a year before for 上年同期 or a year header one less than the level's
    (2024年 beside 2023年; not a 2019 benchmark)."""
    bases = {on for on, words in BASE_HEADERS.items() if words.search(earlier)}
    years = YEAR_HEADER.findall(level), YEAR_HEADER.findall(earlier)
    if years[0] and years[1] and int(years[1][0]) == int(years[0][0]) - 1:
        bases.add("a year before")
        if WHOLE_YEAR_HEADER.match(level) and WHOLE_YEAR_HEADER.match(earlier):
            bases.add("the start of the year")      # 2024年 | 2023年 of a year's end: 较上年末 is on 2023年's
    if years[1] and WHOLE_YEAR_HEADER.match(earlier):
        bases.add(years[1][0])                      # 比2022年 on the column 2022年
    return bases


def text_bases(document: Document, tables: list[Table], found: list[Finding]) -> Iterator[Finding]:
    """A change the text states of a level a table prints with its earlier figure (``捐赠收入 9,652.18万元，增长
    11.3%`` over the row ``捐赠收入 | 9,652.18 | 8,671.25`` of a table in 万元): the text's rate or amount recomputed
    from the table's earlier cell, where the text leaves its base unstated (a figure the finders could only derive).
    The level is the table's cell when their values agree to the rounding, in the table's unit, and — for a figure
    of fewer than :data:`LEVEL_DIGITS` digits — the row's label shares words with the level's; one such cell in the
    report, in a column of levels beside a column of earlier ones whose header speaks of the change's base
    (上年末 for 比年初, 上年同期 or the year before the level's for 同比 — and, in a table of whole years, for 较上年末
    too; 比2022年 on the column 2022年; a change on nothing those words name, 比一季度, is left alone); a row whose unit
    a 单位 column gives is read in it; the same row in two tables is one earlier figure. Cells are looked up by value (sorted, bisected), so this stays linear in the report. A change the row prints
    itself is the table's to judge (:mod:`~.tables`): told again in the text, it is shown only where it fits. Growth at comparable prices (增加值) is shown, not judged."""
    from helpers.claims.relations.changes import BASES
    from helpers.claims.relations.passage import bigrams
    from helpers.claims.relations.tables import NUMBERED, REAL_GROWTH, _scale

    cells = []          # (low, high in the text's units, kind, cell, earlier cell, row, earlier column, its change
    for table in tables:  # cells, the label's pairs of characters, the bases the earlier column can be on)
        earlier = [c for c in table.columns if c.role == "previous" and not c.percent]
        levels = [c for c in table.columns if c.role == "level" and not c.percent]
        if not earlier or not levels or (len(earlier) > 1 and len(levels) > 1):
            continue                    # one level beside its earlier years (2024年 | 2023年 | 2022年), or one earlier
        for row in table.rows:
            stated = {f.text for c in table.columns if c.role == "change" and (f := row.figure(c.index))}
            label = bigrams(NUMBERED.sub("", row.label))
            for column in levels:
                cell = row.figure(column.index)
                # a table whose 单位 column gives each row its unit (资产总额 | 亿元 | 3,862.47 | 3,516.82)
                scale, kind = (column.scale, column.kind) if column.scale != 1.0 or column.kind or not row.unit \
                    else _scale(row.unit)
                for before in earlier:
                    if (before.kind, before.scale) != (column.kind, column.scale):
                        continue        # 收购库点（个） beside 上年同期（万吨）: the earlier column of another measure
                    base = row.figure(before.index)
                    bases = _bases_of(column.header, before.header)
                    if cell is not None and base is not None and base.value > 0 and bases:
                        cells.append((cell.low * scale, cell.high * scale, kind, cell, base, row, before, stated,
                                      label, bases))
    if not cells:
        return
    index = _by_low(cells)
    in_tables = {cid for table in tables for cid in table.cells}
    read = {frozenset([*f.spec["uses"].values(), f.spec["stated"]]) for f in found if f.spec.get("stated")}
    for finding in found:
        uses = finding.spec["uses"]
        if finding.spec.get("stated") or (finding.kind, set(uses)) not in (("previous", {"current", "rate"}),
                                                                           ("change", {"current", "change"})):
            continue
        current = document.figure_of(uses["current"])
        change = document.figure_of(uses.get("rate") or uses["change"])
        if current is None or change is None or current.claim_id in in_tables or not current.level:
            continue
        year = re.search(r"(?:比|较|与)((?:19|20)\d{2})年", change.lead)
        on = year.group(1) if year else next((name for pattern, name in BASES if pattern.search(change.lead)),
                                             "" if re.search(r"比|较|与", change.lead) else "a year before")
        # a bare 增长: on the year before; 比2022年: on the column of 2022
        words = bigrams(current.clause or current.lead)
        matches = [(cell, base, row, column, stated)
                   for low, high, kind, cell, base, row, column, stated, label, bases
                   in _overlapping(index, current.low, current.high) if (not kind or kind == current.kind)
                   and (digits(current) >= LEVEL_DIGITS or words & label) and on in bases]
        if len({m[1].value for m in matches}) == 1:     # the same row in two tables (主要会计数据, 近三年分红): one
            matches = sorted(matches, key=lambda m: not m[4])[:1]   # earlier figure, the table printing the change
        if len(matches) != 1:
            continue
        cell, base, row, column, stated = matches[0]
        if frozenset([base.claim_id, current.claim_id, change.claim_id]) in read:
            continue                    # read already (a change and a rate both stated: :mod:`~.changes`)
        # the text repeating the row's own change: the table's check judges it, this one is shown where it fits
        repeated = re.sub(r"[%％]", "", change.text) in stated
        scale = current.value / cell.value if cell.value else 1.0
        falling = "1 - rate" in finding.spec["formula"] or "current + change" in finding.spec["formula"]
        amount = "change" in uses
        base_term = f"base * {scale:g}" if abs(scale - 1) > 1e-9 else "base"
        formula = (f"{base_term} - current" if falling else f"current - {base_term}") if amount else \
            (f"(1 - current / ({base_term})) * 100" if falling else f"(current / ({base_term}) - 1) * 100")
        named = f"{row.label} | {cell.text} | {base.text}"
        yield Finding("change" if amount else "growth", f"auto-{'change' if amount else 'growth'}-{current.start}", {
            "description": f"{current.text} (the text) on {base.text} ({column.header}, the table's row "
                           f"“{NUMBERED.sub('', row.label)}”): the stated change {change.text} recomputed",
            "uses": {"base": base.claim_id, "current": current.claim_id}, "stated": change.claim_id,
            "formula": formula, "unit": unit_name(current.unit) if amount else "percent",
            "assumptions": [f"{current.text} is the table's cell of the row “{row.label}” ({named}), equal to the "
                            f"rounding; the change is on its column “{column.header}”"]},
            doubt=f"the growth of {row.label} is stated at comparable prices or on the same set of units, which the "
                  f"levels as printed need not give" if REAL_GROWTH.search(row.label + current.clause) else "",
            tiebreak=(change.start,), only_if_consistent=repeated)
