# Passerelle — `make help` lists the targets.
#
# Installs are reproducible: `make run` installs only requirements/runtime.txt and
# `make test` requirements/test.txt, both pinned with hashes (pip --require-hashes), then
# Passerelle itself with --no-deps. After changing dependencies in pyproject.toml, run
# `make lock` (a few seconds) and commit requirements/*.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
LOCK_RUN := requirements/runtime.txt
LOCK_TEST := requirements/test.txt
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
TS := resources/translations/passerelle_fr.ts resources/translations/passerelle_en.ts
QM := $(TS:.ts=.qm)
# The domain texts (letters, reading, routing, record): gettext catalogs compiled by Babel.
PO := $(wildcard resources/catalogs/*/LC_MESSAGES/*.po)
MO := $(PO:.po=.mo)
# One resolution for every OS the app ships on, so the same lock installs on all three.
UV_COMPILE := $(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" --quiet
DIST := dist/passerelle

.DEFAULT_GOAL := help
.PHONY: help run test bench bench-quick bench-scale lint translations update-translations \
	update-catalogs lock \
	lock-upgrade wheel package package-test appdir clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The runtime lock and nothing else: what a newcomer needs to try the app.
$(RUN_STAMP): $(LOCK_RUN) pyproject.toml setup.py | $(BIN)/python
	$(PIP) install --quiet --require-hashes -r $(LOCK_RUN)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

# The test lock holds the runtime lock's pins (compiled with it as constraints) plus the
# test, dev and package tools.
$(TEST_STAMP): $(LOCK_TEST) $(LOCK_RUN) pyproject.toml setup.py | $(BIN)/python
	$(PIP) install --quiet --require-hashes -r $(LOCK_TEST)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(RUN_STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The locale is the folder's name (resources/catalogs/<lang>/LC_MESSAGES/<domain>.po).
resources/catalogs/%.mo: resources/catalogs/%.po | $(RUN_STAMP)
	$(BIN)/pybabel -q compile -i $< -o $@ -l $(firstword $(subst /, ,$*))

translations: $(QM) $(MO) ## compile the .ts translations to .qm and the domain catalogs .po to .mo

update-catalogs: $(TEST_STAMP) ## extract the domain texts into resources/catalogs/*.pot and update every .po
	$(BIN)/python packaging/update_catalogs.py

update-translations: $(TEST_STAMP) ## collect the UI's strings into the .ts file and fill in the French
	$(BIN)/python packaging/update_translations.py

run: $(RUN_STAMP) translations ## set up (runtime lock only) and open the app on a throw-away demo vault
	$(BIN)/intake-app --demo

test: $(TEST_STAMP) translations ## set everything up and run the whole test suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(TEST_STAMP) translations ## run the performance suite (100,000 clients, 10,000 services)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run --clients 100000 --services 10000

bench-quick: $(TEST_STAMP) translations ## the same suite at 10,000 clients and 1,000 services
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run --clients 10000 --services 1000

bench-scale: $(TEST_STAMP) translations ## scaling table: 10k / 100k / 1M clients (1k / 10k / 50k services), under 20 min on 2 cores
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.scale

lint: $(TEST_STAMP) ## ruff lint, ruff format check, mypy --strict
	$(BIN)/ruff check intake_app tests
	$(BIN)/ruff format --check intake_app tests
	$(BIN)/mypy --strict intake_app

$(BIN)/uv: | $(BIN)/python
	$(PIP) install --quiet 'uv>=0.5'

lock: | $(BIN)/uv ## re-lock requirements/*.txt from pyproject.toml (keeps existing pins where it can)
	$(UV_COMPILE) pyproject.toml requirements/build.in -o $(LOCK_RUN)
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra test --extra dev --extra package \
		-c $(LOCK_RUN) -o $(LOCK_TEST)

lock-upgrade: | $(BIN)/uv ## re-lock with the newest release of every dependency
	$(UV_COMPILE) --upgrade pyproject.toml requirements/build.in -o $(LOCK_RUN)
	$(UV_COMPILE) --upgrade pyproject.toml requirements/build.in --extra test --extra dev \
		--extra package -c $(LOCK_RUN) -o $(LOCK_TEST)

wheel: $(TEST_STAMP) translations ## build dist/intake_app-*.whl (carries the .qm, .mo, fonts, schemas)
	$(PIP) wheel --quiet --no-deps --no-build-isolation -w dist .

package: $(TEST_STAMP) translations ## build the frozen app for this OS with PyInstaller (dist/passerelle/)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/passerelle.spec

package-test: package ## run the frozen app: --help, init, check, seed-demo, --demo to the unlock window
	$(BIN)/python packaging/package_test.py $(DIST)

appdir: package ## Linux: the AppDir (+ the AppImage when appimagetool is on PATH)
	$(BIN)/python packaging/linux/make_appdir.py $(DIST) dist/Passerelle.AppDir

clean: ## remove the virtual environment and build leftovers
	rm -rf $(VENV) build dist *.egg-info $(QM) $(MO)
