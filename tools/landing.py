"""What a tool's landing page shows (/<language>/tools/<tool>/): what the tool is for, the
cities that use it, a city to try it with, and how a city gets it."""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tools.directory import published_offers
from tools.embed_code import embed_code
from tools.registry import get_tool_type

__all__ = ["ToolLanding", "demo_offer", "landing_for", "landing_url"]


@dataclass
class ToolLanding:
    """One tool's landing page: the tool type, the cities offering it, the demo city."""

    model: type
    offers: list = field(default_factory=list)
    demo: object = None
    embed_example: str = ""
    contact_email: str = ""
    demo_contact_email: str = ""  # the demo city's coordinator, who can tell how it went

    @property
    def name(self):
        return self.model.get_tool_name()

    @property
    def description(self):
        return str(self.model.tool_description or "")


def landing_url(tool_slug, language=None):
    """The path of a tool's landing page (in the active language unless told)."""
    with translation.override(language or translation.get_language()):
        return reverse("tools:landing", kwargs={"tool_slug": tool_slug})


def demo_offer(offers, language):
    """The city a visitor tries the tool with: settings.TOOLS_DEMO_CITY (a city page slug)
    when it offers the tool, else the first city offering it in `language`, else the first."""
    wanted = getattr(settings, "TOOLS_DEMO_CITY", "")
    for offer in offers:
        if wanted and offer.city_slug == wanted:
            return offer
    in_language = [offer for offer in offers if language in offer.languages]
    return (in_language or offers or [None])[0]


def landing_for(tool_slug, language, request):
    """The `ToolLanding` of `tool_slug` in `language`, or None when no such tool is installed.

    Four queries: the cities offering each tool (three) and the demo city's customisation
    (for its embed code), whatever the number of cities.
    """
    model = get_tool_type(tool_slug)
    if model is None:
        return None
    offers = published_offers(language).get(model, [])
    demo = demo_offer(offers, language)
    example = demo_contact = ""
    if demo is not None:
        customisation = (
            model.objects.select_related("city", "locale")
            .with_shared_settings()
            .get(pk=demo.customisation_pk)
        )
        example = embed_code(customisation, request, language=demo.link_language)
        demo_contact = customisation.city.contact_email
    return ToolLanding(
        model=model,
        offers=offers,
        demo=demo,
        embed_example=example,
        # Who a city writes to for a coordinator account: the programme.
        contact_email=settings.PROGRAMME_CONTACT_EMAIL,
        demo_contact_email=demo_contact,
    )
