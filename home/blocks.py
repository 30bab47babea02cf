"""StreamField blocks of the home page."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


def tool_choices():
    """(slug, name) of each installed tool, for a feature that links to its landing page.

    Found by the `tool_slug` the tools framework gives its models, without importing it (the
    home page sits below the tools in the import layers).
    """
    found = {
        model.tool_slug: model.tool_name
        for model in apps.get_models()
        if getattr(model, "tool_slug", "") and getattr(model, "tool_name", "")
    }
    return sorted(found.items())


class FeatureBlock(blocks.StructBlock):
    """One thing the network offers, presented on the home page with a link to it.

    For now editors describe each tool (the Intercultural Citizenship Test, the anti-rumours
    toolkit, heritage mapping, the checklists) by hand; the tools framework will later offer a
    block that links to a live tool.
    """

    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"), max_length=300)
    link_page = blocks.PageChooserBlock(label=_("link to a page"), required=False)
    tool = blocks.ChoiceBlock(
        label=_("or link to a tool"),
        choices=tool_choices,
        required=False,
        help_text=_("Its page in the home page's language. Used when no page is chosen."),
    )
    link_url = blocks.URLBlock(
        label=_("or link to another site"),
        required=False,
        help_text=_("Used when no page is chosen."),
    )

    class Meta:
        icon = "pick"
        label = _("Feature")


class FeatureStreamBlock(blocks.StreamBlock):
    """The home page's features: a StreamBlock, which wagtail-localize translates reliably."""

    feature = FeatureBlock()

    class Meta:
        max_num = 8


class FeaturedPracticesBlock(blocks.StreamBlock):
    """Good practices chosen by editors, in the order they should appear."""

    practice = blocks.PageChooserBlock(
        label=_("Good practice"), page_type="practices.PracticePage", icon="doc-full"
    )

    class Meta:
        max_num = 6
