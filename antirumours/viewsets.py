"""Admin screens of the toolkit in the framework's "Tools" menu, each limited to the cities
the user manages: rumour cards, the moderation queue, the network, trainings, campaigns and
certificates (snippets), and the strategy screens (diagnosis, exports, evaluations)."""

from django.db.models import Case, IntegerField, Value, When
from django.urls import path
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.models import Locale

from antirumours.models import (
    Campaign,
    Certificate,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)
from antirumours.views import admin as views
from antirumours.views import exports
from tools.viewsets import (
    CityScopedForm,
    CityScopedSnippetViewSet,
    CityScreensViewSet,
    ReviewedCreateView,
    ReviewedEditView,
)

__all__ = [
    "CampaignViewSet",
    "CertificateViewSet",
    "StrategySnippetViewSet",
    "NetworkOrganisationViewSet",
    "RumourReportViewSet",
    "RumourViewSet",
    "StrategyAdminViewSet",
    "TrainingSessionViewSet",
]


class StrategyDataForm(CityScopedForm):
    """The framework's scoped form; cities and rumours in the site's default language, and for a
    report only the rumours of its own city."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        default = Locale.get_default()
        if "city" in self.fields:
            self.fields["city"].queryset = self.fields["city"].queryset.filter(locale=default)
        if "rumour" in self.fields:
            rumours = self.fields["rumour"].queryset.filter(locale=default)
            if self.instance.city_id:
                rumours = rumours.filter(city__translation_key=self.instance.city.translation_key)
            self.fields["rumour"].queryset = rumours.order_by("title")


class StrategySnippetViewSet(CityScopedSnippetViewSet):
    """The toolkit's snippets on the framework's city-scoped admin base."""

    base_form_class = StrategyDataForm
    list_select_related = ("city",)
    list_filter = []


class RumourViewSet(StrategySnippetViewSet):
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
    # In a city that reviews its tool changes, a coordinator's publish saves a draft to submit.
    add_view_class = ReviewedCreateView
    edit_view_class = ReviewedEditView

    list_select_related = ("city", "locale")


class RumourReportViewSet(StrategySnippetViewSet):
    model = RumourReport
    icon = "warning"
    menu_label = _("Rumour reports (moderation)")
    list_display = [
        "__str__",
        Column("city", label=_("City"), accessor="city", sort_key="city__title"),
        "status",
        # A month, as the site writes one ("November 2026"), not the first day of it.
        Column(
            "month",
            label=_("Month"),
            accessor=lambda report: date_format(report.month, "YEAR_MONTH_FORMAT"),
            sort_key="month",
        ),
        "rumour",
    ]
    list_filter = ["status", "channel"]
    # Searched in the database (no search index of residents' texts).
    search_fields = ["text", "target", "rejection_reason"]
    search_backend_name = None

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


class NetworkOrganisationViewSet(StrategySnippetViewSet):
    model = NetworkOrganisation
    icon = "group"
    menu_label = _("Anti-rumour network")
    list_display = ["name", Column("city", label=_("City"), accessor="city"), "kind", "is_public"]
    list_filter = ["kind", "is_public"]


class TrainingSessionViewSet(StrategySnippetViewSet):
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


class CampaignViewSet(StrategySnippetViewSet):
    model = Campaign
    icon = "tasks"
    menu_label = _("Anti-rumour campaigns")
    list_display = ["title", Column("city", label=_("City"), accessor="city"), "start_date"]
    list_filter = ["locale"]


class CertificateViewSet(StrategySnippetViewSet):
    model = Certificate
    icon = "success"
    menu_label = _("Course certificates")
    inspect_view_enabled = True
    list_display = [
        "display_code",
        Column("city", label=_("City"), accessor="city"),
        "name",
        "score",
        "issued_on",
    ]


class StrategyAdminViewSet(CityScreensViewSet):
    """Per city: the diagnosis and checker counts, their CSV exports, and the evaluations."""

    name = views.URL_NAMESPACE
    url_prefix = "anti-rumours"
    icon = "comment"
    menu_label = _("Anti-rumour diagnosis and evaluation")

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


SNIPPET_VIEWSETS = (
    RumourViewSet,
    RumourReportViewSet,
    NetworkOrganisationViewSet,
    TrainingSessionViewSet,
    CampaignViewSet,
    CertificateViewSet,
)
