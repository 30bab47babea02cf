"""Translating content from code through wagtail-localize, as an editor would in the admin.

The demo content and the tests use this: it creates the same `Translation` records the admin's
"Translate" action creates, so editors can keep editing, syncing and exporting PO files.
"""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def publish_translation(instance, locale, strings):
    """Translate a page or snippet into `locale` and publish the translation.

    `strings` maps each source text (a plain field value or one paragraph of rich text, as
    wagtail-localize segments it) to its translation. A string without an entry keeps the source
    text, as in the admin. The slug is a segment like any other: leave it out of `strings` to keep
    the same slug in every language. Returns the translated instance.
    """
    # update_or_create, not get_or_create: a source extracted earlier would translate the page
    # as it was then, ignoring fields edited since (like the admin's "Sync translated pages").
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source,
        target_locale=locale,
        defaults={"enabled": True},
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=True)
    translated = instance.get_translation(locale)
    # wagtail-localize publishes pages in transaction.on_commit; inside an outer transaction
    # (a test, a bulk load) that would come too late, so publish the new revision now.
    if getattr(translated, "has_unpublished_changes", False):
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
