"""The site's search back-end: Wagtail's database back-end, with the query made safe first.

On SQLite the back-end passes the words to FTS5, where an unbalanced double quote in what
a visitor typed (`"`, `"><img`) is a syntax error, and a query of blanks an AttributeError:
a 500 on the site search and the API's `?search=`. Double quotes are not an operator the site
offers, so they become spaces, and blanks around the words are dropped. PostgreSQL refuses
text with a NUL character (a 500 too), so control characters become spaces as well.

A word without a letter or digit ("&", "-", "/") is dropped: PostgreSQL's parser ignores it,
while SQLite's back-end looked for it as a term that no text contains, so "harbour & sea"
found nothing on SQLite.
"""

import re

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

__all__ = ["SearchBackend", "plain_query"]


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
    search, autocomplete = backend.search, backend.autocomplete

    def safe_search(query, *args, **kwargs):
        return search(plain_query(query), *args, **kwargs)

    def safe_autocomplete(query, *args, **kwargs):
        return autocomplete(plain_query(query), *args, **kwargs)

    backend.search = safe_search
    backend.autocomplete = safe_autocomplete
    return backend
