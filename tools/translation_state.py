"""Where each language version of a customisation stands against its source language.

wagtail-localize keeps a `TranslationSource` (the source's texts as they were at the last
sync) and a `Translation` per target language. A coordinator's languages screen
(`tools.views.languages`) reads `language_states()`: which languages are the source, missing,
out of date (the source was edited after the last sync), incomplete, waiting as a draft, or up
to date, and which the city offers.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

__all__ = ["STATES", "LanguageState", "find_source", "language_states"]

STATES = {
    "source": _("Source language"),
    "missing": _("Not translated"),
    "outdated": _("Out of date: the source changed since the last sync"),
    "incomplete": _("Texts left to translate"),
    "draft": _("Draft waiting to be published"),
    "independent": _("Edited on its own, not synced"),
    "current": _("Up to date"),
}


@dataclass
class LanguageState:
    locale: Locale
    state: str
    version: object = None
    translation: object = None
    offered: bool = False
    total: int = 0
    translated: int = 0

    @property
    def label(self):
        return STATES[self.state]

    @property
    def needs_work(self):
        return self.state in ("missing", "outdated", "incomplete")


def find_source(customisation):
    """The wagtail-localize source of this customisation's language versions, or None."""
    return (
        TranslationSource.objects.filter(object_id=customisation.translation_key)
        .select_related("locale")
        .first()
    )


def language_states(customisation):
    """A `LanguageState` for every language of the site, in language-code order."""
    model = type(customisation)
    versions = {
        version.locale_id: version
        for version in model.objects.filter(
            translation_key=customisation.translation_key
        ).select_related("latest_revision")
    }
    source = find_source(customisation)
    source_locale_id = source.locale_id if source else customisation.locale_id
    source_version = versions.get(source_locale_id)
    source_changed = bool(
        source
        and source_version is not None
        and source_version.latest_revision is not None
        and source_version.latest_revision.created_at > source.last_updated_at
    )
    translations = {}
    if source is not None:
        translations = {item.target_locale_id: item for item in source.translations.all()}
    offered = set(customisation.offered_languages())
    states = []
    for locale in Locale.objects.order_by("language_code"):
        version = versions.get(locale.pk)
        translation = translations.get(locale.pk)
        entry = LanguageState(
            locale=locale,
            state="current",
            version=version,
            translation=translation,
            offered=locale.language_code in offered,
        )
        if locale.pk == source_locale_id:
            entry.state = "source"
        elif version is None:
            entry.state = "missing"
        elif translation is None or not translation.enabled:
            entry.state = "independent"
        else:
            entry.total, entry.translated = translation.get_progress()
            if source_changed:
                entry.state = "outdated"
            elif entry.translated < entry.total:
                entry.state = "incomplete"
            elif not version.live or version.has_unpublished_changes:
                entry.state = "draft"
        states.append(entry)
    return states
