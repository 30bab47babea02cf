"""Topics: the tags of the good-practice database, with names translated like any snippet."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Topic(TranslatableMixin, TagBase):
    """A topic of the good-practice database (anti-rumours, housing, participation...).

    Practices are always tagged with the default-language topic; its translations only carry
    the name shown to readers of other languages. The slug is the same in every language, so
    a filter URL such as `?topic=housing` means the same topic on every language's list.
    """

    # TagBase makes name and slug unique across the table; a translation repeats the slug
    # (and often the name), so both are unique per language instead.
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    # Editors pick from the curated list (managed under Snippets) rather than inventing
    # near-duplicates such as "Anti rumours" and "anti-rumour".
    free_tagging = False

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]


class DefaultLanguageTopicsManager(_ClusterTaggableManager):
    """Resolves topic names typed in the admin to default-language topics only.

    Without this, a name shared by two languages ("Participation") could pick the French topic.
    """

    def _to_tag_model_instances(self, tags, tag_kwargs):
        return super()._to_tag_model_instances(tags, {**tag_kwargs, "locale": Locale.get_default()})


class TaggedPractice(ItemBase):
    """Links a practice page to one of its topics."""

    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_practices")
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("practice topic")
        verbose_name_plural = _("practice topics")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="unique_topic_per_practice"
            )
        ]


def topics_field():
    """The tag field of a practice page (a function so that pages.py reads as a list of fields)."""
    return ClusterTaggableManager(
        through=TaggedPractice,
        manager=DefaultLanguageTopicsManager,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Choose from the list kept under “Practice topics” in the admin menu."),
    )
