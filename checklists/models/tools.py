"""The two tools on the checklist engine: a city's customisation of each checklist."""

from django.db import models
from django.db.models import Subquery
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField

from checklists.models.checklists import Checklist
from tools.models import CityTool
from tools.models.city_tool import tool_path
from tools.privacy import AGGREGATE, StoredData
from tools.scoping import CityData


class ChecklistToolMixin:
    """What both checklist tools share: which checklist, and the routes under the tool's URL.

    - ``""``: the anonymous self-check (embeddable, cookieless; see `checklists.self_check`)
    - ``results.pdf``: the self-check's results as a PDF (the answers come signed in the form)
    - ``assessments/...``: the city's assessments, for its coordinators, on the full page only
    - ``published/``: the city's published assessments, for everyone (read-only)
    """

    #: The `Checklist.Kind` offered when the customisation names no checklist.
    checklist_kind = ""
    accepts_posts = True
    # The city's assessments are worked on in the tool's own screens (no model permission).
    city_data = (
        CityData("checklists.Assessment"),
        CityData("checklists.SelfCheckTally", "tool__city"),
    )
    embed_template = "checklists/self_check.html"
    tool_panels = [FieldPanel("checklist")]
    stored_data = (
        StoredData(
            what=_(
                "Your answers are not stored. Finishing the self-check adds one to the month's "
                "count, with your overall score for an average."
            ),
            model="checklists.SelfCheckTally",
            retention=AGGREGATE,
        ),
    )

    def get_checklist(self, language=None):
        """The checklist this customisation uses, in `language` (default: the active one)."""
        language = language or translation.get_language()
        if self.checklist_id:
            # A subquery, not a second query: the chosen checklist's translations.
            key = Subquery(
                Checklist.objects.filter(pk=self.checklist_id).values("translation_key")[:1]
            )
            return Checklist.for_language(language, translation_key=key)
        return Checklist.for_language(language, kind=self.checklist_kind)

    def get_assessments_url(self, language=None):
        """Path of the city's assessments of this checklist (coordinators only)."""
        language = language or translation.get_language()
        return tool_path("tools:page", self.tool_slug, self.get_city_slug(), language) + (
            "assessments/"
        )

    def get_published_url(self, language=None, mode="page"):
        """Path of the city's published assessments, open to everyone."""
        language = language or translation.get_language()
        view_name = "tools:page" if mode == "page" else "tools:embed"
        return tool_path(view_name, self.tool_slug, self.get_city_slug(), language) + "published/"

    def serve(self, request, mode, subpath=""):
        from checklists import self_check
        from checklists.views import published, site

        if subpath == "":
            return self_check.serve_self_check(self, request, mode)
        if subpath == "results.pdf":
            return self_check.serve_results_pdf(self, request, mode)
        if subpath == "published/":
            return published.serve_published(self, request, mode)
        if subpath.startswith("assessments/"):
            return site.serve_assessments(self, request, mode, subpath)
        raise Http404


def checklist_field(kind):
    """The customisation's choice of checklist, limited to checklists of `kind`."""
    return models.ForeignKey(
        Checklist,
        verbose_name=_("checklist"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": kind},
        help_text=_("Leave empty for the network's standard checklist."),
    )


class CouncilChecklistTool(ChecklistToolMixin, CityTool):
    """A city's intercultural council checklist (the Rijeka working group's guidelines)."""

    tool_slug = "council-checklist"
    tool_name = _("Intercultural council checklist")
    tool_description = _(
        "Check how your intercultural council is set up and run, and what to improve."
    )
    icon = "group"
    checklist_kind = Checklist.Kind.COUNCIL

    checklist = checklist_field(Checklist.Kind.COUNCIL)

    override_translatable_fields = [
        *CityTool.override_translatable_fields,
        SynchronizedField("checklist"),
    ]

    class Meta:
        verbose_name = _("intercultural council checklist")
        verbose_name_plural = _("intercultural council checklists")


class ProjectChecklistTool(ChecklistToolMixin, CityTool):
    """A city's evaluation checklist for projects on the three intercultural principles."""

    tool_slug = "project-checklist"
    tool_name = _("Project evaluation checklist")
    tool_description = _(
        "Evaluate a planned, running or finished project against real equality, diversity "
        "advantage and meaningful interaction."
    )
    icon = "tasks"
    checklist_kind = Checklist.Kind.PROJECT

    checklist = checklist_field(Checklist.Kind.PROJECT)

    override_translatable_fields = [
        *CityTool.override_translatable_fields,
        SynchronizedField("checklist"),
    ]

    class Meta:
        verbose_name = _("project evaluation checklist")
        verbose_name_plural = _("project evaluation checklists")
