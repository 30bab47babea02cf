"""Demo content of the Intercultural Cities Index: the questionnaire in two editions (translated
from `demo/locale/<xx>.po`, `icc_site.localize.DemoCatalogues`), each demo city's size and share of
residents born abroad, and submitted rounds for sixteen cities, five of them with a round on
each edition. Every figure here is made up for the demonstration (`IndexRound.demo_figures`,
and the pages say so). Idempotent.
"""

import random
from datetime import datetime
from decimal import Decimal

from django.utils import timezone

from cities.models import CityPage
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from intercultural_index.demo.questionnaire import AREAS, EDITIONS
from intercultural_index.models import (
    Answer,
    Area,
    Edition,
    IndexRound,
    Indicator,
    InterculturalIndex,
    Question,
)
from intercultural_index.rounds.demo import load_round_in_progress
from tools.demo import demo_customisation

CATALOGUES = DemoCatalogues("intercultural_index")

#: Demo figures (population, % of residents born abroad), roughly of the right size, for the
#: groups of similar cities. One group (150,000-500,000, 15-30 %) has five cities and shows.
CITY_FIGURES = {
    "lisbon": (545_000, "20.0"),
    "rijeka": (128_000, "12.0"),
    "oslo": (700_000, "28.0"),
    "bergen": (285_000, "16.0"),
    "limassol": (235_000, "25.0"),
    "montreal": (1_760_000, "33.0"),
    "bilbao": (345_000, "11.0"),
    "geneva": (203_000, "48.0"),
    "reggio-emilia": (171_000, "17.0"),
    "erlangen": (113_000, "20.0"),
    "odessa": (1_010_000, "4.0"),
    "lublin": (334_000, "3.0"),
    "turin": (848_000, "15.0"),
    "sabadell": (216_000, "18.0"),
    "cascais": (214_000, "21.0"),
    "stavanger": (144_000, "24.0"),
    "reykjavik": (136_000, "19.0"),
    "botkyrka": (95_000, "43.0"),
}

#: city -> (level from 0 to 1, year of a round on the first edition or None, year on the revised
#: edition or None, answers the optional areas, publishes its results)
ROUNDS = {
    "lisbon": (0.75, 2016, 2022, True, True),
    "oslo": (0.8, 2015, 2021, True, True),
    "bilbao": (0.65, 2017, 2022, False, True),
    "reykjavik": (0.55, 2016, 2021, True, True),
    "botkyrka": (0.7, 2015, 2020, True, True),
    "bergen": (0.6, None, 2021, True, True),
    "limassol": (0.35, None, 2022, False, True),
    "reggio-emilia": (0.7, None, 2020, True, True),
    "sabadell": (0.5, None, 2021, False, True),
    "cascais": (0.55, None, 2022, False, True),
    "geneva": (0.65, 2018, None, False, True),
    "erlangen": (0.6, None, 2021, False, True),
    "turin": (0.5, 2017, None, False, True),
    "stavanger": (0.45, None, 2022, True, True),
    "lublin": (0.4, None, 2021, False, False),
    "montreal": (0.75, None, 2020, True, True),
}


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _english(pair):
    return pair[0]


def load_questionnaire(locales):
    """Both editions in English, translated; returns {edition key: Edition}."""
    english = locales["en"]
    editions = {}
    for spec in EDITIONS:
        edition = Edition.objects.filter(locale=english, code=spec["code"]).first()
        if edition is None:
            edition = Edition.objects.create(
                locale=english,
                code=spec["code"],
                name=_english(spec["name"]),
                year=spec["year"],
                open_for_new_rounds=spec["open"],
            )
        CATALOGUES.translate(edition, locales)
        editions[spec["key"]] = edition
    made = {}  # (edition key, indicator code) -> Indicator
    for spec in EDITIONS:
        key, edition = spec["key"], editions[spec["key"]]
        area_order = 0
        for area_spec in AREAS:
            indicators = [item for item in area_spec["indicators"] if key in item["editions"]]
            if not indicators:
                continue
            area_order += 1
            area, _created = Area.objects.get_or_create(
                locale=english,
                edition=edition,
                code=area_spec["code"],
                defaults={
                    "name": _english(area_spec["name"]),
                    "optional": area_spec.get("optional", False),
                    "sort_order": area_order,
                },
            )
            CATALOGUES.translate(area, locales)
            for position, item in enumerate(indicators, start=1):
                earlier = made.get(("earlier", item["code"])) if key != "earlier" else None
                indicator, _created = Indicator.objects.get_or_create(
                    locale=english,
                    area=area,
                    code=item["code"],
                    defaults={
                        "name": _english(item["name"]),
                        "sort_order": position,
                        "same_as": earlier,
                    },
                )
                CATALOGUES.translate(indicator, locales)
                made[(key, item["code"])] = indicator
                _question(indicator, item["question"], locales)
    return editions


def _question(indicator, spec, locales):
    question = Question.objects.filter(locale=locales["en"], indicator=indicator).first()
    if question is None:
        question = Question.objects.create(
            locale=locales["en"],
            indicator=indicator,
            code=spec["code"],
            prompt=_english(spec["prompt"]),
            guidance=_english(spec["guidance"]),
            good_practice=_english(spec["example"]),
            kind=spec["kind"],
            options=[
                ("option", {"text": _english(text), "points": points})
                for text, points in spec.get("options", [])
            ],
            several_allowed=spec.get("several", False),
            target=spec.get("target"),
            unit=_english(spec.get("unit", ("", ""))),
            allows_not_applicable=spec.get("not_applicable", False),
        )
    CATALOGUES.translate(question, locales)
    return question


def set_city_figures(home):
    """Population and born-abroad share on every language version of the demo cities."""
    for city in CityPage.objects.filter(locale=home.locale, slug__in=CITY_FIGURES):
        population, born_abroad = CITY_FIGURES[city.slug]
        CityPage.objects.filter(translation_key=city.translation_key).update(
            population=population, born_abroad_percent=Decimal(born_abroad)
        )


def _given(question, rng, level):
    """Made-up answer values for one question, around the city's level."""
    if question.allows_not_applicable and rng.random() < 0.2:
        return {"not_applicable": True}
    draw = min(max(rng.gauss(level, 0.2), 0), 1)
    if question.kind == "number":
        return {"number": (question.target * Decimal(str(round(draw * 1.2, 2)))).quantize(1)}
    if question.kind == "choice":
        positions = list(range(len(question.option_points())))
        if question.several_allowed:
            count = round(draw * len(positions))
            return {"options": positions[:count]}
        points = question.option_points()
        best = min(positions, key=lambda position: abs(points[position] / 100 - draw))
        return {"options": [best]}
    return {"choice": "yes" if draw > 0.66 else "partly" if draw > 0.33 else "no"}


def _round(city, edition, year, level, optional_areas, published):
    existing = IndexRound.objects.filter(city=city, edition=edition, demo_figures=True).first()
    if existing is not None:
        return existing, False
    opened = timezone.make_aware(datetime(year, 2, 1, 9, 0))
    submitted = timezone.make_aware(datetime(year, 5, 15, 16, 0))
    index_round = IndexRound.objects.create(
        city=city,
        edition=edition,
        status=IndexRound.SUBMITTED,
        opened_at=opened,
        submitted_at=submitted,
        published=published,
        demo_figures=True,
    )
    rng = random.Random(f"{city.slug}-{edition.code}")
    questions = Question.objects.filter(indicator__area__edition=edition, locale=edition.locale)
    answers = []
    for question in questions.select_related("indicator__area"):
        if question.indicator.area.optional and not optional_areas:
            continue
        values = _given(question, rng, level + rng.uniform(-0.15, 0.15))
        answers.append(
            Answer(
                round=index_round,
                question=question,
                updated_by_label="demo",
                evidence="",
                **values,
            )
        )
    Answer.objects.bulk_create(answers)
    return index_round, True


def _customisation(city, locales):
    return demo_customisation(InterculturalIndex, city, locales, CATALOGUES, publish_results=True)


@deferred_reference_index()
def load(home, locales, stdout=None):
    """The questionnaire, the cities' figures and their demo rounds."""
    editions = load_questionnaire(locales)
    set_city_figures(home)
    created = 0
    cities = {
        city.slug: city for city in CityPage.objects.filter(locale=home.locale, slug__in=ROUNDS)
    }
    for slug, (level, first_year, revised_year, optional, published) in ROUNDS.items():
        city = cities.get(slug)
        if city is None:
            continue
        for key, year in (("earlier", first_year), ("revised", revised_year)):
            if year is not None:
                _round_made, new = _round(
                    city, editions[key], year, level, optional and key == "revised", published
                )
                created += new
        if published:
            _customisation(city, locales)
    _write(
        stdout,
        f"  Intercultural Cities Index: 2 editions, {created} new demo rounds of "
        f"{len(cities)} cities.",
    )
    # One round in progress, answered by three colleagues at different stages.
    load_round_in_progress(stdout)
