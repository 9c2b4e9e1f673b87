# The two commands of the README: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Absolute links and the demo Site follow the port served (itac/settings/dev.py).
export PORT

.PHONY: run test test-browser stack lint format serve-setup translations clean bench raqm

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

# Share cards shape Arabic with libraqm, which Pillow loads with libfribidi at run time
# (Debian: libfribidi0). Installed here when missing and we are root; otherwise say how.
raqm:
	@$(BIN)/python -c "from PIL import features; raise SystemExit(not features.check('raqm'))" || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing libfribidi0 (Arabic share cards)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfribidi0 >/dev/null; \
	  else \
	    echo "Share cards need libfribidi0 to shape Arabic: sudo apt-get install libfribidi0"; \
	  fi; }

serve-setup: $(VENV)/.run-installed translations raqm
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py create_demo_accounts

run: serve-setup
	@echo "Serving the ITAC portal on http://127.0.0.1:$(PORT)/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.dev-installed translations raqm
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	DJANGO_SETTINGS_MODULE=itac.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=itac.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	# Two processes side by side: the browser journeys (they mostly wait on chromium and their
	# live site; report in test-artifacts/browser-tests.log, shown when they end) and the other
	# tests with the apps' coverage (below the threshold in pyproject.toml, the run fails).
	@mkdir -p test-artifacts
	@echo "Browser journeys running beside the other tests (report below when they end)"
	@$(BIN)/python -m pytest tests/browser > test-artifacts/browser-tests.log 2>&1 & browser=$$!; \
	$(BIN)/python -m pytest --ignore=tests/browser --cov --cov-report=term; others=$$?; \
	wait $$browser; journeys=$$?; \
	echo "=== browser journeys (test-artifacts/browser-tests.log) ==="; \
	cat test-artifacts/browser-tests.log; \
	[ $$others -eq 0 ] && [ $$journeys -eq 0 ]

# Varnish in front of two gunicorn instances and the task worker (emails, the dashboard's counts), on PostgreSQL and Redis
# (README "Production layout"); installs Debian's varnish when missing. Ctrl-C stops it.
stack: $(VENV)/.run-installed translations
	$(BIN)/python deploy/stack.py

# Only the real-browser tests (Debian's chromium; README "Browser tests").
test-browser: $(VENV)/.dev-installed translations raqm
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
