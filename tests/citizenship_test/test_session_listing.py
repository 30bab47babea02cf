"""The group sessions' admin listing as a coordinator uses it: sorted by a column, narrowed by
a search or a date, and sessions closed or deleted in bulk after a confirmation, only in their
own cities."""

import datetime

import pytest
from django.utils import timezone

from citizenship_test.models import Completion, EventSession
from tests.citizenship_test.conftest import add_completion
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

LISTING = "/admin/citizenship-test/sessions/"
BULK = "/admin/bulk/citizenship_test/eventsession/"
FULL = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 60}


def opened(customisation, title, day):
    session = EventSession.open_for(customisation, "en", title=title)
    when = timezone.make_aware(datetime.datetime(2025, 3, day, 18))
    EventSession.objects.filter(pk=session.pk).update(opened_at=when)
    session.opened_at = when
    return session


@pytest.fixture
def sessions(lisbon_customisation, rijeka_customisation):
    return {
        "market": opened(lisbon_customisation, "Market day", 1),
        "school": opened(lisbon_customisation, "School evening", 20),
        "rijeka": opened(rijeka_customisation, "Rijeka fair", 10),
    }


def events(response):
    """The event names of the listed sessions, in order."""
    rows = soup_of(response).select("tbody tr")
    return [row.select("td")[3].get_text(strip=True) for row in rows]


def test_the_newest_session_comes_first_and_a_column_sorts_the_rows(
    lisbon_coordinator_client, sessions
):
    assert events(lisbon_coordinator_client.get(LISTING)) == ["School evening", "Market day"]
    assert events(lisbon_coordinator_client.get(LISTING, {"ordering": "opened_at"})) == [
        "Market day",
        "School evening",
    ]
    header = soup_of(lisbon_coordinator_client.get(LISTING)).select_one("thead")
    assert header.select_one("a[href*='ordering=opened_at']")


def test_search_and_date_filter_narrow_the_rows(lisbon_coordinator_client, sessions):
    assert events(lisbon_coordinator_client.get(LISTING, {"q": "school"})) == ["School evening"]
    assert events(lisbon_coordinator_client.get(LISTING, {"q": sessions["market"].code})) == [
        "Market day"
    ]
    dates = {"opened_at_from": "2025-03-15", "opened_at_to": "2025-03-31"}
    assert events(lisbon_coordinator_client.get(LISTING, dates)) == ["School evening"]
    assert (
        events(lisbon_coordinator_client.get(LISTING, {"q": "fair"})) == []
    )  # Rijeka's, never listed


def test_the_listing_offers_to_close_and_delete_the_selected_sessions(
    lisbon_coordinator_client, sessions
):
    page = soup_of(lisbon_coordinator_client.get(LISTING))

    buttons = [
        button.get_text(strip=True)
        for button in page.select("[data-bulk-action-footer] a[data-bulk-action-button]")
    ]
    assert "Close" in buttons and "Delete" in buttons
    assert len(page.select("tbody input[data-bulk-action-checkbox]")) == 2


def bulk_url(action, *sessions):
    ids = "&".join(f"id={session.pk}" for session in sessions)
    return f"{BULK}{action}/?{ids}&next={LISTING}"


def test_bulk_close_asks_first_then_closes_only_own_sessions(lisbon_coordinator_client, sessions):
    url = bulk_url("close", *sessions.values())

    confirm = lisbon_coordinator_client.get(url).content.decode()
    assert "Close these 2 sessions?" in confirm and "Rijeka fair" not in confirm
    assert all(session.is_open() for session in EventSession.objects.all())

    response = lisbon_coordinator_client.post(url, follow=True)

    assert [str(m).strip() for m in response.context["messages"]] == ["2 sessions closed."]
    still_open = {session.title for session in EventSession.objects.all() if session.is_open()}
    assert still_open == {"Rijeka fair"}


def test_bulk_delete_keeps_the_participants_results(
    lisbon_coordinator_client, lisbon_customisation, sessions
):
    add_completion(lisbon_customisation, FULL, session=sessions["market"])
    url = bulk_url("delete", sessions["market"], sessions["rijeka"])

    lisbon_coordinator_client.post(url)

    assert set(EventSession.objects.values_list("title", flat=True)) == {
        "School evening",
        "Rijeka fair",
    }
    assert Completion.objects.count() == 1


def test_a_bulk_action_naming_only_another_citys_session_finds_nothing(
    lisbon_coordinator_client, sessions
):
    for action in ("close", "delete"):
        url = bulk_url(action, sessions["rijeka"])
        assert (
            lisbon_coordinator_client.get(bulk_url(action, sessions["market"])).status_code == 200
        )
        assert lisbon_coordinator_client.get(url).status_code == 404
        assert lisbon_coordinator_client.post(url).status_code == 404
    assert EventSession.objects.get(pk=sessions["rijeka"].pk).is_open()


def test_the_spreadsheet_export_holds_only_the_filtered_own_sessions(
    lisbon_coordinator_client, sessions
):
    response = lisbon_coordinator_client.get(LISTING, {"export": "csv", "q": "evening"})
    text = b"".join(response.streaming_content).decode()

    assert sessions["school"].code in text
    assert sessions["market"].code not in text and sessions["rijeka"].code not in text
