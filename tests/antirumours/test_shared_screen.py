"""The strategy's first screen is the same for every visitor: the site keeps it until the next
editorial change, and shows that change at the very next request."""

import pytest

from antirumours.evaluation.criteria import CRITERIA
from antirumours.factories import EvaluationFactory, RumourFactory
from tests.antirumours.conftest import EMBED
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db


def test_the_overview_is_served_again_without_a_query(client, bilbao_customisation, page_cache_on):
    first = client.get(EMBED)
    assert queries_for(client, EMBED) == 0
    assert client.get(EMBED).content == first.content


def test_a_new_rumour_card_shows_at_the_next_request(client, bilbao, jobs_rumour, page_cache_on):
    assert "They take our jobs" in client.get(EMBED).text

    RumourFactory(city=bilbao, title="They live on benefits", slug="benefits")

    assert "They live on benefits" in client.get(EMBED).text


def test_a_completed_evaluation_shows_its_badge_at_the_next_request(
    client, bilbao, bilbao_customisation, page_cache_on
):
    assert "ar-badge" not in client.get(EMBED).text

    EvaluationFactory(city=bilbao, year=2025, answers={item.code: 3 for item in CRITERIA})

    assert "ar-badge" in client.get(EMBED).text


def test_the_form_screens_are_never_kept(client, bilbao_customisation, page_cache_on):
    report = f"{EMBED}report/"
    assert client.get(report).content != client.get(report).content  # a fresh form each time
