"""`Campaign`: an awareness campaign of the strategy, planned and then evaluated."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from antirumours.blocks import ActivityBlock, IndicatorBlock
from antirumours.choices import CHANNEL_CHOICES
from antirumours.fields import ChoiceListField
from antirumours.models.common import city_field

__all__ = ["Campaign"]


class Campaign(TranslatableMixin, models.Model):
    """A campaign: objectives, audience, key messages, channels, activities, dates, and the
    indicators measured before and after it. Translatable with wagtail-localize."""

    city = city_field("anti_rumour_campaigns")
    title = models.CharField(_("title"), max_length=160)
    objectives = models.TextField(_("objectives"), max_length=1200)
    audience = models.CharField(
        _("audience"),
        max_length=300,
        help_text=_("Who it addresses; the method aims at the ambivalent majority."),
    )
    key_messages = StreamField(
        [("message", blocks.CharBlock(label=_("message"), max_length=240))],
        blank=True,
        verbose_name=_("key messages"),
    )
    channels = ChoiceListField(_("channels"), choices_list=CHANNEL_CHOICES)
    activities = StreamField(
        [("activity", ActivityBlock())], blank=True, verbose_name=_("activities")
    )
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    indicators = StreamField(
        [("indicator", IndicatorBlock())], blank=True, verbose_name=_("indicators")
    )
    results = models.TextField(_("results"), blank=True, max_length=2000)
    is_public = models.BooleanField(_("show publicly"), default=True)

    override_translatable_fields = [
        SynchronizedField("city"),
        SynchronizedField("channels"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("is_public"),
    ]

    panels = [
        FieldPanel("city", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("objectives"),
        FieldPanel("audience"),
        FieldPanel("key_messages"),
        FieldPanel("channels"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("activities"),
        MultiFieldPanel(
            [FieldPanel("indicators"), FieldPanel("results")], heading=_("Before and after")
        ),
        FieldPanel("is_public"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("anti-rumour campaign")
        verbose_name_plural = _("anti-rumour campaigns")
        ordering = ["-start_date"]

    def __str__(self):
        return self.title

    def channel_labels(self):
        return self._meta.get_field("channels").labels(self.channels)
