# Passage: `make demo` runs the main job on the bundled samples; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test lint format lock clean

$(BIN)/passage: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

install: $(BIN)/passage

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/passage ingest samples --db $(DEMO_DB)
	$(BIN)/passage articles --db $(DEMO_DB)
	@echo
	$(BIN)/passage events --db $(DEMO_DB)
	@echo
	$(BIN)/passage interactions --db $(DEMO_DB)
	@echo
	$(BIN)/passage crossings --db $(DEMO_DB)
	@echo
	$(BIN)/passage route Beyrouth Damas --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

test: lint
	$(BIN)/pytest -q

format: install
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

# Re-pin every dependency after changing pyproject.toml.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet ".[dev]"
	.lock-venv/bin/pip freeze --exclude passage > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
