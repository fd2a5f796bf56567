# Safer Internet Hub: `make run` for a local demo site, `make test` for the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= auto

.PHONY: install catalogs run test lint format screenshots bench messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

catalogs: install
	$(BIN)/python manage.py compile_catalogs --verbosity 0

run: catalogs
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo "  Demo logins (development only): admin / safer-internet-admin, editor / safer-internet-editor"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: catalogs
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

# Extract UI strings into the catalogs (needs GNU gettext: apt-get install gettext).
messages: install
	$(BIN)/python manage.py update_catalogs

clean:
	rm -rf $(VENV) staticfiles screenshots
	find . -name '*.mo' -path './locale/*' -delete

# Benchmarks of the listings at scale (2,000 campaigns, 3,000 events on top of the demo) in
# a scratch site under benchmarks/.data/; results in benchmarks/RESULTS.md.
BENCH_ARGS ?=
bench: catalogs
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# Screenshots of the main pages (en, ar; 360 and 1280 px; some in dark mode) from a scratch
# demo database, with the system Chromium (apt-get install -y chromium), into screenshots/.
screenshots: catalogs
	$(BIN)/python tools/screenshots.py
