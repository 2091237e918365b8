# Ateliers OEPRE — `make run` starts the app, `make test` runs every check.
# Both install what is missing first (idempotent: nothing is reinstalled).

SHELL := /bin/bash
export CARGO_TARGET_DIR ?= /var/tmp/oepre-target
CARGO ?= cargo
APP := $(CARGO_TARGET_DIR)/debug/ateliers-oepre
CLI := $(CARGO_TARGET_DIR)/debug/oepre
TAURI_DRIVER := $(HOME)/.cargo/bin/tauri-driver

APT_PAQUETS := build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev libxdo-dev \
	libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver fonts-dejavu-core \
	poppler-utils qpdf locales

.PHONY: run test deps deps-apt deps-locale deps-npm deps-driver ui build bindings test-rust test-ui test-documents test-e2e lint clean fuzz \
	package package-deb package-windows package-test deps-paquets

run: deps build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "Pas d'écran : lancement sous Xvfb."; xvfb-run -a $(APP) $(ARGS); \
	else $(APP) $(ARGS); fi

test: deps build lint test-rust test-ui test-documents test-e2e
	@echo "make test : toutes les vérifications sont passées."

deps: deps-apt deps-locale deps-npm deps-driver

deps-apt:
	@manquants=$$(for p in $(APT_PAQUETS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$manquants" ]; then \
		echo "Installation des paquets Debian manquants : $$manquants"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$manquants; \
	fi
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js >= 20.19 est nécessaire pour Vite 7 (installé : "+process.versions.node+")"); process.exit(1) }'

# The e2e tests also run the app under en_US.UTF-8 (dates must stay French whatever the system's
# locale): generate it once if it is missing; without it they check C.UTF-8 only.
deps-locale:
	@locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8' || { \
		command -v locale-gen >/dev/null && test -f /etc/locale.gen && \
		sed -i 's/^# *en_US\.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen && locale-gen >/dev/null; } || \
		echo "Locale en_US.UTF-8 indisponible : les tests de bout en bout ne vérifient les dates que sous C.UTF-8."

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

deps-npm: ui/node_modules/.package-lock.json

deps-driver:
	@test -x $(TAURI_DRIVER) || command -v tauri-driver >/dev/null || \
		$(CARGO) install tauri-driver --locked --version '^2'

ui: deps-npm
	cd ui && npm run build

build: ui
	$(CARGO) build -p oepre-app -p oepre-cli

# Regenerates ui/src/lib/generated/bindings.ts from the Rust types.
bindings:
	OEPRE_MAJ_BINDINGS=1 $(CARGO) test -p oepre-app bindings -- --quiet

lint:
	$(CARGO) clippy --workspace --all-targets --quiet -- -D warnings
	cd ui && npm run check

test-rust:
	$(CARGO) test --workspace --exclude oepre-e2e

test-ui:
	cd ui && npm test

test-documents: build
	tests/documents.sh $(CLI)

# The timeout only stops a hung run (a test waits for conditions, never for a set time): far
# above what the slowest machine needs, so it never decides a verdict.
test-e2e: build
	timeout 3600 xvfb-run -a $(CARGO) test -p oepre-e2e -- --test-threads=1

# Bounded-time fuzzing (not part of `make test`): each target for FUZZ_SECONDES seconds;
# findings are saved in tests/fuzz/crashes/. See docs/fuzzing.md.
FUZZ_SECONDES ?= 60
fuzz:
	$(CARGO) build --release -p oepre-fuzz
	$(CARGO_TARGET_DIR)/release/oepre-fuzz --secondes $(FUZZ_SECONDES) $(FUZZ_ARGS) tout

# Installers (not part of `make test`): see README « Installer sur les postes de l'école ».
# Everything is built here, offline once the dependencies are present; results in $(PAQUETS).
PAQUETS := $(CARGO_TARGET_DIR)/paquets
CIBLE_WINDOWS := x86_64-pc-windows-gnu
APT_PAQUETS_INSTALLEURS := gcc-mingw-w64-x86-64 nsis lintian wine64 x11-utils
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

deps-paquets: deps
	@manquants=$$(for p in $(APT_PAQUETS_INSTALLEURS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$manquants" ]; then \
		echo "Installation des paquets Debian manquants : $$manquants"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$manquants; \
	fi
	@rustup target list --installed | grep -qx $(CIBLE_WINDOWS) || rustup target add $(CIBLE_WINDOWS)

package: package-deb package-windows
	@ls -l $(PAQUETS)

package-deb: deps-paquets ui
	$(CARGO) build --release -p oepre-app -p oepre-cli
	src-tauri/packaging/deb.sh $(CARGO_TARGET_DIR)/release $(PAQUETS)
	lintian --no-tag-display-limit --suppress-tags no-manual-page,no-changelog,extended-description-line-too-long $(PAQUETS)/ateliers-oepre_$(VERSION)_*.deb || true

# The window (ateliers-oepre.exe), the `oepre.exe` command (both stripped, as in the .deb) and
# WebView2Loader.dll, which the window imports: taken from the webview2-com-sys crate of
# Cargo.lock (its x64/ folder). $(A_INSTALLER) holds exactly what the installer installs.
A_INSTALLER := $(CARGO_TARGET_DIR)/$(CIBLE_WINDOWS)/a-installer
package-windows: deps-paquets ui
	$(CARGO) build --release --target $(CIBLE_WINDOWS) -p oepre-cli
	$(CARGO) build --release --target $(CIBLE_WINDOWS) -p oepre-app
	rm -rf $(A_INSTALLER) && mkdir -p $(A_INSTALLER) $(PAQUETS)
	for f in ateliers-oepre.exe oepre.exe; do \
		x86_64-w64-mingw32-strip -o $(A_INSTALLER)/$$f $(CARGO_TARGET_DIR)/$(CIBLE_WINDOWS)/release/$$f || exit 1; done
	manifeste=$$($(CARGO) metadata --format-version 1 --locked --filter-platform $(CIBLE_WINDOWS) \
		| grep -o '"manifest_path":"[^"]*/webview2-com-sys-[0-9][^"/]*/Cargo.toml"' | head -1 | cut -d'"' -f4); \
	cp "$${manifeste%/Cargo.toml}/x64/WebView2Loader.dll" $(A_INSTALLER)/
	makensis -V2 -DVERSION=$(VERSION) -DBINAIRES=$(A_INSTALLER) \
		-DSORTIE=$(PAQUETS)/ateliers-oepre-$(VERSION)-installation.exe src-tauri/packaging/installateur.nsi

package-test: package
	tests/paquets/deb.sh $(PAQUETS)/ateliers-oepre_$(VERSION)_*.deb
	tests/paquets/wine.sh $(PAQUETS)/ateliers-oepre-$(VERSION)-installation.exe

clean:
	rm -rf ui/dist tests/artifacts
