"""StreamField blocks of the toolkit: counter-arguments, the agents' course, campaign plans.

Only StreamBlock and StructBlock: wagtail-localize translates their items reliably, which it
does not do for ListBlock (its issues #240 and #625).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

__all__ = [
    "ActivityBlock",
    "CounterArgumentBlock",
    "EmpathyBlock",
    "FactBlock",
    "IndicatorBlock",
    "LessonBlock",
    "QuizOptionBlock",
    "QuizQuestionBlock",
    "ReflectionQuestionBlock",
    "StoryBlock",
]


class FactBlock(blocks.StructBlock):
    """Objective data that contradicts the rumour, with where it comes from and when."""

    statement = blocks.TextBlock(label=_("fact"), max_length=400)
    figure = blocks.CharBlock(
        label=_("key figure"),
        required=False,
        max_length=40,
        help_text=_("Shown large on the card, for example “0.3%” or “1 in 4”."),
    )
    source = blocks.CharBlock(label=_("source"), max_length=200)
    source_url = blocks.URLBlock(label=_("link to the source"), required=False)
    date = blocks.CharBlock(
        label=_("date of the data"),
        max_length=40,
        help_text=_("The year or period the figure describes, for example “2023”."),
    )

    class Meta:
        icon = "table"
        label = _("Fact with figures")
        template = "antirumours/blocks/fact.html"


class EmpathyBlock(blocks.StructBlock):
    """An emotional or empathetic argument: speaks to feelings, never blames."""

    text = blocks.TextBlock(label=_("argument"), max_length=600)

    class Meta:
        icon = "user"
        label = _("Empathetic argument")
        template = "antirumours/blocks/empathy.html"


class ReflectionQuestionBlock(blocks.StructBlock):
    """A question that invites the listener to think again rather than to defend a position."""

    text = blocks.CharBlock(label=_("question"), max_length=300)

    class Meta:
        icon = "help"
        label = _("Question that invites reflection")
        template = "antirumours/blocks/question.html"


class StoryBlock(blocks.StructBlock):
    """A short true-to-life story that makes the facts concrete."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("story"), max_length=1200)

    class Meta:
        icon = "openquote"
        label = _("Short story")
        template = "antirumours/blocks/story.html"


class CounterArgumentBlock(blocks.StreamBlock):
    """The counter-arguments of one rumour, in the order an agent would use them."""

    fact = FactBlock()
    empathy = EmpathyBlock()
    question = ReflectionQuestionBlock()
    story = StoryBlock()


class LessonBlock(blocks.StructBlock):
    """One lesson of the agents' self-paced course."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    body = blocks.RichTextBlock(label=_("lesson"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "doc-full"
        label = _("Lesson")


class QuizOptionBlock(blocks.StructBlock):
    """One possible answer of a quiz question."""

    text = blocks.CharBlock(label=_("answer"), max_length=200)
    correct = blocks.BooleanBlock(label=_("correct answer"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuizQuestionBlock(blocks.StructBlock):
    """A quiz question with one correct answer and an explanation shown after marking."""

    question = blocks.CharBlock(label=_("question"), max_length=300)
    options = blocks.StreamBlock(
        [("option", QuizOptionBlock())], label=_("answers"), min_num=2, max_num=6
    )
    explanation = blocks.TextBlock(label=_("explanation"), required=False, max_length=600)

    class Meta:
        icon = "help"
        label = _("Quiz question")


class ActivityBlock(blocks.StructBlock):
    """One activity of a campaign."""

    title = blocks.CharBlock(label=_("activity"), max_length=160)
    date = blocks.DateBlock(label=_("date"), required=False)
    description = blocks.TextBlock(label=_("description"), required=False, max_length=600)

    class Meta:
        icon = "date"
        label = _("Activity")


class IndicatorBlock(blocks.StructBlock):
    """An indicator of a campaign, measured before it and after it."""

    name = blocks.CharBlock(label=_("indicator"), max_length=200)
    unit = blocks.CharBlock(label=_("unit"), max_length=40, required=False)
    before = blocks.DecimalBlock(label=_("before"), required=False, decimal_places=1)
    after = blocks.DecimalBlock(label=_("after"), required=False, decimal_places=1)
    source = blocks.CharBlock(label=_("how it was measured"), max_length=200, required=False)

    class Meta:
        icon = "table"
        label = _("Indicator")
