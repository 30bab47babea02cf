"""A city's results: aggregates, charts, comparison with the network, and the CSV export."""

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from citizenship_test.aggregates import write_csv
from citizenship_test.models import Completion
from citizenship_test.reports import city_report, demographic_questions
from citizenship_test.views.admin.scoping import (
    admin_url,
    customisation_or_404,
    customisations_for,
    one_customisation_per_city,
)
from tools.downloads import csv_attachment
from tools.views.admin import AdminScreenMixin

__all__ = ["CityResultsView", "ResultsIndexView", "export_csv"]


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
                "test": customisation,
                "count": counts.get(customisation.city.translation_key, 0),
                "results_url": admin_url("results", customisation.pk),
                "export_url": admin_url("export", customisation.pk),
                "sessions_url": admin_url("sessions", customisation.pk),
            }
            for customisation in customisations
        ]
        context["all_sessions_url"] = admin_url("all_sessions")
        return context


class CityResultsView(AdminScreenMixin, TemplateView):
    """Completions, averages per month, distributions, the network, demographic groups."""

    template_name = "citizenship_test/admin/results.html"
    page_title = _("Citizenship test results")
    header_icon = "tasks"

    def dispatch(self, request, pk):
        self.customisation = customisation_or_404(request.user, pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.customisation.city.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(city_report(self.customisation))
        context.update(
            {
                "test": self.customisation,
                "export_url": admin_url("export", self.customisation.pk),
                "sessions_url": admin_url("sessions", self.customisation.pk),
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
