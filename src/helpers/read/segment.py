"""Splitting a report's text into documents, sections, paragraphs and sentences.

A page such as ours holds one main article and a few news briefs; a statistical bulletin or a sector report
holds one long article in numbered parts. Lines are classified, not rewritten:

* **chrome** — what is not content: ``初审编辑:`` / ``（责任编辑：刘洋）`` lines (``editor``), the ``...[详细]``
  "read more" marker that ends a brief (``more``), the reporter's byline ``…记者 XXX …报道`` (``byline``), a
  dateline line ``2022-03-15 09:30:00 来源: 县统计局`` / ``来源：… 发布时间：…`` or the dateline that opens the
  first paragraph (``本报讯（记者 王晓）``, ``新华社北京3月15日电（记者 …）``) (``dateline``), the subtitle
  ``——2024年1月10日在…会议上`` and the issuer's line under a headline (``subtitle``, ``source``), and page
  furniture such as ``首页 > 新闻中心``, ``【字体：大 中 小】``, ``分享到：``, ``打印本页 关闭窗口`` (``page``);
* **headline** — the first line of the text when a dateline, a byline, a subtitle or a numbered part follows it:
  the heading of the article's first section (``Segmentation.headline``), never an article of its own;
* **heading** — a short line with no sentence punctuation inside an article, or a **numbered heading**
  (``一、综合``, ``（一）农业``, ``1.小学``, ``第一部分 教育事业``, ``【教育投入】``), which may also open a line
  (``（一）农业。全年…`` and ``【健康扶贫】全县…`` split into the heading and a paragraph); its ``numbering``
  and ``level`` (0 headline, 1 part, 2 chapter, 3 section, 4 item) are columns of ``sections``;
* **brief** — a single line ending in ``[详细]``: a document of its own (taking a heading right before it as its
  title), except when it is clearly an article's last section — under a heading of an article that already
  has paragraphs;
* everything else is a **paragraph** of the current article.

Every row carries ``start``/``end`` character offsets (end exclusive) into the raw text, so
``raw[start:end] == text`` for every span — later ledgers point back to the exact place. Segmenting is linear in
the length of the text.

>>> from helpers.read.segment import segment
>>> parts = segment("大众网 记者 张三 青岛报道\\n导语一句。\\n小标题\\n正文。第二句！\\n")
>>> parts.sections[["section_id", "title"]].values.tolist()
[['d1.s0', '导语'], ['d1.s1', '小标题']]
>>> list(parts.sentences.text)
['导语一句。', '正文。', '第二句！']
>>> bulletin = segment("某县通报\\n2022-03-15 09:30:00　来源: 县统计局\\n\\n初审编辑:张三\\n导语。\\n一、综合经济\\n生产总值增长。\\n")
>>> bulletin.headline, bulletin.documents.kind.tolist(), bulletin.sections.title.tolist()
('某县通报', ['article'], ['某县通报', '一、综合经济'])
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

CHROME_LINE = re.compile(r"^\s*[（(【\[]?\s*(?:(?:初审编辑|责任编辑|审核编辑|终审编辑|美术编辑|责编|编辑|校对)\s*(?:[:：]\s*|\s+)?"
                         r"[^\s:：，。（）()]{0,12}\s*){1,3}[）)】\]]?\s*$")   # 责任编辑：甲　美术编辑：乙 on one line
MORE_MARKER = re.compile(r"(?:\.{3}|…+)?\s*\[详细\]\s*$")
BYLINE = re.compile(r"记者.{0,20}报道\s*$")
SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"）)]*|[；;](?=\s*$)")
HEADING_MAX_CHARS = 30
HEADLINE_MAX_CHARS = 60
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
HEADING_FORBIDDEN = re.compile(r"[。！？!?，,；;：:、]")
#: a row of a table written as text: two numbers apart by spaces, a tab or a pipe (``药占比（%）　24.6　26.4　-1.8个百分点``)
TABLE_ROW = re.compile(r"\d[%％]?(?:[ \u3000\t]+|\s*[|｜]\s*)[+\-−－]?\d")
SENTENCE_PUNCTUATION = re.compile(r"[。！？!?；;]")

#: A dateline line: a date (and time) with the source, author or editor fields of a news page, or those fields alone.
#: Its fields repeat possessively (``*+``): every way of cutting a line into fields consumes the same characters, so the
#: first way decides, and a line that cannot match (``浏览次数：1,862``, a comma) fails at once instead of trying every
#: cut (53 s on one line of 50 characters before).
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_OPENING_FIELD = r"(?:来源|信息来源|文章来源|稿件来源|作者|发布时间|发布日期|发稿时间)"
_FIELD = rf"(?:{_OPENING_FIELD[3:-1]}|时间|日期|编辑|责任编辑|记者|通讯员|浏览次数|点击数|阅读)"
DATELINE_LINE = re.compile(rf"^(?:{_DATE}|{_OPENING_FIELD}\s*[:：])(?:[\s　]*(?:{_DATE}|{_FIELD}\s*[:：]|"
                           rf"[^\s　，,。！？；;]{{1,24}}))*+\s*$")
#: A dateline opening an article's first paragraph: 本报讯（记者 …）, 新华社北京3月15日电（记者 …）, （记者 …）.
DATELINE_OPENING = re.compile(
    r"^(?:(?:(?:本报|本刊|本台|[^\s，。“”]{1,8}(?:报|网|台|社))讯|(?:新华社|中新社|中新网|人民网|央视网|[^\s，。“”]{2,8}(?:社|网|台|报))"
    r"[^\s，。“”]{0,10}?\d{1,2}月\d{1,2}日电|[^\s，。“”]{2,10}\d{1,2}月\d{1,2}日电)"
    r"(?:\s*[（(][^）)]{1,40}[）)])?|[（(](?:记者|通讯员|本报记者)[^）)]{1,40}[）)])\s*")
SUBTITLE = re.compile(r"^(?:——|—|--)")
#: Page furniture: breadcrumbs, font and print controls, sharing, paging, copyright.
_PAGE_WORD = (r"(?:【[^】]{0,16}(?:字体|字号|打印|关闭|收藏|分享|返回|顶部)[^】]{0,16}】|字[体号][:：]?\s*[大中小\s]+|"
              r"打印本页|打印|关闭窗口|关闭|收藏|分享到[:：]?|扫一扫[^\s]{0,12}|返回顶部|上一篇[:：].{0,40}|"
              r"下一篇[:：].{0,40}|相关(?:阅读|新闻|链接|文章)|版权所有.{0,40}|Copyright.{0,60}|[\w.-]*ICP备.{0,30})")
PAGE_LINE = re.compile(rf"^(?:(?:首页|当前位置|您的位置|您现在的位置)\s*[:：>»＞].{{0,60}}|(?:\s*{_PAGE_WORD}\s*)+)$")

#: Numbered headings and their level: 第一部分 (1), 一、 and 【…】 (2), （一） (3), 1. / 1、 / （1） (4).
NUMBERING = re.compile(
    r"^(?:(?P<part>第[一二三四五六七八九十百\d]+(?:部分|章|篇|编))|(?P<chapter>[一二三四五六七八九十]+[、.．])|"
    r"(?P<section>[（(][一二三四五六七八九十]+[）)])|(?P<item>\d{1,2}(?:[.．、](?!\d)|[）)])|[（(]\d{1,2}[）)])|"
    r"(?P<bracket>【[^】\n]{1,20}】))[ \t　]*")
LEVELS = {"part": 1, "chapter": 2, "bracket": 2, "section": 3, "item": 4}
YEARS = re.compile(r"\d{4}年")
DIGITS = re.compile(r"[0-9０-９]")
INLINE_TITLE = re.compile(r"^(?P<title>[^\s，,。；;：:、0-9０-９]{1,15})[。：:]")

DOCUMENT_COLUMNS = ["doc_id", "kind", "start", "end", "label", "text"]
SECTION_COLUMNS = ["section_id", "doc_id", "heading", "title", "numbering", "level", "start", "end", "text"]
LEAD_TITLE = "导语"  # title of an article's text before its first heading
PARAGRAPH_COLUMNS = ["paragraph_id", "doc_id", "section_id", "start", "end", "text"]
SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "doc_id", "section_id", "start", "end", "text"]
CHROME_COLUMNS = ["kind", "start", "end", "text"]


@dataclass(frozen=True)
class Segmentation:
    """The report's structure as tables; each has ``start``/``end`` offsets into ``raw``."""

    raw: str
    documents: pd.DataFrame
    sections: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    chrome: pd.DataFrame     # page furniture that was recognised and left out
    byline: str | None
    headline: str | None = None    # the first article's headline (the heading of its first section)
    dateline: str | None = None    # the dateline as printed (a line, or the opening of the first paragraph)

    def locate(self, spans: pd.DataFrame) -> pd.DataFrame:
        """A copy of ``spans`` (with a ``start`` column) plus the ids of the containing
        document, section, paragraph and sentence (missing where a span sits in page chrome).

        Does not mutate ``spans``.
        """
        located = spans.copy()
        offsets = located["start"].to_numpy()
        for table, key in (
            (self.documents, "doc_id"), (self.sections, "section_id"),
            (self.paragraphs, "paragraph_id"), (self.sentences, "sentence_id"),
        ):
            starts, ends = table["start"].to_numpy(), table["end"].to_numpy()
            index = np.searchsorted(starts, offsets, side="right") - 1
            inside = (index >= 0) & (offsets < ends[np.clip(index, 0, None)]) if len(table) else index < -1
            ids = table[key].to_numpy(dtype=object)
            located[key] = [ids[i] if ok else None for i, ok in zip(index, inside)]
        return located


def _lines(raw: str):
    """(start, end, text, blank line before) of each non-blank line, surrounding blanks excluded."""
    offset = 0
    blank = True
    for line in raw.splitlines(keepends=True):
        body = line.rstrip(LINE_BREAKS)
        stripped = body.strip()
        if stripped:
            start = offset + len(body) - len(body.lstrip())
            yield start, start + len(stripped), stripped, blank
            blank = False
        else:
            blank = True
        offset += len(line)


def _is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_CHARS and not HEADING_FORBIDDEN.search(line) and not line[-1].isdigit() \
        and not TABLE_ROW.search(line)


def _numbered(line: str):
    """(numbering, level, heading length) when ``line`` is or opens with a numbered heading; else None.

    The heading length is the whole line for a heading line; for ``（一）农业。全年…`` or ``【健康扶贫】全县…`` it
    is the length of the heading that opens the line.
    """
    found = NUMBERING.match(line)
    if not found:
        return None
    style = found.lastgroup
    prefix = found.group(style)
    rest = line[found.end():]
    level = LEVELS[style]
    if not rest:
        return prefix, level, len(line)
    if len(rest) <= HEADING_MAX_CHARS and not SENTENCE_PUNCTUATION.search(rest) and not rest[-1].isdigit() \
            and not DIGITS.search(YEARS.sub("", rest)):
        return prefix, level, len(line)
    if style == "bracket":
        return prefix, level, found.end(style)
    inline = INLINE_TITLE.match(rest)
    if inline and len(rest) - inline.end() >= 8:
        return prefix, level, found.end() + len(inline.group("title"))
    return None


#: a newspaper's masthead line over a story: ``临沅日报　2025年1月18日　星期六　第3版　经济·金融``, its parts set
#: apart by spaces or, as web captures of e-papers do, by bars (``青川商报 | 2024年11月19日 星期二 | 第A07版：公司``)
_MASTHEAD_GAP = r"(?:\s*[|｜]\s*|\s+)"
_MASTHEAD_DATE = (rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日{_MASTHEAD_GAP}?(?:星期|周)[一二三四五六日天]"
                  rf"(?:{_MASTHEAD_GAP}?第\s*[\dA-Z一二三四五六七八九十]+\s*版)?(?:{_MASTHEAD_GAP}[^\s，。,|｜]{{1,12}})*\s*$")
MASTHEAD = re.compile(rf"^[^\s，。,|｜]{{2,14}}{_MASTHEAD_GAP}" + _MASTHEAD_DATE)
#: the same date line standing alone, under the paper's name on a line of its own
MASTHEAD_DATE = re.compile("^" + _MASTHEAD_DATE)
#: a masthead's publishing line: ``国内统一连续出版物号 CN 35-0187　海澄日报社出版``, ``邮发代号 …``
PUBLISHER = re.compile(r"连续出版物号|\bCN\s*\d{2}\s*[-－]\s*\d{4}|报社出版|邮发代号|主管主办|机关报|今日\d+版|本版责编"
                       r"|^(?:证券|股票|基金)代码[:：]\s*\S+\s+(?:证券|股票|基金)简称[:：]"   # a listed company's announcement line
                       r"|本版(?:责任)?编辑|美编[:：]|新闻热线|^(?![^\n]*[|｜\t])(?![^\n]*\d,\d{3})[A-Z]?\d{1,2}\s*版?\s+\S{1,10}|^第\s*[A-Z]?\d{1,3}\s*版"
                       r"|^[A-Z][A-Z\s]{3,30}$")                 # a page's number and column, the paper's Latin name
#: a masthead set on two lines: the paper's name alone (``临湾日报``), then the date line (``2025年1月22日　星期三　第A03版``)
PAPER_NAME = re.compile(r"^[^\s，。,、：:]{1,8}(?:日报|晚报|时报|商报|早报|晨报|周报|导报)$"
                        r"|^[^\s，。,、：:\d]{2,5}(?<![通公快简喜捷年月汇预申上举电])报$")   # 临源报, 金融报; not 某县通报


def _chrome_kind(line: str) -> str | None:
    if CHROME_LINE.match(line):
        return "editor"
    if PAGE_LINE.match(line) or MASTHEAD.match(line) or MASTHEAD_DATE.match(line) or PAPER_NAME.match(line) \
            or (len(line) <= 60 and PUBLISHER.search(line)):
        return "page"
    if DATELINE_LINE.match(line) and len(line) <= 100:
        return "dateline"
    return None


def _headline_block(lines: list) -> tuple[int | None, dict[int, str]]:
    """The index of the headline among the first lines, and the chrome kind of each line of its block.

    A first line is the headline when a dateline, a byline, a subtitle, a numbered part or a paragraph opening
    with a dateline follows it (past page furniture and the issuer's line).
    """
    index = next((i for i, line in enumerate(lines[:12]) if _chrome_kind(line[2]) is None), None)
    if index is None:
        return None, {}
    text = lines[index][2]
    if (len(text) > HEADLINE_MAX_CHARS or SENTENCE_PUNCTUATION.search(text[-1]) or MORE_MARKER.search(text)
            or BYLINE.search(text) or _numbered(text) or DATELINE_OPENING.match(text)):
        return None, {}
    block: dict[int, str] = {}
    confirmed = False
    for i in range(index + 1, min(index + 6, len(lines))):
        _, _, line, blank = lines[i]
        kind = _chrome_kind(line)
        if kind == "dateline" or SUBTITLE.match(line) or (BYLINE.search(line) and len(line) <= 40):
            block[i] = "dateline" if kind == "dateline" else ("subtitle" if SUBTITLE.match(line) else "byline")
            confirmed = True
            continue
        if kind is not None:
            block[i] = kind
            continue
        numbered = _numbered(line)
        if DATELINE_OPENING.match(line) or (numbered and numbered[1] <= 2):
            confirmed = True
            break
        if not blank and len(line) <= 20 and not HEADING_FORBIDDEN.search(line) and not SENTENCE_PUNCTUATION.search(line) \
                and not re.search(r"\d", line):
            block[i] = "source"              # the issuer or speaker under a headline: 青山市统计局, 县长 周建国
            continue
        if i == index + 1 and len(line) <= HEADLINE_MAX_CHARS and not SENTENCE_PUNCTUATION.search(line) \
                and not _numbered(line):
            block[i] = "subtitle"            # a second headline line (副题): 全年新增贷款951.39亿元　普惠小微…
            continue
        break
    return (index, block) if confirmed else (None, {})


def segment(raw: str) -> Segmentation:
    """Classify the lines of ``raw`` and build the document/section/paragraph/sentence tables."""
    documents, sections, paragraphs, chrome = [], [], [], []
    byline: str | None = None
    dateline: str | None = None
    article: dict | None = None     # the article being filled
    section: dict | None = None
    counts: Counter = Counter()     # sections per document

    def close_article():
        nonlocal article, section
        if article is not None and article["end"] > article["start"]:
            documents.append(article)
        article, section = None, None

    def new_doc_id() -> str:
        return f"d{len(documents) + (article is not None) + 1}"

    def open_section(start: int, end: int, heading: str | None, numbering: str | None, level: int):
        nonlocal section
        number = counts[article["doc_id"]]
        counts[article["doc_id"]] += 1
        section = {"section_id": f"{article['doc_id']}.s{number}", "doc_id": article["doc_id"], "heading": heading,
                   "numbering": numbering, "level": level, "start": start, "end": end, "paragraphs": 0}
        sections.append(section)
        if article["end"] == article["start"]:
            article["start"] = start

    def add_paragraph(start: int, end: int):
        nonlocal dateline
        if article["paragraphs"] == 0:
            opening = DATELINE_OPENING.match(raw[start:end])
            body = start + opening.end() if opening else end
            if opening and body < end and raw[body] not in "，,。":
                printed = opening.group(0).rstrip()
                chrome.append({"kind": "dateline", "start": start, "end": start + len(printed), "text": printed})
                dateline = dateline or printed
                start = body
        paragraphs.append({"doc_id": article["doc_id"], "section_id": section["section_id"], "start": start,
                           "end": end})
        article["paragraphs"] += 1
        section["paragraphs"] += 1
        section["end"] = end
        article["end"] = end

    lines = list(_lines(raw))
    headline_at, block = _headline_block(lines)
    for number, (start, end, line, _) in enumerate(lines):
        if number in block:
            kind = block[number]
            chrome.append({"kind": kind, "start": start, "end": end, "text": line})
            if kind == "dateline":
                dateline = dateline or line
            if kind == "byline":
                byline = byline or line
            continue
        kind = _chrome_kind(line)
        if kind == "editor" or (kind == "page" and number != headline_at):
            chrome.append({"kind": kind, "start": start, "end": end, "text": line})
            if article is not None and article["paragraphs"]:
                close_article()
            continue
        if kind == "dateline" and number != headline_at:
            chrome.append({"kind": "dateline", "start": start, "end": end, "text": line})
            dateline = dateline or line
            continue
        more = MORE_MARKER.search(line)
        if more:
            content_end = start + more.start()
            chrome.append({"kind": "more", "start": content_end, "end": end, "text": raw[content_end:end]})
            if article is not None and article["paragraphs"] and section is not None and section["heading"]:
                add_paragraph(start, content_end)      # the article's last section, cut short by "[详细]"
                close_article()
                continue
            title = None
            if article is not None and not article["paragraphs"] and len(sections) and \
                    sections[-1]["doc_id"] == article["doc_id"] and counts[article["doc_id"]] == 1:
                title = sections.pop()                  # a heading right before the brief is its title
                counts[article["doc_id"]] = 0
                article = None
            close_article()
            doc_id = new_doc_id()
            sec_id = f"{doc_id}.s0"
            brief_start = title["start"] if title else start
            documents.append({"doc_id": doc_id, "kind": "brief", "start": brief_start, "end": content_end})
            sections.append({"section_id": sec_id, "doc_id": doc_id, "heading": title["heading"] if title else None,
                             "numbering": title["numbering"] if title else None,
                             "level": title["level"] if title else 0, "start": brief_start, "end": content_end,
                             "paragraphs": 1})
            paragraphs.append({"doc_id": doc_id, "section_id": sec_id, "start": start, "end": content_end})
            continue
        if article is None:
            article = {"doc_id": new_doc_id(), "kind": "article", "start": start, "end": start, "paragraphs": 0}
            section = None
        if number == headline_at:
            open_section(start, end, line, None, 0)
            section["end"] = article["end"] = end
            continue
        if byline is None and BYLINE.search(line) and len(line) <= 40 and section is None:
            byline = line
            chrome.append({"kind": "byline", "start": start, "end": end, "text": line})
            article["start"] = end
            article["end"] = end
            continue
        numbered = _numbered(line)
        if numbered:
            numbering, level, length = numbered
            open_section(start, start + length, line[:length], numbering, level)
            section["end"] = article["end"] = start + length
            rest = raw[start + length:end]
            body = start + length + len(rest) - len(rest.lstrip("。：: \t　"))
            if body < end:
                add_paragraph(body, end)
            continue
        heading = _is_heading(line)
        if heading or section is None:
            open_section(start, end, line if heading else None, None, 2 if heading else 0)
        if heading:
            section["end"] = article["end"] = end
        else:
            add_paragraph(start, end)
    close_article()

    documents.sort(key=lambda d: d["start"])
    doc_frame = _frame(raw, documents, DOCUMENT_COLUMNS[:4])
    headline = lines[headline_at][2] if headline_at is not None else None
    doc_frame["label"] = [_label(raw, row) for row in doc_frame.itertuples()]
    if headline is not None and len(doc_frame):
        doc_frame.loc[doc_frame.start == lines[headline_at][0], "label"] = headline
    doc_frame = doc_frame[DOCUMENT_COLUMNS]

    section_frame = _frame(raw, sections, ["section_id", "doc_id", "heading", "numbering", "level", "start", "end"])
    section_frame["level"] = section_frame["level"].astype("int64")
    section_frame["numbering"] = [n if isinstance(n, str) else None for n in section_frame["numbering"]]
    labels = dict(zip(doc_frame.doc_id, doc_frame.label))
    kinds = dict(zip(doc_frame.doc_id, doc_frame.kind))
    section_frame["title"] = [
        heading if isinstance(heading, str) else (LEAD_TITLE if kinds[doc] == "article" else labels[doc])
        for heading, doc in zip(section_frame.heading, section_frame.doc_id)
    ]
    paragraph_frame = _frame(raw, paragraphs, ["doc_id", "section_id", "start", "end"])
    paragraph_frame.insert(0, "paragraph_id", [f"p{i + 1}" for i in range(len(paragraph_frame))])

    sentence_rows = [
        {"paragraph_id": p.paragraph_id, "doc_id": p.doc_id, "section_id": p.section_id, "start": s, "end": e}
        for p in paragraph_frame.itertuples()
        for s, e in _sentences(raw, p.start, p.end)
    ]
    sentence_frame = _frame(raw, sentence_rows, ["paragraph_id", "doc_id", "section_id", "start", "end"])
    sentence_frame.insert(0, "sentence_id", [f"t{i + 1}" for i in range(len(sentence_frame))])

    chrome.sort(key=lambda c: c["start"])
    chrome_frame = pd.DataFrame(chrome, columns=CHROME_COLUMNS)
    return Segmentation(
        raw=raw,
        documents=doc_frame,
        sections=section_frame[SECTION_COLUMNS],
        paragraphs=paragraph_frame[PARAGRAPH_COLUMNS],
        sentences=sentence_frame[SENTENCE_COLUMNS],
        chrome=chrome_frame,
        byline=byline,
        headline=headline,
        dateline=dateline,
    )


def _sentences(raw: str, start: int, end: int):
    """Split ``raw[start:end]`` after sentence-final punctuation (with closing quotes)."""
    cursor = start
    for match in SENTENCE_END.finditer(raw, start, end):
        if match.end() > cursor:
            piece_start = cursor + (len(raw[cursor:match.end()]) - len(raw[cursor:match.end()].lstrip()))
            if piece_start < match.end():
                yield piece_start, match.end()
            cursor = match.end()
    if raw[cursor:end].strip():
        piece_start = cursor + (len(raw[cursor:end]) - len(raw[cursor:end].lstrip()))
        yield piece_start, end


def _frame(raw: str, rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["text"] = [raw[s:e] for s, e in zip(frame.start, frame.end)]
    return frame


def _label(raw: str, row) -> str:
    """A short human label: the article's first heading-free sentence or the brief's opening words."""
    first = next(_sentences(raw, row.start, row.end), (row.start, row.end))
    text = raw[first[0]:first[1]]
    text = re.sub(r"^[（(][^）)]{0,12}[）)]", "", text)  # "(记者 应妮)" credit
    return text[:24] + ("…" if len(text) > 24 else "")
