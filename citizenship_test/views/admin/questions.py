"""How each question of a city's test did, with the results screen's filters, and its export
as CSV or XLSX (`tools.downloads`)."""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from citizenship_test.aggregates import MIN_EVENT_GROUP
from citizenship_test.models import CitizenshipTest
from citizenship_test.question_results import (
    answer_counts_for,
    export_header,
    export_rows,
    question_results,
)
from citizenship_test.views.admin.results import (
    FilteredResultsScreen,
    filter_results,
    withheld_context,
)
from citizenship_test.views.admin.scoping import admin_url
from tools.downloads import csv_download, xlsx_download
from tools.views.admin import customisation_or_404

__all__ = ["QuestionResultsView", "export_question_results"]


def _results(request, customisation):
    """(filter form, scope, [QuestionResult], whether a filter applies) for the request's
    filters, under the rule on published figures (`citizenship_test.published`)."""
    form, scope, filtered = filter_results(request, customisation)
    counts = answer_counts_for(customisation)
    results = question_results(
        customisation,
        scope.answer_counts(counts),
        translation.get_language(),
        withheld=scope.withheld_questions(counts),
    )
    return form, scope, results, filtered


class QuestionResultsView(FilteredResultsScreen):
    """Per question: how many answered, the share of each answer, the share answering right."""

    template_name = "citizenship_test/admin/questions.html"
    page_title = _("Results per question")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, scope, results, filtered = _results(self.request, self.customisation)
        query = self.request.GET.urlencode()
        export = admin_url("questions_export", self.customisation.pk)
        context.update(
            {
                "filter_form": form,
                "filtered": filtered,
                "results": results,
                "min_answer": MIN_EVENT_GROUP,
                **withheld_context(scope),
                "results_url": admin_url("results", self.customisation.pk),
                "csv_url": f"{export}?{query}&format=csv" if query else f"{export}?format=csv",
                "xlsx_url": f"{export}?{query}&format=xlsx" if query else f"{export}?format=xlsx",
            }
        )
        return context


def export_question_results(request, pk):
    """The per-question figures as the screen shows them (same filters, same hidden cells),
    as CSV, or XLSX with `?format=xlsx`."""
    customisation = customisation_or_404(request.user, CitizenshipTest, pk)
    _form, _scope, results, _filtered = _results(request, customisation)
    name = f"citizenship-test-questions-{customisation.city.slug}-{timezone.localdate()}"
    rows = export_rows(results)
    if request.GET.get("format") == "xlsx":
        return xlsx_download(f"{name}.xlsx", export_header(), rows, sheet_title="questions")
    return csv_download(f"{name}.csv", export_header(), rows)
