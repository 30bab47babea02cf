"""Fixtures of the checklist tools: a small known checklist, two cities, their tools, users."""

import datetime
import functools

import pytest

from checklists.demo import build_sections
from checklists.factories import (
    AssessmentFactory,
    ChecklistFactory,
    CouncilChecklistToolFactory,
    ProjectChecklistToolFactory,
)
from checklists.models import CouncilChecklistTool, ProjectChecklistTool
from checklists.structure import sections_of
from tests.helpers import hidden_fields

#: A small council checklist, written as (English, French) pairs like the demo content.
SMALL_CHECKLIST = {
    "slug": "small-council",
    "kind": "council",
    "minutes": 5,
    "title": ("Council check", "Vérification du conseil"),
    "intro": ("Check your council.", "Vérifiez votre conseil."),
    "sections": [
        {
            "title": ("Membership", "Composition"),
            "questions": [
                {
                    "question": ("Have you considered diverse members?", "Des membres divers ?"),
                    "looks_like": [("Ages are mixed.", "Les âges sont mêlés.")],
                    "guidance": ("Count them.", "Comptez-les."),
                    "follow_up": ("Recruit widely.", "Recrutez largement."),
                    "reading": [(("The programme", "Le programme"), "https://example.org/icc")],
                },
                {
                    "question": ("Have you considered newcomers?", "Des nouveaux arrivants ?"),
                    "looks_like": [],
                    "follow_up": ("Invite newcomers.", "Invitez les nouveaux arrivants."),
                },
            ],
        },
        {
            "title": ("Chair person", "Présidence"),
            "questions": [
                {
                    "question": ("Have you considered a chair from the board?", "Une présidence ?"),
                    "looks_like": [],
                    "follow_up": ("Change the statutes.", "Changez les statuts."),
                }
            ],
        },
        {
            "title": ("Resources", "Moyens"),
            "questions": [
                {
                    "question": ("Have you considered a budget?", "Un budget ?"),
                    "looks_like": [],
                    "follow_up": ("Find a budget line.", "Trouvez une ligne budgétaire."),
                },
                {
                    "question": ("Have you considered grants?", "Des subventions ?"),
                    "looks_like": [],
                    "follow_up": ("Try a grant pilot.", "Essayez des subventions pilotes."),
                },
            ],
        },
    ],
}


TOOL_FACTORIES = {
    CouncilChecklistTool: CouncilChecklistToolFactory,
    ProjectChecklistTool: ProjectChecklistToolFactory,
}


@pytest.fixture
def checklist(locales):
    return ChecklistFactory(
        slug=SMALL_CHECKLIST["slug"],
        kind=SMALL_CHECKLIST["kind"],
        minutes=SMALL_CHECKLIST["minutes"],
        title=SMALL_CHECKLIST["title"][0],
        intro=f"<p>{SMALL_CHECKLIST['intro'][0]}</p>",
        sections=build_sections(SMALL_CHECKLIST),
        locale=locales["en"],
    )


@pytest.fixture
def sections(checklist):
    return sections_of(checklist)


@pytest.fixture
def question_ids(sections):
    """The question ids in order: q[0], q[1] (Membership), q[2] (Chair), q[3], q[4]."""
    return [question.id for section in sections for question in section.questions]


def customisation_for(city, locales, checklist, model=CouncilChecklistTool, **options):
    """`city`'s checklist tool (`model`: the council's or the project's) on `checklist`."""
    factory = TOOL_FACTORIES[model]
    return factory(city=city, locale=locales["en"], checklist=checklist, **options)


@pytest.fixture
def make_customisation(locales, checklist):
    """`customisation_for` on the small checklist: make_customisation(city, model=..., ...)."""
    return functools.partial(customisation_for, locales=locales, checklist=checklist)


@pytest.fixture
def lisbon_customisation(locales, checklist, lisbon):
    return customisation_for(lisbon, locales, checklist)


@pytest.fixture
def rijeka_customisation(locales, checklist, rijeka):
    return customisation_for(rijeka, locales, checklist)


def step_fields(response):
    """The hidden fields of a self-check step's form: the signed state and the wizard's step."""
    return hidden_fields(response, "form.checklist-form")


def answers_of(question_ids, *answers):
    """{question id: {"answer": ...}} for answers given in question order."""
    return {
        question_id: {"answer": answer}
        for question_id, answer in zip(question_ids, answers, strict=True)
        if answer
    }


def make_assessment(city, checklist, question_ids, year, *answers, publish=True):
    """The city's assessment of `year` (1 June), answered in question order; published unless
    told otherwise."""
    return AssessmentFactory(
        city=city,
        checklist=checklist,
        assessed_on=datetime.date(year, 6, 1),
        answers=answers_of(question_ids, *answers),
        publish=publish,
    )
