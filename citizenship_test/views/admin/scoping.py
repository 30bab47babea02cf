"""Which tests and sessions a user may see in the admin, and the admin URLs' names."""

from django.conf import settings

from citizenship_test.admin_urls import URL_NAMESPACE, admin_url
from citizenship_test.models import CitizenshipTest, EventSession
from tools.scoping import visible_to

__all__ = [
    "URL_NAMESPACE",
    "admin_url",
    "one_customisation_per_city",
    "session_rows",
    "sessions_for",
    "customisations_for",
]


def customisations_for(user):
    """The citizenship tests (every language version) of the cities `user` manages."""
    return visible_to(user, CitizenshipTest.objects.select_related("city", "locale", "shared"))


def one_customisation_per_city(customisations):
    """One row per city among language versions: the site's default language's, else the
    oldest (the source a translation was made from)."""
    chosen = {}
    for customisation in sorted(customisations, key=lambda customisation: customisation.pk):
        key = customisation.city.translation_key
        current = chosen.get(key)
        if current is None or (
            customisation.locale.language_code == settings.LANGUAGE_CODE
            and current.locale.language_code != settings.LANGUAGE_CODE
        ):
            chosen[key] = customisation
    return sorted(chosen.values(), key=lambda customisation: customisation.city.title)


def session_rows():
    """Group sessions with what their screens show of their test."""
    return EventSession.objects.select_related(
        "customisation__city", "customisation__locale", "customisation__shared"
    )


def sessions_for(user):
    """Group sessions of the cities `user` manages."""
    return visible_to(user, session_rows())
