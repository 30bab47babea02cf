"""The demo loads two strategies with their cards, network, campaign and evaluations, once."""

import pytest
from django.test import Client

from antirumours import demo
from antirumours.badges import has_recognition
from antirumours.models import (
    AntiRumourStrategy,
    Campaign,
    Evaluation,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)

pytestmark = pytest.mark.django_db


def rows_of_each_model():
    """How many rows each of the toolkit's models holds."""
    models = (
        AntiRumourStrategy,
        Rumour,
        NetworkOrganisation,
        TrainingSession,
        Campaign,
        Evaluation,
        RumourReport,
    )
    return [model.objects.count() for model in models]


def test_demo_is_idempotent_and_bilingual(home_page, locales, bilbao, montreal):
    demo.load(home_page, locales)
    counts = rows_of_each_model()
    demo.load(home_page, locales)
    assert counts == rows_of_each_model()

    assert Rumour.objects.filter(locale=locales["en"], city=bilbao, live=True).count() == 6
    assert Rumour.objects.filter(locale=locales["fr"]).count() == 9
    assert Evaluation.objects.filter(city=bilbao).count() == 3
    assert has_recognition(bilbao) and not has_recognition(montreal)

    french = Client().get("/fr/embed/anti-rumours/bilbao/rumours/jobs/").content.decode()
    assert "Ils nous prennent nos emplois" in french
    assert "Observatoire de l&#x27;emploi de Bilbao" in french
    diagnosis = Client().get("/en/embed/anti-rumours/bilbao/diagnosis/").content.decode()
    assert "They take our jobs" in diagnosis
    assert "free cars" not in diagnosis  # pending reports stay private
    campaigns = Client().get("/fr/embed/anti-rumours/bilbao/campaigns/").content.decode()
    assert "Regardez à nouveau" in campaigns
