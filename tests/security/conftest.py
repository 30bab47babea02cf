"""Fixtures for the security tests: a city with an anti-rumour strategy (its report form is the
simplest public form of the tools) and a resident who posts from the city's own site."""

import pytest
from django.test import Client

from tests.antirumours.conftest import bilbao_customisation  # noqa: F401
from tests.checklists.conftest import checklist  # noqa: F401

# Two more tools of Lisbon, named here for their tool: in this folder `lisbon_customisation` is
# Lisbon's heritage map, which `mouraria` is built on.
from tests.checklists.conftest import (  # noqa: F401
    lisbon_customisation as lisbon_checklist_customisation,
)
from tests.citizenship_test.conftest import (  # noqa: F401
    EMBED,
    Resident,
    bank,
    module_bank,
)
from tests.citizenship_test.conftest import (
    lisbon_customisation as lisbon_citizenship_customisation,  # noqa: F401
)
from tests.helpers import soup_of
from tests.heritage_mapping.conftest import (  # noqa: F401
    lisbon_customisation,
    make_item,
    media_root,
    mouraria,
)

REPORT = "/en/embed/anti-rumours/bilbao/report/"
SITE = "http://testserver"


@pytest.fixture
def at_review(lisbon_citizenship_customisation):  # noqa: F811 - the fixture imported above
    """A resident who has answered every step of Lisbon's citizenship test and sees the review."""
    return Resident(EMBED).to_review()


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
    form = soup_of(response, status=None).find("form", method="post")
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
