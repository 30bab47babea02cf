"""Query budgets: each step and the results page stay within 15 queries, whatever the number
of questions."""

from datetime import date

import pytest
from django.core.cache import cache
from django.test import Client

from citizenship_test.components import ACTION, KIND_SCALE
from tests.citizenship_test.conftest import Resident, make_question
from tests.helpers import captured_queries

pytestmark = pytest.mark.django_db

BUDGET = 15


def count(call):
    with captured_queries() as queries:
        response = call()
    return len(queries), response


def walk(url):
    """Query counts of start, each step, the final post and the results page, for a visitor
    who finds nothing in the cache (the results' averages are kept there for a while)."""
    cache.clear()
    resident = Resident(url)
    counts = [count(resident.start)[0]]
    while not resident.soup.select(".ct-review"):
        counts.append(count(resident.answer_all)[0])
    final_count, final = count(resident.post)
    counts.append(final_count)
    results_count, _response = count(Resident(final["Location"]).start)
    counts.append(results_count)
    return counts


def test_each_step_and_the_results_page_stay_within_budget(lisbon_customisation):
    counts = walk("/en/embed/citizenship-test/lisbon/")
    print("embed query counts", counts)
    assert max(counts) <= BUDGET, counts


def test_queries_do_not_grow_with_the_number_of_questions(
    bank, make_customisation, lisbon, locales
):
    make_customisation(lisbon, chosen=[(question, "") for question in bank.values()])
    few = walk("/en/embed/citizenship-test/lisbon/")
    for number in range(12):
        question = make_question(
            locales["en"], f"extra{number}", ACTION, KIND_SCALE, f"Extra {number}"
        )
        customisation = lisbon.tool_customisations.get().specific
        customisation.chosen_questions.create(
            question=question, locale=locales["en"], sort_order=100 + number
        )
    many = walk("/en/embed/citizenship-test/lisbon/")
    assert many == few, (few, many)


def test_full_page_steps_stay_within_budget(lisbon_customisation, home_page):
    counts = walk("/en/tools/citizenship-test/lisbon/")
    print("page query counts", counts)
    assert max(counts) <= BUDGET, counts


# --- The coordinators' and facilitators' screens: aggregated in SQL, a fixed budget ---
ADMIN_SCREENS = [
    "/admin/citizenship-test/",
    "/admin/citizenship-test/{customisation}/results/",
    "/admin/citizenship-test/{customisation}/export.csv",
    "/admin/citizenship-test/{customisation}/sessions/",
    "/admin/citizenship-test/sessions/",
    "/admin/citizenship-test/sessions/{session}/",
    "/admin/citizenship-test/sessions/{session}/live/",
]


def admin_counts(client, customisation, session):
    counts = {}
    for screen in ADMIN_SCREENS:
        url = screen.format(customisation=customisation.pk, session=session.pk)
        cache.clear()  # the network's figure is kept a few minutes: counted cold
        number, response = count(lambda url=url: client.get(url))
        assert response.status_code == 200, url
        counts[screen] = number
    return counts


def add_completions(customisation, session, number):
    from citizenship_test.models import Completion
    from tests.citizenship_test.conftest import add_completion

    start = Completion.objects.count()
    for index in range(number):
        value = (start + index) * 7 % 101
        add_completion(
            customisation,
            {"knowledge": value, "competences": 100 - value, "action": value, "overall": value},
            # Past months: closed reporting periods, whose figures the screens show.
            date(2026, 1 + (start + index) % 3, 5),
            session=session if index % 2 else None,
            age_band="18-29",
        )


def test_admin_screens_stay_within_budget_whatever_the_completions(
    client, lisbon_customisation, coordinator_of, lisbon
):
    from citizenship_test.models import EventSession

    lisbon_customisation.ask_age_band = True
    lisbon_customisation.save()
    session = EventSession.open_for(lisbon_customisation, "en")
    client.force_login(coordinator_of(lisbon))
    add_completions(lisbon_customisation, session, 45)
    few = admin_counts(client, lisbon_customisation, session)
    add_completions(lisbon_customisation, session, 90)

    many = admin_counts(client, lisbon_customisation, session)

    print("admin query counts", many)
    assert max(many.values()) <= BUDGET, many
    assert many == few


def test_join_page_and_session_link_stay_within_budget(lisbon_customisation):
    from citizenship_test.models import EventSession

    session = EventSession.open_for(lisbon_customisation, "en")
    join, _response = count(lambda: Client().get("/en/embed/citizenship-test/lisbon/join/"))
    link, response = count(
        lambda: Client().get(f"/en/embed/citizenship-test/lisbon/join/{session.code}/")
    )
    assert response.status_code == 200
    assert max(join, link) <= BUDGET, (join, link)


def test_an_admin_screen_asks_neither_the_site_languages_nor_the_city_check_twice(
    client, lisbon_customisation, coordinator_of, lisbon
):
    """The public site's languages are not looked up for the admin (Wagtail uses the user's
    admin language), and the tools' menu items ask once whether the user manages a city."""
    client.force_login(coordinator_of(lisbon))
    with captured_queries() as queries:
        response = client.get(f"/admin/citizenship-test/{lisbon_customisation.pk}/results/")
    assert response.status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [q for q in sql if 'FROM "wagtailcore_site"' in q], sql
    city_checks = [q for q in sql if q.startswith('SELECT 1 AS "a" FROM "cities_citypage"')]
    assert len(city_checks) == 1, city_checks
