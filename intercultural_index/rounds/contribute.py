"""The contributors' pages: one area of one round, opened by its invitation link.

No account: the signed link is the key (`invitations`). The page works without JavaScript (a
"Save" button, then the same page again) and, with it, saves as the contributor goes: the same
form is posted with `autosave=1` on each change and answered in JSON.

Against misuse:
- a link opens its own area only; the form has fields for that area's questions alone;
- a POST from another site (its `Origin`) is refused; no session or CSRF cookie is needed, so
  an expired session never loses a page (the link stands in for both);
- each link may save `INDEX_SAVES_PER_MINUTE` times a minute (`tools.counters`), refused
  saves of an expired or withdrawn link included;
- an expired or withdrawn link, a submitted round or an area handed in refuse every write with
  a page saying what to do; what was typed is shown back to copy, and kept for the
  coordinator (`answering.keep_refused_text`);
- a save from a page older than an answer (another tab, a colleague with the same link) does
  not overwrite it: the page shows both answers and the person chooses which to keep (409,
  for the Save button and for the autosave alike; `answering.save_area`).
"""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from intercultural_index.models import Answer
from intercultural_index.rounds import kinds
from intercultural_index.rounds.answering import (
    KEEP_MINE,
    PAGE_FIELD,
    AreaForm,
    base_of,
    fresh_bases,
    keep_refused_text,
    new_page_key,
    page_key_of,
    prefix,
    refused_text,
    save_area,
    stored_content,
)
from intercultural_index.rounds.invitations import (
    LinkRefused,
    TooManySaves,
    check_save_rate,
    invitation_for,
)
from intercultural_index.rounds.progress import area_progress
from tools.state import request_origin

__all__ = ["ContributeView", "progress_text"]

#: How often opening a link is recorded for the coordinator (seconds).
OPENED_EVERY = 15 * 60


class CrossSitePost(LinkRefused):
    """A POST sent by another site: refused, and nothing of it is kept."""

    status = 403


def conflict_of(question, answer):
    """What the page shows of a newer answer that a save did not overwrite."""
    lines = [kinds.display_answer(question, answer)]
    if answer is not None and answer.evidence:
        lines.append(f"{_('Evidence')}: {answer.evidence}")
    if answer is not None and answer.comment:
        lines.append(f"{_('Comment')}: {answer.comment}")
    by = ""
    if answer is not None:
        by = _("Saved by %(name)s on %(time)s") % {
            "name": answer.updated_by_label,
            "time": timezone.localtime(answer.updated_at).strftime("%Y-%m-%d %H:%M"),
        }
    values = {}
    for name, value in stored_content(question, answer, prefix(question)).items():
        if answer is None:
            value = False if name.endswith("-na") else ""
        elif isinstance(value, list):
            value = [str(item) for item in value]
        elif not isinstance(value, bool):
            value = "" if value is None else str(value)
        values[name] = value
    return {"lines": lines, "by": by, "base": base_of(question, answer), "values": values}


def items(form, errors, conflicts=None):
    """What the page shows of each question: its texts, fields, stored answer, errors and the
    newer answer it conflicts with."""
    conflicts = conflicts or {}
    found = []
    for question, fields in form.groups():
        answer = form.answers.get(question.pk)
        found.append(
            {
                "question": question,
                "fields": fields,
                "errors": errors.get(question.pk, []),
                "conflict": conflict_of(question, conflicts[question.pk])
                if question.pk in conflicts
                else None,
                "radios": kinds.uses_radios(question),
                "heading": kinds.question_heading(question),
                "answer": answer,
                "shown": kinds.display_answer(question, answer),
                **kinds.question_texts(question),
            }
        )
    return found


def progress_text(progress):
    return ngettext(
        "%(answered)s of %(total)s question answered",
        "%(answered)s of %(total)s questions answered",
        progress.total,
    ) % {"answered": progress.answered, "total": progress.total}


def _secured(response):
    """No cache keeps the page, and no link followed from it carries the token away."""
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class ContributeView(View):
    template_name = "intercultural_index/rounds/contribute.html"
    refused_template = "intercultural_index/rounds/link_refused.html"
    http_method_names = ["get", "head", "post"]

    def dispatch(self, request, token):
        return _secured(super().dispatch(request, token))

    # --- reading -----------------------------------------------------------------------

    def get(self, request, token):
        try:
            invitation = invitation_for(token)
        except LinkRefused as refusal:
            return self.refused(request, refusal)
        self.note_opened(invitation)
        form = AreaForm(*self.questions_and_answers(invitation))
        message = _("Your answers are saved.") if request.GET.get("saved") else ""
        if request.GET.get("handed_in"):
            message = _("Thank you: this area is handed in to the coordinator.")
        return self.render(request, invitation, form, message=message)

    @staticmethod
    def note_opened(invitation):
        now = timezone.now()
        last = invitation.last_opened_at
        if last is None or (now - last).total_seconds() > OPENED_EVERY:
            type(invitation).objects.filter(pk=invitation.pk).update(last_opened_at=now)

    @staticmethod
    def questions_and_answers(invitation):
        assignment = invitation.assignment
        questions = kinds.attach_texts(kinds.questions_of_area(assignment.area))
        answers = {
            answer.question_id: answer
            for answer in Answer.objects.filter(round=assignment.round, question__in=questions)
        }
        return questions, answers

    def render(
        self, request, invitation, form, message="", status=200, errors=None, conflicts=None
    ):
        assignment = invitation.assignment
        progress = area_progress(assignment.round, assignment.area)
        read_only = assignment.round.is_locked or assignment.status == assignment.DONE
        context = {
            "invitation": invitation,
            "assignment": assignment,
            "index_round": assignment.round,
            "area": assignment.area,
            "area_name": kinds.area_names([assignment.area])[assignment.area_id],
            "form": form,
            "items": items(form, errors or {}, conflicts),
            "progress": progress,
            "progress_text": progress_text(progress),
            "message": message,
            "read_only": read_only,
            "sent_back": assignment.status == assignment.RETURNED and assignment.note,
            # The same page shown again after an error keeps its key (`answering.PAGE_FIELD`).
            "page_field": PAGE_FIELD,
            "page_key": page_key_of(request.POST) or new_page_key(),
        }
        return TemplateResponse(request, self.template_name, context, status=status)

    def refused(self, request, refusal, data=None, autosave=False, keep=True):
        """The refusal: its page (or JSON), with what was typed shown back and (unless `keep`
        is False) kept."""
        text, kept = "", False
        if data is not None and refusal.invitation is not None:
            questions, answers = self.questions_and_answers(refusal.invitation)
            if keep:
                text, kept = keep_refused_text(refusal, questions, answers, data)
            else:
                text = refused_text(questions, answers, data)
        if autosave:
            response = JsonResponse(
                {"ok": False, "message": str(refusal.message), "kept": kept}, status=refusal.status
            )
        else:
            response = TemplateResponse(
                request,
                self.refused_template,
                {"message": refusal.message, "text": text, "kept": kept},
                status=refusal.status,
            )
        if getattr(refusal, "retry_after", None):
            response["Retry-After"] = str(refusal.retry_after)
        return response

    # --- writing -----------------------------------------------------------------------

    def post(self, request, token):
        autosave = request.POST.get("autosave") == "1"
        origin = request_origin(request)
        if origin is not None and origin != f"{request.scheme}://{request.get_host()}".lower():
            return self.refused(request, CrossSitePost(), autosave=autosave)
        try:
            invitation = invitation_for(token, for_writing=True)
            check_save_rate(invitation)
        except LinkRefused as refusal:
            return self.refuse_write(request, refusal, autosave)
        return self.save(request, invitation, autosave)

    def refuse_write(self, request, refusal, autosave):
        """A refused save of a known link (expired, withdrawn, locked, handed in) counts
        towards the link's saves a minute too: beyond them, what was typed is shown back but
        no longer kept, so an old link cannot write to the database as fast as it posts."""
        if refusal.invitation is not None and not isinstance(refusal, TooManySaves):
            try:
                check_save_rate(refusal.invitation)
            except TooManySaves as too_many:
                response = self.refused(
                    request, refusal, data=request.POST, autosave=autosave, keep=False
                )
                response.status_code = too_many.status
                response["Retry-After"] = str(too_many.retry_after)
                return response
        return self.refused(request, refusal, data=request.POST, autosave=autosave)

    def save(self, request, invitation, autosave):
        assignment = invitation.assignment
        questions, answers = self.questions_and_answers(invitation)
        form = AreaForm(questions, answers, data=request.POST)
        form.is_valid()
        save_area(form, assignment, assignment.contributor_name)
        errors = form.question_errors()
        conflicts = form.conflicts
        progress = area_progress(assignment.round, assignment.area)
        by_id = {question.pk: question for question in form.questions}
        if conflicts:
            message = _(
                "Someone else changed some of these answers while you were working. Nothing you "
                "typed is lost: choose which answer to keep, then save."
            )
        elif errors:
            message = _("Some answers could not be saved: see the messages on the page.")
        else:
            message = _("Saved at %(time)s.") % {"time": timezone.localtime().strftime("%H:%M")}
        if autosave:
            return JsonResponse(
                {
                    "ok": not errors and not conflicts,
                    "message": message,
                    "progress": progress_text(progress),
                    "answered": progress.answered,
                    "total": progress.total,
                    "errors": {f"q{pk}": messages for pk, messages in errors.items()},
                    "bases": {f"q{pk}-base": base for pk, base in fresh_bases(form).items()},
                    "conflicts": {
                        f"q{pk}": conflict_of(by_id[pk], answer) for pk, answer in conflicts.items()
                    },
                },
                status=409 if conflicts else 400 if errors else 200,
            )
        if errors or conflicts:
            # The same page again, with what was typed; the bases move on only where the page
            # now shows what is stored, or where the person is choosing between two answers.
            data = request.POST.copy()
            for pk, base in fresh_bases(form).items():
                data[f"q{pk}-base"] = base
            for pk, answer in conflicts.items():
                data[f"q{pk}-base"] = base_of(by_id[pk], answer)
                data[f"q{pk}-keep"] = KEEP_MINE
            shown = AreaForm(form.questions, form.answers, data=data)
            shown.is_valid()
            return self.render(
                request,
                invitation,
                shown,
                message=message,
                status=409 if conflicts else 400,
                errors=errors,
                conflicts=conflicts,
            )
        if request.POST.get("action") == "hand_in":
            if not progress.complete:
                return self.render(
                    request,
                    invitation,
                    AreaForm(*self.questions_and_answers(invitation)),
                    message=_(
                        "Your answers are saved. Answer every question, or mark it not "
                        "applicable, before handing the area in."
                    ),
                    status=400,
                )
            assignment.status = assignment.DONE
            assignment.save(update_fields=["status"])
            return redirect(f"{request.path}?handed_in=1")
        return redirect(f"{request.path}?saved=1")
