"""Known data for the practices tests: an index page, three cities, four topics."""

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory
from practices.factories import PracticeIndexPageFactory, PracticePageFactory, TopicFactory


@pytest.fixture
def practice_index(home_page):
    return PracticeIndexPageFactory(parent=home_page)


@pytest.fixture
def cities(home_page):
    index = CityIndexPageFactory(parent=home_page)
    return {
        "lisbon": CityPageFactory(parent=index, title="Lisbon", slug="lisbon", country="Portugal"),
        "cascais": CityPageFactory(
            parent=index, title="Cascais", slug="cascais", country="Portugal"
        ),
        "oslo": CityPageFactory(parent=index, title="Oslo", slug="oslo", country="Norway"),
    }


@pytest.fixture
def topics(locales):
    return {
        slug: TopicFactory(name=name, slug=slug)
        for slug, name in [
            ("housing", "Housing"),
            ("education", "Education"),
            ("anti-rumours", "Anti-rumours"),
            ("participation", "Participation"),
        ]
    }


@pytest.fixture
def make_practice(practice_index, cities):
    """Create a live practice under the English list page (in Lisbon unless told)."""

    def make(**kwargs):
        kwargs.setdefault("parent", practice_index)
        kwargs.setdefault("city", cities["lisbon"])
        return PracticePageFactory(**kwargs)

    return make


@pytest.fixture
def known_practices(make_practice, cities, topics):
    """Five practices whose facet counts the tests know by heart.

    | practice            | city    | country  | years       | topics                  |
    |---------------------|---------|----------|-------------|-------------------------|
    | Marvila housing     | lisbon  | Portugal | 2016–2019   | housing, participation  |
    | Lisbon schools      | lisbon  | Portugal | 2012–2014   | education               |
    | Cascais rumours     | cascais | Portugal | 2017–ongoing| anti-rumours, education |
    | Oslo rights         | oslo    | Norway   | 2017–2017   | participation           |
    | Oslo rumours        | oslo    | Norway   | 2010–2018   | anti-rumours            |
    """
    t = topics
    return {
        "marvila": make_practice(
            title="Marvila housing",
            city=cities["lisbon"],
            start_year=2016,
            end_year=2019,
            topics=[t["housing"], t["participation"]],
        ),
        "schools": make_practice(
            title="Lisbon schools",
            city=cities["lisbon"],
            start_year=2012,
            end_year=2014,
            topics=[t["education"]],
        ),
        "cascais": make_practice(
            title="Cascais rumours",
            city=cities["cascais"],
            start_year=2017,
            end_year=None,
            topics=[t["anti-rumours"], t["education"]],
        ),
        "rights": make_practice(
            title="Oslo rights",
            city=cities["oslo"],
            start_year=2017,
            end_year=2017,
            topics=[t["participation"]],
        ),
        "oslo-rumours": make_practice(
            title="Oslo rumours",
            city=cities["oslo"],
            start_year=2010,
            end_year=2018,
            topics=[t["anti-rumours"]],
        ),
    }


@pytest.fixture
def french_practices(known_practices, cities, topics, practice_index, french_home, locales):
    """The list page, Lisbon, "Marvila housing" and the housing topic translated into French."""
    from icc_site.localize import publish_translation

    french = locales["fr"]
    publish_translation(cities["lisbon"].get_parent(), french, {"Cities": "Villes"})
    publish_translation(cities["lisbon"], french, {"Lisbon": "Lisbonne"})
    publish_translation(topics["housing"], french, {"Housing": "Logement"})
    index = publish_translation(practice_index, french, {"Good practices": "Bonnes pratiques"})
    marvila = publish_translation(
        known_practices["marvila"], french, {"Marvila housing": "Logement à Marvila"}
    )
    return {"index": index, "marvila": marvila}
