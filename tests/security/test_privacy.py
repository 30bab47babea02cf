"""Retention: `purge_expired_data` deletes what each tool declares once it is too old; the
privacy page of a city says what its tools store, from the same declarations."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone
from django.utils.module_loading import import_string

from antirumours.models import RumourReport
from tools.models import UsedFormNonce
from tools.privacy import all_stored_data, purge_expired_data
from tools.registry import get_tool_types

pytestmark = pytest.mark.django_db


def test_every_tool_declares_what_it_stores():
    for model in get_tool_types():
        assert model.stored_data, model


def test_every_declaration_can_be_purged_or_is_kept_on_purpose():
    for declaration in all_stored_data():
        assert str(declaration.what)
        if declaration.kept_for() is None:
            continue
        if declaration.purge:
            assert callable(import_string(declaration.purge))
        else:
            assert callable(apps.get_model(declaration.model).purge_expired)


def report(city, month):
    return RumourReport.objects.create(city=city, text="Heard at the market.", month=month)


def test_old_reports_and_spent_nonces_are_purged_recent_ones_kept(bilbao, settings):
    settings.RESIDENT_DATA_RETENTION_DAYS = 365
    today = timezone.localdate()
    old = report(bilbao, date(today.year - 2, today.month, 1))
    recent = report(bilbao, today.replace(day=1))
    UsedFormNonce.objects.create(nonce="old", used_at=timezone.now() - timedelta(hours=25))
    UsedFormNonce.objects.create(nonce="new")

    results = {d.model or d.purge: n for d, n in purge_expired_data()}

    assert results["antirumours.RumourReport"] == 1
    assert results["tools.UsedFormNonce"] == 1
    assert list(RumourReport.objects.all()) == [recent]
    assert not RumourReport.objects.filter(pk=old.pk).exists()
    assert list(UsedFormNonce.objects.values_list("nonce", flat=True)) == ["new"]


def test_the_command_reports_what_it_deleted(bilbao):
    report(bilbao, date(2000, 1, 1))
    out = StringIO()
    call_command("purge_expired_data", stdout=out)
    assert "antirumours.RumourReport: 1 deleted" in out.getvalue()


def test_the_city_privacy_page_lists_what_its_tools_store(client, bilbao_customisation):
    response = client.get("/en/tools/privacy/bilbao/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Anti-rumour strategy" in text
    assert "A rumour you report" in text
    assert "Deleted after 730 days." in text
    assert "internet (IP) address" in text
    assert "one-time code" in text


def test_a_city_without_tools_has_no_privacy_page(client, bilbao):
    assert client.get("/en/tools/privacy/bilbao/").status_code == 404
    assert client.get("/en/tools/privacy/nowhere/").status_code == 404
