"""Helpers every test folder shares: reading a page's HTML and counting a request's queries.

The fixtures they go with (the Wagtail tree, the cities Lisbon, Rijeka, Oslo and Bilbao) are
in tests/conftest.py.
"""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

__all__ = ["captured_queries", "queries_for", "soup_of", "updated"]


def soup_of(response, status=200):
    """The page of `response` (or a string of HTML), parsed as a browser would read it.

    For a response, asserts first that its status code is `status` (None: any status).
    """
    if isinstance(response, (str, bytes)):
        return BeautifulSoup(response, "html.parser")
    if status is not None:
        assert response.status_code == status, (response.status_code, response.content[:300])
    return BeautifulSoup(response.content, "html.parser")


def captured_queries():
    """A context manager recording every database query made inside it (`len()` counts them,
    `.captured_queries` lists their SQL)."""
    return CaptureQueriesContext(connection)


def queries_for(client, url, *, warm=False, status=200, data=None):
    """How many queries a GET of `url` costs; asserts the response's status code.

    With `warm`, one request first fills the caches a running site has filled long ago (the
    site's root paths, the content types, the images' renditions), so that only the page's own
    work is counted.
    """
    if warm:
        client.get(url, data)
    with captured_queries() as captured:
        response = client.get(url, data)
    assert response.status_code == status, url
    return len(captured)


def updated(instance, **fields):
    """`instance` (a page built by a fixture, say) saved with `fields` changed."""
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.save()
    return instance
