"""Production: everything that matters comes from the environment.

Required: `SECRET_KEY`, `ALLOWED_HOSTS`. The rest has a safe default; docs/deploy.md lists every
variable. `make serve` runs these settings on loopback with local defaults.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, DATABASES, INSTALLED_APPS, STORAGES


def env_flag(name, default):
    """A true/false variable: "true", "1", "yes" or "on" (any case) are true."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("true", "1", "yes", "on")


def env_list(name, default=""):
    """A comma-separated variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# The origins (scheme and host) that may POST forms, e.g. "https://icc.example.org"; needed when
# TLS ends at a proxy that the browser reaches under another name.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# DATABASE_URL is read in base.py (SQLite when unset). Each app server process keeps its SQLite
# connection from one request to the next (for CONN_MAX_AGE seconds, 600 unless set): opening
# one, with the WAL and synchronous pragmas and the functions Django registers, costs about
# 2.5 ms of CPU, as much as a whole cached tool screen, and every form step paid it. The app
# servers are stopped for a restore (docs/deploy.md), so no process keeps reading an old file.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))

# Static files: hashed names and gzip/brotli copies, served by WhiteNoise from STATIC_ROOT after
# `manage.py collectstatic`, with far-future cache headers.
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
# MEDIA_ROOT is read in base.py. Uploaded media are served by the web server in front (nginx)
# or a bucket; SERVE_MEDIA=true lets Django serve them, for `make serve` on loopback only.
SERVE_MEDIA = env_flag("SERVE_MEDIA", False)

# HTTPS. Behind a proxy that ends TLS, the proxy must set X-Forwarded-Proto (and strip it from
# clients). SECURE_SSL_REDIRECT=false and SECURE_COOKIES=false only for plain-HTTP loopback.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_flag("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Cache: Redis when REDIS_URL is set (shared by every app server), otherwise a folder on this
# machine, which the worker processes of one server share (a per-process memory cache would
# keep serving a page that another worker has just expired).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "icc_site.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "icc"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "icc_site.cache.FolderCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache" / "django")),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
# Anonymous public pages (icc_site.page_cache); 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# E-mail (password resets, notifications): SMTP when EMAIL_HOST is set, otherwise the console
# (the server's log), which suits loopback trials only. EMAIL_BACKEND overrides both.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_flag("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [(address, address) for address in env_list("ADMIN_EMAILS")]

# WAGTAILADMIN_BASE_URL (the site's public address, used in e-mails and the API) is read in
# base.py.

# Frontend cache purging (a CDN or Varnish in front): Wagtail purges a page's URLs when it is
# published or unpublished. Configured only when the variables are set.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    # Varnish, nginx's proxy cache or any cache that accepts PURGE requests.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN"),
        "EMAIL": os.environ.get("CLOUDFLARE_EMAIL"),
        "API_KEY": os.environ.get("CLOUDFLARE_API_KEY"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
