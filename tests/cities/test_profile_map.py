"""The map on a city profile: drawn by the site itself, the city where its coordinates say, and
described in the page's language."""

import re
from decimal import Decimal
from urllib.parse import urlsplit

import pytest

from cities import locator_map
from tests.helpers import soup_of, updated

pytestmark = pytest.mark.django_db

PLACES = {
    "Lisbon": (Decimal("38.7223"), Decimal("-9.1393")),
    "Bilbao": (Decimal("43.2630"), Decimal("-2.9350")),
    "Oslo": (Decimal("59.9139"), Decimal("10.7522")),
    "Geneva": (Decimal("46.2044"), Decimal("6.1432")),
}


def placed(city, name=None):
    latitude, longitude = PLACES[name or city.title]
    return updated(city, latitude=latitude, longitude=longitude)


def city_map_of(client, url):
    return soup_of(client.get(url)).select_one(".city__facts svg.city-map")


def dots(svg, selector):
    return [(float(dot["cx"]), float(dot["cy"])) for dot in svg.select(selector)]


def land_rings(path):
    """The closed rings of a path as the map writes it: "M x y l dx dy dx dy ... z" each."""
    rings = []
    for start_x, start_y, moves in re.findall(r"M(-?[\d.]+) ?(-?[\d.]+)l([^Mz]*)z", path):
        x, y = float(start_x), float(start_y)
        ring = [(x, y)]
        numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", moves)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def on_land(path, x, y):
    """Whether (x, y) is filled by the path (even-odd rule, as the map draws it)."""
    inside = False
    for ring in land_rings(path):
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return inside


def test_profile_draws_its_own_map_and_loads_nothing_from_another_site(client, lisbon):
    placed(lisbon)

    response = client.get("/en/cities/lisbon/")
    soup = soup_of(response)
    svg = soup.select_one(".city__facts svg.city-map")

    assert svg is not None and svg["role"] == "img"
    assert svg.select("path")[0]["d"].startswith("M")  # the land, inline
    assert not svg.has_attr("dir")  # the HTML validator rejects dir on <svg>
    assert not svg.select("image, use, foreignObject")
    # Every resource the page loads is the site's own; only links lead elsewhere.
    loaded = [tag.get("src") or tag.get("href") for tag in soup.select("[src], link[href]")]
    assert loaded and {urlsplit(url).netloc for url in loaded} <= {"", "testserver"}
    # The full map stays one plain link away.
    assert svg.find_next_sibling("a")["href"].startswith("https://www.openstreetmap.org/")


def test_the_city_sits_in_the_middle_and_other_members_where_their_coordinates_say(
    client, lisbon, bilbao, oslo, city_index
):
    from cities.factories import CityPageFactory

    placed(lisbon), placed(bilbao), placed(oslo)
    bergen = CityPageFactory(parent=city_index, title="Bergen", slug="bergen", country="Norway")
    updated(bergen, latitude=Decimal("60.3913"), longitude=Decimal("5.3221"))

    lisbon_map = city_map_of(client, "/en/cities/lisbon/")
    oslo_map = city_map_of(client, "/en/cities/oslo/")

    # A map is 1,800 km (400 units) wide: 4.5 km a unit at the city's latitude; Mercator
    # stretches distances to the north by 1/cos(latitude), as online maps do.
    assert dots(lisbon_map, ".city-map__marker") == [(200.0, 150.0)]
    # Bilbao: 540 km east of Lisbon (120 units), 4.54 degrees of latitude north (116 units).
    [(x, y)] = dots(lisbon_map, ".city-map__member")  # Oslo is too far to show
    assert x == pytest.approx(319.6, abs=0.2) and y == pytest.approx(33.9, abs=0.2)
    # Bergen: 302 km west of Oslo (67 units) and 53 km north (12 units).
    [(x, y)] = dots(oslo_map, ".city-map__member")
    assert x == pytest.approx(132.7, abs=0.2) and y == pytest.approx(138.1, abs=0.2)


def test_the_marker_is_on_land_and_the_ocean_is_not(client, city_index):
    from cities.factories import CityPageFactory

    geneva = CityPageFactory(parent=city_index, title="Geneva", slug="geneva")
    placed(geneva)

    svg = city_map_of(client, "/en/cities/geneva/")
    land = svg.select("path")[0]["d"]

    assert on_land(land, *dots(svg, ".city-map__marker")[0])
    assert not on_land(land, 10, 150)  # 860 km west of Geneva: the Bay of Biscay


def test_the_map_is_described_in_the_language_of_the_page(
    client, lisbon, french_home, arabic_home, locales
):
    from icc_site.localize import publish_translation

    placed(lisbon)
    for code, name, cities in (("fr", "Lisbonne", "Villes"), ("ar", "لشبونة", "المدن")):
        publish_translation(lisbon.get_parent().specific, locales[code], {"Cities": cities})
        publish_translation(lisbon, locales[code], {"Lisbon": name})

    english = city_map_of(client, "/en/cities/lisbon/")
    french = city_map_of(client, "/fr/cities/lisbon/")
    arabic = city_map_of(client, "/ar/cities/lisbon/")

    assert english.title.get_text() == "Map of the region around Lisbon, Portugal"
    assert french.title.get_text() == "Carte de la région autour de Lisbonne, Portugal"
    assert "لشبونة" in arabic.title.get_text() and "Lisbon" not in arabic.title.get_text()
    assert french.desc.get_text() == "Le point marque Lisbonne."
    # Right to left, the map is the same map: geography does not mirror.
    assert arabic.select_one("path")["d"] == english.select_one("path")["d"]
    assert dots(arabic, "circle") == dots(english, "circle")


def test_a_city_without_coordinates_shows_no_map(client, lisbon):
    soup = soup_of(client.get("/en/cities/lisbon/"))

    assert soup.select_one("svg.city-map") is None
    assert "OpenStreetMap" not in soup.get_text()


def test_a_city_outline_is_computed_once_for_its_coordinates(monkeypatch):
    from django.core.cache import cache

    cache.clear()
    computed = []
    compute = locator_map._compute_land_path
    monkeypatch.setattr(
        locator_map, "_compute_land_path", lambda window: computed.append(window) or compute(window)
    )
    lisbon, geneva = PLACES["Lisbon"], PLACES["Geneva"]

    first = locator_map.city_map(*lisbon)
    again = locator_map.city_map(*lisbon, others=[geneva])
    moved = locator_map.city_map(*geneva)

    assert again.land == first.land and moved.land != first.land
    assert [window.latitude for window in computed] == [float(lisbon[0]), float(geneva[0])]


def test_a_city_not_yet_public_is_no_dot_on_the_others_maps(client, lisbon, bilbao):
    placed(lisbon), placed(bilbao)
    bilbao.unpublish()

    lisbon_map = city_map_of(client, "/en/cities/lisbon/")

    assert dots(lisbon_map, ".city-map__member") == []
