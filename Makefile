# Set-up and everyday tasks. Everything installs into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KG_STORE ?= ./data/kg
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint bench bench-extract bench-api bench-ingest bench-fetch clean serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg ingest examples/ --store $(KG_STORE)
	$(BIN)/kg stats --store $(KG_STORE)
	@echo "API docs:   http://$(HOST):$(PORT)/docs"
	@echo "Graph page: http://$(HOST):$(PORT)/viz"
	$(BIN)/kg serve --store $(KG_STORE) --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy core ingest kg api viz
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy core ingest kg api viz

bench-extract: $(STAMP)
	$(BIN)/python bench/extract.py --articles 2000

bench-api: $(STAMP)
	$(BIN)/python bench/api.py --articles 10000

bench-fetch: $(STAMP)
	$(BIN)/python bench/fetch.py --pages 300 --hosts 2

bench-ingest: $(STAMP)
	$(BIN)/python bench/ingest.py --articles 10000 --jobs 2

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
