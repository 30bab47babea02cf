"""Demo content of the tools framework: the tool directory page and the coordinator groups.

The tools' own demo customisations (for example the citizenship test of Lisbon) belong to
the tool apps' demo modules, which run after this one.
"""

from django.contrib.auth import get_user_model

from cities.models import CityPage
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from tools.models import CityCoordinators, ToolIndexPage

# Translated in tools/demo/locale/<language>.po.
DIRECTORY = {"title": "Tools for cities", "slug": "tools"}
DIRECTORY_INTRO = (
    "Interactive tools that member cities adapt to their context and put on their own "
    "websites: choose a tool, then the city whose version you want to use."
)
#: The languages each demo city offers its tools in: its residents' languages and English.
#: Together they cover every content language, and every tool is offered in Arabic and in
#: Ukrainian by some city, so that each can be tried right to left and in Cyrillic (Ukrainians
#: are among the largest groups of newcomers in Portugal and Spain, Moroccans in Bilbao).
#: tests/tools/test_demo.py checks both.
CITY_LANGUAGES = {
    "lisbon": ["pt", "en", "fr", "uk", "ar"],
    "bilbao": ["es", "eu", "en", "fr", "ar", "uk"],
    "montreal": ["fr", "en"],
    "rijeka": ["en", "fr", "it"],
    "oslo": ["en", "fr", "ar"],
    "erlangen": ["de", "tr", "en"],
    "odessa": ["uk", "en"],
    "limassol": ["el", "tr", "en"],
    "reggio-emilia": ["it", "ar", "en"],
    "botkyrka": ["fi", "en"],
}


def city_languages(slug):
    """The languages a demo city offers its tools in (English for a city not listed)."""
    return list(CITY_LANGUAGES.get(slug, ["en"]))


def demo_customisation(model, city, locales, catalogues, **fields):
    """`city`'s customisation of the tool `model` in English: made with `fields` and the city's
    demo languages, and published, the first time; then translated from `catalogues` (a
    `DemoCatalogues`) into `locales` (a dict of Locale by code)."""
    customisation = model.objects.filter(city=city, locale=locales["en"]).first()
    if customisation is None:
        customisation = model(
            city=city,
            locale=locales["en"],
            languages=city_languages(city.slug),
            live=False,
            **fields,
        )
        customisation.save()
        customisation.save_revision().publish()
        customisation.refresh_from_db()
    catalogues.translate(customisation, locales)
    return customisation


#: Cities whose coordinators get a group and a demo account (login = "coordinator-<slug>").
COORDINATED_CITIES = ["lisbon", "rijeka", "oslo", "bilbao"]
DEMO_PASSWORD = "intercultural-demo"


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _directory(home):
    page = ToolIndexPage.objects.child_of(home).filter(slug=DIRECTORY["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=ToolIndexPage(
                title=DIRECTORY["title"],
                slug=DIRECTORY["slug"],
                intro=f"<p>{DIRECTORY_INTRO}</p>",
                show_in_menus=True,
            )
        )
        page.save_revision().publish()
    return page


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the tool directory under `home` (in every language of tools/demo/locale/) and one
    coordinator group, with a demo coordinator account, per demo city. Idempotent."""
    directory = _directory(home)
    DemoCatalogues("tools").translate(directory, locales)
    User = get_user_model()
    cities = CityPage.objects.filter(slug__in=COORDINATED_CITIES, locale=home.locale).order_by(
        "title"
    )
    for city in cities:
        coordinators = CityCoordinators.for_city(city)
        user, created = User.objects.get_or_create(
            username=f"coordinator-{city.slug}",
            defaults={"email": f"coordinator-{city.slug}@example.org", "is_staff": False},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(coordinators.group)
    _write(
        stdout,
        f"  Tool directory and {cities.count()} coordinator groups "
        f"(logins coordinator-<city>, password '{DEMO_PASSWORD}').",
    )
    return directory
