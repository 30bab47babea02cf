"""The "Tools" admin menu: one snippet viewset per installed tool type, scoped by city.

`wagtail_hooks.py` registers `tools_group`; `register_tool_admin()` adds a viewset for any tool
type from the registry that has none yet. The menu is built on each request from the registry,
so a tool whose app is no longer installed disappears and its admin URLs answer 404.
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.utils.urlpatterns import decorate_urlpatterns

from tools.admin_forms import SharedSettingsForm
from tools.models import CityCoordinators
from tools.panels import EmbedCodePanel, LanguagesPanel
from tools.permissions import cities_for_user, filter_for_user, user_can_manage_city
from tools.registry import get_tool_types, is_tool_type_installed
from tools.views.admin import EmbedCodeView
from tools.views.languages import CustomisationLanguagesView

__all__ = [
    "CityToolAdminForm",
    "CityToolPermissionPolicy",
    "CityToolViewSet",
    "ToolsViewSetGroup",
    "register_tool_admin",
    "tools_group",
]


class CityToolPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the cities the user coordinates.

    Registered for every tool model so that other admin screens using Wagtail's permission
    policies (wagtail-localize's translation editor, choosers) apply the same rule.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and user_can_manage_city(user, instance.city)

    def instances_user_has_permission_for(self, user, action):
        return filter_for_user(super().instances_user_has_permission_for(user, action), user)


class CityToolAdminForm(SharedSettingsForm):
    """The customisation form: the city list holds only the cities the user coordinates."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "city" in self.fields and self.for_user is not None:
            field = self.fields["city"]
            field.queryset = (
                cities_for_user(self.for_user).select_related("locale").order_by("title")
            )
            field.label_from_instance = lambda city: f"{city.title} ({city.locale.language_code})"


def _city_guard(model):
    """Wrap an admin view: 404 when the tool is not installed any more, or when the object in
    the URL belongs to a city the user does not coordinate."""

    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not is_tool_type_installed(model):
                raise Http404
            pk = kwargs.get("pk")
            if pk is not None:
                instance = model.objects.filter(pk=unquote(str(pk))).select_related("city")
                instance = instance.first()
                if instance is None or not user_can_manage_city(request.user, instance.city):
                    raise Http404
            return view(request, *args, **kwargs)

        return guarded

    return decorator


class CityToolViewSet(SnippetViewSet):
    """Admin screens of one tool type: list, create, edit, preview, publish, embed code."""

    add_to_admin_menu = False
    list_display = [
        "__str__",
        Column("city", label=_("City"), accessor="city"),
        "enabled",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    embed_code_view_class = EmbedCodeView
    languages_view_class = CustomisationLanguagesView

    def get_queryset(self, request):
        return (
            filter_for_user(self.model.objects.all(), request.user)
            .select_related("city", "locale")
            .with_shared_settings()
        )

    def get_edit_handler(self):
        panels = [
            *[
                FieldPanel("city", widget=forms.Select, heading=_("City"))
                if getattr(panel, "field_name", None) == "city"
                else panel
                for panel in self.model.get_admin_panels()
            ],
            EmbedCodePanel(heading=_("Embed code")),
            LanguagesPanel(heading=_("Languages")),
        ]
        return ObjectList(panels, base_form_class=CityToolAdminForm).bind_to_model(self.model)

    @property
    def embed_code_view(self):
        return self.embed_code_view_class.as_view(
            model=self.model, url_namespace=self.url_namespace
        )

    @property
    def languages_view(self):
        return self.languages_view_class.as_view(model=self.model, url_namespace=self.url_namespace)

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns() + [
            path("embed-code/<str:pk>/", self.embed_code_view, name="embed_code"),
            path("languages/<str:pk>/", self.languages_view, name="languages"),
        ]
        return decorate_urlpatterns(patterns, _city_guard(self.model))

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order=order)
        shown_by_permission = item.is_shown
        model = self.model
        # Read the registry on every request: an uninstalled tool leaves the menu at once.
        item.is_shown = lambda request: (
            is_tool_type_installed(model) and shown_by_permission(request)
        )
        return item


class CityCoordinatorsViewSet(SnippetViewSet):
    """Which group coordinates which city; for administrators."""

    model = CityCoordinators
    icon = "group"
    menu_label = _("City coordinators")
    list_display = ["city", "group"]


class ToolsMenu(Menu):
    """The "Tools" submenu, rebuilt on each request from the group's current viewsets."""

    def __init__(self, group):
        super().__init__()
        self.group = group

    @property
    def registered_menu_items(self):
        return self.group.get_submenu_items()

    def menu_items_for_request(self, request):
        # Wagtail asks twice a request (is the submenu shown? then to render it), and each
        # item's permission check may cost a query: answer once per request.
        cache = request.__dict__.setdefault("_tools_menu_items", {})
        if id(self) not in cache:
            cache[id(self)] = super().menu_items_for_request(request)
        return cache[id(self)]


class ToolsViewSetGroup(SnippetViewSetGroup):
    """The "Tools" menu group: a viewset per tool type, then the coordinator groups."""

    menu_label = _("Tools")
    menu_icon = "cogs"
    menu_order = 250
    items = (CityCoordinatorsViewSet,)

    def add_viewset(self, viewset):
        """Add a viewset after start-up (see `register_tool_admin`)."""
        viewset.menu_item_is_registered = True
        self.registerables.insert(len(self.registerables) - 1, viewset)

    def get_menu_item(self, order=None):
        return SubmenuMenuItem(
            label=self.menu_label,
            menu=ToolsMenu(self),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
        )


def build_viewset_class(model):
    """A `CityToolViewSet` subclass for one tool model."""
    return type(
        f"{model.__name__}ViewSet",
        (CityToolViewSet,),
        {"model": model, "icon": model.icon, "menu_label": model.get_tool_name()},
    )


tools_group = ToolsViewSetGroup()
_registered_models = set()


def register_tool_admin(group=None):
    """Register a viewset, and a city-scoped permission policy, for each tool type in the
    registry that has none. Called when the hooks load (start-up); returns the new viewsets."""
    group = group or tools_group
    added = []
    for model in get_tool_types():
        if model in _registered_models:
            continue
        if not policy_registry.get_fallback_policy(model):
            register_permission_policy(model, CityToolPermissionPolicy(model), exact_class=True)
        viewset = build_viewset_class(model)()
        group.add_viewset(viewset)
        register_snippet(viewset)
        _registered_models.add(model)
        added.append(viewset)
    return added
