"""Coordinators manage only their own city's tools; editors and administrators manage all."""

import pytest
from django.urls import reverse

from tests.helpers import soup_of
from tools.permissions import cities_for_user, filter_for_user, user_can_manage_city
from tools.viewsets import tools_group

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def viewset_for(model):
    return next(item for item in tools_group.registerables if getattr(item, "model", None) is model)


def object_urls(viewset, customisation):
    """Every URL of the tool's admin that names one object, filled in for `customisation`."""
    revision = customisation.latest_revision
    values = {
        "pk": customisation.pk,
        "revision_id": revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    urls = []
    for pattern in viewset.get_urlpatterns():
        route = pattern.pattern
        names = set(getattr(route, "converters", {}) or route.regex.groupindex)
        if "pk" not in names:
            continue
        if not names <= set(values):
            continue  # workflow URLs need task states; workflows are off for tools
        kwargs = {name: values[name] for name in names}
        urls.append(reverse(f"{viewset.url_namespace}:{pattern.name}", kwargs=kwargs))
    return urls


def is_refused(client, url, method="get"):
    response = getattr(client, method)(url, follow=True)
    return response.status_code in (403, 404)


@pytest.fixture
def lisbon_coordinator(coordinator_of, lisbon):
    return coordinator_of(lisbon)


def test_every_object_url_of_another_city_is_refused_to_a_coordinator(
    client, lisbon_coordinator, lisbon_customisation, rijeka_customisation, throwaway_model
):
    viewset = viewset_for(throwaway_model)
    urls = object_urls(viewset, rijeka_customisation)
    names = {url.split("/")[5] for url in urls}
    assert {"edit", "delete", "history", "usage", "preview", "unpublish", "embed-code"} <= names
    client.force_login(lisbon_coordinator)

    refused_get = [url for url in urls if is_refused(client, url)]
    refused_post = [url for url in urls if is_refused(client, url, "post")]

    assert refused_get == urls
    assert refused_post == urls
    rijeka_customisation.refresh_from_db()
    assert rijeka_customisation.live


def test_coordinator_can_open_their_own_city_screens(
    client, lisbon_coordinator, lisbon_customisation, throwaway_model
):
    viewset = viewset_for(throwaway_model)
    client.force_login(lisbon_coordinator)
    for name in ["edit", "history", "usage", "embed_code", "delete", "unpublish"]:
        url = reverse(f"{viewset.url_namespace}:{name}", args=[lisbon_customisation.pk])
        assert client.get(url).status_code == 200, name


def test_coordinator_list_shows_only_their_city(
    client, lisbon_coordinator, lisbon_customisation, rijeka_customisation, throwaway_model
):
    viewset = viewset_for(throwaway_model)
    client.force_login(lisbon_coordinator)

    response = client.get(reverse(f"{viewset.url_namespace}:list"))

    assert response.status_code == 200
    text = soup_of(response, status=None).select_one("main").get_text()
    assert "Lisbon" in text
    assert "Rijeka" not in text


def test_coordinator_cannot_create_a_customisation_for_another_city(
    client, lisbon_coordinator, rijeka, throwaway_model
):
    viewset = viewset_for(throwaway_model)
    client.force_login(lisbon_coordinator)
    add_url = reverse(f"{viewset.url_namespace}:add") + "?locale=en"

    form_page = soup_of(client.get(add_url), status=None)
    city_options = [option.get_text() for option in form_page.select("select[name=city] option")]
    assert not any("Rijeka" in label for label in city_options)

    response = client.post(
        add_url,
        {
            "city": rijeka.pk,
            "enabled": "on",
            "languages": ["en"],
            "primary_colour": "#000000",
            "secondary_colour": "#ffffff",
            "allowed_origins": "",
            "greeting": "Hi",
        },
    )
    assert response.status_code == 200  # the form again, with an error on the city
    assert not throwaway_model.objects.filter(city=rijeka).exists()


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_editors_and_administrators_see_every_city(
    client,
    who,
    editor,
    django_user_model,
    lisbon_customisation,
    rijeka_customisation,
    throwaway_model,
):
    user = editor
    if who == "superuser":
        user = django_user_model.objects.create_superuser("root", "r@example.org", "pw")
    viewset = viewset_for(throwaway_model)
    client.force_login(user)

    text = soup_of(client.get(reverse(f"{viewset.url_namespace}:list")), status=None).get_text()
    assert "Lisbon" in text and "Rijeka" in text
    for customisation in (lisbon_customisation, rijeka_customisation):
        url = reverse(f"{viewset.url_namespace}:embed_code", args=[customisation.pk])
        assert client.get(url).status_code == 200


def test_permission_helpers_for_results_and_exports(
    lisbon_coordinator,
    editor,
    lisbon,
    rijeka,
    lisbon_customisation,
    rijeka_customisation,
    throwaway_model,
):
    assert set(cities_for_user(lisbon_coordinator)) == {lisbon}
    assert user_can_manage_city(lisbon_coordinator, lisbon)
    assert not user_can_manage_city(lisbon_coordinator, rijeka)
    assert user_can_manage_city(editor, rijeka)
    rows = filter_for_user(throwaway_model.objects.all(), lisbon_coordinator)
    assert list(rows) == [lisbon_customisation]


def test_coordinator_of_a_translated_city_manages_every_language_version(
    lisbon_coordinator, lisbon, locales
):
    french_city = lisbon.copy_for_translation(locales["fr"], copy_parents=True)

    assert user_can_manage_city(lisbon_coordinator, french_city)


def test_anonymous_visitor_is_sent_to_the_login(client, lisbon_customisation, throwaway_model):
    viewset = viewset_for(throwaway_model)
    response = client.get(reverse(f"{viewset.url_namespace}:edit", args=[lisbon_customisation.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
