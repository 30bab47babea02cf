"""Query budgets: every public screen within 15 queries, not growing with the number of items."""

import pytest
from django.test import Client

from antirumours.factories import (
    CampaignFactory,
    NetworkOrganisationFactory,
    RumourFactory,
    RumourReportFactory,
    TrainingSessionFactory,
)
from antirumours.models import RumourReport
from tests.antirumours.conftest import EMBED
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db

BUDGET = 15
SCREENS = [
    "",
    "report/",
    "diagnosis/",
    "checker/",
    "checker/jobs/",
    "rumours/jobs/",
    "rumours/jobs/card/",
    "network/",
    "campaigns/",
    "course/",
    "course/quiz/",
    "verify/?code=ABCD-EFGH-JKMN",
]


def add_items(city, count, offset):
    for n in range(count):
        rumour = RumourFactory(city=city, slug=f"more-{offset + n}")
        RumourReportFactory(city=city, rumour=rumour, status=RumourReport.APPROVED)
        NetworkOrganisationFactory(city=city)
        TrainingSessionFactory(city=city)
        CampaignFactory(city=city)


@pytest.mark.parametrize("mode", ["embed", "tools"])
def test_every_screen_stays_within_budget_and_does_not_grow(bilbao, jobs_rumour, mode):
    base = EMBED.replace("/embed/", f"/{mode}/")
    add_items(bilbao, 1, 0)
    few = {screen: queries_for(Client(), base + screen, warm=True) for screen in SCREENS}
    add_items(bilbao, 6, 10)
    many = {screen: queries_for(Client(), base + screen, warm=True) for screen in SCREENS}

    assert all(count <= BUDGET for count in many.values()), many
    assert many == few
