"""Declarations: the text, the endorsing cities in date order, the index with counts."""

import datetime

import pytest

from publications.factories import (
    DeclarationEndorsementFactory,
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
)
from publications.models import DeclarationPage
from tests.helpers import soup_of
from tests.publications.conftest import add_cities

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def declarations(home_page):
    return DeclarationIndexPageFactory(parent=home_page)


@pytest.fixture
def lisbon_declaration(declarations):
    return DeclarationPageFactory(
        parent=declarations,
        title="Lisbon Declaration",
        slug="lisbon-declaration",
        date_adopted=datetime.date(2017, 11, 29),
        place="Lisbon",
    )


def endorse(declaration, city, date):
    return DeclarationEndorsementFactory(page=declaration, city=city, date=date)


URL = "/en/declarations/lisbon-declaration/"


def test_declaration_shows_where_and_when_it_was_adopted(client, lisbon_declaration):
    soup = soup_of(client.get(URL))
    assert soup.select_one(".declaration__adoption").text.strip() == (
        "Adopted in Lisbon on 29 November 2017"
    )


def test_declaration_shows_its_text(client, lisbon_declaration):
    soup = soup_of(client.get(URL))
    assert "We, the mayors, commit ourselves." in soup.select_one(".declaration__text").text


def test_endorsing_cities_are_listed_in_date_order(client, lisbon_declaration, city_index):
    oslo, rijeka, lisbon = add_cities(
        city_index, [("Oslo", "Norway"), ("Rijeka", "Croatia"), ("Lisbon", "Portugal")]
    )
    endorse(lisbon_declaration, oslo, datetime.date(2018, 3, 1))
    endorse(lisbon_declaration, rijeka, datetime.date(2018, 9, 26))
    endorse(lisbon_declaration, lisbon, datetime.date(2017, 11, 29))
    soup = soup_of(client.get(URL))
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in soup.select(".endorsement-table tbody tr")
    ]
    assert rows == [
        ["Lisbon", "Portugal", "29 November 2017"],
        ["Oslo", "Norway", "1 March 2018"],
        ["Rijeka", "Croatia", "26 September 2018"],
    ]


def test_endorsement_dates_are_machine_readable(client, lisbon_declaration, city_index):
    (oslo,) = add_cities(city_index, [("Oslo", "Norway")])
    endorse(lisbon_declaration, oslo, datetime.date(2018, 3, 1))
    soup = soup_of(client.get(URL))
    assert soup.select_one(".endorsement-table time")["datetime"] == "2018-03-01"


def test_endorsing_city_links_to_its_profile(client, lisbon_declaration, city_index):
    (oslo,) = add_cities(city_index, [("Oslo", "Norway")])
    endorse(lisbon_declaration, oslo, datetime.date(2018, 3, 1))
    soup = soup_of(client.get(URL))
    assert soup.select_one(".endorsement-table tbody a")["href"] == "/en/cities/oslo/"


def test_declaration_counts_its_endorsing_cities(client, lisbon_declaration, city_index):
    for city in add_cities(city_index, [("Oslo", "Norway"), ("Bergen", "Norway")]):
        endorse(lisbon_declaration, city, datetime.date(2018, 3, 1))
    soup = soup_of(client.get(URL))
    assert soup.select_one(".declaration-endorsements .result-count").text.strip() == (
        "2 cities have endorsed it."
    )


def test_declaration_without_endorsements_says_so(client, lisbon_declaration):
    soup = soup_of(client.get(URL))
    assert soup.select_one(".declaration-endorsements .empty-state").text == (
        "No city has endorsed this declaration yet."
    )


def test_declaration_index_lists_declarations_with_their_counts(
    client, declarations, lisbon_declaration, city_index
):
    for city in add_cities(city_index, [("Oslo", "Norway"), ("Bergen", "Norway")]):
        endorse(lisbon_declaration, city, datetime.date(2018, 3, 1))
    soup = soup_of(client.get("/en/declarations/"))
    card = soup.select_one(".card")
    assert card.a["href"] == URL
    assert "endorsed by 2 cities" in card.get_text(" ", strip=True)


def test_declaration_index_shows_newest_declaration_first(client, declarations):
    DeclarationPageFactory(
        parent=declarations, title="Older", date_adopted=datetime.date(2010, 1, 1)
    )
    DeclarationPageFactory(
        parent=declarations, title="Newer", date_adopted=datetime.date(2020, 1, 1)
    )
    soup = soup_of(client.get("/en/declarations/"))
    assert [a.text for a in soup.select(".card__title a")] == ["Newer", "Older"]


def test_editor_cannot_add_the_same_city_twice(admin_client, lisbon_declaration, city_index):
    (oslo,) = add_cities(city_index, [("Oslo", "Norway")])
    form_data = {
        "title": "Lisbon Declaration",
        "slug": "lisbon-declaration",
        "date_adopted": "2017-11-29",
        "place": "Lisbon",
        "summary": "",
        "body-count": "0",
        "endorsements-TOTAL_FORMS": "2",
        "endorsements-INITIAL_FORMS": "0",
        "endorsements-MIN_NUM_FORMS": "0",
        "endorsements-MAX_NUM_FORMS": "1000",
        "endorsements-0-city": str(oslo.pk),
        "endorsements-0-date": "2018-03-01",
        "endorsements-0-ORDER": "1",
        "endorsements-1-city": str(oslo.pk),
        "endorsements-1-date": "2018-04-01",
        "endorsements-1-ORDER": "2",
    }
    response = admin_client.post(
        f"/admin/pages/{lisbon_declaration.pk}/edit/", form_data, follow=False
    )
    assert response.status_code == 200  # the form comes back with the error
    assert "This city already endorsed the declaration." in response.content.decode()
    assert not DeclarationPage.objects.get(pk=lisbon_declaration.pk).endorsements.exists()


def test_editor_adds_endorsements_through_the_page_form(
    admin_client, lisbon_declaration, city_index
):
    (oslo,) = add_cities(city_index, [("Oslo", "Norway")])
    form_data = {
        "title": "Lisbon Declaration",
        "slug": "lisbon-declaration",
        "date_adopted": "2017-11-29",
        "place": "Lisbon",
        "summary": "",
        "body-count": "0",
        "endorsements-TOTAL_FORMS": "1",
        "endorsements-INITIAL_FORMS": "0",
        "endorsements-MIN_NUM_FORMS": "0",
        "endorsements-MAX_NUM_FORMS": "1000",
        "endorsements-0-city": str(oslo.pk),
        "endorsements-0-date": "2018-03-01",
        "endorsements-0-ORDER": "1",
        "action-publish": "publish",
    }
    response = admin_client.post(f"/admin/pages/{lisbon_declaration.pk}/edit/", form_data)
    assert response.status_code == 302
    endorsement = DeclarationPage.objects.get(pk=lisbon_declaration.pk).endorsements.get()
    assert (endorsement.city_id, endorsement.date) == (oslo.pk, datetime.date(2018, 3, 1))
