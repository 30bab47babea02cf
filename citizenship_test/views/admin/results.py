"""A city's results: aggregates, charts, comparison with the network, and the CSV export."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column

from citizenship_test.aggregates import CSV_HEADER
from citizenship_test.models import CitizenshipTest, Completion, EventSession
from citizenship_test.published import Readings, ResultsScope, city_blocks
from citizenship_test.reports import city_report, demographic_questions, export_rows
from citizenship_test.views.admin.scoping import URL_NAMESPACE, admin_url
from tools import disclosure
from tools.downloads import csv_download
from tools.listings import CityScopedIndexView, LinksColumn, RowTitleColumn
from tools.views.admin import AdminScreenMixin, customisation_or_404

__all__ = [
    "CityResultsView",
    "FilteredResultsScreen",
    "ResultsFilterForm",
    "ResultsIndexView",
    "export_csv",
    "filter_results",
    "withheld_context",
]


def _count_per_city(model, path):
    """How many rows of `model` (completions, group sessions) the row's city has, in every
    language version of its test, as a subquery."""
    return Coalesce(
        Subquery(
            model.objects.filter(
                **{f"{path}__city__translation_key": OuterRef("city__translation_key")}
            )
            .order_by()
            .values(f"{path}__city__translation_key")
            .annotate(number=Count("pk"))
            .values("number")
        ),
        0,
    )


class HasFilter(django_filters.BooleanFilter):
    """Rows whose annotation `field_name` is above zero (yes) or zero (no)."""

    def filter(self, queryset, value):
        if value is None:
            return queryset
        return queryset.filter(**{f"{self.field_name}__gt" if value else self.field_name: 0})


class ResultsIndexView(CityScopedIndexView):
    """The tests of the user's cities, one row a city: completed tests, group sessions, and
    the links to their results. Sortable, searchable by city, filtered by city and by whether
    the city ran group sessions. No bulk action: nothing here is changed, and periods are
    chosen city by city on the results screen, as each city has its own
    (`citizenship_test.published`)."""

    model = CitizenshipTest
    template_name = "citizenship_test/admin/index.html"
    page_title = _("Citizenship test results")
    header_icon = "tasks"
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    default_ordering = "city__title"
    search_fields = ["city__title"]
    has_bulk_actions = False
    extra_filters = {
        "has_sessions": HasFilter(
            field_name="session_count",
            label=_("Group sessions"),
            widget=django_filters.widgets.BooleanWidget,
        )
    }
    list_display = [
        RowTitleColumn(
            "city",
            label=_("City"),
            accessor="city.title",
            sort_key="city__title",
            get_url=lambda test: admin_url("results", test.pk),
        ),
        Column("completion_count", label=_("Completed tests"), sort_key="completion_count"),
        Column("session_count", label=_("Group sessions"), sort_key="session_count"),
        LinksColumn(
            "links",
            label=_("Actions"),
            links=[
                (_("Results per question"), lambda test: admin_url("questions", test.pk)),
                (_("Export as CSV"), lambda test: admin_url("export", test.pk)),
                (_("Group sessions"), lambda test: admin_url("sessions", test.pk)),
            ],
        ),
    ]

    def get_base_queryset(self):
        # One row a city: the version in the site's language, else the oldest (as
        # `one_customisation_per_city`), in SQL: no other version of the city comes first.
        in_site_language = Case(
            When(locale__language_code=settings.LANGUAGE_CODE, then=1),
            default=0,
            output_field=IntegerField(),
        )
        first = (
            CitizenshipTest.objects.filter(city__translation_key=OuterRef("city__translation_key"))
            .annotate(preferred=in_site_language)
            .filter(
                Q(preferred__gt=OuterRef("preferred"))
                | Q(preferred=OuterRef("preferred"), pk__lt=OuterRef("pk"))
            )
        )
        tests = (
            super()
            .get_base_queryset()
            .select_related("city", "locale")
            .annotate(preferred=in_site_language)
            .filter(~Exists(first))
        )
        return tests.annotate(
            completion_count=_count_per_city(Completion, "customisation"),
            session_count=_count_per_city(EventSession, "customisation"),
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["all_sessions_url"] = admin_url("all_sessions")
        return context


class ResultsFilterForm(forms.Form):
    """The results screens' filters: one reporting block (`tools.disclosure`) or all of them,
    and one group session of the city. No free dates: two free periods a day apart would give
    away whoever answered on that day."""

    period = forms.ChoiceField(label=_("Period"), required=False)
    session = forms.ModelChoiceField(
        label=_("Group session"), queryset=EventSession.objects.none(), required=False
    )

    def __init__(self, *args, customisation, blocks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [("", _("Every complete period"))] + [
            (block.key, block.label) for block in reversed(blocks) if block.closed
        ]
        # The city's own sessions only (every language version of its test).
        self.fields["session"].queryset = EventSession.objects.filter(
            customisation__city__translation_key=customisation.city.translation_key
        ).order_by("-opened_at")

    def choices(self):
        """(the block key or None, the session or None) of the valid filters."""
        if not self.is_valid():
            return None, None
        return self.cleaned_data["period"] or None, self.cleaned_data["session"]


def filter_results(request, customisation):
    """(the filter form, the `ResultsScope` it chooses, whether a filter applies): the results
    screens' and their exports' one reading of the filters."""
    readings = Readings()
    blocks = city_blocks(customisation, readings=readings)
    form = ResultsFilterForm(request.GET or None, customisation=customisation, blocks=blocks)
    block_key, session = form.choices()
    scope = ResultsScope(customisation, block_key=block_key, session=session, readings=readings)
    return form, scope, bool(scope.chosen or session)


def withheld_context(scope):
    """What the screens say about the figures they cannot show."""
    return {
        "withheld": scope.withheld,
        "open_count": scope.open_count,
        "min_group": disclosure.minimum(),
    }


class FilteredResultsScreen(AdminScreenMixin, TemplateView):
    """A screen of one city's results (`self.customisation`, 404 for another city's), under
    the results filters."""

    header_icon = "tasks"

    def dispatch(self, request, pk):
        self.customisation = customisation_or_404(request.user, CitizenshipTest, pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.customisation.city.title


class CityResultsView(FilteredResultsScreen):
    """Completions, averages per reporting block, distributions, the network, demographic
    groups: only the figures `published.ResultsScope` allows."""

    template_name = "citizenship_test/admin/results.html"
    page_title = _("Citizenship test results")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, scope, filtered = filter_results(self.request, self.customisation)
        context.update(city_report(self.customisation, scope))
        context.update(withheld_context(scope))
        query = f"?{self.request.GET.urlencode()}" if self.request.GET else ""
        context.update(
            {
                "filter_form": form,
                "filtered": filtered,
                "customisation": self.customisation,
                "export_url": admin_url("export", self.customisation.pk) + query,
                "sessions_url": admin_url("sessions", self.customisation.pk),
                # The same filters on the per-question screen.
                "questions_url": admin_url("questions", self.customisation.pk) + query,
                "index_url": admin_url("index"),
            }
        )
        return context


def export_csv(request, pk):
    """The city's results as CSV, for the screen's filters: the figures the screen shows,
    under the same rule, never one row per respondent."""
    customisation = customisation_or_404(request.user, CitizenshipTest, pk)
    _form, scope, _filtered = filter_results(request, customisation)
    filename = f"citizenship-test-{customisation.city.slug}-{timezone.localdate().isoformat()}.csv"
    questions = demographic_questions(customisation)
    if scope.withheld:
        return csv_download(filename, CSV_HEADER, [])
    report = city_report(customisation, scope)
    return csv_download(filename, CSV_HEADER, export_rows(report, questions))
