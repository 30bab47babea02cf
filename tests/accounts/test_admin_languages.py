"""The admin's own language is chosen among the site's languages, the ones our screens exist in."""

import pytest
from django.conf import settings

from tests.helpers import soup_of

pytestmark = pytest.mark.django_db


def test_the_preferred_language_list_offers_the_sites_languages_only(client, editor):
    client.force_login(editor)
    soup = soup_of(client.get("/admin/account/"))
    select = soup.select_one("select[name$='preferred_language']")
    offered = {option["value"] for option in select.select("option") if option["value"]}
    assert offered == {code for code, _name in settings.LANGUAGES}
