"""A city's customisation of the Index: whether it publishes its results, and where."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from tools.models import CityTool, SharedChoice
from tools.privacy import KEPT_ON_PURPOSE, StoredData
from tools.scoping import CityData
from tools.screens import Screen

#: Where the public screens' views are (named, not imported: the views build on the models).
VIEWS = "intercultural_index.views.public"

__all__ = ["InterculturalIndex"]


class InterculturalIndex(CityTool):
    """One city's Intercultural Cities Index (a `CityTool`: branding, languages, origins).

    Its public screens show the city's published results as infographics (`screens`): the
    embed and full page, a printable report and its PDF. The rounds themselves, their answers
    and the contributors' assignments are the city's data (`city_data`), scoped and granted by
    the framework like every tool's.
    """

    tool_slug = "intercultural-index"
    tool_name = _("Intercultural Cities Index")
    tool_description = _(
        "How intercultural a city's policies are, answered by its departments together, "
        "scored from 0 to 100 and compared with similar cities: a benchmark, never a ranking."
    )
    icon = "table"
    embed_template = "intercultural_index/results.html"
    # The public results screens are kept until the next editorial change
    # (tools.screen_cache); a round published or withdrawn is one.
    expire_cache_on = ("intercultural_index.IndexRound",)
    #: The published results, their printable report and its PDF (read-only).
    screens = (
        # Published results only: the same for every visitor (tools.screen_cache).
        Screen("", f"{VIEWS}.results", "start", shared=True),
        Screen("report/", f"{VIEWS}.report", "report", shared=True),
        Screen("report.pdf", f"{VIEWS}.report_pdf", "report_pdf"),
    )
    city_data = (
        CityData(
            "intercultural_index.IndexRound",
            coordinator_actions=("add", "change", "view"),
        ),
        CityData(
            "intercultural_index.AreaAssignment",
            "round__city",
            coordinator_actions=("add", "change", "delete", "view"),
        ),
        CityData(
            "intercultural_index.Answer",
            "round__city",
            coordinator_actions=("change", "view"),
        ),
        # The round's invitation links and the texts kept from refused saves: read and made
        # only through the round screens (intercultural_index.rounds).
        CityData(
            "intercultural_index.Invitation",
            "assignment__round__city",
            coordinator_actions=("view",),
            admin_actions=("view",),
        ),
        CityData(
            "intercultural_index.PendingNote",
            "assignment__round__city",
            coordinator_actions=("view",),
            admin_actions=("view",),
        ),
    )

    #: No resident answers the Index: its records are the city's own assessment, kept as such.
    stored_data = (
        StoredData(
            what=_(
                "An Index assessment: the city's answers, evidence notes and comments, and the "
                "name and email address of each colleague invited to answer."
            ),
            model="intercultural_index.Answer",
            retention=KEPT_ON_PURPOSE,
        ),
    )

    # The city's choice, the same in every language (kept in `CityToolSettings`).
    publish_results = SharedChoice(
        models.BooleanField(
            _("publish the results"),
            default=False,
            help_text=_(
                "Show the published rounds' results on the city's profile page and in the embed."
            ),
        )
    )
    tool_panels = [FieldPanel("publish_results")]

    class Meta:
        verbose_name = _("Intercultural Cities Index")
        verbose_name_plural = _("Intercultural Cities Index customisations")
