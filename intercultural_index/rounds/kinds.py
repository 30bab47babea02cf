"""Where the round screens meet the questionnaire's models: the kinds of answer (yes / partly /
no, a number, multiple choice), the questions of an area, the texts in the language shown.

Rounds are answered on an edition's source rows (`Edition.source()`); the screens show each
question's texts in the language being served when a translation exists, else the source's.
"""

from decimal import Decimal

from django import forms
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from intercultural_index.models import Answer, Area, Edition, IndexRound, Question, questionnaire

__all__ = [
    "AREA_PATH",
    "answered_q",
    "area_names",
    "areas_of_edition",
    "cities_choice",
    "display_answer",
    "display_posted",
    "editions_choice",
    "form_value",
    "open_round",
    "question_heading",
    "question_texts",
    "questions_of_area",
    "questions_of_edition",
    "rounds_queryset",
    "set_value",
    "stored_value",
    "submit_round",
    "uses_radios",
    "value_field",
]

#: The path from a question to its area.
AREA_PATH = "indicator__area"


# --- The questionnaire -------------------------------------------------------------------


# Translated rows keep pointing to their source's edition, area and indicator: rounds, forms
# and progress count the source-language rows only.


def areas_of_edition(edition):
    return Area.objects.in_source_language().filter(edition=edition).order_by("sort_order", "pk")


def questions_of_edition(edition):
    return Question.objects.in_source_language().filter(indicator__area__edition=edition)


def questions_of_area(area):
    return (
        Question.objects.in_source_language()
        .filter(indicator__area=area)
        .select_related("indicator", "locale")
        .order_by("indicator__sort_order", "indicator__pk", "sort_order", "pk")
    )


def _translations(rows):
    """{source row id: its row in the language being served (else itself)}, one query."""
    rows = list(rows)
    if not rows:
        return {}
    model = type(rows[0])
    language = translation.get_language() or ""
    found = {
        row.translation_key: row
        for row in model.objects.filter(
            translation_key__in=[row.translation_key for row in rows],
            locale__language_code=language,
        ).select_related("locale")
    }
    return {row.pk: found.get(row.translation_key, row) for row in rows}


def attach_texts(questions):
    """Give each question its texts in the language shown (`question.shown`), and the language
    of those texts when they are not in it yet (`question.text_lang`, for a `lang` attribute)."""
    questions = list(questions)
    shown = _translations(questions)
    current = Locale.objects.filter(language_code=translation.get_language() or "").first()
    for question in questions:
        question.shown = shown.get(question.pk, question)
        question.text_lang = None
        if current is None or question.shown.locale_id != current.pk:
            question.text_lang = question.shown.locale.language_code
    return questions


def area_names(areas):
    """{area id: its name in the language shown}."""
    return {pk: row.name for pk, row in _translations(areas).items()}


def _shown(question):
    return getattr(question, "shown", question)


def question_texts(question):
    shown = _shown(question)
    return {
        "code": question.code,
        "prompt": shown.prompt,
        "guidance": shown.guidance,
        "example": shown.good_practice,
        "lang": getattr(question, "text_lang", None),
    }


def question_heading(question):
    return f"{question.code} · {_shown(question).prompt}"


# --- Kinds of answer ---------------------------------------------------------------------


def _kind(question):
    return question.kind


def uses_radios(question):
    return question.kind == questionnaire.KIND_YES_PARTLY_NO or (
        question.kind == questionnaire.KIND_CHOICE and not question.several_allowed
    )


def _option_choices(question):
    return [(str(position), text) for position, text in enumerate(_shown(question).option_texts())]


def value_field(question):
    """The form field of a question's answer (never required: drafts are saved as they are)."""
    if question.kind == questionnaire.KIND_NUMBER:
        unit = _shown(question).unit
        return forms.DecimalField(
            label=unit and _("Number (%(unit)s)") % {"unit": unit} or _("Number"),
            required=False,
            max_digits=14,
            decimal_places=2,
            widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        )
    if question.kind == questionnaire.KIND_CHOICE:
        if question.several_allowed:
            return forms.TypedMultipleChoiceField(
                label=_("Answer"),
                choices=_option_choices(question),
                coerce=int,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        return forms.TypedChoiceField(
            label=_("Answer"),
            choices=_option_choices(question),
            coerce=int,
            empty_value=None,
            required=False,
            widget=forms.RadioSelect,
        )
    return forms.ChoiceField(
        label=_("Answer"),
        choices=Answer.CHOICE_VALUES,
        required=False,
        widget=forms.RadioSelect,
    )


def stored_value(question, answer):
    """The answer's value as the form cleans it (to tell what changed)."""
    if question.kind == questionnaire.KIND_NUMBER:
        return None if answer is None or answer.number is None else Decimal(answer.number)
    if question.kind == questionnaire.KIND_CHOICE:
        positions = [] if answer is None else [int(p) for p in answer.options or []]
        if question.several_allowed:
            return sorted(positions)
        return positions[0] if positions else None
    return "" if answer is None else answer.choice


def normalise(question, value):
    if question.several_allowed and isinstance(value, list):
        return sorted(value)
    return value


def form_value(question, answer):
    value = stored_value(question, answer)
    if isinstance(value, list):
        return [str(position) for position in value]
    return value


def set_value(question, answer, value):
    if question.kind == questionnaire.KIND_NUMBER:
        answer.number = value
    elif question.kind == questionnaire.KIND_CHOICE:
        if question.several_allowed:
            answer.options = sorted(value or [])
        else:
            answer.options = [] if value is None else [value]
    else:
        answer.choice = value or ""


def answered_q(prefix=""):
    """Answers that count as answered: a value, or "not applicable"."""
    return (
        Q(**{f"{prefix}not_applicable": True})
        | ~Q(**{f"{prefix}choice": ""})
        | Q(**{f"{prefix}number__isnull": False})
    ) | ~Q(**{f"{prefix}options": []})


def display_answer(question, answer):
    """The stored answer as a reader sees it."""
    if answer is None:
        return gettext("Not answered yet")
    if answer.not_applicable:
        return gettext("Not applicable to our city")
    value = stored_value(question, answer)
    if question.kind == questionnaire.KIND_NUMBER:
        if value is None:
            return gettext("Not answered yet")
        unit = _shown(question).unit
        return f"{value.normalize():f} {unit}".strip()
    if question.kind == questionnaire.KIND_CHOICE:
        texts = _shown(question).option_texts()
        positions = value if isinstance(value, list) else [value] if value is not None else []
        chosen = [texts[p] for p in positions if 0 <= p < len(texts)]
        return "; ".join(chosen) or gettext("Not answered yet")
    return str(dict(Answer.CHOICE_VALUES).get(value, gettext("Not answered yet")))


def display_posted(question, raw):
    """A posted value (from a refused save) as a reader sees it."""
    if question.kind == questionnaire.KIND_CHOICE:
        texts = _shown(question).option_texts()
        try:
            return texts[int(raw)]
        except (ValueError, IndexError):
            return raw
    if question.kind == questionnaire.KIND_YES_PARTLY_NO:
        return str(dict(Answer.CHOICE_VALUES).get(raw, raw))
    return raw


# --- Rounds ------------------------------------------------------------------------------


def rounds_queryset(model):
    return model._default_manager.select_related("city", "edition")


def cities_choice(cities):
    """One choice per city: the default language's page of each."""
    return cities.filter(locale=Locale.get_default()).order_by("title")


def editions_choice():
    return Edition.objects.in_source_language().filter(open_for_new_rounds=True)


def open_round(city, edition, user):
    return IndexRound.objects.create(city=city, edition=edition.source())


def submit_round(index_round, user):
    """Lock the round for good (once: a second submission changes nothing)."""
    model = type(index_round)
    with transaction.atomic():
        model.objects.filter(pk=index_round.pk, status=model.OPEN).update(
            status=model.SUBMITTED,
            submitted_at=timezone.now(),
            submitted_by=user if user is not None and user.is_authenticated else None,
        )
    index_round.refresh_from_db()
