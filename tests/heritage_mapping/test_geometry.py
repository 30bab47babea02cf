"""Point-in-polygon and area validation in plain Python."""

import pytest
from django.core.exceptions import ValidationError

from heritage_mapping.geometry import area_bounds, normalise_area, point_in_area

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}
WITH_HOLE = {
    "type": "Polygon",
    "coordinates": [
        [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
        [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
    ],
}
TWO_ISLANDS = {
    "type": "MultiPolygon",
    "coordinates": [
        [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]],
    ],
}


@pytest.mark.parametrize(
    ("area", "longitude", "latitude", "inside"),
    [
        (SQUARE, 5, 5, True),
        (SQUARE, 15, 5, False),
        (SQUARE, 5, -1, False),
        (SQUARE, 10, 5, True),  # on the outline
        (SQUARE, 0, 0, True),  # a corner
        (WITH_HOLE, 5, 5, False),  # in the hole
        (WITH_HOLE, 2, 2, True),
        (TWO_ISLANDS, 0.5, 0.5, True),
        (TWO_ISLANDS, 5.5, 5.5, True),
        (TWO_ISLANDS, 3, 3, False),
        (SQUARE, 200, 5, False),  # not on Earth
    ],
)
def test_point_in_area(area, longitude, latitude, inside):
    assert point_in_area(area, longitude, latitude) is inside


def test_a_concave_outline_excludes_its_notch():
    u_shape = {
        "type": "Polygon",
        "coordinates": [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
    }
    assert point_in_area(u_shape, 1.5, 2) is False
    assert point_in_area(u_shape, 0.5, 2) is True


def test_a_project_without_area_accepts_any_point():
    assert point_in_area({}, -9.13, 38.71) is True


def test_a_feature_collection_from_a_drawing_tool_is_reduced_to_its_geometry():
    drawn = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {}, "geometry": SQUARE}],
    }
    assert normalise_area(drawn) == SQUARE


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "Point", "coordinates": [0, 0]},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]},  # open ring
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 95], [0, 0]]]},
        "not json at all",
    ],
)
def test_invalid_areas_are_refused(bad):
    with pytest.raises(ValidationError):
        normalise_area(bad)


def test_bounds_are_south_west_north_east():
    assert area_bounds(SQUARE) == ((0, 0), (10, 10))
