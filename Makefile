# The two commands: `make demo` and `make test`. Both set up what they need on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DATA ?= $(or $(DUIDING_DATA),../shared/data)

.PHONY: demo test lint typecheck unit floors bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/duiding analyse examples/seed-article.txt
	$(BIN)/duiding ingest demo/corpus.jsonl --db demo.db

test: lint typecheck unit
	@if [ -d "$(DATA)" ]; then echo "Evaluation floors were checked on $(DATA) (see the floor tests above)."; \
	else echo "NOTE: $(DATA) not found: the evaluation floors on the dev splits were SKIPPED."; fi

lint: $(STAMP)
	$(BIN)/ruff check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	DUIDING_DATA=$(DATA) $(BIN)/pytest

floors: $(STAMP)
	$(BIN)/duiding eval floors --data $(DATA)

bench: $(STAMP)
	$(BIN)/duiding bench examples/seed-article.txt --compare frog

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
