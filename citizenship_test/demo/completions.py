"""Anonymous demo completions, so that aggregate views have something to show.

Deterministic: each city gets its own `random.Random` seeded from a fixed number and its slug.
Each simulated resident has an "openness" between 0 and 1 that pulls their answers up or
down, so the scores spread like real ones rather than uniformly.
"""

import random
import zlib
from datetime import timedelta

from django.utils import timezone

from citizenship_test.components import AGE_BANDS, KIND_SCALE, YEARS_IN_CITY_BANDS
from citizenship_test.models import Completion
from citizenship_test.models.questionnaire import Questionnaire
from citizenship_test.scoring import score_answers
from tools.demo import city_languages

SEED = 2018  # the year the coordinators asked for the test, in Rijeka
TOKEN_PREFIX = "demo-"


def _answer(rng, asked, openness):
    """A plausible answer value for one question from a resident of this openness."""
    if asked.kind == KIND_SCALE:
        leaning = openness if not asked.question.reverse_scored else 1 - openness
        value = round(1 + 4 * min(max(rng.gauss(leaning, 0.2), 0), 1))
        return str(value)
    points = asked.question.option_points()
    target = openness * max(points or (0,))
    # Prefer options whose points are near what this resident would do.
    weights = [1 / (1 + abs(p - target)) ** 2 for p in points]
    return str(rng.choices(range(len(points)), weights=weights)[0])


def simulated_completion(rng, customisation, questionnaire, languages, token, completed_on=None):
    """One unsaved `Completion` of a simulated resident; `completed_on` None draws a day of
    the past year."""
    scoring = questionnaire.scoring_questions()
    openness = min(max(rng.betavariate(4, 2.5), 0), 1)
    answers = {asked.key: _answer(rng, asked, openness) for asked in questionnaire.questions}
    scores = score_answers(scoring, answers)
    fields = {name: scores.components.get(c) for c, name in Completion.score_fields().items()}
    # Most residents take it in the first language (the city's own), the others share the rest.
    language = rng.choices(languages, weights=[7] + [3] * (len(languages) - 1))[0]
    if completed_on is None:
        completed_on = timezone.localdate() - timedelta(days=rng.randint(0, 364))
    return Completion(
        customisation=customisation,
        language=language,
        completed_on=completed_on,
        overall_score=scores.overall,
        questions_asked=scores.asked,
        questions_answered=scores.answered,
        age_band=(
            rng.choice([code for code, _l in AGE_BANDS] + [""])
            if customisation.ask_age_band
            else ""
        ),
        years_in_city=(
            rng.choice([code for code, _l in YEARS_IN_CITY_BANDS] + [""])
            if customisation.ask_years_in_city
            else ""
        ),
        token=token,
        **fields,
    )


def load_completions(customisation, stdout=None):
    """Create 60–150 completions over the past 12 months for `customisation`, once, in the
    languages the city offers its test in."""
    slug = customisation.city.slug
    prefix = f"{TOKEN_PREFIX}{slug}-"
    if Completion.objects.filter(token__startswith=prefix).exists():
        return 0
    rng = random.Random(SEED + zlib.crc32(slug.encode()))
    questionnaire = Questionnaire(customisation, customisation.locale.language_code)
    languages = city_languages(slug)
    rows = [
        simulated_completion(rng, customisation, questionnaire, languages, f"{prefix}{number:04d}")
        for number in range(rng.randint(60, 150))
    ]
    Completion.objects.bulk_create(rows)
    return len(rows)
