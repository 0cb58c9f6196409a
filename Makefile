# The two commands of the README: `make demo` and `make test`. Both create the
# virtual environment in .venv on first use and reinstall when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A pip constraints file for the install: CI's minimum job (.ci/run) sets it, with its own
# VENV and PYTHON, to .ci/constraints-min.txt.
CONSTRAINTS ?=

.PHONY: demo test lint typecheck unit generate bench docs clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' $(if $(CONSTRAINTS),--constraint $(CONSTRAINTS))
	touch $(STAMP)

# The main job on the bundled seed record: a summary for a person, then the checks.
demo: $(STAMP)
	$(BIN)/treatymodel show ru-kz-2025
	$(BIN)/treatymodel validate examples/ru-kz-2025.json

# Regenerate everything that is generated from the code (tests fail when it is stale).
generate: $(STAMP)
	$(BIN)/python scripts/write_datasets.py
	$(BIN)/python scripts/write_min_constraints.py
	$(BIN)/python scripts/write_schema.py
	$(BIN)/python scripts/write_rules_doc.py
	$(BIN)/python scripts/write_docs.py
	$(BIN)/python scripts/write_lifecycle_doc.py
	$(BIN)/python scripts/write_tables_doc.py
	$(BIN)/python scripts/write_timelines.py
	$(BIN)/python scripts/write_notebook.py
	$(BIN)/python scripts/write_linked.py

# The documentation site in site/ (mkdocs-material, mkdocstrings), warnings as errors,
# then checked offline: no raw docstring markup shown, no broken internal link.
# Not part of `make test`; the code on the pages is run by the tests.
docs: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,docs]'
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict
	$(BIN)/python scripts/check_site.py site

# Speed and scale against pydantic v2, msgspec and orjson (docs/performance.md). Not part
# of `make test`: the corpus (about 1 GB) goes to .benchmarks/, and timings are not tests.
BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

# bench.py measures validation at 10k and 100k too; benchmarks/bench_validate.py is the
# check of that ratio alone, run by hand.
bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/bench.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck unit

clean:
	rm -rf $(VENV) .venv-py3.* .venv-min .ci/logs .pytest_cache .mypy_cache .ruff_cache .hypothesis site
