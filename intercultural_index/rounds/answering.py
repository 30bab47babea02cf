"""One area's questions as a form, saved question by question.

- `AreaForm(questions, answers, data)`: one group of fields per question (the answer for its
  kind, "not applicable", evidence, comment); only the questions of the link's area exist in
  it, so a field naming another question is ignored.
- `save_area(form, assignment, label)`: writes the questions whose posted content differs from
  what is stored, each valid one on its own: one wrong number never loses the rest.
- `keep_refused_text(refusal, questions, answers, data)`: what a refused save would have
  changed, as plain text, kept for the coordinator (`PendingNote`) and shown back to the
  contributor to copy.
"""

from django import forms
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from intercultural_index.rounds import kinds

__all__ = [
    "EVIDENCE_MAX",
    "COMMENT_MAX",
    "NOTES_PER_AREA",
    "AreaForm",
    "keep_refused_text",
    "save_area",
]

EVIDENCE_MAX = 4000
COMMENT_MAX = 2000
#: Texts of refused saves kept per area at most: a flood with an old link stops here.
NOTES_PER_AREA = 50


def prefix(question):
    return f"q{question.pk}"


class AreaForm(forms.Form):
    """The fields of one area's questions; `groups` lists them question by question."""

    def __init__(self, questions, answers, *args, **kwargs):
        self.questions = list(questions)
        self.answers = answers  # {question id: Answer}
        super().__init__(*args, **kwargs)
        for question in self.questions:
            answer = answers.get(question.pk)
            key = prefix(question)
            self.fields[f"{key}-value"] = kinds.value_field(question)
            if question.allows_not_applicable:
                self.fields[f"{key}-na"] = forms.BooleanField(
                    label=_("Not applicable to our city"), required=False
                )
            self.fields[f"{key}-evidence"] = forms.CharField(
                label=_("Evidence"),
                help_text=_("Documents, decisions or figures that support the answer."),
                required=False,
                max_length=EVIDENCE_MAX,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.fields[f"{key}-comment"] = forms.CharField(
                label=_("Comment"),
                required=False,
                max_length=COMMENT_MAX,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            if answer is not None and not self.is_bound:
                self.initial.update(stored_content(question, answer, key))

    def groups(self):
        """[(question, {"value": bound field, "na": ..., "evidence": ..., "comment": ...})]
        ("na" only for the questions that may be not applicable)."""
        return [
            (
                question,
                {
                    part: self[f"{prefix(question)}-{part}"]
                    for part in ("value", "na", "evidence", "comment")
                    if f"{prefix(question)}-{part}" in self.fields
                },
            )
            for question in self.questions
        ]

    def question_errors(self):
        """{question id: [messages]} of the questions whose fields did not validate."""
        errors = {}
        for question in self.questions:
            key = prefix(question)
            for part in ("value", "na", "evidence", "comment"):
                for message in self.errors.get(f"{key}-{part}", []):
                    errors.setdefault(question.pk, []).append(message)
        return errors


def stored_content(question, answer, key):
    """The form's initial data for a stored answer."""
    return {
        f"{key}-value": kinds.form_value(question, answer),
        f"{key}-na": answer.not_applicable,
        f"{key}-evidence": answer.evidence,
        f"{key}-comment": answer.comment,
    }


def posted_content(form, question):
    """(value, not_applicable, evidence, comment) of a question as cleaned, or None when one
    of its fields did not validate."""
    key = prefix(question)
    names = [f"{key}-{part}" for part in ("value", "na", "evidence", "comment")]
    if any(name in form.errors for name in names):
        return None
    value, na, evidence, comment = (form.cleaned_data.get(name) for name in names)
    na = bool(na) and question.allows_not_applicable
    value = kinds.normalise(question, value)
    return value, na, (evidence or "").strip(), (comment or "").strip()


def current_content(question, answer):
    if answer is None:
        return kinds.stored_value(question, None), False, "", ""
    return (
        kinds.stored_value(question, answer),
        answer.not_applicable,
        answer.evidence,
        answer.comment,
    )


def save_area(form, assignment, label):
    """Write every valid question whose content changed; returns the number written.

    `form.is_valid()` must have been called. `label` names who saved (the contributor's name,
    never an account).
    """
    from intercultural_index.models import Answer

    written = 0
    with transaction.atomic():
        for question in form.questions:
            content = posted_content(form, question)
            if content is None:
                continue
            answer = form.answers.get(question.pk)
            if content == current_content(question, answer):
                continue
            value, na, evidence, comment = content
            if answer is None:
                answer = Answer(round=assignment.round, question=question)
            kinds.set_value(question, answer, value)
            answer.not_applicable = na
            answer.evidence = evidence
            answer.comment = comment
            answer.updated_by_label = label[:160]
            answer.save()
            form.answers[question.pk] = answer
            written += 1
        if written and assignment.status in (assignment.INVITED, assignment.RETURNED):
            assignment.status = assignment.IN_PROGRESS
            assignment.save(update_fields=["status"])
    return written


def _list(data, name):
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return value if isinstance(value, list) else [value] if value is not None else []


def _raw(data, name):
    return str(data.get(name, "")).strip()


def refused_text(questions, answers, data):
    """What `data` (a refused POST) would have changed, as plain text: one paragraph per
    question whose posted content differs from what is stored. Empty when nothing would."""
    paragraphs = []
    for question in questions:
        key = prefix(question)
        answer = answers.get(question.pk)
        stored = stored_content(question, answer, key) if answer is not None else {}
        lines = []
        values = [str(v).strip() for v in _list(data, f"{key}-value") if str(v).strip()]
        was = stored.get(f"{key}-value")
        was = [str(v) for v in was] if isinstance(was, list) else [str(was or "")]
        if values and sorted(values) != sorted(v for v in was if v and v != "None"):
            shown = "; ".join(kinds.display_posted(question, value) for value in values)
            lines.append(f"{gettext('Answer')}: {shown}")
        na = bool(data.get(f"{key}-na"))
        if na and not stored.get(f"{key}-na"):
            lines.append(gettext("Not applicable to our city"))
        for part, title in (("evidence", gettext("Evidence")), ("comment", gettext("Comment"))):
            text = _raw(data, f"{key}-{part}")[
                : EVIDENCE_MAX if part == "evidence" else COMMENT_MAX
            ]
            if text and text != (stored.get(f"{key}-{part}") or "").strip():
                lines.append(f"{title}: {text}")
        if lines:
            paragraphs.append("\n".join([kinds.question_heading(question), *lines]))
    return "\n\n".join(paragraphs)


def keep_refused_text(refusal, questions, answers, data):
    """The text of a refused save, kept for the coordinator when the link is known (at most
    `NOTES_PER_AREA` per area). Returns the text, to show back on the page."""
    from intercultural_index.models import PendingNote

    text = refused_text(questions, answers, data)
    invitation = refusal.invitation
    if text and invitation is not None and refusal.reason:
        assignment = invitation.assignment
        with transaction.atomic():
            if assignment.pending_notes.count() < NOTES_PER_AREA:
                # The same text sent again (a page saving as it goes) is kept once.
                last = assignment.pending_notes.order_by("-created_at", "-pk").first()
                if last is None or last.text != text:
                    PendingNote.objects.create(
                        assignment=assignment, reason=refusal.reason, text=text
                    )
    return text
