"""Who may manage which city's tools, results and exports.

Administrators (superusers) and users holding `tools.manage_all_city_tools` (the Editors and
Moderators groups are given it) see every city. Anyone else sees only the cities whose
coordinator group (`CityCoordinators`) they belong to. A city counts with all its translations.

Tool apps use `cities_for_user()` / `filter_for_user()` for their own querysets (results,
exports) and `CityScopedMixin` / `city_scoped` for their admin and export views: another city's
object is a 404, so its existence is not revealed.
"""

from functools import wraps

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

__all__ = [
    "ALL_CITIES_PERMISSION",
    "CityScopedMixin",
    "cities_for_user",
    "city_scoped",
    "filter_for_user",
    "grant_tool_permissions",
    "user_can_manage_city",
    "user_sees_all_cities",
]

ALL_CITIES_PERMISSION = "tools.manage_all_city_tools"

# What a coordinator may do with their city's customisations, and the admin basics.
COORDINATOR_TOOL_ACTIONS = ("add", "change", "delete", "publish", "view")


def user_sees_all_cities(user):
    """Administrators and editors manage every city."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm(ALL_CITIES_PERMISSION)


def cities_for_user(user):
    """The city pages (every language version) whose tools `user` may manage."""
    from cities.models import CityPage

    if user_sees_all_cities(user):
        return CityPage.objects.all()
    if not user.is_authenticated or not user.is_active:
        return CityPage.objects.none()
    keys = CityPage.objects.filter(coordinators__group__user=user).values("translation_key")
    return CityPage.objects.filter(translation_key__in=keys)


def filter_for_user(queryset, user, city_field="city"):
    """Restrict `queryset` to rows whose `city_field` (a path to a CityPage) the user manages.

    For a results model with a foreign key `customisation` to a tool, pass
    `city_field="customisation__city"`.
    """
    if user_sees_all_cities(user):
        return queryset
    return queryset.filter(**{f"{city_field}__in": cities_for_user(user)})


def user_can_manage_city(user, city):
    """Whether `user` may manage the tools of `city` (a CityPage in any language)."""
    if user_sees_all_cities(user):
        return True
    return cities_for_user(user).filter(pk=city.pk).exists()


class CityScopedMixin:
    """For class-based admin and export views: refuse objects of cities the user does not manage.

    Set `city_field` to the path from the view's model to its CityPage. `get_queryset()` is
    filtered, so `get_object()` of a detail/update/delete view answers 404 for another city;
    a view without `get_queryset()` can call `check_city(city)`.
    """

    city_field = "city"

    def get_queryset(self):
        return filter_for_user(super().get_queryset(), self.request.user, self.city_field)

    def check_city(self, city):
        """Raise Http404 unless the user manages `city`."""
        if not user_can_manage_city(self.request.user, city):
            raise Http404


def city_scoped(get_city):
    """Decorator for function views: `get_city(request, **kwargs)` returns the city concerned.

    Anonymous users get 403; users who do not manage that city get 404.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                raise PermissionDenied
            city = get_city(request, *args, **kwargs)
            if city is None or not user_can_manage_city(request.user, city):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def grant_tool_permissions(group):
    """Give a coordinator group what it needs: admin access, images, and every tool type."""
    from tools.registry import get_tool_types

    wanted = [
        ("wagtailadmin", "admin", "access_admin"),
    ]
    for model in get_tool_types():
        content_type = ContentType.objects.get_for_model(model)
        for action in COORDINATOR_TOOL_ACTIONS:
            wanted.append(
                (content_type.app_label, content_type.model, f"{action}_{content_type.model}")
            )
    permissions = []
    for app_label, model, codename in wanted:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission is not None:
            permissions.append(permission)
    group.permissions.add(*permissions)
    _grant_image_access(group)


def _grant_image_access(group):
    """Let coordinators upload and choose a logo in the root image collection."""
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for codename in ("add_image", "choose_image"):
        permission = Permission.objects.filter(
            content_type__app_label="wagtailimages", codename=codename
        ).first()
        if permission is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def grant_tool_permissions_after_migrate(sender, app_config=None, using="default", **kwargs):
    """post_migrate: a newly installed tool app reaches the coordinator and editor groups.

    Runs only for an app that holds tool types, after creating that app's permissions itself
    (Django's own handler may run later, as "tools" is listed before django.contrib.auth).
    """
    from django.contrib.auth.management import create_permissions
    from django.db import connections
    from wagtail.snippets.models import create_extra_permissions

    from tools.models import CityCoordinators
    from tools.registry import get_tool_types

    app_config = app_config or sender
    if not any(model._meta.app_config is app_config for model in get_tool_types()):
        return
    if CityCoordinators._meta.db_table not in connections[using].introspection.table_names():
        return
    create_permissions(app_config, verbosity=0, using=using)
    snippets_config = apps.get_app_config("wagtailsnippets")
    create_extra_permissions(snippets_config, using=using)
    for group in (
        Group.objects.using(using)
        .filter(
            Q(coordinated_city__isnull=False)
            | Q(
                permissions__codename="manage_all_city_tools",
                permissions__content_type__app_label="tools",
            )
        )
        .distinct()
    ):
        grant_tool_permissions(group)
