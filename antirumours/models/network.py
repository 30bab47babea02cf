"""The city's anti-rumour network: its organisations and the trainings of its agents."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from antirumours.choices import MODULE_CHOICES, ORGANISATION_KIND_CHOICES
from antirumours.fields import ChoiceListField
from antirumours.models.common import city_field

__all__ = ["NetworkOrganisation", "TrainingSession"]


class NetworkOrganisation(models.Model):
    """An organisation of the city's network and what it brings to the strategy.

    Only organisations marked public appear on the city's public screens; the others are
    listed for the coordinators alone (some partners prefer not to be named).
    """

    city = city_field("anti_rumour_organisations")
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("type"), max_length=32, choices=ORGANISATION_KIND_CHOICES)
    contribution = models.TextField(
        _("what it brings"),
        max_length=600,
        help_text=_("For example: hosts trainings, reaches young people, monitors the press."),
    )
    website = models.URLField(_("website"), blank=True)
    is_public = models.BooleanField(
        _("show publicly"),
        default=True,
        help_text=_("Untick if the organisation prefers not to be named."),
    )

    panels = [
        FieldPanel("city", widget=forms.Select),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("contribution"),
        FieldPanel("website"),
        FieldPanel("is_public"),
    ]

    class Meta:
        verbose_name = _("network organisation")
        verbose_name_plural = _("network organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TrainingSession(models.Model):
    """A training of anti-rumour agents: when, by whom, which modules, how many took part."""

    city = city_field("anti_rumour_trainings")
    title = models.CharField(_("title"), max_length=160)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=120, blank=True)
    trainers = models.CharField(_("trainers"), max_length=200)
    modules = ChoiceListField(_("modules"), choices_list=MODULE_CHOICES)
    participants_count = models.PositiveSmallIntegerField(_("participants"))
    agents_trained = models.PositiveSmallIntegerField(
        _("new anti-rumour agents"),
        default=0,
        help_text=_("Participants who completed the training and act as agents."),
    )

    panels = [
        FieldPanel("city", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("place"),
        FieldPanel("trainers"),
        FieldPanel("modules"),
        FieldPanel("participants_count"),
        FieldPanel("agents_trained"),
    ]

    class Meta:
        verbose_name = _("agents' training session")
        verbose_name_plural = _("agents' training sessions")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.title} ({self.date:%Y-%m-%d})"

    def module_labels(self):
        return self._meta.get_field("modules").labels(self.modules)
