"""A corpus on a real distributed LocalCluster (2 worker processes), and worker processes killed mid-run.

Each run is compared with a reference run of the same reports on the default local scheduler: the same
documents, claims, checks and errors, each report exactly once.
"""

import os
import signal
import threading
import time

import pandas as pd
import psutil
import pytest

from helpers.__main__ import main
from helpers.corpus.engine import run_corpus
from helpers.corpus.schema import DATASETS, validate
from helpers.corpus.store import Store

from .corpus_generator import generate_for_tests

pytestmark = pytest.mark.slow
KEYS = {"documents": ["report_id"], "claims": ["report_id", "claim_id"], "checks": ["report_id", "check_id"],
        "errors": ["report_id"]}
VARYING = ["batch", "seconds"]          # which partition a row is in, and how long its analysis took


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cluster-source")
    generate_for_tests(folder, count=40)
    return folder


@pytest.fixture(scope="module")
def reference(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    run_corpus(source, out, progress=False, page=False, echo=lambda line: None)
    return tables(out)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def tables(out) -> dict[str, pd.DataFrame]:
    store = Store(out)
    found = {}
    for dataset in DATASETS:
        table = store.read(dataset)
        validate(dataset, table)                       # schema, and every report id once
        frame = table.to_pandas().drop(columns=[c for c in VARYING if c in table.column_names])
        found[dataset] = frame.sort_values(KEYS[dataset]).reset_index(drop=True)
    return found


def assert_same(found: dict, reference: dict) -> None:
    for dataset in DATASETS:
        assert len(found[dataset]) == len(reference[dataset]), dataset
        pd.testing.assert_frame_equal(found[dataset], reference[dataset], obj=dataset)


def test_through_the_scheduler_address(source, reference, cluster, tmp_path):
    out = tmp_path / "out"
    code = main(["corpus", str(source), "--out", str(out), "--scheduler", cluster.scheduler_address,
                 "--batch-size", "6", "--no-page", "--no-progress"])
    assert code == 0
    assert_same(tables(out), reference)


def test_on_a_local_cluster_the_command_starts(source, reference, tmp_path):
    run = run_corpus(source, tmp_path, workers=2, batch_size=10, progress=False, page=False, echo=lambda line: None)
    assert run.engine.startswith("LocalCluster (2") and run.analysed == len(reference["documents"])
    assert_same(tables(tmp_path), reference)


def _kill_a_busy_worker(cluster, out, killed: list) -> None:
    """Once a batch is committed, SIGKILL a worker process the scheduler has tasks on."""
    from distributed import Client

    with Client(cluster.scheduler_address, timeout="20s") as client:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            committed = len(list((out / "_manifest").glob("*.json")))
            busy = [address for address, keys in client.processing().items() if keys]
            if committed and busy:
                nanny = next(n for n in cluster.workers.values() if n.worker_address == busy[0])
                os.kill(nanny.process.process.pid, signal.SIGKILL)
                killed.append(committed)
                return
            time.sleep(0.02)


def test_a_worker_killed_while_running_tasks_loses_nothing(source, reference, cluster, tmp_path):
    out = tmp_path / "out"
    killed: list[int] = []
    killer = threading.Thread(target=_kill_a_busy_worker, args=(cluster, out, killed))
    killer.start()
    try:
        run = run_corpus(source, out, scheduler=cluster.scheduler_address, batch_size=2, progress=False,
                         page=False, echo=lambda line: None)
    finally:
        killer.join()
    batches = -(-(len(reference["documents"]) + len(reference["errors"])) // 2)
    assert killed and killed[0] < batches, "the worker was killed before the run ended"
    assert run.analysed == len(reference["documents"]) and run.errors == len(reference["errors"])
    assert_same(tables(out), reference)


def _kill_a_pool_process(out, killed: list, others: set[int]) -> None:
    me = psutil.Process()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if list((out / "_manifest").glob("*.json")):
            workers = [p for p in me.children() if p.pid not in others and "spawn_main" in " ".join(p.cmdline())]
            if workers:
                workers[0].kill()
                killed.append(len(list((out / "_manifest").glob("*.json"))))
                return
        time.sleep(0.02)


def test_a_local_pool_process_killed_mid_run_loses_nothing(source, reference, tmp_path):
    out = tmp_path / "out"
    killed: list[int] = []
    lines: list[str] = []
    others = {p.pid for p in psutil.Process().children(recursive=True)}     # e.g. the LocalCluster's workers
    killer = threading.Thread(target=_kill_a_pool_process, args=(out, killed, others))
    killer.start()
    try:
        run = run_corpus(source, out, batch_size=2, progress=False, page=False, echo=lines.append)
    finally:
        killer.join()
    assert killed, "no worker process was killed"
    assert any("a worker process died" in line for line in lines), lines
    assert run.analysed == len(reference["documents"]) and run.errors == len(reference["errors"])
    assert_same(tables(out), reference)
