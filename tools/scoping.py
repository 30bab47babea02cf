"""The one rule for which rows of a tool a user may see and change: their cities' rows.

Every tool model is city data (path `city`). A tool declares its other models that hold a
city's data in `CityTool.city_data`, each a `CityData` (the model, the path from it to its city
page, the model permissions a coordinator gets on it, and the actions anyone may take in the
admin). From these declarations:

- `visible_to(user, queryset, action)` narrows any queryset of city data to the cities the user
  manages; listings, choosers (and their search and `chosen` endpoints), bulk actions, the
  admin URL guard and the exports all call it; `visible_or_404(user, queryset, pk)` is the one
  row an admin screen's URL names, or a 404 whether it exists or not;
- `CityScopedPermissionPolicy` gives Wagtail's own screens the same rule;
- `tools.grants.grant_tool_permissions` grants each city's coordinators the declared
  permissions, so no grant lives in a tool's demo.

Editors and administrators (`tools.permissions.user_edits_all_cities`) see and change every
city. Moderators (`user_sees_all_cities`) see every city's rows and change those of the
moderation queues (models with `CityData.awaiting`); a customisation or rumour card that waits
in its city's review for their group (`reviews`) they may open in Wagtail's editor, approve or
send back, as Wagtail's `GroupApprovalTask` allows; nothing else.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.http import Http404
from wagtail.images import get_image_model
from wagtail.models import WorkflowMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from tools.permissions import (
    coordinated_cities,
    user_edits_all_cities,
    user_moderates_only,
    user_sees_all_cities,
)
from tools.registry import get_tool_types
from tools.review import must_submit_for_review

__all__ = [
    "COORDINATOR_TOOL_ACTIONS",
    "CityData",
    "CityScopedPermissionPolicy",
    "city_data_models",
    "city_of",
    "held_for_review",
    "images_for",
    "reviews",
    "scope_of",
    "user_may",
    "visible_or_404",
    "visible_to",
]

#: What a coordinator may do with their city's customisations of every tool.
COORDINATOR_TOOL_ACTIONS = ("add", "change", "delete", "publish", "view")


@dataclass(frozen=True)
class CityData:
    """A model holding one city's data, as a tool declares it in `CityTool.city_data`.

    - `model`: the model or its label ("antirumours.RumourReport");
    - `city_field`: the path from a row to its CityPage ("project__city");
    - `coordinator_actions`: the model permissions each city's coordinator group is given;
    - `admin_actions`: the only actions anyone may take on it in the admin (None: all), for
      rows that only the public site creates or that are never edited;
    - `shared_when_empty`: rows without a city are shared by every city: any coordinator may
      see them (and use them), only editors may change them;
    - `awaiting`: the field values of rows that wait for a person's decision (a moderation
      queue), as pairs: (("status", "pending"),); counted on the coordinator's dashboard;
    - `recent`: the date field of rows that are results of the tool (completions,
      contributions), counted over the last days on the coordinator's dashboard;
    - `listing`: the admin URL name of the screen that lists the rows (by default, the
      model's snippet listing);
    - `residents_see`: residents see a change of these rows at once (they have no drafts): in a
      city whose tool changes are reviewed (`tools.review`), its coordinators may not add,
      change or delete them (True), or only those whose attribute of this name is true (a
      heritage item once approved: "is_public").
    """

    model: object
    city_field: str = "city"
    coordinator_actions: tuple = ()
    admin_actions: tuple | None = None
    shared_when_empty: bool = False
    awaiting: tuple = ()
    recent: str = ""
    listing: str = ""
    residents_see: bool | str = False

    def get_model(self):
        if isinstance(self.model, str):
            return apps.get_model(self.model)
        return self.model


def _declarations():
    """(model, CityData) for every tool model and every model the installed tools declare."""
    # The framework's own record of each city's shared tool settings is city data too.
    settings_model = apps.get_model("tools", "CityToolSettings")
    found = [(settings_model, CityData(settings_model, "city"))]
    for tool_type in get_tool_types():
        found.append(
            (tool_type, CityData(tool_type, "city", coordinator_actions=COORDINATOR_TOOL_ACTIONS))
        )
        for data in tool_type.city_data:
            found.append((data.get_model(), data))
    return found


# Asked several times per request: rebuilt only when the app registry changes (Django then
# makes a new list of models), so that installing or removing a tool app still counts at once.
_cache = {"models": None, "scopes": {}}


def city_data_models():
    """{model: CityData} of every city-scoped model of the installed tools."""
    models = apps.get_models()
    if _cache["models"] is not models:
        scopes = {}
        for model, data in _declarations():
            scopes.setdefault(model, data)
        _cache.update(models=models, scopes=scopes)
    return _cache["scopes"]


def scope_of(model):
    """The `CityData` declaration of `model` (a class or an instance), or None."""
    if not isinstance(model, type):
        model = type(model)
    scopes = city_data_models()
    for candidate in model.__mro__:
        if candidate in scopes:
            return scopes[candidate]
    return None


def visible_to(user, queryset, action="view"):
    """The rows of `queryset` (a queryset or a model) that `user` may see, or take `action` on.

    Rows of models that hold no city's data pass unchanged: this rule only narrows city data,
    Wagtail's model and collection permissions still apply to everything else.
    """
    if isinstance(queryset, type):
        queryset = queryset._default_manager.all()
    data = scope_of(queryset.model)
    if data is None or user_edits_all_cities(user):
        return queryset
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user_sees_all_cities(user) and (action == "view" or data.awaiting):
        return queryset  # a moderator: every city's rows, and every moderation queue
    allowed = Q(**{f"{data.city_field}__in": coordinated_cities(user)})
    if data.shared_when_empty and action == "view":
        allowed |= Q(**{f"{data.city_field}__isnull": True})
    return queryset.filter(allowed)


def visible_or_404(user, queryset, pk, action="view"):
    """The row `pk` of `queryset` (a queryset or a model) if `user` may see it (or take `action`
    on it); else 404, whether it exists or not, so that another city's rows are not revealed."""
    found = visible_to(user, queryset, action).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def user_may(user, instance, action="view"):
    """Whether `user` may see (or take `action` on) this row of city data."""
    if scope_of(instance) is None or user_edits_all_cities(user):
        return True
    if instance.pk is None:
        return False
    manager = type(instance)._default_manager
    return visible_to(user, manager.filter(pk=instance.pk), action).exists()


class CityScopedPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed to the rows of the cities the user manages.

    Registered by the framework for every city-scoped model, so that Wagtail's own screens
    (edit, delete, history, bulk actions, wagtail-localize's editor) follow `visible_to`.
    """

    def _allowed(self, action):
        data = scope_of(self.model)
        return data is None or data.admin_actions is None or action in data.admin_actions

    def user_has_permission(self, user, action):
        if not self._allowed(action):
            return False
        if super().user_has_permission(user, action):
            return True
        # Approving a change in its city's review publishes it, and Wagtail asks the approver
        # for the model's publish permission (`PublishRevisionAction.check`, no object given).
        # A moderator holds it for the reviewed models (customisations, rumour cards) and for
        # nothing else: every publish of an object is still refused to them
        # (`user_has_permission_for_instance`, the admin URL guard), so approving is their only
        # way to publish.
        return (
            action == "publish"
            and issubclass(self.model, WorkflowMixin)
            and user_moderates_only(user)
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self._allowed(action)
            and super().user_has_permission_for_instance(user, action, instance)
            and user_may(user, instance, action)
            and not held_for_review(user, instance, action)
        )

    def instances_user_has_permission_for(self, user, action):
        if not self._allowed(action):
            return self.model._default_manager.none()
        return visible_to(user, super().instances_user_has_permission_for(user, action), action)


def reviews(user, instance):
    """Whether `instance` (a customisation or rumour card) waits in its city's review for a task
    that lets `user` into its editor (a `GroupApprovalTask` of one of their groups): Wagtail then
    lets them open it, approve it or ask for changes, whatever their model permissions."""
    if not isinstance(instance, WorkflowMixin) or instance.pk is None:
        return False
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    task = instance.current_workflow_task
    return task is not None and task.user_can_access_editor(instance, user)


def city_of(instance):
    """The city page a row of city data belongs to (by its `city_field`), or None."""
    data = scope_of(instance)
    if data is None:
        return None
    found = instance
    for name in data.city_field.split("__"):
        try:
            found = getattr(found, name)
        except ObjectDoesNotExist:
            return None
        if found is None:
            return None
    return found


#: What residents see at once of a row that has drafts and a review (a `WorkflowMixin` model:
#: customisations, rumour cards): its publication, and the deletion of its live version.
_PUBLISHING_ACTIONS = ("publish", "unpublish")


def residents_see(data, instance):
    """Whether residents see this row of city data (`CityData.residents_see`) as it is now."""
    if isinstance(data.residents_see, str):
        return instance.pk is not None and bool(getattr(instance, data.residents_see, False))
    return data.residents_see is True


def held_for_review(user, instance, action):
    """Whether taking `action` on `instance` would let `user` change what residents see
    without the review its city asked for (`tools.review`): they must submit a draft instead,
    or ask someone who sees every city."""
    data = scope_of(instance)
    if data is None:
        return False
    if isinstance(instance, WorkflowMixin):
        held = action in _PUBLISHING_ACTIONS or (action == "delete" and instance.live)
    else:
        held = residents_see(data, instance) and action in (
            "add",
            "change",
            "delete",
            *_PUBLISHING_ACTIONS,
        )
    if not held:
        return False
    city = city_of(instance)
    return city is not None and must_submit_for_review(user, city)


def images_for(user, actions=("choose", "change")):
    """The images `user` may choose or change: Wagtail's collection permissions (each city's
    coordinators work in their city's collection, `tools.grants`)."""
    policy = policy_registry.get_by_type(get_image_model())
    return policy.instances_user_has_any_permission_for(user, list(actions))
