"""Factories of the checklists (factory_boy), for tests and quick trials: a checklist, a
city's checklist tool, its assessments and its monthly self-check tallies. The demo content
does not use them."""

import datetime

import factory
from wagtail.models import Locale

from checklists.demo import build_sections
from checklists.models import (
    Assessment,
    Checklist,
    CouncilChecklistTool,
    ProjectChecklistTool,
    SelfCheckTally,
)
from checklists.structure import sections_of
from tools.factories import CityToolFactory

__all__ = [
    "AssessmentFactory",
    "ChecklistFactory",
    "CouncilChecklistToolFactory",
    "ProjectChecklistToolFactory",
    "SelfCheckTallyFactory",
]

#: One section of one question, written as (English, French) pairs like the demo content.
ONE_QUESTION = {
    "sections": [
        {
            "title": ("Membership", "Composition"),
            "questions": [
                {
                    "question": ("Have you considered diverse members?", "Des membres divers ?"),
                    "looks_like": [],
                    "follow_up": ("Recruit widely.", "Recrutez largement."),
                }
            ],
        }
    ]
}


class ChecklistFactory(factory.django.DjangoModelFactory):
    """A council checklist in the default language; `sections` as `build_sections` makes
    them (one question unless told)."""

    locale = factory.LazyFunction(Locale.get_default)
    kind = "council"
    slug = factory.Sequence(lambda n: f"checklist-{n}")
    title = factory.Sequence(lambda n: f"Checklist {n}")
    minutes = 5
    sections = factory.LazyFunction(lambda: build_sections(ONE_QUESTION))

    class Meta:
        model = Checklist


class CouncilChecklistToolFactory(CityToolFactory):
    """A city's published council checklist (give it `checklist`, or the network's own)."""

    class Meta:
        model = CouncilChecklistTool


class ProjectChecklistToolFactory(CityToolFactory):
    """A city's published project checklist."""

    class Meta:
        model = ProjectChecklistTool


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A city's assessment against `checklist`, dated 1 June of `year` (this year unless
    told); `publish=True` publishes it with its score."""

    title = factory.LazyAttribute(lambda assessment: f"Review {assessment.assessed_on.year}")
    assessed_on = factory.LazyFunction(lambda: datetime.date(datetime.date.today().year, 6, 1))
    answers = factory.LazyFunction(dict)

    class Meta:
        model = Assessment
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(assessment, create, extracted, **kwargs):
        if create and extracted:
            assessment.publish(sections_of(assessment.checklist))


class SelfCheckTallyFactory(factory.django.DjangoModelFactory):
    """One month of a city's self-checks (`customisation`, required): `completions` of them,
    all scored unless told, their scores averaging `average` percent."""

    month = datetime.date(2025, 1, 1)
    completions = 20
    scored = factory.SelfAttribute("completions")
    score_sum = factory.LazyAttribute(lambda tally: tally.scored * tally.average)

    class Meta:
        model = SelfCheckTally

    class Params:
        average = 50
