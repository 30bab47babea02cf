"""The Index's demo, checked on its definitions (loading it is left to the browser tests'
shared demo site): enough cities, rounds on both editions, a group of similar cities big enough
to show, the optional areas only in the revised edition, and its texts translated."""

import polib
from django.conf import settings

from cities.demo.content import CITIES
from intercultural_index.demo import CITY_FIGURES, ROUNDS
from intercultural_index.demo.questionnaire import AREAS, EARLIER, REVISED
from intercultural_index.results import MIN_GROUP_SIZE, group_of

FOLDER = settings.BASE_DIR / "intercultural_index" / "demo" / "locale"


class Figures:
    def __init__(self, population, born_abroad):
        self.population = population
        self.born_abroad_percent = born_abroad


def test_at_least_twelve_demo_cities_have_rounds_some_on_both_editions():
    demo_cities = {city[0] for city in CITIES}
    with_rounds = [slug for slug, spec in ROUNDS.items() if spec[1] or spec[2]]
    on_both = [slug for slug, spec in ROUNDS.items() if spec[1] and spec[2]]

    assert set(ROUNDS) <= demo_cities
    assert len(with_rounds) >= 12
    assert len(on_both) >= 3


def test_one_group_of_similar_demo_cities_is_big_enough_to_show_and_another_is_not():
    from decimal import Decimal

    sizes = {}
    for slug in ROUNDS:
        population, born_abroad = CITY_FIGURES[slug]
        group = group_of(Figures(population, Decimal(born_abroad)))
        sizes[group] = sizes.get(group, 0) + 1

    assert max(sizes.values()) >= MIN_GROUP_SIZE
    assert min(sizes.values()) < MIN_GROUP_SIZE


def test_the_optional_areas_are_only_in_the_revised_edition_and_editions_share_indicators():
    optional = [area for area in AREAS if area.get("optional")]
    shared = [
        item
        for area in AREAS
        for item in area["indicators"]
        if EARLIER in item["editions"] and REVISED in item["editions"]
    ]

    assert [area["code"] for area in optional] == ["participation", "interaction"]
    assert all(item["editions"] == (REVISED,) for area in optional for item in area["indicators"])
    assert len([area for area in AREAS if not area.get("optional")]) == 10
    assert len(shared) >= 15


def test_french_translates_every_text_and_every_language_the_names_results_show():
    template = {entry.msgid for entry in polib.pofile(str(FOLDER / "demo.pot"))}
    names = {area["name"][0] for area in AREAS} | {
        item["name"][0] for area in AREAS for item in area["indicators"]
    }
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        catalogue = polib.pofile(str(FOLDER / f"{code}.po"))
        translated = {entry.msgid for entry in catalogue.translated_entries()}
        expected = template if code == "fr" else names
        assert expected <= translated, (code, sorted(expected - translated)[:3])
