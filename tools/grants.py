"""Coordinator permissions, granted by the framework from what each tool declares.

Each city's coordinator group gets: access to the admin; the declared actions on every tool
model and on every model a tool lists in `CityTool.city_data` (`tools.scoping`); and an image
collection of its own, where its logos go and where alone its image chooser looks. Groups that
manage every city (editors) get the same model permissions and the root collection. Groups that
moderate every city (`tools.moderate_all_cities`: moderators) get the declared permissions of
the moderation queues only (the models with `CityData.awaiting`), and lose any other declared
one: a customisation or rumour card is theirs to open only while it waits for their approval
(`tools.scoping.reviews`).

This runs when a city's coordinator group is created (post_save of `CityCoordinators`, however
it is created: admin, code or demo) and after every migrate, so that a tool installed later
reaches the existing groups. Nothing else grants coordinator rights.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import Q
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.snippets.models import create_extra_permissions

from tools.models import CityCoordinators
from tools.registry import get_tool_types
from tools.scoping import city_data_models

__all__ = [
    "city_collection",
    "grant_after_migrate",
    "grant_to_new_coordinators",
    "grant_tool_permissions",
]

IMAGE_ACTIONS_FOR_COORDINATORS = ("add_image", "change_image", "choose_image")
IMAGE_ACTIONS_FOR_EDITORS = ("add_image", "choose_image")


def declared_permissions(queues_only=False):
    """The Permission rows that the installed tools declare for coordinators (of the moderation
    queues only, with `queues_only`)."""
    wanted = Q(content_type__app_label="wagtailadmin", codename="access_admin")
    for model, data in city_data_models().items():
        if not data.coordinator_actions or (queues_only and not data.awaiting):
            continue
        content_type = ContentType.objects.get_for_model(model)
        wanted |= Q(
            content_type=content_type,
            codename__in=[f"{action}_{content_type.model}" for action in data.coordinator_actions],
        )
    return Permission.objects.filter(wanted)


def city_collection(city):
    """The image collection of `city` (any language version), created under the root."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=city.title).first()
    if existing is not None:
        return existing
    return root.add_child(instance=Collection(name=city.title))


def _grant_collection(group, collection, codenames):
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=codenames
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _moderates_only(group):
    """Whether `group` moderates every city without managing their tools (Moderators)."""
    codenames = set(
        group.permissions.filter(content_type__app_label="tools").values_list("codename", flat=True)
    )
    return "moderate_all_cities" in codenames and "manage_all_city_tools" not in codenames


def grant_tool_permissions(group):
    """Give `group` the declared model permissions and its image collection."""
    coordinated = CityCoordinators.objects.filter(group=group).select_related("city").first()
    if coordinated is None and _moderates_only(group):
        queues = declared_permissions(queues_only=True)
        group.permissions.remove(*declared_permissions().exclude(pk__in=queues))
        group.permissions.add(*queues)
        return
    group.permissions.add(*declared_permissions())
    root = Collection.get_first_root_node()
    if root is None:
        return
    if coordinated is None:
        _grant_collection(group, root, IMAGE_ACTIONS_FOR_EDITORS)
        return
    # A coordinator group works in its city's collection only: the root would show every
    # city's images in its chooser.
    GroupCollectionPermission.objects.filter(group=group, collection=root).delete()
    _grant_collection(group, city_collection(coordinated.city), IMAGE_ACTIONS_FOR_COORDINATORS)


def grant_to_new_coordinators(sender, instance, created=False, raw=False, **kwargs):
    """post_save of `CityCoordinators`: a new city's group can work at once."""
    if not raw:
        grant_tool_permissions(instance.group)


def grant_after_migrate(sender, app_config=None, using="default", **kwargs):
    """post_migrate: coordinator groups, and groups managing every city, get the permissions
    of the tools installed now, including tools installed after the groups were made.

    Runs for the apps that hold tool data, after creating that app's permissions itself
    (Django's own handler may run later, as "tools" is listed before django.contrib.auth).
    """
    app_config = app_config or sender
    models = set(city_data_models()) | set(get_tool_types())
    if not any(model._meta.app_config is app_config for model in models):
        return
    if CityCoordinators._meta.db_table not in connections[using].introspection.table_names():
        return
    create_permissions(app_config, verbosity=0, using=using)
    create_extra_permissions(apps.get_app_config("wagtailsnippets"), using=using)
    groups = Group.objects.using(using).filter(
        Q(coordinated_city__isnull=False)
        | Q(
            permissions__codename__in=["manage_all_city_tools", "moderate_all_cities"],
            permissions__content_type__app_label="tools",
        )
    )
    for group in groups.distinct():
        grant_tool_permissions(group)
