"""The blocks a checklist is written with: sections (indicators) holding questions.

Lists (the points of what "yes" looks like, the reading links, the questions, the sections)
are StreamBlocks, never ListBlocks: wagtail-localize translates StreamBlock children reliably
and keeps their ids, and the ids are what answers are keyed on, in every language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

__all__ = [
    "PointsBlock",
    "QuestionBlock",
    "QuestionsBlock",
    "ReadingBlock",
    "ReadingLinkBlock",
    "SectionBlock",
    "SectionsBlock",
]


class PointsBlock(blocks.StreamBlock):
    """What a full "yes" looks like in practice, a few short points."""

    point = blocks.CharBlock(label=_("Point"), max_length=300)

    class Meta:
        label = _("What “yes” looks like")
        required = False


class ReadingLinkBlock(blocks.StructBlock):
    """One further reading: a title and where to find it."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class ReadingBlock(blocks.StreamBlock):
    link = ReadingLinkBlock()

    class Meta:
        label = _("Further reading")
        required = False


class QuestionBlock(blocks.StructBlock):
    """A question in the form "Have you considered …?", with help to answer and act on it."""

    question = blocks.CharBlock(
        label=_("Question"),
        max_length=300,
        help_text=_("Phrase it as “Have you considered …?”"),
    )
    looks_like = PointsBlock()
    guidance = blocks.TextBlock(
        label=_("Guidance"),
        required=False,
        help_text=_("How to decide between yes, partly and no."),
    )
    follow_up = blocks.TextBlock(
        label=_("Follow-up action"),
        help_text=_("Suggested to everyone whose answer is not a full yes."),
    )
    reading = ReadingBlock()

    class Meta:
        icon = "help"
        label = _("Question")


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

    class Meta:
        label = _("Questions")
        min_num = 1


class SectionBlock(blocks.StructBlock):
    """A section (an indicator), one step of the self-check."""

    theme = blocks.CharBlock(
        label=_("Theme"),
        required=False,
        max_length=120,
        help_text=_("Optional: the group the section belongs to, such as a principle."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    questions = QuestionsBlock()

    class Meta:
        icon = "list-ul"
        label = _("Section")


class SectionsBlock(blocks.StreamBlock):
    section = SectionBlock()

    class Meta:
        min_num = 1
