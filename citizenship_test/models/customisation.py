"""A city's version of the test: its questions and order, its links, its optional questions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin

from citizenship_test.components import COMPONENT_CHOICES
from citizenship_test.models.questionnaire import Questionnaire
from citizenship_test.panels import ResultsLinksPanel
from tools.models import CityTool, SharedChoice
from tools.privacy import AGGREGATE, StoredData
from tools.scoping import CityData
from tools.screens import FORM, Screen, screen_url

__all__ = ["ActionLinkBlock", "ChosenQuestion", "CitizenshipTest"]


class ActionLinkBlock(blocks.StructBlock):
    """A local opportunity to act (a course, volunteering, a service), shown with the results
    of one component."""

    component = blocks.ChoiceBlock(choices=COMPONENT_CHOICES, label=_("component"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("link"))
    description = blocks.TextBlock(label=_("description"), required=False, max_length=400)

    class Meta:
        icon = "link"
        label = _("Idea for action")


class CitizenshipTest(CityTool, ClusterableModel):
    """One city's Intercultural Citizenship Test (a `CityTool`: branding, languages, origins).

    The city chooses its questions and their order in `chosen_questions` (shared questions or
    its own); with none chosen, residents get the default short version
    (`Question.objects.short_version()`). `action_links` are the city's ideas for action per
    component. The optional questions about the respondent are asked only when turned on.
    """

    tool_slug = "citizenship-test"
    tool_name = _("Intercultural Citizenship Test")
    tool_description = _(
        "A self-assessment for any resident: human rights, intercultural competences, "
        "diversity as an advantage and, above all, the willingness to act."
    )
    icon = "tasks"
    embed_template = "citizenship_test/wizard.html"
    accepts_posts = True
    # The wizard keeps each questionnaire until the next editorial change
    # (views.common.questionnaire_for); a city's rewordings are rows of their own.
    expire_cache_on = ("citizenship_test.ChosenQuestion",)
    # A language version of the test takes its tests with it, and a group session shown on its
    # own changes what its period is made of.
    keep_periods_before_deleting = (
        (
            "citizenship_test.CitizenshipTest",
            "citizenship_test.published.keep_periods_before_deleting",
        ),
        (
            "citizenship_test.EventSession",
            "citizenship_test.published.keep_periods_before_deleting",
        ),
    )
    screens = (
        # The wizard: a GET starts it, its POSTs move through it (views.wizard).
        Screen("", "citizenship_test.views.wizard.run_wizard", "start", FORM),
        # One completion's results; the token is the signed scores (no database id).
        Screen("results/<str:token>/", "citizenship_test.views.results.results", "results"),
        # A link the resident chooses to share: made by a post, then a public page and its
        # preview image (views.share).
        Screen("share/", "citizenship_test.views.share.create_share", "share", ("POST",)),
        Screen("shared/<str:token>/", "citizenship_test.views.share.shared_page", "shared"),
        Screen(
            "shared/<str:token>/preview.png",
            "citizenship_test.views.share.shared_image",
            "shared_image",
        ),
        # Every question on one page, for paper, and the guide for group use.
        Screen("print/", "citizenship_test.views.pages.printable_test", "print"),
        Screen("guide/", "citizenship_test.views.pages.facilitator_guide", "guide"),
        # Where participants of a group session type its code, and the session's direct link
        # (the QR code's target), which starts the wizard.
        Screen("join/", "citizenship_test.views.events.join_page", "join"),
        Screen("join/<str:code>/", "citizenship_test.views.events.join_session", "session"),
    )
    # A city's own questions are its coordinators'; the shared bank (no city) is the editors',
    # and every coordinator may read it and put its questions in their test.
    city_data = (
        CityData(
            "citizenship_test.Question",
            coordinator_actions=("add", "change", "delete", "view"),
            shared_when_empty=True,
            residents_see=True,
        ),
        CityData(
            "citizenship_test.Completion",
            "customisation__city",
            recent="completed_on",
            listing="citizenship_test_results:index",
        ),
        CityData("citizenship_test.EventSession", "customisation__city"),
        # Counters only, read through the results screens: no admin screen of their own.
        CityData("citizenship_test.AnswerCount", "customisation__city", admin_actions=()),
    )
    #: Its only form is the wizard, which shows refusals on the same step (tools.wizard).
    shows_refusals_in_form = True
    stored_data = (
        StoredData(
            what=_(
                "Your scores for each part of the test and overall, the day, the language, how "
                "many questions you answered and, only if you chose to answer them, your age "
                "band and how long you have lived in the city. Not your answers, name, e-mail "
                "or internet address. A link you choose to share holds your scores in the link "
                "itself: making one stores nothing more."
            ),
            model="citizenship_test.Completion",
            # The periods published so far are kept before their oldest tests go.
            purge="citizenship_test.published.purge_expired_tests",
        ),
        StoredData(
            what=_(
                "For each question, how many people chose each answer, counted per day and per "
                "group session. Your answers are added to these counts, then forgotten: they "
                "are never stored together or linked to your scores."
            ),
            model="citizenship_test.AnswerCount",
            retention=AGGREGATE,
        ),
    )

    # The city's choices, the same in every language (kept in `CityToolSettings`).
    ask_age_band = SharedChoice(
        models.BooleanField(
            _("ask the age band"),
            default=False,
            help_text=_("Optional for residents; stored only as a band, never as an age."),
        )
    )
    ask_years_in_city = SharedChoice(
        models.BooleanField(
            _("ask how long they have lived in the city"),
            default=False,
            help_text=_("Optional for residents; stored only as a band."),
        )
    )
    action_links = StreamField(
        [("link", ActionLinkBlock())],
        blank=True,
        verbose_name=_("ideas for action"),
        help_text=_("Local courses, volunteering and services, shown with the results."),
    )

    tool_panels = [
        InlinePanel(
            "chosen_questions",
            heading=_("Questions"),
            label=_("Question"),
            help_text=_(
                "Choose the questions of your test and their order. Leave empty to use the "
                "default short version."
            ),
        ),
        FieldPanel("action_links"),
        MultiFieldPanel(
            [FieldPanel("ask_age_band"), FieldPanel("ask_years_in_city")],
            heading=_("Optional questions about the respondent"),
        ),
        ResultsLinksPanel(heading=_("Results and group sessions")),
    ]

    class Meta:
        verbose_name = _("citizenship test")
        verbose_name_plural = _("citizenship tests")

    def clean(self):
        """A city may use the shared bank and its own questions, not another city's."""
        super().clean()
        if not self.city_id:
            return
        city_key = self.city.translation_key
        for chosen in self.chosen_questions.all():
            question = chosen.question if chosen.question_id else None
            if (
                question is not None
                and question.city_id
                and question.city.translation_key != city_key
            ):
                raise ValidationError(
                    _("“%(question)s” belongs to another city's test.") % {"question": question}
                )

    def shared_options_from_form(self, form):
        """The questions chosen in the edit form, in their order, for every language."""
        formset = getattr(form, "formsets", {}).get("chosen_questions")
        if formset is None:
            return {}
        rows = []
        for position, subform in enumerate(formset.forms):
            data = getattr(subform, "cleaned_data", None) or {}
            question = data.get("question")
            if question is None or data.get("DELETE"):
                continue
            order = data.get("ORDER")
            rows.append((order if order is not None else position, position, question))
        rows.sort(key=lambda row: (row[0], row[1]))
        return {"questions": [question.translation_key.hex for _o, _p, question in rows]}

    def links_for(self, component):
        """The city's ideas for action for one component, as dicts (title, url, description)."""
        return [
            block.value
            for block in self.action_links
            if block.block_type == "link" and block.value["component"] == component
        ]

    # --- The admin preview: the wizard's steps as residents see them, then the printable test
    PRINT_PREVIEW = "print"
    # Its own preview modes (`serve_preview`), not the framework's first screen.
    previews_first_screen = False

    def preview_steps(self):
        """The titles of the wizard's steps for this version: a component per step, then the
        optional questions when asked, then the review."""
        questionnaire = Questionnaire(self, self.locale.language_code)
        titles = [label for _component, label, _questions in questionnaire.by_component()]
        if self.ask_age_band or self.ask_years_in_city:
            titles.append(_("About you"))
        return [*titles, _("Check and send")]

    @property
    def preview_modes(self):
        modes = [
            (f"step-{number}", _("Step %(number)s: %(title)s") % {"number": number, "title": title})
            for number, title in enumerate(self.preview_steps(), start=1)
        ]
        return [*modes, (self.PRINT_PREVIEW, _("Printable version"))]

    @property
    def default_preview_mode(self):
        return "step-1"

    def serve_preview(self, request, mode_name):
        if mode_name == self.PRINT_PREVIEW:
            return super().serve_preview(request, mode_name)
        try:
            number = int(mode_name.removeprefix("step-"))
        except ValueError:
            number = 1
        # The wizard lives in the views; a model names it by its path (as `screens` do).
        return import_string("citizenship_test.views.wizard.preview_step")(request, self, number)

    def get_preview_template(self, request, mode_name):
        return "citizenship_test/print.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["sections"] = Questionnaire(self, self.locale.language_code).by_component()
        return context

    def get_tool_context(self, request, mode):
        """The framework's context and the URLs of the test's screens."""
        context = super().get_tool_context(request, mode)
        for name in ("start", "print", "guide"):
            context[f"{name}_url"] = screen_url(self, name, embed=mode)
        return context


class ChosenQuestion(TranslatableMixin, Orderable):
    """A question in a city's test, in the city's order, optionally reworded for the city."""

    customisation = ParentalKey(
        CitizenshipTest, related_name="chosen_questions", on_delete=models.CASCADE
    )
    question = models.ForeignKey(
        "citizenship_test.Question",
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    prompt_override = models.TextField(
        _("reworded question"),
        blank=True,
        help_text=_("Optional: the question in your own words. Scoring stays the same."),
    )

    panels = [FieldPanel("question"), FieldPanel("prompt_override")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("chosen question")
        verbose_name_plural = _("chosen questions")
