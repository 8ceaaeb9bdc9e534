"""``datapackage.json``: the data dictionary of a run's ``claims.csv`` and ``checks.csv`` (Frictionless).

Every column gets its type and its meaning (from ``wording.yml``, ``columns.<table>.<name>``); the
verdict columns list the words they may take (:mod:`helpers.vocabulary`). A column a CSV has that
this module does not know is an error, so the dictionary cannot drift from the data.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from helpers.present.wording import t
from helpers.vocabulary import CHECK_VERDICTS, NOT_RECOMPUTED, SOURCE_VERDICTS, STATUSES

NUMBER, INTEGER, STRING, BOOLEAN = "number", "integer", "string", "boolean"
TYPES = {
    "claims": {"start": INTEGER, "end": INTEGER, "value": NUMBER, "low": NUMBER, "high": NUMBER, "curated": BOOLEAN},
    "checks": {"computed": NUMBER, "computed_low": NUMBER, "computed_high": NUMBER, "stated": NUMBER,
               "stated_low": NUMBER, "stated_high": NUMBER, "gap": NUMBER, "review_stale": BOOLEAN},
}
ENUMS = {
    ("claims", "status"): list(STATUSES),
    ("claims", "corroboration"): list(SOURCE_VERDICTS),
    ("claims", "arithmetic"): [*CHECK_VERDICTS, NOT_RECOMPUTED],
    ("claims", "claim_type"): ["quantity", "qualitative"],
    ("checks", "verdict"): list(CHECK_VERDICTS),
}
KEYS = {"claims": "claim_id", "checks": "check_id"}


def _field(table: str, name: str) -> dict:
    kind = TYPES[table].get(name, STRING)
    field = {"name": name, "type": kind, "description": t(f"columns.{table}.{name}")}
    if kind == NUMBER:
        field["bareNumber"] = True
        field["missingValues"] = [""]
    if kind == BOOLEAN:
        field["trueValues"], field["falseValues"] = ["True", "true"], ["False", "false"]
    if (table, name) in ENUMS:
        field["constraints"] = {"enum": ENUMS[(table, name)]}
    if name == KEYS[table]:
        field["constraints"] = {"required": True, "unique": True}
    return field


def resource(folder: Path, table: str) -> dict | None:
    path = Path(folder) / f"{table}.csv"
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle), [])
    return {"name": table, "path": path.name, "profile": "tabular-data-resource", "format": "csv",
            "encoding": "utf-8", "mediatype": "text/csv", "description": t(f"datapackage.{table}"),
            "schema": {"fields": [_field(table, name) for name in header], "primaryKey": KEYS[table],
                       "missingValues": [""]}}


def write_datapackage(folder: Path, slug: str = "") -> Path | None:
    """Write ``folder/datapackage.json`` for the CSVs the run wrote; nothing when it wrote neither."""
    folder = Path(folder)
    resources = [r for r in (resource(folder, "claims"), resource(folder, "checks")) if r]
    if not resources:
        return None
    slug = slug or folder.parent.parent.name
    package = {"profile": "tabular-data-package", "name": f"{slug}-claims-and-checks".lower(),
               "title": t("datapackage.title", slug=slug), "description": t("datapackage.description"),
               "resources": resources}
    target = folder / "datapackage.json"
    target.write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    return target
