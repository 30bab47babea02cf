"""The coordinator's screens in the admin: open a round, invite colleagues area by area,
follow progress, review, send an area back with a note, submit.

Every screen works on the rounds of the cities the user manages (`tools.scoping.visible_to`,
the framework's one rule): another city's round, area or link answers 404. Every change is a
POST; a submitted round refuses them all.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django.views import View
from django.views.generic import TemplateView

from intercultural_index.charts import results_charts
from intercultural_index.models import Answer, AreaAssignment, IndexRound
from intercultural_index.profile import published_customisation
from intercultural_index.results import city_results
from intercultural_index.rounds import kinds
from intercultural_index.rounds.answering import adopt_note
from intercultural_index.rounds.contribute import progress_text
from intercultural_index.rounds.invitations import (
    DURATIONS,
    issue_invitation,
    link_path,
    revoke_invitations,
)
from intercultural_index.rounds.progress import round_progress
from tools.admin_urls import admin_url_of
from tools.permissions import cities_for_user
from tools.review import REVIEW_REFUSAL, must_submit_for_review
from tools.scoping import visible_or_404, visible_to
from tools.views.admin import AdminFormScreen, AdminScreenMixin

__all__ = [
    "URL_NAMESPACE",
    "AdoptView",
    "AssignmentView",
    "InviteView",
    "NewLinkView",
    "NewRoundView",
    "PublishView",
    "ResultsView",
    "RevokeView",
    "RoundIndexView",
    "RoundView",
    "SendBackView",
    "SubmitView",
    "admin_url",
]

URL_NAMESPACE = "intercultural_index_rounds"


admin_url = admin_url_of(URL_NAMESPACE)


def round_rows():
    return kinds.rounds_queryset(IndexRound)


def rounds_for(user):
    return visible_to(user, round_rows())


def assignment_rows():
    return AreaAssignment.objects.select_related("round__city", "round__edition", "area")


def refuse_if_locked(request, index_round):
    """A submitted round takes no change: say so and go back to it."""
    if index_round.is_locked:
        messages.error(
            request, _("This round is submitted and locked: nothing in it can be changed.")
        )
        return HttpResponseRedirect(admin_url("round", index_round.pk))
    return None


# --- Rounds ------------------------------------------------------------------------------


class RoundIndexView(AdminScreenMixin, TemplateView):
    """The rounds of the user's cities, newest first."""

    template_name = "intercultural_index/rounds/admin/index.html"
    page_title = _("Index rounds")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rounds"] = [
            {"round": found, "url": admin_url("round", found.pk)}
            for found in rounds_for(self.request.user).order_by("-opened_at", "-pk")[:200]
        ]
        context["new_url"] = admin_url("new")
        return context


class NewRoundForm(forms.Form):
    city = forms.ModelChoiceField(label=_("City"), queryset=None)
    edition = forms.ModelChoiceField(label=_("Edition of the questionnaire"), queryset=None)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = kinds.cities_choice(cities_for_user(user))
        self.fields["edition"].queryset = kinds.editions_choice()


class NewRoundView(AdminFormScreen):
    form_class = NewRoundForm
    page_title = _("Open a round")
    header_icon = "tasks"
    submit_label = _("Open the round")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        opened = kinds.open_round(
            form.cleaned_data["city"], form.cleaned_data["edition"], self.request.user
        )
        return HttpResponseRedirect(admin_url("round", opened.pk))


class RoundMixin:
    def dispatch(self, request, pk):
        self.index_round = visible_or_404(request.user, round_rows(), pk)
        return super().dispatch(request, pk)


class RoundView(RoundMixin, AdminScreenMixin, TemplateView):
    """One round: each area with its contributor, link, status and progress."""

    template_name = "intercultural_index/rounds/admin/round.html"
    page_title = _("Index round")
    header_icon = "tasks"

    def get_page_subtitle(self):
        return str(self.index_round.city)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        index_round = self.index_round
        progress = round_progress(index_round)
        assignments = {
            assignment.area_id: assignment
            for assignment in index_round.assignments.select_related("area").prefetch_related(
                "invitations", "pending_notes"
            )
        }
        rows = []
        for area in kinds.areas_of_edition(index_round.edition):
            assignment = assignments.get(area.pk)
            area_done = progress.get(area.pk)
            rows.append(
                {
                    "area": area,
                    "assignment": assignment,
                    "progress": area_done,
                    "progress_text": progress_text(area_done) if area_done else "",
                    "link": assignment.invitations.all()[0]
                    if assignment and assignment.invitations.all()
                    else None,
                    "notes": len(assignment.pending_notes.all()) if assignment else 0,
                    "url": admin_url("assignment", assignment.pk) if assignment else "",
                }
            )
        context.update(
            {
                "index_round": index_round,
                "rows": rows,
                "locked": index_round.is_locked,
                "invite_form": kwargs.get("invite_form") or InviteForm(index_round=index_round),
                "invite_url": admin_url("invite", index_round.pk),
                "submit_url": admin_url("submit", index_round.pk),
                "results_url": admin_url("results", index_round.pk),
                "index_url": admin_url("index"),
            }
        )
        return context


class InviteForm(forms.Form):
    area = forms.ModelChoiceField(label=_("Area"), queryset=None)
    contributor_name = forms.CharField(label=_("Colleague's name"), max_length=200)
    contributor_email = forms.EmailField(
        label=_("Colleague's email"),
        required=False,
        help_text=_("Only to prepare the email with the link; nothing is sent by the site."),
    )
    days = forms.TypedChoiceField(
        label=_("Link valid for"),
        coerce=int,
        initial=30,
        choices=[
            (days, ngettext_lazy("%(days)s day", "%(days)s days", "days") % {"days": days})
            for days in DURATIONS
        ],
    )

    def __init__(self, *args, index_round=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = kinds.areas_of_edition(index_round.edition)


class InviteView(RoundView):
    """Assign an area to a colleague (or to another one) and make its link. A form with an
    error shows the round again with what was typed and the message beside its field."""

    http_method_names = ["post"]

    def post(self, request, pk):
        index_round = self.index_round
        locked = refuse_if_locked(request, index_round)
        if locked:
            return locked
        form = InviteForm(request.POST, index_round=index_round)
        if not form.is_valid():
            messages.error(request, _("The invitation could not be made: check the fields."))
            return self.render_to_response(self.get_context_data(invite_form=form), status=400)
        data = form.cleaned_data
        with transaction.atomic():
            assignment, _created = AreaAssignment.objects.get_or_create(
                round=index_round,
                area=data["area"],
                defaults={"status": AreaAssignment.INVITED},
            )
            assignment.contributor_name = data["contributor_name"]
            assignment.contributor_email = data["contributor_email"]
            assignment.save()
            issue_invitation(assignment, data["days"], request.user)
        messages.success(request, _("The link is ready: copy it and send it to your colleague."))
        return HttpResponseRedirect(admin_url("assignment", assignment.pk))


class SubmitView(RoundMixin, AdminScreenMixin, TemplateView):
    """Confirm, then submit the round: it is locked for good, and every link stops writing."""

    template_name = "intercultural_index/rounds/admin/submit.html"
    page_title = _("Submit the round")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        progress = round_progress(self.index_round)
        context.update(
            {
                "index_round": self.index_round,
                "incomplete": [
                    area
                    for area in kinds.areas_of_edition(self.index_round.edition)
                    if not progress.get(area.pk) or not progress[area.pk].complete
                ],
                "round_url": admin_url("round", self.index_round.pk),
            }
        )
        return context

    def post(self, request, pk):
        locked = refuse_if_locked(request, self.index_round)
        if locked:
            return locked
        kinds.submit_round(self.index_round, request.user)
        messages.success(request, _("The round is submitted. Its answers can no longer change."))
        return HttpResponseRedirect(admin_url("round", self.index_round.pk))


# --- One area's assignment ---------------------------------------------------------------


class AssignmentMixin:
    def dispatch(self, request, pk):
        self.assignment = visible_or_404(request.user, assignment_rows(), pk)
        return super().dispatch(request, pk)


class SendBackForm(forms.Form):
    note = forms.CharField(
        label=_("Note to your colleague"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say what to check or complete; your colleague sees it above the questions."),
    )


class AssignmentView(AssignmentMixin, AdminScreenMixin, TemplateView):
    """One area: the answers for review, the link, the texts kept from refused saves."""

    template_name = "intercultural_index/rounds/admin/assignment.html"
    page_title = _("Area of an Index round")
    header_icon = "tasks"

    def get_page_subtitle(self):
        return f"{self.assignment.round.city} · {self.assignment.area}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        assignment = self.assignment
        questions = kinds.attach_texts(kinds.questions_of_area(assignment.area))
        answers = {
            answer.question_id: answer
            for answer in Answer.objects.filter(round=assignment.round, question__in=questions)
        }
        link = assignment.invitations.first()
        link_url = ""
        if link is not None and link.state == "valid":
            link_url = self.request.build_absolute_uri(link_path(link))
        progress = round_progress(assignment.round, [assignment.area]).get(assignment.area_id)
        context.update(
            {
                "assignment": assignment,
                "index_round": assignment.round,
                "locked": assignment.round.is_locked,
                "rows": [
                    {
                        "question": question,
                        "heading": kinds.question_heading(question),
                        "answer": answers.get(question.pk),
                        "shown": kinds.display_answer(question, answers.get(question.pk)),
                    }
                    for question in questions
                ],
                "progress_text": progress_text(progress) if progress else "",
                "link": link,
                "link_url": link_url,
                "mail_subject": _("Intercultural Cities Index: your part"),
                "notes": [
                    {
                        "note": note,
                        "adopt_url": admin_url("adopt", assignment.pk, note.pk)
                        if note.data and note.adopted_at is None
                        else "",
                    }
                    for note in assignment.pending_notes.select_related("adopted_by")[:50]
                ],
                "send_back_form": SendBackForm(),
                "round_url": admin_url("round", assignment.round_id),
                "new_link_url": admin_url("new_link", assignment.pk),
                "revoke_url": admin_url("revoke", assignment.pk),
                "send_back_url": admin_url("send_back", assignment.pk),
                "durations": InviteForm.base_fields["days"].choices,
            }
        )
        return context


class AssignmentAction(AssignmentMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        locked = refuse_if_locked(request, self.assignment.round)
        if locked:
            return locked
        self.act(request)
        return HttpResponseRedirect(admin_url("assignment", self.assignment.pk))

    def act(self, request):
        raise PermissionDenied


class NewLinkView(AssignmentAction):
    """A new link for the same colleague; the older one stops working."""

    def act(self, request):
        try:
            days = int(request.POST.get("days", 30))
        except ValueError:
            days = 30
        if days not in DURATIONS:
            days = 30
        issue_invitation(self.assignment, days, request.user)
        messages.success(request, _("A new link is ready; the previous one no longer works."))


class RevokeView(AssignmentAction):
    """Withdraw the area's link: it opens nothing any more."""

    def act(self, request):
        revoke_invitations(self.assignment, timezone.now())
        messages.success(request, _("The link is withdrawn."))


class SendBackView(AssignmentAction):
    """Send the area back to the contributor, with a note they see above the questions."""

    def act(self, request):
        form = SendBackForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Write a note to say what to change."))
            return
        assignment = self.assignment
        assignment.note = form.cleaned_data["note"]
        assignment.status = assignment.RETURNED
        assignment.save(update_fields=["note", "status"])
        messages.success(request, _("The area is sent back with your note."))


class AdoptView(View):
    """Put the answers of a text kept from a refused save in the round (once)."""

    http_method_names = ["post"]

    def post(self, request, pk, note):
        assignment = visible_or_404(request.user, assignment_rows(), pk)
        locked = refuse_if_locked(request, assignment.round)
        if locked:
            return locked
        kept = assignment.pending_notes.filter(pk=note).first()
        if kept is None:
            raise Http404
        invalid = adopt_note(kept, request.user)
        if invalid is None:
            messages.error(request, _("These answers were already put in the round."))
        elif invalid:
            questions = ", ".join(question.code for question in invalid)
            messages.warning(
                request,
                _(
                    "Some kept answers are not valid answers and were not put in the round: "
                    "%(questions)s. Enter them yourself from the kept text."
                )
                % {"questions": questions},
            )
        else:
            messages.success(request, _("The kept answers are now in the round."))
        return HttpResponseRedirect(admin_url("assignment", assignment.pk))


# --- The round's results, before (and after) the city publishes them -----------------------


class ResultsView(RoundMixin, AdminScreenMixin, TemplateView):
    """A submitted round's results as the public page shows them (charts, similar cities),
    for the coordinators of its city, published or not; another city's round answers 404."""

    template_name = "intercultural_index/rounds/admin/results.html"
    page_title = _("Results of the round")
    header_icon = "tasks"

    def get_page_subtitle(self):
        return str(self.index_round.city)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        index_round = self.index_round
        results, charts = None, {}
        if index_round.is_locked:
            results = city_results(
                index_round.city,
                translation.get_language(),
                published_only=False,
                with_indicators=True,
                until=index_round,
            )
            if results.latest is None:
                results = None
            else:
                charts = results_charts(results)
        context.update(
            {
                "index_round": index_round,
                "results": results,
                "charts": charts,
                # Published rounds reach residents only through the city's live Index with
                # "publish the results" ticked: say so when it is missing or not ticked.
                "shown_to_residents": published_customisation(index_round.city) is not None,
                "publish_url": admin_url("publish", index_round.pk),
                "round_url": admin_url("round", index_round.pk),
            }
        )
        return context


class PublishView(RoundMixin, View):
    """Publish a submitted round's results, or stop publishing them."""

    http_method_names = ["post"]

    def post(self, request, pk):
        index_round = self.index_round
        if must_submit_for_review(request.user, index_round.city):
            messages.error(request, REVIEW_REFUSAL)
        elif index_round.is_locked:
            publish = request.POST.get("publish") == "1"
            if index_round.published != publish:
                index_round.published = publish
                index_round.save(update_fields=["published"])
            if publish:
                messages.success(request, _("The results are published."))
            else:
                messages.success(request, _("The results are no longer published."))
        return HttpResponseRedirect(admin_url("results", index_round.pk))
