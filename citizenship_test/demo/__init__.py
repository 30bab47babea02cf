"""Demo content of the citizenship test: the question bank (40 questions), the test of the demo
cities (Lisbon and Rijeka customised, the others with the defaults), translated into every
language that has a PO file in `demo/locale/` (`icc_site.localize.DemoCatalogues`) and published,
anonymous completions for the aggregate views, and one closed group session in Lisbon
(`events.py`). Idempotent.

The question texts are in `knowledge.py`, `competences.py`, `diversity.py` and `action.py`;
the cities' choices in `cities.py`.
"""

from cities.models import CityPage
from citizenship_test.demo import action, competences, diversity, knowledge
from citizenship_test.demo.cities import CUSTOMISATIONS
from citizenship_test.demo.completions import load_completions
from citizenship_test.demo.events import load_event
from citizenship_test.models import ChosenQuestion, CitizenshipTest, Question
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from tools.demo import city_languages

BANK_MODULES = (knowledge, competences, diversity, action)
CATALOGUES = DemoCatalogues("citizenship_test")


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _question(locales, spec, component, kind, city=None, position=0):
    """The English question of `spec` and its translations, created once."""
    question = Question.objects.filter(code=spec["code"], locale=locales["en"]).first()
    if question is None:
        question = Question.objects.create(
            locale=locales["en"],
            code=spec["code"],
            component=component,
            kind=kind,
            prompt=spec["prompt"][0],
            options=[
                ("option", {"text": english, "points": points})
                for english, _french, points in spec.get("options", [])
            ],
            reverse_scored=spec.get("reverse", False),
            explanation=spec["explanation"][0],
            idea_for_action=spec["idea"][0],
            city=city,
            in_short_version=spec.get("short", False),
            short_version_position=position,
        )
    CATALOGUES.translate(question, locales)
    return question


def load_bank(locales):
    """The shared question bank; returns {code: English question}."""
    questions = {}
    position = 0
    for module in BANK_MODULES:
        for spec in module.QUESTIONS:
            if spec.get("short"):
                position += 1
            questions[spec["code"]] = _question(
                locales,
                spec,
                module.COMPONENT,
                module.KIND,
                position=position if spec.get("short") else 0,
            )
    return questions


def _customisation(city, locales, config, bank):
    customisation = CitizenshipTest.objects.filter(city=city, locale=locales["en"]).first()
    if customisation is not None:
        return customisation
    own = {
        spec["code"]: _question(locales, spec, spec["component"], spec["kind"], city=city)
        for spec in config.get("own_questions", [])
    }
    chosen = []
    # sort_order set explicitly: modelcluster leaves it empty, and rows without it come back in
    # no particular order on PostgreSQL.
    for position, (code, rewording) in enumerate(config.get("questions", [])):
        question = own.get(code) or bank[code]
        chosen.append(
            ChosenQuestion(
                question=question,
                prompt_override=rewording[0] if rewording else "",
                sort_order=position,
            )
        )
    intro = config.get("intro")
    customisation = CitizenshipTest(
        city=city,
        locale=locales["en"],
        languages=city_languages(city.slug),
        allowed_origins=config.get("allowed_origins", []),
        intro=f"<p>{intro[0]}</p>" if intro else "",
        ask_age_band=config.get("ask_age_band", False),
        ask_years_in_city=config.get("ask_years_in_city", False),
        action_links=[
            ("link", {"component": c, "title": title, "url": url, "description": text})
            for c, title, _fr, url, text, _text_fr in config.get("links", [])
        ],
        **{key: config[key] for key in ("primary_colour", "secondary_colour") if key in config},
    )
    customisation.chosen_questions = chosen
    customisation.save()
    customisation.save_revision().publish()
    return customisation


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Load the bank, the demo cities' tests (translated) and their completions."""
    bank = load_bank(locales)
    made = []
    for slug, config in CUSTOMISATIONS.items():
        city = CityPage.objects.filter(slug=slug, locale=home.locale).first()
        if city is None:
            continue
        customisation = _customisation(city, locales, config, bank)
        CATALOGUES.translate(customisation, locales)
        count = load_completions(customisation) + load_event(customisation)
        made.append(f"{city.title} ({count} new completions)")
    _write(
        stdout,
        f"  Citizenship test: {Question.objects.filter(locale=locales['en']).count()} questions; "
        f"tests of {', '.join(made) or 'no city'}.",
    )
