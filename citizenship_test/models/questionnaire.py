"""The questions one city's test asks in one language, grouped into the wizard's steps."""

from dataclasses import dataclass

from django.conf import settings

from citizenship_test.components import COMPONENTS, KIND_CHOICE, component_label
from citizenship_test.models.questions import Question

__all__ = ["AskedQuestion", "Questionnaire"]


@dataclass(frozen=True)
class AskedQuestion:
    """A question as a resident sees it: its text (the city's rewording, if any) and its key.

    `key` is the hex of the question's `translation_key`: the same in every language, so a
    form field name and an answer key that do not depend on the language.
    """

    key: str
    question: object  # citizenship_test.models.Question
    prompt: str

    @property
    def component(self):
        return self.question.component

    @property
    def text_language(self):
        """The language the question's text is in: the active one once it is translated."""
        return self.question.locale.language_code

    @property
    def kind(self):
        return self.question.kind

    def choices(self):
        return self.question.answer_choices()

    def answer_label(self, value):
        """The text of the answer `value`, or "" when it is not one."""
        return dict(self.choices()).get(value, "")

    def scoring(self):
        return self.question.scoring(self.key)

    @property
    def correct_answers(self):
        return self.question.correct_answers() if self.kind == KIND_CHOICE else []


class Questionnaire:
    """The questions of `customisation` in `language`, in the city's order, in at most 2 queries.

    The city's chosen questions when it chose any, else the default short version. Questions
    are shown in `language` when they are translated into it; a city's rewording is kept only
    when the question is shown in the rewording's language (the customisation's).
    """

    def __init__(self, customisation, language):
        self.customisation = customisation
        self.language = language
        self.questions = self._load()

    def __getstate__(self):
        """Kept in the cache without its customisation, which whoever reads it sets again
        (`views.common.questionnaire_for`)."""
        return {**self.__dict__, "customisation": None}

    def _load(self):
        # The city's choice, shared by every language; an empty choice means the default
        # short version. Without a shared choice yet, this language version's own rows.
        shared_keys = (self.customisation.tool_options or {}).get("questions")
        if shared_keys:
            return self._localise(self._shared_choice(shared_keys))
        chosen = []
        if shared_keys is None:
            chosen = list(
                self.customisation.chosen_questions.select_related(
                    "question", "question__locale", "question__city"
                )
            )
        if chosen:
            city_key = self.customisation.city.translation_key
            pairs = [
                (row.question, row.prompt_override.strip())
                for row in chosen
                # A question of another city is never shown, even if it slipped in.
                if row.question.city_id is None or _question_city_key(row.question) == city_key
            ]
        else:
            pairs = [
                (question, "")
                for question in Question.objects.short_version()
                .filter(locale__language_code__in={self.language, settings.LANGUAGE_CODE})
                .select_related("locale")
            ]
            pairs = _one_per_key(pairs, self.language)
        return self._localise(pairs)

    def _shared_choice(self, keys):
        """(question, rewording) pairs in the order the city chose for every language.

        The choice and order come from the city's shared settings (`tool_options["questions"]`,
        translation keys); only the rewordings belong to this language version.
        """
        if not keys:
            return []
        own_language = self.customisation.locale.language_code
        rewordings = {
            row.question.translation_key.hex: row.prompt_override.strip()
            for row in self.customisation.chosen_questions.select_related("question")
            if row.prompt_override.strip()
        }
        languages = {self.language, own_language, settings.LANGUAGE_CODE}
        found = (
            Question.objects.filter(translation_key__in=keys, locale__language_code__in=languages)
            .select_related("locale", "city")
            .order_by("pk")
        )
        by_key = {}
        for question in found:
            key = question.translation_key.hex
            best = by_key.get(key)
            if best is None or question.locale.language_code == own_language:
                by_key[key] = question
        city_key = self.customisation.city.translation_key
        pairs = []
        for key in keys:
            question = by_key.get(key)
            if question is None:
                continue
            if question.city_id is not None and _question_city_key(question) != city_key:
                continue  # another city's question is never shown
            in_own_language = question.locale.language_code == own_language
            pairs.append((question, rewordings.get(key, "") if in_own_language else ""))
        return pairs

    def _localise(self, pairs):
        elsewhere = {
            question.translation_key
            for question, _override in pairs
            if question.locale.language_code != self.language
        }
        translated = {}
        if elsewhere:
            for question in Question.objects.filter(
                translation_key__in=elsewhere, locale__language_code=self.language
            ).select_related("locale"):
                translated[question.translation_key] = question
        asked = []
        for question, override in pairs:
            shown = translated.get(question.translation_key, question)
            prompt = override if override and shown is question else shown.prompt
            asked.append(
                AskedQuestion(key=question.translation_key.hex, question=shown, prompt=prompt)
            )
        return asked

    # --- Steps ---
    def components(self):
        """The components asked, in the order of their first question (one wizard step each)."""
        seen = []
        for asked in self.questions:
            if asked.component in COMPONENTS and asked.component not in seen:
                seen.append(asked.component)
        return seen

    def for_component(self, component):
        return [asked for asked in self.questions if asked.component == component]

    def by_component(self):
        """[(component, label, [AskedQuestion])] in step order."""
        return [
            (component, component_label(component), self.for_component(component))
            for component in self.components()
        ]

    def scoring_questions(self):
        return [asked.scoring() for asked in self.questions]

    def __len__(self):
        return len(self.questions)


def _question_city_key(question):
    return question.city.translation_key if question.city_id else None


def _one_per_key(pairs, language):
    """Keep one question per translation key: the one in `language` when there is one."""
    chosen = {}
    order = []
    for question, override in pairs:
        key = question.translation_key
        if key not in chosen:
            order.append(key)
            chosen[key] = (question, override)
        elif question.locale.language_code == language:
            chosen[key] = (question, override)
    return [chosen[key] for key in order]
