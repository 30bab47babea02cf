"""Fixtures of the news tests: the two index pages under the English home page."""

import datetime

import pytest

from news.factories import EventIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    """The English news index, a child of the home page."""
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    """The English event index, a child of the home page."""
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def today():
    """The date the site considers today (the tests create events relative to it)."""
    from django.utils import timezone

    return timezone.localdate()


def days(n):
    """A `timedelta` of n days, to place events around today."""
    return datetime.timedelta(days=n)
