"""What the public sees: approved items only, everywhere; filters; open data; photos."""

import csv
import io

import geojson
import pytest
from django.core.files.base import ContentFile

from heritage_mapping.models import ItemPhoto
from heritage_mapping.opendata import CSV_COLUMNS
from heritage_mapping.vocabulary import Status
from tests.helpers import soup_of
from tools.downloads import safe_cell

pytestmark = pytest.mark.django_db

BASE = "/en/embed/heritage-map/lisbon/mouraria/"


@pytest.fixture
def items(mouraria, make_item):
    """One item of each status, and a second approved item of another category."""
    return {
        "approved": make_item(mouraria, "Sunday cachupa", communities=["cape-verdean"]),
        "music": make_item(mouraria, "Fado evenings", category="music", communities=["residents"]),
        "pending": make_item(mouraria, "Secret pending item", status=Status.PENDING),
        "rejected": make_item(
            mouraria, "Rejected item", status=Status.REJECTED, rejection_reason="Spam"
        ),
    }


def titles_in(response):
    soup = soup_of(response, status=None)
    return [a.get_text(strip=True) for a in soup.select(".heritage-list h3 a")]


def test_the_list_shows_approved_items_only(client, items):
    response = client.get(BASE)

    assert response.status_code == 200
    assert titles_in(response) == ["Fado evenings", "Sunday cachupa"]
    assert "Secret pending item" not in response.content.decode()
    assert "Rejected item" not in response.content.decode()


def test_unapproved_item_pages_are_404(client, items):
    assert client.get(f"{BASE}items/{items['approved'].pk}/").status_code == 200
    assert client.get(f"{BASE}items/{items['pending'].pk}/").status_code == 404
    assert client.get(f"{BASE}items/{items['rejected'].pk}/").status_code == 404


def test_an_item_of_another_city_is_not_shown_under_this_one(
    client, items, rijeka_project, make_item
):
    other = make_item(rijeka_project, "Korzo", latitude=45.327, longitude=14.442)

    assert client.get(f"{BASE}items/{other.pk}/").status_code == 404


def test_filters_by_category_and_community(client, items):
    assert titles_in(client.get(BASE, {"category": "music"})) == ["Fado evenings"]
    assert titles_in(client.get(BASE, {"community": "cape-verdean"})) == ["Sunday cachupa"]
    # Unknown values are ignored rather than an error.
    assert len(titles_in(client.get(BASE, {"category": "<script>"}))) == 2


def test_the_map_works_without_tiles_the_list_carries_everything(client, items, settings):
    settings.HERITAGE_TILE_URL = "https://tiles.example/{z}/{x}/{y}.png"
    response = client.get(BASE)
    soup = soup_of(response, status=None)

    map_element = soup.select_one("#heritage-map")
    assert map_element.has_attr("hidden")  # shown by the script only
    assert map_element["data-tile-url"] == settings.HERITAGE_TILE_URL
    assert "OpenStreetMap" in map_element["data-tile-attribution"]
    assert soup.find("script", src="/static/heritage_mapping/vendor/leaflet/leaflet.js")
    assert not soup.find("script", src=lambda src: src and "unpkg" in src)
    assert not [
        s
        for s in soup.find_all("script")
        if not s.get("src") and s.get("type") != "application/json"
    ]


def test_the_map_links_its_open_data(client, items):
    soup = soup_of(client.get(BASE), status=None)
    links = {a["href"] for a in soup.select(".heritage-open-data a")}

    assert links == {f"{BASE}heritage.geojson", f"{BASE}heritage.csv"}


def test_geojson_is_valid_rfc7946_with_approved_items_only(client, items):
    response = client.get(f"{BASE}heritage.geojson")

    assert response["Content-Type"] == "application/geo+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    parsed = geojson.loads(response.content.decode())
    assert parsed.is_valid, parsed.errors()
    assert data["type"] == "FeatureCollection"
    assert {f["properties"]["title"] for f in data["features"]} == {
        "Sunday cachupa",
        "Fado evenings",
    }
    feature = next(f for f in data["features"] if f["id"] == items["approved"].pk)
    # RFC 7946: longitude first.
    assert feature["geometry"] == {"type": "Point", "coordinates": [-9.1366, 38.7157]}
    assert feature["properties"]["licence"] == "CC-BY-4.0"
    assert feature["properties"]["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert feature["properties"]["communities"] == ["Cape Verdean community"]
    assert feature["properties"]["url"].endswith(
        f"/en/tools/heritage-map/lisbon/mouraria/items/{feature['id']}/"
    )


def test_geojson_follows_the_filters(client, items):
    data = client.get(f"{BASE}heritage.geojson", {"category": "music"}).json()

    assert [f["properties"]["title"] for f in data["features"]] == ["Fado evenings"]


def test_csv_has_a_row_per_approved_item_with_its_licence(client, items, make_item, mouraria):
    make_item(mouraria, '=HYPERLINK("http://evil")', licence="CC0-1.0")

    response = client.get(f"{BASE}heritage.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == CSV_COLUMNS
    assert {row["title"] for row in rows} == {
        "Sunday cachupa",
        "Fado evenings",
        '\'=HYPERLINK("http://evil")',
    }
    cachupa = next(row for row in rows if row["title"] == "Sunday cachupa")
    assert cachupa["licence"] == "CC-BY-4.0"
    assert cachupa["latitude"] == "38.7157" and cachupa["longitude"] == "-9.1366"
    assert cachupa["communities"] == "Cape Verdean community"


def test_spreadsheet_formulas_are_neutralised():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@SUM") == "'@SUM"
    assert safe_cell("Fado") == "Fado"


def test_photos_are_served_only_for_approved_items(client, items):
    def photo_of(item):
        photo = ItemPhoto(item=item, description="A pot")
        photo.image.save("x.jpg", ContentFile(b"\xff\xd8\xff\xd9"), save=True)
        return photo

    approved = photo_of(items["approved"])
    pending = photo_of(items["pending"])

    ok = client.get(f"{BASE}photos/{approved.pk}.jpg")
    assert ok.status_code == 200 and ok["Content-Type"] == "image/jpeg"
    assert client.get(f"{BASE}photos/{pending.pk}.jpg").status_code == 404


def test_analysis_counts_approved_items_only(client, items):
    response = client.get(f"{BASE}analysis/")
    soup = soup_of(response, status=None)

    rows = {
        row.th.get_text(strip=True): row.select_one(".heritage-count").get_text()
        for row in soup.select("table")[0].select("tbody tr")
    }
    assert rows == {"Food": "1", "Music": "1"}
    communities = {
        row.th.get_text(strip=True): row.select_one(".heritage-count").get_text()
        for row in soup.select("table")[1].select("tbody tr")
    }
    assert communities == {"Cape Verdean community": "1", "Long-time residents": "1"}


def test_the_analysis_draws_the_frameworks_bars_with_the_table_as_text(client, items):
    soup = soup_of(client.get(f"{BASE}analysis/"), status=None)

    assert not soup.select("meter")
    charts = soup.select("figure.tool-chart--bars svg[role=img]")
    assert [chart.title.get_text() for chart in charts] == [
        "Items by category",
        "Items by community they connect",
    ]
    # Each of the two approved items is half of the map's items: two bars of half the track.
    bars = charts[0].select("rect.tool-chart__bar")
    track = float(charts[0].select_one("rect.tool-chart__track")["width"])
    assert [float(bar["width"]) for bar in bars] == [round(track / 2, 1)] * 2
    assert charts[0].desc.get_text() == "Food: 1; Music: 1"
    # The tables stay, with their links to the map: the text the bars stand for.
    assert len(soup.select("table.heritage-counts")) == 2


def test_the_analysis_bars_grow_from_the_right_in_arabic():
    from django.utils import translation

    from heritage_mapping.views.maps import count_chart

    counts = [("food", "Food", 3), ("music", "Music", 1)]
    with translation.override("ar"):
        chart = count_chart(counts, 4, title="t", chart_id="c")
    with translation.override("en"):
        english = count_chart(counts, 4, title="t", chart_id="c")

    assert chart.direction == "rtl" and english.direction == "ltr"
    # The same bar, mirrored: it ends where the English one starts.
    assert chart.bars[0].bar_x + chart.bars[0].bar_width == chart.width - english.bars[0].bar_x
    assert count_chart([], 0, title="t", chart_id="c") is None


def test_the_action_plan_links_approved_assets_only(client, items, mouraria):
    mouraria.action_plan = [
        (
            "action",
            {
                "title": "Food days",
                "description": "Cook together.",
                "lead": "",
                "timeframe": "",
                "assets": [("asset", items["approved"]), ("asset", items["pending"])],
            },
        )
    ]
    mouraria.save()

    soup = soup_of(client.get(f"{BASE}action-plan/"), status=None)

    links = [(a.get_text(), a["href"]) for a in soup.select(".heritage-actions ul a")]
    assert links == [("Sunday cachupa", f"{BASE}items/{items['approved'].pk}/")]


def test_the_embed_may_be_framed_by_the_city_origins_only(client, items):
    response = client.get(BASE)

    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.lisboa.example" in policy
    assert client.get("/en/tools/heritage-map/lisbon/mouraria/")["X-Frame-Options"] == "DENY"


def test_the_project_is_shown_in_french_when_translated(client, mouraria, locales):
    from icc_site.localize import publish_translation

    publish_translation(mouraria, locales["fr"], {"Mapping mouraria": "Cartographier la Mouraria"})

    response = client.get("/fr/embed/heritage-map/lisbon/mouraria/")

    assert "Cartographier la Mouraria" in response.content.decode()
    assert "Carte et liste" in response.content.decode()


def test_text_from_residents_is_escaped(client, mouraria, make_item):
    item = make_item(mouraria, "<script>alert(1)</script>")

    response = client.get(f"{BASE}items/{item.pk}/")

    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;" in response.content.decode()


def element_marked_for(page, text):
    """The nearest element with a `lang` around `text` as the page shows it."""
    for found in page.body.find_all(string=lambda value: value and text in value):
        if found.parent.name not in ("script", "option"):
            return found.find_parent(attrs={"lang": True})
    raise AssertionError(f"{text!r} is not on the page")


def test_a_residents_text_keeps_the_language_it_was_written_in(
    client, mouraria, make_item, locales
):
    from icc_site.localize import publish_translation

    publish_translation(mouraria, locales["fr"], {"Mapping mouraria": "Cartographier la Mouraria"})
    item = make_item(mouraria, "Sunday cachupa", language="en", period="Every Sunday")
    french = "/fr/embed/heritage-map/lisbon/mouraria/"

    for url in (french, f"{french}items/{item.pk}/"):
        page = soup_of(client.get(url), status=None)
        # On a French (or Arabic) page it is marked English: read out as English, and its
        # punctuation kept at its own end of the line in a right-to-left page.
        for text in ("Sunday cachupa", "Every Sunday", "A slow-cooked stew shared on Sundays."):
            marked = element_marked_for(page, text)
            assert (marked["lang"], marked.get("dir")) == ("en", "auto"), (url, text)
