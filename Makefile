# Two commands from a fresh clone:  make report  and  make test.
# Each creates .venv and installs the pinned environment first if needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
REPORT ?= data/raw/000_3ba18ba52c680e9c.txt
JOBS ?= 2
ARGS ?=
KERNEL := qingdao-anshun

.DEFAULT_GOAL := help
.PHONY: help install browser report test test-fast lab lock bench snapshot clean new

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python 3 ($(KERNEL) .venv)" >/dev/null
	@touch $@

install: $(STAMP) ## create .venv and install the locked environment and the helpers package

report: $(STAMP) ## run every notebook on REPORT (default: the committed report) into reports/latest/
	$(PY) -m helpers run --report $(REPORT) --jobs $(JOBS) $(ARGS)

new: $(STAMP) ## draft data/reports/<slug>/ from REPORT=path (.txt, .html, .pdf); SLUG=name chooses the folder
	@test "$(origin REPORT)" != file || { echo "make new needs the report: make new REPORT=path/to/report.txt" >&2; exit 2; }
	$(PY) -m helpers new "$(REPORT)" $(if $(SLUG),--slug "$(SLUG)") $(ARGS)

browser: ## install Debian's chromium for the page tests where possible (root + apt); else they skip
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "chromium could not be installed here: the browser tests will skip (outside CI)"

test: $(STAMP) browser ## run the whole test suite (includes executing the notebooks)
	$(PY) -m pytest $(ARGS)

test-fast: $(STAMP) ## unit tests only, without executing notebooks
	$(PY) -m pytest -m "not slow" $(ARGS)

lab: $(STAMP) ## open the notebooks in JupyterLab, with the project's kernel "Python 3 (qingdao-anshun .venv)"
	$(PY) -m jupyter lab --notebook-dir=notebooks $(ARGS)

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

bench: $(STAMP) $(BENCH_VENV)/.installed ## parser vs Recognizers-Text (MB/s, ratio, growth); runner vs naive papermill+nbconvert loop
	$(BENCH_VENV)/bin/python bench/parser_bench.py
	$(PY) bench/run_bench.py

snapshot: $(STAMP) ## re-record what the library yields on every kept report (tests/snapshots/); explain the diff when committing
	$(PY) -m tests.snapshots.snapshot

clean: ## remove generated reports (keeps .venv)
	rm -rf reports
