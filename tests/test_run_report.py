"""Execute the real notebooks on the real report through the runner and check what they found."""

import json

import nbformat
import pandas as pd
import pytest
from PIL import Image

from helpers import paths
from helpers.claims.topics import load_topics
from helpers.runs.notebooks import discover
from helpers.quantities import quantities_frame

pytestmark = pytest.mark.slow


def test_every_notebook_ran_and_was_rendered(executed_run):
    manifest = json.loads((executed_run / "manifest.json").read_text(encoding="utf-8"))
    topics = list(load_topics(paths.DEFAULT_REPORT / paths.TOPICS_FILE))
    names = [name for spec in discover()
             for name in ([f"{spec.name}-{t}" for t in topics] if spec.per_topic else [spec.name])]
    assert [n["name"] for n in manifest["notebooks"]] == names and len(names) == 4 + len(topics) == 10
    assert {n["status"] for n in manifest["notebooks"]} == {"ok"}
    for name in names:
        for suffix in (".ipynb", ".html", ".no-code.html"):
            assert (executed_run / f"{name}{suffix}").stat().st_size > 0
    assert manifest["report"]["sha256"] == ((paths.DEFAULT_REPORT / paths.CHECKSUMS_FILE).read_text().split()[0])


def test_read_the_report_tables(executed_run, raw):
    documents = pd.read_csv(executed_run / "documents.csv")
    assert documents.kind.tolist() == ["article"] + ["brief"] * 5
    sections = pd.read_csv(executed_run / "sections.csv")
    assert len(sections) == 10
    assert sections.title.tolist()[1:5] == ["脱贫攻坚战取得决定性成就", "战贫战疫两手抓降低冲击影响",
                                           "打好产业就业消费三套组合拳", "打造东西部协作青岛样板"]
    mentions = quantities_frame(raw)
    chrome_free = mentions  # every mention of the report sits in some section (no numerals in page chrome)
    assert sections.claims.sum() == int(chrome_free.is_claim.sum())
    assert sections.non_claims.sum() == int((~chrome_free.is_claim).sum())
    executed = nbformat.read(executed_run / "00-read-the-report.ipynb", as_version=4)
    shown = "".join(o.get("data", {}).get("text/html", "") for c in executed.cells for o in c.get("outputs", []))
    assert "6 (1 article, 5 brief)" in shown


def test_figures_were_saved(executed_run):
    figure = executed_run / "figures" / "fig-mentions-per-section.png"
    with Image.open(figure) as image:
        width, height = image.size
    assert width > 600 and height > 400
