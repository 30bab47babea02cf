"""A city profile lists the city's practices, news, upcoming events and endorsed declarations."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.helpers import queries_for, soup_of

pytestmark = pytest.mark.django_db

practices_factories = pytest.importorskip("practices.factories")
news_factories = pytest.importorskip("news.factories")
publications_factories = pytest.importorskip("publications.factories")

TODAY = datetime.date.today()


@pytest.fixture
def parents(home_page):
    """The index pages the city's practices, news, events and declarations live under."""
    return {
        "practices": practices_factories.PracticeIndexPageFactory(parent=home_page),
        "news": news_factories.NewsIndexPageFactory(parent=home_page),
        "events": news_factories.EventIndexPageFactory(parent=home_page),
        "declarations": publications_factories.DeclarationIndexPageFactory(parent=home_page),
    }


def practice(parents, city, title):
    return practices_factories.PracticePageFactory(
        parent=parents["practices"], city=city, title=title
    )


def news_item(parents, city, title, days_ago=0):
    return news_factories.NewsPageFactory(
        parent=parents["news"],
        city=city,
        title=title,
        date=TODAY - datetime.timedelta(days=days_ago),
    )


def event(parents, city, title, in_days=30):
    start = TODAY + datetime.timedelta(days=in_days)
    return news_factories.EventPageFactory(
        parent=parents["events"], city=city, title=title, start_date=start, end_date=start
    )


def endorsement(parents, city, title, date=datetime.date(2018, 1, 15)):
    declaration = publications_factories.DeclarationPageFactory(
        parent=parents["declarations"], title=title
    )
    publications_factories.DeclarationEndorsementFactory(page=declaration, city=city, date=date)
    return declaration


def profile(client, city):
    return soup_of(client.get(city.url))


def titles(soup, section_id):
    section = soup.find(attrs={"aria-labelledby": section_id})
    if section is None:
        return None
    return [link.get_text(strip=True) for link in section.select("a")]


def test_visitor_sees_the_city_practices_alphabetically(client, parents, lisbon, oslo):
    practice(parents, lisbon, "Welcome desk")
    practice(parents, lisbon, "Anti-rumours agents")
    practice(parents, oslo, "Oslo's own practice")

    soup = profile(client, lisbon)

    assert titles(soup, "city-practices-title") == ["Anti-rumours agents", "Welcome desk"]


def test_draft_practice_is_not_listed(client, parents, lisbon):
    practice(parents, lisbon, "Published")
    practice(parents, lisbon, "Draft").unpublish()

    assert titles(profile(client, lisbon), "city-practices-title") == ["Published"]


def test_practice_behind_a_password_is_not_listed(client, parents, lisbon):
    practice(parents, lisbon, "Published")
    hidden = practice(parents, lisbon, "Hidden")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")

    assert titles(profile(client, lisbon), "city-practices-title") == ["Published"]


def test_visitor_sees_the_city_news_newest_first(client, parents, lisbon, oslo):
    news_item(parents, lisbon, "Older", days_ago=10)
    news_item(parents, lisbon, "Newer", days_ago=1)
    news_item(parents, oslo, "Elsewhere")

    assert titles(profile(client, lisbon), "city-news-title") == ["Newer", "Older"]


def test_visitor_sees_only_events_that_have_not_ended(client, parents, lisbon):
    event(parents, lisbon, "Later", in_days=40)
    event(parents, lisbon, "Soon", in_days=3)
    event(parents, lisbon, "Over", in_days=-3)

    soup = profile(client, lisbon)

    assert titles(soup, "city-events-title") == ["Soon", "Later"]
    assert soup.find(attrs={"aria-labelledby": "city-events-title"}).time


def test_visitor_sees_declarations_the_city_endorsed_with_the_date(client, parents, lisbon):
    endorsement(parents, lisbon, "Lisbon Declaration", date=datetime.date(2017, 11, 29))
    endorsement(parents, lisbon, "Older declaration", date=datetime.date(2012, 5, 4))

    soup = profile(client, lisbon)

    assert titles(soup, "city-declarations-title") == ["Lisbon Declaration", "Older declaration"]
    section = soup.find(attrs={"aria-labelledby": "city-declarations-title"})
    assert "29 November 2017" in section.get_text()


def test_sections_without_items_are_left_out(client, parents, lisbon, oslo):
    practice(parents, oslo, "Oslo's own practice")

    soup = profile(client, lisbon)

    assert not soup.select("section.section")


@pytest.fixture
def french_lisbon(lisbon, french_home, locales):
    from icc_site.localize import publish_translation

    publish_translation(lisbon.get_parent().specific, locales["fr"], {"Cities": "Villes"})
    return publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"}).specific


@pytest.fixture
def french_news_index(parents, locales):
    from icc_site.localize import publish_translation

    return publish_translation(parents["news"], locales["fr"], {"News": "Actualités"})


def test_french_profile_lists_only_french_pages(
    client, parents, lisbon, french_lisbon, french_news_index
):
    news_item(parents, lisbon, "English only")
    news_factories.NewsPageFactory(
        parent=french_news_index, city=french_lisbon, title="Lisbonne ouvre un centre"
    )

    soup = profile(client, french_lisbon)

    assert soup.html["lang"] == "fr"
    assert titles(soup, "city-news-title") == ["Lisbonne ouvre un centre"]


def test_french_page_still_pointing_to_the_english_city_is_listed(
    client, lisbon, french_lisbon, french_news_index
):
    # For example a news item translated before its city was: its link was copied unchanged.
    news_factories.NewsPageFactory(parent=french_news_index, city=lisbon, title="Article")

    assert titles(profile(client, french_lisbon), "city-news-title") == ["Article"]


def fill(parents, city, count):
    for number in range(count):
        practice(parents, city, f"{city.title} practice {number}")
        news_item(parents, city, f"{city.title} news {number}", days_ago=number)
        event(parents, city, f"{city.title} event {number}", in_days=number + 1)
        endorsement(parents, city, f"{city.title} declaration {number}")


def test_full_profile_stays_within_the_query_budget_whatever_the_number_of_items(
    client, parents, lisbon, oslo
):
    fill(parents, lisbon, 3)
    fill(parents, oslo, 15)

    with_three = queries_for(client, lisbon.url, warm=True)
    with_fifteen = queries_for(client, oslo.url, warm=True)

    assert with_three <= 15
    assert with_fifteen == with_three
