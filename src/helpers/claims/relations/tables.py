"""Tables written as text: rows of figures under a header whose words say what each column holds.

Company reports, statistics releases and their 附表 print tables as lines of cells separated by ``|``, tabs or runs
of spaces (full-width ones too; a single full-width space where no run is used): a header (``项目 | 本报告期 |
上年同期 | 本报告期比上年同期增减(%)``), then rows of a label and one figure per cell, category lines
(``按消费类型分``) and total rows (合计). A table ends at a blank line or at a line of another shape. The header's
words give each column a role (:func:`_role`), and each row states relations among its own cells:

* a change: the level (``本报告期``, ``10月（亿元）``, the column a change's header names: ``营业收入比上年同期增减(%)``),
  the same level a period before (``上年同期``, ``上年度末``, an earlier year) and the change in percent — or in
  percentage points for a rate (``加权平均净资产收益率（%）``, ``增加0.76个百分点``), or as an amount (``增减额``);
  without the earlier column, the earlier figure the change implies (derived);
* a gross margin: ``毛利率`` = (营业收入 − 营业成本) / 营业收入; a header of arithmetic over marked columns (``①－③``);
* totals: the rows above or below a total row (合计, 总计, 小计) sum to it, and a column of shares (``占…比例``) is each
  row's amount over the total row's; the rows under a category line (``按…分``) sum to the table's first row when it
  names a whole (``社会消费品零售总额``, 全省); a column no total row closes is tried against the figures of the text
  before the table, in the table's unit (``单位：万元``), and kept only where its sum fits one (never an accusation).

A column whose header's words say nothing of it (``差额``, a budget's ``增减额``, ``营业收入环比（%）``) is read by the
arithmetic of its rows instead (:mod:`~.columns`), and a 全市 row closing the rows is their total (shown, not judged,
where it misses: a place's row may close some of its parts only).

A reading of columns is a guess from their words, so it must hold on the table: a column whose rows mostly do not
fit the reading (more than half, of two or more) is shown, not judged — a planted or printed slip is one row, a
misread column is all of them.

>>> from helpers.claims.relations import find_in_text
>>> text = "项目 | 本期 | 上年同期 | 增减(%)\\n营业收入 | 1,200.00 | 1,000.00 | 20.00\\n净利润 | 156.00 | 120.00 | 30.00\\n"
>>> for check in find_in_text("标题\\n" + text):
...     print(check.description)
营业收入: 1,000.00 (上年同期) → 1,200.00 (本期): the stated change 20.00 (增减(%)) recomputed
净利润: 120.00 (上年同期) → 156.00 (本期): the stated change 30.00 (增减(%)) recomputed
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from helpers.claims.intervals import Interval
from helpers.claims.relations import columns
from helpers.claims.relations.finding import FITTED, Finding, trial_verdict
from helpers.claims.relations.fits import digits
from helpers.claims.relations.passage import Document, Figure, quotient_fits, unit_name
from helpers.claims.relations.totals import split_finding
from helpers.claims.relations.words import COMPARABLE, DIMENSIONS, MEASURE_WORD

#: the separators of a row: pipes, tabs, then runs of two or more spaces (full-width too), then a full-width space
PIPES = re.compile(r"\s*[|｜]\s*")
TABS = re.compile(r"\s*\t\s*")
RUNS = re.compile(r"[ \u3000]{2,}")
SINGLE = re.compile(r"\u3000")
#: a cell that is one figure: a sign or a word of direction, a number, a percent or points
NUMBER_CELL = re.compile(r"^(?P<word>增加|减少|上升|下降|提高|降低|增长|回落|下滑)?\s*[+\-−－]?\d[\d,，]*(?:[.．]\d+)?\s*"
                         r"(?:[%％‰]|个百分点|倍|天|小时|分钟|人次|人|个|家|件|次|户|项|所|辆|台|套|元|万元|亿元|吨|万吨)?"
                         r"\s*(?:[（(]\d[）)]|[①-⑩*＊])?$")      # 1,000.00(1): a footnote's mark
EMPTY_CELL = re.compile(r"^(?:[—\-－–/／]+|无|不适用|/)$")
FALLING = re.compile(r"减少|下降|降低|回落|下滑")
#: a header whose change is a fall (``比上年下降(%)``, ``降幅``): its positive figures are decreases
#: a cell's own word of a rise, which a header of a fall (``同比下降（%）`` over ``上升12.5``) does not turn
RISING = re.compile(r"增加|上升|提高|增长")
FALLING_HEADER = re.compile(r"下降|减少|降低|降幅|跌幅|回落|下滑")
#: a line of units above a table (``单位：万元　币种：人民币``) or in a header's brackets (``10月（亿元）``)
UNIT_LINE = re.compile(r"单位[：:]\s*(?P<unit>[^\s　，,；;）)]+)")
UNIT_BRACKETS = re.compile(r"[（(]\s*(?P<unit>[^（()）]{1,6}?)\s*[）)]")
#: a header's words of change, the words of the period it is on, and of the period a column is
CHANGE_WORDS = re.compile(r"增减|增长|增幅|增速|降幅|跌幅|涨幅|同比|环比|变动|涨跌|升降|比上年|较上年|比上期|较上期|增加|减少|下降")
CHANGE_START = re.compile(r"比|较|同比|环比|增减|增长|增幅|增速|降幅|跌幅|涨幅|变动|涨跌|升降|下降|减少")
#: a change header that says its unit: percent (增长(%)、增幅、增速) or points; without it a change may be either an
#: amount or a percent (``涨跌``, ``增减``), whichever the figures fit
CHANGE_IN_PERCENT = re.compile(r"[%％]|幅|速|率")
#: words with a change word inside that name a level: 增加值 (value added)
NOT_CHANGE = re.compile(r"增加值")
#: growth a statistics office computes at comparable prices or on the same set of units, which the levels at current
#: prices (or of this year's set) do not give: shown, never judged
REAL_GROWTH = re.compile(r"生产总值|GDP|增加值|产值|规模以上|限额以上|规上|限上|" + COMPARABLE.pattern)
#: columns that are neither a level nor an earlier level: a budget or plan (年初预算数), a rank, a serial number, a unit
NOT_A_LEVEL = re.compile(r"预算|计划|目标|排名|位次|名次|序号|编号|代码|年初至")
UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
PAGE_FURNITURE = re.compile(r"^[—\-－–\s]*\d{1,4}[—\-－–\s]*$|^第\s*\d+\s*页|^续表|^（续）|^\(续\)")
#: the numbering of a row's label (一、, （一）, 1., （1）) or a code, which gives its level in a hierarchy
NUMBERED = re.compile(r"^(?:(?P<l1>[一二三四五六七八九十]+、)|(?P<l2>[（(][一二三四五六七八九十]+[）)])|(?P<l3>\d{1,2}[.．、](?!\d))"
                      r"|(?P<l4>[（(]\d{1,2}[）)])|(?P<code>\d{3,}))")
#: a column's mark (``净值增长率①``, ``（2）``) and a header that is arithmetic over marks (``①－③``, ``(1)+(2)``)
MARK = r"[①②③④⑤⑥⑦⑧⑨⑩]|[（(][1-9][）)]"
#: a row label with a footnote's mark (``新区①``, ``乙县*``): the note may give it figures of its own
FOOTNOTED = re.compile(r"(?:[①②③④⑤⑥⑦⑧⑨⑩*＊]|[（(]\d[）)]|注\d?)\s*$")
MARKED = re.compile(rf"(?P<mark>{MARK})\s*$")
MARK_ARITHMETIC = re.compile(rf"^\s*(?P<a>{MARK})\s*(?P<op>[-－—–+＋])\s*(?P<b>{MARK})\s*$")
PREVIOUS_WORDS = re.compile(r"上年同期|去年同期|上年同月|上年度末|上年末|上年底|上年度|上年|去年|上期末|上期|上周|上月|上季度?"
                            r"|期初|年初|上一年")
CURRENT_WORDS = re.compile(r"本报告期末?|报告期末?|本期末?|本年度?末?|本月|本周|当月|当期|本季度?|今年|期末|年末|本年累计")
#: a column of one year (``2024年``, ``2024年度``, ``2024年12月31日``, ``2024年1-6月``)
YEAR_COLUMN = re.compile(r"^(?P<year>(?:19|20)\d{2})年?(?:度|末|底|全年|\d{1,2}月(?:\d{1,2}日)?|1?\d?\s*[-—–~～至]\s*\d{1,2}月)?"
                         r"(?:金额|数|累计)?$")
YEAR_COMPARED = re.compile(r"(?P<year>(?:19|20)\d{2})年?[^比较]{0,8}(?:比|较)(?P<base>(?:19|20)\d{2})年")
#: a column of index numbers (``上年=100``), whose rows add up to nothing
INDEX_COLUMN = re.compile(r"指数|=\s*100|＝\s*100")
SHARE_COLUMN = re.compile(r"占.{0,12}(?:比例|比重)|比重|占比|构成|比例")
MARGIN_COLUMN = re.compile(r"毛利率")
REVENUE_COLUMN = re.compile(r"^(?:主营业务|营业)?收入$")
COST_COLUMN = re.compile(r"^(?:主营业务|营业)?成本$")
#: a row that is an amount per head or per household (``人均可支配收入``): a quotient, yet the sum of its components per
#: head (``工资性收入`` …) when it exceeds each of them — a mean of groups (城镇, 农村) lies between theirs
PER_HEAD_ROW = re.compile(r"人均|户均|每人|每户")
#: a column that states a quotient, never an amount to add or to take a change of: 完成预算%, 执行率, 人均, 价格
QUOTIENT_WORDS = re.compile(r"完成|执行率|均|率|价格|单价|售价|电价|指数|密度|满意度|比例|比重|占比|系数|倍")
PERCENT = re.compile(r"[%％‰]")
#: a change column in the level's unit, not in percent (``增减额``, ``比上年增减（亿元）``)
#: a change of counts that says no percent (``较上年增减`` in a table of 人): more or fewer of them, not a rate
COUNTED_CHANGE = re.compile(r"(?:增减|增加|减少|增|减)(?:人数|数)?$")
AMOUNT_CHANGE = re.compile(r"(?:增减|增加|增长|减少|变动|涨跌)(?:额|量|数|值)|增量|差额")
#: a row that is the sum of the rows it closes, and a first row that names the whole the rows below break down
BARE_TOTAL = re.compile(r"(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*体|全\s*部)")
PLACE_TOTAL = re.compile(r"全\s*[国省市县区州盟旗]")
TOTAL_ROW = re.compile(rf"^{BARE_TOTAL.pattern}$|(?:合计|总计)$")
WHOLE_FIRST = re.compile(rf"^{PLACE_TOTAL.pattern}$|(?:总额|总量|总数|总值|总计|合计)$")
CATEGORY_LINE = re.compile(r"^(?:按.{1,12}分|分.{1,10}[看分]|其中[：:]?)$")
#: a category whose rows are some of the whole's parts only (``按主要行业分``)
PARTIAL_GROUP = re.compile(r"主要|重点|部分|其中|选列|列举")
RATE_ROW = re.compile(r"[（(]\s*[%％‰]\s*[）)]|率\s*$|[%％‰]\s*$|比例|比重|占比")
QIZHONG_ROW = re.compile(r"^(?:其中[：:]?|内[：:]|[#＃])")
#: a row to take away, not to add (``减：所得税影响额``): a table with one is summed by nobody here
#: a column of rates counted in the same row (``本科上线率（%）`` beside ``本科上线`` and ``参考人数``): its stem
RATE_COLUMN = re.compile(r"^(?P<stem>.{1,12}?)(?:率|比例|比率|占比)$")
#: a column of averages: ``平均票价（元）``, ``场均人次``, ``单价``, ``每万人…``
AVERAGE_COLUMN = re.compile(r"平均|均价|单价|[人户场次件亩家车床校村]均|^每")
#: the word of a column that counts the whole a rate is taken over (参考人数, 抽检批次, 有效监测天数)
BASE_COLUMN = re.compile(r"参考|实考|考生|抽检|检测|监测|检查|调查|受理|申请|报名|参加|参保|应|总|全部|样本|户籍|常住")
#: a stem's last words that turn it into its opposite (不合格 is no 合格)
NEGATION = re.compile(r"[不未非无]$")
#: the header of a column of ids before a table's labels (序号, 代码, 股票代码): not the labels, nor figures
ID_HEADER = re.compile(r"^(?:序号|序|编号|行次|代码|[\u4e00-\u9fff]{0,4}代码|排名|名次|位次)$")
MINUS_ROW = re.compile(r"^(?:减|扣除|减去)[：:]?")
FIT_BACK = 40          # figures of the text before a table tried as the total of a column
SHARE_BACK = 120       # figures of the text before a table tried as the whole of a column of shares
PRECISE_WHOLE = 0.001  # the widest interval, relative to its value, of a whole fitted to a column of shares
COUNTED_WHOLE = 0.05    # the widest interval, relative to its value, of a whole fitted to a column of rates (31天: ±0.5)
SHARE_ROWS = 3         # rows a whole must fit, and most of the rows, to be taken as the whole of a column of shares
PRECISE_DIGITS = 4     # significant digits a text figure needs to be fitted as a column's total
TABLE_ROWS = 200       # rows of one table read at most (a table is short; a text of one repeated line stays linear)
FOLLOWS = 3            # blank lines at most between two tables printed one after the other (the second shares a unit)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    figure: Figure | None      # the cell's one figure, when the cell is a number


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]    # every cell, the label's first
    indent: int                # characters of space before its label
    sub: bool                  # opened by 其中, or indented under a row: a part of a part, not of the table's total
    group: str                 # the category line above it (``按消费类型分``), "" when none
    unit: str = ""             # its own unit, where a 单位 column gives one

    def figure(self, column: int | None) -> Figure | None:
        return self.cells[column].figure if column is not None and column < len(self.cells) else None


@dataclass
class Column:
    index: int
    header: str                # the header's words, units and spaces kept
    role: str                  # level, previous, change, share, margin, revenue, cost, total, or "" (not numbers)
    percent: bool = False      # its figures are percents (``（%）`` in the header, or the table's unit)
    level: int | None = None   # a change column: the column of the level it is the change of
    base: int | None = None    # a change column: the column of the earlier level, when the table has it
    scale: float = 1.0         # what one of its numbers is in the text's units (``（亿元）`` → 1e8)
    kind: str = ""             # the kind of its unit (money, count …), "" when the table says none

    @property
    def additive(self) -> bool:
        """Its figures add up down the rows: amounts, not percents, averages, prices or rates, nor a 其中 column."""
        return self.role in ("level", "previous", "revenue", "cost", "total") and not self.percent \
            and not QUOTIENT_WORDS.search(_bare(self.header)) and "其中" not in self.header


@dataclass
class Table:
    start: int
    columns: list[Column]
    rows: list[Row]
    unit: str = ""              # the unit a line above it states for the whole table (``单位：万元``)
    headers: tuple[str, ...] = ()
    end: int = 0                # the index of the line after it

    @property
    def cells(self) -> set[str]:
        """The claim ids of its cells' figures."""
        return {cell.figure.claim_id for row in self.rows for cell in row.cells if cell.figure is not None}


#: the key a finding read from a table carries in its spec (:func:`table_cells`: the other finders' readings of two
#: cells or more are dropped)
READ = "table"


def find(document: Document) -> Iterator[Finding]:
    """Every relation the tables of the report state among their cells."""
    for table in read_tables(document):
        read = [*_checked(table, [*_row_findings(table), *_totals(table), *_rates(document, table),
                                  *_quotients(table), *_qizhong_columns(table), *_sub_rows(table)]),
                *_fitted_totals(document, table), *_fitted_shares(document, table)]
        found = list(columns.discovered(document, table, read))
        stated = {f.spec["stated"] for f in found}
        # a column whose reading by its words most rows did not fit (doubtful), read by its arithmetic instead
        for finding in (*(f for f in read if not (f.doubt and f.spec.get("stated") in stated)), *found):
            finding.spec[READ] = True
            yield finding
    for finding in columns.text_totals(document, read_tables(document)):
        finding.spec[READ] = True
        yield finding
    for finding in columns.row_shares(document, read_tables(document)):
        finding.spec[READ] = True
        yield finding


def table_cells(document: Document) -> set[str]:
    """The claim ids of every figure in a table of the report — and in any row of three or more cells split by pipes
    or tabs with two figures or more, header or not: relations among them are read here alone. Made once per
    document."""
    cached = document._starts.get("table cells")
    if cached is not None:
        return cached
    cells = {cid for table in read_tables(document) for cid in table.cells}
    lines, by_start = _read(document)
    for offset, line in lines:
        if ("|" in line or "｜" in line or "\t" in line) and len(line) < 2000:
            row = [_figure(text, where, by_start) for text, where in _cells(line, offset)]
            if len(row) >= 3 and sum(f is not None for f in row) >= 2:
                cells.update(f.claim_id for f in row if f is not None)
    document._starts["table cells"] = cells
    return cells


def scaled_cells(document: Document) -> dict[str, tuple[float, str]]:
    """The cells whose column's header or table names a unit (``营业收入（万元）``, ``单位：亿元``) with what one of their
    numbers is in the text's units and the kind of that unit (1e4, money): a cell written 218,463.90 under 万元 is a
    figure of the text's 2,184,639,000元. Made once per document."""
    cached = document._starts.get("scaled cells")
    if cached is None:
        cached = document._starts["scaled cells"] = {
            cell.figure.claim_id: (column.scale, column.kind) for table in read_tables(document)
            for column in table.columns if column.kind and not column.percent
            for row in table.rows for cell in row.cells[column.index:column.index + 1] if cell.figure is not None}
    return cached


def _read(document: Document) -> tuple[list[tuple[int, str]], dict[int, Figure]]:
    """The report's lines with where each starts, and its figures by where they start: made once per document."""
    cached = document._starts.get("table lines")
    if cached is None:
        lines, offset = [], 0
        for line in document.raw.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        cached = document._starts["table lines"] = (lines, {f.start: f for members in document.paragraphs
                                                           for f in members})
    return cached


def read_tables(document: Document) -> list[Table]:
    """The tables written as text in the report, each with its columns' roles and its rows' figures."""
    cached = document._starts.get("tables")
    if cached is not None:
        return cached
    lines, by_start = _read(document)
    tables: list[Table] = []
    i, end, unit = 0, -FOLLOWS - 1, ""
    while i < len(lines):
        follows = i - end <= FOLLOWS and all(not line.strip() for _, line in lines[end:i])
        table = _table_at(lines, i, by_start, unit if follows else "")
        if table is None:
            i += 1
            continue
        table = table[0]
        if tables and _continues(tables[-1], table, lines):
            tables[-1].rows.extend(table.rows)            # 续表: the same header again after a page break
            tables[-1].end = table.end
        else:
            tables.append(table)
        unit, i = table.unit, table.end
        end = i
    document._starts["tables"] = tables
    return tables


def _cells(line: str, start: int) -> list[tuple[str, int]]:
    """The cells of a line with where each starts: split on its widest kind of separator."""
    body = line.strip()
    if not body:
        return []
    lead = start + line.index(body[0])
    for separator in (PIPES, TABS, RUNS, SINGLE):
        if separator.search(body):
            break
    else:
        return [(body, lead)]
    cells, at = [], 0
    for gap in separator.finditer(body):
        cells.append((body[at:gap.start()], lead + at))
        at = gap.end()
    cells.append((body[at:], lead + at))
    cells = [(text.strip(), where + len(text) - len(text.lstrip())) for text, where in cells]
    if separator in (RUNS, SINGLE):
        cells = [cell for cell in cells if cell[0]]
        if len(cells) >= 3 and all(len(t) == 1 and "\u4e00" <= t <= "\u9fff" for t, _ in cells[:2]):
            cells = [(cells[0][0] + cells[1][0], cells[0][1]), *cells[2:]]     # 合　　计: one label spaced out
        return cells
    if separator is TABS:
        return cells
    if body[0] in "|｜" and body[-1] in "|｜" and len(cells) > 2:
        cells = cells[1:-1]                    # | a | b |: the pipes at the ends close the row, they open no cell
    return cells                               # a | | c: an empty cell keeps its place among the columns


def _is_header(cells: list[tuple[str, int]]) -> bool:
    """Two or more cells, none a number after the first, one with words."""
    return len(cells) >= 2 and not any(NUMBER_CELL.match(text) for text, _ in cells[1:]) \
        and any(re.search(r"[\u4e00-\u9fffA-Za-z]", text) for text, _ in cells[1:]) \
        and all(len(text) <= 40 for text, _ in cells)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \u3000\t"))


def _table_at(lines: list[tuple[int, str]], i: int, by_start: dict[int, Figure], unit: str = "") \
        -> tuple[Table, int] | None:
    """The table whose header is line ``i`` and the index of the line after it, or None; ``unit`` is the unit of a
    table that ends just above it, which a table printed right after another under one ``单位`` line shares."""
    start, line = lines[i]
    header = _cells(line, start)
    if not _is_header(header):
        return None
    j = i + 1
    below = _cells(lines[j][1], lines[j][0]) if j < len(lines) else []
    if len(below) == len(header) and _is_header(below) and any(not text for text, _ in header[1:]):
        header, j = _merged(header, below), j + 1      # 本月 | | 1—10月 | over 绝对额 | 增长(%) | 绝对额 | 增长(%)
    elif len(below) == len(header) + 1:
        header = [("", start), *header]       # a header with no word over the labels (``　　本周　上周　环比(%)``)
    skip = 0                                   # 序号 | 项目 | …, 代码 | 行业类别 | …: the label is the cell after the ids
    while skip < len(header) - 2 and ID_HEADER.match(_bare(header[skip][0])):
        skip += 1
    width = len(header)
    header = header[skip:]
    rows: list[Row] = []
    group, group_indent, above = "", None, None
    while j < len(lines) and len(rows) < TABLE_ROWS:
        row_start, row_line = lines[j]
        cells = _cells(row_line, row_start)
        numbered = True
        if skip and len(cells) == width:
            numbered = any(text for text, _ in cells[:skip])
            cells = cells[skip:]
        if len(cells) == 1 and CATEGORY_LINE.match(cells[0][0]):
            group, group_indent = cells[0][0], None
            j += 1
            continue
        if len(cells) == 1 and not skip and _heading_row(cells[0][0], lines, j + 1, width, by_start):
            # （三）不予公开 over its numbered rows 1.… 8.: a row of the table with no figures, its rows' sum
            rows.append(Row(cells[0][0], (Cell(cells[0][0], cells[0][1], None),), _indent(row_line), False, group))
            j += 1
            continue
        if len(cells) != width - skip or _is_header(cells) \
                or NUMBER_CELL.match(cells[0][0]) and not YEAR_COLUMN.match(cells[0][0]):
            break                              # a row of another shape, a new header, or no label (a year is one)
        figures = [_figure(text, where, by_start) for text, where in cells]
        if not any(figures[1:]) and not any(EMPTY_CELL.match(text) for text, _ in cells[1:]):
            break
        label, indent = cells[0][0], _indent(row_line)
        if skip:                               # ids number the rows: a row with none (其中：股票) is a part of a part
            indent = 0 if numbered else 1
        if group and group_indent is None:
            group_indent = indent              # a category's rows stand at the indent of its first
        elif group and indent < group_indent:
            group, group_indent = "", None     # a row less indented than the category's rows ends it
        level = group_indent if group else (rows[0].indent if rows else indent)
        sub = bool(QIZHONG_ROW.match(label)) or indent > level or group.startswith("其中") \
            or (above is not None and above.sub and indent >= above.indent and QIZHONG_ROW.match(above.label) is None
                and above.indent > level)
        unit_cell = next((k for k, (text, _) in enumerate(header) if UNIT_HEADER.match(_bare(text))), None)
        row = Row(label, tuple(Cell(text, where, figure) for (text, where), figure in zip(cells, figures)),
                  indent, sub, group, cells[unit_cell][0] if unit_cell is not None else "")
        rows.append(row)
        above = row
        j += 1
    if not rows:
        return None
    unit = _unit_above(lines, i) or unit
    headers = [text for text, _ in header]
    return Table(start, _columns(headers, rows, unit), rows, unit=unit, headers=tuple(headers), end=j), j


def _heading_row(label: str, lines: list[tuple[int, str]], j: int, width: int, by_start: dict[int, Figure]) -> bool:
    """A numbered line of words alone (``（三）不予公开``, ``三、本年度办理结果``) inside a table: the next line is a row
    of the table's width with figures."""
    if not NUMBERED.match(label) or len(label) > 30 or re.search(r"\d[\d,.]*\s*$|[。；;]", label) or j >= len(lines):
        return False
    cells = _cells(lines[j][1], lines[j][0])
    return len(cells) == width and not _is_header(cells) \
        and any(_figure(text, where, by_start) for text, where in cells[1:])


def _continues(previous: Table, table: Table, lines: list[tuple[int, str]]) -> bool:
    """``table`` goes on with ``previous`` across a page break: the same header again after lines of page furniture
    only (a page number, 续表); two tables under titles of their own stay two."""
    between = [line.strip() for _, line in lines[previous.end:_line_index(lines, table.start)] if line.strip()]
    return table.headers == previous.headers and bool(between) and len(between) <= 6 \
        and all(PAGE_FURNITURE.match(line) for line in between)


def _line_index(lines: list[tuple[int, str]], offset: int) -> int:
    """The index of the line starting at ``offset``."""
    return bisect.bisect_left(lines, offset, key=lambda line: line[0])


def _merged(top: list[tuple[str, int]], bottom: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A header of two lines as one: each upper name carried over the empty cells after it, before each lower name
    (``本月`` over ``绝对额`` and ``增长(%)``: 本月绝对额, 本月增长(%))."""
    merged, carried = [(top[0][0] or bottom[0][0], top[0][1])], ""
    for (upper, where), (lower, _) in zip(top[1:], bottom[1:]):
        carried = upper or carried
        merged.append((carried + lower, where))
    return merged


def _figure(text: str, where: int, by_start: dict[int, Figure]) -> Figure | None:
    """The figure a number cell holds (the ledger's, so its interval is the text's), else None."""
    if not NUMBER_CELL.match(text):
        return None
    for offset in range(where, where + len(text)):
        figure = by_start.get(offset)
        if figure is not None:
            return figure
    return None


def _unit_above(lines: list[tuple[int, str]], i: int) -> str:
    """The unit a line just above the header states for the whole table (``单位：万元``), else ""."""
    for _, line in lines[max(0, i - 2):i][::-1]:
        found = UNIT_LINE.search(line)
        if found:
            return found.group("unit")
    return ""


@lru_cache(maxsize=256)
def _scale(unit: str) -> tuple[float, str]:
    """What one of a unit is in the text's units and its kind (``万元`` → 1e4, money); (1, "") when it is none."""
    from helpers.quantities import find_quantities

    if not unit or PERCENT.search(unit):
        return 1.0, ""
    found = [m for m in find_quantities("1" + unit) if m.is_claim and m.end == len(unit) + 1]
    if found and found[0].kind == "number" and found[0].value in (1e4, 1e8):
        return float(found[0].value), ""      # 观影人次（万）: tens of thousands of what the header names
    if not found or found[0].kind == "number" or found[0].value is None:
        return 1.0, ""
    return float(found[0].value), found[0].kind


#: a column's role by its header's words, the first that applies (after changes: :func:`_role`)
ROLES = ((TOTAL_ROW.search, "total"), (SHARE_COLUMN.search, "share"), (MARGIN_COLUMN.search, "margin"),
         (REVENUE_COLUMN.match, "revenue"), (COST_COLUMN.match, "cost"), (PREVIOUS_WORDS.search, "previous"))


def _role(header: str) -> str:
    """What a column holds, from its header's words: nothing countable (a budget, a rank, a unit), a change, one of
    :data:`ROLES`, else a level."""
    words = _bare(header)
    if NOT_A_LEVEL.search(words) or UNIT_HEADER.match(words):
        return ""
    if CHANGE_WORDS.search(NOT_CHANGE.sub("", words)) and not YEAR_COLUMN.match(words):
        return "change"
    return next((role for test, role in ROLES if test(words)), "level")


def _bare(header: str) -> str:
    return UNIT_BRACKETS.sub("", header).replace(" ", "").replace("\u3000", "").strip("①②③④⑤⑥")


def _columns(headers: list[str], rows: list[Row], table_unit: str) -> list[Column]:
    """Each column's role, unit and, for a change, the columns of its level and earlier level."""
    numeric = {k for k in range(1, len(headers)) if any(r.figure(k) for r in rows)}
    columns = [Column(0, headers[0], "")]
    for k, header in enumerate(headers[1:], 1):
        unit = next((m.group("unit") for m in UNIT_BRACKETS.finditer(header)), "")
        scale, kind = _scale(unit) if unit else _scale(table_unit)
        percent = bool(PERCENT.search(header)) or (not unit and bool(PERCENT.search(table_unit)))
        columns.append(Column(k, header, _role(header) if k in numeric else "", percent, scale=scale, kind=kind))
    years = {c.index: int(YEAR_COLUMN.match(_bare(c.header)).group("year")) for c in columns
             if c.role == "level" and YEAR_COLUMN.match(_bare(c.header))}
    if len(years) >= 2 and len(set(years.values())) == len(years):   # 2024年 | 2023年: the latest year is the level
        latest = max(years, key=years.get)
        for k in years:
            if k != latest:
                columns[k].role = "previous"
    else:
        years = {}
    for column in columns:
        if column.role == "change":
            column.level, column.base = _level_of(column, columns, years)
    return columns


def _level_of(change: Column, columns: list[Column], years: dict[int, int]) -> tuple[int | None, int | None]:
    """The columns a change column compares: its level (named by the words before its 比/增减 — a year, a period or
    a column's name — else the nearest amount column to its left) and its earlier level (named by its period words
    or year, else the only earlier column)."""
    words = _bare(change.header)
    compared = YEAR_COMPARED.search(words)
    if compared and years:                     # 2024年比2022年增长(%): the two years named
        by_year = {year: k for k, year in years.items()}
        level, base = by_year.get(int(compared.group("year"))), by_year.get(int(compared.group("base")))
        return (level, base) if level is not None else (None, None)
    cut = CHANGE_START.search(words)
    named = words[:cut.start()] if cut else ""
    levels = [c for c in columns if c.role in ("level", "revenue", "cost", "margin", "share", "total")
              and not re.search(r"完成|执行率", c.header)]
    if named and not CURRENT_WORDS.fullmatch(named) and not YEAR_COLUMN.match(named):
        level = next((c for c in levels if _bare(c.header) == named), None) \
            or next((c for c in levels if _bare(c.header).startswith(named)), None) \
            or _only([c for c in levels if named in _bare(c.header)])      # 累计同比增长 of 1—9月累计销量
    else:
        current = [c for c in levels if CURRENT_WORDS.search(_bare(c.header))]
        left = [c for c in levels if c.index < change.index]
        amounts = [c for c in left if not c.percent and c.role != "share"] or left
        level = current[0] if named and current else (amounts[-1] if amounts else None)
    if level is None:
        return None, None
    earlier = [c for c in columns if c.role == "previous"]
    between = [c for c in earlier if min(level.index, change.index) < c.index < max(level.index, change.index)]
    earlier = between or ([] if any(c.role == "change" and min(level.index, change.index) < c.index
                                    < max(level.index, change.index) for c in columns) else earlier)
    said = PREVIOUS_WORDS.search(words[cut.start():] if cut else words)
    base = None
    if said:
        base = next((c for c in earlier if said.group(0) in _bare(c.header)), None)
    elif "同比" in words:
        base = next((c for c in earlier if re.search(r"上年同|去年同", c.header)), None)
    elif "环比" in words:
        base = next((c for c in earlier if re.search(r"上周|上月|上期|上季", c.header)), None)
    if base is None and len(earlier) == 1 and not said and "同比" not in words and "环比" not in words:
        base = earlier[0]
    if base is None and years and level.index in years:
        before = [k for k in years if years[k] < years[level.index]]
        base = columns[max(before, key=years.get)] if before else None
    return level.index, base.index if base is not None else None


def _only(columns: list[Column]) -> Column | None:
    return columns[0] if len(columns) == 1 else None


def _marked(table: Table) -> list[tuple[Column, Column, Column, str]]:
    """Columns whose header is arithmetic over two others' marks (``①－③`` after ``净值增长率①`` and
    ``业绩比较基准收益率③``): (the column, its first term, its second, the operator)."""
    marks = {}
    for column in table.columns[1:]:
        found = MARKED.search(column.header)
        if found and not MARK_ARITHMETIC.match(column.header):
            marks[re.sub(r"[（()）]", "", found.group("mark"))] = column
    said = []
    for column in table.columns[1:]:
        found = MARK_ARITHMETIC.match(column.header)
        if found:
            a, b = (marks.get(re.sub(r"[（()）]", "", found.group(k))) for k in ("a", "b"))
            if a is not None and b is not None:
                said.append((column, a, b, "+" if found.group("op") in "+＋" else "-"))
    return said


def _row_findings(table: Table) -> Iterator[tuple[int, Finding]]:
    """Each row's changes, margin and columns of marked arithmetic, with the column they read (for
    :func:`_checked`)."""
    columns = table.columns
    for column, first, second, op in _marked(table):
        for row in table.rows:
            stated, a, b = row.figure(column.index), row.figure(first.index), row.figure(second.index)
            if stated is not None and a is not None and b is not None:
                yield column.index, Finding("difference", f"auto-difference-{stated.start}", {
                    "description": f"{row.label}: {a.text} {op} {b.text} recomputed as {stated.text} ({column.header})",
                    "uses": {"a": a.claim_id, "b": b.claim_id}, "formula": f"a {op} b", "stated": stated.claim_id,
                    "unit": unit_name(stated.unit),
                    "assumptions": [f"a table: the header {column.header} is the column {first.header} {op} the "
                                    f"column {second.header}"]})
    margin = next((c for c in columns if c.role == "margin"), None)
    revenue = next((c for c in columns if c.role == "revenue"), None)
    cost = next((c for c in columns if c.role == "cost"), None)
    for row in table.rows:
        for change in (c for c in columns if c.role == "change" and c.level is not None):
            finding = _change(table, row, change)
            if finding is not None:
                yield change.index, finding
        if margin is not None and revenue is not None and cost is not None:
            stated, income, spent = row.figure(margin.index), row.figure(revenue.index), row.figure(cost.index)
            if stated is not None and income is not None and spent is not None:
                yield margin.index, Finding("ratio", f"auto-ratio-{stated.start}", {
                    "description": f"{row.label}: the gross margin {stated.text}% ({margin.header}) recomputed from "
                                   f"{income.text} ({revenue.header}) and {spent.text} ({cost.header})",
                    "uses": {"revenue": income.claim_id, "cost": spent.claim_id},
                    "formula": "(revenue - cost) / revenue * 100", "stated": stated.claim_id, "unit": "percent",
                    "assumptions": [f"a table row: {margin.header} is (revenue − cost) / revenue of the same row"]})


def _change(table: Table, row: Row, change: Column) -> Finding | None:
    """The change a row states in ``change``'s column: recomputed from its level and earlier level, or, without
    the earlier one, the earlier figure it implies."""
    level_column = table.columns[change.level]
    stated, current = row.figure(change.index), row.figure(change.level)
    if stated is None or current is None:
        return None
    base_column = table.columns[change.base] if change.base is not None else None
    base = row.figure(change.base)
    earlier = _year_before(table, row)
    if base is None and earlier is not None and earlier.figure(change.level) is not None \
            and not re.search(r"年均|平均|累计|以来|同期", change.header):
        base = earlier.figure(change.level)   # rows of years (2023年 | 2024年 …): the change is on the year above
        base_column = replace(level_column, header=f"{level_column.header}, {earlier.label}")
    cell = row.cells[change.index].text
    falling = bool(FALLING.match(cell) or (FALLING_HEADER.search(_bare(change.header)) and not RISING.match(cell)))
    rate_row = level_column.percent or level_column.role in ("margin", "share") or bool(RATE_ROW.search(row.label)) \
        or bool(PERCENT.search(row.unit)) or "百分点" in row.unit or current.unit == "%" \
        or bool(re.search(r"系数|强度$", row.label))       # 2.35% | 2.21% | 0.14, 恩格尔系数: a rate's row
    points = stated.unit == "个百分点" or "百分点" in change.header
    amount = not points and not change.percent and not rate_row and (
        change.kind != "" and bool(UNIT_BRACKETS.search(change.header)) or bool(AMOUNT_CHANGE.search(change.header))
        or change.kind == "count" and bool(COUNTED_CHANGE.search(_bare(change.header)))
        or stated.unit not in ("", "%", "‰"))           # -0.6天 beside 平均住院日（天）: a change in days
    either = not points and not amount and not rate_row and not CHANGE_IN_PERCENT.search(change.header) \
        and stated.unit not in ("%", "‰")      # 涨跌, 增减 with no unit: an amount or a percent, whichever fits
    what = f"{row.label} ({level_column.header})"
    said = f"{stated.text} in the column “{change.header}”"
    sign = "-" if falling and not stated.text.lstrip().startswith(("-", "−", "－")) else "+"
    if base is None:
        if rate_row and not points or either:
            return None                       # a bare number beside a rate, or a change of no unit: nothing to tell
        formula = ("current + points" if falling else "current - points") if points or amount else \
            ("current / (1 - rate / 100)" if falling else "current / (1 + rate / 100)")
        variable = "points" if points or amount else "rate"
        return Finding("previous", f"auto-previous-{current.start}", {
            "description": f"the figure before {current.text}, {what}, implied by a change of "
                           f"{sign if sign == '-' else ''}{stated.text} ({change.header})",
            "uses": {"current": current.claim_id, variable: stated.claim_id}, "formula": formula,
            "unit": "percent" if rate_row else unit_name(current.unit),
            "assumptions": [f"a table row: {said} is the change of {current.text} on the period the header names"]},
            tiebreak=(stated.start,))
    spec = {
        "description": f"{row.label}: {base.text} ({base_column.header}) → {current.text} ({level_column.header}): "
                       f"the stated change {stated.text} ({change.header}) recomputed",
        "uses": {"base": base.claim_id, "current": current.claim_id}, "stated": stated.claim_id,
        "assumptions": [f"a table row: {said} is the change of “{row.label}” from the column “{base_column.header}” "
                        f"to the column “{level_column.header}”"]}
    difference = {**spec, "formula": "base - current" if falling else "current - base",
                  "unit": "percentage points" if points or rate_row else unit_name(current.unit),
                  "reading": "a change in percentage points" if rate_row else "a change in the level's unit"}
    growth = {**spec, "formula": "(1 - current / base) * 100" if falling else "(current / base - 1) * 100",
              "unit": "percent", "reading": "a change in percent"}
    if REAL_GROWTH.search(row.label) and not points and not amount:
        return Finding("growth", f"auto-growth-{current.start}", growth, tiebreak=(stated.start,),
                       doubt=f"the growth of {row.label} is stated at comparable prices or on the same set of units, "
                             "which the levels as printed need not give")
    if base.value < 0:        # a loss narrowed: the change over the size of the base (150% from −100 to 50)
        growth = {**growth, "formula": "(base - current) / -base * 100" if falling else "(current - base) / -base * 100",
                  "reading": "a change in percent of the size of a negative base"}
        return Finding("growth", f"auto-growth-{current.start}", growth, tiebreak=(stated.start,),
                       alternatives=({**spec, "formula": "(current / base - 1) * 100", "unit": "percent",
                                      "reading": "a change in percent of the signed base"},))
    if points or amount:
        return Finding("points" if points else "change", f"auto-{'points' if points else 'change'}-{current.start}",
                       difference, tiebreak=(stated.start,))
    if rate_row:                              # 8.62 | 7.95 | 0.67 beside a rate: points or percent, whichever fits
        difference["assumptions"] = [*difference["assumptions"],
                                     "a change of a rate with no unit of its own is read in percentage points"]
        return Finding("points", f"auto-points-{current.start}", difference, tiebreak=(stated.start,),
                       alternatives=(growth,))
    if either:
        return Finding("growth", f"auto-growth-{current.start}", growth, tiebreak=(stated.start,),
                       alternatives=(difference,))
    return Finding("growth", f"auto-growth-{current.start}", growth, tiebreak=(stated.start,))


def _rates(document: Document, table: Table) -> Iterator[tuple[int, Finding]]:
    """A column of rates (``本科上线率（%）``, ``不合格率``, ``优良天数比例``) beside the column of what it counts
    (``本科上线``, ``不合格批次``, ``优良天数``: its stem, the measure word aside) and a column of the whole it is
    counted over: named so (``参考人数``, ``抽检批次``), else the one column most rows fit, at least
    :data:`SHARE_ROWS` and three in four. Each row's rate is then its count over its whole."""
    amounts = [c for c in table.columns if c.role in ("level", "total") and not c.percent and c.additive]
    for rate in table.columns[1:]:
        found = RATE_COLUMN.match(_bare(rate.header))
        if found is None or rate.role not in ("level", "share") or "‰" in rate.header or re.search(r"[千万]", rate.header):
            continue
        counted = _counted_column(found.group("stem"), amounts)
        if counted is None:
            continue
        rows = [(r, r.figure(rate.index), r.figure(counted.index)) for r in table.rows]
        rows = [(r, stated, part) for r, stated, part in rows if stated is not None and part is not None]
        if len(rows) < 2:
            continue
        fits = {base.index: sum(w is not None and w.low > 0 and _share_fits(part, w, stated, 1.0) for r, stated, part in rows
                                for w in (r.figure(base.index),))
                for base in amounts if base is not counted and base.scale == counted.scale}
        named = [c for c in amounts if c.index in fits and BASE_COLUMN.search(_bare(c.header))]
        best = max(fits, key=fits.get, default=None)
        if len(named) == 1 and best is not None and fits[best] > fits[named[0].index] \
                and sum(f == fits[best] for f in fits.values()) == 1:
            named = []                         # 报到率 over 录取人数 (every row fits), not 报名人数 the words suggest
        if len(named) == 1:
            base, how = named[0], f"the column “{named[0].header}” names the whole it is counted over"
        else:
            best = max(fits, key=fits.get, default=None)
            if best is None or fits[best] < SHARE_ROWS or fits[best] * 4 < len(rows) * 3 \
                    or sum(f == fits[best] for f in fits.values()) > 1:
                yield from _rates_of_a_stated_whole(document, table, rate, counted, rows)
                continue
            base = table.columns[best]
            how = f"{fits[best]} of its {len(rows)} rows fit the column “{base.header}” as the whole, to their rounding"
        for row, stated, part in rows:
            whole = row.figure(base.index)
            if whole is None or whole.low <= 0:
                continue
            yield rate.index, _cell_share(
                stated, part, whole, f"{row.label}: {stated.text}% ({rate.header}) as {part.text} ({counted.header}) "
                                     f"over {whole.text} ({base.header})",
                f"a table row: {rate.header} counts {counted.header} over {base.header} of the same row; {how}",
                tiebreak=(stated.start,))


def _cell_share(stated: Figure, part: Figure, whole: Figure, description: str, assumption: str,
                tiebreak: tuple[int, ...] = ()) -> Finding:
    """A table's stated percent as ``part`` over ``whole`` (cells of one unit), saying how the rows were read."""
    return Finding("share", f"auto-share-{stated.start}", {
        "description": description, "uses": {"part": part.claim_id, "whole": whole.claim_id},
        "formula": "part / whole * 100", "stated": stated.claim_id, "unit": "percent", "assumptions": [assumption]},
        tiebreak=tiebreak)


def _quotients(table: Table) -> Iterator[tuple[int, Finding]]:
    """A column of averages (``平均票价（元）``, ``场均人次``) that is, row by row, one column of amounts over another
    (``票房（万元）`` over ``观影人次（万）``, in the units their headers give): the one pair of columns that at least
    :data:`SHARE_ROWS` rows and three in four fit, to their rounding. Each row's average is then judged."""
    amounts = [c for c in table.columns if c.role in ("level", "total") and not c.percent and c.additive]
    for column in table.columns[1:]:
        if column.role != "level" or column.percent or not AVERAGE_COLUMN.search(_bare(column.header)):
            continue
        rows = [r for r in table.rows if r.figure(column.index) is not None]
        if len(rows) < SHARE_ROWS:
            continue
        fits: dict[tuple[int, int], int] = {}
        for a in amounts:
            for b in amounts:
                if a is not b:
                    fits[a.index, b.index] = sum(_quotient_fits(r.figure(a.index), r.figure(b.index),
                                                                r.figure(column.index), a.scale / b.scale / column.scale)
                                                 for r in rows)
        best = max(fits, key=fits.get, default=None)
        if best is None or fits[best] < SHARE_ROWS or fits[best] * 4 < len(rows) * 3 \
                or sum(n == fits[best] for n in fits.values()) > 1:
            continue
        total, count = (table.columns[k] for k in best)
        factor = total.scale / count.scale / column.scale
        formula = f"total * {factor:g} / count" if factor != 1.0 else "total / count"
        for row in rows:
            stated, a, b = row.figure(column.index), row.figure(total.index), row.figure(count.index)
            if a is None or b is None or b.low <= 0:
                continue
            yield column.index, Finding("average", f"auto-average-{stated.start}", {
                "description": f"{row.label}: {stated.text} ({column.header}) recomputed as {a.text} ({total.header}) "
                               f"over {b.text} ({count.header})",
                "uses": {"total": a.claim_id, "count": b.claim_id}, "formula": formula, "stated": stated.claim_id,
                "unit": unit_name(stated.unit) or column.header,
                "assumptions": [f"a table row: {column.header} is {total.header} over {count.header} of the same row; "
                                f"{fits[best]} of its {len(rows)} rows fit so, to their rounding, no other pair of "
                                "columns as many"]}, tiebreak=(stated.start,))


def _quotient_fits(total: Figure | None, count: Figure | None, stated: Figure | None, factor: float) -> bool:
    """``total`` × ``factor`` over ``count`` is ``stated``, to the rounding of all three."""
    if total is None or count is None or stated is None or count.low <= 0 or total.low < 0:
        return False
    return quotient_fits(total, count, stated, factor)


def _qizhong_columns(table: Table) -> Iterator[tuple[int, Finding]]:
    """A column headed 其中 (``接收款物 | 其中：资金``): in each row, a part of the nearest column of amounts to its left
    in the same unit — no more than it."""
    for column in table.columns[1:]:
        if not QIZHONG_ROW.match(_bare(column.header)) or column.percent:
            continue
        left = [c for c in table.columns[1:column.index] if _bare(c.header)]
        left = [c for c in left if c.role == "total"][-1:] or left    # 合计 | 男 | 女 | 其中：党员: of 合计
        left = left[-1:] if left and left[-1].role in ("level", "total") and not left[-1].percent \
            and not QIZHONG_ROW.match(_bare(left[-1].header)) \
            and (left[-1].kind, left[-1].scale) == (column.kind, column.scale) else []
        if not left:
            continue                           # the column named right before it is the whole, or none is
        whole = left[-1]
        for row in table.rows:
            part, total = row.figure(column.index), row.figure(whole.index)
            if part is None or total is None:
                continue
            yield column.index, Finding("part", f"auto-part-{part.start}-of-{total.start}", {
                "description": f"{row.label}: {part.text} ({column.header}) does not exceed {total.text} "
                               f"({whole.header})",
                "uses": {"total": total.claim_id, "part1": part.claim_id}, "formula": "part1 <= total",
                "unit": "comparison", "lowered_unit": unit_name(total.unit),
                "assumptions": [f"a table: the column “{column.header}” counts a part of the column “{whole.header}”"]})


def _rates_of_a_stated_whole(document: Document, table: Table, rate: Column, counted: Column,
                             rows: list[tuple[Row, Figure, Figure]]) -> Iterator[tuple[int, Finding]]:
    """A column of rates with no column of the whole: every row over one figure the text states before the table
    (``有效监测天数为31天`` over ``优良天数（天）`` and ``优良天数比例（%）``) — the one value at least
    :data:`SHARE_ROWS` rows and three in four fit, in the counted column's kind."""
    rows = [r for r in rows if not FOOTNOTED.search(r[0].label)]     # 新区①: its note gives it a whole of its own
    cells = table_cells(document)
    wholes = [f for f in document.earlier(table.start, SHARE_BACK * 4) if f.claim_id not in cells and f.amount
              and f.value > 0 and f.high - f.low <= COUNTED_WHOLE * f.value
              and (not counted.kind or f.kind == counted.kind)][:SHARE_BACK]
    fits: dict[float, tuple[int, Figure]] = {}
    for whole in wholes:
        count = sum(_share_fits(part, whole, stated, counted.scale) for _, stated, part in rows)
        if count > fits.get(whole.value, (0, None))[0]:
            fits[whole.value] = (count, whole)
    if not fits:
        return
    count, whole = max(fits.values(), key=lambda pair: pair[0])
    if count < SHARE_ROWS or count * 4 < len(rows) * 3 or sum(n == count for n, _ in fits.values()) > 1:
        return
    for row, stated, part in rows:
        formula = f"part * {counted.scale:g} / whole * 100" if counted.scale != 1.0 else "part / whole * 100"
        yield rate.index, Finding("share", f"auto-share-{stated.start}", {
            "description": f"{row.label}: {stated.text}% ({rate.header}) as {part.text} ({counted.header}) over "
                           f"{whole.text}",
            "uses": {"part": part.claim_id, "whole": whole.claim_id}, "formula": formula,
            "stated": stated.claim_id, "unit": "percent",
            "assumptions": [f"a table: {rate.header} counts each row's {counted.header} over {whole.text} "
                            f"({whole.clause}); {count} of its {len(rows)} rows fit so, to their rounding, no other "
                            "figure before the table as many"]}, tiebreak=(stated.start,))


def _counted_column(stem: str, amounts: list[Column]) -> Column | None:
    """The one column of amounts that counts what a rate's stem names: the same words once the measure word is
    aside (优良天数 → 优良), or words that end with the stem (普高录取 for 录取) but not with its opposite (不合格)."""
    act = MEASURE_WORD.sub("", stem) or stem
    same, ending = [], []
    for column in amounts:
        words = MEASURE_WORD.sub("", re.sub(r"(?:批次|家数|件数|所数|人|批|家|件|所|次|户)$", "", _bare(column.header)))
        if words == act:
            same.append(column)
        elif len(act) >= 2 and words.endswith(act) and not NEGATION.search(words[:-len(act)]):
            ending.append(column)
    found = same or ending
    return found[0] if len(found) == 1 else None


def _year_before(table: Table, row: Row) -> Row | None:
    """In a table whose rows are years, the row of the year before ``row``'s, else None."""
    year = YEAR_COLUMN.match(_bare(row.label))
    if year is None:
        return None
    wanted = int(year.group("year")) - 1
    for other in table.rows:
        found = YEAR_COLUMN.match(_bare(other.label))
        if found is not None and int(found.group("year")) == wanted and other is not row:
            return other
    return None


def _checked(table: Table, findings: list[tuple[int, Finding]]) -> Iterator[Finding]:
    """The findings, those of a column whose rows mostly do not fit its reading made doubtful."""
    figures = [cell.figure for row in table.rows for cell in row.cells if cell.figure is not None]
    intervals = {f.claim_id: Interval(f.low, f.high) for f in figures}
    points = {f.claim_id: f.value for f in figures}
    misfits: dict[tuple[int, str], list[bool]] = {}     # (column, kind) → whether each row's reading misses
    for column, finding in findings:
        if finding.spec.get("stated") is None or finding.alternatives:
            continue
        verdict = trial_verdict(finding, intervals, points)
        if verdict is not None:
            misfits.setdefault((column, finding.kind), []).append(verdict == "inconsistent")
    for column, finding in findings:
        missed = misfits.get((column, finding.kind), [])
        if len(missed) >= 2 and sum(missed) * 2 > len(missed) and not finding.doubt:
            header = table.columns[column].header
            finding.doubt = (f"{sum(missed)} of the {len(missed)} rows of the column “{header}” do not fit this reading "
                             f"of the table's columns, which may be read wrongly")
        yield finding


def _totals(table: Table) -> Iterator[tuple[int, Finding]]:
    """Rows that sum to a total row (or to a first row naming the whole, under category lines), a 合计 column, and
    shares of a total row — each with the column it reads (for :func:`_checked`)."""
    rows = table.rows
    yield from _row_totals(table)
    if any(MINUS_ROW.match(r.label) for r in rows):
        return                                 # 减：所得税影响额: a table that takes away is not a plain sum
    totals = [k for k, row in enumerate(rows) if TOTAL_ROW.search(row.label) and not row.sub]
    if not totals and len(rows) > 2 and PLACE_TOTAL.fullmatch(rows[-1].label) and not rows[-1].sub:
        totals = [len(rows) - 1]               # 朔城区 … 柏溪县, then 全市: the place's total closes the list
    bare = [k for k in totals if BARE_TOTAL.fullmatch(NUMBERED.sub("", rows[k].label))]
    if len(totals) > 1 and bare == [len(rows) - 1]:
        totals = bare                          # 银行存款和结算备付金合计 among the items, 合计 last: the one total
    groups: list[tuple[Row, list[Row], str]] = []          # (total row, its parts, why doubtful or "")
    if len(totals) == 1:
        k = totals[0]
        parts = [r for r in (rows[:k] if k else rows[1:]) if not r.sub]
        doubt = _doubt_of_total(rows[k], rows)
        numbered = _numbered_parts(rows, k)
        if numbered:                           # numbered levels read as a tree: not a flat list mixing levels
            groups.append((rows[k], numbered, doubt or NUMBERED_TREE))
        elif k == 0 and any(r.group for r in rows):
            groups += _category_groups(rows[0], rows[1:], doubt)
        elif len(parts) >= 2:
            blocks = _subtotal_blocks(table, rows[k], parts)
            if blocks:                         # 合计 = 甲类 + 乙类 + 丙类, each of those the sum of the diseases under it
                members = {id(m) for _, block in blocks for m in block}
                groups.append((rows[k], [r for r in parts if id(r) not in members], doubt))
                groups += [(head, block, doubt) for head, block in blocks]
            else:
                groups.append((rows[k], parts, doubt))
    elif not totals and rows and WHOLE_FIRST.search(rows[0].label) and not rows[0].group:
        place = bool(PLACE_TOTAL.fullmatch(rows[0].label))
        doubt = f"the table may not list every part of “{rows[0].label}”"
        if any(r.group for r in rows[1:]):
            groups += _category_groups(rows[0], rows[1:], doubt if place else "")
        else:
            parts = [r for r in rows[1:] if not r.sub]
            if len(parts) >= 2:
                groups.append((rows[0], parts, doubt))
    listed = {id(total) for total, _, _ in groups}
    groups += [(parent, children, NUMBERED_TREE) for parent, children in _numbered_children(rows)
               if id(parent) not in listed]
    for total, parts, doubt in groups:
        parts = [p for p in parts if not (QUOTIENT_WORDS.search(p.label) or RATE_ROW.search(p.label))]
        if len(parts) < 2 or len({r.unit for r in (total, *parts)}) > 1:
            continue                           # 税收占比（%） among the amounts is no part; rows in 万元 and 亿元 do not add
        tree = doubt == NUMBERED_TREE
        doubt = "" if tree else doubt or _levels_mixed(parts)
        for column in table.columns:
            if not (column.additive or column.role == "share" or column.percent and not INDEX_COLUMN.search(column.header)):
                continue
            whole = total.figure(column.index)
            figures = [p.figure(column.index) for p in parts]
            if whole is None or any(f is None for f in figures):
                continue
            if (column.role == "share" or column.percent) and not 99 <= whole.value <= 101:
                continue
            if column.percent or column.role == "share":
                # 年龄组 | 2023年 | 2024年 under 单位：%, 合计 100.0: each column a split of its whole; a column of
                # shares (占比) closed by its printed 100.0, the shares checked against that figure
                where = "above" if total.cells[0].start > parts[0].cells[0].start else "under"
                closing = whole if column.role == "share" else None
                yield column.index, split_finding(figures, f"{' + '.join(f.text for f in figures)} recomputed as "
                                                           f"{whole.text if closing else 100} ({total.label}, "
                                                           f"{column.header})",
                                                  f"a table in percent: the rows {where} “{total.label}” (printed "
                                                  f"{whole.text}) are the shares of every part in the column "
                                                  f"“{column.header}”, adding up to "
                                                  f"{'the printed ' + whole.text if closing else '100'}",
                                                  total=closing, doubt=doubt if closing else "")
                continue
            found = _sum(total, whole, figures, column, doubt)
            if found is not None:
                yield column.index, found
        for share in (c for c in table.columns if c.role == "share" and not doubt):
            amount = _amount_for(table, share)
            closing = total.figure(share.index)
            whole = total.figure(amount.index) if amount is not None else None
            if whole is None or (closing is not None and not 99 <= closing.value <= 101):
                continue                       # a 合计 row whose share is no 100: the shares are of another whole
            others = [] if tree else [r for r in rows if r.sub and r not in parts]   # 其中 rows are of it too, not
            for part in [*parts, *others]:                                            # another branch's rows
                stated, figure = part.figure(share.index), part.figure(amount.index)
                if stated is not None and figure is not None:
                    yield share.index, Finding("share", f"auto-share-{stated.start}", {
                        "description": f"{part.label}: {stated.text}% ({share.header}) as the share of {figure.text} "
                                       f"in {whole.text} ({total.label})",
                        "uses": {"part": figure.claim_id, "whole": whole.claim_id},
                        "formula": "part / whole * 100", "stated": stated.claim_id, "unit": "percent",
                        "assumptions": [f"a table: {share.header} is the row's {amount.header} over the row "
                                        f"“{total.label}”"]})


#: the label of a row that is a share of the row it names (``女性员工占比``, ``县域网点比重``)
SHARE_ROW = re.compile(r"^(?P<name>.+?)(?:占比|比重|所占比例|占全部的比重)$")
#: a row whose figure is net of its items (财务费用, 投资收益, 净利润, 差额): its 其中 rows need not fit under it
NET_ROW = re.compile(r"费用|收益|损益|利润|净额|差额|余额变动|净")
#: a unit of amounts in a row's label (``快递业务收入（亿元）``)
UNIT_IN_LABEL = re.compile(r"[（(][^（）()%％]*(?:元|件|人|个|吨|辆|户|米|次|瓦|时|头|只|亩|公顷|箱)[）)]")
#: the words that open a 其中 row, dropped when it is named (``其中：女性员工``)
SUB_OPENER = re.compile(r"^[\s　]*(?:其中[：:，,]?)?[\s　]*")


def _sub_rows(table: Table) -> Iterator[tuple[int, Finding]]:
    """A row with 其中 rows indented under it (``营业网点 | 个 | 185``, ``　其中：城区 | 个 | 98``, ``　　　　县域 | 个 |
    87``) in a table with no total row: in each column of amounts, the 其中 rows do not exceed it (rows of two traits,
    by ownership and by size, are each compared alone); and a row named as a share of one of them (``女性员工占比 |
    % | 54.3`` after ``其中：女性员工``) is that row over the one it is under."""
    rows = table.rows
    if any(TOTAL_ROW.search(r.label) for r in rows) or any(level is not None for level in _numbering_levels(rows)):
        return                                  # a table with a 合计 row or numbered rows is read by :func:`_totals`
    amounts = [c for c in table.columns if c.additive]
    parent_of: dict[int, Row] = {}
    k = 0
    while k < len(rows):
        parent = rows[k]
        children = []
        j = k + 1
        while j < len(rows) and rows[j].sub:
            children.append(rows[j])
            j += 1
        k = j if children else k + 1
        def starts(row: Row) -> int:            # where its name starts: ``　其中：城区`` and ``　　　　县域`` alike
            opener = re.match(r"其中[：:，,]?", row.label)
            return row.indent + (len(opener.group(0)) if opener else 0)
        top = min((starts(c) for c in children), default=0)
        children = [c for c in children if starts(c) == top]     # （一）捐赠收入 under 本年收入, not its own parts
        children = [c for c in children if c.unit == parent.unit and not QUOTIENT_WORDS.search(c.label)
                    and not RATE_ROW.search(c.label) and not SHARE_ROW.match(c.label)]
        if parent.sub or not children or QUOTIENT_WORDS.search(parent.label) or RATE_ROW.search(parent.label):
            continue
        for child in children:
            parent_of[id(child)] = parent
        if NET_ROW.search(SUB_OPENER.sub("", parent.label)) or parent.unit in ("%", "％"):
            continue                            # 财务费用 = 利息费用 − 利息收入: a net figure's items are no parts
        for column in amounts:
            if not (parent.unit or column.kind or column.scale != 1.0 or table.unit or UNIT_IN_LABEL.search(parent.label)):
                continue                        # no unit said: a table of growth rates titled …增速（%） reads alike
            whole = parent.figure(column.index)
            if whole is None or whole.value <= 0:
                continue
            # each alone (涉农、小微、绿色 loans overlap); together only where they fit, never judged so
            groups = [[c] for c in children] + ([children] if len(children) >= 2 else [])
            for group in groups:
                parts = [c.figure(column.index) for c in group]
                if any(f is None for f in parts):
                    continue
                variables = {f"part{n}": f.claim_id for n, f in enumerate(parts, 1)}
                yield column.index, Finding("part", f"auto-part-{parts[0].start}-of-{whole.start}", {
                    "description": f"the part(s) {'、'.join(f.text for f in parts)} do not exceed the total "
                                  f"{whole.text} ({parent.label}, {column.header})",
                    "uses": {"total": whole.claim_id, **variables},
                    "formula": f"{' + '.join(variables)} <= total", "unit": "comparison",
                    "lowered_unit": unit_name(whole.unit),
                    "assumptions": [f"a table: the rows under “{parent.label}” opened by 其中 are parts of it in the "
                                    f"column “{column.header}”"]}, only_if_consistent=len(group) > 1)
    named = {SUB_OPENER.sub("", r.label): r for r in rows}
    for row in rows:
        found = SHARE_ROW.match(SUB_OPENER.sub("", row.label))
        part_row = named.get(found.group("name")) if found else None
        whole_row = parent_of.get(id(part_row)) if part_row is not None else None
        if whole_row is None or not (row.unit in ("%", "％") or "%" in row.label):
            continue
        for column in amounts:
            stated, part, whole = (r.figure(column.index) for r in (row, part_row, whole_row))
            if stated is None or part is None or whole is None:
                continue
            yield column.index, _cell_share(
                stated, part, whole, f"{row.label}: {stated.text}% ({column.header}) as the share of {part.text} in "
                                     f"{whole.text} ({whole_row.label})",
                f"a table: “{row.label}” is the row “{part_row.label}” over the row “{whole_row.label}” it is under, "
                f"in the column “{column.header}”")


def _row_totals(table: Table) -> Iterator[tuple[int, Finding]]:
    """A column headed 合计 or 总计: in each row of amounts, the sum of the row's other amounts (not earlier periods,
    changes, shares, percents or 其中 columns)."""
    total = next((c for c in table.columns if c.role == "total" and not c.percent), None)
    if total is None:
        return
    columns = [c for c in table.columns if c.role in ("level", "revenue", "cost") and c.additive
               and (not total.kind or (c.kind, c.scale) == (total.kind, total.scale))]   # not 项目（个） beside 亿元
    if len(columns) < 2:
        return
    complete = [row for row in table.rows if row.figure(total.index) is not None
                and all(row.figure(c.index) is not None for c in columns)
                and not (QUOTIENT_WORDS.search(row.label) or RATE_ROW.search(row.label))]  # 人均收入（元）: no sum
    few = "one row only: the columns that make up the total are not shown by others" if len(complete) < 2 else ""
    for row in complete:
        whole = row.figure(total.index)
        figures, zeros = _nonzero([row.figure(c.index) for c in columns])
        if not figures:
            continue
        names = [f"part{n}" for n in range(1, len(figures) + 1)]
        headers = "、".join(c.header for c in columns)
        yield total.index, Finding("sum", f"auto-sum-{whole.start}", {
            "description": f"{' + '.join(f.text for f in figures)}{zeros} recomputed as {whole.text} ({row.label}, "
                           f"{total.header})",
            "uses": dict(zip(names, (f.claim_id for f in figures))), "formula": " + ".join(names),
            "stated": whole.claim_id, "unit": unit_name(whole.unit) or total.header,
            "assumptions": [f"a table: the column “{total.header}” is the sum of the row's columns {headers}"]},
            doubt=few or _mean_like(whole, figures), tiebreak=(figures[0].start,))


NUMBERED_TREE = "numbered tree"       # the parts of a numbered total, read level by level (:func:`_numbered_parts`)


def _numbering_levels(rows: list[Row]) -> list[int | None]:
    """Each row's level of numbering, 0 for the kind met first (一、 before （一） before 1.), None when unnumbered."""
    depth: dict[str, int] = {}
    for row in rows:
        found = NUMBERED.match(row.label)
        if found is not None and found.lastgroup != "code":
            depth.setdefault(found.lastgroup, len(depth))
    return [depth.get(found.lastgroup) if (found := NUMBERED.match(r.label)) else None for r in rows]


def _numbered_parts(rows: list[Row], k: int) -> list[Row]:
    """The parts of a numbered total row (``（七）总计`` after ``（一）…（六）``): the rows numbered at its level back to
    the row above them all (``三、本年度办理结果``), a heading row among them (``（三）不予公开``, no figures) stood for
    by the rows numbered one level below it. [] when the total is not numbered, or a row between is not."""
    levels = _numbering_levels(rows)
    level = levels[k]
    if level is None:
        return []
    parts: list[Row] = []
    for i in range(k - 1, -1, -1):
        if levels[i] is None:
            return []
        if levels[i] < level:
            break
        if levels[i] > level:
            continue
        if any(cell.figure for cell in rows[i].cells[1:]):
            parts.insert(0, rows[i])
            continue
        below = []                             # a heading: its rows one level down, up to the next at its level
        for row, at in zip(rows[i + 1:k], levels[i + 1:k]):
            if at is None or at <= level:
                break
            if at == level + 1:
                below.append(row)
        if not below or not all(any(cell.figure for cell in r.cells[1:]) for r in below):
            return []
        parts[0:0] = below
    return parts if len(parts) >= 2 else []


def _numbered_children(rows: list[Row]) -> list[tuple[Row, list[Row]]]:
    """Rows of figures numbered over rows numbered one level below them (``二、本年收入`` over ``（一）捐赠收入`` and
    ``（二）投资收益及其他``): each parent with its two or more children, read as their sum (rows under a child that
    are not numbered, 其中：资金, are the child's). A parent whose children are not all with figures, or that is an
    average or a rate, is left out."""
    levels = _numbering_levels(rows)
    families = []
    for i, (row, level) in enumerate(zip(rows, levels)):
        per_head = bool(PER_HEAD_ROW.search(row.label))
        if level is None or not any(cell.figure for cell in row.cells[1:]) or RATE_ROW.search(row.label) \
                or QUOTIENT_WORDS.search(PER_HEAD_ROW.sub("", row.label) if per_head else row.label):
            continue
        children = []
        for child, at in zip(rows[i + 1:], levels[i + 1:]):
            if at is None and child.sub:
                continue                       # 其中：资金 under （一）捐赠收入: a part of a child
            if at is None or at <= level:
                break
            if at == level + 1:
                children.append(child)
        if len(children) >= 2 and all(any(cell.figure for cell in c.cells[1:]) for c in children) \
                and not (per_head and not _exceeds(row, children)):
            families.append((row, children))
    return families


def _exceeds(parent: Row, children: list[Row]) -> bool:
    """Whether the parent's first figure is larger than each child's in that cell: a sum of positive components is,
    a mean of groups is not (it lies between them)."""
    whole = next((cell for cell in parent.cells[1:] if cell.figure is not None), None)
    if whole is None:
        return False
    at = parent.cells.index(whole)
    figures = [c.cells[at].figure if at < len(c.cells) else None for c in children]
    return all(f is not None and 0 <= f.value < whole.figure.value for f in figures)


def _subtotal_blocks(table: Table, total: Row, parts: list[Row]) -> list[tuple[Row, list[Row]]]:
    """The rows that are subtotals of the rows right under them, when the total row is no sum of all its rows
    (``合计 | 9,703``, ``乙类传染病 | 2,160`` then sixteen diseases that add up to it, ``丙类传染病 | 7,542`` then six): each
    subtotal with the run of two or more rows after it that sums to it in the first column that adds up, to the cells'
    rounding — found by arithmetic, so only where reading every row as a part of the total does not fit."""
    column = next((c for c in table.columns if c.additive and total.figure(c.index) is not None
                   and all(r.figure(c.index) is not None for r in parts)), None)
    if column is None:
        return []
    whole = total.figure(column.index)
    figures = [r.figure(column.index) for r in parts]
    if sum(f.low for f in figures) <= whole.high and sum(f.high for f in figures) >= whole.low:
        return []                                  # every row a part fits: a flat list
    counts = all("." not in f.text for f in (whole, *figures))    # whole numbers of cases add up exactly
    bounds = [(f.value, f.value) if counts else (f.low, f.high) for f in figures]
    blocks, i = [], 0
    while i < len(parts):
        (head_low, head_high), low, high, end = bounds[i], 0.0, 0.0, None
        for j in range(i + 1, len(parts)):
            low, high = low + bounds[j][0], high + bounds[j][1]
            if low > head_high + 1e-9:
                break
            if j - i >= 2 and high >= head_low - 1e-9 and figures[j].value < figures[i].value:
                end = j
                break
        if end is None:
            i += 1
            continue
        blocks.append((parts[i], parts[i + 1:end + 1]))
        i = end + 1
    return blocks


def _levels_mixed(parts: list[Row]) -> str:
    """Why rows numbered at different levels (一、 and （一）, a code and its extension) are no flat list of parts,
    or ""."""
    levels = set()
    for row in parts:
        found = NUMBERED.match(row.label)
        levels.add(None if found is None else (found.lastgroup if found.lastgroup != "code"
                                               else f"code{len(found.group('code'))}"))
    return "the rows are numbered at several levels: some may be parts of others" if len(levels) > 1 else ""


def _doubt_of_total(total: Row, rows: list[Row]) -> str:
    """Why the rows of a table may not be all the parts of its total row, or "": a total named for a class
    (``流动资产合计``: a statement may list some of its items), or a 其中 row at the parts' own indent (which of the
    rows after it it covers is not shown)."""
    if not BARE_TOTAL.fullmatch(NUMBERED.sub("", total.label)):
        return f"“{total.label}” names a class whose items the table may not all list"
    if any(QIZHONG_ROW.match(r.label) and not any(o.indent < r.indent for o in rows) for r in rows):
        return "a 其中 row stands at the parts' indent: which rows after it it covers is not shown"
    return ""


def _mean_like(whole: Figure, parts: list[Figure]) -> str:
    """Why a total that is smaller than one of its positive parts is likelier a mean than a sum, or ""."""
    positive = [p for p in parts if p.value > 0]
    if len(positive) >= 2 and whole.value < max(p.value for p in positive):
        return f"{whole.text} is smaller than one of its parts: an average or a rate, likelier than a sum"
    return ""


def _category_groups(total: Row, rows: list[Row], doubt: str) -> list[tuple[Row, list[Row], str]]:
    """The rows under each category line (``按…分``), each group a breakdown of ``total`` — shown, not judged: a
    category may list some of its kinds only (按类别分 卫生技术人员: 医师 and 护士 of more kinds)."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row.group and not row.sub and not CATEGORY_LINE.match(row.label) and not row.group.startswith("其中"):
            groups.setdefault(row.group, []).append(row)
    return [(total, parts, doubt or f"the rows under “{group}” may be some of the parts of “{total.label}” only")
            for group, parts in groups.items() if len(parts) >= 2]


def _amount_for(table: Table, share: Column) -> Column | None:
    """The column of amounts a share column is the share of: the nearest column of amounts to its left (of the same
    period: ``本期金额 | 本期占比 | 上年同期金额 | 上年同期占比``), else to its right (``持股比例(%) | 持股数量``)."""
    every = [c for c in table.columns if c.role in ("level", "revenue", "cost", "total", "previous") and not c.percent]
    words = re.sub(r"占比|比重|比例|构成|结构", "", _bare(share.header))
    named = [c for c in every if len(words) >= 2 and words in _bare(c.header)]
    if len(named) == 1:
        return named[0]                        # 收入占比 of 营业收入, not of 营业成本 beside it
    beside = next((c for c in every if c.index == share.index - 1), None)
    if beside is not None and (beside.role == "previous") == bool(PREVIOUS_WORDS.search(_bare(share.header))) \
            or beside is not None and YEAR_COLUMN.match(_bare(beside.header)):
        return beside                          # 2023年金额 | 占比 | 2022年金额 | 占比: each of the amount before it
    earlier = bool(PREVIOUS_WORDS.search(_bare(share.header)))      # 上年同期占比: of last year's amounts
    amounts = [c for c in table.columns if c.role in ("level", "revenue", "cost", "total", "previous")
               and not c.percent and (c.role == "previous") == earlier]
    left = [c for c in amounts if c.index < share.index]
    right = [c for c in amounts if c.index > share.index]
    return left[-1] if left else (right[0] if right else None)


def _fitted_shares(document: Document, table: Table) -> Iterator[Finding]:
    """A column of shares no total row closes (``持股比例(%)`` beside ``持股数量``), over the figure of the text before
    the table that most of its rows are the share of (``总股本612,480,000股``): taken as their whole when it fits at
    least :data:`SHARE_ROWS` rows and three in four, then every row is judged over it."""
    totals = [r for r in table.rows if TOTAL_ROW.search(r.label)]
    for share in (c for c in table.columns if c.role == "share"):
        amount = _amount_for(table, share)
        if amount is None or any(r.figure(share.index) is None or 99 <= r.figure(share.index).value <= 101
                                 for r in totals):
            continue                           # a total row whose share is 100: the shares are of it (_totals)
        pairs = [(r, r.figure(share.index), r.figure(amount.index)) for r in table.rows]
        pairs = [(r, stated, figure) for r, stated, figure in pairs if stated is not None and figure is not None
                 and not FOOTNOTED.search(r.label)]
        if len(pairs) < SHARE_ROWS:
            continue
        best, fits = None, 0
        cells = table_cells(document)          # the text's figures before the table, not other tables' cells
        wholes = [f for f in document.earlier(table.start, SHARE_BACK * 4) if f.claim_id not in cells][:SHARE_BACK]
        for whole in wholes:
            if not whole.amount or whole.value <= 0 or whole.high - whole.low > PRECISE_WHOLE * whole.value:
                continue
            count = sum(_share_fits(figure, whole, stated, amount.scale) for _, stated, figure in pairs)
            if count > fits:
                best, fits = whole, count
        if best is None or fits < SHARE_ROWS or fits * 4 < len(pairs) * 3:
            continue
        for row, stated, figure in pairs:
            formula = f"part * {amount.scale:g} / whole * 100" if amount.scale != 1.0 else "part / whole * 100"
            yield Finding("share", f"auto-share-{stated.start}", {
                "description": f"{row.label}: {stated.text}% ({share.header}) as the share of {figure.text} "
                               f"({amount.header}) in {best.text}",
                "uses": {"part": figure.claim_id, "whole": best.claim_id}, "formula": formula,
                "stated": stated.claim_id, "unit": "percent",
                "assumptions": [f"a table: {share.header} is each row's {amount.header} over {best.text} "
                                f"({best.clause}), the whole {fits} of its {len(pairs)} rows fit to their rounding"]})


def _share_fits(part: Figure, whole: Figure, stated: Figure, scale: float) -> bool:
    """``part`` (in ``scale``) over ``whole`` is ``stated`` percent, to the rounding of all three."""
    return quotient_fits(part, whole, stated, scale * 100)


def _sum(total: Row, whole: Figure, parts: list[Figure], column: Column, doubt: str) -> Finding | None:
    where = "above" if total.cells[0].start > parts[0].start else "under"
    parts, zeros = _nonzero(parts)
    if not parts:
        return None
    names = [f"part{n}" for n in range(1, len(parts) + 1)]
    return Finding("sum", f"auto-sum-{whole.start}", {
        "description": f"{' + '.join(p.text for p in parts)}{zeros} recomputed as {whole.text} ({total.label}, "
                       f"{column.header})",
        "uses": dict(zip(names, (p.claim_id for p in parts))), "formula": " + ".join(names),
        "stated": whole.claim_id, "unit": unit_name(whole.unit) or column.header,
        "assumptions": [f"a table: the rows {where} “{total.label}” are all its parts in the column “{column.header}”"]},
        doubt=doubt or _mean_like(whole, parts), tiebreak=(parts[0].start,))


def _nonzero(parts: list[Figure]) -> tuple[list[Figure], str]:
    """The parts of a sum that are not a printed 0 (which adds nothing and is left out), and the words that say how
    many were."""
    kept = [p for p in parts if not (p.value == 0 and p.low == 0 and p.high == 0)]
    left = len(parts) - len(kept)
    return kept, (f" (and {left} cell{'s' if left > 1 else ''} of 0)" if left else "")


def _fitted_totals(document: Document, table: Table) -> Iterator[Finding]:
    """A column no total row closes, fitted to a figure of the text before the table that its rows sum to."""
    rows = table.rows
    if any(TOTAL_ROW.search(r.label) for r in rows) or (rows and WHOLE_FIRST.search(rows[0].label)):
        return
    parts_rows = [r for r in rows if not r.sub]
    if len(parts_rows) < 2:
        return
    before = [f for f in document.earlier(table.start, FIT_BACK) if f.amount and f.plain and digits(f) >= PRECISE_DIGITS]
    for column in table.columns:
        if column.role not in ("level", "revenue", "cost") or not column.additive or column.scale == 1.0 and not column.kind:
            continue
        figures = [r.figure(column.index) for r in parts_rows]
        if any(f is None for f in figures):
            continue
        low = sum(f.low for f in figures) * column.scale
        high = sum(f.high for f in figures) * column.scale
        total = next((f for f in before if (not column.kind or f.kind == column.kind)
                      and f.low <= high and low <= f.high), None)
        if total is None:
            continue
        names = [f"part{n}" for n in range(1, len(figures) + 1)]
        summed = " + ".join(names)
        yield Finding("sum", f"auto-fit-sum-{total.start}", {
            "description": f"{' + '.join(f.text for f in figures)} ({column.header}) fits {total.text}",
            "uses": dict(zip(names, (f.claim_id for f in figures))),
            "formula": f"({summed}) * {column.scale:g}" if column.scale != 1.0 else summed,
            "stated": total.claim_id, "unit": unit_name(total.unit),
            "assumptions": [f"{FITTED}: the rows of the column “{column.header}” of the table below it sum to "
                            f"{total.text} ({total.clause}) to the rounding the text allows, which suggests they are "
                            "its parts — a coincidence is possible; nothing is accused where no total fits"]},
            only_if_consistent=True, tiebreak=(figures[0].start,))
