"""The opt-in daily e-mail digest of what waits for moderation (Django's locmem mail backend)."""

import pytest
from django.core import mail
from django.core.management import call_command

from antirumours.factories import RumourReportFactory
from tools.models import ModerationDigest

pytestmark = pytest.mark.django_db


@pytest.fixture
def lisbon_coordinator(lisbon, coordinator_of):
    user = coordinator_of(lisbon)
    user.email = "lisbon@example.org"
    user.save()
    return user


def send():
    call_command("send_moderation_digests", stdout=open("/dev/null", "w"))
    return list(mail.outbox)


def test_a_coordinator_opts_in_on_their_account_settings(client, lisbon_coordinator):
    from tools.digest import DigestForm

    client.force_login(lisbon_coordinator)

    page = client.get("/admin/account/").content.decode()
    opt_in = DigestForm({"send_digest": "on"}, instance=lisbon_coordinator)
    assert opt_in.is_valid()
    opt_in.save()
    subscribed = ModerationDigest.objects.filter(user=lisbon_coordinator).exists()
    opt_out = DigestForm({}, instance=lisbon_coordinator)
    assert opt_out.is_valid()
    opt_out.save()

    assert 'name="moderation_digest-send_digest"' in page
    assert subscribed
    assert not ModerationDigest.objects.filter(user=lisbon_coordinator).exists()


def test_the_digest_lists_what_waits_in_the_coordinators_cities_only(
    lisbon, rijeka, lisbon_coordinator, coordinator_of
):
    ModerationDigest.objects.create(user=lisbon_coordinator)
    RumourReportFactory.create_batch(2, city=lisbon)
    RumourReportFactory.create_batch(5, city=rijeka)
    coordinator_of(rijeka)  # not opted in: no e-mail

    sent = send()

    assert [message.to for message in sent] == [["lisbon@example.org"]]
    body = sent[0].body
    assert "Rumour reports: 2" in body
    assert "http://testserver/admin/snippets/antirumours/rumourreport/?status=pending" in body
    assert body.count("Rumour reports") == 1  # Rijeka's five are not counted
    assert ModerationDigest.objects.get(user=lisbon_coordinator).last_sent_at is not None


def test_nothing_waiting_sends_nothing(lisbon, lisbon_coordinator):
    ModerationDigest.objects.create(user=lisbon_coordinator)
    RumourReportFactory(city=lisbon, status="approved")

    assert send() == []
