"""Relations a report contains among its own figures, found by pattern, as checks for a report nobody curated.

A *relation* is one arithmetic statement the text makes or implies among its stated figures. The finders read
them within a sentence and across the sentences of a paragraph:

* :mod:`~.changes` — growth rates with or without their base (``比上年的 A``, ``上年为 A``, ``与上年末的 A 相比``,
  ``由 A 增长到 B``, ``由 A 上升为 B``), this year + absolute change + rate (``比上年增加 D，增长 r%``, 比年初,
  增产/减收, a change naming its own subject), absolute changes, percentage points, multiples (由…到, ``是 X A 的
  N倍``, two figures named, the base stated after), 增长 N倍, and comparisons of two named figures (``比…多``);
* :mod:`~.totals` — 其中 / 内含 / 包括 parts (in every unit they are given, also when 其中 opens the next
  sentence), a sentence opening with the name of its whole (``全市常住人口中，…``), breakdowns (``分…看``,
  ``按…分``, ``从…看``), complete lists that must sum to their total (三次产业, 城镇 and 乡村, 市外 and 市内, a whole
  whose name lists its kinds such as 服务站（点）, a list whose stated shares add
  up to 100%, 分别 / 依次 after 共有, 以上…合计, 加上…总计), splits that must sum to 100, a breakdown opening its
  paragraph with its total in the sentences above, and the shares read with the parts they belong to (其中 … 占 s%,
  a breakdown's bare 占);
* :mod:`~.shares` — stated shares of a named whole (占 W 的比重, of a budget or plan, with the whole inside
  ``占 W 的``, named by abbreviation: 占集团营收的 for 营业收入, 占全省的), rates named by what they count (结案率,
  投资完成率, 优良天数比率) and rates whose words name part and whole (城镇化率);
* :mod:`~.averages` — averages (人均, 户均, 亩均, 次均, 县均, 平均每个…的…, 均价), rates per 1,000 and per 10万
  (of the population, of live births, of a named group), stated ratios of two figures (城乡居民收入比, 利润率,
  贷存比, 性别比, 资产负债率, x:1 ratios of two figures the words name), stated differences of two rates
  (自然增长率, 支出增速高于收入增速 N个百分点), balances (收支结余, 当年结存, 顺差, 所有者权益 = 资产 − 负债, 现金流量净额
  = 流入 − 流出), yields per unit of area (单产, 亩产, 公斤/亩: 产量 over 面积) and quotients named by their words, kept
  as one table (日均 over the days, 人均花费 over 人次, 平均票价, 支付比例, 可支付月数: :data:`~.words.QUOTIENTS`).
* :mod:`~.tables` — tables written as text (``项目 | 本报告期 | 上年同期 | 增减(%)``, 附表 set with wide spaces): each
  column's role read from its header, and a row's change on its earlier column, gross margins, rows and columns that
  sum to a total row or column, shares of a total row or of a whole stated before the table, 其中 rows under a row
  (parts of it) and a row named as one's share (女性员工占比); and (:mod:`~.columns`)
  a column no header word explains read by the arithmetic most of its rows fit (差额 = 结汇 − 售汇, 增减(%) of two
  budgets, 环比 on the row above, 发病率 per 10万 over the population the text states, a stock that is the row above
  plus the new ones), and a text's total that is a run of a column's rows;
* :mod:`~.defined` — quotients known by their name stated apart from their terms (存贷比, 拨备覆盖率, 森林覆盖率 in
  公顷 over 平方公里, and whatever the report defines in a 注), when no reading above took the stated figure;
* :mod:`~.fits` — last, relations found by arithmetic: a stated figure that reads as a quotient (a percent that is no
  growth rate, a figure after 均/每/平均/率/比, 是…的 N倍) or a plain total, that no finder above tied by its words, tried
  against the figures around it and kept only where they fit to the rounding (never judged against: a figure nothing
  fits is not checked), with guards against chance (precise figures only, exact counts, a run that ends where its
  list does, the words' names for part and whole respected).

Each relation becomes an ordinary :class:`~helpers.claims.checks.Check` over the ledger's claim ids
(:mod:`~.finding`), so every figure enters with the interval the text allows (rounding, 余/多/超 bounds) and
the verdicts are the curated checks' own: consistent, approximate, inconsistent, derived. Each check says what
it assumed in words a reader can verify, and that it was found by pattern. Ids are unique. A doubtful reading
(two figures 其中 could refer to, a total stated in another paragraph, a report with two populations) is never
an accusation: if it would not be consistent, the check shows the figure its reading implies instead. Where the
words allow two readings (a share after 其中: of the 其中 total or of the whole the sentence names), the check takes
the one the figures fit and says so, and when none fits it shows the figures without judging them.

A reading that could accuse needs the words behind it, else it is lowered: a breakdown's total must be named for
its parts (their shared words, a synonym in :data:`~.words.SYNONYMS`, or the known whole of a set) and speak of
their period (:data:`~.words.PERIOD_NAME`); a share's whole stands before it, named, in its paragraph or the
sentence before, never after it; a 其中 list ends at ； when the next item repeats a listed name; parts of two
dimensions (学历 and 职称, 性别 and 年龄: :data:`~.words.DIMENSIONS`) are each compared with the total alone, never
summed.

Every finder looks at a fixed number of figures around each one, so finding relations is linear in the size
of the report (``tests/test_growth_relations.py``).

>>> from helpers.claims.ledger import build_ledger
>>> from helpers.read.report import load_report
>>> from helpers.read.segment import segment
>>> report = load_report()
>>> parts = segment(report.text)
>>> checks = find_checks(build_ledger(report, curated_path=None, parts=parts), parts)
>>> sorted(c.check_id for c in checks)[:2]
['auto-part-2134-of-2110', 'auto-part-2214-of-2196']
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from helpers.claims.checks import Check
from helpers.claims.intervals import Interval
from helpers.claims.relations import averages, changes, columns, defined, fits, owners, restated, shares, tables, totals
from helpers.claims.relations.finding import ASSUMED, Finding, to_checks
from helpers.claims.relations.passage import Document, read_figures
from helpers.read.segment import Segmentation

__all__ = ["ASSUMED", "FINDERS", "find_checks", "find_findings", "find_in_text"]

#: The finders, in the order their checks are listed.
FINDERS = (changes.find, totals.find, shares.find, averages.find, tables.find)


def find_findings(document: Document) -> list[Finding]:
    """Every relation the finders read in ``document``, before ids and doubt are settled."""
    found = [finding for finder in FINDERS for finding in finder(document)]
    found += list(columns.text_bases(document, tables.read_tables(document), found))
    # a figure read as two terms at once (口袋公园占新建公园的 s% over 新建的 24个公园中: 24个 as part and whole) says nothing
    found = [f for f in found if len(set(f.spec["uses"].values())) == len(f.spec["uses"])
             and f.spec.get("stated") not in f.spec["uses"].values()]
    found += defined.find(document, {f.spec["stated"] for f in found if f.spec.get("stated")})
    found += fits.find(document)
    cells = tables.table_cells(document)
    # the cells of a table relate as its header says (tables.py): words read across a row's cells are not a sentence's
    found = [f for f in found if f.spec.get(tables.READ) or len(cells.intersection(_figures(f))) < 2]
    found = restated.most_precise(found, document)     # a far term in its most precise mention (438.62万人 → 4,386,215人)
    found = owners.said_of_another(found, document)   # an average said of one place over another's figures: doubtful
    written = {f.claim_id: f.text for members in document.paragraphs for f in members}
    # 七个领域共投入 T，其中前三个领域合计占 s%: counts written in words (三个, 七个) name the items, no share's terms
    return [f for f in found if not (f.kind == "share" and any(
        not re.search(r"\d", written.get(cid, "0")) for cid in f.spec["uses"].values()))]


def _figures(finding: Finding) -> set[str]:
    """The claim ids a finding reads, its stated figure with them."""
    return {*finding.spec["uses"].values(), *([finding.spec["stated"]] if finding.spec.get("stated") else [])}


def find_checks(ledger: pd.DataFrame, parts: Segmentation) -> list[Check]:
    """Checks for every relation found in the report (the ledger is not mutated)."""
    document = read_figures(ledger, parts)
    numeric = ledger.loc[ledger.value.notna(), ["claim_id", "value", "low", "high"]]
    intervals, points = {}, {}
    for cid, value, low, high in zip(numeric.claim_id.tolist(), numeric.value.astype(float).tolist(),
                                     numeric.low.astype(float).tolist(), numeric.high.astype(float).tolist()):
        intervals[cid] = Interval(value if math.isnan(low) else low, value if math.isnan(high) else high)
        points[cid] = value
    return to_checks(find_findings(document), intervals, points)


def find_in_text(text: str) -> list[Check]:
    """The checks found in a text (a report of one line after a title), for examples and tests."""
    from helpers.claims.ledger import build_ledger
    from helpers.read.report import Report
    from helpers.read.segment import segment

    raw = text if text.endswith("\n") else text + "\n"
    parts = segment(raw)
    report = Report(path=Path("text.txt"), text=raw, encoding="utf-8", sha256="")
    return find_checks(build_ledger(report, curated_path=None, parts=parts), parts)
