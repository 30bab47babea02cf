"""Fixtures shared by every test folder: the Wagtail tree, the locales, a French home page."""

import os

import pytest

# Playwright runs an event loop in the test thread; the ORM calls the tests make are still
# synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def ensure_wagtail_tree():
    """Recreate the root page and collection, default locale, home page and site if missing.

    Wagtail creates them in data migrations; transactional tests (live_server) flush the
    database, and a reused test database would then start without them.
    """
    from wagtail.models import Collection, Locale, Page, Site

    from home.models import HomePage

    english, _ = Locale.objects.get_or_create(language_code="en")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=english)
    home = HomePage.objects.filter(depth=2, locale=english).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(title="Intercultural Cities", slug="home", locale=english)
        )
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def reset_database():
    """Empty the test database and put back the bare Wagtail tree."""
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    ensure_wagtail_tree()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The reused test database, emptied if an interrupted run left content behind.

    pytest-django creates the test database only when a collected test asks for `db`; the
    browser tests ask for none (they read through a server thread of their own), so a run of
    them alone sets it up here.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_databases
    from wagtail.models import Locale, Page

    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            setup_databases(verbosity=0, interactive=False, aliases={"default"}, keepdb=True)
        if Page.objects.filter(depth__gt=2).exists() or Locale.objects.count() > 1:
            call_command("flush", interactive=False, verbosity=0)
        ensure_wagtail_tree()


@pytest.fixture
def locales(db):
    """Every content language as a Wagtail Locale, keyed by language code."""
    from django.conf import settings
    from wagtail.models import Locale

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


@pytest.fixture
def home_page(db):
    """The English home page, root of the default site."""
    return ensure_wagtail_tree()


@pytest.fixture
def french_home(home_page, locales):
    """The home page translated into French through wagtail-localize."""
    from home.localize import publish_translation

    return publish_translation(
        home_page, locales["fr"], {"Intercultural Cities": "Cités interculturelles"}
    )


@pytest.fixture
def arabic_home(home_page, locales):
    """The home page translated into Arabic through wagtail-localize."""
    from home.localize import publish_translation

    return publish_translation(
        home_page, locales["ar"], {"Intercultural Cities": "المدن المتداخلة الثقافات"}
    )
