# The two commands of the README: `make run` and `make test`. Everything else builds on them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= var/store
DUMPS ?= var/dumps
PORT ?= 8000

.PHONY: install run test bench soak clean

$(BIN)/thidua-kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,fast]'
	touch $@

# The hot stages (readers, text handling, extraction, RDF mapping, validation) compiled with mypyc
# (1.5x faster); rebuilt when their sources
# change, and used only while they match them (src/thidua_kg/compiled.py).
COMPILED := var/compiled/SOURCES
$(COMPILED): $(BIN)/thidua-kg $(wildcard src/thidua_kg/extract/*.py src/thidua_kg/text/*.py src/thidua_kg/read/*.py) \
		src/thidua_kg/graph.py src/thidua_kg/validate.py src/thidua_kg/compiled.py
	$(BIN)/python scripts/compile_extractor.py

install: $(BIN)/thidua-kg $(COMPILED)

run: install
	$(BIN)/thidua-kg ingest data --store $(STORE)
	$(BIN)/thidua-kg link --store $(STORE) --offline
	$(BIN)/thidua-kg stats --store $(STORE)
	$(BIN)/thidua-kg query --store $(STORE) --cq awards --format table
	mkdir -p $(DUMPS)
	$(BIN)/thidua-kg export --store $(STORE) --output $(DUMPS)/thidua-kg.nq.gz
	$(BIN)/thidua-kg export --store $(STORE) --output $(DUMPS)/thidua-kg.ttl
	$(BIN)/thidua-kg serve --store $(STORE) --dumps $(DUMPS) --port $(PORT)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/ingest_bench.py

# The long reliability runs (docs/RELIABILITY.md): 64 SPARQL clients for 60 s, runaway queries beside them, a 20 MB file
soak: install
	$(BIN)/python tests/soak.py 64 60

clean:
	rm -rf $(VENV) var
