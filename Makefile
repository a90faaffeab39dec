# parteisuche — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CLI    := $(BIN)/parteisuche
INDEX  ?= instance/index
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test install install-test index lint typecheck bench clean

## run: install, (re)build the index of corpus/ when missing or outdated, serve on :8000
run: index
	$(CLI) serve --index $(INDEX) --host $(HOST) --port $(PORT)

## test: install what the tests need, lint, type-check and run the test suite
test: install-test lint typecheck
	$(BIN)/pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## index: outdated schema -> reindex; then add new and changed files of corpus/
index: install
	@$(CLI) check --index $(INDEX) --quiet; status=$$?; \
	if [ $$status -eq 3 ]; then echo "index schema outdated: rebuilding"; $(CLI) reindex --index $(INDEX) --quiet; fi
	-$(CLI) index corpus/ --index $(INDEX) --prune

lint: install-test
	$(BIN)/ruff check indexer webapp tests bench

typecheck: install-test
	$(BIN)/mypy

## bench: the benchmark suites (need ../shared; see README)
bench: install-test
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
