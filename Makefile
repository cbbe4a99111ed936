# Passerelle — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/passerelle_fr.ts resources/translations/passerelle_en.ts
QM := $(TS:.ts=.qm)

.DEFAULT_GOAL := help
.PHONY: help run test bench bench-quick lint translations update-translations clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM) ## compile the .ts translations to .qm

update-translations: $(STAMP) ## collect the UI's strings into the .ts file and fill in the French
	$(BIN)/python packaging/update_translations.py

run: $(STAMP) translations ## set everything up and open the app on a throw-away demo vault
	$(BIN)/intake-app --demo

test: $(STAMP) translations ## set everything up and run the whole test suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP) translations ## run the performance suite (100,000 clients, 10,000 services)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run --clients 100000 --services 10000

bench-quick: $(STAMP) translations ## the same suite at 10,000 clients and 1,000 services
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run --clients 10000 --services 1000

lint: $(STAMP) ## ruff lint, ruff format check, mypy
	$(BIN)/ruff check intake_app tests
	$(BIN)/ruff format --check intake_app tests
	$(BIN)/mypy intake_app

clean: ## remove the virtual environment and build leftovers
	rm -rf $(VENV) build *.egg-info $(QM)
