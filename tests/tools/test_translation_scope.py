"""wagtail-localize's translation screens refuse another city's tool to a coordinator."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from icc_site.localize import publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def lisbon_french(lisbon_customisation, locales):
    publish_translation(lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Bienvenue."})
    return Translation.objects.get(
        source__object_id=lisbon_customisation.translation_key, target_locale=locales["fr"]
    )


def translation_urls(translation):
    segment = StringSegment.objects.filter(source=translation.source).first()
    return {
        "edit_string": reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        ),
        "download": reverse("wagtail_localize:download_pofile", args=[translation.pk]),
        "upload": reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        "stop": reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        "update": reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
    }


def test_another_city_coordinator_cannot_touch_lisbon_translations(
    client, coordinator_of, rijeka_customisation, lisbon_french
):
    client.force_login(coordinator_of(rijeka_customisation.city))
    urls = translation_urls(lisbon_french)

    # A 404 under /admin/ is sent on to /en/admin/... first (LocaleMiddleware), then 404s.
    assert client.get(urls["download"], follow=True).status_code == 404
    for name in ("edit_string", "upload", "stop", "update"):
        response = client.post(urls[name], {"value": "Piraté"}, follow=True)
        assert response.status_code in (403, 404), name

    lisbon_french.refresh_from_db()
    assert lisbon_french.enabled
    assert not StringTranslation.objects.filter(data="Piraté").exists()


def test_lisbon_coordinator_still_reaches_lisbon_translations(
    client, coordinator_of, lisbon, lisbon_french
):
    client.force_login(coordinator_of(lisbon))

    response = client.get(translation_urls(lisbon_french)["download"])

    assert response.status_code == 200
    assert "Bienvenue." in response.content.decode()
