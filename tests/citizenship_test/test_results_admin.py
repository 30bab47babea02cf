"""The coordinators' results screen and CSV export, and the link from the test's edit form."""

from datetime import date

import pytest

from citizenship_test.models import EventSession
from tests.citizenship_test.conftest import add_completions
from tests.helpers import soup_of
from tools.disclosure import MIN_PUBLISHED_GROUP as K

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

FULL = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 60}


def test_coordinator_sees_the_number_of_completions_and_the_network(
    lisbon_coordinator_client, lisbon_customisation, rijeka_customisation
):
    add_completions(lisbon_customisation, K, date(2026, 2, 3), FULL)
    add_completions(lisbon_customisation, K, date(2026, 3, 3), FULL)
    add_completions(rijeka_customisation, K, date(2026, 2, 3), {**FULL, "knowledge": 20})

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"
    )

    assert response.status_code == 200
    page = soup_of(response)
    assert f"{2 * K} completed tests" in page.select_one(".ct-admin__count").text
    first = [cell.get_text() for cell in page.select("table.listing tbody tr")[0].select("th, td")]
    assert first == ["Knowledge of human rights", "80.0", "60.0", "+20.0"]
    assert f"{3 * K} completed tests in every city" in page.text
    assert page.select_one(".ct-trend svg polyline, .ct-trend svg circle") is not None
    assert len(page.select(".ct-histogram svg[role=img]")) == 5


def test_demographic_breakdown_only_when_the_city_asks(
    lisbon_coordinator_client, lisbon_customisation
):
    add_completions(lisbon_customisation, K, date(2026, 2, 3), FULL, age_band="30-44")
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
    add_completions(lisbon_customisation, K, date(2026, 1, 2), FULL, session=session)
    add_completions(lisbon_customisation, K, date(2026, 1, 1), FULL, language="fr")
    add_completions(rijeka_customisation, K, date(2026, 1, 3), FULL)

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
        f"all,,{2 * K},80.0,60.0,70.0,50.0,60.0",
        f"period,2026-01/2026-01,{2 * K},80.0,60.0,70.0,50.0,60.0",
    ]


def test_csv_export_follows_the_screens_small_group_rule(
    lisbon_coordinator_client, lisbon_customisation
):
    lisbon_customisation.ask_age_band = True
    lisbon_customisation.save()
    add_completions(lisbon_customisation, K, date(2026, 2, 1), FULL, age_band="30-44")
    add_completions(
        lisbon_customisation, 1, date(2026, 2, 1), {**FULL, "overall": 3}, age_band="65-plus"
    )
    add_completions(lisbon_customisation, K - 1, date(2026, 2, 2), FULL)

    response = lisbon_coordinator_client.get(
        f"/admin/citizenship-test/{lisbon_customisation.pk}/export.csv"
    )

    rows = [line.split(",") for line in response.content.decode().splitlines()]
    assert ["age_band", "30-44", str(K), "80.0", "60.0", "70.0", "50.0", "60.0"] in rows
    assert ["age_band", "groups not shown", "1", "", "", "", "", ""] in rows
    assert ["age_band", "not said", str(K - 1), "", "", "", "", ""] in rows
    assert not any("65-plus" in row for row in rows)
    assert len(rows) == 6  # header, all, one period, the group shown, the hidden, not said


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
    workshop = EventSession.open_for(lisbon_customisation, "en", title="Library workshop")
    other = EventSession.open_for(rijeka_customisation, "en", title="Rijeka workshop")
    add_completions(lisbon_customisation, K, date(2026, 2, 3), FULL, session=workshop)
    add_completions(lisbon_customisation, K, date(2026, 2, 4), FULL)
    add_completions(lisbon_customisation, K, date(2025, 6, 1), {**FULL, "knowledge": 40})
    url = f"/admin/citizenship-test/{lisbon_customisation.pk}/results/"

    everything = soup_of(lisbon_coordinator_client.get(url))
    by_session = soup_of(lisbon_coordinator_client.get(url, {"session": workshop.pk}))
    by_period = soup_of(lisbon_coordinator_client.get(url, {"period": "2025-06"}))
    foreign = soup_of(lisbon_coordinator_client.get(url, {"session": other.pk}))

    assert f"{3 * K} completed tests" in everything.select_one(".ct-admin__count").text
    assert f"{K} completed tests" in by_session.select_one(".ct-admin__count").text
    assert averages_row(by_session)[1] == "80.0"
    assert f"{K} completed tests" in by_period.select_one(".ct-admin__count").text
    assert averages_row(by_period)[1] == "40.0"
    periods = [option.text for option in everything.select("select[name=period] option")]
    assert periods == ["Every complete period", "February 2026", "June 2025"]
    # Another city's session is not a choice: the filter is ignored, not applied.
    assert "Rijeka workshop" not in str(everything.select_one("select[name=session]"))
    assert f"{3 * K} completed tests" in foreign.select_one(".ct-admin__count").text
