"""One area's questions as a form, saved question by question.

- `AreaForm(questions, answers, data)`: one group of fields per question (the answer for its
  kind, "not applicable", evidence, comment); only the questions of the link's area exist in
  it, so a field naming another question is ignored.
- `save_area(form, assignment, label)`: writes the questions whose posted content differs from
  what is stored, each valid one on its own: one wrong number never loses the rest.
- Versions: each question's hidden `base` field names the answer's version the page started
  from, with a fingerprint of what the page showed. A save whose base is older than the stored
  answer writes nothing for that question: when the page had not changed it, the newer answer
  simply stays; when it had, the question is a conflict (`form.conflicts`), and the page shows
  both answers and lets the person choose (`keep` = "mine" or "theirs"). A post without a base
  (a page from before versions) is written as before.
- `keep_refused_text(refusal, questions, answers, data)`: what a refused save would have
  changed, as plain text, kept for the coordinator (`PendingNote`, with the fields of the
  questions it would have changed; one per page, its latest text) and shown back to the
  contributor to copy.
- `adopt_note(note, user)`: the coordinator puts a kept text's answers in the round (once).
"""

import hashlib
import json
import re
import secrets
from decimal import Decimal

from django import forms
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from intercultural_index.models import Answer, PendingNote
from intercultural_index.rounds import kinds

__all__ = [
    "EVIDENCE_MAX",
    "COMMENT_MAX",
    "NOTES_PER_AREA",
    "PAGE_FIELD",
    "AreaForm",
    "adopt_note",
    "base_of",
    "fresh_bases",
    "keep_refused_text",
    "new_page_key",
    "page_key_of",
    "save_area",
]

KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"

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
            self.fields[f"{key}-base"] = forms.CharField(
                required=False, max_length=80, widget=forms.HiddenInput
            )
            self.fields[f"{key}-keep"] = forms.ChoiceField(
                required=False,
                choices=[
                    (KEEP_MINE, _("Keep my answer")),
                    (KEEP_THEIRS, _("Keep the saved answer")),
                ],
                widget=forms.RadioSelect,
            )
            if not self.is_bound:
                self.initial[f"{key}-base"] = base_of(question, answer)
                if answer is not None:
                    self.initial.update(stored_content(question, answer, key))
        #: {question id: the stored answer} of the questions a stale page would have overwritten.
        self.conflicts = {}

    def groups(self):
        """[(question, {"value": bound field, "na": ..., "evidence": ..., "comment": ...})]
        ("na" only for the questions that may be not applicable)."""
        return [
            (
                question,
                {
                    part: self[f"{prefix(question)}-{part}"]
                    for part in ("value", "na", "evidence", "comment", "base", "keep")
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


def fingerprint(content):
    """A short digest of (value, not_applicable, evidence, comment)."""
    value, na, evidence, comment = content
    if isinstance(value, Decimal):
        value = format(value.normalize(), "f")
    text = json.dumps([value, na, evidence, comment], default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def base_of(question, answer):
    """The base a page showing `answer` saves from: "<version>.<fingerprint>"."""
    version = answer.version if answer is not None else 0
    return f"{version}.{fingerprint(current_content(question, answer))}"


def _parse_base(raw):
    """(version, fingerprint) of a posted base, or None when there is none (or it is junk)."""
    version, _dot, digest = str(raw or "").partition(".")
    if not version.isdigit() or not digest:
        return None
    return int(version), digest


def fresh_bases(form):
    """{question id: base} of the questions whose posted content is what is stored now: a page
    may take these bases (any other stays as it was, so it cannot overwrite a newer answer)."""
    found = {}
    for question in form.questions:
        content = posted_content(form, question)
        answer = form.answers.get(question.pk)
        if content is not None and content == current_content(question, answer):
            found[question.pk] = base_of(question, answer)
    return found


def save_area(form, assignment, label, check_versions=True):
    """Write every valid question whose content changed; returns the number written.

    `form.is_valid()` must have been called. `label` names who saved (the contributor's name,
    never an account). A question whose base is older than the stored answer is left as it is,
    and listed in `form.conflicts` when the page had changed it (`check_versions=False`, for a
    coordinator's deliberate choice, writes anyway).
    """
    written = 0
    with transaction.atomic():
        # The stored answers, locked: two saves of the same area take turns.
        form.answers.update(
            {
                answer.question_id: answer
                for answer in Answer.objects.select_for_update().filter(
                    round=assignment.round, question__in=[q.pk for q in form.questions]
                )
            }
        )
        for question in form.questions:
            content = posted_content(form, question)
            if content is None:
                continue
            answer = form.answers.get(question.pk)
            if content == current_content(question, answer):
                continue
            key = prefix(question)
            if form.cleaned_data.get(f"{key}-keep") == KEEP_THEIRS:
                continue
            base = _parse_base(form.cleaned_data.get(f"{key}-base"))
            if check_versions and base is not None:
                version, digest = base
                if version != (answer.version if answer is not None else 0):
                    if digest != fingerprint(content):
                        form.conflicts[question.pk] = answer
                    continue
            value, na, evidence, comment = content
            new = answer is None
            if new:
                answer = Answer(round=assignment.round, question=question, version=0)
            kinds.set_value(question, answer, value)
            answer.not_applicable = na
            answer.evidence = evidence
            answer.comment = comment
            answer.updated_by_label = label[:160]
            answer.version += 1
            try:
                with transaction.atomic():
                    answer.save()
            except IntegrityError:
                # Another page created this answer a moment ago: theirs is the newer one.
                form.conflicts[question.pk] = Answer.objects.get(
                    round=assignment.round, question=question
                )
                form.answers[question.pk] = form.conflicts[question.pk]
                continue
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


def _refused_paragraphs(questions, answers, data):
    """[(question, [lines])] of the questions whose posted content differs from what is
    stored, in a refused POST."""
    found = []
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
            found.append((question, lines))
    return found


def refused_text(questions, answers, data):
    """What `data` (a refused POST) would have changed, as plain text: one paragraph per
    question whose posted content differs from what is stored. Empty when nothing would."""
    return "\n\n".join(
        "\n".join([kinds.question_heading(question), *lines])
        for question, lines in _refused_paragraphs(questions, answers, data)
    )


#: The most values kept of one field of a refused save (a multiple choice has a few).
VALUES_KEPT = 20


def refused_data(questions, answers, data):
    """{field name: [values]} of the questions a refused POST would have changed: only this
    area's fields, each value cut to its field's limit."""
    kept = {}
    for question, _lines in _refused_paragraphs(questions, answers, data):
        key = prefix(question)
        for part, limit in (
            ("value", 40),
            ("na", 10),
            ("evidence", EVIDENCE_MAX),
            ("comment", COMMENT_MAX),
        ):
            values = [str(value)[:limit] for value in _list(data, f"{key}-{part}")]
            if values:
                kept[f"{key}-{part}"] = values[:VALUES_KEPT]
    return kept


#: The page key a contributor's page sends with each save (`PAGE_FIELD`): random, 16 hex.
PAGE_FIELD = "page"
_PAGE_KEY = re.compile(r"[0-9a-f]{16}")


def new_page_key():
    """A fresh key for one contributor's page (`PAGE_FIELD`)."""
    return secrets.token_hex(8)


def page_key_of(data):
    """The page key a POST sent, or "" when it sent none (or junk)."""
    value = str(data.get(PAGE_FIELD, "") or "")
    return value if _PAGE_KEY.fullmatch(value) else ""


def keep_refused_text(refusal, questions, answers, data):
    """The text of a refused save, kept for the coordinator when the link is known.

    Returns (text, kept): the text to show back on the page, and whether the coordinator has
    it. A page sends its whole content with each save, so the latest text of a page replaces
    the one it left before (until the coordinator puts it in the round); the same text sent
    again is kept once; an area keeps at most `NOTES_PER_AREA` texts, and beyond that the
    page says the text was not kept, so that the person copies it.
    """
    text = refused_text(questions, answers, data)
    invitation = refusal.invitation
    if not (text and invitation is not None and refusal.reason):
        return text, False
    assignment = invitation.assignment
    page_key = page_key_of(data)
    fields = {
        "reason": refusal.reason,
        "text": text,
        "data": refused_data(questions, answers, data),
        "created_at": timezone.now(),
    }
    with transaction.atomic():
        notes = assignment.pending_notes.select_for_update()
        if page_key:
            same_page = notes.filter(page_key=page_key, adopted_at=None).first()
            if same_page is not None:
                notes.filter(pk=same_page.pk).update(**fields)
                return text, True
        last = notes.order_by("-created_at", "-pk").first()
        if last is not None and last.text == text:
            return text, True
        if notes.count() >= NOTES_PER_AREA:
            return text, False
        PendingNote.objects.create(assignment=assignment, page_key=page_key, **fields)
    return text, True


def adopt_note(note, user):
    """Put the answers of a kept text in its round, as the contributor typed them: only the
    questions it would have changed, over what is stored now (the coordinator chose it).
    Once: returns None when the text was put in already, else the questions whose kept answer
    is not a valid one (a refused save was never checked: "12.345" for a number with two
    decimals), which stay as they were for the coordinator to type from the text."""
    assignment = note.assignment
    with transaction.atomic():
        if not PendingNote.objects.select_for_update().filter(pk=note.pk, adopted_at=None):
            return None
        fields = note.data or {}
        questions = [
            question
            for question in kinds.questions_of_area(assignment.area)
            if any(name.startswith(f"{prefix(question)}-") for name in fields)
        ]
        answers = {
            answer.question_id: answer
            for answer in Answer.objects.filter(round=assignment.round, question__in=questions)
        }
        data = QueryDict(mutable=True)
        for name, values in fields.items():
            data.setlist(name, [str(value) for value in values][:VALUES_KEPT])
        form = AreaForm(questions, answers, data=data)
        form.is_valid()
        who = user.get_full_name() or user.get_username()
        label = gettext("%(contributor)s (put in by %(coordinator)s)") % {
            "contributor": assignment.contributor_name,
            "coordinator": who,
        }
        save_area(form, assignment, label, check_versions=False)
        PendingNote.objects.filter(pk=note.pk).update(adopted_at=timezone.now(), adopted_by=user)
    invalid = form.question_errors()
    return [question for question in questions if question.pk in invalid]
