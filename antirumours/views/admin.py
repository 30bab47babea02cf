"""The strategy's admin screens: diagnosis and checker counts, CSV exports, evaluations.

Every screen names a city in its URL and answers 404 to a user who does not manage that city
(`tools.permissions`), as the framework's own screens do.
"""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.models import Locale

from antirumours.checker import ANSWERS, checker_summary
from antirumours.content import in_language
from antirumours.diagnosis import diagnose, table_follows
from antirumours.evaluation.criteria import ELEMENTS
from antirumours.evaluation.forms import EvaluationForm, NewEvaluationForm
from antirumours.evaluation.scoring import (
    meets_every_threshold,
    overall_score,
    recommendations,
    score_answers,
    trend,
)
from antirumours.models import Evaluation, Rumour, RumourReport
from antirumours.models.common import of_city
from cities.models import CityPage
from tools import charts, disclosure
from tools.admin_urls import admin_url_of
from tools.permissions import cities_for_user, user_can_manage_city
from tools.review import REVIEW_REFUSAL, must_submit_for_review
from tools.views.admin import AdminScreenMixin

__all__ = [
    "URL_NAMESPACE",
    "StrategyIndexView",
    "diagnosis",
    "edit_evaluation",
    "evaluation_report",
    "evaluations",
    "trend_chart",
]

URL_NAMESPACE = "antirumours_admin"


admin_url = admin_url_of(URL_NAMESPACE)


def city_from_url(request, city_id, **kwargs):
    return CityPage.objects.filter(pk=city_id).select_related("locale").first()


def rumours_in_admin_language(city):
    """Every rumour of the city (drafts too), in the admin's language where translated."""
    rows = of_city(Rumour.objects.all(), city).select_related("locale")
    return in_language(list(rows), translation.get_language())


class CityAdminView(AdminScreenMixin, TemplateView):
    """An admin screen about one city: `self.city`, or 404 for a city the user does not
    manage."""

    header_icon = "comment"

    def dispatch(self, request, city_id, **kwargs):
        self.city = city_from_url(request, city_id)
        if self.city is None or not user_can_manage_city(request.user, self.city):
            raise Http404
        return super().dispatch(request, city_id, **kwargs)

    def get_page_subtitle(self):
        return self.city.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["city"] = self.city
        return context


class StrategyIndexView(AdminScreenMixin, TemplateView):
    """The user's cities, each with its moderation queue and links to its screens."""

    template_name = "antirumours/admin/index.html"
    page_title = _("Anti-rumour diagnosis and evaluation")
    header_icon = "comment"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cities = list(
            cities_for_user(self.request.user).filter(locale=Locale.get_default()).order_by("title")
        )
        pending = dict(
            RumourReport.objects.filter(
                status=RumourReport.PENDING,
                city__translation_key__in=[city.translation_key for city in cities],
            )
            .values_list("city__translation_key")
            .annotate(waiting=Count("pk"))
            .order_by()
        )
        context["cities"] = [(city, pending.get(city.translation_key, 0)) for city in cities]
        return context


class DiagnosisView(CityAdminView):
    """The city's diagnosis chart with every rumour, and the checker's answers per rumour."""

    template_name = "antirumours/admin/diagnosis.html"
    page_title = _("Diagnosis")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rumours = rumours_in_admin_language(self.city)
        summary = checker_summary(self.city)
        statuses = of_city(RumourReport.objects.all(), self.city).aggregate(
            pending=Count("pk", filter=Q(status=RumourReport.PENDING)),
            approved=Count("pk", filter=Q(status=RumourReport.APPROVED)),
            rejected=Count("pk", filter=Q(status=RumourReport.REJECTED)),
        )
        context.update(
            {
                "diagnosis": diagnose(self.city, rumours),
                "statuses": statuses,
                "answers": list(ANSWERS.values()),
                "checker_rows": [
                    (rumour, [summary.get(rumour.translation_key, {}).get(a, 0) for a in ANSWERS])
                    for rumour in rumours
                ],
                "reports_csv_url": admin_url("reports_csv", self.city.pk),
                "checker_csv_url": admin_url("checker_csv", self.city.pk),
                "min_group": disclosure.minimum(),
            }
        )
        return context


diagnosis = DiagnosisView.as_view()


def trend_chart(evaluations):
    """The line chart of element scores per year, or None with fewer than two years."""
    years, per_element, overall = trend(evaluations)
    if len(years) < 2:
        return None
    series = [(element.name, per_element[element.code]) for element in ELEMENTS]
    series.append((_("Overall"), overall))
    return charts.trend_chart(
        [str(year) for year in years],
        series,
        title=_("Scores per element, by year"),
        chart_id="ar-trend",
        max_value=100,
        max_labels=6,
        description=table_follows(),
        table=True,
        first_column=_("Year"),
    )


class EvaluationsView(CityAdminView):
    """The city's evaluations with their scores, the trend, and the start of a new year."""

    template_name = "antirumours/admin/evaluations.html"
    page_title = _("Evaluations")

    def post(self, request, *args, **kwargs):
        form = NewEvaluationForm(request.POST)
        if form.is_valid():
            evaluation, _created = Evaluation.objects.get_or_create(
                city=self.city, year=form.cleaned_data["year"]
            )
            return HttpResponseRedirect(admin_url("evaluation", self.city.pk, evaluation.year))
        return self.render_to_response(self.get_context_data(new_form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        evaluations = list(of_city(Evaluation.objects.all(), self.city))
        rows = []
        for evaluation in evaluations:
            scores = score_answers(evaluation.answers)
            rows.append((evaluation, scores, overall_score(scores), meets_every_threshold(scores)))
        context.update(
            {
                "rows": rows,
                "elements": ELEMENTS,
                "trend": trend_chart(evaluations),
                "new_form": kwargs.get("new_form")
                or NewEvaluationForm(initial={"year": timezone.localdate().year}),
            }
        )
        return context


evaluations = EvaluationsView.as_view()


class EvaluationEditView(CityAdminView):
    """Rate each criterion and note its evidence; mark the evaluation completed."""

    template_name = "antirumours/admin/evaluation_form.html"
    page_title = _("Evaluation")

    def dispatch(self, request, city_id, year, **kwargs):
        self.year = year
        return super().dispatch(request, city_id, **kwargs)

    def get_evaluation(self):
        evaluation = of_city(Evaluation.objects.filter(year=self.year), self.city).first()
        if evaluation is None:
            raise Http404
        return evaluation

    def post(self, request, *args, **kwargs):
        evaluation = self.get_evaluation()
        form = EvaluationForm(request.POST, evaluation=evaluation)
        if form.is_valid() and self.held_for_review(evaluation, form):
            # A completed evaluation decides the badge on the city's profile.
            form.add_error(None, REVIEW_REFUSAL)
        if form.is_valid():
            form.save()
            messages.success(request, _("Evaluation saved."))
            if evaluation.completed:
                return HttpResponseRedirect(
                    admin_url("evaluation_report", self.city.pk, evaluation.year)
                )
            return HttpResponseRedirect(admin_url("evaluation", self.city.pk, evaluation.year))
        return self.render_to_response(self.get_context_data(form=form))

    def held_for_review(self, evaluation, form):
        completed = evaluation.completed or form.cleaned_data.get("completed")
        return completed and must_submit_for_review(self.request.user, self.city)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        evaluation = self.get_evaluation()
        context["evaluation"] = evaluation
        context["form"] = kwargs.get("form") or EvaluationForm(evaluation=evaluation)
        return context


edit_evaluation = EvaluationEditView.as_view()


class EvaluationReportView(EvaluationEditView):
    """The printable report: scores per element, recommendations for the weakest, trend."""

    template_name = "antirumours/admin/evaluation_report.html"
    page_title = _("Evaluation report")
    http_method_names = ["get", "head"]

    def get_context_data(self, **kwargs):
        context = CityAdminView.get_context_data(self, **kwargs)
        evaluation = self.get_evaluation()
        scores = score_answers(evaluation.answers)
        context.update(
            {
                "evaluation": evaluation,
                "scores": scores,
                "overall": overall_score(scores),
                "recognised": meets_every_threshold(scores),
                "recommendations": recommendations(scores),
                "trend": trend_chart(
                    of_city(Evaluation.objects.filter(year__lte=evaluation.year), self.city)
                ),
                "evidence": [
                    (item, level, evaluation.evidence.get(item.code, ""))
                    for score in scores
                    for item, level in score.levels
                ],
                "edit_url": admin_url("evaluation", self.city.pk, evaluation.year),
            }
        )
        return context


evaluation_report = EvaluationReportView.as_view()
