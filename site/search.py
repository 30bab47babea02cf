"""The site's search back-end: Wagtail's database back-end, with the query made safe first.

On SQLite the back-end passes the words to FTS5, where an unbalanced double quote in what
a visitor typed (`"`, `"><img`) is a syntax error, and a query of blanks an AttributeError:
a 500 on the site search and the API's `?search=`. Double quotes are not an operator the site
offers, so they become spaces, and blanks around the words are dropped. PostgreSQL refuses
text with a NUL character (a 500 too), so control characters become spaces as well.

A word without a letter or digit ("&", "-", "/") is dropped: PostgreSQL's parser ignores it,
while SQLite's back-end looked for it as a term that no text contains, so "harbour & sea"
found nothing on SQLite.

On PostgreSQL each page is indexed, and each search made, with the text search configuration of
its language (stemming and stop words: "villes" finds "ville"), where PostgreSQL has one; Ukrainian
has none and uses 'simple'. SQLite's FTS5 has no per-language stemming: it matches words as today.
"""

import re

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

__all__ = ["POSTGRES_CONFIGS", "SearchBackend", "plain_query", "postgres_config"]

#: PostgreSQL's text search configuration for each content language (`simple` where it has none).
POSTGRES_CONFIGS = {
    "en": "english",
    "fr": "french",
    "pt": "portuguese",
    "es": "spanish",
    "it": "italian",
    "de": "german",
    "ar": "arabic",
    "eu": "basque",
    "fi": "finnish",
    "el": "greek",
    "tr": "turkish",
}


def postgres_config(language):
    """The text search configuration for `language` ('simple': no stemming, any language)."""
    return POSTGRES_CONFIGS.get((language or "").split("-")[0], "simple")


def _per_language(backend_class):
    """A PostgreSQL back-end that indexes each object, and searches, in its own language."""

    class PerLanguageIndex(backend_class.index_class):
        def add_items(self, model, objs):
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            groups = {}
            for obj in objs:
                code = codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
                groups.setdefault(code, []).append(obj)
            for code, group in groups.items():
                with translation.override(code):
                    super().add_items(model, group)

    class PerLanguageBackend(backend_class):
        index_class = PerLanguageIndex

        @property
        def config(self):
            # Read when indexing (inside the override above) and when searching (the language
            # of the URL): both sides of a match use the same configuration.
            return postgres_config(translation.get_language())

        @config.setter
        def config(self, value):
            pass  # SEARCH_CONFIG would be one language for all: the language decides instead

    return PerLanguageBackend


#: Double quotes and control characters (NUL above all), which no visitor means to search for.
UNSEARCHABLE = re.compile(r'["\x00-\x1f\x7f]')


#: A word with no letter or digit in it.
NO_WORD_CHARACTER = re.compile(r"^[\W_]+$")


def plain_query(query):
    """`query` without double quotes, control characters, words without a letter or digit or
    surrounding blanks when it is a string (a parsed query is left alone): a query of blanks
    only fails in SQLite too."""
    if not isinstance(query, str):
        return query
    words = UNSEARCHABLE.sub(" ", query).split()
    return " ".join(word for word in words if not NO_WORD_CHARACTER.match(word))


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up in the module)
    backend = DatabaseSearchBackend(params)
    if type(backend).__name__ == "PostgresSearchBackend":
        backend = _per_language(type(backend))(params)
    search, autocomplete = backend.search, backend.autocomplete

    def safe_search(query, *args, **kwargs):
        return search(plain_query(query), *args, **kwargs)

    def safe_autocomplete(query, *args, **kwargs):
        return autocomplete(plain_query(query), *args, **kwargs)

    backend.search = safe_search
    backend.autocomplete = safe_autocomplete
    return backend
