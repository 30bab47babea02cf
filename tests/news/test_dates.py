"""Event dates read naturally in each language."""

import datetime

from django.utils import translation

from icc_site.dates import date_range_html, format_date_range

D = datetime.date


def test_two_day_event_shares_month_and_year_in_english():
    with translation.override("en"):
        assert format_date_range(D(2017, 6, 14), D(2017, 6, 15)) == "14–15 June 2017"


def test_event_across_two_months_is_written_in_french():
    with translation.override("fr"):
        assert format_date_range(D(2017, 11, 28), D(2017, 12, 2)) == "28 novembre – 2 décembre 2017"


def test_event_across_new_year_shows_both_years():
    with translation.override("en"):
        text = format_date_range(D(2026, 12, 30), D(2027, 1, 2))
    assert text == "30 December 2026 – 2 January 2027"


def test_german_dates_put_a_full_stop_after_the_day():
    with translation.override("de"):
        assert format_date_range(D(2019, 6, 11), D(2019, 6, 12)) == "11.–12. Juni 2019"


def test_one_day_event_shows_one_date():
    with translation.override("en"):
        assert format_date_range(D(2019, 9, 25), D(2019, 9, 25)) == "25 September 2019"


def test_machines_read_both_ends_of_the_range():
    with translation.override("en"):
        html = date_range_html(D(2017, 6, 14), D(2017, 6, 15))
    assert html == (
        '<time datetime="2017-06-14">14</time>–<time datetime="2017-06-15">15 June 2017</time>'
    )
