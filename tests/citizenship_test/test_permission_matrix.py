"""City A's coordinator is refused every admin and export URL of city B: the test's results,
export and group sessions, its customisation screens and its own questions. Editors and
administrators reach them all."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from citizenship_test.components import ACTION, KIND_SCENARIO
from citizenship_test.models import CitizenshipTest, EventSession, Question
from citizenship_test.wagtail_hooks import question_viewset, results_viewset
from tests.citizenship_test.conftest import add_completion, make_question
from tools.viewsets import tools_group

pytestmark = pytest.mark.django_db

FULL = {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50, "overall": 60}
# The URLs of the results viewset that name a group session; the others name a test.
SESSION_URLS = {"session", "session_live", "session_close"}
LIST_URLS = {"index", "index_results", "all_sessions", "all_sessions_results"}
POST_ONLY = {"session_close"}


def city_data(customisation, locales):
    """Demo-like data of one city: completions, a closed and an open session, an own question."""
    closed = EventSession.open_for(customisation, "en", title="Last month")
    closed.close()
    session = EventSession.open_for(customisation, "en", title="Tonight")
    for _n in range(4):
        add_completion(customisation, FULL, session=session)
    for _n in range(6):
        add_completion(customisation, FULL, age_band="18-29")
    question = make_question(
        locales["en"],
        f"{customisation.city.slug}-own",
        ACTION,
        KIND_SCENARIO,
        f"{customisation.city.title} only?",
        [("a", 0), ("b", 4)],
        city=customisation.city,
    )
    return {"customisation": customisation, "session": session, "question": question}


@pytest.fixture
def cities(lisbon_customisation, rijeka_customisation, coordinator_of, lisbon, rijeka, locales):
    coordinators = {"lisbon": coordinator_of(lisbon), "rijeka": coordinator_of(rijeka)}
    return {
        "lisbon": {**city_data(lisbon_customisation, locales), "user": coordinators["lisbon"]},
        "rijeka": {**city_data(rijeka_customisation, locales), "user": coordinators["rijeka"]},
    }


def results_urls(data):
    """Every URL of the results viewset that names one object of a city, by name."""
    urls = {}
    for pattern in results_viewset.get_urlpatterns():
        if pattern.name in LIST_URLS:
            continue
        pk = data["session"].pk if pattern.name in SESSION_URLS else data["customisation"].pk
        urls[pattern.name] = reverse(f"{results_viewset.url_namespace}:{pattern.name}", args=[pk])
    return urls


def object_urls(viewset, instance):
    """Every URL of a snippet viewset that names `instance` (as in tests/tools)."""
    revision = getattr(instance, "latest_revision", None)
    values = {
        "pk": instance.pk,
        "revision_id": revision.pk if revision else None,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    urls = []
    for pattern in viewset.get_urlpatterns():
        route = pattern.pattern
        names = set(getattr(route, "converters", {}) or route.regex.groupindex)
        if "pk" not in names or not names <= set(values) or None in (values[n] for n in names):
            continue
        kwargs = {name: values[name] for name in names}
        urls.append(reverse(f"{viewset.url_namespace}:{pattern.name}", kwargs=kwargs))
    return urls


def customisation_viewset():
    return next(
        item
        for item in tools_group.registerables
        if getattr(item, "model", None) is CitizenshipTest
    )


def every_url(data):
    return [
        *results_urls(data).values(),
        *object_urls(customisation_viewset(), data["customisation"]),
        *object_urls(question_viewset, data["question"]),
    ]


def refused(client, url, method):
    # follow: LocaleMiddleware answers an admin 404 with a redirect to /en/admin/..., which is
    # a 404 too (as in tests/tools/test_permissions.py).
    return getattr(client, method)(url, follow=True).status_code in (403, 404)


def test_matrix_covers_every_url_of_the_results_screens(cities):
    names = set(results_urls(cities["rijeka"]))
    assert names == {
        "results",
        "export",
        "sessions",
        "sessions_results",
        "new_session",
        "session",
        "session_live",
        "session_close",
        "questions",
        "questions_export",
    }
    customisation = {
        url.split("/")[5]
        for url in object_urls(customisation_viewset(), cities["rijeka"]["customisation"])
    }
    assert {"edit", "delete", "history", "preview", "embed-code", "unpublish"} <= customisation


@pytest.mark.parametrize("own, other", [("lisbon", "rijeka"), ("rijeka", "lisbon")])
def test_coordinator_is_refused_every_url_of_the_other_city(client, cities, own, other):
    client.force_login(cities[own]["user"])
    urls = every_url(cities[other])

    refused_get = [url for url in urls if refused(client, url, "get")]
    refused_post = [url for url in urls if refused(client, url, "post")]

    assert refused_get == urls
    assert refused_post == urls
    # Nothing changed in the other city.
    session = cities[other]["session"]
    session.refresh_from_db()
    assert session.is_open()
    assert EventSession.objects.filter(customisation=cities[other]["customisation"]).count() == 2
    assert Question.objects.filter(pk=cities[other]["question"].pk).exists()


def test_coordinator_reaches_every_results_url_of_their_own_city(client, cities):
    client.force_login(cities["lisbon"]["user"])
    for name, url in results_urls(cities["lisbon"]).items():
        method = "post" if name in POST_ONLY else "get"
        response = getattr(client, method)(url)
        assert response.status_code in (200, 302), (name, response.status_code)


def test_lists_of_a_coordinator_leave_the_other_city_out(client, cities):
    client.force_login(cities["lisbon"]["user"])
    for name in LIST_URLS:
        text = client.get(reverse(f"{results_viewset.url_namespace}:{name}")).content.decode()
        assert "Lisbon" in text
        assert "Rijeka" not in text
        assert cities["rijeka"]["session"].code not in text


def test_anonymous_visitors_are_sent_to_the_login(client, cities):
    for url in results_urls(cities["rijeka"]).values():
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_editors_and_administrators_reach_every_city(client, cities, who, django_user_model):
    if who == "superuser":
        user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    else:
        user = django_user_model.objects.create_user("editor", password="pw")
        user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    for city in ("lisbon", "rijeka"):
        urls = results_urls(cities[city])
        for name, url in urls.items():
            if name in POST_ONLY:
                continue
            assert client.get(url).status_code == 200, (city, name)
