"""Template tags for dates of news and events, written in the language being shown."""

from django import template

from icc_site.dates import date_range_html, day_html

register = template.Library()


@register.simple_tag
def news_date(value):
    """`{% news_date page.date %}`: one date as a `<time datetime>` element."""
    if not value:
        return ""
    return day_html(value)


@register.simple_tag
def event_dates(event):
    """`{% event_dates event %}`: the event's dates, each end a `<time datetime>` element."""
    return date_range_html(event.start_date, event.end_date)
