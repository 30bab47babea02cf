"""Small flaws a resident or a facilitator sees: labels that run together, a doubled stop."""

import datetime

import pytest
from django.utils import timezone

from citizenship_test.models import EventSession
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

PAGE = "/en/tools/citizenship-test/lisbon/"


def test_step_labels_carry_their_own_numbers_so_they_never_run_together(
    client, lisbon_customisation
):
    soup = soup_of(client.get(PAGE), status=None)

    steps = [li.get_text(" ", strip=True) for li in soup.select(".ct-progress__steps li")]

    # Numbers are text, not list markers that a narrow screen pushes into the previous label
    # ("act2. Knowledge"): each label reads "N. Title", apart from the next.
    assert len(steps) > 2
    assert all(step.startswith(f"{n}. ") for n, step in enumerate(steps, start=1))


def test_facilitator_screen_ends_its_closing_time_with_one_full_stop(
    client, lisbon_customisation, coordinator_of, lisbon
):
    from wagtail.users.models import UserProfile

    session = EventSession.open_for(lisbon_customisation, "en", title="Library evening")
    # An afternoon time: Greek writes it "4:11 μμ.", which already ends with a stop.
    afternoon = timezone.localtime().replace(hour=16, minute=11) + datetime.timedelta(days=1)
    EventSession.objects.filter(pk=session.pk).update(expires_at=afternoon)
    facilitator = coordinator_of(lisbon)
    profile = UserProfile.get_for_user(facilitator)
    profile.preferred_language = "el"
    profile.save()
    client.force_login(facilitator)

    page = client.get(f"/admin/citizenship-test/sessions/{session.pk}/").content.decode()

    assert "4:11 μμ." in page
    assert "μμ.." not in page
