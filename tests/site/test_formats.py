"""Dates follow the language shown, with one format per language across the site."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format, number_format

DAY = datetime.date(2017, 11, 29)


def test_english_dates_are_written_the_european_way():
    with translation.override("en"):
        assert date_format(DAY, "DATE_FORMAT") == "29 November 2017"
        assert date_format(DAY, "SHORT_DATE_FORMAT") == "29 November 2017"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "29 novembre 2017"),
        ("de", "29. November 2017"),
        ("pt", "29 de novembro de 2017"),  # lower case since the 1990 agreement
        ("el", "29 Νοεμβρίου 2017"),
        ("ar", "29 نوفمبر 2017"),
        ("eu", "2017ko azaroaren 29a"),  # the year's, the month's (genitive), the day
    ],
)
def test_other_languages_write_dates_their_own_way(code, expected):
    with translation.override(code):
        assert date_format(DAY, "DATE_FORMAT") == expected


def test_arabic_date_and_time_use_no_english_comma_and_a_24_hour_clock():
    moment = datetime.datetime(2017, 11, 29, 18, 5)
    with translation.override("ar"):
        assert date_format(moment, "DATETIME_FORMAT") == "29 نوفمبر 2017، 18:05"


def test_basque_long_dates_read_as_basques_write_them():
    from icc_site.dates import format_date_range, format_day

    day = datetime.date(2026, 12, 6)
    with translation.override("eu"):
        assert format_day(day) == "2026ko abenduaren 6a"
        assert date_format(datetime.datetime(2026, 12, 6, 18, 5), "DATETIME_FORMAT") == (
            "2026ko abenduaren 6a, 18:05"
        )
        assert date_format(datetime.date(2026, 1, 15), "DATE_FORMAT") == "2026ko urtarrilaren 15a"
        # The ends share their beginning (the year first): both are written whole.
        assert format_date_range(datetime.date(2026, 11, 28), day) == (
            "2026ko azaroaren 28a – 2026ko abenduaren 6a"
        )


def test_numbers_follow_the_language():
    with translation.override("fr"):
        assert number_format(2.5, 1) == "2,5"
    with translation.override("en"):
        assert number_format(2.5, 1) == "2.5"


def test_no_template_hard_codes_a_date_format():
    named = "DATE_FORMAT|DATETIME_FORMAT|YEAR_MONTH_FORMAT|Y-m-d|c['\"]"
    hard_coded = re.compile(rf"\|date:\s*['\"](?!{named})")
    found = []
    for path in settings.BASE_DIR.glob("**/templates/**/*.html"):
        if ".venv" in path.parts:
            continue
        for line in path.read_text().splitlines():
            if hard_coded.search(line) and "event-card" not in line:
                found.append(f"{path.relative_to(settings.BASE_DIR)}: {line.strip()}")
    assert found == []
