"""The bot traps of every public tool form (tools.state): a honeypot, a minimum fill time and
a per-client rate limit that keeps no address."""

import time

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string

from antirumours.models import RumourReport
from tests.security.conftest import REPORT, form_fields, report_data
from tests.stored import every_stored_string, used_codes
from tools.state import HONEYPOT_FIELD
from tools.throttling import client_digest

pytestmark = pytest.mark.django_db

FORM_TEMPLATES = [
    "antirumours/templates/antirumours/quiz_result.html",
    "antirumours/templates/antirumours/check.html",
    "antirumours/templates/antirumours/report.html",
    "antirumours/templates/antirumours/quiz.html",
    "citizenship_test/templates/citizenship_test/wizard.html",
    "heritage_mapping/templates/heritage_mapping/contribute.html",
    "checklists/templates/checklists/self_check.html",
]


def test_the_honeypot_include_names_the_field_the_framework_checks():
    html = render_to_string("tools/includes/honeypot.html")
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert 'aria-hidden="true"' in html and 'tabindex="-1"' in html


@pytest.mark.parametrize("template", FORM_TEMPLATES)
def test_every_public_tool_form_carries_the_honeypot(template):
    from django.conf import settings

    source = (settings.BASE_DIR / template).read_text()
    assert '{% include "tools/includes/honeypot.html" %}' in source


def test_the_rendered_form_has_an_empty_honeypot(bilbao_customisation, resident):
    assert form_fields(resident.get(REPORT))[HONEYPOT_FIELD] == ""


def test_a_filled_honeypot_is_refused_with_a_clear_message(
    bilbao_customisation, resident, traps_on
):
    data = report_data(resident, **{HONEYPOT_FIELD: "http://spam.example"})
    response = resident.post(REPORT, data)
    assert response.status_code == 400
    assert "filled in automatically" in response.content.decode()
    assert not RumourReport.objects.exists()


def test_a_form_sent_too_fast_is_refused_and_can_be_sent_again(
    bilbao_customisation, resident, traps_on, monkeypatch
):
    data = report_data(resident)

    too_fast = resident.post(REPORT, data)

    assert too_fast.status_code == 400
    assert "too quickly" in too_fast.content.decode()
    assert not RumourReport.objects.exists()
    assert not used_codes()  # the form is not spent
    later = time.time() + 3
    monkeypatch.setattr("tools.state.time.time", lambda: later)
    assert resident.post(REPORT, data).status_code == 200
    assert RumourReport.objects.count() == 1


def test_a_person_who_takes_their_time_is_accepted(
    bilbao_customisation, resident, traps_on, monkeypatch
):
    data = report_data(resident)
    later = time.time() + 30
    monkeypatch.setattr("tools.state.time.time", lambda: later)
    assert resident.post(REPORT, data).status_code == 200


def test_too_many_posts_from_one_client_get_429_with_retry_after(
    bilbao_customisation, resident, traps_on
):
    traps_on.TOOLS_RATE_LIMIT = "3/m"
    traps_on.TOOLS_MIN_FILL_SECONDS = 0
    statuses = [resident.post(REPORT, report_data(resident)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = resident.post(REPORT, report_data(resident))
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Too many forms" in refused.content.decode()
    assert RumourReport.objects.count() == 3


def test_another_client_is_counted_on_its_own(bilbao_customisation, resident, traps_on):
    traps_on.TOOLS_RATE_LIMIT = "1/m"
    traps_on.TOOLS_MIN_FILL_SECONDS = 0
    assert resident.post(REPORT, report_data(resident)).status_code == 200
    assert resident.post(REPORT, report_data(resident)).status_code == 429
    other = resident.post(REPORT, report_data(resident), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_the_rate_limit_keeps_no_address_anywhere(bilbao_customisation, resident, traps_on):
    resident.post(REPORT, report_data(resident), REMOTE_ADDR="198.51.100.23")
    stored = " ".join(every_stored_string())
    assert "tools-post:" in stored
    assert "198.51.100.23" not in stored
    assert "198.51.100" not in stored


def test_the_client_hash_changes_with_the_day(rf, monkeypatch):
    import datetime

    from django.utils import timezone

    cache.clear()
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    today = client_digest(request)
    assert client_digest(request) == today
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr("tools.throttling.timezone.now", lambda: tomorrow)
    assert client_digest(request) != today


def test_behind_a_proxy_the_configured_header_names_the_client(rf, settings):
    settings.TOOLS_CLIENT_IP_META = "HTTP_X_REAL_IP"
    first = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.1")
    second = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.2")
    assert client_digest(first) != client_digest(second)
