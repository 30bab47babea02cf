"""Fixtures for the anti-rumours toolkit: two cities with a strategy each, rumours, users,
and a resident who posts without cookies from the embedding site, as in a cross-site frame."""

import pytest
from django.test import Client

from antirumours.factories import RumourFactory, strategy_for
from cities.factories import CityPageFactory
from tests.helpers import hidden_fields, soup_of

EMBED = "/en/embed/anti-rumours/bilbao/"
EMBEDDER = "http://localhost:8001"


@pytest.fixture
def montreal(city_index):
    return CityPageFactory(parent=city_index, title="Montreal", slug="montreal", country="Canada")


@pytest.fixture
def bilbao_customisation(bilbao, locales):
    return strategy_for(bilbao)


@pytest.fixture
def montreal_customisation(montreal, locales):
    return strategy_for(montreal)


@pytest.fixture
def jobs_rumour(bilbao_customisation, bilbao):
    return RumourFactory(
        city=bilbao, title="They take our jobs", slug="jobs", claim="Newcomers take our jobs."
    )


class Resident:
    """A browser inside a cross-site frame: a fresh client every request (no cookie comes
    back) and the embedding site's Origin on every post."""

    def __init__(self, origin=EMBEDDER):
        self.origin = origin
        self.response = None

    @property
    def soup(self):
        return soup_of(self.response, status=None)

    def get(self, url, **params):
        self.response = Client().get(url, params)
        assert not self.response.cookies, "an embedded screen must not set cookies"
        return self.response

    def hidden_fields(self, form_selector="form.ar-form"):
        return hidden_fields(self.soup.select_one(form_selector))

    def form_action(self, form_selector="form.ar-form"):
        return self.soup.select_one(form_selector)["action"]

    def submit(self, data, form_selector="form.ar-form", origin=None, url=None, hidden=None):
        """Post the current page's form with `data` added to its hidden fields."""
        payload = dict(hidden if hidden is not None else self.hidden_fields(form_selector))
        payload.update(data)
        url = url or self.form_action(form_selector)
        client = Client()
        self.response = client.post(url, payload, HTTP_ORIGIN=origin or self.origin)
        assert not client.cookies, "an embedded screen must not set cookies"
        return self.response
