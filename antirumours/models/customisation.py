"""`AntiRumourStrategy`: one city's anti-rumour strategy, the tool of this app."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from antirumours.blocks import LessonBlock, QuizQuestionBlock
from tools.models import CityTool, SharedChoice
from tools.privacy import AGGREGATE, KEPT_ON_PURPOSE, StoredData
from tools.scoping import CityData
from tools.screens import FORM, Screen, screen_url

__all__ = ["AntiRumourStrategy"]


class AntiRumourStrategy(CityTool):
    """A city's anti-rumour strategy: its public screens and the options of its course.

    The rumours, reports, network, campaigns and evaluations are models of their own that
    point to the city; this customisation says how residents see them. With no lessons or
    quiz of its own, the city's course uses the toolkit's default course
    (`antirumours.course`).
    """

    tool_slug = "anti-rumours"
    tool_name = _("Anti-rumour strategy")
    tool_description = _(
        "Find the rumours about diversity that circulate in the city, answer them with facts "
        "and empathy, train anti-rumour agents, run campaigns and evaluate them."
    )
    icon = "comment"
    embed_template = "antirumours/overview.html"
    accepts_posts = True
    # The first screen is kept until the next editorial change (tools.screen_cache) and shows
    # the recognition that a completed evaluation earns.
    expire_cache_on = ("antirumours.Evaluation",)
    # A rumour's translation takes its checker counts with it; they share their months with
    # the other translations'.
    keep_periods_before_deleting = (
        ("antirumours.Rumour", "antirumours.checker.keep_periods_before_deleting"),
    )
    screens = (
        Screen("", "antirumours.views.overview.overview", "overview", shared=True),
        Screen("report/", "antirumours.views.report.report", "report", FORM),
        Screen("diagnosis/", "antirumours.views.diagnosis.diagnosis", "diagnosis"),
        Screen("rumours/<slug:slug>/", "antirumours.views.rumours.rumour_page", "rumour"),
        Screen("rumours/<slug:slug>/card/", "antirumours.views.rumours.printable_card", "card"),
        Screen("checker/", "antirumours.views.checker.choose", "checker"),
        Screen("checker/<slug:slug>/", "antirumours.views.checker.check", "check", FORM),
        Screen("network/", "antirumours.views.network.network", "network"),
        Screen("campaigns/", "antirumours.views.campaigns.campaigns", "campaigns"),
        Screen("course/", "antirumours.views.course.lessons", "course"),
        # The quiz and, once passed, the certificate form: one wizard at one address.
        Screen("course/quiz/", "antirumours.views.course.quiz", "quiz", FORM),
        Screen("verify/", "antirumours.views.course.verify", "verify"),
    )
    #: How long each form lives (tools.state): the report and the checker two hours, a page of
    #: the course's wizard (the quiz, then the certificate form after a pass) a day.
    form_max_ages = {
        "report": 2 * 60 * 60,
        "checker": 2 * 60 * 60,
        "course": 24 * 60 * 60,
    }
    #: Its forms show a refusal (too fast, expired, rate limited, busy) with their answers.
    shows_refusals_in_form = True
    stored_data = (
        StoredData(
            what=_(
                "A rumour you report: your text as you typed it (a moderator may shorten it), "
                "where and how often you heard it and the group it was about if you said, the "
                "language and the month. Nothing that identifies you."
            ),
            model="antirumours.RumourReport",
        ),
        StoredData(
            what=_("The rumour checker: how many people gave each answer, per month."),
            model="antirumours.CheckerTally",
            retention=AGGREGATE,
        ),
        StoredData(
            what=_(
                "A course certificate: its code, your quiz score, the date and the name you "
                "typed for it, if any, so that anyone can check the certificate with its code."
            ),
            model="antirumours.Certificate",
            retention=KEPT_ON_PURPOSE,
        ),
    )

    # Reports come from residents (nobody adds one in the admin); certificates and checker counts
    # are issued by the site (coordinators only read them).
    city_data = (
        CityData(
            "antirumours.Rumour", coordinator_actions=("add", "change", "delete", "view", "publish")
        ),
        CityData(
            "antirumours.RumourReport",
            coordinator_actions=("change", "delete", "view"),
            admin_actions=("change", "delete", "view"),
            awaiting=(("status", "pending"),),
        ),
        CityData(
            "antirumours.NetworkOrganisation",
            coordinator_actions=("add", "change", "delete", "view"),
            residents_see=True,
        ),
        CityData(
            "antirumours.TrainingSession",
            coordinator_actions=("add", "change", "delete", "view"),
            residents_see=True,
        ),
        CityData(
            "antirumours.Campaign",
            coordinator_actions=("add", "change", "delete", "view"),
            residents_see=True,
        ),
        CityData(
            "antirumours.Certificate",
            coordinator_actions=("view",),
            admin_actions=("view", "delete"),
            recent="issued_on",
        ),
        CityData("antirumours.CheckerTally", coordinator_actions=("view",)),
        CityData("antirumours.Evaluation", coordinator_actions=("add", "change", "view")),
    )

    # The city's choices, the same in every language (kept in `CityToolSettings`).
    report_form_enabled = SharedChoice(
        models.BooleanField(
            _("residents may report rumours"),
            default=True,
            help_text=_("An anonymous form; reports wait for moderation before counting."),
        )
    )
    show_diagnosis = SharedChoice(
        models.BooleanField(
            _("publish the diagnosis"),
            default=True,
            help_text=_("Show residents the most reported rumours over time."),
        )
    )
    course_lessons = StreamField(
        [("lesson", LessonBlock())],
        blank=True,
        verbose_name=_("course lessons"),
        help_text=_("Leave empty to use the toolkit's default lessons."),
    )
    course_quiz = StreamField(
        [("question", QuizQuestionBlock())],
        blank=True,
        verbose_name=_("course quiz"),
        help_text=_("Leave empty to use the toolkit's default quiz."),
    )
    pass_mark = SharedChoice(
        models.PositiveSmallIntegerField(
            _("pass mark (%)"),
            default=70,
            validators=[MinValueValidator(1), MaxValueValidator(100)],
        )
    )

    tool_panels = [
        MultiFieldPanel(
            [FieldPanel("report_form_enabled"), FieldPanel("show_diagnosis")],
            heading=_("Residents"),
        ),
        MultiFieldPanel(
            [FieldPanel("course_lessons"), FieldPanel("course_quiz"), FieldPanel("pass_mark")],
            heading=_("Agents' course"),
        ),
    ]
    #: The screens the navigation and the templates link to, by name (`context["urls"]`).
    linked_screens = (
        "overview",
        "report",
        "diagnosis",
        "checker",
        "network",
        "campaigns",
        "course",
        "quiz",
        "verify",
    )

    class Meta:
        verbose_name = _("anti-rumour strategy")
        verbose_name_plural = _("anti-rumour strategies")

    def get_tool_context(self, request, mode):
        context = super().get_tool_context(request, mode)
        context["urls"] = {name: screen_url(self, name, embed=mode) for name in self.linked_screens}
        return context
