"""A campaign's results table: a figure not measured reads as a dash, not "– %"."""

import pytest

from antirumours.factories import CampaignFactory
from tests.antirumours.conftest import EMBED
from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_a_missing_figure_shows_a_dash_without_its_unit(client, bilbao, bilbao_customisation):
    CampaignFactory(
        city=bilbao,
        indicators=[
            ("indicator", {"name": "Residents who believe it", "unit": "%", "before": 62}),
        ],
    )

    page = soup_of(client.get(EMBED + "campaigns/"))

    before, after = (cell.get_text(" ", strip=True) for cell in page.select("tbody td.ar-num"))
    assert before == "62 %"
    assert after.startswith("–") and "%" not in after
    assert "not measured" in after
