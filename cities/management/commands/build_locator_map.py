"""Turn Natural Earth's land polygons into the compact outline the city profiles' maps draw.

Natural Earth (naturalearthdata.com) is in the public domain. The source is a file given on the
command line, never fetched: either Natural Earth's own GeoJSON (`ne_50m_land.geojson`, from
its vector repository) or the TopoJSON of the npm package `world-atlas` (`land-50m.json`, the
same data). The command simplifies each ring (Douglas-Peucker, `--tolerance` degrees), rounds
it to hundredths of a degree, drops what would be smaller than a dot on a regional map, and
writes `cities/data/land.json`. Commit what it writes:

    python manage.py build_locator_map path/to/land-50m.json
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

DATA = Path(__file__).resolve().parents[2] / "data" / "land.json"
#: Hundredths of a degree (about 1 km): finer than a pixel of a map 1,800 km wide.
SCALE = 100


def topojson_rings(topology):
    """Every ring of every polygon of a TopoJSON topology, as lists of (lon, lat)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points, x, y = [], 0, 0
        for point in arc:
            if transform:  # quantized: positions are deltas, in grid units
                x, y = x + point[0], y + point[1]
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((point[0], point[1]))
        arcs.append(points)

    def ring_of(indexes):
        ring = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            ring.extend(arc if not ring else arc[1:])
        return ring

    def polygons(geometry):
        if geometry["type"] == "GeometryCollection":
            for child in geometry["geometries"]:
                yield from polygons(child)
        elif geometry["type"] == "Polygon":
            yield geometry["arcs"]
        elif geometry["type"] == "MultiPolygon":
            yield from geometry["arcs"]

    for geometry in topology["objects"].values():
        for polygon in polygons(geometry):
            for indexes in polygon:
                yield ring_of(indexes)


def geojson_rings(collection):
    """Every ring of every (multi)polygon of a GeoJSON feature collection."""
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]]
            if geometry["type"] == "Polygon"
            else geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else []
        )
        for polygon in polygons:
            for ring in polygon:
                yield [(point[0], point[1]) for point in ring]


def _distance_to_segment(point, start, end):
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def simplified(points, tolerance):
    """Douglas-Peucker: the points that keep the line within `tolerance` of the original."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            gap = _distance_to_segment(points[index], points[first], points[last])
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def unwrapped(ring):
    """The ring with no jump across the antimeridian: a point more than 180 degrees of
    longitude from the one before it is moved by 360, so Chukotka follows Siberia at 190 E."""
    points, shift = [ring[0]], 0
    for (previous, _), (lon, lat) in zip(ring, ring[1:], strict=False):
        if lon - previous > 180:
            shift -= 360
        elif previous - lon > 180:
            shift += 360
        points.append((lon + shift, lat))
    return points


def compact_ring(ring, tolerance, smallest):
    """The ring simplified and in whole hundredths of a degree, delta-encoded; None when the
    ring is smaller than `smallest` degrees across (an islet no regional map can show)."""
    ring = unwrapped(ring)
    lons = [lon for lon, _lat in ring]
    lats = [lat for _lon, lat in ring]
    if max(max(lons) - min(lons), max(lats) - min(lats)) < smallest:
        return None
    # A closed ring's first and last points coincide: simplify it as two open halves, so
    # Douglas-Peucker has a segment to measure from.
    middle = len(ring) // 2
    points = simplified(ring[: middle + 1], tolerance)[:-1] + simplified(ring[middle:], tolerance)
    grid = []
    for lon, lat in points:
        cell = (round(lon * SCALE), round(lat * SCALE))
        if not grid or grid[-1] != cell:
            grid.append(cell)
    if len(grid) < 4:
        return None
    encoded, previous = [], (0, 0)
    for cell in grid:
        encoded += [cell[0] - previous[0], cell[1] - previous[1]]
        previous = cell
    return encoded


class Command(BaseCommand):
    help = "Write cities/data/land.json, the outline of the land the city maps draw."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Natural Earth land: GeoJSON, or world-atlas TopoJSON")
        parser.add_argument("--tolerance", type=float, default=0.03, help="degrees")
        parser.add_argument("--smallest", type=float, default=0.1, help="degrees across")

    def handle(self, source, tolerance, smallest, **options):
        data = json.loads(Path(source).read_text())
        rings = topojson_rings(data) if data["type"] == "Topology" else geojson_rings(data)
        compact = [ring for ring in (compact_ring(r, tolerance, smallest) for r in rings) if ring]
        document = {
            "source": "Natural Earth 1:50m land polygons (public domain), " + Path(source).name,
            "scale": SCALE,
            "encoding": "each ring: lon, lat in 1/scale degree, each point a delta from the last",
            "rings": compact,
        }
        DATA.write_text(json.dumps(document, separators=(",", ":")) + "\n")
        points = sum(len(ring) // 2 for ring in compact)
        self.stdout.write(f"{len(compact)} rings, {points} points, {DATA.stat().st_size} bytes.")
