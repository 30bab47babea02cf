"""`Rumour`: one rumour of a city's diagnosis and its counter-arguments (a rumour card)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail_localize.fields import SynchronizedField

from antirumours.blocks import CounterArgumentBlock
from antirumours.choices import CHANNEL_CHOICES, FOUND_THROUGH_CHOICES, PREVALENCE_CHOICES
from antirumours.fields import ChoiceListField
from antirumours.models.common import city_field
from tools.models import CityCoordinators

__all__ = ["Rumour"]


class Rumour(TranslatableMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A rumour found in the city: the claim, whom it targets, where and how it spreads, how
    widespread it is and how it was found; and the arguments that answer it.

    Published rumours are the public rumour cards (a page and a printable card each) and the
    choices of the rumour checker. Translated with wagtail-localize; the slug, city and
    diagnosis fields stay the same in every language. In a city that reviews its tool changes
    (`tools.review`), a rumour card goes through the same review as the customisations.
    """

    city = city_field("rumours")
    title = models.CharField(
        _("short name"),
        max_length=120,
        help_text=_("How the rumour is usually put, in a few words."),
    )
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    claim = models.TextField(
        _("what people say"),
        max_length=600,
        help_text=_("The rumour as residents hear it, without endorsing it."),
    )
    key_message = models.CharField(
        _("answer in one sentence"),
        max_length=240,
        help_text=_("The heart of the answer, printed on the front of the card."),
    )
    target_groups = models.CharField(_("groups it targets"), max_length=200)
    places = models.CharField(
        _("places where it spreads"),
        max_length=200,
        blank=True,
        help_text=_("Neighbourhoods, venues or situations."),
    )
    channels = ChoiceListField(_("channels"), choices_list=CHANNEL_CHOICES)
    prevalence = models.PositiveSmallIntegerField(
        _("how widespread"), choices=PREVALENCE_CHOICES, default=2
    )
    found_through = ChoiceListField(_("how it was found"), choices_list=FOUND_THROUGH_CHOICES)
    counter_arguments = StreamField(
        CounterArgumentBlock(),
        blank=True,
        verbose_name=_("counter-arguments"),
        help_text=_(
            "Facts with their sources and dates, empathetic arguments, questions that invite "
            "reflection and short stories."
        ),
    )

    override_translatable_fields = [
        SynchronizedField("city"),
        SynchronizedField("slug"),
        SynchronizedField("channels"),
        SynchronizedField("prevalence"),
        SynchronizedField("found_through"),
    ]

    panels = [
        FieldPanel("city", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("claim"),
        FieldPanel("key_message"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldPanel("places"),
                FieldPanel("channels"),
                FieldPanel("prevalence"),
                FieldPanel("found_through"),
            ],
            heading=_("Diagnosis"),
        ),
        FieldPanel("counter_arguments"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("rumour")
        verbose_name_plural = _("rumours")
        ordering = ["-prevalence", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["city", "locale", "slug"], name="antirumours_rumour_slug_per_city"
            )
        ]

    def __str__(self):
        return self.title

    # --- Review (WorkflowMixin): the workflow the city chose, if any (tools.review) ---
    @classmethod
    def get_default_workflow(cls):
        return None  # chosen per city, never per model

    def get_workflow(self):
        return CityCoordinators.review_workflow_of(self.city) if self.city_id else None

    def channel_labels(self):
        return self._meta.get_field("channels").labels(self.channels)

    def found_through_labels(self):
        return self._meta.get_field("found_through").labels(self.found_through)

    def arguments_of(self, kind):
        """The counter-arguments of one kind ("fact", "empathy", "question", "story")."""
        return [block for block in self.counter_arguments if block.block_type == kind]

    def facts(self):
        return self.arguments_of("fact")
