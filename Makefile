# Two commands from a fresh clone:  make report  and  make test.
# Each creates .venv and installs the pinned environment first if needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
REPORT ?= data/reports/qingdao-anshun-2020
JOBS ?= 2
ARGS ?=
KERNEL := qingdao-anshun
# $(call quote,NAME): the variable NAME's value as given, unexpanded ($(value …)) and single-quoted for the shell,
# so a space, a quote, a backtick or $(…) in a file name is part of the name and runs nothing.
quote = '$(subst ','\'',$(value $(1)))'
# Not exported either: make would expand them (running any $(shell …)) to put them in the recipes' environment.
unexport REPORT JOBS ARGS SLUG

.DEFAULT_GOAL := help
.PHONY: help install git-filter browser report test test-fast lab lock bench snapshot clean new

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python 3 ($(KERNEL) .venv)" >/dev/null
	@touch $@

install: $(STAMP) git-filter ## create .venv, install the locked environment and the helpers package; wire nbstripout into git

git-filter: $(STAMP) ## strip notebooks' outputs when git stages them (nbstripout, as .gitattributes asks; inside a git checkout)
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  $(VENV)/bin/nbstripout --install --attributes .gitattributes \
	  && git config filter.nbstripout.clean $(call quote,VENV)'/bin/python -m nbstripout --keep-id' \
	  && git config diff.ipynb.textconv $(call quote,VENV)'/bin/python -m nbstripout --keep-id -t'; \
	else echo "not a git checkout: notebooks are not stripped by git (tests/test_notebooks_stored_clean.py still checks)"; fi

report: $(STAMP) ## run every notebook on REPORT (default: the committed report) into reports/<slug>/latest/
	$(PY) -m helpers run --report $(call quote,REPORT) --jobs $(call quote,JOBS) $(value ARGS)

new: $(STAMP) ## draft data/reports/<slug>/ from REPORT=path (.txt, .html, .pdf); SLUG=name chooses the folder
	@test "$(origin REPORT)" != file || { echo "make new needs the report: make new REPORT=path/to/report.txt" >&2; exit 2; }
	$(PY) -m helpers new $(call quote,REPORT) $(if $(value SLUG),--slug $(call quote,SLUG)) $(value ARGS)

browser: ## install Debian's chromium for the page tests where possible (root + apt); else they skip
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "chromium could not be installed here: the browser tests will skip (outside CI)"

test: $(STAMP) browser ## run the whole test suite (includes executing the notebooks)
	$(PY) -m pytest $(value ARGS)

test-fast: $(STAMP) ## unit tests only, without executing notebooks
	$(PY) -m pytest -m "not slow" $(value ARGS)

lab: $(STAMP) git-filter ## JupyterLab on the whole project (notebooks/, data/, reports/interactive/), kernel "Python 3 (qingdao-anshun .venv)"
	$(PY) -m jupyter lab --ServerApp.root_dir=$(call quote,CURDIR) $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(value ARGS)

lock: ## re-resolve pyproject.toml's pins into requirements.lock (needs the package registry)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	{ echo "# Every package, exactly, for the pip route. Made by 'make lock' from pyproject.toml; do not edit."; \
	  .lock-venv/bin/pip freeze --all --exclude-editable | grep -v -E '^(pip|helpers)( @|==)'; } > requirements.lock
	rm -rf .lock-venv

BENCH_VENV ?= .bench-venv
$(BENCH_VENV)/.installed: bench/requirements-bench.txt requirements.lock pyproject.toml
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock -r bench/requirements-bench.txt
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

bench: $(STAMP) $(BENCH_VENV)/.installed ## parser vs Recognizers-Text; a whole run vs the naive loop and the floor; corpus on 1 and 2 Dask workers vs a plain loop
	$(BENCH_VENV)/bin/python bench/parser_bench.py
	$(PY) bench/run_bench.py
	$(PY) bench/corpus_bench.py

# A corpus on Dask (src/helpers/corpus/). Without CORPUS: 300 invented reports generated into reports/_generated.
CORPUS_DEMO := reports/_generated
CORPUS ?= reports/_generated
CORPUS_OUT ?= reports/_corpus
unexport CORPUS CORPUS_OUT
.PHONY: corpus
$(CORPUS_DEMO)/expected.csv: tests/corpus_generator.py | $(STAMP)
	$(PY) -m tests.corpus_generator $(CORPUS_DEMO) --count 300
corpus: $(STAMP) $(if $(filter file,$(origin CORPUS)),$(CORPUS_DEMO)/expected.csv) ## every claim and check of the reports in CORPUS (folder or glob), on Dask → CORPUS_OUT: Parquet datasets, corpus.html
	$(PY) -m helpers corpus $(call quote,CORPUS) --out $(call quote,CORPUS_OUT) $(value ARGS)

snapshot: $(STAMP) ## re-record what the library yields on every kept report (tests/snapshots/); explain the diff when committing
	$(PY) -m tests.snapshots.snapshot

clean: ## remove generated reports (keeps .venv)
	rm -rf reports
