"""Which machine translation service editors get in wagtail-localize, from the environment.

One variable per back-end (see docs/deploy.md); the first one set wins, in this order:

- `DEEPL_API_KEY`: DeepL (a key ending in ":fx" uses DeepL's free API). `DEEPL_API_URL`
  optionally points at another address that speaks DeepL's API (a proxy, a test server).
- `GOOGLE_APPLICATION_CREDENTIALS`: Google Cloud Translation, with the service account key file
  Google's own libraries read; the project is the key's `project_id`. Needs the
  `google-cloud-translate` package installed.
- `LIBRETRANSLATE_URL`: a self-hosted LibreTranslate (`LIBRETRANSLATE_API_KEY` if it asks for
  one).

None set: no machine translation; editors translate by hand or through PO files.
Pure Python: the settings import it before Django is set up.
"""

import json

__all__ = ["machine_translator_from_environment"]


def _google_project(path):
    try:
        with open(path, encoding="utf-8") as key_file:
            return json.load(key_file).get("project_id", "")
    except (OSError, ValueError):
        return ""


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
        path = environ["GOOGLE_APPLICATION_CREDENTIALS"]
        return {
            "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
            "OPTIONS": {"CREDENTIALS_PATH": path, "PROJECT_ID": _google_project(path)},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": timeout,
            },
        }
    return None
