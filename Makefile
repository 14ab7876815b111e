# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= warehouse
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test install lock bench clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv

# Installs exactly what requirements.lock pins (hash-checked), then the project itself.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/wirecopy run seeds/ --out $(OUT)
	$(BIN)/wirecopy query "select agency, dateline_city, dateline_date, headline from articles order by agency" --out $(OUT)

test: install
	$(BIN)/python -m pytest

# Throughput beside bare spaCy and memory growth (minutes; see README "Performance").
bench: install
	$(BIN)/python -m benchmarks.throughput $(BENCH_ARGS)

# Re-pin after changing dependencies in pyproject.toml.
lock: | $(BIN)/uv
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
