"""A city's results: aggregates, charts, comparison with the network, and the CSV export."""

from django import forms
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from citizenship_test.aggregates import MIN_EVENT_GROUP, write_csv
from citizenship_test.models import Completion, EventSession
from citizenship_test.reports import city_report, demographic_questions
from citizenship_test.views.admin.scoping import (
    admin_url,
    customisation_or_404,
    customisations_for,
    one_customisation_per_city,
)
from tools.downloads import csv_attachment
from tools.views.admin import AdminScreenMixin

__all__ = [
    "CityResultsView",
    "FilteredResultsScreen",
    "ResultsFilterForm",
    "ResultsIndexView",
    "export_csv",
    "filter_results",
]


class ResultsIndexView(AdminScreenMixin, TemplateView):
    """The tests of the user's cities, with their number of completions and links."""

    template_name = "citizenship_test/admin/index.html"
    page_title = _("Citizenship test results")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        customisations = one_customisation_per_city(customisations_for(self.request.user))
        counts = dict(
            Completion.objects.filter(
                customisation__city__translation_key__in=[
                    customisation.city.translation_key for customisation in customisations
                ]
            )
            .order_by()
            .values("customisation__city__translation_key")
            .annotate(count=Count("pk"))
            .values_list("customisation__city__translation_key", "count")
        )
        context["rows"] = [
            {
                "customisation": customisation,
                "count": counts.get(customisation.city.translation_key, 0),
                "results_url": admin_url("results", customisation.pk),
                "export_url": admin_url("export", customisation.pk),
                "sessions_url": admin_url("sessions", customisation.pk),
            }
            for customisation in customisations
        ]
        context["all_sessions_url"] = admin_url("all_sessions")
        return context


class ResultsFilterForm(forms.Form):
    """The results screen's filters: a period, and one group session of the city."""

    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    session = forms.ModelChoiceField(
        label=_("Group session"), queryset=EventSession.objects.none(), required=False
    )

    def __init__(self, *args, customisation, **kwargs):
        super().__init__(*args, **kwargs)
        # The city's own sessions only (every language version of its test).
        self.fields["session"].queryset = EventSession.objects.filter(
            customisation__city__translation_key=customisation.city.translation_key
        ).order_by("-opened_at")

    def filter(self, rows, day="completed_on"):
        """(`rows` narrowed by the valid filters, whether any filter applies): completions, or
        answer counters with `day="day"`."""
        if not self.is_valid():
            return rows, False
        data = self.cleaned_data
        if data["since"]:
            rows = rows.filter(**{f"{day}__gte": data["since"]})
        if data["until"]:
            rows = rows.filter(**{f"{day}__lte": data["until"]})
        if data["session"]:
            rows = rows.filter(event_session=data["session"])
        return rows, any(data.values())


def filter_results(request, customisation, rows, day="completed_on"):
    """(the filter form, `rows` narrowed by the request's filters, whether a filter applies):
    the results screens' and their exports' one reading of the filters."""
    form = ResultsFilterForm(request.GET or None, customisation=customisation)
    rows, filtered = form.filter(rows, day=day)
    return form, rows, filtered


class FilteredResultsScreen(AdminScreenMixin, TemplateView):
    """A screen of one city's results (`self.customisation`, 404 for another city's), under
    the results filters."""

    header_icon = "tasks"

    def dispatch(self, request, pk):
        self.customisation = customisation_or_404(request.user, pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.customisation.city.title


class CityResultsView(FilteredResultsScreen):
    """Completions, averages per month, distributions, the network, demographic groups."""

    template_name = "citizenship_test/admin/results.html"
    page_title = _("Citizenship test results")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, completions, filtered = filter_results(
            self.request, self.customisation, Completion.objects.for_city(self.customisation.city)
        )
        report = city_report(self.customisation, completions)
        # A narrow filter must not show a few people's scores: below the group sessions'
        # threshold, only the number of completed tests.
        too_few = filtered and report["summary"].count < MIN_EVENT_GROUP
        context.update(report)
        context.update(
            {
                "filter_form": form,
                "filtered": filtered,
                "too_few": too_few,
                "min_group": MIN_EVENT_GROUP,
                "customisation": self.customisation,
                "export_url": admin_url("export", self.customisation.pk),
                "sessions_url": admin_url("sessions", self.customisation.pk),
                # The same filters on the per-question screen.
                "questions_url": admin_url("questions", self.customisation.pk)
                + (f"?{self.request.GET.urlencode()}" if self.request.GET else ""),
                "index_url": admin_url("index"),
            }
        )
        return context


def export_csv(request, pk):
    """The city's results as CSV: the aggregates of the results screen, under the same
    small-group rule, never one row per respondent."""
    customisation = customisation_or_404(request.user, pk)
    filename = f"citizenship-test-{customisation.city.slug}-{timezone.localdate().isoformat()}.csv"
    response = csv_attachment(filename)
    write_csv(
        Completion.objects.for_city(customisation.city),
        response,
        demographic_questions(customisation),
    )
    return response
