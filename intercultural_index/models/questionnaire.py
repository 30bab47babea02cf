"""The questionnaire as editors maintain it: editions -> areas -> indicators -> questions.

Every level is a translatable snippet (one row per language, sharing a `translation_key`);
what is not text (codes, weights, kinds, order, the link between editions) is synchronised
from the source language, so rounds and scores always work on the edition's source rows
(`Edition.source()`), and screens show the texts of the language being served.

Two editions ship (`intercultural_index/demo/`): an earlier one and the revised one that adds
the optional areas Participation and Interaction. An indicator of a later edition names the
indicator of an earlier edition that measures the same thing (`same_as`): this is the mapping
that keeps rounds answered on different editions comparable (`intercultural_index.scoring`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

__all__ = [
    "KIND_CHOICE",
    "KIND_CHOICES",
    "KIND_NUMBER",
    "KIND_YES_PARTLY_NO",
    "Area",
    "Edition",
    "Indicator",
    "OptionBlock",
    "Question",
]

KIND_YES_PARTLY_NO = "yes_partly_no"
KIND_NUMBER = "number"
KIND_CHOICE = "choice"
KIND_CHOICES = [
    (KIND_YES_PARTLY_NO, _("Yes / partly / no")),
    (KIND_NUMBER, _("Number")),
    (KIND_CHOICE, _("Multiple choice")),
]


class SourceRowsQuerySet(models.QuerySet):
    def in_source_language(self):
        """The rows of the site's default language, which rounds and scores use."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class Edition(TranslatableMixin, models.Model):
    """One version of the questionnaire. A round is answered on one edition."""

    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    year = models.PositiveSmallIntegerField(_("year"))
    open_for_new_rounds = models.BooleanField(
        _("open for new rounds"),
        default=False,
        help_text=_("New rounds are answered on the latest edition that is open."),
    )

    objects = SourceRowsQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("year"),
        SynchronizedField("open_for_new_rounds"),
    ]
    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("year")]
    panels += [FieldPanel("open_for_new_rounds")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Index edition")
        verbose_name_plural = _("Index editions")
        ordering = ["year", "pk"]

    def __str__(self):
        return self.name

    def source(self):
        """This edition's row in the site's default language (itself when it is that row)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation(default)


class Area(TranslatableMixin, models.Model):
    """A policy area of an edition (education, public space...). Optional areas are scored
    and shown apart, and never enter the overall score that is compared between cities."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="areas"
    )
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("The same in every edition for the same area, such as education."),
    )
    name = models.CharField(_("name"), max_length=120)
    optional = models.BooleanField(
        _("optional area"),
        default=False,
        help_text=_("Reported apart and left out of the overall score."),
    )
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SourceRowsQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("edition"),
        SynchronizedField("code"),
        SynchronizedField("optional"),
        SynchronizedField("weight"),
        SynchronizedField("sort_order"),
    ]
    panels = [
        FieldPanel("edition"),
        FieldPanel("name"),
        FieldPanel("code"),
        MultiFieldPanel(
            [FieldPanel("optional"), FieldPanel("weight"), FieldPanel("sort_order")],
            heading=_("Scoring"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Index area")
        verbose_name_plural = _("Index areas")
        ordering = ["edition", "sort_order", "pk"]

    def __str__(self):
        return f"{self.name} ({self.edition})"


class Indicator(TranslatableMixin, models.Model):
    """What an area measures, scored from its questions."""

    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.CASCADE, related_name="indicators"
    )
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    same_as = models.ForeignKey(
        "self",
        verbose_name=_("same indicator in an earlier edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="carried_into",
        help_text=_("Keeps rounds answered on that edition comparable on this indicator."),
    )

    objects = SourceRowsQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("area"),
        SynchronizedField("code"),
        SynchronizedField("weight"),
        SynchronizedField("sort_order"),
        SynchronizedField("same_as"),
    ]
    panels = [
        FieldPanel("area"),
        FieldPanel("name"),
        FieldPanel("code"),
        MultiFieldPanel(
            [FieldPanel("weight"), FieldPanel("sort_order"), FieldPanel("same_as")],
            heading=_("Scoring"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Index indicator")
        verbose_name_plural = _("Index indicators")
        ordering = ["area__sort_order", "sort_order", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.same_as_id and self.area_id:
            if self.same_as.area.edition_id == self.area.edition_id:
                raise ValidationError(
                    {"same_as": _("Choose an indicator of another, earlier edition.")}
                )


class OptionBlock(blocks.StructBlock):
    """One answer of a multiple-choice question and the points (0 to 100) it earns."""

    text = blocks.CharBlock(label=_("answer"), max_length=300)
    points = blocks.IntegerBlock(label=_("points"), min_value=0, max_value=100, default=0)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class Question(TranslatableMixin, models.Model):
    """A question of an indicator, with its guidance and a short example of good practice.

    Kinds: yes / partly / no (100, 50, 0 points); a number, earning full points at `target`
    and a share of them below it; multiple choice, each option earning its points (with
    `several_allowed`, the chosen options' points add up to at most 100). "Not applicable",
    when allowed, leaves the question out of its indicator's weights.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="questions"
    )
    code = models.SlugField(_("code"), max_length=60)
    prompt = models.TextField(_("question"))
    kind = models.CharField(
        _("answer type"), max_length=20, choices=KIND_CHOICES, default=KIND_YES_PARTLY_NO
    )
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    allows_not_applicable = models.BooleanField(_("may be not applicable"), default=False)
    guidance = models.TextField(_("guidance"), blank=True)
    good_practice = models.TextField(_("what good looks like"), blank=True)
    options = StreamField(
        [("option", OptionBlock())], blank=True, verbose_name=_("answers to choose from")
    )
    several_allowed = models.BooleanField(_("several answers allowed"), default=False)
    target = models.DecimalField(
        _("full points at"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)

    objects = SourceRowsQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("prompt"),
        TranslatableField("guidance"),
        TranslatableField("good_practice"),
        TranslatableField("options"),
        TranslatableField("unit"),
        SynchronizedField("indicator"),
        SynchronizedField("code"),
        SynchronizedField("kind"),
        SynchronizedField("weight"),
        SynchronizedField("sort_order"),
        SynchronizedField("allows_not_applicable"),
        SynchronizedField("several_allowed"),
        SynchronizedField("target"),
    ]
    panels = [
        FieldPanel("indicator"),
        FieldPanel("prompt"),
        FieldPanel("code"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("options"),
                FieldPanel("several_allowed"),
                FieldPanel("target"),
                FieldPanel("unit"),
                FieldPanel("allows_not_applicable"),
                FieldPanel("weight"),
                FieldPanel("sort_order"),
            ],
            heading=_("Scoring"),
        ),
        FieldPanel("guidance"),
        FieldPanel("good_practice"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Index question")
        verbose_name_plural = _("Index questions")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.prompt[:80]

    def clean(self):
        super().clean()
        if self.kind == KIND_CHOICE and len(self.option_points()) < 2:
            raise ValidationError({"options": _("Give at least two answers to choose from.")})
        if self.kind == KIND_NUMBER and not self.target:
            raise ValidationError({"target": _("Say which number earns full points.")})

    def option_texts(self):
        return [block.value["text"] for block in self.options if block.block_type == "option"]

    def option_points(self):
        options = [block for block in self.options if block.block_type == "option"]
        return tuple(int(block.value["points"] or 0) for block in options)
