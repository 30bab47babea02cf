"""Translating from code (`publish_translation`, which the demo loader and the tests use)
publishes the translation once, even inside a transaction that then commits, as the demo
loader's do."""

import pytest
from wagtail.log_actions import registry as log_registry

from icc_site.localize import publish_translation

pytestmark = pytest.mark.django_db


def publications(instance):
    return [
        entry.action
        for entry in log_registry.get_logs_for_instance(instance)
        if entry.action == "wagtail.publish"
    ]


def test_a_page_translated_in_a_committed_transaction_is_published_once(
    home_page, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        french = publish_translation(
            home_page, locales["fr"], {"Intercultural Cities": "Cités interculturelles"}
        )
    french.refresh_from_db()
    assert french.live and not french.has_unpublished_changes
    assert french.title == "Cités interculturelles"
    assert publications(french) == ["wagtail.publish"]


def test_a_tool_translated_in_a_committed_transaction_is_published_once(
    lisbon_customisation, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        french = publish_translation(lisbon_customisation, locales["fr"], {})
    french.refresh_from_db()
    assert french.live and not french.has_unpublished_changes
    assert french.locale == locales["fr"]
    assert publications(french) == ["wagtail.publish"]


def test_translating_again_publishes_the_new_text_once_more(
    home_page, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(home_page, locales["fr"], {"Intercultural Cities": "Cités"})
        french = publish_translation(
            home_page, locales["fr"], {"Intercultural Cities": "Cités interculturelles"}
        )
    french.refresh_from_db()
    assert french.title == "Cités interculturelles"
    assert french.live and not french.has_unpublished_changes
    assert publications(french) == ["wagtail.publish", "wagtail.publish"]
