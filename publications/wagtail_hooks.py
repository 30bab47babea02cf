"""What publications add to other apps' pages: the declarations a city endorsed, on its profile."""

from wagtail import hooks

from cities.profile_sections import SECTIONS_HOOK, EndorsementSection
from icc_site.dates import format_day
from publications.models import DeclarationEndorsement


def _with_endorsement_date_text(declaration):
    declaration.endorsed_on_text = format_day(declaration.endorsed_on)


@hooks.register(SECTIONS_HOOK)
def city_profile_sections():
    """The declarations the city endorsed, its latest endorsement first."""
    return [
        EndorsementSection(
            "city_endorsements", DeclarationEndorsement, describe=_with_endorsement_date_text
        )
    ]
