"""The corpus page: its tables pin the datasets' numbers, its figures draw them, its links are checked, it renders."""

import ast
import json

import pandas as pd
import pytest

from helpers.corpus.engine import run_corpus
from helpers.corpus.figures import inconsistent_chart
from helpers.corpus.page import NOTEBOOK, render_page
from helpers.corpus.store import Store
from helpers.corpus.summary import (UNKNOWN, errors_table, finding, inconsistent_by, load_corpus, most_severe,
                                    overview, severe_table, shown)

from .corpus_generator import generate_for_tests


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    source = tmp_path_factory.mktemp("page-source")
    made = generate_for_tests(source, count=40)
    out = tmp_path_factory.mktemp("page-out")
    run_corpus(source, out, progress=False, page=False, echo=lambda line: None)
    return out, made


@pytest.fixture(scope="module")
def corpus(corpus_out):
    return load_corpus(corpus_out[0])


def test_overview_counts_what_the_datasets_hold(corpus, corpus_out):
    out, made = corpus_out
    store = Store(out)
    checks = store.read("checks").to_pandas()
    row = overview(corpus).iloc[0]
    assert row["reports read"] == len(store.read("documents")) == 40
    assert row["reports refused"] == len(store.read("errors")) == 6
    assert row["claims"] == len(store.read("claims"))
    assert row["checks"] == len(checks)
    assert row["inconsistent"] == (checks.verdict == "inconsistent").sum() == sum(len(g.planted) for g in made
                                                                                  if g.readable and "copy" not in
                                                                                  g.path.name) > 0
    assert f"**{int(row['inconsistent']):,} do not hold**" in finding(corpus).data


def test_inconsistent_by_outlet_month_and_kind_add_up(corpus):
    total = (corpus.checks.verdict == "inconsistent").sum()
    for by in ("outlet", "month", "kind"):
        table = inconsistent_by(corpus, by)
        assert table.inconsistent.sum() == total, by
        assert table.tested.sum() == corpus.checks.verdict.isin(["consistent", "approximate", "inconsistent"]).sum()
        assert table[by].is_unique
    outlets = inconsistent_by(corpus, "outlet")
    assert outlets.reports.sum() == len(corpus.documents)
    assert outlets.outlet.iloc[-1] == UNKNOWN                   # bare files: unknown outlet, last
    kinds = inconsistent_by(corpus, "kind").set_index("kind")
    assert kinds.loc["previous", "tested"] == 0                          # derived only
    with pytest.raises(ValueError, match="group by"):
        inconsistent_by(corpus, "reporter")


def test_errors_table_groups_the_refused_reports(corpus):
    table = errors_table(corpus)
    assert table.reports.sum() == 6 and set(table.kind) == {"bad-input"}


def test_errors_name_their_files_relative_to_the_corpus_folder(corpus, corpus_out):
    source = str(corpus.errors.path.iloc[0]).rsplit("/", 2)[0]      # the generated folder, absolute
    assert all(source in reason for reason in corpus.errors.reason)  # the dataset keeps the full path
    examples = errors_table(corpus).example
    assert not any(source in example for example in examples)
    assert all(any(part in example for part in ("/", ".txt", ".yml", "SHA256SUMS")) for example in examples)


def test_tables_are_shown_whole_without_row_numbers_and_a_dash_for_no_share(corpus):
    kinds = inconsistent_by(corpus, "kind")
    html = shown(kinds).to_html()
    assert "nan" not in html.lower() and "–" in html                  # derived-only kinds have no share
    assert 'class="row_heading' not in html
    long = pd.DataFrame({"example": ["长" * 300]})
    assert "长" * 300 in shown(long).to_html()                         # never cut short with an ellipsis


def test_charts_draw_the_table(corpus):
    for by in ("outlet", "kind"):
        table = inconsistent_by(corpus, by)
        shown = table[table.tested > 0] if by == "kind" else table
        ax = inconsistent_chart(table, by, "Source: test")
        assert [bar.get_width() for bar in ax.patches] == shown.inconsistent.astype(float).tolist()
        assert [t.get_text() for t in ax.get_yticklabels()] == shown[by].tolist()
    months = inconsistent_by(corpus, "month")
    ax = inconsistent_chart(months, "month")
    known = months[months.month != UNKNOWN]
    assert sum(bar.get_height() for bar in ax.patches) == known.inconsistent.sum()
    assert "unknown date" in ax.get_title() or known.inconsistent.sum() == months.inconsistent.sum()


def test_most_severe_are_ordered_with_quotes_and_link_only_to_a_matching_annotated_page(corpus, tmp_path):
    severe = most_severe(corpus, top=5, reports_root=tmp_path, page_dir=tmp_path / "page")
    assert len(severe) == 5 and severe.link.eq("").all()
    gaps = severe["gap %"].dropna().tolist()
    assert gaps == sorted(gaps, reverse=True)
    assert all(quote.endswith("。") for quote in severe.quote)
    first = corpus.checks[corpus.checks.verdict == "inconsistent"].sort_values("gap", ascending=False).iloc[0]
    document = corpus.documents.set_index("report_id").loc[first.report_id]
    latest = tmp_path / document.slug / "latest"
    latest.mkdir(parents=True)
    (latest / "annotated.html").write_text("<html></html>")
    (latest / "manifest.json").write_text(json.dumps({"report": {"sha256": "0" * 64}}))
    assert most_severe(corpus, top=1, reports_root=tmp_path, page_dir=tmp_path / "page").link[0] == ""
    (latest / "manifest.json").write_text(json.dumps({"report": {"sha256": document.sha256}}))
    link = most_severe(corpus, top=1, reports_root=tmp_path, page_dir=tmp_path / "page").link[0]
    assert link.startswith(f"../{document.slug}/latest/annotated.html#auto-")
    html = severe_table(most_severe(corpus, top=1, reports_root=tmp_path, page_dir=tmp_path / "page")).to_html()
    assert f'<a href="{link}">' in html


def test_text_from_reports_is_escaped_in_the_table(corpus):
    severe = most_severe(corpus, top=1)
    severe.loc[0, "quote"] = "<script>alert(1)</script>"
    severe.loc[0, "link"] = '"><script>x</script>'
    html = severe_table(severe).to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_an_empty_folder_says_so(tmp_path):
    empty = load_corpus(tmp_path)
    assert overview(empty).iloc[0]["reports read"] == 0 and "No report" in finding(empty).data
    assert most_severe(empty).empty and errors_table(empty).empty


def test_the_notebook_is_stored_thin_and_clean():
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    tagged = [c for c in code if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    assigned = [n for n in ast.parse(source).body if isinstance(n, (ast.Assign, ast.AnnAssign))]
    assert assigned and all(isinstance(n, ast.AnnAssign) for n in assigned)
    assert all("#" in source.splitlines()[n.lineno - 1] for n in assigned)
    assert not any(isinstance(n, ast.FunctionDef) for c in code for n in ast.walk(ast.parse("".join(c["source"]))))


@pytest.mark.slow
def test_the_page_renders(corpus_out):
    out, _ = corpus_out
    page = render_page(out)
    html = page.read_text(encoding="utf-8")
    assert page.name == "corpus.no-code.html" and (out / "corpus.html").is_file()
    assert "do not hold" in html and html.count("<img") >= 3
    for name in ("outlet", "month", "kind"):
        assert (out / "figures" / f"fig-inconsistent-by-{name}.png").is_file()
        assert (out / f"inconsistent-by-{name}.csv").is_file()
    assert (out / "most-severe-inconsistencies.csv").is_file()
    for rendered in (html, (out / "corpus.html").read_text(encoding="utf-8")):
        assert str(out) not in rendered and str(out.parent) not in rendered          # no local path on a page
        assert "Qingdao" not in rendered and 'href="index.html"' not in rendered     # not our report's header
        assert out.name in rendered                                                  # the corpus it shows
