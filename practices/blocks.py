"""StreamField blocks of practice pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    """A photo of the practice with its alt text and an optional caption and credit."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250, label=_("caption"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("credit"))

    class Meta:
        icon = "image"
        label = _("image")
        template = "practices/blocks/captioned_image.html"


class PracticeImagesBlock(blocks.StreamBlock):
    """The gallery of a practice: a stream (not a ListBlock) so captions can be translated."""

    image = CaptionedImageBlock()

    class Meta:
        max_num = 12
