# SOPDesk: `make run` starts the app, `make test` runs the whole suite.
# Both install what they need (Debian packages, a virtual environment) and are idempotent.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What Qt needs to run offscreen and on an X screen (Xvfb), plus fonts and venv support.
APT_RUN := python3-venv libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 \
	libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 libxrender1 libxi6 \
	fonts-dejavu-core libcups2
# The tests also need a virtual screen, PDF tools, a real PostgreSQL server and a real
# printer (a CUPS queue that prints to PDF files, see database/cups-test-printer.sh), and a
# D-Bus daemon for a desktop's session bus (tests/desktop.py: notifications).
APT_TEST := $(APT_RUN) xvfb xauth poppler-utils qpdf postgresql cups cups-bsd printer-driver-cups-pdf dbus


.PHONY: run test setup setup-test system-run system-test lint typecheck imports pytest bench \
	translations pg-start pg-stop cups-start cups-stop clean

run: setup translations
	$(BIN)/sopdesk

test: setup-test translations lint typecheck imports pytest

setup: system-run $(STAMPS)/venv-run
setup-test: system-test $(STAMPS)/venv-test

# Install only the Debian packages that are missing (fast when all are there).
system-run:
	@missing=$$(for p in $(APT_RUN); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "Memasang paket sistem: $$missing"; \
	$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

system-test:
	@missing=$$(for p in $(APT_TEST); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "Memasang paket sistem: $$missing"; \
	$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel

$(STAMPS)/venv-run: pyproject.toml | $(BIN)/python
	@mkdir -p $(STAMPS)
	$(BIN)/pip install -q -e '.[postgres]'
	@touch $@

$(STAMPS)/venv-test: pyproject.toml | $(BIN)/python
	@mkdir -p $(STAMPS)
	$(BIN)/pip install -q -e '.[test,postgres]'
	@touch $@ $(STAMPS)/venv-run

# Qt Linguist sources (.ts) compiled to .qm for the app.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts | $(STAMPS)/venv-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint:
	$(BIN)/ruff check sopdesk tests

typecheck:
	$(BIN)/mypy

imports:
	$(BIN)/lint-imports --no-cache

pg-start:
	@database/pg-test-server.sh start
pg-stop:
	@database/pg-test-server.sh stop

cups-start:
	@database/cups-test-printer.sh start
cups-stop:
	@database/cups-test-printer.sh stop

pytest: pg-start cups-start
	QT_QPA_PLATFORM=offscreen SOPDESK_TEST_PG_URL="$$(database/pg-test-server.sh url)" \
		SOPDESK_TEST_PRINTER="$$(database/cups-test-printer.sh name)" \
		SOPDESK_TEST_PRINT_DIR="$$(database/cups-test-printer.sh dir)" \
		SOPDESK_REQUIRE_PG=1 $(BIN)/pytest

# Benchmarks print their figures; they are not part of `make test`.
bench: setup-test translations pg-start
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.startup
	$(BIN)/python -m tests.perf.reports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.agenda
	$(BIN)/python -m tests.perf.cases
	$(BIN)/python -m tests.perf.agenda_import
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.case_views
	$(BIN)/python -m tests.perf.sp
	$(BIN)/python -m tests.perf.integrity
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.kabupaten --letters 100000 --pg "$$(database/pg-test-server.sh url)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.soak --hours $(SOAK_HOURS) --rounds $(SOAK_ROUNDS)

# The soak of a working day (two windows, another seat writing): `make bench SOAK_HOURS=24` for longer.
SOAK_HOURS ?= 8
SOAK_ROUNDS ?= 12

clean:
	rm -rf $(STAMPS) build dist *.egg-info resources/translations/*.qm

# --- Installer (issue 7) -------------------------------------------------------------------
# `make dist` builds the one-folder bundle (dist/sopdesk) and the Debian package
# (dist/sopdesk_VERSION_ARCH.deb); `make test` ends with a smoke test of that package.
# The .deb depends on what Qt needs from the system (APT_RUN without python3-venv, plus the
# Wayland client libraries of Qt's Wayland plugin), and the bundle leaves out the system
# libraries those packages bring.

.PHONY: dist installer-smoke print-deb-depends

DEB_WAYLAND := libwayland-client0 libwayland-cursor0 libwayland-egl1
APT_TEST += desktop-file-utils appstream binutils $(DEB_WAYLAND)
# libpq5: psycopg in the bundle uses the system's libpq (the spec leaves psycopg-binary out).
DEB_DEPENDS := $(filter-out python3-venv,$(APT_RUN)) $(DEB_WAYLAND) libpq5
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' sopdesk/__init__.py)
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB := dist/sopdesk_$(VERSION)_$(DEB_ARCH).deb

$(STAMPS)/venv-installer: pyproject.toml | $(BIN)/python
	@mkdir -p $(STAMPS)
	$(BIN)/pip install -q -e '.[installer,postgres]'
	@touch $@

dist: setup-test translations $(STAMPS)/venv-installer
	@rm -f $(DEB)
	@start=$$(date +%s); \
	SOPDESK_DEB_DEPENDS="$(DEB_DEPENDS)" $(BIN)/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build installer/sopdesk.spec && \
	SOPDESK_DEB_DEPENDS="$(DEB_DEPENDS)" installer/build-deb.sh && \
	echo "Waktu build: $$(( $$(date +%s) - start )) detik"
	@du -sh dist/sopdesk
	@du -h $(DEB)

print-deb-depends:
	@echo $(DEB_DEPENDS)

installer-smoke: dist pg-start
	SOPDESK_TEST_DEB="$(CURDIR)/$(DEB)" SOPDESK_TEST_PG_URL="$$(database/pg-test-server.sh url)" \
		QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/installer -q

# The last step of `make test`: build the package, install it into a throwaway root, run it.
test: installer-smoke

# Start-up of the installed bundle against the source tree (goal: within 1.3x).
.PHONY: bench-bundle
bench-bundle: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.bundle
