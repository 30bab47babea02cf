"""Factories for the toolkit's models (factory_boy), for tests and quick trials."""

import factory
from django.utils import timezone
from wagtail.models import Locale

from antirumours.models import (
    AntiRumourStrategy,
    Campaign,
    Evaluation,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)
from antirumours.publishing import publish
from tools.factories import CityToolFactory

__all__ = [
    "AntiRumourStrategyFactory",
    "CampaignFactory",
    "EvaluationFactory",
    "NetworkOrganisationFactory",
    "RumourFactory",
    "RumourReportFactory",
    "TrainingSessionFactory",
    "publish",
    "sample_arguments",
    "strategy_for",
]


class AntiRumourStrategyFactory(CityToolFactory):
    """A city's published anti-rumour strategy, offered in English and French."""

    class Meta:
        model = AntiRumourStrategy


def strategy_for(city, publish_it=True, **options):
    """A published anti-rumour strategy for `city`, offered in English and French."""
    return AntiRumourStrategyFactory(city=city, publish=publish_it, **options)


def sample_arguments():
    """One counter-argument of each kind, as StreamField data."""
    return [
        (
            "fact",
            {
                "statement": "Newcomers hold 9% of the jobs and 11% of the vacancies they fill "
                "were unfilled for six months.",
                "figure": "9%",
                "source": "City statistics office",
                "source_url": "https://stats.example.org/jobs",
                "date": "2023",
            },
        ),
        ("empathy", {"text": "Worrying about work is normal; blaming neighbours does not help."}),
        ("question", {"text": "Who did the last repair in your building?"}),
        (
            "story",
            {"title": "Amal's bakery", "text": "Amal opened a bakery and hired four people."},
        ),
    ]


class RumourFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Rumour {n}")
    slug = factory.Sequence(lambda n: f"rumour-{n}")
    claim = "They take our jobs."
    key_message = "Newcomers create jobs as well as filling them."
    target_groups = "Migrants"
    channels = ["conversation"]
    found_through = ["survey"]
    counter_arguments = factory.LazyFunction(sample_arguments)
    locale = factory.LazyFunction(Locale.get_default)
    live = False

    class Meta:
        model = Rumour
        skip_postgeneration_save = True

    @factory.post_generation
    def published(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            publish(obj)


class RumourReportFactory(factory.django.DjangoModelFactory):
    text = "I heard that newcomers get flats before everyone else."
    language = "en"
    status = RumourReport.PENDING

    class Meta:
        model = RumourReport


class NetworkOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "association"
    contribution = "Hosts the trainings."

    class Meta:
        model = NetworkOrganisation


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    title = "Agents' training"
    date = factory.LazyFunction(timezone.localdate)
    trainers = "Two trainers"
    modules = ["method", "facts"]
    participants_count = 20
    agents_trained = 15

    class Meta:
        model = TrainingSession


class CampaignFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    objectives = "Make residents doubt the jobs rumour."
    audience = "Residents who are unsure"
    channels = ["social-media"]
    start_date = factory.LazyFunction(timezone.localdate)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Campaign


class EvaluationFactory(factory.django.DjangoModelFactory):
    year = 2024
    completed = True

    class Meta:
        model = Evaluation
