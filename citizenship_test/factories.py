"""Factories of the citizenship test (factory_boy), for tests and quick trials: questions,
a city's test, completions and group sessions. The demo content does not use them."""

import factory
from wagtail.models import Locale

from citizenship_test.components import KIND_SCALE, KNOWLEDGE
from citizenship_test.models import (
    ChosenQuestion,
    CitizenshipTest,
    Completion,
    EventSession,
    Question,
)
from tools.factories import CityToolFactory

__all__ = [
    "CitizenshipTestFactory",
    "CompletionFactory",
    "EventSessionFactory",
    "QuestionFactory",
]


class QuestionFactory(factory.django.DjangoModelFactory):
    """A shared question (`city=` makes it a city's own). `options` are (text, points)
    pairs, for the choice and scenario kinds."""

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"q{n}")
    component = KNOWLEDGE
    kind = KIND_SCALE
    prompt = factory.LazyAttribute(lambda question: f"Statement {question.code}.")
    options = ()
    reverse_scored = False
    explanation = factory.LazyAttribute(lambda question: f"Why {question.code} matters.")
    idea_for_action = factory.LazyAttribute(lambda question: f"Idea for {question.code}.")

    class Meta:
        model = Question

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["options"] = [
            ("option", {"text": text, "points": points}) for text, points in kwargs["options"]
        ]
        return kwargs


class CitizenshipTestFactory(CityToolFactory):
    """A city's published test; `chosen` is [(question, rewording or "")], in order (none:
    the shared short version)."""

    class Meta:
        model = CitizenshipTest

    @classmethod
    def _create(cls, model_class, *args, chosen=(), **kwargs):
        kwargs["children"] = {
            "chosen_questions": [
                ChosenQuestion(question=question, prompt_override=rewording, sort_order=position)
                for position, (question, rewording) in enumerate(chosen)
            ]
        }
        return super()._create(model_class, *args, **kwargs)


class CompletionFactory(factory.django.DjangoModelFactory):
    """A resident's completion of `customisation`; scores as `<component>_score=`."""

    language = "en"
    token = factory.Sequence(lambda n: f"completion-{n}")

    class Meta:
        model = Completion


class EventSessionFactory(factory.django.DjangoModelFactory):
    """A group session of the city's test `customisation`, open for three hours, with a fresh
    code."""

    language = "en"
    title = "Workshop"

    class Meta:
        model = EventSession

    @classmethod
    def _create(cls, model_class, customisation, language, title, hours=3, now=None):
        return model_class.open_for(customisation, language, title=title, hours=hours, now=now)
