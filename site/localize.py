"""Translating content from code through wagtail-localize, as an editor would in the admin.

The demo content and the tests use this: it creates the same `Translation` records the admin's
"Translate" action creates, so editors can keep editing, syncing and exporting PO files.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def publish_translation(instance, locale, strings, source=None):
    """Translate a page or snippet into `locale` and publish the translation.

    `strings` maps each source text (a plain field value or one paragraph of rich text, as
    wagtail-localize segments it) to its translation. A string without an entry keeps the source
    text, as in the admin. The slug is a segment like any other: leave it out of `strings` to keep
    the same slug in every language. `source`: the instance's `TranslationSource`, when the caller
    has just refreshed it (one object translated into several languages). Returns the
    translated instance.
    """
    if source is None:
        # update_or_create, not get_or_create: a source extracted earlier would translate the
        # page as it was then, ignoring fields edited since (like the admin's "Sync translated
        # pages").
        source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source,
        target_locale=locale,
        defaults={"enabled": True},
    )
    _set_string_translations(source, locale, strings)
    # wagtail-localize publishes a page's or a draftable snippet's new revision in
    # transaction.on_commit: inside an outer transaction (a test, the demo loader) that comes too
    # late, and once the outer one commits, it publishes again a revision already published
    # here (a second "Published" in its history, and a tenth of the demo's loading time). So
    # such an object is saved as a draft revision, which this function publishes, once.
    draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not draftable)
    translated = instance.get_translation(locale)
    if draftable:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def _set_string_translations(source, locale, strings):
    """Store `strings` as the manual translations of the source's segments into `locale`.

    What `StringTranslation.objects.update_or_create` per segment would store, with one query for
    the existing translations instead of a locked read per segment, and no write for a
    translation that is already as given (the demo loader runs again on a loaded database).
    Each new or changed row is saved with `save()`, so wagtail-localize still checks it and
    updates a page's draft title.
    """
    segments = [
        segment
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        if strings.get(segment.string.data) is not None
    ]
    if not segments:
        return
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, translation_of__in={segment.string_id for segment in segments}
        )
    }
    manual = StringTranslation.TRANSLATION_TYPE_MANUAL
    for segment in segments:
        text = strings[segment.string.data]
        row = existing.get((segment.string_id, segment.context_id))
        if row is None:
            row = StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=manual,
            )
        elif row.data == text and row.translation_type == manual:
            continue
        else:
            row.data = text
            row.translation_type = manual
        row.save()
        existing[(segment.string_id, segment.context_id)] = row


# --- The tools' shared default content, translated from PO files -----------------------------
# Each app with demo tool content keeps its translations in `<app>/demo/locale/<language>.po`
# (msgid: the English text of one segment, exactly as wagtail-localize segments it; msgstr: its
# translation) next to `demo.pot`, the list of those segments (`manage.py export_demo_strings`).
# A new language is one more PO file: the demo loader translates every object into it.


def demo_catalogue_folder(app_label):
    """`<app>/demo/locale/` of an installed app (it may not exist)."""
    return Path(apps.get_app_config(app_label).path) / "demo" / "locale"


def read_catalogue(path):
    """{source text: translation} of a PO file: translated entries only, fuzzy ones left out."""
    catalogue = polib.pofile(str(path))
    return {
        entry.msgid: entry.msgstr
        for entry in catalogue.translated_entries()
        if not entry.obsolete and "fuzzy" not in entry.flags
    }


class DemoCatalogues:
    """The translations of one app's demo tool content, one PO file a language."""

    def __init__(self, app_label):
        self.folder = demo_catalogue_folder(app_label)
        self._strings = {}

    def languages(self):
        """The content languages (settings order) that have a PO file, English excepted."""
        return [
            code
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code != settings.LANGUAGE_CODE and (self.folder / f"{code}.po").exists()
        ]

    def strings(self, language):
        if language not in self._strings:
            path = self.folder / f"{language}.po"
            self._strings[language] = read_catalogue(path) if path.exists() else {}
        return self._strings[language]

    def source_texts(self, instance):
        """The texts of `instance` as wagtail-localize segments them (its source is refreshed)."""
        return self._source_and_texts(instance)[1]

    def _source_and_texts(self, instance):
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        texts = set(
            StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
        )
        return source, texts

    def translate(self, instance, locales, update=False):
        """Publish `instance` in every language whose PO file translates all of its texts.

        A language with a text missing is left out rather than published half in English (one
        language, one label); an existing translation is left as editors made it, unless
        `update` (the source gained texts since, as the demo home page does once the pages it
        features exist). Returns the language codes translated now.
        """
        done = []
        texts = None
        for code in self.languages():
            locale = locales.get(code)
            if locale is None:
                continue
            if not update and instance.get_translation_or_none(locale) is not None:
                continue
            if texts is None:
                # One refresh of the source serves every language: translating does not change
                # the instance.
                source, texts = self._source_and_texts(instance)
            strings = self.strings(code)
            if any(text not in strings for text in texts):
                continue
            publish_translation(instance, locale, strings, source=source)
            done.append(code)
        return done


def _forget_copied_live_revision(target):
    """A new draft copied from a live source keeps the source's `live_revision`: clear it, so
    nothing suggests that a version of the translation was ever published."""
    if not isinstance(target, DraftStateMixin) or target.live or not target.live_revision_id:
        return
    if str(target.live_revision.object_id) != str(target.pk):
        type(target).objects.filter(pk=target.pk).update(live_revision=None)
        target.live_revision = None


def save_draft(translation, user=None):
    """Save the translation's current texts as a new draft revision of the target object.

    wagtail-localize's `save_target(publish=False)` is safe only for a new translation: on an
    existing one it writes the texts to the object's own row, which for a page is what visitors
    see, and it sets a snippet's `live` to False. So an existing translation gets only a revision
    here (as Wagtail's "Save draft" does), and its published version is left as it was.
    """
    source = translation.source
    try:
        source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance()
        _forget_copied_live_revision(target)
        return target
    draft = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.save_revision(user=user, clean=False)
    return draft
