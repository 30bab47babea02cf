"""Each section of the site opens with its own small drawing in the brand's colours: hidden
from screen readers (it says nothing the heading does not), and light."""

import re

import pytest

from news.factories import EventIndexPageFactory, NewsIndexPageFactory
from practices.factories import PracticeIndexPageFactory
from publications.factories import DeclarationIndexPageFactory, PublicationIndexPageFactory
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

BRAND_COLOURS = {"#0b4a8b", "#063260", "#c2410c", "#f59e0b", "#f4f6f9"}


@pytest.fixture
def sections(home_page, city_index):
    return {
        "cities": city_index.url,
        "practices": PracticeIndexPageFactory(parent=home_page, slug="practices").url,
        "news": NewsIndexPageFactory(parent=home_page, slug="news").url,
        "events": EventIndexPageFactory(parent=home_page, slug="events").url,
        "publications": PublicationIndexPageFactory(parent=home_page, slug="library").url,
        "declarations": DeclarationIndexPageFactory(parent=home_page, slug="declarations").url,
        "tool landing": "/en/tools/citizenship-test/",
    }


def test_every_section_shows_its_own_decorative_drawing(client, sections):
    drawings = {}
    for section, url in sections.items():
        response = client.get(url)
        assert response.status_code == 200, section
        svgs = soup_of(response, status=None).select("svg.section-illustration")
        assert len(svgs) == 1, section
        svg = svgs[0]
        assert svg["aria-hidden"] == "true" and svg["focusable"] == "false"
        assert not svg.find("text") and not svg.find("title")  # nothing to read out
        markup = str(svg)
        assert len(markup.encode()) < 1200, section
        assert set(re.findall(r"#[0-9a-f]{6}", markup)) <= BRAND_COLOURS, section
        drawings[section] = markup
    # Practices, news, events, publications, cities and tools each have a drawing of their own.
    assert len({drawings[name] for name in drawings if name != "declarations"}) == 6
