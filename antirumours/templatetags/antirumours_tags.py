"""Template tags of the toolkit: the recognition badge for city profiles, argument filters.

On a city profile: `{% load antirumours_tags %}{% anti_rumour_badge page %}`.
"""

from django import template

from antirumours.badges import recognition_for

register = template.Library()


@register.inclusion_tag("antirumours/includes/badge.html")
def anti_rumour_badge(city):
    """The recognition badge of `city` (a CityPage), or nothing. One query."""
    return {"recognition": recognition_for(city) if city is not None else None}


@register.filter
def arguments(rumour, kind):
    """The counter-arguments of one kind: `{{ rumour|arguments:"story" }}`."""
    return rumour.arguments_of(kind)
