"""Admin screens of the toolkit in the framework's "Tools" menu, each limited to the cities
the user manages: rumour cards, the moderation queue, the network, trainings, campaigns and
certificates (snippets), and the strategy screens (diagnosis, exports, evaluations)."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from antirumours.models import (
    Campaign,
    Certificate,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)
from antirumours.permissions import CityScopedPermissionPolicy
from antirumours.views import admin as views
from antirumours.views import exports
from tools.permissions import cities_for_user, filter_for_user, user_can_manage_city

__all__ = [
    "CampaignViewSet",
    "CertificateViewSet",
    "CityScopedSnippetViewSet",
    "NetworkOrganisationViewSet",
    "RumourReportViewSet",
    "RumourViewSet",
    "StrategyAdminViewSet",
    "TrainingSessionViewSet",
    "register_scoped_snippets",
]


class CityScopedForm(WagtailAdminModelForm):
    """Offers only the user's cities, and for a report only the rumours of its city."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        if "city" in self.fields:
            self.fields["city"].queryset = (
                cities_for_user(self.for_user).filter(locale=Locale.get_default()).order_by("title")
            )
        if "rumour" in self.fields:
            rumours = Rumour.objects.filter(locale=Locale.get_default())
            if self.instance.city_id:
                rumours = rumours.filter(city__translation_key=self.instance.city.translation_key)
            else:
                rumours = filter_for_user(rumours, self.for_user)
            self.fields["rumour"].queryset = rumours.order_by("title")


class NoAddPolicy(CityScopedPermissionPolicy):
    """Rows that only the public site creates (reports, certificates): nobody adds them here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ReadOnlyPolicy(NoAddPolicy):
    """Certificates are issued by the course and never edited."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)


def _city_guard(model):
    """404 when the object in the URL belongs to a city the user does not manage."""

    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None:
                instance = model.objects.filter(pk=unquote(str(pk))).select_related("city")
                instance = instance.first()
                if instance is None or not user_can_manage_city(request.user, instance.city):
                    raise Http404
            return view(request, *args, **kwargs)

        return guarded

    return decorator


class CityScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose listing, forms and object URLs follow `tools.permissions`."""

    add_to_admin_menu = False
    #: Registered for the model by `register_scoped_snippets()` (Wagtail's policy registry).
    permission_policy_class = CityScopedPermissionPolicy
    list_filter = []

    def get_queryset(self, request):
        return filter_for_user(self.model.objects.all(), request.user).select_related("city")

    def get_edit_handler(self):
        return ObjectList(self.model.panels, base_form_class=CityScopedForm).bind_to_model(
            self.model
        )

    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), _city_guard(self.model))


class RumourViewSet(CityScopedSnippetViewSet):
    model = Rumour
    icon = "comment"
    menu_label = _("Rumour cards")
    list_display = [
        "title",
        Column("city", label=_("City"), accessor="city"),
        "prevalence",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["prevalence", "locale"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("locale")


class RumourReportViewSet(CityScopedSnippetViewSet):
    model = RumourReport
    icon = "warning"
    menu_label = _("Rumour reports (moderation)")
    permission_policy_class = NoAddPolicy
    list_display = [
        "__str__",
        Column("city", label=_("City"), accessor="city"),
        "status",
        "month",
        "rumour",
    ]
    list_filter = ["status"]

    def get_queryset(self, request):
        # The queue: reports waiting for moderation first, then the newest.
        waiting_first = Case(
            When(status=RumourReport.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return (
            super()
            .get_queryset(request)
            .select_related("rumour")
            .annotate(waiting_first=waiting_first)
            .order_by("waiting_first", "-month", "-pk")
        )


class NetworkOrganisationViewSet(CityScopedSnippetViewSet):
    model = NetworkOrganisation
    icon = "group"
    menu_label = _("Anti-rumour network")
    list_display = ["name", Column("city", label=_("City"), accessor="city"), "kind", "is_public"]
    list_filter = ["kind", "is_public"]


class TrainingSessionViewSet(CityScopedSnippetViewSet):
    model = TrainingSession
    icon = "calendar"
    menu_label = _("Agents' trainings")
    list_display = [
        "title",
        Column("city", label=_("City"), accessor="city"),
        "date",
        "participants_count",
        "agents_trained",
    ]


class CampaignViewSet(CityScopedSnippetViewSet):
    model = Campaign
    icon = "tasks"
    menu_label = _("Anti-rumour campaigns")
    list_display = ["title", Column("city", label=_("City"), accessor="city"), "start_date"]
    list_filter = ["locale"]


class CertificateViewSet(CityScopedSnippetViewSet):
    model = Certificate
    icon = "success"
    menu_label = _("Course certificates")
    permission_policy_class = ReadOnlyPolicy
    inspect_view_enabled = True
    list_display = [
        "display_code",
        Column("city", label=_("City"), accessor="city"),
        "name",
        "score",
        "issued_on",
    ]


class StrategyAdminViewSet(ViewSet):
    """Per city: the diagnosis and checker counts, their CSV exports, and the evaluations."""

    name = views.URL_NAMESPACE
    url_prefix = "anti-rumours"
    icon = "comment"
    menu_label = _("Anti-rumour diagnosis and evaluation")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            path("", views.StrategyIndexView.as_view(), name="index"),
            path("<int:city_id>/diagnosis/", views.diagnosis, name="diagnosis"),
            path("<int:city_id>/reports.csv", exports.reports_csv, name="reports_csv"),
            path("<int:city_id>/checker.csv", exports.checker_csv, name="checker_csv"),
            path("<int:city_id>/evaluations/", views.evaluations, name="evaluations"),
            path(
                "<int:city_id>/evaluations/<int:year>/",
                views.edit_evaluation,
                name="evaluation",
            ),
            path(
                "<int:city_id>/evaluations/<int:year>/report/",
                views.evaluation_report,
                name="evaluation_report",
            ),
        ]

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order=order)
        item.is_shown = lambda request: cities_for_user(request.user).exists()
        return item


SNIPPET_VIEWSETS = (
    RumourViewSet,
    RumourReportViewSet,
    NetworkOrganisationViewSet,
    TrainingSessionViewSet,
    CampaignViewSet,
    CertificateViewSet,
)


def register_scoped_snippets(group):
    """Register each snippet viewset, with its per-city permission policy, under `group`."""
    for viewset_class in SNIPPET_VIEWSETS:
        model = viewset_class.model
        register_permission_policy(
            model, viewset_class.permission_policy_class(model), exact_class=True
        )
        viewset = viewset_class()
        group.add_viewset(viewset)
        register_snippet(viewset)
