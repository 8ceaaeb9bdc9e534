"""A corpus run on Dask's default local scheduler: what it writes, against the schema and the single-report run."""

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from helpers.__main__ import main
from helpers.analysis import analyse
from helpers.corpus.engine import run_corpus
from helpers.corpus.schema import DATASETS, arrow_schema, arrow_table, validate
from helpers.corpus.sources import SourceError, report_checksum, report_paths
from helpers.corpus.store import Store, library_fingerprint

from .corpus_generator import CHECK_OF, generate_for_tests


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    source = tmp_path_factory.mktemp("corpus-source")
    return source, generate_for_tests(source, count=40)


@pytest.fixture(scope="module")
def corpus(generated, tmp_path_factory):
    source, made = generated
    out = tmp_path_factory.mktemp("corpus-out")
    run = run_corpus(source, out, batch_size=7, progress=False, page=False, echo=lambda line: None)
    return source, made, out, run


def frames(out: Path) -> dict[str, pd.DataFrame]:
    store = Store(out)
    return {name: store.read(name).to_pandas() for name in DATASETS}


def test_every_report_lands_once_in_documents_or_errors(corpus):
    _, made, out, run = corpus
    tables = frames(out)
    distinct = {report_checksum(g.path) for g in made}
    assert len(distinct) == len(made) - 1                     # the copy repeats a report
    assert run.repeated == 1 and run.skipped == 0
    assert tables["documents"].report_id.is_unique and tables["errors"].report_id.is_unique
    assert set(tables["documents"].report_id) | set(tables["errors"].report_id) == distinct
    assert not set(tables["documents"].report_id) & set(tables["errors"].report_id)
    assert run.analysed == len(tables["documents"]) == sum(g.readable for g in made) - 1
    assert run.errors == len(tables["errors"]) == 6 and run.failed == 0


def test_bad_files_are_recorded_with_their_reason(corpus):
    _, made, out, _ = corpus
    errors = frames(out)["errors"].set_index("path")
    expected = {"empty": "is empty", "binary": "binary file", "undecodable": "neither UTF-8",
                "bom": "byte-order mark", "changed": "raw data changed", "bad-metadata": "must be a date"}
    for g in made:
        if not g.readable:
            row = errors.loc[str(g.path)]
            assert row.kind == "bad-input" and expected[g.problem] in row.reason, (g.problem, row.reason)
            assert str(g.path.name) in row.reason                # the reason names the file


def test_a_gbk_file_is_read_and_said_so(corpus):
    _, made, out, _ = corpus
    documents = frames(out)["documents"].set_index("path")
    gbk = [g for g in made if g.problem == "gbk"]
    assert gbk
    for g in gbk:
        assert documents.loc[str(g.path), "encoding"] == "gb18030"
        assert "GB18030" in documents.loc[str(g.path), "read_note"]


def test_written_files_follow_the_schema(corpus):
    _, _, out, _ = corpus
    store = Store(out)
    for dataset in DATASETS:
        files = store.committed_files(dataset)
        assert files and sorted(files) == sorted((out / dataset).glob("part-*.parquet"))
        for file in files:
            validate(dataset, pq.read_table(file))
        validate(dataset, store.read(dataset))                  # across partitions: report ids unique


def test_the_schema_check_can_fail(corpus):
    _, _, out, _ = corpus
    table = Store(out).read("checks")
    with pytest.raises(ValueError, match="schema differs"):
        validate("checks", table.drop_columns(["gap"]))
    broken = table.to_pandas()
    broken.loc[0, "verdict"] = "fine"
    with pytest.raises(Exception, match="verdict"):
        validate("checks", arrow_table("checks", broken))
    duplicated = pd.concat([broken.iloc[1:3], broken.iloc[1:2]])
    with pytest.raises(Exception, match="report_id"):
        validate("checks", arrow_table("checks", duplicated))


def test_claims_and_verdicts_equal_the_single_report_run(corpus):
    _, made, out, _ = corpus
    tables = frames(out)
    claims, checks = tables["claims"], tables["checks"]
    for row in tables["documents"].itertuples():
        single = analyse(row.path)
        mine = claims[claims.report_id == row.report_id].reset_index(drop=True)
        assert mine.claim_id.tolist() == single.ledger.claim_id.tolist()
        for column in ("start", "end", "text", "unit", "qualifier", "kind", "curated"):
            assert mine[column].tolist() == single.ledger[column].tolist(), column
        pd.testing.assert_series_equal(mine.value, single.ledger.value.astype(float), check_names=False)
        theirs = single.checks
        mine = checks[checks.report_id == row.report_id].reset_index(drop=True)
        assert mine.check_id.tolist() == theirs.check_id.tolist()
        assert mine.verdict.tolist() == theirs.verdict.tolist()
        assert [";".join(ids) for ids in mine.claim_ids] == theirs.claim_ids.tolist()
        pd.testing.assert_series_equal(mine.computed, theirs.computed, check_names=False)
        assert row.n_claims == len(single.ledger) and row.slug == single.report.slug
        text = single.report.text
        offsets = claims[claims.report_id == row.report_id]
        assert all(text[s:e] == t for s, e, t in zip(offsets.start, offsets.end, offsets.text))


def test_planted_wrong_figures_are_found_and_nothing_else(corpus):
    _, made, out, _ = corpus
    tables = frames(out)
    documents = tables["documents"].set_index("path")
    checks = tables["checks"]
    assert sum(bool(g.planted) for g in made) >= 5
    for g in made:
        if not g.readable or str(g.path) not in documents.index:
            continue
        report_id = documents.loc[str(g.path), "report_id"]
        found = checks[(checks.report_id == report_id) & (checks.verdict == "inconsistent")]
        assert {f"auto-{kind}" for kind in found.kind} == {CHECK_OF[p] for p in g.planted}, g.path


def test_metadata_of_report_folders_is_kept(corpus):
    _, made, out, _ = corpus
    documents = frames(out)["documents"].set_index("path")
    folders = [g for g in made if g.path.is_dir() and g.readable]
    assert folders
    for g in folders:
        row = documents.loc[str(g.path)]
        assert row.outlet == g.outlet and str(row.published) == g.published and row.slug == g.path.name
    bare = [g for g in made if g.path.is_file() and g.readable and str(g.path) in documents.index]
    assert bare and all(pd.isna(documents.loc[str(g.path), "outlet"]) for g in bare)
    for g in bare:      # no metadata, but the text's headline and dateline as the segmenter read them
        text = g.path.read_bytes().decode("gbk" if g.problem == "gbk" else "utf-8")
        row = documents.loc[str(g.path)]
        lines = text.split("\n")
        assert row.headline == lines[0] and row.dateline == lines[1] and "来源" in row.dateline


def test_a_rerun_skips_every_done_report_and_writes_nothing(corpus):
    source, made, out, first = corpus
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    again = run_corpus(source, out, progress=False, page=False, echo=lambda line: None)
    assert again.analysed == again.errors == 0
    assert again.skipped == len(made) and again.repeated == 0      # the copy is done too: same checksum
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == before


def test_an_edited_report_runs_again_and_replaces_the_old_one_in_the_summary(generated, tmp_path):
    from helpers.corpus.summary import load_corpus

    source, made = generated
    copy = tmp_path / "source"
    shutil.copytree(source, copy)
    out = tmp_path / "out"
    first = run_corpus(copy, out, progress=False, page=False, echo=lambda line: None)
    copied = next(g.path.name for g in made if "copy-of" in g.path.name)[len("copy-of-"):]
    bare = next(Path(str(g.path).replace(str(source), str(copy))) for g in made
                if g.path.is_file() and g.readable and g.problem != "gbk" and g.path.name not in (copied,) and
                "copy-of" not in g.path.name)
    bare.write_text(bare.read_text(encoding="utf-8") + "全年新增就业1,200人，较上年增加100人。\n", encoding="utf-8")
    second = run_corpus(copy, out, progress=False, page=False, echo=lambda line: None)
    assert second.analysed == 1 and second.skipped == len(made) - 1 and first.analysed + first.errors == len(made) - 1
    assert (Store(out).read("documents").to_pandas().path == str(bare)).sum() == 2      # both versions kept
    summary = load_corpus(out)
    assert (summary.documents.path == str(bare)).sum() == 1
    assert summary.documents.set_index("path").loc[str(bare), "report_id"] == report_checksum(bare)


def test_a_killed_run_loses_nothing_and_duplicates_nothing(generated, tmp_path):
    """A run cut short (partitions without their record, temporary files) is tidied and completed."""
    source, made = generated
    out = tmp_path / "out"
    run_corpus(source, out, batch_size=5, progress=False, page=False, echo=lambda line: None)
    store = Store(out)
    records = store.records()
    # as if killed: one batch wrote its partitions but not its record; another was writing a partition
    (store.manifest_dir / f"{records[0]['batch']}.json").unlink()
    (out / "claims" / ".part-x.parquet.0123.tmp").write_bytes(b"half")
    gone = set(records[0]["report_ids"])
    resumed = run_corpus(source, out, batch_size=5, progress=False, page=False, echo=lambda line: None)
    assert resumed.removed == {"temporary": 1, "uncommitted": 4}
    assert resumed.analysed + resumed.errors == len(gone)
    documents, errors = store.read("documents").to_pandas(), store.read("errors").to_pandas()
    assert documents.report_id.is_unique and errors.report_id.is_unique
    assert len(documents) + len(errors) == len(made) - 1
    assert not list(out.rglob("*.tmp"))


def test_records_of_another_library_are_replaced(generated, tmp_path):
    source, _ = generated
    out = tmp_path / "out"
    run_corpus(source, out, progress=False, page=False, echo=lambda line: None)
    store = Store(out)
    for path in store.manifest_dir.glob("*.json"):      # as if written by an older parser
        record = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**record, "library": "0.0.1+old"}), encoding="utf-8")
    n_batches = len(list(store.manifest_dir.glob("*.json")))
    done, removed = store.prepare(library_fingerprint())
    assert done == set() and removed == {"other library": n_batches}
    assert not list(out.rglob("*.parquet"))


def test_a_repeated_record_is_dropped_whole(generated, tmp_path):
    """Two records holding one report (a stray task of an ended run): the later one goes, its reports redone."""
    source, _ = generated
    out = tmp_path / "out"
    run_corpus(source, out, batch_size=10, progress=False, page=False, echo=lambda line: None)
    store = Store(out)
    first, second = store.records()[:2]
    path = store.manifest_dir / f"{second['batch']}.json"
    path.write_text(json.dumps({**second, "report_ids": second["report_ids"] + first["report_ids"][:1],
                                "written": "9999"}), encoding="utf-8")
    assert store.read("documents").to_pandas().report_id.is_unique
    done, removed = store.prepare(library_fingerprint())
    assert removed == {"repeated": 1} and not set(second["report_ids"]) & done


def test_a_finished_run_cannot_commit(tmp_path):
    store = Store(tmp_path)
    tables = {d: arrow_schema(d).empty_table() for d in DATASETS}
    with store.lock() as token:
        assert store.write_batch("b1", tables, [], "lib", token)
    assert not store.write_batch("b2", tables, [], "lib", token)
    assert [r["batch"] for r in store.records()] == ["b1"]
    assert not (tmp_path / "documents" / "part-b2.parquet").exists()


def test_one_run_at_a_time(tmp_path, capsys):
    from helpers.corpus.store import StoreError

    with Store(tmp_path).lock():
        with pytest.raises(StoreError, match="another corpus run"):
            with Store(tmp_path).lock():
                pass
        assert main(["corpus", str(tmp_path), "--out", str(tmp_path), "--no-page"]) == 2
    assert "another corpus run" in capsys.readouterr().err


def test_sources_stream_folders_globs_and_single_reports(generated, tmp_path):
    source, made = generated
    found = set(report_paths(source))
    assert found == {g.path.resolve() for g in made}          # expected.csv is not a report
    folder = next(g.path for g in made if g.path.is_dir())
    assert list(report_paths(folder)) == [folder.resolve()]
    texts = list(report_paths(f"{source}/**/*.txt"))        # a text inside a report folder names the folder
    assert set(texts) == found and len(texts) == len(found)
    with pytest.raises(SourceError, match="no such folder"):
        list(report_paths(tmp_path / "missing"))
    assert list(report_paths(f"{tmp_path}/nothing-*.txt")) == []


def test_a_folder_checksum_changes_with_any_of_its_files(generated):
    _, made = generated
    folder = next(g.path for g in made if g.path.is_dir() and g.readable)
    before = report_checksum(folder)
    meta = folder / "report.yml"
    text = meta.read_text(encoding="utf-8")
    try:
        meta.write_text(text + "notes: edited\n", encoding="utf-8")
        assert report_checksum(folder) != before
    finally:
        meta.write_text(text, encoding="utf-8")
    assert report_checksum(folder) == before


def test_command_line_exit_codes(generated, tmp_path, capsys):
    source, _ = generated
    assert main(["corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--no-page"]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["corpus", str(source), "--out", str(tmp_path / "o"), "--workers", "0", "--no-page"]) == 2
    assert "at least 1" in capsys.readouterr().err
    assert main(["corpus", str(source), "--out", str(tmp_path / "o"), "--workers", "1", "--scheduler",
                 "tcp://127.0.0.1:1", "--no-page"]) == 2
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert main(["corpus", str(source), "--out", str(blocked / "o"), "--no-page"]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_a_library_failure_is_recorded_as_failed_and_exits_1(generated, tmp_path, monkeypatch, capsys):
    """A fault of the library (not of the report) is a row of errors, kind failed, and the command says so."""
    from helpers.corpus import rows

    source, made = generated
    one = next(g.path for g in made if g.readable)
    failing = rows.report_rows(one, report_checksum(one), "b", "lib")
    assert failing.error is None
    monkeypatch.setattr(rows, "analyse", lambda path: 1 / 0)
    broken = rows.report_rows(one, report_checksum(one), "b", "lib")
    assert broken.error["kind"] == "failed" and broken.error["error"] == "ZeroDivisionError"
    assert rows.error_kind(ValueError("pandas")) == "failed"


def test_an_unreadable_file_gets_a_checksum_of_its_status(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert len(report_checksum(fifo)) == 64                     # does not block on the pipe
    from helpers.corpus.rows import report_rows

    rows = report_rows(fifo, report_checksum(fifo), "b", "lib")
    assert rows.error["kind"] == "bad-input" and "not a regular file" in rows.error["reason"]


def test_an_output_folder_inside_the_source_is_not_read_as_reports(generated, tmp_path):
    source, made = generated
    inside = tmp_path / "source"
    shutil.copytree(source, inside)
    out = inside / "corpus-out"
    out.mkdir()
    (out / "corpus.html").write_text("<html><body>全年增长8%</body></html>", encoding="utf-8")
    found = list(report_paths(inside, exclude=out))
    assert len(found) == len(made) and not [p for p in found if p.is_relative_to(out)]


def test_a_failing_task_stops_the_run_with_what_was_done_kept(tmp_path):
    from helpers.corpus.engine import TaskError, _run_window

    class Failing:
        def compute(self, tasks):
            raise OSError(28, "No space left on device")

    with pytest.raises(TaskError, match="No space left on device.*run the same command again"):
        _run_window(Failing(), Store(tmp_path), [("a.txt", "0" * 64)], 1, str(tmp_path), "lib", "t", print)


def test_a_curated_report_folder_gives_its_curated_claims_and_checks():
    from helpers import paths
    from helpers.corpus.rows import report_rows

    rows = report_rows(paths.DEFAULT_REPORT, report_checksum(paths.DEFAULT_REPORT), "b", "lib")
    single = analyse(paths.DEFAULT_REPORT)
    assert rows.error is None and rows.document["curated"] and rows.document["outlet"] == single.report.metadata.outlet
    assert rows.claims.claim_id.tolist() == single.ledger.claim_id.tolist()
    assert set(rows.checks.kind) == {"curated"}
    assert rows.checks.verdict.tolist() == single.checks.verdict.tolist()
    for dataset, frame in (("documents", [rows.document]), ("claims", rows.claims), ("checks", rows.checks)):
        validate(dataset, arrow_table(dataset, frame))


def test_the_listing_runs_ahead_in_a_thread_and_hands_on_its_errors():
    from helpers.corpus.engine import _Prefetched

    with _Prefetched(iter(range(100)), 3) as items:
        assert list(items) == list(range(100))

    def failing():
        yield 1
        raise SourceError("gone")

    with pytest.raises(SourceError, match="gone"):
        with _Prefetched(failing(), 3) as items:
            list(items)
    with _Prefetched(iter(range(10**6)), 3) as items:       # left early: the producer stops, nothing hangs
        assert next(items) == 0
