"""The "Tools" admin menu: one snippet viewset per installed tool type, scoped by city.

`wagtail_hooks.py` registers `tools_group`; `register_tool_admin()` adds a viewset for any tool
type from the registry that has none yet. The menu is built on each request from the registry,
so a tool whose app is no longer installed disappears and its admin URLs answer 404.
"""

import copy
from functools import wraps

from django import forms
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import SearchFilterMixin
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.search.index import class_is_indexed
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)
from wagtail.utils.urlpatterns import decorate_urlpatterns

from cities.models import CityPage
from tools.admin_forms import SharedSettingsForm, with_shared_choices
from tools.listing_filters import city_filterset
from tools.models import CityCoordinators
from tools.panels import EmbedCodePanel, LanguagesPanel
from tools.permissions import (
    cities_for_user,
    manages_any_city,
    user_edits_all_cities,
    user_moderates_only,
    user_sees_all_cities,
)
from tools.registry import get_tool_types, is_tool_type_installed
from tools.review import REVIEW_REFUSAL, must_submit_for_review, review_workflow_for
from tools.scoping import (
    CityScopedPermissionPolicy,
    city_data_models,
    city_of,
    images_for,
    residents_see,
    scope_of,
    visible_to,
)
from tools.views import proposals as proposal_views
from tools.views.admin import EmbedCodeView
from tools.views.languages import CustomisationLanguagesView

__all__ = [
    "CityScopedChooserViewSet",
    "CityScopedForm",
    "CityScopedSnippetViewSet",
    "CITY_SCREEN_NAMESPACES",
    "CityScreensViewSet",
    "CityToolAdminForm",
    "CityToolViewSet",
    "ProposalsViewSet",
    "ReviewedCreateView",
    "ReviewedEditView",
    "ToolsViewSetGroup",
    "add_city_screens",
    "add_snippet_viewsets",
    "register_city_scoped_policies",
    "register_tool_admin",
    "tools_group",
]


class CityScopedForm(WagtailAdminModelForm):
    """An admin form whose choices follow `tools.scoping`: the city list holds only the cities
    the user manages, every list of city data (projects, rumours...) only their rows, and an
    image field only the images of their collections."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            if queryset.model is CityPage:
                field.queryset = (
                    cities_for_user(self.for_user).select_related("locale").order_by("title")
                )
                field.label_from_instance = lambda city: (
                    f"{city.title} ({city.locale.language_code})"
                )
            elif queryset.model is get_image_model():
                # Images of the user's collections only: another city's logo is not a choice.
                field.queryset = images_for(self.for_user, ["choose"])
            elif scope_of(queryset.model) is not None:
                field.queryset = visible_to(self.for_user, queryset)

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is not None and self._reaches_residents_unreviewed(cleaned_data):
            raise forms.ValidationError(REVIEW_REFUSAL, code="review")
        return cleaned_data

    def _reaches_residents_unreviewed(self, cleaned_data):
        """Whether saving would change, at once, what residents of a city whose tool changes are
        reviewed see (`CityData.residents_see`), for one of its coordinators."""
        data = scope_of(self._meta.model)
        if data is None or not data.residents_see or user_edits_all_cities(self.for_user):
            return False
        if self.instance.pk and not residents_see(data, self.instance):
            return False  # a row residents do not see yet (an item waiting for moderation)
        if not self.instance.pk and data.residents_see is not True:
            return False  # a new row residents see only once moderated
        cities = [city_of(self.instance)] if self.instance.pk else []
        if data.city_field in cleaned_data:
            cities.append(cleaned_data[data.city_field])
        return any(
            city is not None and must_submit_for_review(self.for_user, city) for city in cities
        )


class CityToolAdminForm(CityScopedForm, SharedSettingsForm):
    """The customisation form: the city's shared settings, and only the cities (and images)
    the user may choose."""


class DatabaseSearchFilterMixin(forms.Form):
    """A chooser's search box for a model without a search index: the words typed, matched in
    the database against the snippet viewset's `search_fields` (Wagtail's own field, labels
    included)."""

    q = copy.deepcopy(SearchFilterMixin.base_fields["q"])
    search_fields = ()

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query and self.search_fields:
            condition = Q()
            for field in self.search_fields:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = query
        return objects


def names_a_city(model):
    """Whether `model` has a `city` field pointing to a city profile."""
    try:
        field = model._meta.get_field("city")
    except FieldDoesNotExist:
        return False
    related = getattr(field, "related_model", None)
    return isinstance(related, type) and issubclass(related, CityPage)


class ScopedChooserMixin:
    """Chooser views (list, search results, chosen, chosen-multiple) offering only the rows
    the user may see (`tools.scoping.visible_to`), searchable in the database by the snippet
    viewset's `search_fields` when the model has no search index.

    A model that is not city data but names a city (the coordinator groups' records) offers a
    coordinator only the rows of their cities too: Wagtail's snippet choosers check no
    permission, so any admin user can open them. A moderator, who sees every city, is offered
    only the rows of the models they hold a permission on (the moderation queues)."""

    def narrowed(self, queryset):
        user = self.request.user
        queryset = visible_to(user, queryset)
        if (
            scope_of(queryset.model) is not None
            and user_moderates_only(user)
            and not policy_registry.get_by_type(queryset.model).user_has_any_permission(
                user, ["add", "change", "delete", "view"]
            )
        ):
            return queryset.none()
        if scope_of(queryset.model) is None and names_a_city(queryset.model):
            if not user_sees_all_cities(user):
                queryset = queryset.filter(city__in=cities_for_user(user))
        return queryset

    def get_filter_form_class(self):
        form_class = super().get_filter_form_class()
        viewset = getattr(self.model_class, "snippet_viewset", None)
        fields = getattr(viewset, "search_fields", None)
        # A viewset without search fields holds Wagtail's UNDEFINED marker, not a list.
        fields = tuple(fields) if isinstance(fields, (list, tuple)) else ()
        if self.filter_form_class or class_is_indexed(self.model_class) or not fields:
            return form_class
        return type(
            "FilterForm",
            (DatabaseSearchFilterMixin, form_class),
            {"search_fields": tuple(fields)},
        )

    def get_object_list(self):
        return self.narrowed(super().get_object_list())

    def get_object(self, pk):
        return self.narrowed(self.model_class.objects.all()).get(pk=pk)

    def get_objects(self, pks):
        return self.narrowed(super().get_objects(pks))


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(ScopedChooserMixin, SnippetChosenView):
    pass


class ScopedChosenMultipleView(ScopedChooserMixin, SnippetChosenMultipleView):
    pass


class CityScopedChooserViewSet(SnippetChooserViewSet):
    """The snippet chooser of a city-scoped model, with its search and `chosen` endpoints."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class CityScopedSnippetViewSet(SnippetViewSet):
    """The admin base of every model holding a city's data (tool customisations, questions,
    rumours, heritage items...): listing, search, export, chooser and forms follow
    `tools.scoping.visible_to`, Wagtail's screens follow `CityScopedPermissionPolicy`, and
    `tools.admin_guard` answers 404 for another city's object in any admin URL.
    """

    add_to_admin_menu = False
    chooser_viewset_class = CityScopedChooserViewSet
    #: The form every panel set is bound to; subclasses may extend it.
    base_form_class = CityScopedForm
    #: `select_related()` paths for the listing.
    list_select_related = ()

    def __init__(self, *args, **kwargs):
        # Wagtail's screens read the permission policy from its registry: put ours there first.
        register_city_scoped_policies()
        super().__init__(*args, **kwargs)
        data = scope_of(self.model)
        if data is not None and self.filterset_class is self.UNDEFINED:
            # Every tool's listing can be narrowed to one of the user's cities.
            list_filter = None if self.list_filter is self.UNDEFINED else self.list_filter
            self.filterset_class = city_filterset(self.model, data.city_field, list_filter)

    def get_queryset(self, request):
        queryset = visible_to(request.user, self.model._default_manager.all())
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        return queryset

    def get_panels(self):
        return getattr(self, "panels", None) or self.model.panels

    def get_edit_handler(self):
        return ObjectList(self.get_panels(), base_form_class=self.base_form_class).bind_to_model(
            self.model
        )


def register_city_scoped_policies():
    """Give every city-scoped model the framework's permission policy (Wagtail's registry), so
    that Wagtail's own screens and bulk actions apply the same rule as ours."""
    for model in city_data_models():
        if model not in _policy_models:
            register_permission_policy(model, CityScopedPermissionPolicy(model), exact_class=True)
            _policy_models.add(model)


_policy_models = set()


def _installed_only(model):
    """Wrap an admin view: 404 when the tool's app is not installed any more."""

    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not is_tool_type_installed(model):
                raise Http404
            return view(request, *args, **kwargs)

        return guarded

    return decorator


class HoldPublishingForReviewMixin:
    """In a city whose tool changes are reviewed (`tools.review`), a publish posted by one of its
    coordinators saves a draft instead, with what they typed: the edit page may have been opened
    before the city's review began, when it still offered Publish. The saved draft says so
    (`tools.wagtail_hooks`); the coordinator then submits it.

    A draft saved by anyone in such a city (an editor correcting a coordinator's draft that
    awaits review) keeps its changes to the shared settings in the draft too: they reach
    residents when the review publishes it, never before."""

    def city_for_review(self):
        return self.object.city if self.object is not None and self.object.city_id else None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if request.method != "POST" or "action-publish" not in request.POST:
            return
        city = self.city_for_review()
        # A moderator never publishes from the editor either: they approve.
        held = user_moderates_only(request.user)
        if not held and (city is None or not must_submit_for_review(request.user, city)):
            return
        request.POST = request.POST.copy()
        request.POST.pop("action-publish")
        request.publish_held_for_review = True
        self.action = self.get_action(request)
        self.saving_as_draft = self.draftstate_enabled and self.action in ("create", "edit")

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if (
            self.request.method == "POST"
            and getattr(form, "shared_locked", None) is False
            and self.action != "publish"
        ):
            city = self.city_for_review()
            form.shared_locked = city is not None and review_workflow_for(city) is not None
        return form


class ReviewedEditView(HoldPublishingForReviewMixin, EditView):
    """The edit view of a model that goes through its city's review (customisations, rumour
    cards)."""


class ReviewedCreateView(HoldPublishingForReviewMixin, CreateView):
    def city_for_review(self):
        city_id = self.request.POST.get("city", "")
        return CityPage.objects.filter(pk=city_id).first() if city_id.isdigit() else None


class CityToolViewSet(CityScopedSnippetViewSet):
    """Admin screens of one tool type: list, create, edit, preview, publish, embed code."""

    list_display = [
        "__str__",
        Column("city", label=_("City"), accessor="city"),
        "enabled",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    embed_code_view_class = EmbedCodeView
    languages_view_class = CustomisationLanguagesView
    add_view_class = ReviewedCreateView
    edit_view_class = ReviewedEditView

    list_select_related = ("city", "locale")
    base_form_class = CityToolAdminForm

    def get_queryset(self, request):
        return super().get_queryset(request).with_shared_settings()

    def get_edit_handler(self):
        # The tool's own shared choices are form fields of the form, not model fields.
        form_class = with_shared_choices(self.base_form_class, self.model)
        return ObjectList(self.get_panels(), base_form_class=form_class).bind_to_model(self.model)

    def get_panels(self):
        return [
            *[
                FieldPanel("city", widget=forms.Select, heading=_("City"))
                if getattr(panel, "field_name", None) == "city"
                else panel
                for panel in self.model.get_admin_panels()
            ],
            EmbedCodePanel(heading=_("Embed code")),
            LanguagesPanel(heading=_("Languages")),
        ]

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
        return decorate_urlpatterns(patterns, _installed_only(self.model))

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
    """Which group coordinates which city; for administrators. Its chooser offers a coordinator
    only their own cities' records."""

    model = CityCoordinators
    chooser_viewset_class = CityScopedChooserViewSet
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
        # item's permission check may cost a query: answer once per request, with the checks
        # the menu by tool makes too (`ToolsViewSetGroup.shown`).
        cache = request.__dict__.setdefault("_tools_menu_items", {})
        if id(self) not in cache:
            cache[id(self)] = [
                item
                for registerable, item in zip(
                    self.group.registerables, self.registered_menu_items, strict=True
                )
                if self.group.shown(request, registerable, item)
            ]
        return cache[id(self)]


class ToolsViewSetGroup(SnippetViewSetGroup):
    """The "Tools" menu group: a viewset per tool type, then the coordinator groups."""

    menu_label = _("Tools")
    menu_name = "tools"
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

    def shown(self, request, registerable, item):
        """Whether `item`, a menu item of `registerable`, is shown to the request's user. Each
        main menu asks twice (is the "Tools" submenu shown? then the menu by tool), and the
        answer is a permission check: asked once per request and screen."""
        known = request.__dict__.setdefault("_tools_menu_shown", {})
        if id(registerable) not in known:
            known[id(registerable)] = item.is_shown(request)
        return known[id(registerable)]

    def menu_items_by_tool(self, request):
        """The group's screens as one submenu per tool app (its customisations first, then
        its other screens), and the framework's own screens as plain items: what the main menu
        shows in place of one long "Tools" submenu (`group_tools_menu_by_tool`)."""
        groups = {}
        for registerable in self.registerables:
            config = _app_of(registerable)
            groups.setdefault(config, []).append(registerable)
        items = []
        order = self.get_menu_item_order()
        for position, (config, registerables) in enumerate(groups.items()):
            menu_items = [
                registerable.get_menu_item(order=index)
                for index, registerable in enumerate(registerables, start=1)
            ]
            shown = [
                item
                for registerable, item in zip(registerables, menu_items, strict=True)
                if self.shown(request, registerable, item)
            ]
            if not shown:
                continue
            if config is None or config.label == "tools":
                items.extend(shown)
                continue
            items.append(
                SubmenuMenuItem(
                    label=config.verbose_name,
                    menu=Menu(items=shown),
                    name=f"tools-{config.label}",
                    icon_name=_icon_of(config, registerables),
                    order=order + position,
                )
            )
        return items


def _app_of(registerable):
    """The app config a viewset belongs to: its model's app, else its module's."""
    model = getattr(registerable, "model", None)
    if model is None:
        return apps.get_containing_app_config(type(registerable).__module__)
    try:
        return apps.get_app_config(model._meta.app_label)
    except LookupError:
        return None  # a tool app removed since start-up: its items are not shown


def _icon_of(config, registerables):
    """The icon of the app's first tool type, else of its first screen."""
    for model in get_tool_types():
        if model._meta.app_label == config.label:
            return model.icon
    return getattr(registerables[0], "icon", "") or "cogs"


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
    """Register a viewset, and the city-scoped permission policy, for each tool type in the
    registry that has none. Called when the hooks load (start-up); returns the new viewsets."""
    group = group or tools_group
    added = []
    register_city_scoped_policies()
    for model in get_tool_types():
        if model in _registered_models:
            continue
        added.extend(add_snippet_viewsets(build_viewset_class(model), group=group))
        _registered_models.add(model)
    return added


def add_snippet_viewsets(*viewset_classes, group=None):
    """Register a snippet viewset of each class in the "Tools" menu (`group`, by default
    `tools_group`), in order; returns the viewsets. A tool's `wagtail_hooks.py` calls it for the
    admin of its own models."""
    group = group or tools_group
    viewsets = [viewset_class() for viewset_class in viewset_classes]
    for viewset in viewsets:
        group.add_viewset(viewset)
        register_snippet(viewset)
    return viewsets


def add_city_screens(viewset_class):
    """Register a tool's own screens (a `CityScreensViewSet` subclass): their entry in the
    "Tools" menu and their admin URLs. A tool's `wagtail_hooks.py` calls it; returns the
    viewset."""
    viewset = viewset_class()
    tools_group.add_viewset(viewset)
    hooks.register("register_admin_viewset", lambda: viewset)
    return viewset


#: The URL namespaces of the tools' own admin screens (`CityScreensViewSet`), filled as they
#: are registered: the admin URL guard lets a moderator read them, never post to them.
CITY_SCREEN_NAMESPACES = set()


class CityScreensViewSet(ViewSet):
    """A tool's own admin screens (results, reports, exports) in the "Tools" menu, for the
    cities a user manages.

    The menu item shows to anyone who manages at least one city (coordinators, editors,
    administrators); `is_shown` narrows it. Each screen still checks the city it is asked for.
    Moderators, who see every city, read these screens but change nothing through them
    (`tools.admin_guard`): none of them is a moderation queue.
    """

    add_to_admin_menu = False

    def on_register(self):
        super().on_register()
        CITY_SCREEN_NAMESPACES.add(self.url_namespace)

    def is_shown(self, request):
        return manages_any_city(request)

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order=order)
        item.is_shown = self.is_shown
        return item


class ProposalsViewSet(CityScreensViewSet):
    """Contributions from cities (`tools.proposals`): propose, and see where each stands."""

    name = "city_proposals"
    url_prefix = "city-proposals"
    icon = "edit"
    menu_label = _("Proposals to the site")

    def get_urlpatterns(self):
        return [
            path("", proposal_views.ProposalIndexView.as_view(), name="index"),
            path("new/", proposal_views.ProposeView.as_view(), name="new"),
        ]
