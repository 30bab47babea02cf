"""Fixtures for the tools framework: the throwaway tool installed, cities, users, customisations.

The throwaway tool (tests/tools/testtool) is a real app added to INSTALLED_APPS with
override_settings for this folder's tests, as a site adds a tool app. Its table comes from its
own migration, run once per test database.
"""

import importlib
from contextlib import contextmanager

import pytest
from django.apps import AppConfig, apps
from django.core.management import call_command
from django.core.signals import setting_changed
from django.urls import clear_url_caches

TEST_TOOL_APP = "tests.tools.testtool"


def reload_urlconfs():
    """Rebuild the admin's URLs (viewsets registered since start-up) and the site's."""
    import wagtail.admin.urls

    import icc_site.urls

    importlib.reload(wagtail.admin.urls)
    importlib.reload(icc_site.urls)
    clear_url_caches()


def _set_app(name, installed):
    """Add or remove one app config in the running app registry; True if it changed."""
    label = name.rpartition(".")[2]
    present = label in apps.app_configs
    if installed == present:
        return False
    if installed:
        config = AppConfig.create(name)
        config.apps = apps
        apps.app_configs[config.label] = config
        config.import_models()
        config.ready()
    else:
        del apps.app_configs[label]
    apps.clear_cache()
    # What Django's test signals do when INSTALLED_APPS changes: template dirs, finders...
    value = [config.name for config in apps.get_app_configs()]
    setting_changed.send(sender=None, setting="INSTALLED_APPS", value=value, enter=installed)
    return True


@contextmanager
def app_installed(name, installed=True):
    """Run with the app `name` installed (or not), as if INSTALLED_APPS listed it (or not).

    override_settings(INSTALLED_APPS=...) would re-create every app and re-run every ready(),
    which Wagtail 8 does not survive (its snippet API mounts its router twice), so only this
    app's config is added or removed. The tools admin then registers the new tool's viewset,
    as its wagtail_hooks do at start-up.
    """
    from tools.viewsets import register_tool_admin

    changed = _set_app(name, installed)
    if register_tool_admin():
        reload_urlconfs()
    try:
        yield
    finally:
        if changed:
            _set_app(name, not installed)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migrate the throwaway tool's app into the test database (idempotent with --reuse-db)."""
    with django_db_blocker.unblock(), app_installed(TEST_TOOL_APP):
        call_command("migrate", "testtool", verbosity=0)


@pytest.fixture(autouse=True)
def test_tool_installed(django_db_setup):
    """Every test here runs with the throwaway tool installed, unless it uninstalls it."""
    with app_installed(TEST_TOOL_APP):
        yield


@pytest.fixture
def uninstall_test_tool():
    """A context manager that removes the throwaway tool app from INSTALLED_APPS."""
    return lambda: app_installed(TEST_TOOL_APP, installed=False)


@pytest.fixture
def throwaway_model():
    from tests.tools.testtool.models import ThrowawayTool

    return ThrowawayTool


@pytest.fixture
def make_customisation(throwaway_model, locales):
    """Create a published throwaway customisation for a city (options as keyword arguments)."""

    from tools.factories import city_tool_factory

    factory = city_tool_factory(throwaway_model)

    def make(city, publish=True, **options):
        options.setdefault("allowed_origins", ["https://www.city.example"])
        options.setdefault("intro", "<p>Welcome to the tool.</p>")
        return factory(city=city, locale=locales["en"], publish=publish, **options)

    return make


@pytest.fixture
def lisbon_customisation(make_customisation, lisbon):
    return make_customisation(lisbon, primary_colour="#123456", secondary_colour="#abcdef")


@pytest.fixture
def rijeka_customisation(make_customisation, rijeka):
    return make_customisation(rijeka, allowed_origins=["https://rijeka.example"])
