# Two commands do all the set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Python may keep its compiled modules (__pycache__, git-ignored) even where the environment says
# PYTHONDONTWRITEBYTECODE: without them every process of a run (each pytest-xdist worker, the
# checks, the servers and commands the tests start) compiles the project's modules and rewrites
# the test modules' asserts again, about 5 CPU-seconds a process.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install run test test-postgres test-redis lint check pytest screenshots browser-deps system-deps messages makemessages demo clean serve lighthouse-deps

install: $(STAMP)

# uv installs and compiles the environment on both cores: `make install` from a fresh clone in
# 16 s here, uv's cache empty, against 53 s with pip. pip installs uv first, pinned. Where uv
# cannot be had (an index only pip is configured for), pip installs and compileall compiles, as
# before; langid ships Python 2 training scripts, which no one imports, so they are left out.
UV := uv==0.13.10
PIP_INSTALL := $(BIN)/pip install --quiet --disable-pip-version-check
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	($(PIP_INSTALL) "$(UV)" && $(BIN)/uv pip install --quiet --python $(BIN)/python \
		--compile-bytecode -e ".[test]") || \
	($(PIP_INSTALL) --no-compile -e ".[test]" && \
		$(BIN)/python -m compileall -q -j 2 -x 'site-packages/langid/train/' $(VENV)/lib)
	touch $(STAMP)

# Debian packages the site needs: GNU gettext (catalogues), Pango (WeasyPrint's PDFs) and the
# Noto fonts (a PDF in Arabic is set in Noto Sans Arabic; without it WeasyPrint falls back to
# DejaVu's glyphs, and a fresh Debian has no other Arabic typeface).
APT_INSTALL := $(SUDO) apt-get install -y --no-install-recommends
system-deps:
	@missing=""; command -v msgfmt >/dev/null || missing="gettext"; \
	ldconfig -p | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"; \
	fc-list 2>/dev/null | grep -q "Noto Sans Arabic" || missing="$$missing fonts-noto-core"; \
	[ -z "$$missing" ] || $(APT_INSTALL) $$missing || ($(SUDO) apt-get update && $(APT_INSTALL) $$missing)

# The gettext catalogues are compiled at set-up; the .mo files are not committed.
messages: $(STAMP) system-deps
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity 0

# Each app keeps its own catalogue (<app>/locale/), so that it can be installed on its own; the
# site-wide layer's strings (site/) go to locale/. makemessages runs inside each app without
# settings: with them it files every string under the repository root into LOCALE_PATHS.
APPS_WITH_STRINGS := home cities practices publications news tools citizenship_test checklists \
	heritage_mapping antirumours intercultural_index accounts
# Every top-level folder but site/ is an app or not code; hidden ones (.venv) are skipped anyway.
NOT_SITE := $(filter-out site,$(patsubst %/,%,$(wildcard */)))
# One catalogue per language in settings.LANGUAGES: a new language there is a new catalogue here.
# (`=`, not `:=`: Django is only imported when the catalogues are refreshed.)
LANGUAGE_CODES = $(shell DJANGO_SETTINGS_MODULE=icc_site.settings.dev $(BIN)/python -c "from django.conf import settings; \
	print(' '.join(code for code, _name in settings.LANGUAGES))" )
MAKEMESSAGES_ARGS = --no-obsolete --no-location $(foreach code,$(LANGUAGE_CODES),-l $(code))
makemessages: $(STAMP)
	set -e; for app in $(APPS_WITH_STRINGS); do mkdir -p $$app/locale; \
		(cd $$app && env -u DJANGO_SETTINGS_MODULE $(CURDIR)/$(BIN)/django-admin makemessages $(MAKEMESSAGES_ARGS)); done
	$(BIN)/python manage.py makemessages $(MAKEMESSAGES_ARGS) \
		$(foreach dir,$(NOT_SITE),--ignore=$(dir)) --ignore=.venv

# Scheduled publishing: `publish_scheduled_every_minute` runs beside the server (`&`), whose
# process takes the shell's place (`exec`), and stops by itself when that server stops.
run: messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --if-empty
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/  (demo logins admin, editor, moderator, coordinator-lisbon; password 'intercultural-demo')"
	@echo ""
	$(BIN)/python manage.py publish_scheduled_every_minute --parent $$$$ & \
		exec $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

demo: messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content

# What the browser tests need: Debian's Chromium (Playwright cannot download its own here), for
# Lighthouse, and its headless shell, which Playwright drives; and the tools two other tests run:
# wrk (tests/browser/test_bench_journey.py walks bench/wrk's completion script) and poppler's
# pdftotext (tests/tools/test_charts.py reads an Arabic PDF back).
browser-deps:
	@missing=""; command -v chromium >/dev/null || missing="chromium fonts-dejavu-core"; \
	command -v chromium-headless-shell >/dev/null || missing="$$missing chromium-headless-shell"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	[ -z "$$missing" ] || $(APT_INSTALL) $$missing || ($(SUDO) apt-get update && $(APT_INSTALL) $$missing)

# Lighthouse (npm), pinned in tests/browser/lighthouse/package-lock.json, for
# tests/browser/test_lighthouse.py (whose fixture calls this target). Needs Node.js and npm.
LIGHTHOUSE_DIR := tests/browser/lighthouse
LIGHTHOUSE := $(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse
lighthouse-deps: $(LIGHTHOUSE)
$(LIGHTHOUSE): $(LIGHTHOUSE_DIR)/package.json $(LIGHTHOUSE_DIR)/package-lock.json
	mkdir -p .test-db
	flock .test-db/lighthouse-deps.lock sh -c \
		'cd $(LIGHTHOUSE_DIR) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error'
	touch $@

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache --no-logo

check: $(STAMP)
	DJANGO_SETTINGS_MODULE=icc_site.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=icc_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(DEPLOY_CHECK_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

# pytest-xdist: one worker per core (each with its own copy of the test database, live server
# and Chromium). --dist loadgroup (tests/conftest.py) hands out first, whole, the tests that need
# neither a database nor a browser (to the worker that would otherwise wait while the other
# migrates the test database) and the modules that must run whole on one worker
# (ONE_WORKER_MODULES: database tests sharing a costly fixture), then every other test in
# collection order, so each worker keeps pytest-django's order (database tests, then
# transactional ones, then the browser tests that commit the demo content, longest first).
# `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= auto
PYTEST_XDIST = $(if $(filter 0,$(PYTEST_WORKERS)),-p no:xdist,-n $(PYTEST_WORKERS) --dist loadgroup)

pytest: $(STAMP) messages browser-deps
	$(BIN)/pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

# Lighthouse's npm install runs beside pip's (make -j), which keeps one core busy and leaves the
# other idle. The checks run beside pytest: they fill the core that waits while the first worker
# migrates the test database. A failed check still fails `make test`, once pytest has finished.
# (The system packages first, one apt-get at a time.) The npm install takes a lock (flock): the
# Lighthouse tests' fixture runs it too, when missing.
test: system-deps browser-deps
	$(MAKE) --no-print-directory -j 2 install lighthouse-deps
	$(MAKE) --no-print-directory -j 4 lint check pytest

# The front-end measurements (marker `frontend`: Lighthouse, axe-core, page weight) judge only
# the HTML, styles, scripts and fonts the browser receives, which are the same whatever stores
# the data or the cache; the forms their walks send are sent again, and their answers checked,
# by other tests that do run on every backend. So they run once, in `make test` (SQLite), and
# not again against PostgreSQL and Redis.
NOT_FRONTEND := -m "not frontend"

# The suite against a throwaway local PostgreSQL (Debian's package, installed if missing), but
# the front-end measurements (above).
test-postgres: $(STAMP) messages browser-deps
	.ci/with-postgres.sh $(BIN)/pytest $(PYTEST_XDIST) --create-db $(NOT_FRONTEND) $(PYTEST_ARGS)

# The suite with the cache, rate-limit counters and used form codes in a throwaway local Redis
# (Debian's redis-server), as production runs with REDIS_URL; but the front-end measurements.
test-redis: $(STAMP) messages browser-deps
	.ci/with-redis.sh $(BIN)/pytest $(PYTEST_XDIST) $(NOT_FRONTEND) $(PYTEST_ARGS)

# The browser tests, leaving a full-page screenshot of each screen they check in
# test-results/screenshots/ (for people to look at; `make test` takes none but one: they assert
# nothing, and cost Chromium about a third of a screen's check). Lighthouse takes none.
screenshots: $(STAMP) messages browser-deps
	SCREENSHOTS=1 $(BIN)/pytest $(PYTEST_XDIST) tests/browser \
		--ignore=tests/browser/test_lighthouse.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .test-db static_collected

# --- Production on loopback and the deploy check (issue 7, part A; docs/deploy.md) -----------
# `manage.py check --deploy` with the production settings, a throwaway key and a sample host.
DEPLOY_CHECK_ENV := DJANGO_SETTINGS_MODULE=icc_site.settings.production ALLOWED_HOSTS=icc.example.org \
	SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')"
# `make serve`: gunicorn with the production settings on 127.0.0.1:$(PORT). Variables already in
# the environment win over these loopback defaults; the secret key is generated once into the
# git-ignored .secret_key. Plain HTTP on loopback, so no HTTPS redirect and no Secure cookies.
# No control socket: gunicorn 27 puts one per user in ~/.gunicorn, which two servers would share.
WORKERS ?= 4
GUNICORN_ARGS ?=
SERVE_ENV = DJANGO_SETTINGS_MODULE=icc_site.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" SECURE_COOKIES="$${SECURE_COOKIES:-false}" \
	SERVE_MEDIA="$${SERVE_MEDIA:-true}"

.secret_key:
	umask 077 && $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

serve: messages .secret_key
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py load_demo_content --if-empty
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/  (gunicorn, production settings, $(WORKERS) workers)"
	@echo ""
	$(SERVE_ENV) $(BIN)/python manage.py publish_scheduled_every_minute --parent $$$$ & \
		$(SERVE_ENV) exec $(BIN)/gunicorn icc_site.wsgi:application --bind 127.0.0.1:$(PORT) \
		--workers $(WORKERS) --no-control-socket $(GUNICORN_ARGS)

# --- Load test and benchmark (issue 7, part B; bench/) ------------------------------------------
# `make load`: 50 residents (locust) against `make serve`, on SQLite, then on PostgreSQL, then
# once more on SQLite with the server killed and restarted mid-run; each checks that every
# accepted submission is stored and that no response is a 5xx. `make bench`: the benchmark
# (bench/run.py, measured with Debian's wrk and the Lua scripts in bench/wrk/), then the full
# load test; both write their results to docs/benchmarks.md.
LOAD_ARGS ?=
BENCH_ARGS ?=
.PHONY: load bench
load: messages .secret_key
	rm -f /tmp/icc-load.sqlite3*
	$(BIN)/python bench/load.py $(LOAD_ARGS)
	.ci/with-postgres.sh $(BIN)/python bench/load.py $(LOAD_ARGS)
	$(BIN)/python bench/load.py --restart-at 20 --seconds 45 $(LOAD_ARGS)

bench: messages .secret_key
	@command -v wrk >/dev/null || $(APT_INSTALL) wrk || ($(SUDO) apt-get update && $(APT_INSTALL) wrk)
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	$(MAKE) --no-print-directory load LOAD_ARGS="$(LOAD_ARGS) --report docs/benchmarks.md"
