# The two commands of the README: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test test-browser stack lint format serve-setup translations clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# A stamp per requirements file: pip runs again only when a pin changes.
$(VENV)/.run-installed: requirements.txt constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.run-installed

translations:
	$(BIN)/python manage.py compile_translations

serve-setup: $(VENV)/.run-installed translations
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	PORT=$(PORT) $(BIN)/python manage.py create_demo_accounts

run: serve-setup
	@echo "Serving the ITAC portal on http://127.0.0.1:$(PORT)/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.dev-installed translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=itac.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=itac.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

# Varnish in front of two gunicorn instances and the email worker, on PostgreSQL and Redis
# (README "Production layout"); installs Debian's varnish when missing. Ctrl-C stops it.
stack: $(VENV)/.run-installed translations
	$(BIN)/python deploy/stack.py

# Only the real-browser tests (Debian's chromium; README "Browser tests").
test-browser: $(VENV)/.dev-installed translations
	$(BIN)/python -m pytest tests/browser

# 100,000 stories on PostgreSQL served by gunicorn with production settings (docs/performance.md).
# BENCH_ARGS="--reuse --requests 30" reuses the database; see bench/serve.py for the options.
bench: $(VENV)/.dev-installed translations
	$(BIN)/python bench/serve.py $(BENCH_ARGS)

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var staticfiles test-artifacts
