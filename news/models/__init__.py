"""News items and events, their index pages, and the query helpers other apps use.

Other apps list news and events through `latest_news()` and `upcoming_events()`, or from a
city profile through `city.news_items` and `city.events` (for example
`city.events.live().upcoming().for_listing()`), and render them with the templates
`news/includes/news_card.html` and `news/includes/event_card.html`.
"""

from news.models.events import (
    EventIndexPage,
    EventPage,
    EventPageQuerySet,
    EventType,
    upcoming_events,
)
from news.models.news import NewsIndexPage, NewsPage, NewsPageQuerySet, latest_news

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "EventType",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "latest_news",
    "upcoming_events",
]
