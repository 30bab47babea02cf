"""Small Index rounds for the tests: a two-area edition, a city's round, its assignments and
their links. Shared by the round tests and the leak walker."""

from wagtail.models import Locale

from intercultural_index.models import (
    Answer,
    Area,
    AreaAssignment,
    Edition,
    IndexRound,
    Indicator,
    Question,
)
from intercultural_index.rounds.invitations import issue_invitation, link_path


def build_edition(code="test-edition"):
    """Area "welcome": a yes/partly/no question (may be not applicable), a number and a
    choice; area "jobs": one yes/partly/no question."""
    locale = Locale.get_default()
    edition = Edition.objects.create(
        code=code, name="Test edition", year=2024, open_for_new_rounds=True, locale=locale
    )
    welcome = Area.objects.create(
        edition=edition, code="welcome", name="Welcome", sort_order=1, locale=locale
    )
    jobs = Area.objects.create(
        edition=edition, code="jobs", name="Jobs", sort_order=2, locale=locale
    )
    first = Indicator.objects.create(area=welcome, code="desk", name="Desk", locale=locale)
    second = Indicator.objects.create(area=jobs, code="hiring", name="Hiring", locale=locale)
    questions = {
        "desk": Question.objects.create(
            indicator=first,
            code="w1",
            prompt="Does the city run a welcome desk?",
            allows_not_applicable=True,
            guidance="Count desks open at least weekly.",
            good_practice="A desk in the town hall, open every day.",
            sort_order=1,
            locale=locale,
        ),
        "languages": Question.objects.create(
            indicator=first,
            code="w2",
            prompt="In how many languages is the welcome guide?",
            kind="number",
            target=10,
            unit="languages",
            sort_order=2,
            locale=locale,
        ),
        "mentors": Question.objects.create(
            indicator=first,
            code="w3",
            prompt="Who mentors newcomers?",
            kind="choice",
            options=[
                ("option", {"text": "Nobody", "points": 0}),
                ("option", {"text": "Volunteers", "points": 50}),
                ("option", {"text": "Trained staff", "points": 100}),
            ],
            sort_order=3,
            locale=locale,
        ),
        "hiring": Question.objects.create(
            indicator=second,
            code="j1",
            prompt="Does the city recruit staff of diverse backgrounds?",
            locale=locale,
        ),
    }
    return edition, {"welcome": welcome, "jobs": jobs}, questions


def open_round_with_links(city, edition, areas, names=("Ana", "Boris"), days=30):
    """A round of `city` with one colleague per area and their links: {area code: invitation}."""
    index_round = IndexRound.objects.create(city=city, edition=edition)
    invitations = {}
    for name, (code, area) in zip(names, areas.items(), strict=False):
        assignment = AreaAssignment.objects.create(
            round=index_round,
            area=area,
            contributor_name=name,
            contributor_email=f"{name.lower()}@example.org",
        )
        invitations[code] = issue_invitation(assignment, days)
    return index_round, invitations


def answer(index_round, question, **values):
    return Answer.objects.create(round=index_round, question=question, **values)


__all__ = ["answer", "build_edition", "link_path", "marked_round", "open_round_with_links"]


def marked_round(city, edition, areas, questions, mark):
    """A round of `city` whose every text carries `mark` (for the leak walker): a colleague
    with a note, an answer with evidence and a comment, a text kept from a refused save."""
    from intercultural_index.models import PendingNote

    index_round, invitations = open_round_with_links(
        city, edition, {"welcome": areas["welcome"]}, names=[f"{mark} Colleague"]
    )
    assignment = invitations["welcome"].assignment
    assignment.note = f"{mark} note to the colleague"
    assignment.save()
    answer(
        index_round,
        questions["desk"],
        choice="yes",
        evidence=f"{mark} evidence",
        comment=f"{mark} comment",
        updated_by_label=f"{mark} Colleague",
    )
    # With its fields: put in the round by another city's coordinator, it would change this one.
    PendingNote.objects.create(
        assignment=assignment,
        reason="expired",
        text=f"{mark} kept text",
        data={f"q{questions['desk'].pk}-value": ["no"], f"q{questions['desk'].pk}-comment": [mark]},
    )
    return index_round
