"""Helpers every test folder shares: reading a page's HTML and counting a request's queries.

The fixtures they go with (the Wagtail tree, the cities Lisbon, Rijeka, Oslo and Bilbao) are
in tests/conftest.py.
"""

from bs4 import BeautifulSoup, Tag
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext

__all__ = [
    "captured_queries",
    "hidden_fields",
    "queries_for",
    "signed_state_checks",
    "soup_of",
    "updated",
]


def soup_of(response, status=200):
    """The page of `response` (or a string of HTML), parsed as a browser would read it.

    For a response, asserts first that its status code is `status` (None: any status).
    """
    if isinstance(response, (str, bytes)):
        return BeautifulSoup(response, "html.parser")
    if status is not None:
        assert response.status_code == status, (response.status_code, response.content[:300])
    return BeautifulSoup(response.content, "html.parser")


def hidden_fields(page, form=None):
    """{name: value} of the hidden fields a browser sends back unchanged (a tool's signed state,
    its wizard step): those of the forms `form` (a CSS selector) selects, or of all `page`.

    `page` is a response (any status), HTML, or an element already parsed.
    """
    soup = page if isinstance(page, Tag) else soup_of(page, status=None)
    selector = f"{form} input[type=hidden]" if form else "input[type=hidden]"
    return {field["name"]: field.get("value", "") for field in soup.select(selector)}


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


def signed_state_checks(monkeypatch):
    """Counts the tools' signed states verified from now on: returns a function that lists the
    salts of those verified so far (the framework's, `tools.state:...`, only)."""
    checked = []
    real_loads = signing.loads

    def counting_loads(*args, **kwargs):
        checked.append(kwargs.get("salt", ""))
        return real_loads(*args, **kwargs)

    monkeypatch.setattr(signing, "loads", counting_loads)
    return lambda: [salt for salt in checked if salt.startswith("tools.state:")]
