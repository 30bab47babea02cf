"""The page-move screens, which the leak walker's city-name markers found naming another city:
a coordinator must neither move another city's page nor see its move confirmed."""

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


def test_the_move_confirmation_of_another_citys_page_is_refused(
    coordinator_of, editor, lisbon, rijeka, city_index
):
    """Wagtail checks the move's permission only when it is sent: its confirmation screen named
    any page, and its destination, to anyone signed in to the admin."""
    confirmation = f"/admin/pages/{rijeka.pk}/move/{city_index.pk}/confirm/"

    refused = signed_in(coordinator_of(lisbon)).get(confirmation, follow=True)
    allowed = signed_in(editor).get(confirmation)

    assert refused.redirect_chain == [("/admin/", 302)]
    assert "do not have permission" in refused.content.decode()
    assert "Rijeka" not in refused.content.decode()
    assert allowed.status_code == 200
    assert "Rijeka" in allowed.content.decode()
