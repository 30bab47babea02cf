"""Coordinators see only their own city's data: the permission matrix on admin and export URLs."""

import pytest
from django.urls import reverse

from antirumours.factories import (
    CampaignFactory,
    EvaluationFactory,
    NetworkOrganisationFactory,
    RumourFactory,
    RumourReportFactory,
    TrainingSessionFactory,
)
from antirumours.models import Certificate

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


@pytest.fixture
def city_data(bilbao_customisation, montreal_customisation, bilbao, montreal):
    """One object of each kind for each city."""
    data = {}
    for city in (bilbao, montreal):
        data[city.slug] = {
            "rumour": RumourFactory(city=city),
            "rumourreport": RumourReportFactory(city=city),
            "networkorganisation": NetworkOrganisationFactory(city=city),
            "trainingsession": TrainingSessionFactory(city=city),
            "campaign": CampaignFactory(city=city),
            "certificate": Certificate.objects.create(
                city=city, code=f"CODE{city.pk:08d}", score=90
            ),
            "evaluation": EvaluationFactory(city=city, year=2024),
        }
    return data


def snippet_urls(obj):
    """Every URL of the object's snippet viewset that names it by primary key."""
    from wagtail.snippets.models import get_snippet_models  # noqa: F401 (registry loaded)

    viewset = obj.snippet_viewset
    urls = []
    for pattern in viewset.get_urlpatterns():
        route = pattern.pattern
        names = set(getattr(route, "converters", {}) or route.regex.groupindex)
        if names != {"pk"}:
            continue
        urls.append(reverse(f"{viewset.url_namespace}:{pattern.name}", kwargs={"pk": obj.pk}))
    return urls


def strategy_urls(city):
    return [
        reverse("antirumours_admin:diagnosis", args=[city.pk]),
        reverse("antirumours_admin:reports_csv", args=[city.pk]),
        reverse("antirumours_admin:checker_csv", args=[city.pk]),
        reverse("antirumours_admin:evaluations", args=[city.pk]),
        reverse("antirumours_admin:evaluation", args=[city.pk, 2024]),
        reverse("antirumours_admin:evaluation_report", args=[city.pk, 2024]),
    ]


def status(client, url, method="get"):
    # A 404 outside the language prefix is redirected by LocaleMiddleware: follow it.
    return getattr(client, method)(url, follow=True).status_code


def test_coordinator_is_refused_every_url_of_another_city(
    client, city_data, coordinator_of, bilbao, montreal
):
    client.force_login(coordinator_of(bilbao))
    urls = [
        url
        for obj in city_data["montreal"].values()
        if hasattr(obj, "snippet_viewset")
        for url in snippet_urls(obj)
    ]
    urls += strategy_urls(montreal)
    assert len(urls) > 30
    for url in urls:
        assert status(client, url) in (403, 404), url
        assert status(client, url, "post") in (403, 404, 405), url


def test_coordinator_reaches_the_main_urls_of_their_city(client, city_data, coordinator_of, bilbao):
    client.force_login(coordinator_of(bilbao))
    own = city_data["bilbao"]
    urls = [
        reverse(f"wagtailsnippets_antirumours_{name}:edit", args=[own[name].pk])
        for name in ("rumour", "rumourreport", "networkorganisation", "trainingsession", "campaign")
    ]
    urls.append(
        reverse("wagtailsnippets_antirumours_certificate:inspect", args=[own["certificate"].pk])
    )
    for url in urls + strategy_urls(bilbao):
        assert client.get(url).status_code == 200, url


def test_listings_hold_only_the_coordinators_city(client, city_data, coordinator_of, bilbao):
    client.force_login(coordinator_of(bilbao))
    for name, obj in city_data["montreal"].items():
        if name == "evaluation":
            continue
        listing = reverse(f"wagtailsnippets_antirumours_{name}:list")
        response = client.get(listing)
        assert response.status_code == 200, listing
        own = city_data["bilbao"][name]
        view = "inspect" if name == "certificate" else "edit"
        html = response.content.decode()
        assert reverse(f"wagtailsnippets_antirumours_{name}:{view}", args=[own.pk]) in html
        assert reverse(f"wagtailsnippets_antirumours_{name}:{view}", args=[obj.pk]) not in html


def test_coordinator_cannot_create_a_rumour_for_another_city(
    client, city_data, coordinator_of, bilbao, montreal
):
    client.force_login(coordinator_of(bilbao))
    form = client.get(reverse("wagtailsnippets_antirumours_rumour:add"))
    assert f'value="{montreal.pk}"' not in form.content.decode()
    assert f'value="{bilbao.pk}"' in form.content.decode()


def test_the_export_holds_counts_not_texts(client, city_data, coordinator_of, bilbao):
    report = city_data["bilbao"]["rumourreport"]
    report.status = report.APPROVED
    report.save()
    client.force_login(coordinator_of(bilbao))
    response = client.get(reverse("antirumours_admin:reports_csv", args=[bilbao.pk]))
    content = response.content.decode()
    assert content.splitlines()[0] == "month,rumour,approved_reports"
    assert report.text not in content


def test_anonymous_visitors_are_sent_to_the_login(client, city_data, bilbao):
    for url in strategy_urls(bilbao):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url
        assert "text/csv" not in response.get("Content-Type", "")


def test_editors_manage_every_city(client, city_data, django_user_model, montreal):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    for url in strategy_urls(montreal):
        assert client.get(url).status_code == 200, url
