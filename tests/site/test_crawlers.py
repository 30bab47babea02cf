"""What a search engine reads: robots.txt and a sitemap of every language, drafts left out."""

from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from cities.factories import CityPageFactory
from tests.helpers import captured_queries

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
# The sitemap gives the address of the Wagtail site (its hostname), as Wagtail's does.
SITE = "http://localhost"


def sitemap_of(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {
        url.find("sm:loc", NAMESPACES).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)
        }
        for url in root.findall("sm:url", NAMESPACES)
    }


def test_robots_txt_points_crawlers_to_the_sitemap_and_away_from_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_every_language_with_only_real_translations_as_alternates(
    client, french_home, city_index, locales, lisbon, oslo
):
    from icc_site.localize import publish_translation

    french_cities = publish_translation(city_index, locales["fr"], {"Cities": "Villes"})
    publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})
    # Oslo's French version is a draft: neither listed nor announced as an alternate.
    oslo.copy_for_translation(locales["fr"])
    # A private page and what lies under it are left out in every language.
    hidden = CityPageFactory(parent=city_index, title="Hidden", slug="hidden")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    urls = sitemap_of(client)

    assert f"{SITE}/fr/cities/lisbon/" in urls
    assert urls[f"{SITE}/en/cities/lisbon/"] == {
        "en": f"{SITE}/en/cities/lisbon/",
        "fr": f"{SITE}/fr/cities/lisbon/",
    }
    assert urls[f"{SITE}/en/cities/oslo/"] == {}
    assert f"{SITE}/fr/cities/oslo/" not in urls
    assert not any("hidden" in url for url in urls)
    assert french_cities.live and f"{SITE}/fr/cities/" in urls


def test_sitemap_leaves_out_a_language_whose_home_page_is_not_live(client, city_index, locales):
    # A French city profile under a French home page that is still a draft cannot be reached
    # under /fr/: it is not announced either.
    french_home = city_index.get_parent().copy_for_translation(locales["fr"])
    assert not french_home.live

    urls = sitemap_of(client)

    assert f"{SITE}/en/cities/" in urls
    assert not any("/fr/" in url for url in urls)


def test_sitemap_costs_the_same_for_any_number_of_pages(
    client, french_home, city_index, django_assert_max_num_queries
):
    CityPageFactory.create_batch(3, parent=city_index)
    client.get("/sitemap.xml")  # a first request fills Django's content-type cache
    with captured_queries() as few:
        client.get("/sitemap.xml")
    CityPageFactory.create_batch(20, parent=city_index)
    with django_assert_max_num_queries(10) as many:
        client.get("/sitemap.xml")
    assert len(many) == len(few)


def test_sitemap_lists_each_tools_landing_page_in_every_language(client, french_home):
    urls = sitemap_of(client)

    landing = f"{SITE}/en/tools/citizenship-test/"
    assert landing in urls
    assert urls[landing] == {"en": landing, "fr": f"{SITE}/fr/tools/citizenship-test/"}
    # Only the languages the site has (a live home page): no German landing page is announced.
    assert f"{SITE}/de/tools/citizenship-test/" not in urls


def publish_test(city, locales, publish=True, **options):
    from citizenship_test.models import CitizenshipTest

    customisation = CitizenshipTest(city=city, locale=locales["en"], live=False, **options)
    customisation.save()
    if publish:
        customisation.save_revision().publish()
    return customisation


def test_sitemap_lists_each_citys_tool_pages_in_the_languages_it_offers(
    client, city_index, locales
):
    lisbon = CityPageFactory(parent=city_index, title="Lisbon", slug="lisbon")
    oslo = CityPageFactory(parent=city_index, title="Oslo", slug="oslo")
    rijeka = CityPageFactory(parent=city_index, title="Rijeka", slug="rijeka")
    publish_test(lisbon, locales, languages=["en", "ar"])
    publish_test(oslo, locales, languages=["en"])
    publish_test(rijeka, locales, publish=False, languages=["en"])  # a draft: not announced

    urls = sitemap_of(client)

    english = f"{SITE}/en/tools/citizenship-test/lisbon/"
    arabic = f"{SITE}/ar/tools/citizenship-test/lisbon/"
    assert urls[english] == {"en": english, "ar": arabic}
    assert urls[arabic] == urls[english]
    assert urls[f"{SITE}/en/tools/citizenship-test/oslo/"] == {}
    assert f"{SITE}/fr/tools/citizenship-test/lisbon/" not in urls
    assert not any("/citizenship-test/rijeka/" in url for url in urls)
    assert client.get("/ar/tools/citizenship-test/lisbon/").status_code == 200


@pytest.mark.parametrize(
    ("path", "icon"),
    [
        ("/favicon.ico", "brand/favicon.ico"),
        ("/apple-touch-icon.png", "brand/apple-touch-icon.png"),
    ],
)
def test_the_icons_browsers_ask_for_at_the_root_lead_to_the_brands_files(client, path, icon):
    # Browsers and phones that ignore the <link> tags still ask the root for these two.
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].endswith(icon)
