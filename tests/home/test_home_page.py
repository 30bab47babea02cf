"""The home page: the network in a paragraph, its tools, news, events and good practices."""

import datetime

import pytest

from home.factories import feature
from tests.helpers import captured_queries, soup_of

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def home_soup(client, url="/en/"):
    return soup_of(client.get(url))


def section_titles(soup, section_id):
    section = soup.find(attrs={"aria-labelledby": section_id})
    if section is None:
        return None
    return [heading.get_text(strip=True) for heading in section.select("h3")]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


FEATURES = [
    feature("Intercultural Citizenship Test", "Test yourself."),
    feature("Anti-rumours toolkit", "Dismantle prejudice."),
]


def test_visitor_reads_the_network_in_a_paragraph(client, home_page):
    home_page.intro = "<p>Cities that see diversity as an advantage.</p>"
    publish(home_page)

    soup = home_soup(client)

    assert "diversity as an advantage" in soup.select_one(".home-hero__intro").get_text()


def test_visitor_sees_the_tools_editors_describe(client, home_page):
    home_page.features = FEATURES
    publish(home_page)

    soup = home_soup(client)

    assert section_titles(soup, "home-tools-title") == [
        "Intercultural Citizenship Test",
        "Anti-rumours toolkit",
    ]


def test_tool_link_leads_to_the_page_in_the_visitor_language(
    client, home_page, french_home, locales
):
    from cities.factories import CityIndexPageFactory
    from icc_site.localize import publish_translation

    index = CityIndexPageFactory(parent=home_page)
    publish_translation(index, locales["fr"], {"Cities": "Villes"})
    home_page.features = [
        feature("Member cities", "Who they are.", link_page=index),
        ("feature", {"title": "Elsewhere", "text": "A site.", "link_url": "https://example.org"}),
    ]
    publish(home_page)
    french = publish_translation(home_page, locales["fr"], {"Member cities": "Villes membres"})

    english_links = [a["href"] for a in home_soup(client).select(".feature a")]
    french_links = [a["href"] for a in home_soup(client, french.url).select(".feature a")]

    assert english_links == ["/en/cities/", "https://example.org"]
    assert french_links == ["/fr/cities/", "https://example.org"]


def test_a_tool_card_leads_to_that_tools_landing_page_in_the_pages_language(
    client, home_page, locales
):
    from icc_site.localize import publish_translation

    home_page.features = [
        feature("Intercultural Citizenship Test", "Test yourself.", tool="citizenship-test"),
        feature("Heritage mapping", "Map it.", tool="heritage-map"),
    ]
    publish(home_page)
    french = publish_translation(home_page, locales["fr"], {"Heritage mapping": "Patrimoine"})

    english_links = [a["href"] for a in home_soup(client).select(".feature a")]
    french_links = [a["href"] for a in home_soup(client, french.url).select(".feature a")]

    assert english_links == ["/en/tools/citizenship-test/", "/en/tools/heritage-map/"]
    assert french_links == ["/fr/tools/citizenship-test/", "/fr/tools/heritage-map/"]
    assert client.get(french_links[1]).status_code == 200


def test_each_demo_tool_card_names_a_tool_an_editor_can_choose():
    from home.blocks import tool_choices
    from home.demo import FEATURES

    choosable = {slug for slug, _name in tool_choices()}
    linked = [tool for _title, _text, tool in FEATURES]
    assert len(set(linked)) == len(linked)
    assert set(linked) <= choosable


def test_empty_home_page_shows_no_empty_sections(client, home_page):
    soup = home_soup(client)

    assert soup.h1
    assert not soup.select("section.section")


def test_home_page_in_arabic_reads_right_to_left(client, home_page, arabic_home):
    soup = home_soup(client, "/ar/")

    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    assert soup.h1.get_text(strip=True) == "المدن المتداخلة الثقافات"


class TestWithNewsAndPractices:
    """The sections fed by the news and practices apps."""

    @pytest.fixture(autouse=True)
    def factories(self):
        self.news = pytest.importorskip("news.factories")
        self.practices = pytest.importorskip("practices.factories")

    @pytest.fixture
    def news_index(self, home_page):
        return self.news.NewsIndexPageFactory(parent=home_page)

    @pytest.fixture
    def event_index(self, home_page):
        return self.news.EventIndexPageFactory(parent=home_page)

    @pytest.fixture
    def practice_index(self, home_page):
        return self.practices.PracticeIndexPageFactory(parent=home_page)

    @pytest.fixture(autouse=True)
    def city(self, home_page):
        from cities.factories import CityIndexPageFactory, CityPageFactory

        index = CityIndexPageFactory(parent=home_page)
        self.city = CityPageFactory(parent=index, title="Lisbon", slug="lisbon")
        return self.city

    def add_news(self, index, count, prefix="News"):
        return [
            self.news.NewsPageFactory(
                parent=index,
                title=f"{prefix} {number}",
                date=TODAY - datetime.timedelta(days=number),
            )
            for number in range(count)
        ]

    def add_events(self, index, count, prefix="Event", first_in=1):
        events = []
        for number in range(count):
            start = TODAY + datetime.timedelta(days=first_in + number)
            events.append(
                self.news.EventPageFactory(
                    parent=index, title=f"{prefix} {number}", start_date=start, end_date=start
                )
            )
        return events

    def add_practices(self, index, count, prefix="Practice"):
        return [
            self.practices.PracticePageFactory(
                parent=index, title=f"{prefix} {number}", city=self.city
            )
            for number in range(count)
        ]

    def test_visitor_sees_the_three_latest_news(self, client, news_index):
        self.add_news(news_index, 5)

        soup = home_soup(client)

        assert section_titles(soup, "home-news-title") == ["News 0", "News 1", "News 2"]

    def test_visitor_sees_the_next_three_events_and_not_past_ones(self, client, event_index):
        self.add_events(event_index, 1, prefix="Past", first_in=-5)
        self.add_events(event_index, 4)

        soup = home_soup(client)

        assert section_titles(soup, "home-events-title") == ["Event 0", "Event 1", "Event 2"]

    def test_without_a_choice_the_latest_practices_are_featured(self, client, practice_index):
        self.add_practices(practice_index, 4)

        soup = home_soup(client)

        assert section_titles(soup, "home-practices-title") == [
            "Practice 3",
            "Practice 2",
            "Practice 1",
        ]

    def test_editors_choose_the_featured_practices_and_their_order(
        self, client, home_page, practice_index
    ):
        first, second, third = self.add_practices(practice_index, 3)
        home_page.featured_practices = [("practice", third), ("practice", first)]
        publish(home_page)

        soup = home_soup(client)

        assert section_titles(soup, "home-practices-title") == ["Practice 2", "Practice 0"]

    def test_unpublished_featured_practice_is_left_out(self, client, home_page, practice_index):
        first, second = self.add_practices(practice_index, 2)
        home_page.featured_practices = [("practice", first), ("practice", second)]
        publish(home_page)
        second.unpublish()

        assert section_titles(home_soup(client), "home-practices-title") == ["Practice 0"]

    def test_french_home_features_the_french_translations_in_the_chosen_order(
        self, client, home_page, french_home, practice_index, locales
    ):
        from icc_site.localize import publish_translation

        first, second, untranslated = self.add_practices(practice_index, 3)
        publish_translation(practice_index, locales["fr"], {"Good practices": "Bonnes pratiques"})
        publish_translation(second, locales["fr"], {"Practice 1": "Pratique 1"})
        publish_translation(first, locales["fr"], {"Practice 0": "Pratique 0"})
        home_page.featured_practices = [
            ("practice", second),
            ("practice", untranslated),
            ("practice", first),
        ]
        publish(home_page)
        french = publish_translation(home_page, locales["fr"], {})

        soup = home_soup(client, french.url)

        # The untranslated choice is left out rather than shown in English.
        assert section_titles(soup, "home-practices-title") == ["Pratique 1", "Pratique 0"]

    def test_news_of_another_language_is_not_shown(
        self, client, home_page, french_home, news_index, locales
    ):
        self.add_news(news_index, 2)

        soup = home_soup(client, "/fr/")

        assert section_titles(soup, "home-news-title") is None

    def add_declarations(self, home_page, count, prefix="Declaration", cities=()):
        from publications.factories import (
            DeclarationEndorsementFactory,
            DeclarationIndexPageFactory,
            DeclarationPageFactory,
        )
        from publications.models import DeclarationIndexPage

        index = DeclarationIndexPage.objects.child_of(home_page).first()
        index = index or DeclarationIndexPageFactory(parent=home_page)
        declarations = []
        for number in range(count):
            declaration = DeclarationPageFactory(
                parent=index,
                title=f"{prefix} {number}",
                date_adopted=datetime.date(2017, 1, 1) + datetime.timedelta(days=number),
            )
            for day, city in enumerate(cities, start=1):
                DeclarationEndorsementFactory(
                    page=declaration,
                    city=city,
                    date=declaration.date_adopted + datetime.timedelta(days=day),
                )
            declarations.append(declaration)
        return declarations

    def test_visitor_sees_the_latest_declarations_and_who_endorsed_them(self, client, home_page):
        from cities.factories import CityPageFactory

        oslo = CityPageFactory(parent=self.city.get_parent(), title="Oslo", slug="oslo")
        self.add_declarations(home_page, 1, prefix="Old")
        self.add_declarations(home_page, 1, prefix="Lisbon Declaration", cities=[self.city, oslo])
        self.add_declarations(home_page, 1, prefix="Unpublished")[0].unpublish()

        soup = home_soup(client)

        assert section_titles(soup, "home-declarations-title") == ["Lisbon Declaration 0", "Old 0"]
        section = soup.find(attrs={"aria-labelledby": "home-declarations-title"})
        assert "endorsed by 2 cities" in section.get_text(" ", strip=True)
        endorsements = soup.find(attrs={"aria-labelledby": "home-endorsements-title"})
        assert [link.get_text(strip=True) for link in endorsements.select("a")] == [
            "Oslo endorsed Lisbon Declaration 0",
            "Lisbon endorsed Lisbon Declaration 0",
        ]
        assert "Unpublished" not in soup.get_text()

    def test_french_home_names_the_endorsing_city_in_french(
        self, client, home_page, french_home, locales
    ):
        from icc_site.localize import publish_translation

        (declaration,) = self.add_declarations(home_page, 1, prefix="Lisbon", cities=[self.city])
        publish_translation(declaration.get_parent(), locales["fr"], {})
        publish_translation(declaration, locales["fr"], {"Lisbon 0": "Lisbonne 0"})
        publish_translation(self.city.get_parent(), locales["fr"], {})
        publish_translation(self.city, locales["fr"], {"Lisbon": "Lisbonne"})

        soup = home_soup(client, "/fr/")

        endorsements = soup.find(attrs={"aria-labelledby": "home-endorsements-title"})
        assert "Lisbonne" in endorsements.get_text()
        assert "Lisbon " not in endorsements.get_text()

    def fill(self, home_page, news_index, event_index, practice_index, count, prefix):
        self.add_news(news_index, count, prefix=f"{prefix} news")
        self.add_events(event_index, count, prefix=f"{prefix} event")
        practices = self.add_practices(practice_index, count, prefix=f"{prefix} practice")
        self.add_declarations(home_page, count, prefix=f"{prefix} declaration", cities=[self.city])
        home_page.features = FEATURES + [
            feature("Practices", "See them.", link_page=practice_index)
        ]
        home_page.featured_practices = [("practice", page) for page in practices[:3]]
        publish(home_page)

    def queries_for_home(self, client):
        client.get("/en/")  # warm the site-root cache, as on a running site
        with captured_queries() as captured:
            soup = home_soup(client)
        # Three news, events and practices, two declarations, then three endorsements at
        # first and four (as many as shown) once there are more.
        assert len(soup.select(".card")) >= 14
        return len(captured)

    def test_full_home_page_costs_at_most_15_queries_for_3_or_15_items_each(
        self, client, home_page, news_index, event_index, practice_index
    ):
        self.fill(home_page, news_index, event_index, practice_index, 3, "First")
        with_three = self.queries_for_home(client)
        self.fill(home_page, news_index, event_index, practice_index, 12, "More")
        with_fifteen = self.queries_for_home(client)

        assert with_three <= 15
        assert with_fifteen == with_three
