"""Contributions from cities: a coordinator proposes a practice or a news item, it becomes a
draft page of their city in the editors' review workflow, and an editor publishes it."""

import pytest
from django.test import Client

from news.factories import NewsIndexPageFactory
from news.models import NewsPage
from practices.factories import PracticeIndexPageFactory
from practices.models import PracticePage
from tests.helpers import soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

NEW = "/admin/city-proposals/new/"
INDEX = "/admin/city-proposals/"


@pytest.fixture
def sections(home_page):
    return PracticeIndexPageFactory(parent=home_page), NewsIndexPageFactory(parent=home_page)


def proposal(city, **overrides):
    return {
        "kind": "practice",
        "city": city.pk,
        "title": "Welcome desks in every library",
        "summary": "Newcomers find help where they already go.",
        "text": "We trained librarians.\n\nThey now guide newcomers.",
        "start_year": "2023",
        **overrides,
    }


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_coordinator_proposes_a_practice_that_waits_for_the_editors(
    coordinator_of, lisbon, rijeka, sections
):
    client = signed_in(coordinator_of(lisbon))
    form = soup_of(client.get(NEW), status=None)
    offered = [option.get_text(strip=True) for option in form.select("select[name=city] option")]

    response = client.post(NEW, proposal(lisbon), follow=True)

    assert "Lisbon" in offered and "Rijeka" not in offered
    page = PracticePage.objects.get(title="Welcome desks in every library")
    assert not page.live and page.city == lisbon
    assert page.workflow_in_progress
    assert "They now guide newcomers." in page.purpose
    listing = soup_of(response, status=None).select_one("table.listing").text
    assert "Welcome desks in every library" in listing and "Awaiting review" in listing


def test_a_news_item_for_another_city_is_refused(coordinator_of, lisbon, rijeka, sections):
    client = signed_in(coordinator_of(lisbon))

    response = client.post(NEW, proposal(rijeka, kind="news", title="Rijeka news"))

    assert response.status_code == 200
    assert not NewsPage.objects.filter(title="Rijeka news").exists()


def test_a_coordinator_never_sees_another_citys_proposals(coordinator_of, lisbon, rijeka, sections):
    signed_in(coordinator_of(lisbon)).post(NEW, proposal(lisbon, title="Lisbon idea"))

    listing = signed_in(coordinator_of(rijeka)).get(INDEX).content.decode()

    assert "Lisbon idea" not in listing


def test_a_reviewer_approves_and_the_news_item_is_published(
    coordinator_of, lisbon, sections, django_user_model
):
    from django.contrib.auth.models import Group

    signed_in(coordinator_of(lisbon)).post(NEW, proposal(lisbon, kind="news", title="Open day"))
    page = NewsPage.objects.get(title="Open day")
    task_state = page.current_workflow_task_state
    reviewer = django_user_model.objects.create_user("reviewer", password="pw")
    reviewer.groups.add(Group.objects.get(name="Editors"))

    response = signed_in(reviewer).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {}
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_the_page_chooser_hides_another_citys_draft_proposal(
    coordinator_of, lisbon, rijeka, sections
):
    lisbon_coordinator = signed_in(coordinator_of(lisbon))
    lisbon_coordinator.post(NEW, proposal(lisbon, title="Lisbon secret plan"))

    search = signed_in(coordinator_of(rijeka)).get("/admin/choose-page/search/", {"q": "secret"})
    own = lisbon_coordinator.get("/admin/choose-page/search/", {"q": "secret"})

    assert "Lisbon secret plan" not in search.content.decode()
    assert "Lisbon secret plan" in own.content.decode()


def test_a_title_in_another_script_gives_the_page_an_address_in_that_script(
    coordinator_of, lisbon, sections
):
    """The slug was made with ASCII only: every title in Cyrillic, Greek or Arabic became
    "proposal", "proposal-2"..., one more query each, and its address said nothing."""
    client = signed_in(coordinator_of(lisbon))
    titles = ["Бібліотеки для новоприбулих", "Βιβλιοθήκες για όλους", "مكتبات للجميع"]
    for title in [*titles, titles[0]]:
        client.post(NEW, proposal(lisbon, title=title))

    slugs = list(PracticePage.objects.order_by("pk").values_list("slug", flat=True))

    assert slugs == [
        "бібліотеки-для-новоприбулих",
        "βιβλιοθήκες-για-όλους",
        "مكتبات-للجميع",
        "бібліотеки-для-новоприбулих-2",
    ]


def test_the_latest_start_year_follows_the_calendar_not_the_server_start(
    coordinator_of, lisbon, sections, monkeypatch
):
    """The form's latest year was counted once, when the server started: a server running
    since December refused next year's practices all January."""
    from datetime import date

    from django.utils import timezone

    today = timezone.localdate()
    next_year = date(today.year + 1, 1, 15)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: next_year)
    client = signed_in(coordinator_of(lisbon))
    field = soup_of(client.get(NEW), status=None).select_one("input[name=start_year]")
    assert (field["min"], field["max"]) == ("1950", str(next_year.year + 1))

    client.post(NEW, proposal(lisbon, title="Starting soon", start_year=next_year.year + 1))
    refused = client.post(NEW, proposal(lisbon, title="Too far", start_year=next_year.year + 2))

    assert PracticePage.objects.get(title="Starting soon").start_year == next_year.year + 1
    assert refused.status_code == 200 and not PracticePage.objects.filter(title="Too far")


def test_the_proposals_screen_costs_the_same_queries_for_many_proposals(
    coordinator_of, lisbon, sections, django_user_model
):
    """The status of each proposal was read with a query of its own (up to 200 a screen)."""
    from django.contrib.auth.models import Group

    from tests.helpers import queries_for

    coordinator = signed_in(coordinator_of(lisbon))
    coordinator.post(NEW, proposal(lisbon, title="First idea"))
    few = queries_for(coordinator, INDEX, warm=True)
    for number in range(4):
        coordinator.post(NEW, proposal(lisbon, title=f"Idea {number}", kind="news"))
    reviewer = django_user_model.objects.create_user("reviewer", password="pw")
    reviewer.groups.add(Group.objects.get(name="Editors"))
    page = NewsPage.objects.get(title="Idea 0")
    signed_in(reviewer).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{page.current_workflow_task_state.pk}/"
    )

    assert queries_for(coordinator, INDEX) == few
    rows = soup_of(coordinator.get(INDEX), status=None).select("tbody tr")
    states = {row.td.get_text(strip=True): row.find_all("td")[-1].get_text() for row in rows}
    assert states["Idea 0"] == "Published" and states["Idea 1"] == "Awaiting review"
    assert states["First idea"] == "Awaiting review" and len(states) == 5


def test_a_title_with_a_line_break_still_reaches_the_editors(
    coordinator_of, lisbon, sections, django_user_model
):
    """A title posted with a line break became the page's title as it was; the editors'
    e-mail ("submitted for approval") then failed on its subject, and nobody was told."""
    from django.contrib.auth.models import Group
    from django.core import mail

    moderator = django_user_model.objects.create_user(
        "moderator", password="pw", email="moderator@example.org"
    )
    moderator.groups.add(Group.objects.get(name="Editors"))
    client = signed_in(coordinator_of(lisbon))

    client.post(NEW, proposal(lisbon, title="Libraries\r\nBcc: someone@example.org"))

    assert PracticePage.objects.get().title == "Libraries Bcc: someone@example.org"
    assert [message.to for message in mail.outbox] == [["moderator@example.org"]]
    assert "\n" not in mail.outbox[0].subject


def test_a_proposal_returned_to_draft_shows_the_coordinator_the_editors_comment(
    coordinator_of, lisbon, sections, django_user_model
):
    """An editor's "Request changes" comment was kept in the workflow, which a coordinator
    cannot open: they saw "Returned to draft" and never why."""
    from django.contrib.auth.models import Group

    coordinator = signed_in(coordinator_of(lisbon))
    coordinator.post(NEW, proposal(lisbon, kind="news", title="Open day"))
    page = NewsPage.objects.get(title="Open day")
    reviewer = django_user_model.objects.create_user("reviewer", password="pw")
    reviewer.groups.add(Group.objects.get(name="Editors"))
    signed_in(reviewer).post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{page.current_workflow_task_state.pk}/",
        {"comment": "Please add the date and the place."},
    )

    row = soup_of(coordinator.get(INDEX), status=None).select_one("tbody tr")
    dashboard = soup_of(coordinator.get("/admin/"), status=None)

    assert "Returned to draft" in row.text
    assert "Please add the date and the place." in row.text
    panel = dashboard.select_one("#city-tools-content, #city-tools") or dashboard
    assert "Please add the date and the place." in panel.text
