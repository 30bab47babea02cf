"""The city's assessments from the tool's full page: /<lang>/tools/<tool>/<city>/assessments/.

The coordinators' assessments are served once, in the admin (`checklists.views.admin`, with the
framework's city scoping and the review rule). This address, and an assessment's under it, only
send there: the admin then answers as it does for any of its screens (the login for a visitor,
404 for a coordinator of another city). What residents may see of the assessments, the published
ones, is the tool's `published/` screen. Never in the embed: coordinators work on this site.
"""

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse

__all__ = ["to_admin"]

#: The admin's URL names of the assessments (`checklists.viewsets.AssessmentViewSet`).
ADMIN = "checklist_assessments"


def to_admin(request, customisation, mode, pk=None):
    """Send the city's assessments (or the assessment `pk`) to their one place, the admin."""
    if mode != "page":
        raise Http404
    if pk is None:
        return HttpResponseRedirect(reverse(f"{ADMIN}:index"))
    return HttpResponseRedirect(reverse(f"{ADMIN}:edit", args=[pk]))
