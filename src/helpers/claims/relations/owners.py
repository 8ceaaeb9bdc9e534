"""Whose figure: an average said of one place read over another's figures is doubtful, never an accusation.

A report on many places tells each its own (``港城区游客人均花费970元``, ``栖云山景区日均接待7.37万人次``). An average
whose own words open with a place — a district, a county, a scenic spot — and whose terms the finder took from a
sentence that does not speak of that place (the three central districts' revenue, another scenic spot's visitors)
is a reading of the wrong figures far likelier than a slip in the text: such a check is shown, not judged. The place
must stand in the term's sentence as its subject, not as one item of a list (``港城区、雁湖区、西岭区主城三区合计``
speaks of the three together).


>>> owner("港城区游客人均花费"), owner("栖云山景区日均接待"), owner("全市游客人均花费"), owner("平均每个乡镇（街道）")
('港城区', '栖云山景区', '', '')
"""

from __future__ import annotations

import re

from helpers.claims.relations.finding import Finding
from helpers.claims.relations.passage import Document, Figure

#: a place that opens a figure's own words: a district, county, town or scenic spot named before what it measures
OWNER = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?(?:风景区|景区|区|县|镇|乡))")
#: the first characters of words that end like a place but name none of its own (全区, 本县, 城区, 社区, 园区, 景区)
NOT_OWNER = re.compile(r"^(?:全|本|各|该|城|市|社|园|景|小|辖|郊|山区|矿区)")
#: words no place name holds: a per-unit's (平均每个乡镇, 人均), a count's (个, 家)
NOT_A_PLACE = re.compile(r"[均每个家座]")
#: what follows a place that is one item of a list, not the subject of its sentence
LISTED_AFTER = re.compile(r"[、和及与]")
SENTENCE_PART = re.compile(r".*[。；;！？!?\n]", re.S)


def owner(words: str) -> str:
    """The place ``words`` (a figure's clause) open with, or ""."""
    found = OWNER.match(words)
    if found is None or NOT_OWNER.match(found.group("place")) or NOT_A_PLACE.search(found.group("place")):
        return ""
    return found.group("place")


def said_of_another(findings: list[Finding], document: Document) -> list[Finding]:
    """``findings`` with each judged average whose place its terms' sentences do not speak of made doubtful."""
    out = []
    for finding in findings:
        stated = document.figure_of(finding.spec.get("stated") or "")
        place = owner(stated.clause) if finding.kind == "average" and stated is not None else ""
        if not place or finding.doubt or finding.only_if_consistent:
            out.append(finding)
            continue
        other = next((term for cid in finding.spec["uses"].values()
                      if (term := document.figure_of(cid)) is not None and term.kind != "duration"
                      and not _speaks_of(document, term, place)), None)
        if other is None:
            out.append(finding)
            continue
        out.append(Finding(finding.kind, finding.check_id, finding.spec,
                           f"{stated.text} is said of {place}; the sentence of {other.text} does not speak of it",
                           finding.tiebreak, finding.alternatives, finding.only_if_consistent))
    return out


def _speaks_of(document: Document, term: Figure, place: str) -> bool:
    """``place`` stands in ``term``'s sentence (since its last 。 or ；) before it, as its subject: not followed by
    、和及与 (an item of a list)."""
    start = max(document.sentence_start(term.start), term.start - 200)
    words = SENTENCE_PART.sub("", document.raw[start:term.start])
    return any(not LISTED_AFTER.match(words, m.end()) for m in re.finditer(re.escape(place), words))
