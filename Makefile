# Casebook: `make run` opens the app, `make test` runs every test.
# Both install what a fresh Debian or Ubuntu machine lacks first.

SHELL := /bin/bash
.DEFAULT_GOAL := run

APP := target/debug/casebook
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What the app needs to build and run, and what the end-to-end tests need on top:
# a virtual display, a WebDriver for WebKitGTK, a session bus, a notification daemon, and
# fonts with Hangul so Korean screenshots are readable; strace to prove the app stays offline;
# an iCalendar parser and pdftotext to read exported calendars and dossiers back; an X client
# library to close the window as a window manager's close button does.
BUILD_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev
TEST_PACKAGES := xvfb xauth webkit2gtk-driver dbus-x11 dunst fonts-noto-cjk imagemagick python3 \
	python3-icalendar python3-xlib poppler-utils strace desktop-file-utils lintian

# Installs the Debian packages named that are not installed yet; silent when all are there.
define need_packages
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

# Installs a folder's npm packages from its lock file, only when the lock file changed.
define npm_install
	@cd $(1) && if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then \
	  npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock; \
	fi
endef

.PHONY: run test deps build-deps test-deps node-deps ui app release package font package-docs lint test-rust test-ui test-cli test-e2e test-package bench bench-data bench-app bench-window

run: build-deps app
	$(APP)

test: build-deps test-deps lint test-rust test-ui test-cli test-e2e test-package

# --- installing what is missing --------------------------------------------------------------

build-deps: node-deps
	$(call need_packages,$(BUILD_PACKAGES))
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1; }

test-deps:
	$(call need_packages,$(TEST_PACKAGES))
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked
	$(call npm_install,tests)

node-deps:
	@command -v npm >/dev/null || $(SUDO) apt-get install -y -qq nodejs npm
	$(call npm_install,ui)

# --- building ---------------------------------------------------------------------------------

ui: node-deps
	cd ui && npm run build

# The UI is compiled into the binary (the custom-protocol feature, on by default), so the app
# runs without a dev server.
app: ui
	cargo build -p casebook

# The optimised, stripped binary users install (the release profile in Cargo.toml says how).
release: build-deps ui
	cargo build -p casebook --release

# A Debian package of the release build, made offline by Tauri's bundler:
# target/release/bundle/deb/Casebook_<version>_amd64.deb.
package: release package-docs
	cd src-tauri && ../ui/node_modules/.bin/tauri bundle --bundles deb

# The dossier's font is built in brotli-compressed; this remakes the compressed file after the
# font itself (core/fonts/NanumGothic.ttf) changed. A core test checks that the two agree.
font:
	$(call need_packages,brotli)
	brotli -q 11 -w 24 -f -o core/fonts/NanumGothic.ttf.br core/fonts/NanumGothic.ttf

# Debian wants the package's changelog and manual pages compressed, reproducibly (no name or
# time inside). The manual pages are made from the command line's definitions by a test
# (src-tauri/src/main.rs) and committed, like the UI's bindings.
package-docs:
	mkdir -p target/packaging
	gzip -n -9 -c src-tauri/packaging/changelog > target/packaging/changelog.gz
	rm -rf target/packaging/man1 && mkdir -p target/packaging/man1
	for page in src-tauri/packaging/man/*.1; do \
	  gzip -n -9 -c "$$page" > target/packaging/man1/$$(basename "$$page").gz; done

# --- checking ---------------------------------------------------------------------------------

# The Rust crates embed the built UI (ui/dist), so it is built before they are checked.
lint: ui
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run lint && npm run check

# The TypeScript types and the manual page are regenerated from the Rust definitions by the
# tests; a difference from what is committed means the UI or the package was built from stale
# copies.
GENERATED := ui/src/lib/bindings src-tauri/packaging/man
test-rust: ui
	cargo test --workspace
	@git diff --exit-code --stat -- $(GENERATED) \
	  && test -z "$$(git status --porcelain -- $(GENERATED))" \
	  || { echo "$(GENERATED): out of date; run cargo test and commit the result." >&2; exit 1; }

# The screens run against the real core: each test starts `casebook --serve-commands`.
test-ui: app
	cd ui && CASEBOOK_APP=$(CURDIR)/$(APP) npm test

# The command line, as a terminal or a script uses it: the real binary, no window.
test-cli: app test-deps
	cd tests && CASEBOOK_APP=$(CURDIR)/$(APP) npm run test:cli

test-e2e: app test-deps
	tests/run-e2e

# The package as a user installs it: the same bundler and package files as `make package`, on
# the debug build the other tests already made (a second, release build would double CI's time);
# then its desktop entry and the package are checked, and it is unpacked and run.
test-package: app test-deps package-docs
	cd src-tauri && ../ui/node_modules/.bin/tauri bundle --debug --bundles deb
	tests/package/check-deb --debug-build target/debug/bundle/deb/*.deb

bench:
	cargo bench -p casebook-core

# A data folder like a long-time user's: 100 companies, 10,000 cases, 100,000 interactions,
# 500 overdue promises, a company with 1,000 cases and a case with 2,000 contacts.
BENCH_DATA := target/bench-data
bench-data:
	rm -rf $(BENCH_DATA)
	cargo run --profile bench -p casebook-core --example large_data -- $(BENCH_DATA)

# Casebook's release build against a blank Tauri 2 window from the same workspace and profile:
# start to painted, memory after a minute, binary size (README, "Measured"). PAIRS=n starts.
PAIRS ?= 5
bench-app: build-deps test-deps ui bench-data
	cargo build --release -p casebook -p blank-window
	node tests/bench/app-start.mjs target/release/casebook target/release/blank-window $(BENCH_DATA) $(PAIRS)

# The release build's screens on the same data: click to painted, and scrolling.
bench-window: release test-deps bench-data
	CASEBOOK_APP=$(CURDIR)/target/release/casebook BENCH_DATA=$(CURDIR)/$(BENCH_DATA) \
	  BENCH_OUT=$(CURDIR)/target/bench-window.md tests/run-e2e bench/window.test.mjs
