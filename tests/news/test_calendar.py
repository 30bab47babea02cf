"""Events in a visitor's calendar app: the whole list and each event as iCalendar."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from news.factories import EventPageFactory
from tests.helpers import soup_of

from .conftest import days

pytestmark = pytest.mark.django_db


def calendar_of(response):
    """The events of an iCalendar response, each as a dict of its properties (lines unfolded)."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode().replace("\r\n ", "")
    events, current = [], None
    for line in text.split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            current[name] = value
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    return events


def test_visitor_adds_one_event_to_their_calendar(client, event_index):
    EventPageFactory(
        parent=event_index,
        slug="forum",
        title="Forum; cities, together",
        start_date=datetime.date(2030, 6, 14),
        end_date=datetime.date(2030, 6, 15),
        place="City Hall, Lisbon",
        summary="Two days of talks.",
    )

    page = soup_of(client.get("/en/events/forum/"), status=None)
    link = page.find("a", type="text/calendar")
    (event,) = calendar_of(client.get(link["href"]))

    assert link["href"] == "/en/events/forum/ical/"
    assert event["SUMMARY"] == "Forum\\; cities\\, together"
    assert event["DTSTART;VALUE=DATE"] == "20300614"
    # All-day events end on the day after their last day.
    assert event["DTEND;VALUE=DATE"] == "20300616"
    assert event["LOCATION"] == "City Hall\\, Lisbon"
    assert event["URL"] == "http://testserver/en/events/forum/"
    assert event["DESCRIPTION"].startswith("Two days of talks.\\n")


def test_the_events_calendar_holds_live_public_events_of_its_language_only(
    client, event_index, today, french_home, locales
):
    EventPageFactory(
        parent=event_index, slug="seminar", title="Seminar", start_date=today + days(2)
    )
    EventPageFactory(
        parent=event_index, slug="academy", title="Academy", start_date=today - days(9)
    )
    draft = EventPageFactory(parent=event_index, slug="draft", title="Secret draft", live=False)
    private = EventPageFactory(parent=event_index, slug="private", title="Closed meeting")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    # An unpublished French translation of an event stays out of the French calendar.
    from icc_site.localize import publish_translation

    publish_translation(event_index, locales["fr"], {"Events": "Événements"})
    draft.copy_for_translation(locales["fr"])

    page = soup_of(client.get("/en/events/"), status=None)
    link = page.find("a", type="text/calendar")
    events = calendar_of(client.get(link["href"]))

    assert [event["SUMMARY"] for event in events] == ["Seminar", "Academy"]
    assert link["href"] == "http://testserver/en/events/ical/"
    assert client.get("/en/events/draft/ical/").status_code == 404
    assert calendar_of(client.get("/fr/events/ical/")) == []
    assert client.get("/en/events/private/ical/").status_code == 302  # to the login page


def test_long_lines_are_folded_at_75_octets_without_splitting_a_character(client, event_index):
    EventPageFactory(parent=event_index, slug="long", title="Σεμινάριο " * 12)

    body = client.get("/en/events/long/ical/").content

    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    assert all(line.decode() for line in body.split(b"\r\n")[:-1])  # each line valid UTF-8
    (event,) = calendar_of(client.get("/en/events/long/ical/"))
    assert event["SUMMARY"] == "Σεμινάριο " * 12
