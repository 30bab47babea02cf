"""The practice page model: period, country, validation."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_period_of_an_ongoing_practice_says_since(make_practice):
    practice = make_practice(start_year=2017, end_year=None)
    assert practice.ongoing
    with translation.override("en"):
        assert practice.period_label == "Since 2017 (ongoing)"


def test_period_label_is_translated(make_practice):
    practice = make_practice(start_year=2017, end_year=None)
    with translation.override("fr"):
        assert practice.period_label == "Depuis 2017 (en cours)"


def test_period_of_a_finished_practice_shows_both_years(make_practice):
    assert make_practice(start_year=2014, end_year=2017).period_label == "2014–2017"


def test_period_within_one_year_shows_that_year(make_practice):
    assert make_practice(start_year=2017, end_year=2017).period_label == "2017"


def test_country_comes_from_the_city(make_practice, cities):
    assert make_practice(city=cities["oslo"]).country == "Norway"


def test_practice_outlives_the_deletion_of_its_city(make_practice, cities):
    practice = make_practice(city=cities["oslo"])
    cities["oslo"].delete()
    practice.refresh_from_db()
    assert (practice.city, practice.country) == (None, "")


def test_end_year_before_start_year_is_refused(make_practice):
    practice = make_practice(start_year=2018, end_year=None)
    practice.end_year = 2015
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "end_year" in error.value.message_dict


def test_practice_is_active_in_the_years_it_ran(make_practice):
    practice = make_practice(start_year=2014, end_year=2016)
    assert [practice.is_active_in(year) for year in (2013, 2014, 2016, 2017)] == [
        False,
        True,
        True,
        False,
    ]


def test_city_lists_its_practices(make_practice, cities):
    practice = make_practice(city=cities["oslo"])
    assert list(cities["oslo"].practices.all()) == [practice]


def test_translated_topic_may_repeat_the_slug_but_not_within_a_language(topics, locales):
    from django.db import IntegrityError, transaction

    from practices.models import Topic

    Topic.objects.create(
        name="Logement",
        slug="housing",
        locale=locales["fr"],
        translation_key=topics["housing"].translation_key,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name="Housing again", slug="housing", locale=locales["en"])
