"""The two tools on the checklist engine: a city's customisation of each checklist."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from checklists.models.checklists import Checklist
from tools.models import CityTool, SharedObjectChoice
from tools.privacy import AGGREGATE, StoredData
from tools.scoping import CityData
from tools.screens import FORM, Screen


class ChecklistToolMixin:
    """What both checklist tools share: which checklist, and the screens under the tool's URL."""

    #: The `Checklist.Kind` offered when the customisation names no checklist.
    checklist_kind = ""
    accepts_posts = True
    # The city's assessments are worked on in the tool's own screens (no model permission).
    city_data = (
        CityData("checklists.Assessment"),
        CityData("checklists.SelfCheckTally", "customisation__city"),
    )
    embed_template = "checklists/self_check.html"
    # The self-check's first page, kept until the next editorial change (tools.screen_cache),
    # links to the city's published assessments when it has any.
    expire_cache_on = ("checklists.Assessment",)
    # A language version's self-check counts go with it; they share their months with the
    # other versions' (the pre_delete of the base model, which a version's deletion sends).
    keep_periods_before_deleting = (
        ("tools.CityTool", "checklists.periods.keep_periods_before_deleting"),
    )
    screens = (
        # The anonymous self-check (embeddable, cookieless), and its results as a PDF (the
        # answers come signed in the form; a GET is a 404).
        Screen("", "checklists.self_check.serve_self_check", "start", FORM),
        Screen("results.pdf", "checklists.self_check.serve_results_pdf", "results_pdf", FORM),
        # The city's published assessments, for everyone (read-only).
        Screen("published/", "checklists.views.published.serve_published", "published"),
        # The city's assessments, for its coordinators: served in the admin, where this
        # address sends them (`checklists.views.site`).
        Screen("assessments/", "checklists.views.site.to_admin", "assessments"),
        Screen("assessments/<int:pk>/", "checklists.views.site.to_admin", "assessment"),
    )
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
        if self.checklist:
            return Checklist.for_language(language, translation_key=self.checklist)
        return Checklist.for_language(language, kind=self.checklist_kind)


def checklist_choice(kind):
    """The city's choice of checklist among those of `kind`, the same in every language (each
    language version uses that checklist's translation)."""
    return SharedObjectChoice(
        Checklist,
        _("checklist"),
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

    checklist = checklist_choice(Checklist.Kind.COUNCIL)

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

    checklist = checklist_choice(Checklist.Kind.PROJECT)

    class Meta:
        verbose_name = _("project evaluation checklist")
        verbose_name_plural = _("project evaluation checklists")
