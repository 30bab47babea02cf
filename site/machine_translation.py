"""Translate pages and snippets into other languages by machine, as drafts for a person.

Each object gets wagtail-localize's own records (a `TranslationSource`, a `Translation` per
language, a `StringTranslation` per text segment), exactly as the editor's "Translate" and
"Machine translate" buttons make them, so editors review the result segment by segment in the
translation editor. Machine-made segments carry `translation_type = "machine"` and the
service's name; a segment a person already translated is never overwritten. The translated
object is saved as a draft (a new revision, not published): only a person publishes it.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from icc_site.localize import save_draft

__all__ = ["MachineTranslationReport", "get_machine_translator", "translate_as_drafts"]


@dataclass
class MachineTranslationReport:
    """What a run did: drafts saved, segments translated, and what was skipped and why."""

    drafts: list = field(default_factory=list)
    segments: int = 0
    skipped: list = field(default_factory=list)


def can_be_drafted(instance):
    """Only pages and snippets with drafts can hold a translation nobody has published."""
    return isinstance(instance, (Page, DraftStateMixin))


def _untranslated_segments(translation):
    """{StringValue: [(string_id, context_id), ...]} of segments with no translation yet."""
    done = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of__segments__source=translation.source,
        ).values_list("translation_of_id", "context_id")
    )
    wanted = defaultdict(list)
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        if (segment.string_id, segment.context_id) in done:
            continue
        wanted[segment.string.as_value()].append((segment.string_id, segment.context_id))
    return wanted


def machine_translate(translation, translator, user=None):
    """Fill the untranslated segments of one `Translation` by machine; returns how many."""
    wanted = _untranslated_segments(translation)
    if not wanted:
        return 0
    answers = translator.translate(
        translation.source.locale, translation.target_locale, list(wanted)
    )
    count = 0
    for string, places in wanted.items():
        answer = answers.get(string)
        if answer is None or answer.data is None:
            continue
        for string_id, context_id in places:
            StringTranslation.objects.update_or_create(
                translation_of_id=string_id,
                locale=translation.target_locale,
                context_id=context_id,
                defaults={
                    "data": answer.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": translator.display_name,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            count += 1
    return count


def translate_as_drafts(instances, locales, user=None, translator=None):
    """Translate each instance into each locale by machine and save drafts; publish nothing.

    `translator` defaults to the configured service (`WAGTAILLOCALIZE_MACHINE_TRANSLATOR`).
    Returns a `MachineTranslationReport`.
    """
    translator = translator or get_machine_translator()
    report = MachineTranslationReport()
    if translator is None:
        return report
    for instance in instances:
        if not can_be_drafted(instance):
            report.skipped.append((instance, None))
            continue
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        for locale in locales:
            if locale.pk == source.locale_id or not translator.can_translate(source.locale, locale):
                report.skipped.append((instance, locale))
                continue
            with transaction.atomic():
                translation, _created = Translation.objects.get_or_create(
                    source=source, target_locale=locale, defaults={"enabled": True}
                )
                report.segments += machine_translate(translation, translator, user)
                target = save_draft(translation, user)
            report.drafts.append(target)
    return report
