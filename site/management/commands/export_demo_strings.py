"""Write the source texts of the tools' demo content to `<app>/demo/locale/demo.pot`.

The texts are read as wagtail-localize segments them (each msgid is one segment's source text),
so a PO file made from this template is exactly what the demo loader needs to translate every
object (`icc_site.localize.DemoCatalogues`). With `--language xx` the command also brings
`<app>/demo/locale/xx.po` up to date: new texts are added, gone ones dropped, translations already
in the file kept, and empty entries filled from the translations editors made in the admin.

Run it on the demo database (`manage.py load_demo_content` first, which this command also runs).
"""

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from icc_site.localize import demo_catalogue_folder, read_catalogue

# The apps whose demo holds tool content that every language shares.
DEMO_TOOL_APPS = [
    "citizenship_test",
    "checklists",
    "antirumours",
    "heritage_mapping",
    "intercultural_index",
]


def source_segments(app_label, locale):
    """(text, context path) of every segment of the app's objects in `locale`, in a stable order."""
    sources = TranslationSource.objects.filter(
        locale=locale, specific_content_type__app_label=app_label
    ).order_by("specific_content_type__model", "id")
    seen = {}
    for source in sources:
        segments = (
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        )
        for segment in segments:
            seen.setdefault(segment.string.data, (source, segment))
    return seen


def admin_translations(segments, locale):
    """{source text: translation} that editors saved in the admin for `locale`."""
    found = {}
    for text, (_source, segment) in segments.items():
        translation = (
            StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).first()
            or StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale
            ).first()
        )
        if translation is not None and translation.data:
            found[text] = translation.data
    return found


def _catalogue(language=""):
    catalogue = polib.POFile(wrapwidth=78)
    catalogue.metadata = {
        "Project-Id-Version": "intercultural-cities demo tool content",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return catalogue


class Command(BaseCommand):
    help = "Write the demo tool content's source texts to <app>/demo/locale/demo.pot."

    def add_arguments(self, parser):
        parser.add_argument("apps", nargs="*", help=f"app labels (default: {DEMO_TOOL_APPS})")
        parser.add_argument(
            "--language",
            action="append",
            default=[],
            help="also update <app>/demo/locale/<language>.po (repeatable)",
        )
        parser.add_argument(
            "--no-load", action="store_true", help="do not run load_demo_content first"
        )

    def handle(self, *args, **options):
        known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        for language in options["language"]:
            if language not in known or language == settings.LANGUAGE_CODE:
                raise CommandError(f"Not a content language to translate into: {language}")
        if not options["no_load"]:
            call_command("load_demo_content", stdout=self.stdout)
        english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        for app_label in options["apps"] or DEMO_TOOL_APPS:
            segments = source_segments(app_label, english)
            folder = demo_catalogue_folder(app_label)
            folder.mkdir(parents=True, exist_ok=True)
            template = _catalogue()
            for text, (source, _segment) in segments.items():
                template.append(
                    polib.POEntry(
                        msgid=text,
                        msgstr="",
                        comment=f"{source.specific_content_type.model}: {source.object_repr}",
                    )
                )
            template.save(str(folder / "demo.pot"))
            self.stdout.write(f"{folder / 'demo.pot'}: {len(segments)} texts")
            for language in options["language"]:
                self._update(folder / f"{language}.po", language, template, segments)

    def _update(self, path, language, template, segments):
        kept = read_catalogue(path) if path.exists() else {}
        locale = Locale.objects.filter(language_code=language).first()
        from_admin = admin_translations(segments, locale) if locale else {}
        catalogue = _catalogue(language)
        translated = 0
        for entry in template:
            msgstr = kept.get(entry.msgid) or from_admin.get(entry.msgid, "")
            translated += bool(msgstr)
            catalogue.append(polib.POEntry(msgid=entry.msgid, msgstr=msgstr, comment=entry.comment))
        catalogue.save(str(path))
        self.stdout.write(f"{path}: {translated} of {len(template)} translated")
