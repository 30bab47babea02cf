"""Which suites take the front-end measurements: the walks that run in every suite check axe-core
only in `make test`, as the Makefile's `-m` selections say."""

import re
from pathlib import Path

import pytest

from tests.browser.conftest import takes_frontend_measurements

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


def test_make_test_takes_them_and_the_other_databases_do_not():
    selection = re.search(r'^NOT_FRONTEND := -m "(.+)"$', MAKEFILE.read_text(), re.M).group(1)
    assert takes_frontend_measurements("") is True  # make test: no -m
    assert takes_frontend_measurements(selection) is False  # test-postgres, test-redis


@pytest.mark.parametrize(
    "selection, taken",
    [
        ("frontend", True),
        ("browser", True),
        ("browser and not frontend", False),
        ("not browser", False),
    ],
)
def test_any_selection_is_read_as_pytest_reads_it(selection, taken):
    assert takes_frontend_measurements(selection) is taken
