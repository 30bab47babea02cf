"""Demo content of the checklists: both checklists, translated into every language that has a PO
file in `demo/locale/` (`icc_site.localize.DemoCatalogues`), both tools for the
demo cities, and Lisbon's past assessments of its intercultural council so that the trend shows.

Idempotent: checklists are found by slug, customisations by tool and city, assessments by
city and date; only what is missing is created. Cities the cities demo did not create are
skipped.
"""

import datetime
import uuid

from wagtail.models import Locale

from checklists.demo.council import COUNCIL
from checklists.demo.project import PROJECT
from checklists.models import (
    Assessment,
    Checklist,
    CouncilChecklistTool,
    ProjectChecklistTool,
)
from checklists.scoring import NO, NOT_APPLICABLE, PARTLY, YES
from checklists.structure import sections_of
from cities.models import CityPage
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from tools.demo import demo_customisation

__all__ = ["CHECKLISTS", "DEMO_CITIES", "build_sections", "french_strings", "load"]

CHECKLISTS = (COUNCIL, PROJECT)
#: Cities offering both checklists (slugs created by the cities demo).
DEMO_CITIES = ["lisbon", "rijeka", "bilbao"]
CATALOGUES = DemoCatalogues("checklists")
#: Lisbon's published council assessments, one a year, getting better.
TREND_YEARS = (2022, 2023, 2024)
TOOL_INTRO = (
    "Take stock in about fifteen minutes. Your answers stay in your browser: nothing is stored "
    "but the number of completed self-checks.",
    "Faites le point en un quart d'heure environ. Vos réponses restent dans votre navigateur : "
    "seul le nombre d'autoévaluations terminées est enregistré.",
)


def _english(pair):
    return pair[0] if pair else ""


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _question(entry):
    return _block(
        "question",
        {
            "question": _english(entry["question"]),
            "looks_like": [_block("point", _english(point)) for point in entry["looks_like"]],
            "guidance": _english(entry.get("guidance")),
            "follow_up": _english(entry["follow_up"]),
            "reading": [
                _block("link", {"title": _english(title), "url": url})
                for title, url in entry.get("reading", ())
            ],
        },
    )


def build_sections(data):
    """The English StreamField value (raw blocks, new ids) of a checklist written as pairs."""
    return [
        _block(
            "section",
            {
                "theme": _english(section.get("theme")),
                "title": _english(section["title"]),
                "description": _english(section.get("description")),
                "questions": [_question(entry) for entry in section["questions"]],
            },
        )
        for section in data["sections"]
    ]


def french_strings(data):
    """{English: French} for every (English, French) pair in a checklist written as pairs."""
    found = {}

    def walk(value):
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            found[value[0]] = value[1]
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(data)
    return found


def _checklist(data, locale):
    checklist = Checklist.objects.filter(slug=data["slug"], locale=locale).first()
    if checklist is None:
        checklist = Checklist.objects.create(
            slug=data["slug"],
            locale=locale,
            kind=data["kind"],
            minutes=data["minutes"],
            title=_english(data["title"]),
            intro=f"<p>{_english(data['intro'])}</p>",
            sections=build_sections(data),
        )
    return checklist


def _customisation(model, city, checklist, locales):
    return demo_customisation(
        model,
        city,
        locales,
        CATALOGUES,
        checklist=checklist,
        allowed_origins=["http://localhost:8001"],
        intro=f"<p>{TOOL_INTRO[0]}</p>",
    )


def demo_answers(sections, progress):
    """Answers that improve with `progress` (0, 1, 2...): a believable, repeatable pattern."""
    ladder = (NO, PARTLY, YES)
    answers = {}
    questions = [question for section in sections for question in section.questions]
    for number, question in enumerate(questions):
        if number % 9 == 8:
            answers[question.id] = {"answer": NOT_APPLICABLE, "evidence": ""}
            continue
        answer = ladder[max(0, min(2, number % 3 + progress - 1))]
        evidence = "Decided by the city council; see the minutes." if answer == YES else ""
        answers[question.id] = {"answer": answer, "evidence": evidence}
    return answers


def _lisbon_trend(city, checklist):
    sections = sections_of(checklist)
    for progress, year in enumerate(TREND_YEARS):
        assessed_on = datetime.date(year, 10, 15)
        if Assessment.objects.filter(city=city, checklist=checklist, assessed_on=assessed_on):
            continue
        assessment = Assessment.objects.create(
            city=city,
            checklist=checklist,
            title=f"Council review {year}",
            assessed_on=assessed_on,
            answers=demo_answers(sections, progress),
        )
        assessment.publish(sections)
    draft_date = datetime.date(TREND_YEARS[-1] + 1, 10, 15)
    if not Assessment.objects.filter(city=city, checklist=checklist, assessed_on=draft_date):
        answers = demo_answers(sections, len(TREND_YEARS))
        first_half = dict(list(answers.items())[: len(answers) // 2])
        Assessment.objects.create(
            city=city,
            checklist=checklist,
            title=f"Council review {draft_date.year}",
            assessed_on=draft_date,
            answers=first_half,
        )


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the checklists (translated), the customisations and Lisbon's assessments."""
    english = Locale.get_default()
    council, project = (_checklist(data, english) for data in CHECKLISTS)
    for checklist in (council, project):
        CATALOGUES.translate(checklist, locales)
    cities = CityPage.objects.filter(slug__in=DEMO_CITIES, locale=english)
    for city in cities:
        _customisation(CouncilChecklistTool, city, council, locales)
        _customisation(ProjectChecklistTool, city, project, locales)
    lisbon = next((city for city in cities if city.slug == "lisbon"), None)
    if lisbon is not None:
        _lisbon_trend(lisbon, council)
    if stdout is not None:
        stdout.write(
            f"  2 checklists, both tools for {len(cities)} cities"
            + (", Lisbon's council assessments 2022-2025." if lisbon else ".")
        )
