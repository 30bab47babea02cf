"""Fixtures of the heritage map: two cities with a published map and a project each, items,
coordinators, and a photo with a GPS position in its EXIF."""

import io

import pytest
from PIL import Image

from heritage_mapping.factories import (
    HeritageItemFactory,
    HeritageMapFactory,
    MappingProjectFactory,
)
from heritage_mapping.vocabulary import Status

#: A square around the middle of Mouraria (Lisbon), [longitude, latitude].
MOURARIA = {
    "type": "Polygon",
    "coordinates": [
        [[-9.140, 38.713], [-9.131, 38.713], [-9.131, 38.724], [-9.140, 38.724], [-9.140, 38.713]]
    ],
}
INSIDE = (38.7157, -9.1366)  # latitude, longitude: Martim Moniz
OUTSIDE = (38.7075, -9.1365)  # Praça do Comércio, south of the area
RIJEKA_CENTRE = {
    "type": "Polygon",
    "coordinates": [
        [[14.435, 45.323], [14.450, 45.323], [14.450, 45.332], [14.435, 45.332], [14.435, 45.323]]
    ],
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Photos go to a fresh folder per test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def publish_map(city, locales, **options):
    options.setdefault("allowed_origins", ["https://www.lisboa.example"])
    return HeritageMapFactory(city=city, locale=locales["en"], **options)


@pytest.fixture
def lisbon_customisation(lisbon, locales):
    return publish_map(lisbon, locales)


@pytest.fixture
def rijeka_customisation(rijeka, locales):
    return publish_map(rijeka, locales, allowed_origins=["https://rijeka.example"])


def make_project(city, locales, slug, area, **options):
    return MappingProjectFactory(city=city, locale=locales["en"], slug=slug, area=area, **options)


@pytest.fixture
def mouraria(lisbon_customisation, lisbon, locales):
    return make_project(lisbon, locales, "mouraria", MOURARIA, neighbourhood="Mouraria")


@pytest.fixture
def rijeka_project(rijeka_customisation, rijeka, locales):
    return make_project(rijeka, locales, "city-centre", RIJEKA_CENTRE)


@pytest.fixture
def make_item():
    """Create an item (approved unless told) in a project, linked to communities by slug."""

    def make(project, title="Sunday cachupa", status=Status.APPROVED, communities=(), **fields):
        fields.setdefault("latitude", INSIDE[0])
        fields.setdefault("longitude", INSIDE[1])
        return HeritageItemFactory(
            project=project, title=title, status=status, communities=communities, **fields
        )

    return make


def _rational(value):
    from PIL.TiffImagePlugin import IFDRational

    return IFDRational(int(value * 10000), 10000)


@pytest.fixture
def gps_jpeg():
    """JPEG bytes from a "phone": EXIF with a GPS position, a camera model and a comment."""
    image = Image.new("RGB", (640, 480), (180, 90, 40))
    exif = Image.Exif()
    exif[0x0110] = "Resident's phone"  # Model
    exif[0x010E] = "Secret note in the description"  # ImageDescription
    gps = {
        1: "N",
        2: (_rational(38.0), _rational(42.0), _rational(56.5)),
        3: "W",
        4: (_rational(9.0), _rational(8.0), _rational(11.8)),
    }
    exif[0x8825] = gps  # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    data = buffer.getvalue()
    # The photo really carries GPS data before it is sent.
    with Image.open(io.BytesIO(data)) as check:
        assert check.getexif().get_ifd(0x8825)
    return data
