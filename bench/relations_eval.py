"""How well the checks found by pattern cover the relations a report really contains.

Each ``<report>.yml`` beside a report text lists its arithmetic relations (figures as snippets with the figure in
``[ ]``) and the verdict each deserves; the lists were written before the code that finds relations
(``tests/fixtures/relations/README.md``). This script runs the analysis on each report as a report nobody
curated — the checks are the ones the library finds — and prints, per kind of relation:

* ``relations`` — how many the list holds (``checkable``: those with a stated figure to test, not derived);
* ``found`` — how many a check uses exactly the figures of; a ``part`` relation (one part of a whole) is also found
  by a check of several parts of that whole together (``a + b + c <= total``), which tests it as much as a check
  of the part alone (counted so since session 22; the last line says how many are found only so); a ``split``
  (shares that add up to 100) is found by a check over its shares with or without the printed 100.0 that closes
  them, one statement either way (lists write it both ways; since session 29); likewise a sum with or without its
  parts printed as 0 (国债利息 0亿元), which add nothing;
* ``right`` — of those found, how many every such check judges as the list says (``approximate`` is right for
  ``consistent``, never for ``inconsistent``; a derived figure beside a judging check is not a judgement);
* ``false alarms`` — ``inconsistent`` checks on a relation that holds, or on figures that make no listed relation.

Two lines after the table say, without counting them above, how many alarms accuse a figure the list plants wrong
over other terms than the list's, and how many relations a check finds only over another mention of a listed figure
(the same value told again: the lead's 438.62万人 for a section's 4,386,215人).

    .venv/bin/python bench/relations_eval.py                 # every list in tests/fixtures/relations/
    .venv/bin/python bench/relations_eval.py --verbose FILE.yml …   # also each miss, wrong verdict and false alarm

The targets (issue 9): at least 90% of relations found, 95% of those judged right, at most 1 false alarm per 60
relations.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "relations"
RIGHT = {"consistent": {"consistent", "approximate"}, "inconsistent": {"inconsistent"}, "derived": {"derived"}}
NEAR_FREE = 300      # characters around a relation's figures in which a printed 100.0 or 0 may be in a check or not


class ListError(ValueError):
    """A relation list that does not fit its report; the message names the file and the relation."""


@dataclass
class Relation:
    id: str
    kind: str
    verdict: str
    spans: tuple[tuple[int, int], ...]     # each figure's (start, end) in the text
    planted: bool = False
    checks: list = field(default_factory=list)   # (check_id, verdict) of the checks that use exactly its figures
    restated: bool = False      # found only by a check over another mention of a listed figure (the same value again)
    grouped: bool = False       # a part found only inside a check of several parts of its whole

    @property
    def found(self) -> bool:
        return bool(self.checks)

    @property
    def right(self) -> bool:
        """Every check that judges the relation judges it as listed (a derived figure beside a judging check,
        such as a part's share beside "the part does not exceed the total", judges nothing)."""
        judging = [v for _, v in self.checks if v != "derived"] if self.verdict != "derived" else \
            [v for _, v in self.checks]
        return bool(judging) and all(verdict in RIGHT[self.verdict] for verdict in judging)


@dataclass
class Score:
    report: str
    relations: list[Relation]
    false_alarms: list[tuple[str, str]]          # (check_id, why)
    extra: list[tuple[str, str]]                 # checks that match no listed relation and accuse nothing
    on_planted: list[str] = field(default_factory=list)   # alarms (above) whose stated figure the list plants wrong


def load_relations(path: Path) -> tuple[Path, list[Relation]]:
    """The report a list describes and its relations, each figure placed in the text."""
    spec = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    report = Path(path).parent / spec["report"]
    text = report.read_text(encoding="utf-8")
    relations, seen = [], set()
    for number, item in enumerate(spec["relations"], 1):
        where = f"{path}: relation #{number} ({item.get('id')})"
        if item.get("id") in seen:
            raise ListError(f"{where}: id used twice")
        seen.add(item["id"])
        if item.get("verdict") not in RIGHT:
            raise ListError(f"{where}: verdict must be one of {sorted(RIGHT)}")
        spans = []
        for snippet in item["figures"]:
            if snippet.count("[") != 1 or snippet.count("]") != 1 or snippet.index("[") > snippet.index("]"):
                raise ListError(f"{where}: {snippet!r} must mark its figure with one [ ]")
            plain = snippet.replace("[", "").replace("]", "")
            occurrences = text.count(plain)
            if occurrences != 1:
                raise ListError(f"{where}: {plain!r} occurs {occurrences} times in {report.name}; lengthen it")
            start = text.index(plain) + snippet.index("[")
            spans.append((start, start + snippet.index("]") - snippet.index("[") - 1))
        relations.append(Relation(item["id"], item["kind"], item["verdict"], tuple(spans), bool(item.get("planted"))))
    return report, relations


def score(path: Path) -> Score:
    """Run the analysis on the report of one list and match its checks to the listed relations."""
    from helpers.analysis import analyse

    report, relations = load_relations(path)
    analysis = analyse(report)
    if not analysis.checks_found:
        raise ListError(f"{report}: its checks are curated, not found by pattern; move the text out of a report folder")
    spans = {row.claim_id: (int(row.start), int(row.end)) for row in analysis.ledger.itertuples()
             if row.start == row.start}

    def claims_of(span):
        """The ledger claims overlapping a listed figure's span (one, or the terms of a ratio written 1:8.3)."""
        return frozenset(cid for cid, (s, e) in spans.items() if s < span[1] and span[0] < e)

    listed = []                         # (relation, the claims each of its figures may be)
    for relation in relations:
        options = [claims_of(span) for span in relation.spans]
        if all(options):
            listed.append((relation, options))

    values = {row.claim_id: row.value for row in analysis.ledger.itertuples()}
    hundreds = frozenset(cid for cid, value in values.items() if value == 100)     # a split's printed closing 100.0
    zeros = frozenset(cid for cid, value in values.items() if value == 0)           # a sum's printed 0 part

    def matching(ids: frozenset) -> list[Relation]:
        """The relations a check uses exactly the figures of: each of its figures one of the check's claims, and
        every claim of the check one of its figures."""
        found = []
        for relation, options in listed:
            free = _near(hundreds if relation.kind == "split" else zeros if relation.kind in ("sum", "part")
                         else frozenset(), relation)
            if options[0] & ids and all(option & ids or option <= free for option in options[1:]) \
                    and ids - frozenset().union(*options) <= free:
                found.append(relation)
        return found

    def _near(claims, relation):
        """Of ``claims``, those within a paragraph's reach of the relation's figures."""
        low, high = min(a for a, _ in relation.spans) - NEAR_FREE, max(b for _, b in relation.spans) + NEAR_FREE
        return frozenset(c for c in claims if low <= spans[c][0] and spans[c][1] <= high)

    false_alarms, extra, on_planted = [], [], []
    # the stated figure of each relation the list plants wrong (its last figure), as the claims it may be
    planted = frozenset().union(*(options[-1] for relation, options in listed if relation.verdict == "inconsistent"))
    for check in analysis.checks.itertuples():
        ids = frozenset(check.claim_ids.split(";"))
        matched = matching(ids)
        for relation in matched:
            relation.checks.append((check.check_id, check.verdict))
        if check.verdict == "inconsistent" and not any(r.verdict == "inconsistent" for r in matched):
            why = "matches no listed relation" if not matched else f"{matched[0].id} holds"
            false_alarms.append((check.check_id, f"{why}: {check.description}"))
            stated = {cid for cid in ids if values.get(cid) == check.stated}
            if not matched and stated & planted:    # the figure accused is one the list plants wrong, in other terms
                on_planted.append(check.check_id)
        elif not matched:
            extra.append((check.check_id, f"{check.verdict}: {check.description}"))
    parts_checks = [(check.check_id, check.verdict, frozenset(check.claim_ids.split(";")))
                    for check in analysis.checks.itertuples() if check.formula.endswith("<= total")]
    for relation, options in listed:
        if relation.kind != "part" or relation.found or len(options) != 2:
            continue
        for check_id, verdict, ids in parts_checks:
            whole = options[0] & ids
            top = max(ids, key=lambda cid: values.get(cid, float("-inf")))
            if whole and options[1] & ids and top in whole:        # the relation's whole is the check's total
                relation.checks.append((check_id, verdict))
                relation.grouped = True
    # another mention of a listed figure: the same kind, the more precise value inside the coarser one's rounding, at
    # least three significant digits (438.62万人 in the lead for 4,386,215人 in a section; 35962.84万元 told twice)
    rows = [(row.claim_id, row.kind, float(row.value), float(row.low), float(row.high), str(row.text))
            for row in analysis.ledger.itertuples() if row.value == row.value and row.low == row.low]
    by_value = defaultdict(list)
    for row in rows:
        by_value[(row[1], _bucket(row[2]))].append(row)
    info = {row[0]: row for row in rows}

    def restatements(cid):
        own = info.get(cid)
        if own is None or _digits(own[5]) < 3:
            return frozenset()
        key = (own[1], _bucket(own[2]))
        return frozenset(o[0] for o in by_value[key] if o[0] != cid and _digits(o[5]) >= 3
                         and (o[3] <= own[2] <= o[4] or own[3] <= o[2] <= own[4]))
    for relation, options in listed:
        if relation.found:
            continue
        wider = [option | frozenset().union(*(restatements(c) for c in option)) for option in options]
        for check in analysis.checks.itertuples():
            ids = frozenset(check.claim_ids.split(";"))
            if all(option & ids for option in wider) and ids <= frozenset().union(*wider):
                relation.restated = True
                break
    return Score(report.name, relations, false_alarms, extra, on_planted)


def _digits(text: str) -> int:
    """Significant digits a figure is written with (438.62万人: 5)."""
    number = re.search(r"\d[\d,，]*(?:\.\d+)?", text)
    return len(re.sub(r"\D", "", number.group(0)).lstrip("0")) if number else 0


def _bucket(value: float) -> float:
    """``value`` to three significant digits: mentions of one figure fall in one bucket (4,386,215 and 438.62万)."""
    return round(value, -max(0, len(str(int(abs(value)))) - 3))


def table(scores: list[Score]) -> list[str]:
    """Lines of the per-kind table, then the totals."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    for item in scores:
        for relation in item.relations:
            row = kinds[relation.kind]
            row["relations"] += 1
            row["checkable"] += relation.verdict != "derived"
            row["found"] += relation.found
            row["right"] += relation.right
        for check_id, _ in item.false_alarms:
            kinds[_kind_of(check_id, item)]["false alarms"] += 1
    lines = [f"{'kind':<12}{'relations':>10}{'checkable':>10}{'found':>8}{'right':>8}{'false alarms':>14}"]
    total = Counter()
    for kind in sorted(kinds):
        row = kinds[kind]
        total.update(row)
        lines.append(f"{kind:<12}{row['relations']:>10}{row['checkable']:>10}{row['found']:>8}{row['right']:>8}"
                     f"{row['false alarms']:>14}")
    lines.append(f"{'all':<12}{total['relations']:>10}{total['checkable']:>10}{total['found']:>8}{total['right']:>8}"
                 f"{total['false alarms']:>14}")
    checkable = [r for s in scores for r in s.relations if r.verdict != "derived"]
    every = [r for s in scores for r in s.relations]
    for label, group in (("all relations", every), ("checkable", checkable)):
        found = sum(r.found for r in group)
        right = sum(r.right for r in group)
        lines.append(f"{label}: found {found}/{len(group)} ({_pct(found, len(group))}), judged right {right}/{found} "
                     f"({_pct(right, found)})")
    alarms = total["false alarms"]
    lines.append(f"false alarms: {alarms} in {len(every)} relations ({alarms * 60 / max(len(every), 1):.2f} per 60)")
    planted = sum(len(item.on_planted) for item in scores)
    lines.append(f"  of which {planted} accuse a figure the list plants wrong, over other terms than the list's "
                 f"(another mention of a whole, a base the report states elsewhere): {alarms - planted} accuse a "
                 f"right figure ({(alarms - planted) * 60 / max(len(every), 1):.2f} per 60)")
    return lines


def _kind_of(check_id: str, item: Score) -> str:
    """The listed kind a false alarm falls under: that of a matched relation, else 'unlisted'."""
    for relation in item.relations:
        if any(cid == check_id for cid, _ in relation.checks):
            return relation.kind
    return "unlisted"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lists", nargs="*", type=Path, help="relation lists (default: every one in %(default)s)",
                        default=sorted(FIXTURES.glob("*.yml")))
    parser.add_argument("--verbose", action="store_true", help="list each miss, wrong verdict and false alarm")
    args = parser.parse_args(argv)
    scores = [score(path) for path in args.lists]
    for item in scores:
        found = sum(r.found for r in item.relations)
        print(f"{item.report}: {len(item.relations)} relations, {found} found, "
              f"{sum(r.right for r in item.relations)} right, {len(item.false_alarms)} false alarms")
        if args.verbose:
            for relation in item.relations:
                if not relation.found:
                    print(f"    missed  {relation.kind:<12} {relation.id}")
                elif not relation.right:
                    print(f"    wrong   {relation.kind:<12} {relation.id}: expected {relation.verdict}, "
                          f"got {relation.checks}")
            for check_id, why in item.false_alarms:
                print(f"    ALARM   {check_id}: {why}{' [on a planted figure]' if check_id in item.on_planted else ''}")
            for check_id, what in item.extra:
                print(f"    extra   {check_id}: {what}")
    print()
    print("\n".join(table(scores)))
    restated = sum(r.restated for item in scores for r in item.relations)
    print(f"found only over another mention of a listed figure (the same value told again, not counted above): "
          f"{restated} more")
    grouped = sum(r.grouped for item in scores for r in item.relations)
    parts = sum(r.kind == "part" for item in scores for r in item.relations)
    print(f"part relations found only inside a check of several parts: {grouped} of {parts} (not counted before "
          f"session 22)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
