"""Who moderates which items and edits which projects: a city's coordinators, its own only.

Coordinator groups get the model permissions below (`grant_heritage_permissions`), when the
framework creates them (post_save of `CityCoordinators`) and after each migrate. The policies
then narrow every permission to the cities the user coordinates (`tools.permissions`);
editors and administrators see every city.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from tools.permissions import filter_for_user, user_can_manage_city

__all__ = [
    "CityScopedPolicy",
    "grant_after_migrate",
    "grant_heritage_permissions",
    "grant_to_new_coordinators",
]

HERITAGE_MODELS = ("mappingproject", "heritageitem")
ACTIONS = ("add", "change", "delete", "view")


class CityScopedPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the cities the user manages. `city_field` is the path
    from the model to its CityPage."""

    def __init__(self, model, city_field, auth_model=None):
        super().__init__(model, auth_model=auth_model)
        self.city_field = city_field

    def _city_of(self, instance):
        target = instance
        for part in self.city_field.split("__"):
            target = getattr(target, part, None)
            if target is None:
                return None
        return target

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        city = self._city_of(instance)
        return city is not None and user_can_manage_city(user, city)

    def instances_user_has_permission_for(self, user, action):
        queryset = super().instances_user_has_permission_for(user, action)
        return filter_for_user(queryset, user, self.city_field)


def grant_heritage_permissions(group):
    """Let a group edit mapping projects and moderate items (of the cities it coordinates)."""
    permissions = Permission.objects.filter(
        content_type__app_label="heritage_mapping",
        content_type__model__in=HERITAGE_MODELS,
        codename__in=[f"{action}_{model}" for action in ACTIONS for model in HERITAGE_MODELS],
    )
    group.permissions.add(*permissions)


def grant_to_new_coordinators(sender, instance, created=False, raw=False, **kwargs):
    """post_save of `CityCoordinators`: the city's group may moderate its heritage maps."""
    if created and not raw:
        grant_heritage_permissions(instance.group)


def grant_after_migrate(sender, using="default", **kwargs):
    """post_migrate: coordinator groups and groups managing every city (editors) get the
    permissions, including groups that existed before this app was installed."""
    from django.contrib.auth.management import create_permissions

    create_permissions(sender, verbosity=0, using=using)
    groups = (
        Group.objects.using(using)
        .filter(
            Q(coordinated_city__isnull=False)
            | Q(
                permissions__codename="manage_all_city_tools",
                permissions__content_type__app_label="tools",
            )
        )
        .distinct()
    )
    for group in groups:
        grant_heritage_permissions(group)
