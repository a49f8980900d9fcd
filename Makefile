# Two commands for a newcomer: `make site` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test setup browser eval bench golden offline serve clean

site: setup
	$(BIN)/briefgen build --strict

test: setup browser
	$(BIN)/python -m pytest -q

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# Browser tests drive Debian's Chromium (never a downloaded browser).
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

offline: setup
	$(BIN)/briefgen build --strict --offline

serve: setup
	$(BIN)/briefgen serve

eval: setup
	$(BIN)/briefgen eval --data ../shared/data

# Speed and size benchmarks (minutes; figures in benchmarks/README.md). The site benchmark
# at 5,000 briefings takes longer: `$(BIN)/python benchmarks/bench_site.py --sizes 100 1000 5000`.
# Instruction counts, exact from run to run (needs valgrind, ~15 min): benchmarks/bench_instructions.py.
bench: setup browser
	$(BIN)/python benchmarks/bench_cleaning.py
	$(BIN)/python benchmarks/bench_analyze.py
	$(BIN)/python benchmarks/bench_site.py --sizes 100

golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

clean:
	rm -rf site .pytest_cache
