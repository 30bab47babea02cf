"""Filtering and facet counts, on the known practices of conftest.py (see its table)."""

import pytest
from django.http import QueryDict

from practices.filters import (
    InvalidFilter,
    PracticeFilters,
    count_facets,
    filter_facts,
    load_practices,
    practices_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(known_practices, practice_index):
    return load_practices(practices_in(practice_index))


def titles(facts):
    return sorted(fact.page.title for fact in facts)


def counts(options):
    return {option.value: option.count for option in options}


def filters(query):
    return PracticeFilters.from_query_dict(QueryDict(query))


def test_topic_filter_keeps_practices_with_that_topic(loaded):
    assert titles(filter_facts(loaded.facts, filters("topic=education"))) == [
        "Cascais rumours",
        "Lisbon schools",
    ]


def test_two_topics_list_practices_with_either(loaded):
    result = filter_facts(loaded.facts, filters("topic=housing&topic=anti-rumours"))
    assert titles(result) == ["Cascais rumours", "Marvila housing", "Oslo rumours"]


def test_topic_and_country_combine(loaded):
    result = filter_facts(loaded.facts, filters("topic=anti-rumours&country=Norway"))
    assert titles(result) == ["Oslo rumours"]


def test_year_keeps_practices_running_that_year(loaded):
    assert titles(filter_facts(loaded.facts, filters("year=2018"))) == [
        "Cascais rumours",
        "Marvila housing",
        "Oslo rumours",
    ]


def test_ongoing_practice_counts_as_active_this_year(loaded):
    assert titles(filter_facts(loaded.facts, filters("year=2024"))) == ["Cascais rumours"]


def test_city_year_and_topic_combine(loaded):
    result = filter_facts(loaded.facts, filters("city=lisbon&year=2013&topic=education"))
    assert titles(result) == ["Lisbon schools"]


def test_topic_counts_ignore_the_topic_filter_but_apply_the_others(loaded):
    facets = count_facets(loaded.facts, filters("topic=housing&country=Portugal"), {})
    assert counts(facets.topics) == {
        "housing": 1,
        "participation": 1,
        "education": 2,
        "anti-rumours": 1,
    }


def test_country_counts_apply_the_topic_filter(loaded):
    facets = count_facets(loaded.facts, filters("topic=anti-rumours"), {})
    assert counts(facets.countries) == {"Portugal": 1, "Norway": 1}


def test_city_counts_apply_the_year_filter(loaded):
    facets = count_facets(loaded.facts, filters("year=2017"), {})
    assert counts(facets.cities) == {"lisbon": 1, "cascais": 1, "oslo": 2}


def test_year_counts_apply_the_city_filter(loaded):
    facets = count_facets(loaded.facts, filters("city=oslo"), {}, this_year=2024)
    year_counts = counts(facets.years)
    assert year_counts["2017"] == 2
    assert year_counts["2010"] == 1
    assert "2019" not in year_counts


def test_selected_option_stays_listed_when_other_filters_leave_it_empty(loaded):
    facets = count_facets(loaded.facts, filters("topic=housing&city=oslo"), {})
    housing = next(option for option in facets.topics if option.value == "housing")
    assert (housing.count, housing.selected) == (0, True)


def test_topic_options_carry_the_names_given(loaded):
    facets = count_facets(loaded.facts, PracticeFilters(), {"housing": "Logement"})
    labels = {option.value: option.label for option in facets.topics}
    assert labels["housing"] == "Logement"


def test_querystring_is_stable_whatever_the_order_of_parameters():
    first = filters("topic=b&city=lisbon&topic=a&year=2017")
    second = filters("year=2017&topic=a&topic=b&city=lisbon")
    assert first.querystring() == second.querystring() == "topic=a&topic=b&city=lisbon&year=2017"


def test_year_that_is_not_a_number_is_ignored_on_the_list_page():
    assert filters("year=abc").year is None


def test_year_that_is_not_a_number_is_refused_when_strict():
    with pytest.raises(InvalidFilter):
        PracticeFilters.from_query_dict(QueryDict("year=abc"), strict=True)


def test_restricted_practice_is_not_listed(known_practices, practice_index):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=known_practices["schools"], restriction_type="password", password="secret"
    )
    listed = {page.title for page in practices_in(practice_index)}
    assert "Lisbon schools" not in listed
    assert "Marvila housing" in listed
