"""Fixtures for the citizenship test: cities, a small bilingual question bank, customisations,
and helpers that walk through the wizard without cookies."""

import functools

import pytest
from django.test import Client

from citizenship_test.components import (
    ACTION,
    COMPETENCES,
    DIVERSITY,
    KIND_CHOICE,
    KIND_SCALE,
    KIND_SCENARIO,
    KNOWLEDGE,
)
from citizenship_test.factories import CitizenshipTestFactory, CompletionFactory, QuestionFactory
from citizenship_test.models import Completion, Question
from icc_site.localize import publish_translation
from tests.conftest import all_locales, whole_module_asks_for
from tests.helpers import hidden_fields, soup_of

SITE = "http://testserver"
EMBED = "/en/embed/citizenship-test/lisbon/"
MAX_STEPS = 10

# (code, component, kind, prompt, [(option, points)], reverse, French prompt, French options)
BANK = [
    (
        "k1",
        KNOWLEDGE,
        KIND_CHOICE,
        "Who may vote in local elections here?",
        [("Only nationals", 0), ("Residents under conditions set by law", 4)],
        False,
        "Qui peut voter aux élections locales ici ?",
        ["Seulement les ressortissants", "Les résidents, selon les conditions de la loi"],
    ),
    (
        "k2",
        KNOWLEDGE,
        KIND_CHOICE,
        "Is a landlord allowed to refuse a tenant for their origin?",
        [("Yes", 0), ("No, it is discrimination", 4)],
        False,
        "Un bailleur peut-il refuser un locataire pour son origine ?",
        ["Oui", "Non, c'est une discrimination"],
    ),
    (
        "c1",
        COMPETENCES,
        KIND_SCALE,
        "I enjoy hearing how others see things.",
        [],
        False,
        "J'aime entendre comment les autres voient les choses.",
        [],
    ),
    (
        "c2",
        COMPETENCES,
        KIND_SCALE,
        "I avoid people whose customs I do not know.",
        [],
        True,
        "J'évite les gens dont je ne connais pas les coutumes.",
        [],
    ),
    (
        "d1",
        DIVERSITY,
        KIND_SCALE,
        "Newcomers bring ideas that help the city.",
        [],
        False,
        "Les nouveaux venus apportent des idées utiles à la ville.",
        [],
    ),
    (
        "d2",
        DIVERSITY,
        KIND_SCALE,
        "A mixed school class is a good thing.",
        [],
        False,
        "Une classe mélangée est une bonne chose.",
        [],
    ),
    (
        "a1",
        ACTION,
        KIND_SCENARIO,
        "A neighbour is insulted for her accent. You...",
        [("walk on", 0), ("check on her afterwards", 2), ("step in with others", 4)],
        False,
        "Une voisine est insultée pour son accent. Vous...",
        ["passez votre chemin", "prenez de ses nouvelles ensuite", "intervenez avec d'autres"],
    ),
    (
        "a2",
        ACTION,
        KIND_SCENARIO,
        "Your street plans a party. You...",
        [("stay home", 0), ("go", 2), ("help invite everyone", 4)],
        False,
        "Votre rue prépare une fête. Vous...",
        ["restez chez vous", "y allez", "aidez à inviter tout le monde"],
    ),
]


def make_question(locale, code, component, kind, prompt, options=(), reverse=False, **extra):
    return QuestionFactory(
        locale=locale,
        code=code,
        component=component,
        kind=kind,
        prompt=prompt,
        options=options,
        reverse_scored=reverse,
        **extra,
    )


def build_bank(locales):
    """Eight shared questions (two per component) in the short version, English and French:
    {code: question}."""
    questions = {}
    for position, (code, component, kind, prompt, options, reverse, fr, fr_options) in enumerate(
        BANK
    ):
        question = make_question(
            locales["en"],
            code,
            component,
            kind,
            prompt,
            options,
            reverse,
            in_short_version=True,
            short_version_position=position,
        )
        strings = {prompt: fr}
        strings.update(
            {text: fr_text for (text, _p), fr_text in zip(options, fr_options, strict=True)}
        )
        publish_translation(question, locales["fr"], strings)
        questions[code] = question
    return questions


@pytest.fixture(scope="module")
def module_bank(request):
    """In a module whose every test asks for the bank: the bank's question ids, built once for
    the module (module_transaction) and rolled back at its end. None in other modules."""
    if not whole_module_asks_for(request, "bank"):
        return None
    module_transaction = request.getfixturevalue("module_transaction")
    with module_transaction():
        return {code: question.pk for code, question in build_bank(all_locales()).items()}


@pytest.fixture
def bank(module_bank, locales):
    """Eight shared questions (two per component) in the short version, English and French.

    Building them costs about 120 queries a question (wagtail-localize's translation records),
    a fifth of a second on SQLite and twice that on PostgreSQL. In a module whose every test
    asks for the bank, it is built once for the module and each test, in a savepoint of the
    module's transaction, reads it afresh: what a test changes is rolled back, and no test of
    the module could tell the bank from one built for it alone. Elsewhere (a module where some
    tests must see no question, or commit), each test builds its own.
    """
    if module_bank is None:
        return build_bank(locales)
    found = Question.objects.in_bulk(module_bank.values())
    return {code: found[pk] for code, pk in module_bank.items()}


def customisation_for(city, locales, chosen=(), publish=True, **options):
    """A published citizenship test for `city`; `chosen` is [(question, rewording)]."""
    return CitizenshipTestFactory(
        city=city, locale=locales["en"], chosen=chosen, publish=publish, **options
    )


@pytest.fixture
def make_customisation(locales):
    """`customisation_for`, the locales given: make_customisation(city, chosen=..., ...)."""
    return functools.partial(customisation_for, locales=locales)


@pytest.fixture
def lisbon_customisation(bank, locales, lisbon):
    """Lisbon uses the default short version (it chose no questions)."""
    return customisation_for(lisbon, locales, primary_colour="#123456")


@pytest.fixture
def at_review(lisbon_customisation):
    """A resident who has answered every step of Lisbon's test and sees the review."""
    return Resident(EMBED).to_review()


@pytest.fixture
def french_lisbon_customisation(lisbon_customisation, locales):
    return publish_translation(lisbon_customisation, locales["fr"], {})


class Resident:
    """Walks through the wizard as a browser inside a cross-site frame: no cookie ever comes
    back (a fresh client for every request), the Origin header is the embedding site's."""

    def __init__(self, url, origin=SITE):
        self.url = url
        self.origin = origin
        self.response = None

    @property
    def soup(self):
        return soup_of(self.response, status=None)

    def start(self):
        self.response = Client().get(self.url)
        return self.response

    def form_data(self):
        """The hidden fields of the current page (signed state, management form)."""
        return hidden_fields(self.soup, "form.ct-form")

    def radio_names(self):
        names = []
        for radio in self.soup.select("form.ct-form input[type=radio]"):
            if radio["name"] not in names:
                names.append(radio["name"])
        return names

    def checked(self):
        return {
            radio["name"]: radio["value"]
            for radio in self.soup.select("form.ct-form input[type=radio][checked]")
        }

    def post(self, answers=None, token=None, origin=None, **extra):
        """Send the form as a browser would: hidden fields, ticked radios, then `answers`."""
        data = {**self.form_data(), **self.checked()}
        if token is not None:
            data["tool_state"] = token
        data.update(answers or {})
        client = Client()
        self.response = client.post(self.url, data, HTTP_ORIGIN=origin or self.origin, **extra)
        assert not client.cookies, "the wizard must not set cookies"
        return self.response

    def answer_all(self, value_for=lambda name, values: values[-1]):
        """Tick an answer for every question of the current step (by default the last one)."""
        answers = {}
        for name in self.radio_names():
            values = [r["value"] for r in self.soup.select(f"input[type=radio][name='{name}']")]
            answers[name] = value_for(name, values)
        return self.post(answers)

    def answer_steps(self, count):
        """Answer `count` steps (each question's last answer), starting the journey first if
        nothing is shown yet. Each step must be accepted."""
        if self.response is None:
            self.start()
        for _step in range(count):
            response = self.answer_all()
            assert response.status_code == 200
            assert not self.soup.select(".ct-question__error")
        return self

    def to_review(self):
        """Answer every step up to the review, the last step before sending."""
        if self.response is None:
            self.start()
        for _step in range(MAX_STEPS):
            if self.soup.select(".ct-review"):
                return self
            self.answer_steps(1)
        raise AssertionError(f"no review after {MAX_STEPS} steps")

    def back(self):
        data = {"wizard_goto_step": self.soup.select_one("button[name=wizard_goto_step]")["value"]}
        return self.post(data)

    def step_status(self):
        return self.soup.select_one(".ct-progress__status").get_text(strip=True)


@pytest.fixture
def rijeka_customisation(bank, locales, rijeka):
    """Rijeka's test: another city, for the permission matrix."""
    return customisation_for(rijeka, locales, primary_colour="#654321")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")


def add_completion(customisation, scores, completed_on=None, session=None, **extra):
    """Store a completion with `scores` ({component or "overall": score})."""
    fields = {f"{name}_score": value for name, value in scores.items()}
    if completed_on is not None:
        fields["completed_on"] = completed_on
    return CompletionFactory(customisation=customisation, event_session=session, **fields, **extra)


def add_completions(customisation, number, completed_on, scores=None, session=None, **extra):
    """Store `number` completions of `customisation` on the day `completed_on`, in one query."""
    scores = scores or {"knowledge": 80, "competences": 60, "diversity": 70, "action": 50}
    fields = {f"{name}_score": value for name, value in scores.items()}
    rows = CompletionFactory.build_batch(
        number,
        customisation=customisation,
        completed_on=completed_on,
        event_session=session,
        **fields,
        **extra,
    )
    return Completion.objects.bulk_create(rows)


@pytest.fixture(autouse=True)
def fresh_network_figure():
    """The network's published figure is kept a few minutes (citizenship_test.published):
    each test counts its own."""
    from django.core.cache import cache

    cache.delete("citizenship_test:published-network")


@pytest.fixture
def published_from(monkeypatch):
    """Lower the rule on published figures to `number` residents (tools.disclosure), for tests
    of what the screens show rather than of the threshold itself."""

    def lower(number):
        monkeypatch.setattr("tools.disclosure.MIN_PUBLISHED_GROUP", number)

    return lower
