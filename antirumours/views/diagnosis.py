"""The public diagnosis: the most reported rumours over time, and approved reports."""

from django.http import Http404
from django.utils import translation

from antirumours.content import rumours_for
from antirumours.diagnosis import diagnose
from antirumours.models import RumourReport
from antirumours.models.common import of_city
from antirumours.views.common import render_screen, rumour_urls

__all__ = ["RECENT_REPORTS", "approved_reports", "diagnosis"]

RECENT_REPORTS = 10


def approved_reports(city, limit=RECENT_REPORTS):
    """The latest approved reports (moderated, so safe to show; escaped by the template)."""
    reports = of_city(RumourReport.objects.filter(status=RumourReport.APPROVED), city)
    return list(reports.only("text", "month")[:limit])


def diagnosis(request, customisation, mode):
    if not customisation.show_diagnosis:
        raise Http404
    context = customisation.get_tool_context(request, mode)
    rumours = rumour_urls(
        rumours_for(customisation.city, translation.get_language()), customisation, mode
    )
    context.update(
        {
            "diagnosis": diagnose(customisation.city, rumours),
            "reports": approved_reports(customisation.city),
        }
    )
    return render_screen(request, customisation, mode, "antirumours/diagnosis.html", context)
