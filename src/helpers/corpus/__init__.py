"""A corpus of reports: every claim and check of thousands of reports, on Dask, as Parquet datasets.

``python -m helpers corpus SOURCE --out DIR`` runs :func:`helpers.analysis.analyse` — the same call as the
single-report run — on every report SOURCE names, in Dask worker processes, and writes four datasets under DIR
(``documents``, ``claims``, ``checks``, ``errors``; their columns in :mod:`helpers.corpus.schema`), then renders
the corpus page. The modules, in the order data flows through them:

* :mod:`helpers.corpus.sources` — which reports a SOURCE names, streamed, and each one's checksum;
* :mod:`helpers.corpus.rows` — one report's analysis (or the error that stopped it) as rows;
* :mod:`helpers.corpus.schema` — the columns of each dataset, written once: Arrow types and value rules;
* :mod:`helpers.corpus.store` — the output folder: a batch's partitions written atomically, the manifest of
  what is done, the library fingerprint, and reading back only what was committed;
* :mod:`helpers.corpus.engine` — batches of reports on Dask: local processes, a local cluster or a scheduler;
* :mod:`helpers.corpus.summary` and :mod:`helpers.corpus.figures` — what the corpus notebook shows;
* :mod:`helpers.corpus.page` — the corpus notebook executed and rendered into DIR.
"""
