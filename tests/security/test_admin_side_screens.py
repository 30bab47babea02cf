"""The page-move screen, which the leak walker's city-name markers found naming another city:
it names the public page tree, but a coordinator must not move another city's page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_coordinator_cannot_move_another_citys_page(coordinator_of, lisbon, rijeka, city_index):
    client = signed_in(coordinator_of(lisbon))

    screen = client.get(f"/admin/pages/{rijeka.pk}/move/")
    confirm = client.post(f"/admin/pages/{rijeka.pk}/move/{lisbon.pk}/confirm/")

    assert screen.status_code != 200 or "Rijeka" not in screen.content.decode()
    rijeka.refresh_from_db()
    assert rijeka.get_parent().pk == city_index.pk, confirm.status_code
