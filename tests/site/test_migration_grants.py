"""The one way data migrations grant the editing groups their rights (icc_site.migration_grants)."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from icc_site.migration_grants import grant_model_permissions, revoke_model_permissions

pytestmark = pytest.mark.django_db

#: What the apps' data migrations grant with it.
GRANTED = {
    "checklists": ["checklist"],
    "practices": ["topic"],
    "intercultural_index": ["edition", "area", "indicator", "question"],
}


def rights(group_name, app_label):
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(content_type__app_label=app_label).values_list(
            "codename", flat=True
        )
    )


def test_the_migrations_let_editors_not_moderators_edit_the_shared_content():
    for app_label, models in GRANTED.items():
        wanted = {
            f"{action}_{model}"
            for action in ("add", "change", "delete", "view")
            for model in models
        }
        assert wanted <= rights("Editors", app_label), app_label
        assert not wanted & rights("Moderators", app_label), app_label


def test_a_grant_can_be_taken_back_and_given_again():
    revoke_model_permissions(apps, "practices", ["topic"])
    assert not {"add_topic", "change_topic"} & rights("Editors", "practices")

    grant_model_permissions(apps, "practices", ["topic"])

    assert {"add_topic", "change_topic", "delete_topic", "view_topic"} <= rights(
        "Editors", "practices"
    )
