"""`ToolBlock`: place any city's tool on any page of this site."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from tools.directory import published_offers
from tools.embed_code import DEFAULT_HEIGHT
from tools.lookup import find_for_display

__all__ = ["ToolBlock", "tool_choices"]


def tool_choices():
    """(value, label) for every published tool of every city; value is "<tool>/<city>".

    A callable, so the editor's list follows the installed tools and published customisations
    at the time the form is shown. The value names the tool and the city, not a database row,
    so it survives translation and re-publishing.
    """
    choices = []
    for model, offers in published_offers(translation.get_language()).items():
        name = model.get_tool_name()
        choices.extend(
            (f"{offer.tool_slug}/{offer.city_slug}", f"{name} – {offer.city_title}")
            for offer in offers
        )
    return choices


class ToolBlock(blocks.StructBlock):
    """A city's tool in a frame that fits its content, with a link to its full page."""

    tool = blocks.ChoiceBlock(
        choices=tool_choices,
        label=_("Tool and city"),
        help_text=_("Published tools of every city."),
    )
    heading = blocks.CharBlock(required=False, label=_("Heading"))

    class Meta:
        icon = "cogs"
        label = _("Tool")
        template = "tools/blocks/tool_block.html"

    def get_context(self, value, parent_context=None):
        """Add `customisation` (None when the tool or the city's offer has gone), the
        `tool_language` to show it in, and its `embed_url` and `page_url`."""
        context = super().get_context(value, parent_context=parent_context)
        tool_slug, _sep, city_slug = (value.get("tool") or "").partition("/")
        customisation, language = None, None
        if tool_slug and city_slug:
            customisation, language = find_for_display(
                tool_slug, city_slug, translation.get_language()
            )
        context["customisation"] = customisation
        context["tool_language"] = language
        if customisation is not None:
            context["embed_url"] = customisation.get_embed_url(language)
            context["page_url"] = customisation.get_page_url(language)
        context["frame_height"] = DEFAULT_HEIGHT
        return context
