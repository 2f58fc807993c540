# The front door for people and CI. Every target creates what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test test-fast lint typecheck schemas check-schemas bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## run all three services on the bundled sample articles and print the alerts
	$(BIN)/execwatch demo

test: $(STAMP)  ## every test, against embedded Redis (or REDIS_URL when set)
	$(BIN)/pytest

test-fast: $(STAMP)  ## tests that need no Redis
	$(BIN)/pytest -m "not integration"

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	mkdir -p .build/mypy/execwatch
	ln -sfn ../../../services .build/mypy/execwatch/services
	ln -sfn ../../../schemas .build/mypy/execwatch/schemas
	cd .build/mypy && ../../$(BIN)/mypy --config-file ../../pyproject.toml -p execwatch.services -p execwatch.schemas

schemas: $(STAMP)  ## regenerate the JSON Schema files and docs/asyncapi.yaml from the code
	$(BIN)/python -m execwatch.schemas.jsonschema_gen
	$(BIN)/python -m execwatch.services.asyncapi

check-schemas: $(STAMP)
	$(BIN)/python -m execwatch.schemas.jsonschema_gen --check
	$(BIN)/python -m execwatch.services.asyncapi --check

bench: $(STAMP)  ## the benchmarks: extraction, replay, backpressure (they print figures)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_replay.py --sizes 100000 1000000
	$(BIN)/python bench/bench_backpressure.py --sizes 2000 20000

clean:
	rm -rf $(VENV) .build .execwatch .pytest_cache .mypy_cache .ruff_cache *.egg-info
