"""Every page has a link preview image drawn on the server: its title, its city or section
and the brand, in the page's language and direction (Arabic shaped and set from the right)."""

import io

import pytest
from django.test import Client
from PIL import Image
from wagtail.models import PageViewRestriction

from cities.factories import CityPageFactory
from icc_site.preview_images import HEIGHT, MARGIN, WIDTH
from tests.helpers import queries_for, soup_of

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

#: The title's lines (the kicker above it and the brand band below it left out).
TITLE_AREA = (0, 120, WIDTH, 330)


def meta_image(client, url):
    soup = soup_of(client.get(url), status=None)
    image = soup.find("meta", property="og:image")["content"]
    assert soup.find("meta", attrs={"name": "twitter:image"})["content"] == image
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    return image


def fetch_png(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content)).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    return image


def ink_columns(image, box):
    """The x of every column of `box` where light text is drawn on the dark card (the
    blue background and its darker rings left out)."""
    area = image.crop(box).convert("L")
    pixels = area.load()
    return [
        x for x in range(area.width) if any(pixels[x, y] > 180 for y in range(0, area.height, 2))
    ]


def test_an_arabic_page_has_its_title_drawn_from_the_right(client, arabic_home):
    url = meta_image(client, "/ar/")
    assert url.startswith("http://testserver/preview-images/pages/")

    image = fetch_png(client, url)

    columns = ink_columns(image, TITLE_AREA)
    assert len(columns) > 200  # a line of drawn letters, not an empty band
    # A short right-to-left title ends at the right margin and leaves the left side empty.
    assert max(columns) > WIDTH - MARGIN - 10
    assert min(columns) > WIDTH / 3


def test_a_city_profile_names_its_section_and_a_latin_title_starts_left(client, city_index):
    CityPageFactory(parent=city_index, title="Lisbon", slug="lisbon")

    image = fetch_png(client, meta_image(client, "/en/cities/lisbon/"))

    columns = ink_columns(image, TITLE_AREA)
    assert min(columns) < MARGIN + 10
    assert max(columns) < WIDTH / 2


def test_screens_that_are_not_pages_share_the_brand_card(client, home_page):
    url = meta_image(client, "/en/search/?query=x")
    assert url == "http://testserver/en/preview-images/site.png"
    fetch_png(client, url)


def test_a_restricted_or_unknown_page_has_no_image(client, city_index):
    city = CityPageFactory(parent=city_index, title="Secret", slug="secret")
    PageViewRestriction.objects.create(page=city, restriction_type="password", password="x")

    assert Client().get(f"/preview-images/pages/{city.pk}.png").status_code == 404
    assert Client().get("/preview-images/pages/999999.png").status_code == 404
    assert Client().get("/preview-images/pages/1.png").status_code == 404  # the tree's root


def test_an_image_is_drawn_once_until_the_next_publish(client, city_index, page_cache_on):
    city = CityPageFactory(parent=city_index, title="Lisbon", slug="lisbon")
    url = f"/preview-images/pages/{city.pk}.png"
    first = client.get(url).content

    assert queries_for(client, url) == 0
    assert client.get(url).content == first

    city.title = "Lisboa"
    city.save_revision().publish()
    assert client.get(url).content != first


def test_after_a_publish_only_the_cards_whose_texts_changed_are_drawn_again(
    client, city_index, page_cache_on, monkeypatch
):
    """Every editorial change (any page or snippet saved) expires the cached images, and each
    was drawn again (a few hundred milliseconds of CPU) at its next request: a client asking
    for every page's image after each change kept the server drawing the same cards."""
    from icc_site import preview_images
    from icc_site.page_cache import bump_generation

    drawn = []
    real_draw = preview_images.draw_preview
    monkeypatch.setattr(
        preview_images, "draw_preview", lambda card: drawn.append(card.title) or real_draw(card)
    )
    cities = [
        CityPageFactory(parent=city_index, title=title, slug=title.lower())
        for title in ("Lisbon", "Oslo")
    ]
    urls = [f"/preview-images/pages/{city.pk}.png" for city in cities]
    first = [client.get(url).content for url in urls]

    bump_generation()
    assert [client.get(url).content for url in urls] == first
    cities[1].title = "Oslo kommune"
    cities[1].save_revision().publish()
    assert [client.get(url).content for url in urls][0] == first[0]

    assert drawn == ["Lisbon", "Oslo", "Oslo kommune"]


def test_a_citys_tool_page_has_the_tools_and_the_citys_names(client, city_index, locales):
    from citizenship_test.models import CitizenshipTest

    lisbon = CityPageFactory(parent=city_index, title="Lisbon", slug="lisbon")
    customisation = CitizenshipTest(city=lisbon, locale=locales["en"], live=False, languages=["en"])
    customisation.save()
    customisation.save_revision().publish()

    url = meta_image(client, "/en/tools/citizenship-test/lisbon/")

    assert url == "http://testserver/en/preview-images/tools/citizenship-test/lisbon.png"
    assert ink_columns(fetch_png(client, url), TITLE_AREA)
    assert client.get("/en/preview-images/tools/citizenship-test/oslo.png").status_code == 404


def test_a_tools_landing_page_has_the_tools_own_card(client, home_page):
    url = meta_image(client, "/en/tools/citizenship-test/")

    assert url == "http://testserver/en/preview-images/tools/citizenship-test.png"
    assert ink_columns(fetch_png(client, url), TITLE_AREA)
    assert client.get("/en/preview-images/tools/no-such-tool.png").status_code == 404
