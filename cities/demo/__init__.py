"""Demo content: the list of member cities and eighteen city profiles, in English, French and
Arabic, each with a demo contact (a role marked as a demo and an address on a reserved domain).

The facts come from the coordinators' meeting reports in `../shared/seeds/`; the statements are
our own summaries of them. Other apps' demo content finds the cities by these slugs.
"""

from decimal import Decimal

from cities.demo.content import (
    CITIES,
    CITY_NAMES_AR,
    COUNTRIES_AR,
    COUNTRIES_FR,
    DEMO_CONTACT_ROLES,
    INDEX,
    INDEX_AR,
    INDEX_FR,
    INDEX_INTRO,
    LOCATIONS,
    NETWORKS,
    NETWORKS_AR,
    STATEMENT_AR,
    STATEMENT_AR_NO_YEAR,
    WEBSITES,
    demo_contact_email,
)
from cities.models import CityIndexPage, CityPage
from icc_site.demo_images import demo_alt_text, demo_image
from icc_site.indexing import deferred_reference_index
from icc_site.localize import publish_translation


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _index(home):
    index = CityIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]).first()
    if index is None:
        index = home.add_child(
            instance=CityIndexPage(
                title=INDEX["title"],
                slug=INDEX["slug"],
                intro=f"<p>{INDEX_INTRO}</p>",
                show_in_menus=True,
            )
        )
    return index


def _location(slug):
    """The city's latitude and longitude as the page stores them (four decimals), if known."""
    if slug not in LOCATIONS:
        return {}
    latitude, longitude = LOCATIONS[slug]
    return {"latitude": Decimal(str(latitude)), "longitude": Decimal(str(longitude))}


def _city(index, slug, title, country, year, statement):
    city = CityPage.objects.child_of(index).filter(slug=slug).first()
    if city is None:
        network = NETWORKS.get(country, ("", ""))[0]
        city = index.add_child(
            instance=CityPage(
                title=title,
                slug=slug,
                country=country,
                national_network=network,
                year_joined=year,
                statement=f"<p>{statement}</p>",
                image=demo_image("city", slug, title),
                image_alt_text=demo_alt_text(title),
                website=WEBSITES.get(slug, ""),
                contact_role=DEMO_CONTACT_ROLES["en"],
                contact_email=demo_contact_email(slug),
                **_location(slug),
            )
        )
        return city
    # A database made before the cities had a location, or their pictures an alt text.
    older = {}
    if city.latitude is None and slug in LOCATIONS:
        older.update(_location(slug))
    if city.image_id and not city.image_alt_text:
        older["image_alt_text"] = demo_alt_text(title)
    if not city.website and slug in WEBSITES:
        older["website"] = WEBSITES[slug]
    if not city.contact_email:
        older.update(contact_role=DEMO_CONTACT_ROLES["en"], contact_email=demo_contact_email(slug))
    if older:
        for name, value in older.items():
            setattr(city, name, value)
        city.save_revision().publish()
    return city


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the city index and the member cities under `home`, and translate them.

    Idempotent: pages are found by slug and only created when missing; translating again
    updates the existing translations. Every city gets a French version (practices and news in
    French point to them) and a shorter Arabic one, so the Arabic list is not empty.
    """
    index = _index(home)
    publish_translation(index, locales["fr"], INDEX_FR)
    publish_translation(index, locales["ar"], INDEX_AR)
    for slug, title, title_fr, country, year, statement, statement_fr in CITIES:
        city = _city(index, slug, title, country, year, statement)
        strings = {
            title: title_fr,
            country: COUNTRIES_FR[country],
            statement: statement_fr,
            demo_alt_text(title): demo_alt_text(title_fr, "fr"),
            DEMO_CONTACT_ROLES["en"]: DEMO_CONTACT_ROLES["fr"],
        }
        if country in NETWORKS:
            network, network_fr = NETWORKS[country]
            strings[network] = network_fr
        publish_translation(city, locales["fr"], strings)
        name_ar = CITY_NAMES_AR[slug]
        strings_ar = {
            title: name_ar,
            demo_alt_text(title): demo_alt_text(name_ar, "ar"),
            DEMO_CONTACT_ROLES["en"]: DEMO_CONTACT_ROLES["ar"],
            country: COUNTRIES_AR[country],
            statement: (STATEMENT_AR if year else STATEMENT_AR_NO_YEAR).format(
                city=name_ar, year=year
            ),
        }
        if country in NETWORKS:
            strings_ar[NETWORKS[country][0]] = NETWORKS_AR[country]
        publish_translation(city, locales["ar"], strings_ar)
    _write(stdout, f"  {len(CITIES)} member cities, in English, French and Arabic.")
    return index
