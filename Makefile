# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# The lowest of the Pythons wirecopy supports (3.11, 3.12, 3.13) found on PATH; or say which: PYTHON=python3.13.
PYTHON ?= $(firstword $(foreach v,3.11 3.12 3.13,$(shell command -v python$(v) 2>/dev/null)) python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= warehouse
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test lint install lock bench clean docs report browsers

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv

# Installs exactly what requirements.lock pins (hash-checked), then the project itself.
# Bytecode is compiled at install: without it every process compiles Prefect's
# ~3,000 modules from source (seconds per `wirecopy run` where .pyc files are
# not written, e.g. PYTHONDONTWRITEBYTECODE=1 in CI).
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/wirecopy run seeds/ --out $(OUT)
	$(BIN)/wirecopy query "select agency, dateline_city, dateline_date, headline from articles order by agency" --out $(OUT)

test: lint
	$(BIN)/python -m pytest

# ruff, configured in pyproject.toml ([tool.ruff]); part of `make test`, so of CI.
lint: install
	$(BIN)/ruff check .

# Headless Chromium for the report's browser test (Debian's package; as root).
# Nothing else installs it: without it that one test is skipped and says why.
browsers:
	bash .ci/install-browsers  # chromium, Debian's package; the script says what it does

# Regenerate what is generated from schemas/ and the seeds: docs/tables.md and
# the outputs of the example questions in docs/examples.md (runs the flow on seeds/).
docs: install
	$(BIN)/wirecopy schema --docs --output docs/tables.md
	$(BIN)/python scripts/readme_examples.py

# The HTML report of the warehouse `make run` filled.
report: install
	$(BIN)/wirecopy report --out $(OUT) --html $(OUT)/report.html

# Throughput beside bare spaCy and memory growth (minutes; see docs/performance.md).
BENCH_ARGS ?= --repeat 3
bench: install
	$(BIN)/python -m benchmarks.throughput $(BENCH_ARGS)

# Re-pin after changing dependencies in pyproject.toml: one universal lock (markers)
# for every Python and platform pyproject.toml admits.
lock: | $(BIN)/uv
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --universal --python-version 3.11 \
		-o requirements.lock

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
