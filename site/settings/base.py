"""Settings shared by every environment. Secrets and service addresses come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from icc_site.settings.machine_translation import machine_translator_from_environment

PROJECT_DIR = Path(__file__).resolve().parent.parent  # the `site/` folder
BASE_DIR = PROJECT_DIR.parent  # the repository root

SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Older keys, comma-separated, still accepted when verifying what they signed (form states,
# certificate codes) after SECRET_KEY is changed; see docs/deploy.md.
SECRET_KEY_FALLBACKS = [
    key.strip() for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",") if key.strip()
]
# The anti-rumour certificates' own key (antirumours.certificates), so that rotating SECRET_KEY
# leaves their codes alone; SECRET_KEY when empty.
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
CERTIFICATE_SIGNING_KEY_FALLBACKS = [
    key.strip()
    for key in os.environ.get("CERTIFICATE_SIGNING_KEY_FALLBACKS", "").split(",")
    if key.strip()
]
# Redis (cache, and the tools' counters and used form codes: tools.counters) when set.
REDIS_URL = os.environ.get("REDIS_URL", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "icc_site",
    "home",
    "cities",
    "practices",
    "publications",
    "news",
    "tools",
    "citizenship_test",
    "checklists",
    "antirumours",
    "heritage_mapping",
    "intercultural_index",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "icc_site.languages.LocaleMiddleware",  # Django's, sending / to a language that exists
    "django.middleware.common.CommonMiddleware",
    "icc_site.routing.KnownSiteMiddleware",  # in production: the host's Wagtail site, cached
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "tools.admin_guard.CityScopeGuardMiddleware",  # another city's data: 404 in the admin
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# No other site may frame our pages (X-Frame-Options DENY above, and CSP below, which browsers
# prefer). 'self' keeps the admin's preview panel working. The tools' embed routes replace
# frame-ancestors with the origins each city lists (tools/framing.py). default-src is left out
# on purpose (django-csp would add 'self'): a content policy needs an audit of inline code first.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": None,
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
    }
}

ROOT_URLCONF = "icc_site.urls"
WSGI_APPLICATION = "icc_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL with the same code.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let readers and one writer work side by side.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. The interface languages and the content languages are the same set; Arabic is
# written right to left (Django's LANGUAGES_BIDI already lists it). Adding a language: its code
# here, then `make makemessages` (the catalogues), the tools' content (`<app>/demo/locale/`) and
# a demo city that offers it; README, "Add a language".
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("de", "Deutsch"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("eu", "Euskara"),
    ("fi", "Suomi"),
    ("el", "Ελληνικά"),
    ("tr", "Türkçe"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's own language, in a user's preferences: only those our screens are translated into.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# "Translate" in the admin makes drafts: a translation goes live only when a person publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
# Dates, times and numbers follow the language shown (Django's formats for each locale); the
# English ones are the European way ("29 November 2017"), in site/formats/en/.
FORMAT_MODULE_PATH = ["icc_site.formats"]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Intercultural Cities"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # avatars must not call out to Gravatar
# The API's absolute URLs: this base when set, else the host that served the request (site/api.py).
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL") or None
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Images are refused before decoding above 25 megapixels or 10 MB, with Wagtail's message: a
# 40-megapixel image would take about 450 MB of one worker to decode (heritage_mapping.photos
# applies the same pixel bound to residents' photos).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 25_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Heritage map tiles (heritage_mapping): any XYZ tile server; OpenStreetMap's by default.
HERITAGE_TILE_URL = os.environ.get(
    "HERITAGE_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)

# The public API is read-only open data.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

SITE_DESCRIPTION = _(
    "The Intercultural Cities network: cities that manage diversity as an advantage."
)
# Whom the public writes to about the programme: a city profile without a contact of its own
# points to it, and the tools' landing pages name it for coordinator accounts.
PROGRAMME_CONTACT_EMAIL = os.environ.get("PROGRAMME_CONTACT_EMAIL", "intercultural.cities@coe.int")

# --- Abuse, privacy and limits (issue 7, part B) ---------------------------------------------
# Public tool forms (tools/state.py, tools/throttling.py): a per-client rate limit that stores
# no address (a keyed hash under a daily salt, in the cache only), a honeypot field, and a
# minimum time between showing a form and accepting it.
TOOLS_RATE_LIMIT = os.environ.get("TOOLS_RATE_LIMIT", "120/m")
# Links to a shared result a client may create (citizenship_test.views.share), on top of it.
TOOLS_SHARE_RATE_LIMIT = os.environ.get("TOOLS_SHARE_RATE_LIMIT", "200/h")
# Saves one invitation link of an Index round may make in a minute (intercultural_index.rounds).
INDEX_SAVES_PER_MINUTE = int(os.environ.get("INDEX_SAVES_PER_MINUTE", "60"))
# Behind a reverse proxy that sets it, e.g. "HTTP_X_REAL_IP"; the proxy's own address otherwise.
TOOLS_CLIENT_IP_META = os.environ.get("TOOLS_CLIENT_IP_META", "REMOTE_ADDR")
TOOLS_MIN_FILL_SECONDS = float(os.environ.get("TOOLS_MIN_FILL_SECONDS", "2"))
# Uploads waiting between the steps of a form (tools.uploads): all of them together are held to
# this many bytes, and none is taken when the media disk has less than this many bytes free.
TOOLS_PENDING_UPLOADS_MAX_BYTES = int(
    os.environ.get("TOOLS_PENDING_UPLOADS_MAX_BYTES", str(512 * 1024 * 1024))
)
TOOLS_UPLOADS_MIN_FREE_BYTES = int(
    os.environ.get("TOOLS_UPLOADS_MIN_FREE_BYTES", str(512 * 1024 * 1024))
)

# Request bodies (icc_site.limits): any body over REQUEST_BODY_MAX_BYTES, and a body without
# files over DATA_UPLOAD_MAX_MEMORY_SIZE, gets 413 before it is read. The largest legitimate
# body is a heritage contribution's photos step (3 photos of 8 MB) or an admin document (20 MB).
REQUEST_BODY_MAX_BYTES = 26 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # Django's default, said out loud
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads go to a temporary file
MIDDLEWARE = [
    "icc_site.limits.RequestBodyLimitMiddleware",
    "icc_site.limits.ControlCharactersMiddleware",
    "icc_site.limits.DocumentHeadersMiddleware",
    "icc_site.limits.PasswordResetThrottleMiddleware",
    *MIDDLEWARE,
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]
# A malformed post to the admin (a StreamField without its count fields...) gets 400, not 500.
MIDDLEWARE.insert(
    MIDDLEWARE.index("axes.middleware.AxesMiddleware"),
    "icc_site.admin_posts.MalformedAdminPostMiddleware",
)

# Pages, feeds and API answers gzip-compressed for browsers that accept it (icc_site.compression):
# first, so that it compresses what every other middleware has finished.
MIDDLEWARE.insert(0, "icc_site.compression.CompressedTextMiddleware")

# Documents go through Wagtail's view: attachment for everything but PDF, nosniff, and a
# sandboxed content policy (icc_site.limits.DocumentHeadersMiddleware).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True

# Admin login throttling (django-axes): five failures lock the pair of a username and a client
# for 15 minutes, and 20 failures lock a client whatever the usernames. A client is known by a
# keyed hash of its address (icc_site.limits.login_client_key), which the handler puts in axes'
# user-agent column; the address column stays empty, so axes stores neither an address nor a
# user agent. Its rows are deleted by purge_expired_data after the cool-off.
INSTALLED_APPS += ["axes"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "icc_site.limits.AnonymousAxesHandler"
AXES_CLIENT_IP_CALLABLE = "icc_site.limits.no_client_address"
AXES_LOCKOUT_PARAMETERS = [["username", "user_agent"], "user_agent"]
AXES_FAILURE_LIMIT = 5
AXES_CLIENT_FAILURE_LIMIT = int(os.environ.get("AXES_CLIENT_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no row per successful login
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False
# axes.W006 asks for the address in the lockout key; the keyed hash stands in for it (no
# address is kept).
SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "axes.W006"]

# Search: Wagtail's database back-end, with visitors' double quotes made harmless (an unbalanced
# one is an FTS5 syntax error on SQLite: a 500). See icc_site.search.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "icc_site.search"}}

# Privacy: anonymous results and moderation leftovers older than this are deleted by
# `manage.py purge_expired_data` (run it daily); each tool declares what it stores.
RESIDENT_DATA_RETENTION_DAYS = int(os.environ.get("RESIDENT_DATA_RETENTION_DAYS", "730"))

# Password-reset requests (icc_site.limits.PasswordResetThrottleMiddleware): at most this many
# per client and per e-mail address asked for, both hashed; then 429 until the window ends.
PASSWORD_RESET_RATE = os.environ.get("PASSWORD_RESET_RATE", "5/h")

# --- Security headers and the public page cache (issue 7, part A) ----------------------------
# Permissions-Policy (icc_site.middleware) right below SecurityMiddleware, so that static files
# get it too; the page cache (icc_site.page_cache) above the session middleware, so that a hit
# costs no query. The cache is off here and in the tests; production turns it on.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "icc_site.middleware.PermissionsPolicyMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "icc_site.page_cache.PublicPageCacheMiddleware",
)
# No page of ours uses these browser features; switched off for embedded tools too.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_ALIAS = "default"
# Cookies that do not change a public page: a request with any other cookie (the session's
# above all) bypasses the page cache.
PAGE_CACHE_IGNORED_COOKIES = ["csrftoken", "django_language"]

# --- Two-factor authentication for the admin (accounts, on django-otp) -----------------------
# Optional for each admin user (Account > More actions > Two-factor authentication). django-otp's
# middleware marks a session that gave a code; the accounts middleware keeps a user who owns a
# confirmed app at the code step until then. WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS=true obliges
# superusers to turn it on, WAGTAIL_2FA_REQUIRED_GROUPS the members of the groups it names.
INSTALLED_APPS += [
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "accounts.middleware.AdminTwoFactorMiddleware",
)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name the authenticator app shows
WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = os.environ.get(
    "WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS", "false"
).strip().lower() in ("true", "1", "yes", "on")
# Groups whose members must turn it on: comma-separated names or shell-style patterns, e.g.
# WAGTAIL_2FA_REQUIRED_GROUPS="Coordinators: *,Editors" (every city's coordinators, the editors).
WAGTAIL_2FA_REQUIRED_GROUPS = [
    name.strip()
    for name in os.environ.get("WAGTAIL_2FA_REQUIRED_GROUPS", "").split(",")
    if name.strip()
]

# --- Machine translation in wagtail-localize's editor and the "Translate by machine" bulk
# action: DEEPL_API_KEY, GOOGLE_APPLICATION_CREDENTIALS or LIBRETRANSLATE_URL (docs/deploy.md).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(os.environ)
