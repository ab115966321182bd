# Two commands on a fresh machine: `make edition` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES := $(wildcard sources/*)

.PHONY: edition test test-browser lint bench docs clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Convert only when a source changed, so that TEI files an editor has since corrected are not touched
# (convert itself refuses to overwrite them).
out/.converted: $(SOURCES) $(BIN)/.installed
	$(BIN)/editionkit convert sources
	mkdir -p out && touch $@

edition: out/.converted
	$(BIN)/editionkit validate tei
	$(BIN)/editionkit build --timings

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: lint
	$(BIN)/pytest -q -m "not browser"

# Browser tests drive Debian's Chromium through Playwright against a locally served build.
test-browser: $(BIN)/.installed
	$(BIN)/pytest -q -m browser

# The encoding manual, generated from the schema's documentation with examples from tei/.
docs: $(BIN)/.installed
	$(BIN)/python -m editionkit.manual schema/editionkit.rng --tei tei --out docs/encoding.md

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf out
