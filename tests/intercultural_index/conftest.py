"""A small questionnaire in two editions and rounds of a few cities, made in code (no demo)."""

import pytest

from intercultural_index.factories import (
    AnswerFactory,
    AreaFactory,
    EditionFactory,
    IndexRoundFactory,
    IndicatorFactory,
    InterculturalIndexFactory,
    QuestionFactory,
)
from intercultural_index.models import IndexRound, Indicator


def make_edition(locales, code, year, areas, earlier=None):
    """An edition from {area code: (optional, {indicator code: [question kwargs]})}.

    With `earlier`, an indicator whose code exists there continues it (`same_as`).
    Returns (edition, {question code: question}).
    """
    edition = EditionFactory(locale=locales["en"], code=code, year=year)
    questions = {}
    for area_position, (area_code, (optional, indicators)) in enumerate(areas.items()):
        area = AreaFactory(
            locale=locales["en"],
            edition=edition,
            code=area_code,
            name=area_code.replace("-", " ").capitalize(),
            optional=optional,
            sort_order=area_position,
        )
        for position, (indicator_code, specs) in enumerate(indicators.items()):
            same_as = None
            if earlier is not None:
                same_as = Indicator.objects.filter(
                    area__edition=earlier, code=indicator_code
                ).first()
            indicator = IndicatorFactory(
                locale=locales["en"],
                area=area,
                code=indicator_code,
                name=indicator_code,
                sort_order=position,
                same_as=same_as,
            )
            for spec in specs:
                spec = dict(spec)
                question_code = spec.pop("code")
                questions[question_code] = QuestionFactory(
                    locale=locales["en"], indicator=indicator, code=question_code, **spec
                )
    return edition, questions


EARLIER = {
    "education": (False, {"schools": [{"code": "e1"}], "teachers": [{"code": "e2"}]}),
    "public-space": (False, {"squares": [{"code": "p1", "allows_not_applicable": True}]}),
}
REVISED = {
    "education": (False, {"schools": [{"code": "r1"}], "parents": [{"code": "r2"}]}),
    "public-space": (False, {"squares": [{"code": "r3", "allows_not_applicable": True}]}),
    "participation": (True, {"councils": [{"code": "r4"}]}),
}


@pytest.fixture
def editions(locales):
    """(earlier, revised, questions by code) with the shared indicators mapped."""
    earlier, first = make_edition(locales, "earlier", 2009, EARLIER)
    revised, second = make_edition(locales, "revised", 2019, REVISED, earlier=earlier)
    return earlier, revised, {**first, **second}


def answer(index_round, question, **values):
    return AnswerFactory(round=index_round, question=question, **values)


@pytest.fixture
def make_round():
    def make(city, edition, answers=(), status=IndexRound.SUBMITTED, published=True, **kwargs):
        index_round = IndexRoundFactory(
            city=city, edition=edition, status=status, published=published, **kwargs
        )
        for question, values in answers:
            answer(index_round, question, **values)
        return index_round

    return make


def publish_index(city, locales, publish_results=True):
    """A live Index customisation of `city` in English."""
    return InterculturalIndexFactory(
        city=city, locale=locales["en"], publish_results=publish_results
    )


@pytest.fixture
def make_network(city_index, editions, make_round, locales):
    """Cities with one submitted, published round each, answering the earlier edition's three
    questions with the given choice; all in one group of similar cities unless told.

    `make(specs)` takes (title, choice) or (title, choice, population, born abroad %) tuples
    and returns {title: city}.
    """
    from cities.factories import CityPageFactory

    earlier, _revised, questions = editions

    def make(specs, publish=True):
        cities = {}
        for spec in specs:
            title, choice, population, born_abroad = (*spec, 300_000, 20)[:4]
            city = CityPageFactory(
                parent=city_index,
                title=title,
                population=population,
                born_abroad_percent=born_abroad,
            )
            make_round(
                city,
                earlier,
                [(questions[code], {"choice": choice}) for code in ("e1", "e2", "p1")],
                published=publish,
            )
            if publish:
                publish_index(city, locales)
            cities[title] = city
        return cities

    return make
