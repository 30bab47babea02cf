"""StreamField blocks of the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FeatureBlock(blocks.StructBlock):
    """One thing the network offers, presented on the home page with a link to it.

    For now editors describe each tool (the Intercultural Citizenship Test, the anti-rumours
    toolkit, heritage mapping, the checklists) by hand; the tools framework will later offer a
    block that links to a live tool.
    """

    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"), max_length=300)
    link_page = blocks.PageChooserBlock(label=_("link to a page"), required=False)
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
