"""Every page of every type opens through the API's detail endpoint, with its own fields, its
URLs on the host that served the request, and within a fixed query budget."""

import datetime

import pytest
from django.apps import apps
from wagtail.models import Page
from wagtail_factories import ImageFactory

from cities.factories import CityIndexPageFactory, CityPageFactory
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from practices.factories import PracticeIndexPageFactory, PracticePageFactory, TopicFactory
from publications.factories import (
    DeclarationEndorsementFactory,
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    ManualChapterPageFactory,
    ManualPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)
from tests.helpers import captured_queries
from tools.models import ToolIndexPage

pytestmark = pytest.mark.django_db

#: Queries for one page's detail, whatever its type.
DETAIL_BUDGET = 15


@pytest.fixture
def one_page_of_each_type(home_page, locales):
    cities = CityIndexPageFactory(parent=home_page)
    lisbon = CityPageFactory(parent=cities, title="Lisbon", slug="lisbon", country="Portugal")
    practices = PracticeIndexPageFactory(parent=home_page)
    PracticePageFactory(
        parent=practices,
        title="Welcome desks",
        city=lisbon,
        topics=[TopicFactory(name="Housing", locale=locales["en"])],
    )
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, city=lisbon, date=datetime.date(2026, 3, 1))
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, city=lisbon, start_date=datetime.date(2026, 5, 2))
    library = PublicationIndexPageFactory(parent=home_page)
    PublicationPageFactory(parent=library)
    manual = ManualPageFactory(parent=library)
    ManualChapterPageFactory(parent=manual, title="Chapter one", slug="one")
    declarations = DeclarationIndexPageFactory(parent=home_page)
    declaration = DeclarationPageFactory(parent=declarations)
    DeclarationEndorsementFactory(page=declaration, city=lisbon)
    home_page.add_child(instance=ToolIndexPage(title="Tools", slug="tools"))
    return lisbon


def page_types():
    return {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract
    }


def test_the_fixture_covers_every_page_type(one_page_of_each_type):
    made = {type(page) for page in Page.objects.filter(depth__gt=1).specific()}
    assert made == page_types()


def test_every_page_of_every_type_opens_through_the_detail_endpoint(client, one_page_of_each_type):
    listed = client.get("/api/v2/pages/", {"limit": 100}).json()["items"]
    assert {item["meta"]["type"] for item in listed} == {
        model._meta.label for model in page_types()
    }

    for item in listed:
        with captured_queries() as queries:
            response = client.get(f"/api/v2/pages/{item['id']}/")
        assert response.status_code == 200, (item["meta"]["type"], response.content[:500])
        assert len(queries) <= DETAIL_BUDGET, (item["meta"]["type"], len(queries))


def detail(client, label, **headers):
    listed = client.get("/api/v2/pages/", {"type": label}, **headers).json()["items"]
    return client.get(f"/api/v2/pages/{listed[0]['id']}/", **headers).json()


def test_a_practice_shows_its_city_and_topics(client, one_page_of_each_type):
    practice = detail(client, "practices.PracticePage")

    assert practice["city"]["slug"] == "lisbon"
    assert practice["topics"] == [{"slug": "housing", "name": "Housing"}]


@pytest.mark.parametrize(
    "label, fields",
    [
        ("cities.CityPage", ["country", "year_joined", "statement", "website"]),
        ("news.NewsPage", ["date", "intro", "city", "body"]),
        ("news.EventPage", ["start_date", "end_date", "place", "city", "summary", "body"]),
        ("publications.PublicationPage", ["publication_type", "year", "languages", "documents"]),
        ("publications.ManualPage", ["intro", "chapters"]),
        ("publications.ManualChapterPage", ["summary", "body"]),
        ("publications.DeclarationPage", ["date_adopted", "place", "body", "endorsements"]),
        ("home.HomePage", ["intro", "features"]),
        ("cities.CityIndexPage", ["intro"]),
    ],
)
def test_each_page_type_exposes_its_own_fields(client, one_page_of_each_type, label, fields):
    page = detail(client, label)

    assert set(fields) <= set(page), sorted(page)


def test_dates_cities_and_chapters_have_their_values(client, one_page_of_each_type):
    assert detail(client, "news.NewsPage")["date"] == "2026-03-01"
    assert detail(client, "news.EventPage")["city"]["title"] == "Lisbon"
    chapters = detail(client, "publications.ManualPage")["chapters"]
    assert [chapter["title"] for chapter in chapters] == ["Chapter one"]
    endorsements = detail(client, "publications.DeclarationPage")["endorsements"]
    assert endorsements[0]["city"]["slug"] == "lisbon"


@pytest.mark.parametrize("label", ["cities.CityPage", "news.NewsPage"])
def test_a_pages_picture_comes_with_its_alt_text(client, one_page_of_each_type, label):
    """The alt text belongs to the page (translated with it): a site reusing the picture
    through the API needs it beside the image."""
    page = apps.get_model(label).objects.get()
    page.image = ImageFactory()
    page.image_alt_text = "Trams on the hill at dusk"
    page.save()

    shown = detail(client, label)

    assert shown["image"]["id"] == page.image_id
    assert shown["image_alt_text"] == "Trams on the hill at dusk"


def test_urls_use_the_host_that_served_the_request(client, one_page_of_each_type, settings):
    settings.ALLOWED_HOSTS = ["icc.example.org"]
    headers = {"HTTP_HOST": "icc.example.org"}

    page = detail(client, "cities.CityPage", **headers)

    assert page["meta"]["detail_url"].startswith("http://icc.example.org/api/v2/pages/")
    assert page["meta"]["html_url"] == "http://icc.example.org/en/cities/lisbon/"
    assert "127.0.0.1" not in str(page) and "localhost" not in str(page)


def test_a_configured_base_url_wins(client, one_page_of_each_type, settings):
    settings.WAGTAILAPI_BASE_URL = "https://open-data.example.org/anything"

    page = detail(client, "cities.CityPage")

    assert page["meta"]["detail_url"].startswith("https://open-data.example.org/api/v2/pages/")
    assert page["meta"]["html_url"].startswith("https://open-data.example.org/en/")


LISTED_TYPES = [
    "news.NewsPage",
    "news.EventPage",
    "practices.PracticePage",
    "publications.DeclarationPage",
    "cities.CityPage",
]


def listing_queries(client, label):
    with captured_queries() as queries:
        response = client.get("/api/v2/pages/", {"type": label, "fields": "*"})
    assert response.status_code == 200, response.content[:500]
    return len(queries)


def test_a_listing_of_one_type_with_every_field_costs_the_same_for_more_pages(
    client, one_page_of_each_type, locales
):
    from news.models import EventIndexPage, NewsIndexPage
    from practices.models import PracticeIndexPage
    from publications.models import DeclarationIndexPage

    lisbon = one_page_of_each_type
    few = {label: listing_queries(client, label) for label in LISTED_TYPES}
    topic = TopicFactory(name="Education", locale=locales["en"])
    for number in range(4):
        NewsPageFactory(parent=NewsIndexPage.objects.get(), city=lisbon)
        EventPageFactory(parent=EventIndexPage.objects.get(), city=lisbon)
        PracticePageFactory(
            parent=PracticeIndexPage.objects.get(), city=lisbon, title=f"P{number}", topics=[topic]
        )
        declaration = DeclarationPageFactory(parent=DeclarationIndexPage.objects.get())
        DeclarationEndorsementFactory(page=declaration, city=lisbon)
        CityPageFactory(parent=lisbon.get_parent(), title=f"City {number}", country="Spain")

    many = {label: listing_queries(client, label) for label in LISTED_TYPES}

    assert all(many[label] <= few[label] for label in LISTED_TYPES), (few, many)
