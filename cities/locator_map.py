"""The small map on a city profile: the land around the city, drawn by the server as SVG.

Nothing is loaded from another site (no tiles, no script): the outline of the land is Natural
Earth's (public domain), simplified once by `manage.py build_locator_map` into
`cities/data/land.json`. Each map is a window 1,800 km wide centred on the city, in the Web
Mercator projection that online maps use, drawn in a 400 x 300 box: the city is the large dot
in the middle, other member cities are small dots.

The outline of a city's window depends only on its coordinates, so it is computed once per
pair of coordinates and kept in Django's cache (`land_path`).
"""

import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from django.core.cache import cache

__all__ = ["HEIGHT", "WIDTH", "CityMap", "MapWindow", "city_map", "land_path"]

DATA = Path(__file__).resolve().parent / "data" / "land.json"
WIDTH, HEIGHT = 400, 300  # the SVG's viewBox
GROUND_WIDTH_KM = 1800  # what the window spans from west to east, at the city's latitude
EARTH_RADIUS_KM = 6371.0
MAX_LATITUDE = 85.0  # Web Mercator stops here
#: Paths are drawn in tenths of a viewBox unit; the outline drops points closer than this.
STEP = 5  # half a unit: about 2 km at the scale of the map


@functools.cache
def land_rings():
    """Each ring of the land outline: ((lon, lat), ...) with its bounding box, read once."""
    document = json.loads(DATA.read_text())
    scale = document["scale"]
    rings = []
    for encoded in document["rings"]:
        points, lon, lat = [], 0, 0
        for index in range(0, len(encoded), 2):
            lon, lat = lon + encoded[index], lat + encoded[index + 1]
            points.append((lon / scale, lat / scale))
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        rings.append((tuple(points), (min(lons), min(lats), max(lons), max(lats))))
    return rings


def _mercator_y(latitude):
    latitude = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))


def _latitude_of(y):
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


@dataclass(frozen=True)
class MapWindow:
    """The part of the Mercator world a city's map shows, centred on (`longitude`, `latitude`)."""

    longitude: float
    latitude: float

    @property
    def units_per_radian(self):
        """viewBox units per radian of longitude: the window spans GROUND_WIDTH_KM at the
        centre's latitude, where a radian of longitude is R cos(latitude) long."""
        centre = max(-MAX_LATITUDE, min(MAX_LATITUDE, self.latitude))
        span = GROUND_WIDTH_KM / (EARTH_RADIUS_KM * math.cos(math.radians(centre)))
        return WIDTH / span

    def project(self, longitude, latitude, wrap=True):
        """(x, y) in the viewBox: x grows eastwards, y southwards, the centre at the middle.

        With `wrap`, a point is placed the short way round the globe from the centre; the land
        outline is not wrapped point by point (a ring would be torn apart) but shifted whole.
        """
        offset = longitude - self.longitude
        if wrap:
            offset = (offset + 180) % 360 - 180
        scale = self.units_per_radian
        x = WIDTH / 2 + math.radians(offset) * scale
        y = HEIGHT / 2 - (_mercator_y(latitude) - _mercator_y(self.latitude)) * scale
        return x, y

    def bounds(self, margin=0.0):
        """(west, south, east, north) in degrees, `margin` viewBox units beyond each edge;
        west and east are relative to nothing, so east may pass 180 and west -180."""
        scale = self.units_per_radian
        half_width = math.degrees((WIDTH / 2 + margin) / scale)
        centre_y = _mercator_y(self.latitude)
        south = _latitude_of(centre_y - (HEIGHT / 2 + margin) / scale)
        north = _latitude_of(centre_y + (HEIGHT / 2 + margin) / scale)
        return self.longitude - half_width, south, self.longitude + half_width, north

    def shows(self, x, y):
        return 0 <= x <= WIDTH and 0 <= y <= HEIGHT


def _clip(points, low_x, low_y, high_x, high_y):
    """Sutherland-Hodgman: the polygon `points` cut to a rectangle (edges along it stay)."""
    edges = (
        (lambda p: p[0] >= low_x, lambda a, b: _cross_x(a, b, low_x)),
        (lambda p: p[0] <= high_x, lambda a, b: _cross_x(a, b, high_x)),
        (lambda p: p[1] >= low_y, lambda a, b: _cross_y(a, b, low_y)),
        (lambda p: p[1] <= high_y, lambda a, b: _cross_y(a, b, high_y)),
    )
    for inside, crossing in edges:
        if not points:
            break
        kept, previous = [], points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(crossing(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(crossing(previous, point))
            previous = point
        points = kept
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def _tenths(value):
    """A tenth-unit integer as SVG number text: 12 -> "1.2", -5 -> "-.5", 30 -> "3"."""
    whole, tenth = divmod(abs(value), 10)
    sign = "-" if value < 0 else ""
    if not tenth:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def _ring_path(points):
    """One closed subpath in relative coordinates (tenths of a unit), or "" when too small."""
    cells = []
    for x, y in points:
        cell = (round(x * 10), round(y * 10))
        if not cells or max(abs(cell[0] - cells[-1][0]), abs(cell[1] - cells[-1][1])) >= STEP:
            cells.append(cell)
    if len(cells) < 3:
        return ""
    parts = [f"M{_tenths(cells[0][0])} {_tenths(cells[0][1])}"]
    moves = []
    for previous, cell in zip(cells, cells[1:], strict=False):
        moves.append(f"{_tenths(cell[0] - previous[0])} {_tenths(cell[1] - previous[1])}")
    parts.append("l" + " ".join(moves))
    return "".join(parts).replace(" -", "-") + "z"


def _compute_land_path(window):
    west, south, east, north = window.bounds(margin=4)
    margin = 2  # clip just outside the box, so no coast is drawn along its edge
    subpaths = []
    for points, (ring_west, ring_south, ring_east, ring_north) in land_rings():
        if ring_north < south or ring_south > north:
            continue
        # A window near the antimeridian also meets rings drawn on the other side of it.
        for shift in (0, -360, 360):
            if ring_east + shift < west or ring_west + shift > east:
                continue
            projected = [window.project(lon + shift, lat, wrap=False) for lon, lat in points]
            clipped = _clip(projected, -margin, -margin, WIDTH + margin, HEIGHT + margin)
            if len(clipped) >= 3:
                subpaths.append(_ring_path(clipped))
    return "".join(subpaths)


def land_path(window):
    """The SVG path data of the land in `window`, computed once per centre and then cached."""
    key = f"cities:land-path:{DATA.stat().st_size}:{window.longitude:.4f}:{window.latitude:.4f}"
    return cache.get_or_set(key, lambda: _compute_land_path(window), timeout=None)


@dataclass(frozen=True)
class CityMap:
    """What the template draws: the land, the city's marker and the other members' dots."""

    width: int
    height: int
    land: str
    marker: tuple
    members: list = field(default_factory=list)


def city_map(latitude, longitude, others=()):
    """The map of a city at (`latitude`, `longitude`), with the dots of `others` (pairs of
    latitude and longitude) that fall inside it; None without coordinates."""
    if latitude is None or longitude is None:
        return None
    window = MapWindow(longitude=float(longitude), latitude=float(latitude))
    members = []
    for other_latitude, other_longitude in others:
        x, y = window.project(float(other_longitude), float(other_latitude))
        if window.shows(x, y):
            members.append((round(x, 1), round(y, 1)))
    x, y = window.project(window.longitude, window.latitude)
    return CityMap(WIDTH, HEIGHT, land_path(window), (round(x, 1), round(y, 1)), members)
