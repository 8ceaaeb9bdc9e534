"""The corpus output folder: partitions written atomically, a manifest of what is done, read back consistently.

Layout of ``DIR``::

    documents/part-<batch>.parquet   claims/…   checks/…   errors/…    one partition per batch of reports
    _manifest/<batch>.json           the batch's record: library, report ids, row counts — its commit
    .lock                            held by the running corpus (one run at a time); holds the run's token

A worker writes a batch's four partitions, each to a temporary name then renamed (``os.replace`` is atomic),
and then the batch's **record**, the same way: a batch exists when its record does. A run that is killed
leaves at worst partitions without a record, or temporary files; the next run removes them (:meth:`Store.prepare`)
and redoes those reports. A batch written twice (a task retried after its worker died) is written with the
same name and the same rows: nothing is duplicated.

A report is **done** when a record of the current **library fingerprint** (the package version and a hash of the
source of every module that shapes the rows: reading, quantities, claims, evidence, the corpus rows) lists its
checksum. A record made by another library is removed with its partitions when a run starts — its reports run
again with the new library — so the folder always holds one library's results.

Readers (:meth:`Store.read`, the corpus notebook) read only the partitions a record commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq

import helpers
from helpers import paths
from helpers.corpus.schema import DATASETS, arrow_schema

#: Where ``make corpus`` writes by default: under the git-ignored reports/, a name no report slug can take.
DEFAULT_OUT = paths.OUTPUT / "_corpus"
MANIFEST = "_manifest"
LOCK = ".lock"
PARTITION = "part-{batch}.parquet"
#: Folders of the package whose source does not shape a corpus row (pages, the notebook runner, the Dask
#: engine and the summaries); every other module's source goes into the library fingerprint.
NOT_IN_FINGERPRINT = ("present/", "runs/", "corpus/engine.py", "corpus/command.py", "corpus/store.py",
                      "corpus/summary.py", "corpus/figures.py", "corpus/page.py", "__main__.py")


class StoreError(RuntimeError):
    """An output folder that cannot be used: not writable, or held by another corpus run."""


@lru_cache(maxsize=1)
def library_fingerprint() -> str:
    """``<version>+<hash>``: the package version and a hash of the source that shapes the corpus rows."""
    package = Path(helpers.__file__).resolve().parent
    digest = hashlib.sha256()
    for module in sorted(package.rglob("*.py")):
        relative = module.relative_to(package).as_posix()
        if relative.startswith(NOT_IN_FINGERPRINT):
            continue
        digest.update(f"{relative}\n".encode())
        digest.update(module.read_bytes())
    return f"{helpers.__version__}+{digest.hexdigest()[:16]}"


def batch_name(report_ids: Iterable[str], library: str) -> str:
    """A batch's name, from what it holds: the same reports under the same library give the same name."""
    digest = hashlib.sha256(library.encode())
    for report_id in sorted(report_ids):
        digest.update(report_id.encode())
    return digest.hexdigest()[:20]


class Store:
    """The output folder of a corpus run."""

    def __init__(self, out: Path | str):
        self.out = Path(out)

    def dataset_dir(self, dataset: str) -> Path:
        return self.out / dataset

    @property
    def manifest_dir(self) -> Path:
        return self.out / MANIFEST

    # -- the driver -------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[str]:
        """Hold the folder for one run; yields the run's token (workers commit only under it)."""
        try:
            for folder in (self.out, self.manifest_dir, *(self.dataset_dir(d) for d in DATASETS)):
                folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.out / LOCK, "a+", encoding="utf-8")
        except OSError as error:
            raise StoreError(f"{self.out}: the output folder cannot be written ({error.strerror or error})") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.out}: another corpus run is writing this folder; wait for it "
                                 "or give another --out") from None
            token = uuid.uuid4().hex
            handle.seek(0)
            handle.truncate()
            handle.write(token)
            handle.flush()
            try:
                yield token
            finally:
                handle.seek(0)
                handle.truncate()
                handle.flush()
                fcntl.flock(handle, fcntl.LOCK_UN)

    def prepare(self, library: str) -> tuple[set[str], dict[str, int]]:
        """Tidy the folder for a run under ``library``; return the report ids done and what was removed.

        Removed: temporary files; records of another library, records whose partitions are missing, records
        that repeat a report an earlier record holds (with their partitions); partitions without a record.
        """
        removed = {"temporary": 0, "other library": 0, "incomplete": 0, "repeated": 0, "uncommitted": 0}
        for folder in (self.manifest_dir, *(self.dataset_dir(d) for d in DATASETS)):
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)
                removed["temporary"] += 1
        records = self.records()
        for record in records:
            if record.get("library") != library:
                self._remove(record)
                removed["other library"] += 1
        kept, dropped = self._committed([r for r in records if r.get("library") == library])
        for record, reason in dropped:
            self._remove(record)
            removed[reason] += 1
        names = {record["batch"] for record in kept}
        for dataset in DATASETS:
            for part in self.dataset_dir(dataset).glob(PARTITION.format(batch="*")):
                if part.name[len("part-"):-len(".parquet")] not in names:
                    part.unlink(missing_ok=True)
                    removed["uncommitted"] += 1
        done = {report_id for record in kept for report_id in record["report_ids"]}
        return done, {reason: n for reason, n in removed.items() if n}

    def done(self, library: str) -> set[str]:
        """The report ids committed under ``library`` (reads the records, changes nothing)."""
        kept, _ = self._committed([r for r in self.records() if r.get("library") == library])
        return {report_id for record in kept for report_id in record["report_ids"]}

    def _remove(self, record: dict) -> None:
        for dataset in DATASETS:
            (self.dataset_dir(dataset) / PARTITION.format(batch=record["batch"])).unlink(missing_ok=True)
        (self.manifest_dir / f"{record['batch']}.json").unlink(missing_ok=True)

    # -- a worker ---------------------------------------------------------------------------------------

    def write_batch(self, batch: str, tables: dict[str, pa.Table], report_ids: list[str], library: str,
                    token: str, counts: dict[str, int] | None = None) -> bool:
        """Write a batch's partitions and then its record, each atomically; False if the run has ended.

        ``token`` is the run's (from :meth:`lock`): a task left over from a run that ended writes nothing,
        so it cannot commit reports the next run has scheduled again.
        """
        if not self._current(token):
            return False
        files = {}
        for dataset in DATASETS:
            table = tables[dataset]
            if not table.schema.equals(arrow_schema(dataset)):
                raise ValueError(f"batch {batch}: the {dataset} table does not have the dataset's schema")
            target = self.dataset_dir(dataset) / PARTITION.format(batch=batch)
            _atomic(target, lambda handle, table=table: pq.write_table(table, handle, compression="zstd"))
            files[dataset] = f"{dataset}/{target.name}"
        record = {"batch": batch, "library": library, "report_ids": sorted(report_ids), "files": files,
                  "counts": dict(counts or {d: tables[d].num_rows for d in DATASETS}),
                  "written": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")}
        if not self._current(token):
            for dataset in DATASETS:
                (self.dataset_dir(dataset) / PARTITION.format(batch=batch)).unlink(missing_ok=True)
            return False
        _atomic(self.manifest_dir / f"{batch}.json",
                lambda handle: handle.write(json.dumps(record, ensure_ascii=False).encode()))
        return True

    def _current(self, token: str) -> bool:
        try:
            return (self.out / LOCK).read_text(encoding="utf-8").strip() == token
        except OSError:
            return False

    # -- readers ----------------------------------------------------------------------------------------

    def records(self) -> list[dict]:
        """Every batch record of the folder, oldest first."""
        found = []
        for path in self.manifest_dir.glob("*.json"):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(record, dict) and {"batch", "library", "report_ids", "files"} <= set(record):
                found.append(record)
        return sorted(found, key=lambda r: (r.get("written", ""), r["batch"]))

    def _committed(self, records: list[dict]) -> tuple[list[dict], list[tuple[dict, str]]]:
        """The records whose partitions all exist and whose reports no earlier record holds; the others."""
        kept, dropped, seen = [], [], set()
        for record in records:
            if not all((self.out / name).is_file() for name in record["files"].values()):
                dropped.append((record, "incomplete"))
            elif seen & set(record["report_ids"]):
                dropped.append((record, "repeated"))
            else:
                kept.append(record)
                seen.update(record["report_ids"])
        return kept, dropped

    def committed_files(self, dataset: str) -> list[Path]:
        """The partitions of ``dataset`` a record commits."""
        kept, _ = self._committed(self.records())
        return [self.out / record["files"][dataset] for record in kept]

    def read(self, dataset: str, columns: list[str] | None = None, filter=None) -> pa.Table:
        """The committed rows of a dataset (optionally some columns, rows matching a pyarrow filter)."""
        schema = arrow_schema(dataset)
        files = [str(p) for p in self.committed_files(dataset)]
        if not files:
            table = schema.empty_table()
            return table.select(columns) if columns else table
        return pads.dataset(files, schema=schema, format="parquet").to_table(columns=columns, filter=filter)


def _atomic(target: Path, write) -> None:
    """Write ``target`` through a temporary file in its folder, flushed to disk, then renamed over it."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
