"""A project's area as GeoJSON, in plain Python (no GDAL): validation and point-in-polygon.

The area is stored as a GeoJSON geometry (RFC 7946): a `Polygon` or a `MultiPolygon`, positions
in [longitude, latitude] order, each ring closed. Editors may paste a Feature or a
FeatureCollection (what drawing tools such as geojson.io export); `normalise_area()` keeps its
geometry. Neighbourhoods are small, so planar ray casting on degrees is accurate enough.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

__all__ = [
    "area_bounds",
    "area_centre",
    "normalise_area",
    "point_in_area",
    "validate_area",
    "valid_point",
]


def valid_point(longitude, latitude):
    """Whether a position is on Earth: longitude in [-180, 180], latitude in [-90, 90]."""
    try:
        return -180 <= float(longitude) <= 180 and -90 <= float(latitude) <= 90
    except (TypeError, ValueError):
        return False


def _polygons(geometry):
    """The polygons (lists of rings) of a Polygon or MultiPolygon geometry."""
    if not isinstance(geometry, dict):
        return []
    if geometry.get("type") == "Polygon":
        return [geometry.get("coordinates") or []]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry.get("coordinates") or [])
    return []


def normalise_area(value):
    """The Polygon or MultiPolygon geometry of `value` (a geometry, Feature or
    FeatureCollection with one feature); raises ValidationError otherwise."""
    if isinstance(value, dict) and value.get("type") == "FeatureCollection":
        features = value.get("features") or []
        if len(features) != 1:
            raise ValidationError(_("Give exactly one area (one feature)."), code="area_count")
        value = features[0]
    if isinstance(value, dict) and value.get("type") == "Feature":
        value = value.get("geometry")
    validate_area(value)
    return {"type": value["type"], "coordinates": value["coordinates"]}


def _check_ring(ring):
    if not isinstance(ring, list) or len(ring) < 4:
        raise ValidationError(
            _("Each outline needs at least three corners, and must end where it starts."),
            code="area_ring",
        )
    for position in ring:
        if (
            not isinstance(position, list | tuple)
            or len(position) < 2
            or not all(isinstance(number, int | float) for number in position[:2])
            or not valid_point(position[0], position[1])
        ):
            raise ValidationError(
                _("Positions must be [longitude, latitude] numbers on Earth."), code="area_point"
            )
    if list(ring[0][:2]) != list(ring[-1][:2]):
        raise ValidationError(
            _("Each outline must end at the point where it starts."), code="area_open"
        )


def validate_area(value):
    """Raise ValidationError unless `value` is a GeoJSON Polygon or MultiPolygon geometry."""
    if not isinstance(value, dict) or value.get("type") not in ("Polygon", "MultiPolygon"):
        raise ValidationError(
            _("The area must be a GeoJSON Polygon or MultiPolygon."), code="area_type"
        )
    polygons = _polygons(value)
    if not polygons or not isinstance(value.get("coordinates"), list):
        raise ValidationError(_("The area has no outline."), code="area_empty")
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise ValidationError(_("The area has no outline."), code="area_empty")
        for ring in polygon:
            _check_ring(ring)


def _in_ring(x, y, ring):
    """Ray casting: does a horizontal ray from (x, y) cross the ring an odd number of times?"""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y):
            crossing = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < crossing:
                inside = not inside
        j = i
    return inside


def _on_edge(x, y, ring, tolerance=1e-12):
    """Points on the outline count as inside: a resident clicking the boundary is not wrong."""
    for (x1, y1, *_a), (x2, y2, *_b) in zip(ring, ring[1:], strict=False):
        cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1)
        if abs(cross) <= tolerance and min(x1, x2) <= x <= max(x1, x2):
            if min(y1, y2) <= y <= max(y1, y2):
                return True
    return False


def point_in_area(area, longitude, latitude):
    """Whether the point lies inside the area (on its outline counts, inside a hole does not).

    An empty area (a project without an outline yet) accepts every point on Earth.
    """
    if not valid_point(longitude, latitude):
        return False
    if not area:
        return True
    x, y = float(longitude), float(latitude)
    for polygon in _polygons(area):
        if not polygon:
            continue
        outer, holes = polygon[0], polygon[1:]
        if _on_edge(x, y, outer):
            return True
        if _in_ring(x, y, outer) and not any(
            _in_ring(x, y, hole) and not _on_edge(x, y, hole) for hole in holes
        ):
            return True
    return False


def area_bounds(area):
    """((south, west), (north, east)) of the area's outer rings, or None without an area."""
    positions = [position for polygon in _polygons(area) if polygon for position in polygon[0]]
    if not positions:
        return None
    longitudes = [position[0] for position in positions]
    latitudes = [position[1] for position in positions]
    return (min(latitudes), min(longitudes)), (max(latitudes), max(longitudes))


def area_centre(area):
    """(latitude, longitude) of the middle of the area's bounds, or None."""
    bounds = area_bounds(area)
    if bounds is None:
        return None
    (south, west), (north, east) = bounds
    return (south + north) / 2, (west + east) / 2
