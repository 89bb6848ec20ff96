# One entry point, the same locally and in CI (.ci/run calls `make test`).
# Needs only Python 3.11 and make: everything else is installed into .venv
# from the pinned constraints in requirements/constraints.txt.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check lint format typecheck pytest api clients notebooks docs wheel bench mutation lock clean

$(STAMP): pyproject.toml requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	PIP_CONSTRAINT=requirements/constraints.txt $(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m ecoreg demo

test: $(STAMP) lint typecheck pytest api clients notebooks docs wheel

# The package as a user gets it: build the wheel, install it without the dev extras into a
# clean virtual environment, and decide a fine from a JSON request on the command line.
wheel: $(STAMP)
	rm -rf dist .wheelcheck
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	$(PYTHON) -m venv .wheelcheck
	PIP_CONSTRAINT=requirements/constraints.txt .wheelcheck/bin/python -m pip install --quiet dist/ecoreg-*.whl
	.wheelcheck/bin/ecoreg decide fine < examples/requests/fine.json | grep -q '"final":"50000.00"'
	.wheelcheck/bin/python -c "from importlib.resources import files; from ecoreg.schemas import SCHEMAS; [(files('ecoreg.schemas') / f'{n}.schema.json').read_text() for n in SCHEMAS]; import ecoreg; print('wheel ok:', ecoreg.__version__)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# pyright finds the installed package through the `python` first on PATH: the venv's.
typecheck: $(STAMP)
	$(BIN)/mypy src tests benchmarks scripts
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pyright --verifytypes ecoreg --ignoreexternal > .pyright.txt || (cat .pyright.txt; exit 1)
	grep "completeness score" .pyright.txt

pytest: $(STAMP)
	$(BIN)/pytest --cov --cov-report=term --ignore=tests/test_clients.py --durations=25

# The served OpenAPI document against a real server: `ecoreg serve` on a free loopback port in
# the background, schemathesis's command line sending generated requests (bodies included) to
# every operation: no 5xx, every answer valid against the document. The server is stopped
# whatever the outcome; its log is in .api-server.log, schemathesis's crash cache (for `st
# replay`) in .schemathesis/. One schemathesis worker: with two, its coverage phase failed now
# and then inside its own generator (a KeyError in a cache its threads share).
API_EXAMPLES ?= 25
api: $(STAMP)
	@port=$$($(BIN)/python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"); \
	$(BIN)/ecoreg serve --host 127.0.0.1 --port $$port > .api-server.log 2>&1 & server=$$!; \
	trap 'kill $$server 2> /dev/null' EXIT; \
	$(BIN)/schemathesis run http://127.0.0.1:$$port/v1/openapi.json --wait-for-schema 30 \
		--checks not_a_server_error,response_schema_conformance --phases examples,coverage,fuzzing \
		--max-examples $(API_EXAMPLES) --seed 24 --generation-database none --workers 1 --no-color

# The npm tools of the example clients (quicktype), as pinned in tools/clients/package-lock.json.
CLIENT_TOOLS := tools/clients/node_modules/.installed

# Without npm (a machine with only Python), nothing is installed and the test of the generated
# client is skipped, or fails with CI=true (.ci/run installs npm first).
$(CLIENT_TOOLS): tools/clients/package.json tools/clients/package-lock.json
	@if command -v npm > /dev/null; then \
		npm ci --prefix tools/clients --no-audit --no-fund && touch $(CLIENT_TOOLS); \
	else echo "npm not found: quicktype not installed (tests/test_clients.py skips or fails)"; fi

# The example clients in examples/clients/, each built once and run against `ecoreg serve
# --stdio`: the hand-written Java client, a Java client on the types quicktype generates from
# the JSON Schemas, and the Go client. javac, Debian's Jackson jars and go come from the system
# (.ci/run installs what is missing); with CI=true a missing one fails the tests.
clients: $(STAMP) $(CLIENT_TOOLS)
	$(BIN)/pytest -q -p no:cacheprovider -o addopts="" -ra tests/test_clients.py

# Every notebook runs clean (no error, nothing on stderr: a missing CJK glyph is a failure);
# the executed copies go to docs/notebooks/ for the docs site.
notebooks: $(STAMP)
	$(BIN)/python scripts/run_notebooks.py

docs: $(STAMP) notebooks
	$(BIN)/python scripts/gen_exports.py --check
	$(BIN)/python scripts/gen_schemas.py --check
	$(BIN)/python scripts/gen_arrow_schemas.py --check
	$(BIN)/python scripts/gen_params.py --check
	$(BIN)/python scripts/gen_catalogue.py --check
	$(BIN)/pytest -q -p no:cacheprovider -o addopts="" tests/test_docs.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir .site

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Mutation testing (slow, not part of `make test`): `make mutation MODULE=_money`, one rule
# module at a time, in a scratch copy of the tree; prints the surviving mutants.
MODULE ?= _money
mutation: $(STAMP)
	rm -rf .mutation && mkdir .mutation && git archive HEAD | tar -x -C .mutation
	cd .mutation && sed -i 's|^source_paths = \["src/ecoreg"\]|&\nonly_mutate = ["src/ecoreg/$(MODULE).py"]|' pyproject.toml
	cd .mutation && CI=true ECOREG_HYPOTHESIS_PROFILE=mutation ECOREG_FUZZ_EXAMPLES=5 ECOREG_HTTP_EXAMPLES=2 ../$(BIN)/mutmut run --max-children 2 > /dev/null; ../$(BIN)/mutmut results
	$(BIN)/python scripts/mutation_score.py .mutation $(MODULE)

# Re-pin every dependency (run after changing pyproject.toml).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet --upgrade "pip>=24"
	.lockenv/bin/python -m pip install --quiet ".[dev]"
	.lockenv/bin/python -m pip freeze --exclude ecoreg > requirements/constraints.txt
	rm -rf .lockenv

clean:
	rm -rf $(VENV) .mutation .wheelcheck dist .site .api-server.log .schemathesis .pyright.txt .pytest_cache .mypy_cache .ruff_cache .hypothesis tools/clients/node_modules
