"""The question bank: translatable questions, shared by every city or owned by one city."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from citizenship_test.components import (
    COMPONENT_CHOICES,
    KIND_CHOICE,
    KIND_CHOICES,
    KIND_SCALE,
    KIND_SCENARIO,
    MAX_OPTION_POINTS,
    SCALE_CHOICES,
    component_label,
)
from citizenship_test.scoring import ScoredQuestion
from tools.permissions import ALL_CITIES_PERMISSION

__all__ = ["OptionBlock", "Question", "QuestionQuerySet"]


class OptionBlock(blocks.StructBlock):
    """One answer of a single-choice or scenario question, with the points it earns."""

    text = blocks.CharBlock(label=_("answer"), max_length=300)
    points = blocks.IntegerBlock(
        label=_("points"),
        min_value=0,
        max_value=MAX_OPTION_POINTS,
        default=0,
        help_text=_(
            "Knowledge: 4 for the correct answer, 0 for the others. Scenario: from 0 (stays "
            "out of it) to 4 (acts, with others)."
        ),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuestionQuerySet(models.QuerySet):
    def shared(self):
        """Questions of the common bank (not owned by a city)."""
        return self.filter(city__isnull=True)

    def short_version(self):
        """The default short test: shared questions marked for it, in their set order."""
        return self.shared().filter(in_short_version=True).order_by("short_version_position", "pk")

    def available_to_city(self, city):
        """What a city may put in its test: the shared bank and its own questions."""
        return self.filter(
            models.Q(city__isnull=True) | models.Q(city__translation_key=city.translation_key)
        )


class Question(TranslatableMixin, models.Model):
    """A question of the test, in one language (translations share a `translation_key`).

    The shared bank has `city` empty; a question with a `city` was written by that city and
    can only be used in its test. Options are a StreamField of `OptionBlock`s (wagtail-localize
    translates each option; a ListBlock would not translate reliably).
    """

    component = models.CharField(_("component"), max_length=20, choices=COMPONENT_CHOICES)
    kind = models.CharField(_("question type"), max_length=20, choices=KIND_CHOICES)
    prompt = models.TextField(_("question"), help_text=_("The question or statement shown."))
    options = StreamField(
        [("option", OptionBlock())],
        blank=True,
        verbose_name=_("answers"),
        help_text=_("For single-choice and scenario questions; a 1–5 scale needs none."),
    )
    reverse_scored = models.BooleanField(
        _("reverse scored"),
        default=False,
        help_text=_("For a 1–5 statement where agreeing shows less openness."),
    )
    explanation = models.TextField(
        _("explanation"), help_text=_("A few sentences shown with the results.")
    )
    idea_for_action = models.TextField(
        _("idea for action"), help_text=_("One concrete thing a resident could do.")
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("owned by city"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citizenship_questions",
        help_text=_("Leave empty for the shared bank; set it for a city's own question."),
    )
    in_short_version = models.BooleanField(
        _("in the default short test"),
        default=False,
        help_text=_("Asked by cities that have not chosen their own questions."),
    )
    short_version_position = models.PositiveSmallIntegerField(
        _("position in the short test"), default=0
    )
    code = models.SlugField(
        _("code"),
        max_length=60,
        blank=True,
        help_text=_("A short stable name for the question, such as knowledge-vote."),
    )

    objects = QuestionQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("prompt"),
        TranslatableField("options"),
        TranslatableField("explanation"),
        TranslatableField("idea_for_action"),
        SynchronizedField("component"),
        SynchronizedField("kind"),
        SynchronizedField("reverse_scored"),
        SynchronizedField("city"),
        SynchronizedField("in_short_version"),
        SynchronizedField("short_version_position"),
        SynchronizedField("code"),
    ]

    panels = [
        FieldPanel("prompt"),
        MultiFieldPanel(
            [FieldPanel("component"), FieldPanel("kind"), FieldPanel("reverse_scored")],
            heading=_("Type"),
        ),
        FieldPanel("options"),
        FieldPanel("explanation"),
        FieldPanel("idea_for_action"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                # The default short test is every city's: editors only (a coordinator's form
                # has no such field, so nothing they post can change it).
                FieldPanel("in_short_version", permission=ALL_CITIES_PERMISSION),
                FieldPanel("short_version_position", permission=ALL_CITIES_PERMISSION),
                FieldPanel("code"),
            ],
            heading=_("Use"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("citizenship test question")
        verbose_name_plural = _("citizenship test questions")
        ordering = ["component", "short_version_position", "pk"]

    def __str__(self):
        return f"[{component_label(self.component)}] {self.prompt[:80]}"

    def clean(self):
        """Single-choice and scenario questions need options; a knowledge question a right one."""
        super().clean()
        points = self.option_points()
        if self.kind in (KIND_CHOICE, KIND_SCENARIO) and len(points) < 2:
            raise ValidationError({"options": _("Give at least two answers to choose from.")})
        if self.kind == KIND_CHOICE and MAX_OPTION_POINTS not in points:
            message = _("Mark the correct answer with %(points)s points.") % {
                "points": MAX_OPTION_POINTS
            }
            raise ValidationError({"options": message})

    def option_texts(self):
        """The texts of the options, in order."""
        return [block.value["text"] for block in self.options if block.block_type == "option"]

    def option_points(self):
        """The points of the options, in order."""
        return tuple(
            int(block.value["points"] or 0)
            for block in self.options
            if block.block_type == "option"
        )

    def answer_choices(self):
        """(value, label) pairs for the form: option positions, or the 1–5 scale."""
        if self.kind == KIND_SCALE:
            return list(SCALE_CHOICES)
        return [(str(position), text) for position, text in enumerate(self.option_texts())]

    def counted_choices(self):
        """(key, label) pairs of the answers as the per-question counters store them: each
        option's stable id (it keeps it when the options are reordered, and in every language),
        or the 1–5 scale's value."""
        if self.kind == KIND_SCALE:
            return list(SCALE_CHOICES)
        return [
            (block.id, block.value["text"])
            for block in self.options
            if block.block_type == "option"
        ]

    def counted_answer(self, value):
        """The counters' key of the answer `value` sent by the form (see `counted_choices`),
        or None when it is not one of the answers."""
        keys = [key for key, _label in self.counted_choices()]
        if self.kind == KIND_SCALE:
            return value if value in keys else None
        try:
            position = int(value)
        except (TypeError, ValueError):
            return None
        return keys[position] if 0 <= position < len(keys) else None

    def correct_answers(self):
        """Texts of the options with all the points (the right answer of a knowledge question)."""
        return [
            text
            for text, points in zip(self.option_texts(), self.option_points(), strict=True)
            if points == MAX_OPTION_POINTS
        ]

    def scoring(self, key):
        """This question as scoring sees it, answered under `key`."""
        return ScoredQuestion(
            key=key,
            component=self.component,
            kind=self.kind,
            option_points=self.option_points(),
            reverse_scored=self.reverse_scored and self.kind == KIND_SCALE,
        )
