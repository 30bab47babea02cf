"""A campaign's results table: a figure not measured reads as a dash, not "– %"; a percentage
reads as English writes one, "62%"; another unit stays with its figure."""

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
            ("indicator", {"name": "Agents trained", "unit": "people", "before": 40, "after": 55}),
        ],
    )

    page = soup_of(client.get(EMBED + "campaigns/"))

    cells = [cell.get_text(" ", strip=True) for cell in page.select("tbody td.ar-num")]
    before, after, trained, _ = cells
    assert before == "62%"
    assert trained == "40\u00a0people"
    assert after.startswith("–") and "%" not in after
    assert "not measured" in after


@pytest.mark.parametrize(
    ("language", "written"), [("en", "41%"), ("fr", "41\u00a0%"), ("tr", "%41")]
)
def test_a_percentage_is_written_as_its_language_writes_one(language, written):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(language):
        html = render_to_string("antirumours/includes/figure.html", {"value": 41, "unit": "%"})

    assert html.strip() == written
