"""The site's search back-end: Wagtail's database back-end, with the query made safe first.

On SQLite the back-end passes the words to FTS5, where an unbalanced double quote in what
a visitor typed (`"`, `"><img`) is a syntax error, and a query of blanks an AttributeError:
a 500 on the site search and the API's `?search=`. Double quotes are not an operator the site
offers, so they become spaces, and blanks around the words are dropped. PostgreSQL refuses
text with a NUL character (a 500 too), so control characters become spaces as well.
"""

import re

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

__all__ = ["SearchBackend", "plain_query"]


#: Double quotes and control characters (NUL above all), which no visitor means to search for.
UNSEARCHABLE = re.compile(r'["\x00-\x1f\x7f]')


def plain_query(query):
    """`query` without double quotes, control characters or surrounding blanks when it is a
    string (a parsed query is left alone): a query of blanks only fails in SQLite too."""
    return UNSEARCHABLE.sub(" ", query).strip() if isinstance(query, str) else query


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
