# SMS gateway toolkit. `make` = set up, regenerate every client, run conformance against the emulators.
# Every target sets up .venv (pinned tools from requirements.lock) on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
APIS   := $(filter-out %.config,$(basename $(notdir $(wildcard specs/*.yaml))))
API    ?= smsend
PORT   ?= 8080
REPORTS := reports
# pytest-xdist workers for `make test` (one per core); files stay whole on one worker (their fixtures share state).
WORKERS ?= auto
# Node tools, pinned in package-lock.json (Prism, for conformance/tests/test_prism.py); a stamp marks the install.
NODE_TOOLS := node_modules/.installed

export PATH := $(abspath $(BIN)):$(PATH)
# The project's own modules and the generated packages (one generated/<api>/ per spec), for scripts and mypy.
space := $(subst ,, )
GENERATED_PATHS := $(CURDIR)/generated:$(subst $(space),:,$(addprefix $(CURDIR)/generated/,$(APIS)))
export PYTHONPATH := $(CURDIR):$(GENERATED_PATHS)
export MYPYPATH := $(GENERATED_PATHS)

.PHONY: all help setup prism generate check lint format test conformance serve bench new-api clean

## The main job: regenerate every client, then Schemathesis and the client tests against the emulators.
all: generate conformance

## This list: every target with its `##` comment.
help:
	@awk '/^## /{doc=substr($$0, 4); next} /^[a-z][a-z-]*:/{if (doc) printf "  make %-12s %s\n", substr($$1, 1, length($$1) - 1), doc; doc=""}' $(MAKEFILE_LIST)

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

## Install the pinned Node tools (Prism 5.16.0, which serves smSend and WhatCounts as mocks) with `npm ci`.
prism: $(NODE_TOOLS)

# --ignore-scripts: no install script is needed (the only one a dependency ships reports install analytics).
$(NODE_TOOLS): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is required (Node.js 20 or later) to install Prism" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

## Rebuild generated/ from specs/ + overlays/ (only the APIs whose inputs changed).
generate: setup
	@$(BIN)/python scripts/generate.py $(APIS)

## Fail when generated/ differs, byte for byte, from what specs/ + overlays/ produce.
check: setup
	@$(BIN)/python scripts/generate.py --check $(APIS)

## Spec validation + house rules, ruff, mypy.
lint: setup
	$(BIN)/python scripts/spec_lint.py $(addprefix specs/,$(addsuffix .yaml,$(APIS)))
	$(BIN)/ruff check overlays conformance scripts
	$(BIN)/ruff format --check overlays conformance scripts
	$(BIN)/mypy $(foreach api,$(APIS),generated/$(api)/smsgw_$(api)) conformance scripts

## Conformance: Schemathesis against the in-process emulators, or against BASE_URL when it is set.
conformance: setup
	@$(BIN)/python scripts/run_conformance.py $(if $(BASE_URL),--base-url '$(BASE_URL)' --api $(API) $(if $(ST_ARGS),--st-args '$(ST_ARGS)'),$(APIS))

## Format and fix what ruff can (the code `make lint` checks).
format: setup
	$(BIN)/ruff check --fix overlays conformance scripts
	$(BIN)/ruff format overlays conformance scripts

## The full test suite: drift check, lint, then every test (client, conformance, mocks, quick start, coverage gate).
test: check lint prism
	rm -rf $(REPORTS)  # the coverage gate reads only what this run records
	$(BIN)/python -m pytest -q -n $(WORKERS) --dist loadfile
	@$(BIN)/python scripts/coverage_report.py --require-complete $(APIS)

## Run one emulator as a real HTTP server: make serve API=smsend PORT=8080
serve: setup
	$(BIN)/python -m conformance.serve $(API) --port $(PORT) $(SERVE_ARGS)

## The overlay's typed call against raw httpx making the same request (served emulator, in-memory): cost per call.
bench: setup
	@$(BIN)/python scripts/bench.py

## The skeleton of a new API (spec, overlay, emulator, hooks, tests) that passes `make test`: make new-api API=name
new-api: setup
	@test "$(origin API)" = "command line" || { echo "make new-api API=<name> [TITLE=...]"; exit 2; }
	$(BIN)/python scripts/new_api.py $(API) $(if $(TITLE),--title '$(TITLE)')
	@$(BIN)/python scripts/generate.py $(API)

## Remove the virtual environment, the Node tools and the reports.
clean:
	rm -rf $(VENV) node_modules $(REPORTS)
