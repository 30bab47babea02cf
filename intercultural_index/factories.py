"""Factories of the Intercultural Cities Index (factory_boy), for tests and quick trials: the
questionnaire (edition, area, indicator, question), a city's customisation and its rounds with
their answers. The demo content does not use them."""

import factory
from wagtail.models import Locale

from intercultural_index.models import (
    Answer,
    Area,
    AreaAssignment,
    Edition,
    IndexRound,
    Indicator,
    InterculturalIndex,
    Question,
)
from tools.factories import CityToolFactory

__all__ = [
    "AnswerFactory",
    "AreaAssignmentFactory",
    "AreaFactory",
    "EditionFactory",
    "IndexRoundFactory",
    "IndicatorFactory",
    "InterculturalIndexFactory",
    "QuestionFactory",
]


class EditionFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"edition-{n}")
    year = 2024
    name = factory.LazyAttribute(lambda edition: f"Edition {edition.year}")

    class Meta:
        model = Edition


class AreaFactory(factory.django.DjangoModelFactory):
    """An area of `edition`."""

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"area-{n}")
    name = factory.LazyAttribute(lambda area: area.code.replace("-", " ").capitalize())

    class Meta:
        model = Area


class IndicatorFactory(factory.django.DjangoModelFactory):
    """An indicator of `area`."""

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"indicator-{n}")
    name = factory.SelfAttribute("code")

    class Meta:
        model = Indicator


class QuestionFactory(factory.django.DjangoModelFactory):
    """A yes / partly / no question of `indicator` (`kind=` for the others)."""

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"q{n}")
    prompt = factory.LazyAttribute(lambda question: f"Does the city {question.code}?")

    class Meta:
        model = Question


class InterculturalIndexFactory(CityToolFactory):
    """A city's published Index customisation, its results public."""

    publish_results = True

    class Meta:
        model = InterculturalIndex


class IndexRoundFactory(factory.django.DjangoModelFactory):
    """A submitted, published round of `city` against `edition`."""

    status = IndexRound.SUBMITTED
    published = True

    class Meta:
        model = IndexRound


class AnswerFactory(factory.django.DjangoModelFactory):
    """The answer of `round` to `question` (a choice, a number, options...)."""

    class Meta:
        model = Answer


class AreaAssignmentFactory(factory.django.DjangoModelFactory):
    """An area of `round` given to a contributor."""

    contributor_name = factory.Sequence(lambda n: f"Contributor {n}")
    contributor_email = factory.Sequence(lambda n: f"contributor{n}@example.org")

    class Meta:
        model = AreaAssignment
