"""The publications library: filters by type, year and language, paging, publication pages."""

import pytest

from publications.factories import DocumentFactory, PublicationPageFactory
from publications.filters import PublicationFilters, available_years, filter_publications
from publications.models import PublicationPage, PublicationType
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(library):
    """Four publications of known type, year and languages."""
    make = PublicationPageFactory
    return {
        "brief_fr": make(
            parent=library,
            title="Refugee policies",
            publication_type=PublicationType.POLICY_BRIEF,
            year=2017,
            languages=["en", "fr"],
        ),
        "brief_en": make(
            parent=library,
            title="Migrant enterprise",
            publication_type=PublicationType.POLICY_BRIEF,
            year=2017,
            languages=["en"],
        ),
        "report_fr": make(
            parent=library,
            title="Oslo seminar report",
            publication_type=PublicationType.REPORT,
            year=2017,
            languages=["fr", "en"],
        ),
        "paper_old": make(
            parent=library,
            title="Equality agendas",
            publication_type=PublicationType.THEMATIC_PAPER,
            year=2016,
            languages=["uk"],
        ),
    }


def titles(queryset):
    return sorted(page.title for page in queryset)


def filtered(library, **query):
    return filter_publications(library.publications(), PublicationFilters.from_query(query))


def test_filter_by_type(library, shelf):
    assert titles(filtered(library, type="policy-brief")) == [
        "Migrant enterprise",
        "Refugee policies",
    ]


def test_filter_by_year(library, shelf):
    assert titles(filtered(library, year="2016")) == ["Equality agendas"]


def test_filter_by_language_finds_it_anywhere_in_the_list(library, shelf):
    assert titles(filtered(library, language="fr")) == ["Oslo seminar report", "Refugee policies"]


def test_filters_combine(library, shelf):
    assert titles(filtered(library, type="policy-brief", year="2017", language="fr")) == [
        "Refugee policies"
    ]


def test_unknown_filter_values_are_ignored(library, shelf):
    filters = PublicationFilters.from_query({"type": "poem", "year": "soon", "language": "xx"})
    assert not filters.active
    assert len(filter_publications(library.publications(), filters)) == 4


def test_available_years_are_distinct_and_newest_first(library, shelf):
    assert available_years(library.publications()) == [2017, 2016]


def test_languages_are_saved_once_each_in_site_order(library):
    page = PublicationPageFactory(parent=library, languages=["fr", "en", "fr"])
    assert PublicationPage.objects.get(pk=page.pk).languages == ["en", "fr"]


def test_library_lists_publications_newest_first(client, shelf):
    soup = soup_of(client.get("/en/publications/"))
    assert [a.text for a in soup.select(".library-results .card__title a")] == [
        "Migrant enterprise",
        "Oslo seminar report",
        "Refugee policies",
        "Equality agendas",
    ]


def test_library_shows_combined_filters_from_the_url(client, shelf):
    soup = soup_of(client.get("/en/publications/?type=report&year=2017&language=fr"))
    assert [a.text for a in soup.select(".library-results .card__title a")] == [
        "Oslo seminar report"
    ]
    assert soup.select_one(".result-count").text.strip() == "1 publication"


def test_filter_form_remembers_the_chosen_values(client, shelf):
    soup = soup_of(client.get("/en/publications/?type=report&year=2017&language=fr"))
    assert soup.select_one("#filter-type option[selected]")["value"] == "report"
    assert soup.select_one("#filter-year option[selected]")["value"] == "2017"
    assert soup.select_one("#filter-language option[selected]")["value"] == "fr"


def test_filter_form_works_without_javascript(client, shelf):
    form = soup_of(client.get("/en/publications/")).select_one("form.library-filters")
    assert form["method"] == "get"
    assert form["action"] == "/en/publications/"
    assert {field["name"] for field in form.select("select")} == {"type", "year", "language"}
    assert form.select_one('button[type="submit"]') is not None


def test_library_says_clearly_when_nothing_matches(client, shelf):
    soup = soup_of(client.get("/en/publications/?type=manual&year=2016"))
    assert soup.select(".library-results .card") == []
    empty = soup.select_one(".library-results .empty-state")
    assert "No publication matches these filters." in empty.text
    assert empty.a["href"] == "/en/publications/"


def test_pagination_keeps_the_filters(client, library):
    for number in range(12):
        PublicationPageFactory(parent=library, title=f"Brief {number:02}", languages=["fr"])
    PublicationPageFactory(parent=library, title="English only", languages=["en"])
    soup = soup_of(client.get("/en/publications/?language=fr"))
    assert len(soup.select(".library-results .card")) == 10
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?language=fr&page=2"
    second = soup_of(client.get("/en/publications/?language=fr&page=2"))
    assert [a.text for a in second.select(".library-results .card__title a")] == [
        "Brief 10",
        "Brief 11",
    ]


def test_a_page_number_out_of_range_shows_the_last_page(client, shelf):
    soup = soup_of(client.get("/en/publications/?page=99"))
    assert len(soup.select(".library-results .card")) == 4


def test_library_points_to_manuals_read_online(client, library, manual):
    soup = soup_of(client.get("/en/publications/"))
    assert soup.select_one(".library-online a")["href"] == "/en/anti-rumour/"


def test_publication_shows_its_type_year_and_languages(client, shelf):
    soup = soup_of(client.get("/en/publications/refugee-policies/"))
    assert soup.select_one(".page-header .meta").get_text(" ", strip=True) == (
        "Policy brief · 2017"
    )
    assert [tag.text for tag in soup.select(".tag-list .tag")] == ["English", "Français"]


def test_publication_offers_each_attached_document(client, library):
    english = DocumentFactory(title="Report")
    french = DocumentFactory(title="Rapport")
    PublicationPageFactory(
        parent=library,
        title="Oslo report",
        documents=[
            ("document", {"document": english, "language": "en", "label": "Full report"}),
            ("document", {"document": french, "language": "fr", "label": ""}),
        ],
    )
    soup = soup_of(client.get("/en/publications/oslo-report/"))
    links = soup.select(".attachment__link")
    assert [(a.text, a["href"], a["hreflang"]) for a in links] == [
        ("Full report", english.url, "en"),
        ("Rapport", french.url, "fr"),
    ]
