"""Topic names in the reader's language, fetched with the tags themselves.

Practices are tagged with default-language topics. A reader of another language sees each
topic's translation (the Topic in that locale with the same translation key), or the
default-language name while it is not translated. Both are looked up by subqueries in the same
query that reads the tags, so naming topics never costs a query per practice or per topic.
"""

import unicodedata

from django.conf import settings
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from wagtail.coreutils import get_supported_content_language_variant

from practices.topics import TaggedPractice, Topic

__all__ = [
    "practice_topics",
    "reading_order",
    "sort_by_name",
    "tagged_items_named",
    "topic_names_for_keys",
    "with_topic_names",
]


def _default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def with_topic_names(tagged_items):
    """Annotate TaggedPractice rows with `topic_slug` and `topic_name`.

    `topic_slug` is the default-language topic's slug (the filter value, the same in every
    language); `topic_name` is the name in the practice's own language, or the default name.
    """
    same_topic = Topic.objects.filter(translation_key=OuterRef("tag__translation_key"))
    default = same_topic.filter(locale__language_code=_default_language())
    local = same_topic.filter(locale_id=OuterRef("content_object__locale_id"))
    return tagged_items.annotate(
        topic_slug=Coalesce(Subquery(default.values("slug")[:1]), F("tag__slug")),
        topic_name=Coalesce(
            Subquery(local.values("name")[:1]),
            Subquery(default.values("name")[:1]),
            F("tag__name"),
        ),
    )


def topic_names_for_keys(translation_keys, locale_id):
    """(slug, name) pairs for topics given by translation key, named in `locale_id`. One query."""
    default_language = _default_language()
    slugs, names = {}, {}
    topics = Topic.objects.filter(translation_key__in=set(translation_keys)).values_list(
        "translation_key", "locale_id", "locale__language_code", "slug", "name"
    )
    for key, topic_locale_id, language, slug, name in topics:
        if language == default_language:
            slugs[key] = slug
            names.setdefault(key, name)
        if topic_locale_id == locale_id:
            names[key] = name
    return sort_by_name([(slugs[key], names[key]) for key in translation_keys if key in slugs])


def practice_topics(practice):
    """A practice's topics as (slug, name) pairs in its language, sorted by name. One query.

    In a preview the tags are the unsaved ones held in memory, so they are named separately.
    """
    items = practice.tagged_items.all()
    if isinstance(items, QuerySet):
        return sort_by_name(with_topic_names(items).values_list("topic_slug", "topic_name"))
    keys = [item.tag.translation_key for item in items]
    return topic_names_for_keys(keys, practice.locale_id)


def reading_order(text):
    """Case- and accent-insensitive sort key, so "Éducation" sorts with the E's."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sort_by_name(pairs):
    """Sort (slug, name) pairs by name as a reader would, dropping duplicates."""
    return sorted(dict(pairs).items(), key=lambda pair: reading_order(pair[1]))


def tagged_items_named():
    """All tag rows with their names: the queryset the API prefetches."""
    return with_topic_names(TaggedPractice.objects.all())
