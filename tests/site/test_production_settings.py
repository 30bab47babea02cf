"""The production settings: read from the environment, and `check --deploy` clean."""

import subprocess
import sys

from tests.site.conftest import REPOSITORY, production_env, production_settings, run_manage


def test_deploy_check_passes_with_the_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env=production_env(SECRET_KEY=None))
    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment" in result.stderr


def test_hosts_origins_and_https_come_from_the_environment():
    values = production_settings(
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        ALLOWED_HOSTS="icc.example.org, www.icc.example.org",
        CSRF_TRUSTED_ORIGINS="https://icc.example.org",
    )
    assert values["ALLOWED_HOSTS"] == ["icc.example.org", "www.icc.example.org"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://icc.example.org"]
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]


def test_loopback_serving_turns_off_the_https_redirect_and_secure_cookies():
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
    )
    assert values == {"SECURE_SSL_REDIRECT": False, "SESSION_COOKIE_SECURE": False}


def test_redis_is_the_cache_when_redis_url_is_set():
    caches = production_settings("CACHES", REDIS_URL="redis://127.0.0.1:6379/1")["CACHES"]
    # Django's Redis cache, degrading to no cache when Redis is unreachable (icc_site.cache).
    assert caches["default"]["BACKEND"] == "icc_site.cache.RedisCache"
    assert caches["default"]["LOCATION"] == "redis://127.0.0.1:6379/1"


def test_without_redis_the_workers_share_a_cache_folder():
    values = production_settings("CACHES", "PAGE_CACHE_SECONDS", CACHE_DIR="/tmp/icc-cache")
    default = values["CACHES"]["default"]
    assert default["BACKEND"] == "icc_site.cache.FolderCache"
    assert default["LOCATION"] == "/tmp/icc-cache"
    assert values["PAGE_CACHE_SECONDS"] > 0


def test_the_embedded_default_database_is_sqlite():
    databases = production_settings("DATABASES", DATABASE_URL=None)["DATABASES"]
    assert databases["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_email_goes_through_smtp_when_a_host_is_set():
    values = production_settings(
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="2525",
        DEFAULT_FROM_EMAIL="icc@example.org",
    )
    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": 2525,
        "EMAIL_USE_TLS": True,
        "DEFAULT_FROM_EMAIL": "icc@example.org",
    }


def test_frontend_cache_purging_is_configured_only_when_asked():
    values = production_settings("WAGTAILFRONTENDCACHE", "INSTALLED_APPS")
    assert values["WAGTAILFRONTENDCACHE"] == {}
    assert "wagtail.contrib.frontend_cache" not in values["INSTALLED_APPS"]

    values = production_settings(
        "WAGTAILFRONTENDCACHE",
        "INSTALLED_APPS",
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
        CLOUDFLARE_ZONEID="zone",
        CLOUDFLARE_BEARER_TOKEN="token",
    )
    backends = values["WAGTAILFRONTENDCACHE"]
    assert backends["http"]["LOCATION"] == "http://127.0.0.1:6081"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert "wagtail.contrib.frontend_cache" in values["INSTALLED_APPS"]


def test_frontend_cache_purges_a_page_when_it_is_published():
    """With a Varnish-like cache configured, the production app loads and Wagtail's purge runs."""
    code = (
        "import django; django.setup(); "
        "from wagtail.contrib.frontend_cache.backends import HTTPBackend; "
        "from wagtail.contrib.frontend_cache.utils import purge_url_from_cache; "
        "calls = []; "
        "HTTPBackend.purge = lambda self, url: calls.append(url); "
        "purge_url_from_cache('https://icc.example.org/en/'); "
        "print(calls)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPOSITORY,
        env=production_env(FRONTEND_CACHE_URL="http://127.0.0.1:6081"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "https://icc.example.org/en/" in result.stdout


def test_each_app_server_keeps_its_sqlite_connection_between_requests():
    """Opening a SQLite connection costs as much CPU as a whole cached tool screen: production
    keeps it (ten minutes unless CONN_MAX_AGE says otherwise)."""
    databases = production_settings("DATABASES", DATABASE_URL=None)["DATABASES"]
    assert databases["default"]["CONN_MAX_AGE"] >= 60
    databases = production_settings("DATABASES", DATABASE_URL=None, CONN_MAX_AGE="0")["DATABASES"]
    assert databases["default"]["CONN_MAX_AGE"] == 0
