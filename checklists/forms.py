"""Forms built from a checklist's sections: one section of the self-check, or a whole
assessment with evidence notes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from checklists.scoring import ANSWERS, NO, NOT_APPLICABLE, PARTLY, YES, answer_of

__all__ = ["ANSWER_LABELS", "AssessmentForm", "SectionAnswersForm"]

ANSWER_LABELS = {
    YES: _("Yes"),
    PARTLY: _("Partly"),
    NO: _("No"),
    NOT_APPLICABLE: _("Not applicable"),
}
ANSWER_CHOICES = [(answer, ANSWER_LABELS[answer]) for answer in ANSWERS]
EVIDENCE_MAX_LENGTH = 2000


def answer_field(question, required):
    return forms.ChoiceField(
        label=question.text,
        choices=ANSWER_CHOICES,
        widget=forms.RadioSelect,
        required=required,
        error_messages={"required": _("Choose an answer to this question.")},
    )


class SectionAnswersForm(forms.Form):
    """The answers to one section of the self-check; every question needs an answer."""

    def __init__(self, section, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.section = section
        for question in section.questions:
            self.fields[question.id] = answer_field(question, required=True)

    def answers(self):
        """{question id: answer} of the valid form."""
        return {question.id: self.cleaned_data[question.id] for question in self.section.questions}

    def chosen_answers(self):
        """What was chosen even if the form is incomplete (kept when the resident goes back)."""
        return {
            question.id: self.data.get(question.id)
            for question in self.section.questions
            if self.data.get(question.id) in ANSWERS
        }

    def questions(self):
        """(question, bound field) pairs, for the template."""
        return [(question, self[question.id]) for question in self.section.questions]


class AssessmentForm(forms.Form):
    """A whole assessment: an answer and an evidence note per question.

    A draft may leave questions unanswered; publishing needs every answer (`publishing=True`).
    """

    def __init__(self, sections, *args, answers=None, publishing=False, **kwargs):
        answers = answers or {}
        initial = {}
        for section in sections:
            for question in section.questions:
                initial[f"answer-{question.id}"] = answer_of(answers, question.id)
                note = answers.get(question.id)
                initial[f"evidence-{question.id}"] = (
                    note.get("evidence", "") if isinstance(note, dict) else ""
                )
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.sections = sections
        self.publishing = publishing
        for section in sections:
            for question in section.questions:
                self.fields[f"answer-{question.id}"] = answer_field(question, required=publishing)
                self.fields[f"evidence-{question.id}"] = forms.CharField(
                    label=_("Evidence"),
                    required=False,
                    max_length=EVIDENCE_MAX_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    help_text=_("What shows it: a decision, a document, a figure, a link."),
                )

    def answers(self):
        """The answers to store: {question id: {"answer": ..., "evidence": ...}}."""
        stored = {}
        for section in self.sections:
            for question in section.questions:
                answer = self.cleaned_data.get(f"answer-{question.id}") or None
                evidence = (self.cleaned_data.get(f"evidence-{question.id}") or "").strip()
                if answer or evidence:
                    stored[question.id] = {"answer": answer, "evidence": evidence}
        return stored

    def grouped(self):
        """[(section, [(question, answer field, evidence field)])], for the template."""
        return [
            (
                section,
                [
                    (question, self[f"answer-{question.id}"], self[f"evidence-{question.id}"])
                    for question in section.questions
                ],
            )
            for section in self.sections
        ]
