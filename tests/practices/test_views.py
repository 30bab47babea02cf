"""The list page and the practice page, as a reader uses them."""

import pytest

from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def card_titles(soup):
    return sorted(a.text.strip() for a in soup.select(".practice-card .card__title a"))


def option_counts(soup, name):
    """{value: "(count)"} for the checkboxes of one facet."""
    return {
        label.input["value"]: label.select_one(".count").text
        for label in soup.select(f"label.filter-option:has(input[name={name}])")
    }


def test_reader_sees_every_practice_with_city_period_and_topics(client, known_practices):
    soup = soup_of(client.get("/en/practices/"))
    assert len(soup.select(".practice-card")) == 5
    card = next(c for c in soup.select(".practice-card") if "Marvila" in c.text)
    assert "Lisbon, Portugal" in card.select_one(".card__meta").text
    assert "2016–2019" in card.select_one(".card__meta").text
    assert [tag.text for tag in card.select(".tag")] == ["Housing", "Participation"]


def test_filters_in_the_url_narrow_the_list(client, known_practices):
    soup = soup_of(client.get("/en/practices/?topic=education&country=Portugal&year=2013"))
    assert card_titles(soup) == ["Lisbon schools"]


def test_result_count_is_announced_to_screen_readers(client, known_practices):
    soup = soup_of(client.get("/en/practices/?topic=anti-rumours"))
    status = soup.select_one("[role=status]")
    assert status["aria-live"] == "polite"
    assert "2 practices found" in status.text


def test_each_option_shows_its_count_with_the_other_filters_applied(client, known_practices):
    soup = soup_of(client.get("/en/practices/?country=Norway"))
    assert option_counts(soup, "topic") == {"anti-rumours": "(1)", "participation": "(1)"}
    assert option_counts(soup, "country") == {"Norway": "(2)", "Portugal": "(3)"}


def test_chosen_filters_stay_ticked_and_selected(client, known_practices):
    soup = soup_of(client.get("/en/practices/?topic=housing&city=lisbon&year=2017"))
    assert soup.select_one("input[name=topic][value=housing]").has_attr("checked")
    assert soup.select_one("select[name=city] option[selected]")["value"] == "lisbon"
    assert soup.select_one("select[name=year] option[selected]")["value"] == "2017"


def test_filter_form_works_without_javascript(client, known_practices):
    soup = soup_of(client.get("/en/practices/"))
    form = soup.select_one(".practice-filters form")
    assert form["method"] == "get"
    assert form.select_one("button[type=submit]")
    for field in form.select("select, input[type=search]"):
        assert soup.select_one(f"label[for={field['id']}]"), field
    assert [legend.text for legend in form.select("fieldset legend")] == ["Topics", "Countries"]


def test_nothing_matches_says_so_and_offers_to_clear_filters(client, known_practices):
    soup = soup_of(client.get("/en/practices/?topic=housing&country=Norway"))
    empty = soup.select_one(".empty-state")
    assert "No practice matches these filters." in empty.text
    assert empty.select_one("a")["href"] == "/en/practices/"
    assert not soup.select(".practice-card")


def test_pagination_links_keep_the_filters(client, make_practice, topics):
    for number in range(14):
        make_practice(title=f"School project {number}", topics=[topics["education"]])
    soup = soup_of(client.get("/en/practices/?topic=education"))
    assert len(soup.select(".practice-card")) == 12
    assert soup.select_one(".pagination a[rel=next]")["href"] == "?topic=education&page=2"
    second = soup_of(client.get("/en/practices/?topic=education&page=2"))
    assert len(second.select(".practice-card")) == 2


def test_search_finds_words_in_the_description(client, make_practice):
    make_practice(title="Neighbourhood kitchens", process="<p>Residents cook couscous.</p>")
    make_practice(title="Library hours")
    soup = soup_of(client.get("/en/practices/?q=couscous"))
    assert card_titles(soup) == ["Neighbourhood kitchens"]


def test_search_combines_with_filters(client, known_practices):
    soup = soup_of(client.get("/en/practices/?q=rumours&country=Norway"))
    assert card_titles(soup) == ["Oslo rumours"]


def test_list_shows_only_practices_in_the_page_language(client, french_practices):
    soup = soup_of(client.get("/fr/practices/"))
    assert card_titles(soup) == ["Logement à Marvila"]


def test_french_list_names_topics_in_french(client, french_practices):
    soup = soup_of(client.get("/fr/practices/"))
    assert "Logement" in [tag.text for tag in soup.select(".practice-card .tag")]
    labels = [label.text for label in soup.select("input[name=topic] + span")]
    assert labels == ["Logement", "Participation"]


def test_french_list_filters_with_the_same_topic_slug(client, french_practices):
    soup = soup_of(client.get("/fr/practices/?topic=housing"))
    assert card_titles(soup) == ["Logement à Marvila"]


def test_french_list_shows_the_city_in_french(client, french_practices):
    soup = soup_of(client.get("/fr/practices/"))
    assert "Lisbonne" in soup.select_one(".practice-card .card__meta").text


def test_practice_page_shows_its_facts(client, known_practices):
    soup = soup_of(client.get("/en/practices/marvila-housing/"))
    facts = soup.select_one(".practice-facts").text
    assert "Lisbon" in facts and "Portugal" in facts and "2016–2019" in facts
    assert soup.select_one(".practice__body").text.count("Bring residents") == 1


def test_practice_topics_link_to_the_filtered_list(client, known_practices):
    soup = soup_of(client.get("/en/practices/marvila-housing/"))
    links = [a["href"] for a in soup.select(".practice-facts a.tag")]
    assert links == ["/en/practices/?topic=housing", "/en/practices/?topic=participation"]


def test_french_practice_page_names_topics_in_french(client, french_practices):
    soup = soup_of(client.get("/fr/practices/marvila-housing/"))
    assert [a.text for a in soup.select(".practice-facts a.tag")] == ["Logement", "Participation"]


def test_practice_page_shows_contact(client, make_practice):
    make_practice(title="Welcome desk", contact_email="welcome@example.org")
    soup = soup_of(client.get("/en/practices/welcome-desk/"))
    assert soup.select_one(".practice-contact a")["href"] == "mailto:welcome@example.org"


def test_breadcrumbs_lead_home_and_to_the_list(client, known_practices):
    soup = soup_of(client.get("/en/practices/marvila-housing/"))
    assert [a["href"] for a in soup.select(".breadcrumbs a")] == ["/en/", "/en/practices/"]


def test_unpublished_practice_is_not_listed(client, make_practice):
    draft = make_practice(title="Draft idea")
    draft.unpublish()
    soup = soup_of(client.get("/en/practices/"))
    assert "Draft idea" not in card_titles(soup)
