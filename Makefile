# The two commands of the README: `make run` and `make test`. Both set up .venv first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean venv translations

venv: $(STAMP)

$(PY):
	@python=$$(sh tools/find-python) || exit 1; \
	echo "creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

# The compiled translation catalogues (.qm), built from the .ts sources in the repository.
QM_STAMP := resources/translations/.built

$(QM_STAMP): $(wildcard resources/translations/*.ts) tools/translations.py | $(STAMP)
	$(PY) tools/translations.py build >/dev/null
	@touch $@

translations: $(QM_STAMP)

run: $(STAMP) $(QM_STAMP)
	$(VENV)/bin/permit-review

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests tools
	$(VENV)/bin/ruff format --check app ui tests tools
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy tools/translations.py

test: lint $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --durations=15

bench: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

# The user guide's screenshots, taken afresh from the real windows: the English edition's
# in resources/guide/images, the Lithuanian edition's in resources/guide/lt/images.
.PHONY: guide

guide: $(STAMP) $(QM_STAMP)
	PERMIT_REVIEW_GUIDE_SHOTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q \
		tests/guide/test_guide.py
	@for images in resources/guide/images resources/guide/lt/images; do \
		echo "guide: $$(ls $$images/*.png | wc -l) pictures, $$(du -sh $$images | cut -f1) in $$images/"; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -f resources/translations/*.qm $(QM_STAMP)

# Packaging (packaging/README.md): the frozen one-folder bundle and the offline wheelhouse.
# PyInstaller is a build tool, installed into .venv here and never a runtime dependency.
PACKAGING_TOOLS := $(VENV)/.packaging-tools
WHEELHOUSE      ?= wheelhouse

.PHONY: package wheelhouse

$(PACKAGING_TOOLS): packaging/requirements.txt | $(STAMP)
	$(PY) -m pip install --quiet -r packaging/requirements.txt
	@touch $@

package: $(STAMP) $(QM_STAMP) $(PACKAGING_TOOLS)
	@started=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/permit-review.spec || exit 1; \
	echo "package: dist/permit-review built in $$(( $$(date +%s) - started )) s"
	QT_QPA_PLATFORM=offscreen dist/permit-review/permit-review --self-test
	PERMIT_REVIEW_TEST_BUNDLE=1 PERMIT_REVIEW_BUNDLE=dist/permit-review \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/packaging
	$(PY) packaging/measure.py dist/permit-review

wheelhouse: $(STAMP) $(QM_STAMP)
	rm -rf $(WHEELHOUSE)
	$(PY) -m pip download --quiet --only-binary=:all: --dest $(WHEELHOUSE) .
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir $(WHEELHOUSE) .
	@echo "wheelhouse: $$(ls $(WHEELHOUSE) | wc -l) files, $$(du -sh $(WHEELHOUSE) | cut -f1) in $(WHEELHOUSE)/"
