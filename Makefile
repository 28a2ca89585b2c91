# Andere Bril — the two commands a new user needs: `make run` and `make test`.
# Everything is installed into this folder (.tools/ for uv, .venv/ for the project); nothing global
# except Debian's Chromium for the browser tests (installed when missing and running as root).

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := ANDEREBRIL_DEBUG=true ANDEREBRIL_DEMO=true
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck migrations-check pytest browser-deps bootstrap native messages vendor clean

bootstrap: $(VENV)/.synced native

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --python $(PYTHON)
	touch $@

# The taalscan's rule modules compiled with mypyc (about a third faster); a no-op when current,
# plain Python (with a message) where no C compiler is found. See tools/build_native.py.
native: $(VENV)/.synced
	@$(BIN)/python tools/build_native.py

run: bootstrap
	$(DEV_ENV) $(BIN)/python -m anderebril.manage migrate --noinput
	$(DEV_ENV) $(BIN)/python -m anderebril.manage load_demo
	$(DEV_ENV) $(BIN)/python -m anderebril.manage load_knowledge
	$(DEV_ENV) $(BIN)/python -m anderebril.manage load_genderscan_demo
	$(DEV_ENV) $(BIN)/python -m anderebril.manage load_bpv_demo
	$(DEV_ENV) $(BIN)/python -m anderebril.manage load_imagescan_demo
	$(DEV_ENV) $(BIN)/python -m anderebril.manage recover_imagescan_imports
	$(DEV_ENV) $(BIN)/python -m anderebril.manage recover_taalscan_batches
	@echo ""
	@echo "Andere Bril draait op http://$(HOST):$(PORT)/  (stoppen: Ctrl+C)"
	@echo ""
	@# A background worker runs the taalscan batches; it stops when runserver stops.
	$(DEV_ENV) $(BIN)/python -m anderebril.manage db_worker --no-reload --verbosity 0 & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python -m anderebril.manage runserver $(HOST):$(PORT)

test: bootstrap lint typecheck migrations-check browser-deps pytest

lint: $(VENV)/.synced
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: $(VENV)/.synced
	$(DEV_ENV) $(BIN)/mypy

migrations-check: $(VENV)/.synced
	$(DEV_ENV) $(BIN)/python -m anderebril.manage makemigrations --check --dry-run

browser-deps:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Chromium ontbreekt: installeren uit Debian's pakketten voor de browsertests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "De browsertests hebben Chromium nodig: sudo apt-get install chromium"; exit 1; \
	  fi; }

pytest: bootstrap
	$(BIN)/pytest $(PYTEST_ARGS)

messages: $(VENV)/.synced
	cd src/anderebril && $(DEV_ENV) ../../$(BIN)/python -m anderebril.manage makemessages -l en --no-obsolete --ignore 'textscan/*' --ignore 'documents/*'
	cd src/anderebril && $(DEV_ENV) ../../$(BIN)/python -m anderebril.manage compilemessages -l en

vendor:
	tools/vendor/vendor.sh

clean:
	rm -rf .tools $(VENV) .pytest_cache .mypy_cache .ruff_cache
	rm -rf src/anderebril/textscan/_native src/anderebril/textscan/_native.*-* src/anderebril/textscan/.native.lock
