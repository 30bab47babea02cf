"""`Checklist`: a translatable set of sections and questions, authored in the admin."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from checklists.blocks import SectionsBlock


class Checklist(TranslatableMixin, models.Model):
    """A checklist: sections (indicators) of "Have you considered …?" questions.

    Translated with wagtail-localize like a page; a translation keeps the block ids of its
    source, so answers given in one language score against the checklist in any other.
    """

    class Kind(models.TextChoices):
        COUNCIL = "council", _("Intercultural council guidelines")
        PROJECT = "project", _("Project and practice evaluation")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    minutes = models.PositiveSmallIntegerField(
        _("minutes to fill in"),
        default=15,
        help_text=_("Shown to residents before they start the self-check."),
    )
    sections = StreamField(SectionsBlock(), verbose_name=_("sections"))

    # The kind, slug and duration are the same in every language.
    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("slug"),
        SynchronizedField("minutes"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("minutes"),
        FieldPanel("intro"),
        FieldPanel("sections"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("checklist")
        verbose_name_plural = _("checklists")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="checklists_one_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.title

    @classmethod
    def for_language(cls, language, translation_key=None, kind=None):
        """The checklist in `language` (else the default language's), in one query.

        Chosen by `translation_key` when given, else the oldest checklist of `kind`.
        Returns None when there is none.
        """
        candidates = cls.objects.filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
        if translation_key is not None:
            candidates = candidates.filter(translation_key=translation_key)
        elif kind is not None:
            candidates = candidates.filter(kind=kind)
        candidates = sorted(candidates, key=lambda checklist: checklist.pk)
        if not candidates:
            return None
        key = candidates[0].translation_key
        same = [checklist for checklist in candidates if checklist.translation_key == key]
        for checklist in same:
            if checklist.locale.language_code == language:
                return checklist
        return same[0]
