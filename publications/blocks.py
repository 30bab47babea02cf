"""StreamField blocks of manual chapters, declarations and publications.

Built from StreamBlock and StructBlock only: wagtail-localize cannot reliably translate the
items of a ListBlock, and every text here must be translatable.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


def content_language_choices():
    """The site's content languages as (code, name) pairs, for choice fields and blocks."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class QuoteBlock(blocks.StructBlock):
    """A quotation set apart from the text, with who said or wrote it."""

    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "publications/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    """An image with its text alternative and an optional caption."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("text alternative"),
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty if decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "publications/blocks/figure.html"


class ProseBlock(blocks.StreamBlock):
    """Long-form text: headings, paragraphs, quotes and images, in any order."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        icon="title",
        max_length=160,
        form_classname="title",
        template="publications/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="publications/blocks/paragraph.html",
    )
    quote = QuoteBlock()
    image = FigureBlock()

    class Meta:
        label = _("Text")


class AttachedDocumentBlock(blocks.StructBlock):
    """One downloadable file of a publication, in one language."""

    document = DocumentChooserBlock(label=_("document"))
    language = blocks.ChoiceBlock(
        label=_("language"), choices=content_language_choices, default=settings.LANGUAGE_CODE
    )
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        max_length=120,
        help_text=_("For example 'Full report' or 'Summary'. The document title is used if empty."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class AttachedDocumentsBlock(blocks.StreamBlock):
    """The files of a publication (for example one per language)."""

    document = AttachedDocumentBlock()

    class Meta:
        label = _("Documents")
