"""Fixtures for the city profiles: a city index under the English home page."""

import pytest

from cities.factories import CityPageFactory


@pytest.fixture
def make_cities(city_index):
    """Create `count` live cities under the index, spread over a few countries."""

    made = []

    def make(count, countries=("Portugal", "Norway", "Italy")):
        start = len(made)
        made.extend(
            CityPageFactory(
                parent=city_index,
                title=f"Town {number:02d}",
                country=countries[number % len(countries)],
            )
            for number in range(start, start + count)
        )
        return made[start:]

    return make
