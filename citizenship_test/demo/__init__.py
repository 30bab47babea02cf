"""Demo content of the citizenship test: the question bank (40 questions, English and French),
the test of three cities (Lisbon and Rijeka customised, Oslo with the defaults), translated into
French and published, anonymous completions for the aggregate views, and one closed group
session in Lisbon (`events.py`). Idempotent.

The question texts are in `knowledge.py`, `competences.py`, `diversity.py` and `action.py`;
the cities' choices in `cities.py`.
"""

from cities.models import CityPage
from citizenship_test.demo import action, competences, diversity, knowledge
from citizenship_test.demo.cities import CUSTOMISATIONS
from citizenship_test.demo.completions import load_completions
from citizenship_test.demo.events import load_event
from citizenship_test.models import ChosenQuestion, CitizenshipTest, Question
from home.localize import publish_translation

BANK_MODULES = (knowledge, competences, diversity, action)


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _strings(spec):
    """{English text: French text} of one question spec, for wagtail-localize."""
    strings = {}
    for key in ("prompt", "explanation", "idea"):
        english, french = spec[key]
        strings[english] = french
    for english, french, _points in spec.get("options", []):
        strings[english] = french
    return strings


def _question(locales, spec, component, kind, city=None, position=0):
    """The English question of `spec` and its French translation, created once."""
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
    if not Question.objects.filter(
        translation_key=question.translation_key, locale=locales["fr"]
    ).exists():
        publish_translation(question, locales["fr"], _strings(spec))
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
    test = CitizenshipTest.objects.filter(city=city, locale=locales["en"]).first()
    if test is not None:
        return test
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
    test = CitizenshipTest(
        city=city,
        locale=locales["en"],
        languages=["en", "fr"],
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
    test.chosen_questions = chosen
    test.save()
    test.save_revision().publish()
    return test


def _french_strings(config):
    strings = {}
    if config.get("intro"):
        strings[config["intro"][0]] = config["intro"][1]
    for _code, rewording in config.get("questions", []):
        if rewording:
            strings[rewording[0]] = rewording[1]
    for _c, title, title_fr, _url, text, text_fr in config.get("links", []):
        strings[title] = title_fr
        if text:
            strings[text] = text_fr
    return strings


def load(home, locales, stdout=None):
    """Load the bank, the demo cities' tests (English and French) and their completions."""
    bank = load_bank(locales)
    made = []
    for slug, config in CUSTOMISATIONS.items():
        city = CityPage.objects.filter(slug=slug, locale=home.locale).first()
        if city is None:
            continue
        test = _customisation(city, locales, config, bank)
        if test.get_translation_or_none(locales["fr"]) is None:
            publish_translation(test, locales["fr"], _french_strings(config))
        count = load_completions(test) + load_event(test)
        made.append(f"{city.title} ({count} new completions)")
    _write(
        stdout,
        f"  Citizenship test: {Question.objects.filter(locale=locales['en']).count()} questions; "
        f"tests of {', '.join(made) or 'no city'}.",
    )
