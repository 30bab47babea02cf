"""What news adds to other apps' pages: the city profile's news and upcoming events."""

from wagtail import hooks

from cities.profile_sections import SECTIONS_HOOK, PageSection
from icc_site.dates import date_range_html, format_day
from news.models import EventPage, NewsPage


def _with_date_text(item):
    item.date_text = format_day(item.date)


def _with_dates_html(event):
    event.dates_html = date_range_html(event.date, event.end_date)


@hooks.register(SECTIONS_HOOK)
def city_profile_sections():
    """The city's five latest news items and its next five events, on its profile."""
    return [
        PageSection(
            "city_news",
            NewsPage,
            ("-date", "-pk"),
            5,
            {"summary": "intro", "date": "date"},
            describe=_with_date_text,
        ),
        PageSection(
            "city_events",
            EventPage,
            ("date", "pk"),
            5,
            {"summary": "summary", "date": "start_date", "end_date": "end_date", "place": "place"},
            upcoming_only=True,
            describe=_with_dates_html,
        ),
    ]
