"""Editors translate through a PO file: download it from the admin, translate it, upload it.

Each test drives wagtail-localize's admin views as a superuser would: submit for translation,
download the PO file, upload it translated, publish, then read the French page.
"""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from icc_site.localize import publish_translation
from practices.factories import PracticeIndexPageFactory, PracticePageFactory, TopicFactory
from tests.helpers import soup_of, updated

pytestmark = pytest.mark.django_db

STATEMENT = "A city of many origins by the river."
FRENCH_STATEMENT = "Une ville aux origines multiples, au bord du fleuve."


@pytest.fixture
def admin_client(client, django_user_model):
    superuser = django_user_model.objects.create_superuser(
        "translator", "translator@example.org", "not-a-real-password"
    )
    client.force_login(superuser)
    return client


@pytest.fixture
def lisbon(lisbon):
    """Lisbon, with a statement to translate."""
    return updated(lisbon, statement=f"<p>{STATEMENT}</p>")


def translation_into(instance, locale):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def download_po(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def translate_po(po, french):
    """Fill the PO file as a translator would, from source text to French; return it as bytes."""
    for entry in po:
        entry.msgstr = french.get(entry.msgid, "")
    return str(po).encode()


def upload_po(client, translation, content):
    next_url = "/admin/"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": SimpleUploadedFile("translated.po", content), "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == next_url


def test_editor_translates_a_city_profile_through_a_po_file(
    admin_client, lisbon, french_home, locales, django_capture_on_commit_callbacks
):
    french = locales["fr"]
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[lisbon.id]),
        {"locales": [french.id]},
    )
    assert response.status_code == 302
    translation = translation_into(lisbon, french)

    po = download_po(admin_client, translation)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    assert {entry.msgid for entry in po} >= {"Lisbon", STATEMENT}
    upload_po(
        admin_client,
        translation,
        translate_po(
            po,
            {
                "Lisbon": "Lisbonne",
                "lisbon": "lisbonne",
                "Portugal": "Portugal",
                STATEMENT: FRENCH_STATEMENT,
            },
        ),
    )

    french_lisbon = lisbon.get_translation(french)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[french_lisbon.id]), {"action": "publish"}
        )
    assert response.status_code == 302

    response = admin_client.get("/fr/cities/lisbonne/")
    assert response.status_code == 200
    soup = soup_of(response, status=None)
    assert soup.h1.get_text(strip=True) == "Lisbonne"
    assert FRENCH_STATEMENT in soup.get_text()
    assert STATEMENT not in soup.get_text()
    # The English page is untouched.
    english = soup_of(admin_client.get("/en/cities/lisbon/"), status=None)
    assert english.h1.get_text(strip=True) == "Lisbon"


def test_upload_of_a_po_file_made_for_another_translation_changes_nothing(
    admin_client, lisbon, french_home, locales
):
    french = locales["fr"]
    for locale in (french, locales["es"]):
        admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lisbon.id]),
            {"locales": [locale.id]},
        )
    spanish_po = download_po(admin_client, translation_into(lisbon, locales["es"]))
    upload_po(
        admin_client,
        translation_into(lisbon, french),
        translate_po(spanish_po, {"Lisbon": "Lisboa"}),
    )
    assert translation_into(lisbon, french).get_progress() == (4, 0)


def test_french_topic_name_from_a_po_file_shows_on_the_french_practice(
    admin_client, home_page, lisbon, french_home, locales
):
    french = locales["fr"]
    housing = TopicFactory(name="Housing", slug="housing")
    index = PracticeIndexPageFactory(parent=home_page)
    practice = PracticePageFactory(
        parent=index, title="Marvila", slug="marvila", city=lisbon, topics=[housing]
    )
    publish_translation(index, french, {"Good practices": "Bonnes pratiques"})
    publish_translation(practice, french, {})

    response = admin_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation", args=["practices", "topic", housing.pk]
        ),
        {"locales": [french.id]},
    )
    assert response.status_code == 302
    translation = translation_into(housing, french)
    po = download_po(admin_client, translation)
    assert [entry.msgid for entry in po] == ["Housing"]
    upload_po(admin_client, translation, translate_po(po, {"Housing": "Logement"}))
    french_housing = housing.get_translation(french)
    response = admin_client.post(
        reverse("wagtailsnippets_practices_topic:edit", args=[french_housing.pk]),
        {"action": "publish"},
    )
    assert response.status_code == 302

    french_housing.refresh_from_db()
    assert (french_housing.name, french_housing.slug) == ("Logement", "housing")
    soup = soup_of(admin_client.get("/fr/practices/marvila/"), status=None)
    tags = [tag.get_text(strip=True) for tag in soup.select("a.tag")]
    assert tags == ["Logement"]
    english = soup_of(admin_client.get("/en/practices/marvila/"), status=None)
    assert [tag.get_text(strip=True) for tag in english.select("a.tag")] == ["Housing"]
