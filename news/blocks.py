"""The body of news items and events: headings, paragraphs, images and quotes.

Only StreamBlock and StructBlock: wagtail-localize cannot reliably translate ListBlock items.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    """An illustration with an optional caption and credit."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(label=_("credit"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation, with who said it."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote.html"


class StoryBodyBlock(blocks.StreamBlock):
    """The body of a news item or an event page."""

    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="news/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link"],
        template="news/blocks/paragraph.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
