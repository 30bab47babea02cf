"""A self-check step shown before any answer is the same page for every resident but its
signed state: the site keeps the page until the next editorial change and gives each resident
a state of their own."""

import pytest

from tests.checklists.conftest import make_assessment, step_fields
from tools.state import STATE_FIELD

pytestmark = pytest.mark.django_db

URL = "/en/embed/council-checklist/lisbon/"


def state_of(response):
    return step_fields(response)[STATE_FIELD]


def test_each_resident_gets_the_same_page_with_a_state_of_their_own(
    client, lisbon_customisation, question_ids, page_cache_on
):
    first, second = client.get(URL), client.get(URL)
    assert state_of(first) != state_of(second)
    assert first.content.replace(state_of(first).encode(), b"") == second.content.replace(
        state_of(second).encode(), b""
    )

    for response in (first, second):
        sent = client.post(
            URL,
            {**step_fields(response), **dict.fromkeys(question_ids[0:2], "yes")},
            HTTP_ORIGIN="http://localhost:8001",
        )
        assert sent.status_code == 200
        assert state_of(sent) not in (state_of(first), state_of(second))


def test_a_published_assessment_is_linked_from_the_next_first_page(
    client, lisbon, lisbon_customisation, checklist, question_ids, page_cache_on
):
    assert "/published/" not in client.get(URL).content.decode()

    make_assessment(lisbon, checklist, question_ids, 2025, *["yes"] * len(question_ids))

    assert "/published/" in client.get(URL).content.decode()
