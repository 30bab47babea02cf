"""WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS: superusers must turn it on; others may."""

import pytest

from accounts.factories import SuperuserFactory
from tests.accounts.conftest import SET_UP, app_code, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(settings):
    settings.WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = True


@pytest.fixture
def superuser(db):
    return SuperuserFactory(username="chief")


def test_a_superuser_without_it_is_sent_to_turn_it_on(client, required, superuser):
    sign_in(client, "chief")
    response = client.get("/admin/pages/")
    assert response["Location"] == SET_UP
    page = client.get(SET_UP).content.decode()
    assert "This site requires two-factor authentication for administrators." in page

    client.post(SET_UP, {"code": app_code(superuser)})
    assert client.get("/admin/pages/").status_code == 200


def test_other_admin_users_still_choose(client, required, editor):
    sign_in(client)
    assert client.get("/admin/pages/").status_code == 200


def test_superusers_choose_too_unless_the_setting_is_on(client, superuser):
    sign_in(client, "chief")
    assert client.get("/admin/pages/").status_code == 200


# --- WAGTAIL_2FA_REQUIRED_GROUPS: a group, such as every city's coordinators -------------------
@pytest.fixture
def coordinators_required(settings):
    settings.WAGTAIL_2FA_REQUIRED_GROUPS = ["Coordinators: *"]


def test_a_coordinator_without_it_is_sent_to_turn_it_on(
    client, coordinators_required, coordinator_of, lisbon
):
    coordinator = coordinator_of(lisbon)
    sign_in(client, coordinator.username)

    assert client.get("/admin/")["Location"] == SET_UP
    assert client.get(SET_UP).status_code == 200

    client.post(SET_UP, {"code": app_code(coordinator)})
    assert client.get("/admin/").status_code == 200


def test_members_of_other_groups_still_choose(client, coordinators_required, editor):
    sign_in(client)
    assert client.get("/admin/pages/").status_code == 200


def test_a_group_named_exactly_is_required_too(client, settings, editor):
    settings.WAGTAIL_2FA_REQUIRED_GROUPS = ["Editors"]
    sign_in(client)
    assert client.get("/admin/pages/")["Location"] == SET_UP


def test_the_documented_setting_covers_every_role_and_cities_added_later(
    settings, coordinator_of, city_index, django_user_model
):
    """docs/deploy.md: `Coordinators: *,Editors,Moderators` with superusers obliges every role
    the site has, a city's coordinators included when the city is new."""
    from django.contrib.auth.models import Group

    from accounts.two_factor import required_for
    from cities.factories import CityPageFactory

    settings.WAGTAIL_2FA_REQUIRED_GROUPS = ["Coordinators: *", "Editors", "Moderators"]
    settings.WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = True
    users = {
        "administrator": django_user_model.objects.create_superuser("root", password="pw"),
        "coordinator": coordinator_of(
            CityPageFactory(parent=city_index, title="New Town", slug="new-town")
        ),
    }
    for role in ("Editors", "Moderators"):
        user = django_user_model.objects.create_user(role.lower(), password="pw")
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        users[role] = user
    other = django_user_model.objects.create_user("reader", password="pw")
    other.groups.add(Group.objects.get_or_create(name="coordinators: lowercase")[0])

    assert all(required_for(user) for user in users.values())
    assert not required_for(other)
