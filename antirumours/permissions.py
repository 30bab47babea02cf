"""Coordinators' rights on the toolkit's models, and the per-city rule for Wagtail's admin.

The framework (tools.permissions) decides which cities a user manages; here the model
permissions that let coordinators work on their city's rumours, reports, network, campaigns
and certificates are granted, and a permission policy narrows every object to those cities.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from tools.permissions import filter_for_user, user_can_manage_city

__all__ = [
    "CityScopedPermissionPolicy",
    "COORDINATOR_PERMISSIONS",
    "grant_after_migrate",
    "grant_antirumour_permissions",
    "grant_to_new_coordinators",
]

#: model name -> actions coordinators may take. Reports come from residents (no "add");
#: certificates and checker counts are issued by the site (view only).
COORDINATOR_PERMISSIONS = {
    "rumour": ("add", "change", "delete", "view", "publish"),
    "rumourreport": ("change", "delete", "view"),
    "networkorganisation": ("add", "change", "delete", "view"),
    "trainingsession": ("add", "change", "delete", "view"),
    "campaign": ("add", "change", "delete", "view"),
    "certificate": ("view",),
    "checkertally": ("view",),
    "evaluation": ("add", "change", "view"),
}


class CityScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the rows of the cities the user manages."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and user_can_manage_city(user, instance.city)

    def instances_user_has_permission_for(self, user, action):
        return filter_for_user(super().instances_user_has_permission_for(user, action), user)


def grant_antirumour_permissions(group):
    """Give a coordinator (or editor) group the toolkit's model permissions."""
    wanted = Q()
    for model, actions in COORDINATOR_PERMISSIONS.items():
        wanted |= Q(content_type__model=model, codename__in=[f"{a}_{model}" for a in actions])
    group.permissions.add(*Permission.objects.filter(wanted, content_type__app_label="antirumours"))


def grant_to_new_coordinators(sender, instance, created, **kwargs):
    """post_save of CityCoordinators: a new city's group can work on its strategy at once."""
    if created:
        grant_antirumour_permissions(instance.group)


def grant_after_migrate(sender, using="default", **kwargs):
    """post_migrate of this app: existing coordinator and editor groups get the permissions.

    Creates this app's permissions first (Django's own handler may run later).
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from wagtail.snippets.models import create_extra_permissions

    create_permissions(sender, verbosity=0, using=using)
    create_extra_permissions(apps.get_app_config("wagtailsnippets"), using=using)
    groups = Group.objects.using(using).filter(
        Q(coordinated_city__isnull=False)
        | Q(
            permissions__codename="manage_all_city_tools",
            permissions__content_type__app_label="tools",
        )
    )
    for group in groups.distinct():
        grant_antirumour_permissions(group)
