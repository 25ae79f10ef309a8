# Two commands: `make run` (the job on the bundled samples) and `make test`.
# Both build .venv from the committed uv.lock; uv itself is bootstrapped with pip.
PYTHON ?= python3
UV_VERSION ?= 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
STAMP := $(VENV)/.synced
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export UV_PYTHON_DOWNLOADS ?= never
# Bytecode is compiled once at install: with PYTHONDONTWRITEBYTECODE set (as on CI and this
# machine) every process would otherwise recompile every module it imports (about 3 s of the
# start-up of `newsclean clean`, of each worker process and of the temporary Prefect server).
export UV_COMPILE_BYTECODE ?= 1

.PHONY: setup run test test-fast lint eval-data bench bench-extraction bench-dedup bench-memory bench-pipeline bench-stages clean dictionary

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(STAMP): $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python $(PYTHON)
	touch $(STAMP)

setup: $(STAMP)
	@$(VENV)/bin/python -m compileall -q newsclean > /dev/null

run: setup
	$(VENV)/bin/newsclean backfill --input data/samples --output data/clean

# all tiers: unit + doctests, eval (corpus scores), slow (Prefect, subprocesses)
test: setup
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

# the fast tier only (seconds): unit tests and doctests
test-fast: setup
	$(VENV)/bin/python -m pytest -m "not slow and not eval" $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: bench-extraction bench-dedup

# a fresh machine's names evaluation data: the snapshots must be in /work/.mirror (the search tool's
# `fetch github:OWNER/NAME`; tests/data/names/README.md lists them); rebuilds the git-ignored .fetched/
# caches and every labelled batch's texts, checked against the labels' text_sha256 (~10 min)
eval-data: setup
	$(VENV)/bin/python bench/dragnet.py extract
	$(VENV)/bin/python bench/names_links_web.py extract
	$(VENV)/bin/python bench/dragnet.py score --split tune --verbose > /dev/null
	$(VENV)/bin/python bench/rebuild_texts.py --verbose

bench-extraction: setup
	$(VENV)/bin/python bench/extraction.py

bench-dedup: setup
	$(VENV)/bin/python bench/dedup.py

# peak RSS of a whole backfill at 2,000 and 20,000 generated documents (issue 13: 10x <= 1.5x 1x); ~15 min
bench-memory: setup
	$(VENV)/bin/python bench/memory.py

# trafilatura alone vs datatrove vs newsclean backfill, 1x and 10x (bench/pipeline.py; BENCH_ARGS="--quick"
# for a smoke run). Installs the non-default `bench` dependency group (datatrove) into .venv; `make setup`,
# the tests and CI never install it.
bench-pipeline: setup
	$(UV) sync --frozen --group bench
	$(VENV)/bin/python bench/pipeline.py $(BENCH_ARGS)

# where the time goes, per stage, on the scrapinghub pages and a 100k-document generated corpus
bench-stages: setup
	$(VENV)/bin/python bench/stages.py --generated 100000 --profile 2000 $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(TOOLS) data/clean

# docs/DATA_DICTIONARY.md is generated from the record models and vocabularies (a test checks it is current)
dictionary: setup
	$(VENV)/bin/python -m newsclean.schemas.describe docs/DATA_DICTIONARY.md
