"""The coordinators' results screen and CSV export, and the link from the test's edit form."""

from datetime import date

import pytest

from citizenship_test.models import EventSession
from tests.citizenship_test.conftest import add_completion
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db

FULL = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 60}


def test_coordinator_sees_the_number_of_completions_and_the_network(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    for _n in range(3):
        add_completion(lisbon_customisation, FULL, date(2026, 2, 3))
    add_completion(rijeka_customisation, {**FULL, "knowledge": 20}, date(2026, 2, 3))

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"
    )

    assert response.status_code == 200
    page = soup_of(response)
    assert "3 completed tests" in page.select_one(".ct-admin__count").text
    first = [cell.get_text() for cell in page.select("table.listing tbody tr")[0].select("th, td")]
    assert first == ["Knowledge of human rights", "80.0", "65.0", "+15.0"]
    assert "4 completed tests in every city" in page.text
    assert page.select_one(".ct-trend svg polyline, .ct-trend svg circle") is not None
    assert len(page.select(".ct-histogram svg[role=img]")) == 5


def test_demographic_breakdown_only_when_the_city_asks(
    lisbon_coordinator_client, lisbon_customisation
):
    for _n in range(5):
        add_completion(lisbon_customisation, FULL, age_band="30-44")
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"
    assert "Averages by age band" not in lisbon_coordinator_client.get(url).content.decode()

    lisbon_customisation.ask_age_band = True
    lisbon_customisation.save()
    page = soup_of(lisbon_coordinator_client.get(url))

    assert "Averages by age band" in page.text
    assert "30 to 44" in page.text
    assert "Averages by years in the city" not in page.text


def test_csv_export_has_type_filename_and_aggregate_rows(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    session = EventSession.open_for(lisbon_customisation, "en")
    add_completion(lisbon_customisation, FULL, date(2026, 1, 2), session=session)
    add_completion(lisbon_customisation, FULL, date(2026, 1, 1), language="fr")
    add_completion(rijeka_customisation, FULL, date(2026, 1, 3))

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/export.csv"
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="citizenship-test-lisbon-'
    )
    assert response["Content-Disposition"].endswith('.csv"')
    lines = response.content.decode().splitlines()
    assert lines == [
        "group,value,completions,knowledge_average,competences_average,diversity_average,"
        "action_average,overall_average",
        "all,,2,80.0,60.0,70.0,50.0,60.0",
        "month,2026-01,2,80.0,60.0,70.0,50.0,60.0",
    ]


def test_csv_export_follows_the_screens_small_group_rule(
    lisbon_coordinator_client, lisbon_customisation
):
    lisbon_customisation.ask_age_band = True
    lisbon_customisation.save()
    for _n in range(5):
        add_completion(lisbon_customisation, FULL, date(2026, 2, 1), age_band="30-44")
    add_completion(
        lisbon_customisation, {**FULL, "overall": 3}, date(2026, 2, 1), age_band="65-plus"
    )

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/export.csv"
    )

    rows = [line.split(",") for line in response.content.decode().splitlines()]
    assert ["age_band", "30-44", "5", "80.0", "60.0", "70.0", "50.0", "60.0"] in rows
    assert ["age_band", "groups under 5", "1", "", "", "", "", ""] in rows
    assert not any("65-plus" in row for row in rows)
    assert len(rows) == 5  # header, all, one month, the group of five, the hidden one


def test_index_lists_only_the_coordinator_cities(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    page = soup_of(lisbon_coordinator_client.get("/admin/citizenship-test/"))
    assert "Lisbon" in page.select_one("table.listing").text
    assert "Rijeka" not in page.select_one("main").text


def test_results_menu_item_is_in_the_tools_menu(lisbon_coordinator_client, lisbon_customisation):
    from django.test import RequestFactory

    from tools.viewsets import tools_group

    request = RequestFactory().get("/admin/")
    request.user = coordinator_user = lisbon_customisation.city.coordinators.group.user_set.get()
    items = [item.label for item in tools_group.get_submenu_items() if item.is_shown(request)]
    assert "Citizenship test results" in [str(label) for label in items]
    assert coordinator_user.is_authenticated


def test_edit_form_of_the_test_links_to_results_and_sessions(
    client, superuser, lisbon_customisation
):
    client.force_login(superuser)

    page = soup_of(
        client.get(
            f"/admin/snippets/citizenship_test/citizenshiptest/edit/{lisbon_customisation.pk}/"
        )
    )

    assert page.select_one(f"a[href='/admin/citizenship-test/{lisbon_customisation.pk}/results/']")
    assert page.select_one(f"a[href='/admin/citizenship-test/{lisbon_customisation.pk}/sessions/']")


def averages_row(page):
    return [cell.get_text() for cell in page.select("table.listing tbody tr")[0].select("th, td")]


def test_results_are_filtered_by_period_and_by_group_session(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    from datetime import timedelta

    from django.utils import timezone

    workshop = EventSession.objects.create(
        customisation=lisbon_customisation,
        code="LISW1",
        title="Library workshop",
        language="en",
        expires_at=timezone.now() + timedelta(hours=2),
    )
    other = EventSession.objects.create(
        customisation=rijeka_customisation,
        code="RIJW1",
        title="Rijeka workshop",
        language="en",
        expires_at=timezone.now() + timedelta(hours=2),
    )
    for _n in range(3):
        add_completion(lisbon_customisation, FULL, date(2026, 2, 3), session=workshop)
    for _n in range(4):
        add_completion(lisbon_customisation, {**FULL, "knowledge": 40}, date(2025, 6, 1))
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"

    everything = soup_of(lisbon_coordinator_client.get(url))
    by_session = soup_of(lisbon_coordinator_client.get(url, {"session": workshop.pk}))
    by_period = soup_of(
        lisbon_coordinator_client.get(url, {"since": "2025-01-01", "until": "2025-12-31"})
    )
    foreign = soup_of(lisbon_coordinator_client.get(url, {"session": other.pk}))

    assert "7 completed tests" in everything.select_one(".ct-admin__count").text
    assert "3 completed tests" in by_session.select_one(".ct-admin__count").text
    assert averages_row(by_session)[1] == "80.0"
    assert "4 completed tests" in by_period.select_one(".ct-admin__count").text
    assert averages_row(by_period)[1] == "40.0"
    # Another city's session is not a choice: the filter is ignored, not applied.
    assert "Rijeka workshop" not in str(everything.select_one("select[name=session]"))
    assert "7 completed tests" in foreign.select_one(".ct-admin__count").text


def test_a_narrow_filter_shows_only_the_number_of_tests(
    lisbon_coordinator_client, lisbon_customisation
):
    add_completion(lisbon_customisation, FULL, date(2026, 2, 3))
    for _n in range(4):
        add_completion(lisbon_customisation, FULL, date(2025, 6, 1))
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"

    page = soup_of(
        lisbon_coordinator_client.get(url, {"since": "2026-02-03", "until": "2026-02-03"})
    )

    assert "1 completed test" in page.select_one(".ct-admin__count").text
    assert "only their number is shown" in page.text
    assert "80.0" not in page.text  # the one person's score
