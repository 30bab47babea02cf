"""Which machine translation service editors get in wagtail-localize, from the environment.

One variable per back-end (see docs/deploy.md); the first one set wins, in this order:

- `DEEPL_API_KEY`: DeepL (a key ending in ":fx" uses DeepL's free API). `DEEPL_API_URL`
  optionally points at another address that speaks DeepL's API (a proxy, a test server).
- `GOOGLE_APPLICATION_CREDENTIALS`: Google Cloud Translation, with the service account key file
  Google's own libraries read; the project is the key's `project_id`. Needs the optional
  dependency (`pip install -e ".[google]"`): without it the site refuses to start rather than
  fail on the editors' screens. `GOOGLE_TRANSLATE_API_URL` optionally points at another address
  that speaks its API (a proxy, a test server).
- `LIBRETRANSLATE_URL`: a self-hosted LibreTranslate (`LIBRETRANSLATE_API_KEY` if it asks for
  one).

`MACHINE_TRANSLATION_TIMEOUT` (seconds, default 30) bounds the wait for any of them.

None set: no machine translation; editors translate by hand or through PO files.
Pure Python: the settings import it before Django is set up.
"""

import json
from importlib.util import find_spec

from django.core.exceptions import ImproperlyConfigured

__all__ = ["machine_translator_from_environment"]


def _google_project(path):
    try:
        with open(path, encoding="utf-8") as key_file:
            return json.load(key_file).get("project_id", "")
    except (OSError, ValueError):
        return ""


def _google_installed():
    try:
        return find_spec("google.cloud.translate") is not None
    except ModuleNotFoundError:  # no `google` namespace at all
        return False


def machine_translator_from_environment(environ):
    """The `WAGTAILLOCALIZE_MACHINE_TRANSLATOR` setting for these environment variables."""
    timeout = int(environ.get("MACHINE_TRANSLATION_TIMEOUT", "30"))
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "icc_site.translators.DeepLTranslator",
            "OPTIONS": {
                "AUTH_KEY": environ["DEEPL_API_KEY"],
                "API_URL": environ.get("DEEPL_API_URL", ""),
                "TIMEOUT": timeout,
            },
        }
    if environ.get("GOOGLE_APPLICATION_CREDENTIALS"):
        if not _google_installed():
            raise ImproperlyConfigured(
                "GOOGLE_APPLICATION_CREDENTIALS is set but google-cloud-translate is not "
                'installed: pip install -e ".[google]"'
            )
        path = environ["GOOGLE_APPLICATION_CREDENTIALS"]
        return {
            "CLASS": "icc_site.translators.google.GoogleCloudTranslator",
            "OPTIONS": {
                "CREDENTIALS_PATH": path,
                "PROJECT_ID": _google_project(path),
                "API_URL": environ.get("GOOGLE_TRANSLATE_API_URL", ""),
                "TIMEOUT": timeout,
            },
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "icc_site.translators.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": timeout,
            },
        }
    return None
