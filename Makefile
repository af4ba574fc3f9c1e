# Clew — two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
CLEW := $(VENV)/bin/clew
DEMO_DIR ?= demo-data
DEMO_N ?= 20000
HOST ?= 127.0.0.1
PORT ?= 8765

.PHONY: install demo test lint schemas bench clean

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml scripts/install-system.sh
	bash scripts/install-system.sh
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

# Front-end libraries (graph, map data, accessibility checks) from npm, exactly as locked;
# the web app serves an allow-list of their files at /static/vendor/.
node_modules/.installed: package.json package-lock.json scripts/install-system.sh
	bash scripts/install-system.sh
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: install
	DEMO_DIR=$(DEMO_DIR) DEMO_N=$(DEMO_N) HOST=$(HOST) PORT=$(PORT) bash scripts/demo.sh

test: install
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/mypy
	$(PY) -m clew.schemas --check
	bash scripts/with-postgres.sh $(VENV)/bin/pytest -n 2 -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/ruff format --check src tests bench tools || true
	$(VENV)/bin/mypy
	$(CLEW) rules lint
	$(CLEW) rules test
	$(PY) -m clew.schemas --check

schemas: install
	$(PY) -m clew.schemas

bench: install
	$(PY) bench/analyze.py

clean:
	rm -rf $(VENV) node_modules $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache .hypothesis
