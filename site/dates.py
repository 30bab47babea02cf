"""Dates and date ranges written the way each language writes them.

Django's locale formats give the month names and the order of day, month and year; a range
also needs to know which parts the two ends share ("14–15 June 2017", not "14 June 2017 –
15 June 2017"), which Django does not provide, so the patterns per language live here.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.dateformat import format as format_date_with
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join


@dataclass(frozen=True)
class RangePatterns:
    """Django date formats for the start of a range (day only, day and month) and full dates."""

    day: str
    day_month: str
    full: str


# Day before month everywhere, as the Council of Europe writes dates in every language.
DAY_MONTH_YEAR = RangePatterns(day="j", day_month="j F", full="j F Y")
BASQUE_DAY = r"Y\k\o F\r\e\n j\a"
RANGE_PATTERNS = {
    "en": DAY_MONTH_YEAR,
    "fr": DAY_MONTH_YEAR,
    "it": DAY_MONTH_YEAR,
    "ar": DAY_MONTH_YEAR,
    "de": RangePatterns(day="j.", day_month="j. F", full="j. F Y"),
    "es": RangePatterns(day="j", day_month=r"j \d\e F", full=r"j \d\e F \d\e Y"),
    "pt": RangePatterns(day="j", day_month=r"j \d\e F", full=r"j \d\e F \d\e Y"),
    # Ukrainian names the month in the genitive after a day number ("E" in Django's formats).
    "uk": RangePatterns(day="j", day_month="j E", full="j E Y"),
    # Basque writes the year first ("2026ko abenduaren 6a"): the two ends of a range share
    # their beginning, not their end, so both are written whole.
    "eu": RangePatterns(day=BASQUE_DAY, day_month=BASQUE_DAY, full=BASQUE_DAY),
}


def _patterns():
    language = (translation.get_language() or "en").split("-")[0]
    return RANGE_PATTERNS.get(language)


def format_day(value):
    """One date in the active language, for example "14 June 2017" or "14 juin 2017"."""
    patterns = _patterns()
    if patterns is None:
        return date_format(value, "DATE_FORMAT")
    return format_date_with(value, patterns.full)


def date_range_parts(start, end=None):
    """The range as (date, text) pieces and the separator to put between them.

    One piece for a single day; two otherwise, the start shortened to what differs from the end.
    """
    if end is None or end == start:
        return [(start, format_day(start))], ""
    patterns = _patterns()
    if patterns is None:
        return [(start, format_day(start)), (end, format_day(end))], " – "
    if patterns.day == patterns.full:  # nothing shortened
        start_text, separator = format_date_with(start, patterns.full), " – "
    elif (start.year, start.month) == (end.year, end.month):
        start_text, separator = format_date_with(start, patterns.day), "–"
    elif start.year == end.year:
        start_text, separator = format_date_with(start, patterns.day_month), " – "
    else:
        start_text, separator = format_date_with(start, patterns.full), " – "
    return [(start, start_text), (end, format_date_with(end, patterns.full))], separator


def format_date_range(start, end=None):
    """The range as plain text, for example "14–15 June 2017" or "28 novembre – 2 décembre"."""
    parts, separator = date_range_parts(start, end)
    return separator.join(text for _date, text in parts)


def date_range_html(start, end=None):
    """The range as HTML, each end a `<time datetime>` element that machines can read."""
    parts, separator = date_range_parts(start, end)
    return format_html_join(
        separator,
        '<time datetime="{}">{}</time>',
        ((value.isoformat(), text) for value, text in parts),
    )


def day_html(value):
    """One date as a `<time datetime>` element."""
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), format_day(value))
