"""Factories for news items, events and their index pages (wagtail-factories).

Create children with `parent=`: `NewsPageFactory(parent=NewsIndexPageFactory(parent=home))`.
"""

import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from news.models import EventIndexPage, EventPage, EventType, NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    date = factory.LazyFunction(datetime.date.today)
    intro = factory.LazyAttribute(lambda page: f"What happened: {page.title}.")
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>The network met and shared its practice.</p>"))]
    )

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    event_type = EventType.THEMATIC_SEMINAR
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=1))
    place = "City Hall"
    summary = factory.LazyAttribute(lambda page: f"Cities meet at {page.title}.")

    class Meta:
        model = EventPage
