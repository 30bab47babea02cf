"""The framework's city-scoped admin base: one rule (`tools.scoping`), one URL guard
(`tools.admin_guard`) and the coordinator rights granted from what the tools declare
(`tools.grants`)."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission

from citizenship_test.models import Question
from tools.grants import grant_after_migrate
from tools.models import CityCoordinators
from tools.scoping import scope_of, user_may, visible_to

pytestmark = pytest.mark.django_db

SITE_HISTORY = "/admin/reports/site-history/"


def question(locales, code, city=None):
    return Question.objects.create(
        locale=locales["en"],
        code=code,
        component="competences",
        kind="scale",
        prompt=f"Statement {code}",
        explanation="Why.",
        idea_for_action="Idea.",
        city=city,
    )


def test_a_city_group_made_in_the_admin_gets_every_declared_right(lisbon, django_user_model):
    # Made as an administrator would, with no demo and no helper.
    group = Group.objects.create(name="Lisbon team")
    CityCoordinators.objects.create(city=lisbon, group=group)
    user = django_user_model.objects.create_user("lisbon-team", password="pw")
    user.groups.add(group)

    for permission in (
        "wagtailadmin.access_admin",
        "citizenship_test.add_question",
        "citizenship_test.change_question",
        "antirumours.change_rumourreport",
        "antirumours.view_certificate",
        "heritage_mapping.change_heritageitem",
        "testtool.change_throwawaytool",
    ):
        assert user.has_perm(permission), permission
    assert not user.has_perm("antirumours.add_certificate")


def test_each_city_group_uploads_to_its_own_image_collection(lisbon, rijeka):
    lisbon_group = CityCoordinators.for_city(lisbon).group
    rijeka_group = CityCoordinators.for_city(rijeka).group
    root = Collection.get_first_root_node()

    def collections(group):
        return set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection__name", flat=True
            )
        )

    assert collections(lisbon_group) == {"Lisbon"}
    assert collections(rijeka_group) == {"Rijeka"}
    assert not GroupCollectionPermission.objects.filter(
        group__in=[lisbon_group, rijeka_group], collection=root
    ).exists()


def test_rights_removed_by_hand_come_back_after_migrate(lisbon):
    group = CityCoordinators.for_city(lisbon).group
    group.permissions.clear()

    grant_after_migrate(sender=apps.get_app_config("citizenship_test"))

    assert group.permissions.filter(codename="change_question").exists()


def test_shared_questions_are_read_by_every_coordinator_and_changed_by_none(
    coordinator_of, editor, locales, lisbon, rijeka
):
    lisbon_coordinator = coordinator_of(lisbon)
    shared = question(locales, "shared")
    own = question(locales, "own", city=lisbon)
    theirs = question(locales, "theirs", city=rijeka)

    assert set(visible_to(lisbon_coordinator, Question)) == {shared, own}
    assert set(visible_to(lisbon_coordinator, Question, "change")) == {own}
    assert user_may(lisbon_coordinator, shared, "view")
    assert not user_may(lisbon_coordinator, shared, "change")
    assert not user_may(lisbon_coordinator, theirs, "view")
    assert set(visible_to(editor, Question, "change")) == {shared, own, theirs}
    assert scope_of(Question).city_field == "city"


def test_site_history_is_refused_to_coordinators_and_left_out_of_their_menu(
    client, coordinator_of, editor, lisbon
):
    client.force_login(coordinator_of(lisbon))
    assert client.get(SITE_HISTORY).status_code == 403
    assert SITE_HISTORY not in client.get("/admin/").content.decode()

    client.force_login(editor)
    assert client.get(SITE_HISTORY).status_code == 200
    assert SITE_HISTORY in client.get("/admin/").content.decode()


def test_the_coordinator_groups_chooser_offers_a_coordinator_only_their_cities(
    client, coordinator_of, editor, lisbon, rijeka
):
    """Wagtail's snippet choosers check no permission: any admin user can open this one."""
    chooser = "/admin/snippets/choose/tools/citycoordinators/"
    lisbon_record = CityCoordinators.for_city(lisbon)
    rijeka_record = CityCoordinators.for_city(rijeka)
    client.force_login(coordinator_of(lisbon))

    listing = client.get(chooser).content.decode()
    searched = client.get(f"{chooser}results/?q=Coordinators").content.decode()

    assert "Coordinators: Lisbon" in listing and "Coordinators: Lisbon" in searched
    assert "Rijeka" not in listing and "Rijeka" not in searched
    assert client.get(f"{chooser}chosen/{lisbon_record.pk}/").status_code == 200
    assert client.get(f"{chooser}chosen/{rijeka_record.pk}/").status_code == 404

    client.force_login(editor)
    assert "Coordinators: Rijeka" in client.get(chooser).content.decode()
    assert client.get(f"{chooser}chosen/{rijeka_record.pk}/").status_code == 200
