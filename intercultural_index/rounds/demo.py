"""The demo's round in progress: one city answering the latest edition with three colleagues
at different stages (one area handed in, one half answered, one just invited).

Called by the app's demo loader; idempotent (an open demo round of the city is kept as it is).
"""

from decimal import Decimal

from django.db import transaction

from cities.models import CityPage
from intercultural_index.models import Answer, AreaAssignment, IndexRound, questionnaire
from intercultural_index.rounds import kinds
from intercultural_index.rounds.invitations import issue_invitation, link_path

__all__ = ["CITY", "CONTRIBUTORS", "load_round_in_progress"]

#: The city whose coordinator (`coordinator-<slug>`) runs the demo round.
CITY = "lisbon"
#: (name, e-mail, stage) of the three colleagues, for the edition's first three areas.
CONTRIBUTORS = (
    ("Marta Costa", "marta.costa@example.org", "done"),
    ("Rui Almeida", "rui.almeida@example.org", "in_progress"),
    ("Sofia Nunes", "sofia.nunes@example.org", "invited"),
)
#: Evidence written for the demo answers (in the round's own words, not translated).
EVIDENCE = "Council decision and the department's 2024 activity report."


def _sample_value(question, position):
    """A plausible answer for the demo, varied by position."""
    if question.kind == questionnaire.KIND_NUMBER:
        target = question.target or Decimal(10)
        return (Decimal(target) * Decimal((position % 3) + 1) / Decimal(4)).quantize(Decimal(1))
    if question.kind == questionnaire.KIND_CHOICE:
        count = len(question.option_texts())
        if question.several_allowed:
            return [position % count] if count else []
        return position % count if count else None
    return ("yes", "partly", "no")[position % 3]


def _answer(index_round, question, position, label):
    answer = Answer(round=index_round, question=question, updated_by_label=label)
    kinds.set_value(question, answer, _sample_value(question, position))
    if position % 4 == 0:
        answer.evidence = EVIDENCE
    answer.save()


def load_round_in_progress(stdout=None):
    """The demo round of `CITY`, if the city and an edition open for new rounds exist."""
    city = CityPage.objects.filter(slug=CITY).order_by("pk").first()
    edition = kinds.editions_choice().order_by("-year", "-pk").first()
    if city is None or edition is None:
        return None
    existing = IndexRound.objects.filter(
        city__translation_key=city.translation_key, status=IndexRound.OPEN, demo_figures=True
    ).first()
    if existing is not None:
        return existing
    areas = list(kinds.areas_of_edition(edition).filter(optional=False)[: len(CONTRIBUTORS)])
    with transaction.atomic():
        index_round = IndexRound.objects.create(city=city, edition=edition, demo_figures=True)
        for area, (name, email, stage) in zip(areas, CONTRIBUTORS, strict=False):
            assignment = AreaAssignment.objects.create(
                round=index_round,
                area=area,
                contributor_name=name,
                contributor_email=email,
                status=stage,
            )
            invitation = issue_invitation(assignment, 90)
            questions = list(kinds.questions_of_area(area))
            if stage == AreaAssignment.DONE:
                answered = questions
            elif stage == AreaAssignment.IN_PROGRESS:
                answered = questions[: max(1, len(questions) // 2)]
            else:
                answered = []
            for position, question in enumerate(answered):
                _answer(index_round, question, position, name)
            if stdout is not None:
                stdout.write(f"  Index round link for {name}: {link_path(invitation, 'en')}\n")
    return index_round
