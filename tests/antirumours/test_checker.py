"""The rumour checker: read the answers, say if they changed your view; only counts are kept."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from antirumours.checker import checker_summary
from antirumours.factories import RumourFactory
from antirumours.models import CheckerTally
from antirumours.models.reports import first_of_month
from tests.antirumours.conftest import EMBED, Resident
from tools.disclosure import MIN_PUBLISHED_GROUP as K

pytestmark = pytest.mark.django_db

CHECKER = EMBED + "checker/"


def test_resident_picks_a_rumour_reads_the_facts_and_answers(jobs_rumour):
    resident = Resident()
    resident.get(CHECKER)
    link = resident.soup.select_one(".ar-choices a")
    assert link.get_text() == "They take our jobs"

    resident.get(link["href"])
    assert "9%" in resident.soup.select_one(".ar-fact__figure").get_text()
    assert "City statistics office" in resident.soup.select_one(".ar-fact__source").get_text()
    assert resident.soup.select("fieldset input[type=radio][name=answer]")

    response = resident.submit({"answer": "changed"})

    assert response.status_code == 200
    assert resident.soup.select_one("[role=status]")
    tally = CheckerTally.objects.get()
    assert (tally.rumour, tally.answer, tally.count) == (jobs_rumour, "changed", 1)


def test_answers_are_only_counted(jobs_rumour):
    for answer in ("changed", "changed", "think"):
        resident = Resident()
        resident.get(jobs_rumour_url())
        resident.submit({"answer": answer})

    assert CheckerTally.objects.count() == 2
    counted = {row.answer: row.count for row in CheckerTally.objects.all()}
    assert counted == {"changed": 2, "think": 1}
    stored = {field.name for field in CheckerTally._meta.get_fields()}
    assert stored == {"id", "city", "rumour", "month", "answer", "count"}


def test_counts_are_shown_by_closed_period_so_one_more_answer_gives_nothing_away(
    jobs_rumour, client, coordinator_of
):
    """The counts before and after one resident's answer would be their answer: residents and
    coordinators see closed reporting periods only (tools.disclosure)."""
    last_month = first_of_month() - timedelta(days=1)
    for answer, number in (("changed", K - 5), ("think", 5)):
        CheckerTally.objects.create(
            city=jobs_rumour.city,
            rumour=jobs_rumour,
            month=first_of_month(last_month),
            answer=answer,
            count=number,
        )
    CheckerTally.record(jobs_rumour, "no")  # someone earlier this month

    resident = Resident()
    resident.get(jobs_rumour_url())
    resident.submit({"answer": "think"})

    cells = [cell.get_text() for cell in resident.soup.select("td.ar-num")]
    # Last month's counts only: neither this resident's answer nor the earlier "no".
    assert sorted(cells, key=int) == ["0", "0", "5", str(K - 5)]
    assert f"at least {K} residents have answered" in resident.soup.text
    assert checker_summary(jobs_rumour.city) == {
        jobs_rumour.translation_key: {"changed": K - 5, "think": 5}
    }
    client.force_login(coordinator_of(jobs_rumour.city))
    export = client.get(reverse("antirumours_admin:checker_csv", args=[jobs_rumour.city.pk]))
    period = f"{first_of_month(last_month):%Y-%m}/{first_of_month(last_month):%Y-%m}"
    assert export.content.decode().splitlines() == [
        "period,rumour,answer,count",
        f"{period},They take our jobs,changed,{K - 5}",
        f"{period},They take our jobs,think,5",
    ]


def jobs_rumour_url():
    return CHECKER + "jobs/"


def test_a_replayed_answer_is_not_counted_twice(jobs_rumour):
    resident = Resident()
    resident.get(jobs_rumour_url())
    hidden = resident.hidden_fields()
    resident.submit({"answer": "changed"}, hidden=hidden, url=jobs_rumour_url())

    replay = resident.submit({"answer": "changed"}, hidden=hidden, url=jobs_rumour_url())

    assert replay.status_code == 409
    assert CheckerTally.objects.get().count == 1


def test_an_answer_cannot_be_moved_to_another_rumour(jobs_rumour, bilbao):
    RumourFactory(city=bilbao, title="They live on benefits", slug="benefits")
    resident = Resident()
    resident.get(jobs_rumour_url())

    response = resident.submit({"answer": "changed"}, url=CHECKER + "benefits/")

    assert response.status_code == 400
    assert not CheckerTally.objects.exists()


def test_an_unpublished_rumour_cannot_be_checked(bilbao, bilbao_customisation, client):
    RumourFactory(city=bilbao, slug="draft", published=False)
    assert client.get(CHECKER + "draft/").status_code == 404
    assert "draft" not in client.get(CHECKER).content.decode()


def test_deleting_a_translation_moves_no_period_already_shown(jobs_rumour, locales):
    """A rumour's translations add their counts up each month: deleting one takes part of
    January away. January then goes whole; February stays as it was, never "January to
    February", which set against what was shown would single out anyone."""
    from antirumours.checker import checker_periods
    from icc_site.localize import publish_translation

    french = publish_translation(jobs_rumour, locales["fr"], {})
    half = K // 2
    for rumour, month, number in (
        (jobs_rumour, 1, half),
        (french, 1, K - half),
        (jobs_rumour, 2, K),
    ):
        CheckerTally.objects.create(
            city=rumour.city,
            rumour=rumour,
            month=date(2025, month, 1),
            answer="changed",
            count=number,
        )
    shown = checker_periods(jobs_rumour.city)
    assert [block.label for _key, block, _answers in shown] == ["January 2025", "February 2025"]

    french.delete()

    assert checker_periods(jobs_rumour.city) == [shown[1]]
