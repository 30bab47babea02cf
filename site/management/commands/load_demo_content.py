"""Load the demo content: cities, practices, publications, news and events, in several languages.

Idempotent: running it again changes nothing that is already there. `make run` calls it with
--if-empty on a new database.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Locale, Site

from home import demo as home_demo
from icc_site.indexing import deferred_reference_index

# Each app with demo content has a `demo` module with `load(home, locales, stdout)`. The order
# matters: practices and news refer to cities, the home page features practices.
DEMO_APPS = [
    "cities",
    "practices",
    "publications",
    "news",
    "tools",
    "citizenship_test",
    "checklists",
    "heritage_mapping",
    "antirumours",
    "intercultural_index",
    "home",
]


class Command(BaseCommand):
    help = "Load the demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has content beyond its home page.",
        )

    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if options["if_empty"] and home.get_children().exists():
            self.stdout.write("The site already has content: demo content not loaded.")
            return
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }
        # One reference index update per object saved, at the end, instead of one per save.
        with deferred_reference_index():
            self._load(home, locales)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

    def _load(self, home, locales):
        home_demo.create_demo_users()
        for label in DEMO_APPS:
            if not apps.is_installed(label) and label != "home":
                continue
            try:
                module = import_module(f"{label}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{label}.demo":
                    raise
                continue
            self.stdout.write(f"Loading demo content: {label}...")
            module.load(home, locales, stdout=self.stdout)
