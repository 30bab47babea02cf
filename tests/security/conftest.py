"""Fixtures for the security tests: a city with an anti-rumour strategy (its report form is the
simplest public form of the tools) and a resident who posts from the city's own site."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from antirumours.factories import strategy_for
from tests.checklists.conftest import checklist, make_tool  # noqa: F401
from tests.citizenship_test.conftest import at_review, bank, lisbon_test, make_test  # noqa: F401
from tests.heritage_mapping.conftest import (  # noqa: F401
    lisbon_map,
    make_item,
    media_root,
    mouraria,
)

REPORT = "/en/embed/anti-rumours/bilbao/report/"
SITE = "http://testserver"


@pytest.fixture
def strategy(bilbao, locales):
    return strategy_for(bilbao)


@pytest.fixture
def traps_on(settings):
    """The bot traps as in production (the test settings turn them off for the tools' tests)."""
    from django.core.cache import cache

    cache.clear()
    settings.TOOLS_MIN_FILL_SECONDS = 2
    settings.TOOLS_RATE_LIMIT = "120/m"
    return settings


def form_fields(response):
    """Every named input of the page's first POST form, with its value."""
    form = BeautifulSoup(response.content, "html.parser").find("form", method="post")
    return {
        field["name"]: field.get("value", "")
        for field in form.find_all(["input", "textarea", "select"])
        if field.get("name") and field.get("type") not in ("submit", "checkbox", "file")
    }


def report_data(client, **overrides):
    data = form_fields(client.get(REPORT))
    data.update({"text": "People say newcomers skip the housing list."}, **overrides)
    return data


@pytest.fixture
def resident():
    return Client(HTTP_ORIGIN=SITE)
