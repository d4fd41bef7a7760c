# newsarchive: `make html` builds the site from content/ (+ inbox/), `make test` runs every test.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000

.PHONY: html publish test serve devserver bench clean install messages

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

# The preview's feeds, sitemaps and canonical links name http://localhost:$(PORT): the address make serve serves it at.
html: $(STAMP)
	NEWSARCHIVE_PREVIEW_PORT=$(PORT) $(BIN)/newsarchive build

publish: $(STAMP)
	$(BIN)/newsarchive build --settings publishconf.py

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

# Serves output/ as it is, as Pelican's serve does (it never rebuilds a site make publish built):
# make html serve PORT=8080 builds the preview for that port first.
serve: $(STAMP)
	$(BIN)/newsarchive serve --port $(PORT)

devserver: $(STAMP)
	$(BIN)/newsarchive devserver --port $(PORT)

# The theme's words: extract the messages of its templates (and of the tag feeds) into the catalog template, and
# update each language's catalog (new messages untranslated, until a translator fills them; the build compiles them).
CATALOGS := theme/translations
messages: $(STAMP)
	$(BIN)/pybabel --quiet extract -F theme/babel.cfg -k _ -k gettext -k ngettext:1,2 --add-comments=TRANSLATORS: \
		--sort-output --no-location --omit-header -o $(CATALOGS)/messages.pot theme/templates plugins/newsarchive_pelican
	$(BIN)/pybabel --quiet update -i $(CATALOGS)/messages.pot -d $(CATALOGS) --no-fuzzy-matching \
		--ignore-obsolete

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf output output.staging-* output.old-* .output.spare .output.trash-* .pytest_cache
