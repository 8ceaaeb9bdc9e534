"""Invented reports for the corpus tests and benchmark: deterministic, in the styles the library handles.

Nothing here is news: places, outlets, people and figures are made up, for testing only. Three styles:

* ``bulletin`` — a 统计公报 / 情况通报: headline, dateline ``YYYY-MM-DD hh:mm:ss　来源: …``, numbered sections
  (一、综合经济 …) of sentences with growth rates, parts and totals, shares, multiples and changes;
* ``news`` — a news story: headline, dateline, the byline ``…记者 某某 某地报道``, paragraphs;
* ``sector`` — a sector report: headline, a line naming its author and date, headings ``一、`` and ``（一）``.

Some reports carry a **planted wrong figure** (a growth rate, a share, a multiple that does not follow from the
figures beside it, or a part larger than its total): :attr:`Generated.planted` names them, by the kind of check
that should find them. Every other figure is written so that it follows from the others at the precision printed.

Each well-formed report is a **report folder** (``report.yml`` with headline, outlet, reporter and publication
date, ``raw/report.txt``, ``SHA256SUMS``) — the form in which the library reads a report's metadata — except a
share written as **bare ``.txt`` files** (no metadata: outlet and date unknown), some of them in GBK. A few files
are **malformed** on purpose: empty, binary, undecodable, a UTF-8 byte-order mark, a folder whose text changed
after its checksum was recorded, a folder whose ``report.yml`` gives its date as ``DD.MM.YYYY``.

Report *i* depends only on the seed and *i*, so the first 500 reports of a corpus of 5,000 are the corpus of 500.

    .venv/bin/python -m tests.corpus_generator OUT --count 300 [--seed 0]

writes the reports under ``OUT/<year>/`` and ``OUT/expected.csv`` (one row per report: path, style, outlet,
published, planted, problem), which the corpus run ignores (it reads report folders and report files only).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

OUTLETS = ("东山日报", "西河晚报", "南岭新闻网", "北原商报", "临江融媒", "青禾财经", "远山县统计信息网", "中原经济导报")
PLACES = ("东山县", "西河县", "南岭市", "北原区", "临江县", "青禾县", "远山县", "白水市", "石门县", "云溪区")
NAMES = ("张明", "李华", "王芳", "赵磊", "陈静", "刘洋", "杨帆", "周涛")
SECTORS = ("新能源汽车", "电子信息", "现代农业", "文化旅游", "生物医药", "装备制造")
PROBLEMS = ("empty", "binary", "undecodable", "bom", "changed", "bad-metadata")
CHECK_OF = {"growth": "auto-growth", "share": "auto-share", "multiple": "auto-multiple", "part": "auto-part"}


@dataclass(frozen=True)
class Generated:
    path: Path                      # the report folder or file
    style: str                      # bulletin | news | sector
    outlet: str                     # as written in report.yml; empty for a bare file
    published: str                  # YYYY-MM-DD as written in report.yml; empty for a bare file
    planted: tuple[str, ...] = ()   # wrong figures planted, by kind: growth, share, multiple, part
    problem: str = ""               # malformed on purpose (PROBLEMS), or "gbk": encoded in GBK, readable

    @property
    def readable(self) -> bool:
        return self.problem in ("", "gbk")


class _Writer:
    """Sentences for one report; each may carry a planted wrong figure."""

    def __init__(self, rng: random.Random, plant: set[str]):
        self.rng, self.plant, self.planted = rng, plant, []

    def _planting(self, kind: str) -> bool:
        if kind in self.plant and kind not in self.planted:
            self.planted.append(kind)
            return True
        return False

    def growth(self, subject: str) -> str:
        """由 A 增长到 B，增长 r%: r recomputed from A and B."""
        rng = self.rng
        base = rng.randint(8000, 48000)
        falling = rng.random() < 0.15
        rate = rng.uniform(1.5, 9.0) if falling else rng.uniform(2.0, 18.0)
        current = round(base * (1 - rate / 100 if falling else 1 + rate / 100))
        stated = round(abs(current / base - 1) * 100, 1)
        if self._planting("growth"):
            stated = round(stated + max(2.5, 0.4 * stated), 1)
        verb = "下降" if falling else rng.choice(("增长", "增加"))
        return f"{subject}由上年的{base:,}元{verb}到{current:,}元，{verb}{stated}%。"

    def previous(self, subject: str, unit: str = "亿元", value: float | None = None) -> str:
        """A figure and its change on the previous year: the previous figure is derived."""
        value = round(self.rng.uniform(12, 900), 1) if value is None else value
        rate = round(self.rng.uniform(1.0, 12.0), 1)
        wording = self.rng.choice(("同比增长", "比上年增长", "增长"))
        return f"{subject}{value}{unit}，{wording}{rate}%。"

    def whole_then_part(self, whole: str, part: str) -> str:
        """A total and its change, then 其中 a part of it (smaller) and its change, in the next sentence."""
        total = round(self.rng.uniform(60, 900), 1)
        return self.previous(whole, value=total) + self.previous(f"其中{part}",
                                                                 value=round(total * self.rng.uniform(0.05, 0.3), 1))

    def share(self, whole: str, part: str) -> str:
        """总 T，其中 P，占 … 的比重为 s%: s recomputed from P and T."""
        total = self.rng.randint(12000, 98000)
        piece = round(total * self.rng.uniform(0.35, 0.88))
        stated = round(piece / total * 100, 1)
        if self._planting("share"):
            delta = max(4.0, 0.25 * stated)
            stated = round(stated + delta if stated + delta < 100 else stated - delta, 1)
        return f"{whole}{total:,}万元，其中{part}{piece:,}万元，占{whole}的比重为{stated}%。"

    def multiple(self, subject: str, year: int) -> str:
        """由 Y0 年的 A 增加到 Y 年的 B，是三年前的 m 倍: m recomputed as B / A."""
        base = self.rng.randint(1800, 5200)
        current = round(base * self.rng.uniform(1.6, 3.4))
        stated = round(current / base, 1)
        if self._planting("multiple"):
            stated = round(stated + self.rng.choice((0.7, 0.9, 1.2)), 1)
        return f"{subject}由{year - 3}年的{base:,}元增加到{year}年的{current:,}元，是三年前的{stated}倍。"

    def part(self, whole: str, part: str) -> str:
        """总 T 万人，其中 P 万人: the part may not exceed the total."""
        total = round(self.rng.uniform(8, 60), 1)
        piece = round(total * self.rng.uniform(0.15, 0.6), 1)
        if self._planting("part"):
            piece = round(total * self.rng.uniform(1.3, 1.8), 1)
        return f"年末{whole}{total}万人，其中{part}{piece}万人。"

    def change(self, subject: str) -> str:
        """A figure and its absolute change on the previous year (same unit): the previous figure is derived."""
        value = self.rng.randint(1200, 9800)
        change = self.rng.randint(50, value // 3)
        return f"{subject}{value:,}人，较上年增加{change:,}人。"

    def plain(self) -> str:
        rate = round(self.rng.uniform(2.0, 4.5), 1)
        return f"城镇登记失业率控制在{rate}%以内。"


def _bulletin(w: _Writer, place: str, year: int, dateline: str) -> str:
    lines = [f"{place}{year}年国民经济和社会发展统计公报", dateline, "",
             f"{year}年，全{place[-1]}上下坚持稳中求进工作总基调，经济运行总体平稳。", "",
             "一、综合经济", w.whole_then_part("全年实现地区生产总值", "第一产业增加值"), "",
             "二、财政收入", w.share("一般公共预算收入", "税收收入") + w.previous("一般公共预算支出"), "",
             "三、居民收入", w.growth("农村居民人均可支配收入") + w.growth("城镇居民人均可支配收入"), "",
             "四、就业与社会保障", w.change("城镇新增就业") + w.plain() + w.part("参加城乡居民基本养老保险人数",
                                                                         "60岁以上领取待遇人员"), "",
             "五、脱贫成果", w.multiple("脱贫户人均纯收入", year), ""]
    return "\n".join(lines)


def _news(w: _Writer, place: str, year: int, dateline: str, outlet: str, reporter: str) -> str:
    month = w.rng.randint(1, 12)
    lines = [f"{place}经济稳中向好 居民收入持续增长", dateline, "",
             f"{outlet}记者 {reporter} {place}报道", "",
             f"{month}月{w.rng.randint(1, 28)}日，记者从{place}统计局获悉，" + w.previous("全年地区生产总值"), "",
             w.growth("全体居民人均可支配收入") + "收入增长快于经济增长。", "",
             w.share("全年财政收入", "税收收入") + "财政收入质量稳步提升。", "",
             "一位负责人介绍，" + w.multiple("脱贫户人均纯收入", year) + w.part("参加养老保险人数", "领取待遇人员"), ""]
    return "\n".join(lines)


def _sector(w: _Writer, place: str, year: int, dateline: str) -> str:
    sector = w.rng.choice(SECTORS)
    lines = [f"{year}年{place}{sector}产业发展报告", dateline, "",
             "一、总体情况", "（一）产值与增长", w.previous(f"全年{sector}产业实现产值") + w.previous("营业收入"), "",
             "（二）企业与就业", w.change("规模以上企业从业人员") + w.share("产业税收", "龙头企业税收"), "",
             "二、收入与分配", w.growth("从业人员人均月工资") + w.multiple("技术人员人均奖励", year), ""]
    return "\n".join(lines)


def _sha256sums(folder: Path) -> None:
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(folder).as_posix()}"
             for p in sorted((folder / "raw").iterdir())]
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _folder(path: Path, text: str, headline: str, outlet: str, reporter: str, published: str,
            encoding: str = "utf-8") -> None:
    (path / "raw").mkdir(parents=True, exist_ok=True)
    (path / "raw" / "report.txt").write_bytes(text.encode(encoding))
    _sha256sums(path)
    (path / "report.yml").write_text(
        f"text: raw/report.txt\nheadline: {headline}\noutlet: {outlet}\nreporter: {reporter}\n"
        f"published: {published}\nlanguage: zh-Hans\n"
        "rights: invented for the tests of helpers; not news\n", encoding="utf-8")


def _malformed(path_stem: Path, problem: str, text: str, published: str) -> Path:
    """Write one malformed report; returns its path (file or folder)."""
    if problem == "empty":
        target = path_stem.with_suffix(".txt")
        target.write_bytes(b"")
    elif problem == "binary":
        target = path_stem.with_suffix(".txt")
        target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    elif problem == "undecodable":
        target = path_stem.with_suffix(".txt")
        target.write_bytes(text.encode("utf-8")[:60] + b"\xff\xfe\xfd\x80\x81" * 20)
    elif problem == "bom":
        target = path_stem.with_suffix(".txt")
        target.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    elif problem == "changed":
        target = path_stem
        _folder(target, text, "改动过的报告", OUTLETS[0], NAMES[0], published)
        with open(target / "raw" / "report.txt", "ab") as handle:
            handle.write("（后来加上的一句。）\n".encode("utf-8"))
    elif problem == "bad-metadata":
        target = path_stem
        _folder(target, text, "日期不对的报告", OUTLETS[0], NAMES[0], published)
        year, month, day = published.split("-")
        meta = (target / "report.yml").read_text(encoding="utf-8").replace(f"published: {published}",
                                                                            f"published: {day}.{month}.{year}")
        (target / "report.yml").write_text(meta, encoding="utf-8")
    else:
        raise ValueError(f"unknown problem {problem!r}; known: {PROBLEMS}")
    return target


def generate_one(out: Path, index: int, seed: int = 0, planted: float = 0.25, malformed: float = 0.04,
                 bare: float = 0.2, problem: str | None = None) -> Generated:
    """Report number ``index`` of the corpus ``seed``, written under ``out`` (``problem``: malformed so)."""
    rng = random.Random(f"corpus-{seed}-{index}")
    style = rng.choice(("bulletin", "bulletin", "news", "news", "sector"))
    year = rng.randint(2018, 2023)
    published = f"{year + 1 if style == 'bulletin' else year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    outlet, place, reporter = rng.choice(OUTLETS), rng.choice(PLACES), rng.choice(NAMES)
    plant = set(rng.sample(sorted(CHECK_OF), rng.randint(1, 2))) if rng.random() < planted else set()
    draw = rng.random()
    if problem is None:
        problem = PROBLEMS[index % len(PROBLEMS)] if draw < malformed else ""
    as_file = not problem and draw < malformed + bare
    if as_file and rng.random() < 0.3:
        problem = "gbk"
    writer = _Writer(rng, plant)
    dateline = f"{published} {rng.randint(7, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}:00　来源: {outlet}"
    if style == "bulletin":
        text = _bulletin(writer, place, year, dateline)
    elif style == "news":
        text = _news(writer, place, year, dateline, outlet, reporter)
    else:
        text = _sector(writer, place, year, dateline)
    headline = text.split("\n", 1)[0]
    folder = out / str(published[:4])
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{style}-{index:05d}"
    if problem not in ("", "gbk"):
        return Generated(_malformed(stem, problem, text, published), style, "", "", (), problem)
    if as_file:
        path = stem.with_suffix(".txt")
        path.write_bytes(text.encode("gbk" if problem == "gbk" else "utf-8"))
        return Generated(path, style, "", "", tuple(writer.planted), problem)
    _folder(stem, text, headline, outlet, reporter, published)
    return Generated(stem, style, outlet, published, tuple(writer.planted), problem)


def generate(out: Path | str, count: int, seed: int = 0, **shares: float) -> list[Generated]:
    """Write ``count`` reports under ``out`` (and ``out/expected.csv``); return what was written."""
    out = Path(out)
    if count < 0:
        raise ValueError(f"count must be at least 0, got {count}")
    out.mkdir(parents=True, exist_ok=True)
    made = [generate_one(out, index, seed, **shares) for index in range(count)]
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle, lineterminator="\n")
        table.writerow(["path", "style", "outlet", "published", "planted", "problem"])
        for g in made:
            table.writerow([g.path.relative_to(out).as_posix(), g.style, g.outlet, g.published,
                            ";".join(g.planted), g.problem])
    return made


def generate_for_tests(out: Path | str, count: int = 40, seed: int = 0) -> list[Generated]:
    """``count`` reports, then one report of each problem in :data:`PROBLEMS`, and a copy of a bare report."""
    out = Path(out)
    made = [generate_one(out, index, seed, malformed=0.0) for index in range(count)]
    made += [generate_one(out, count + n, seed, problem=problem) for n, problem in enumerate(PROBLEMS)]
    bare = next(g for g in made if g.path.is_file() and g.readable)
    copy = bare.path.with_name(f"copy-of-{bare.path.name}")
    copy.write_bytes(bare.path.read_bytes())
    return made + [Generated(copy, bare.style, bare.outlet, bare.published, bare.planted, bare.problem)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus_generator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write the reports into")
    parser.add_argument("--count", type=int, default=300, help="reports to write (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="which corpus (default: %(default)s)")
    args = parser.parse_args(argv)
    made = generate(args.out, args.count, args.seed)
    planted = sum(bool(g.planted) for g in made)
    bad = sum(not g.readable for g in made)
    print(f"{len(made)} reports in {args.out}: {planted} with planted wrong figures, {bad} malformed",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
