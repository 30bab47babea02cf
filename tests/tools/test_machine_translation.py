"""Machine translation for editors and coordinators, through wagtail-localize's real DeepL and
LibreTranslate clients talking to a local server that speaks each service's API."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail_localize.models import StringTranslation

from icc_site.settings.machine_translation import machine_translator_from_environment
from tests.tools.test_permissions import lisbon_coordinator  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

DEEPL_KEY = "test-key:fx"


class FakeService(BaseHTTPRequestHandler):
    """Answers like DeepL (POST /v2/translate, form-encoded) or LibreTranslate (POST /translate,
    JSON): each text comes back as "[XX] text", XX being the target language."""

    calls = None  # set per server

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if self.path == "/v2/translate":
            if self.headers.get("Authorization") != f"DeepL-Auth-Key {DEEPL_KEY}":
                return self._answer(403, {"message": "Wrong key"})
            fields = parse_qs(body)
            target = fields["target_lang"][0]
            texts = fields["text"]
            self.calls.append(("deepl", target, texts))
            payload = {
                "translations": [
                    {"detected_source_language": "EN", "text": f"[{target}] {text}"}
                    for text in texts
                ]
            }
            return self._answer(200, payload)
        if self.path == "/translate":
            fields = json.loads(body)
            target = fields["target"].upper()
            self.calls.append(("libretranslate", target, fields["q"]))
            return self._answer(200, {"translatedText": [f"[{target}] {q}" for q in fields["q"]]})
        return self._answer(404, {})

    def _answer(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def fake_service():
    """A local translation service for one test: started here, stopped at the end."""
    calls = []
    handler = type("Handler", (FakeService,), {"calls": calls})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", calls
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def deepl(fake_service, settings):
    url, calls = fake_service
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"DEEPL_API_KEY": DEEPL_KEY, "DEEPL_API_URL": url}
    )
    return calls


@pytest.fixture
def libretranslate(fake_service, settings):
    url, calls = fake_service
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"LIBRETRANSLATE_URL": url + "/"}
    )
    return calls


@pytest.fixture(autouse=True)
def rescan_bulk_actions():
    """The throwaway tool is registered after start-up: let Wagtail scan the actions again."""
    bulk_action_registry.has_scanned_for_bulk_actions = False
    bulk_action_registry.actions = {}
    yield
    bulk_action_registry.has_scanned_for_bulk_actions = False
    bulk_action_registry.actions = {}


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def bulk_url(app_label, model_name, *objects):
    url = reverse("wagtail_bulk_action", args=(app_label, model_name, "machine_translate"))
    return url + "?" + urlencode([("id", obj.pk) for obj in objects] + [("next", "/admin/")])


def tool_bulk_url(*customisations):
    meta = type(customisations[0])._meta
    return bulk_url(meta.app_label, meta.model_name, *customisations)


def test_settings_choose_the_service_from_one_variable():
    assert machine_translator_from_environment({}) is None
    deepl = machine_translator_from_environment({"DEEPL_API_KEY": "k"})
    assert deepl["CLASS"] == "icc_site.translators.DeepLTranslator"
    assert deepl["OPTIONS"]["AUTH_KEY"] == "k"
    libre = machine_translator_from_environment({"LIBRETRANSLATE_URL": "http://mt.local/"})
    assert libre["CLASS"].endswith("libretranslate.LibreTranslator")
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.local"
    google = machine_translator_from_environment({"GOOGLE_APPLICATION_CREDENTIALS": "/no/key"})
    assert google["CLASS"].endswith("google.GoogleCloudTranslator")


def test_deepl_translates_a_tool_customisation_into_a_draft_and_publishes_nothing(
    admin_client, deepl, lisbon_tool, locales
):
    response = admin_client.post(tool_bulk_url(lisbon_tool), {"locales": [locales["fr"].pk]})

    assert response.status_code == 302
    assert deepl and deepl[0][1] == "FR"
    french = lisbon_tool.get_translation(locales["fr"])
    assert not french.live and french.live_revision is None
    draft = french.get_latest_revision_as_object()
    assert "[FR] Welcome to the tool." in draft.intro
    texts = StringTranslation.objects.filter(locale=locales["fr"])
    assert texts.exists()
    assert set(texts.values_list("translation_type", flat=True)) == {"machine"}
    # Residents never see the machine's text: the French draft is not served.
    page = admin_client.get("/fr/embed/throwaway/lisbon/", follow=True)
    assert "[FR]" not in page.content.decode()


def test_libretranslate_translates_a_page_into_a_draft(
    admin_client, libretranslate, lisbon, locales
):
    url = bulk_url("wagtailcore", "page", lisbon)

    response = admin_client.post(url, {"locales": [locales["fr"].pk]})

    assert response.status_code == 302
    assert libretranslate and libretranslate[0][1] == "FR"
    french = lisbon.get_translation(locales["fr"])
    assert not french.live
    assert french.get_latest_revision_as_object().title == "[FR] Lisbon"
    assert StringTranslation.objects.filter(
        locale=locales["fr"], translation_type="machine"
    ).exists()


def test_a_person_translation_is_kept_and_a_live_version_stays_as_it_was(
    admin_client, deepl, lisbon_tool, locales
):
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon_tool, locales["fr"], {"Welcome to the tool.": "Salut."})
    lisbon_tool.intro = "<p>Welcome to the tool.</p><p>New paragraph.</p>"
    lisbon_tool.save_revision().publish()

    admin_client.post(tool_bulk_url(lisbon_tool), {"locales": [locales["fr"].pk]})

    french.refresh_from_db()
    assert french.live and "Salut." in french.intro and "New paragraph" not in french.intro
    draft = french.get_latest_revision_as_object()
    assert "Salut." in draft.intro and "[FR] New paragraph." in draft.intro
    sent = [text for _service, _target, texts in deepl for text in texts]
    assert "Welcome to the tool." not in sent


def test_coordinator_of_another_city_translates_and_sees_nothing_of_lisbon(
    client, deepl, coordinator_of, rijeka, lisbon_tool, locales
):
    client.force_login(coordinator_of(rijeka))
    url = tool_bulk_url(lisbon_tool)

    page = client.get(url)
    response = client.post(url, {"locales": [locales["fr"].pk]})

    assert "Lisbon" not in BeautifulSoup(page.content, "html.parser").get_text()
    assert response.status_code in (200, 302, 403, 404)
    assert lisbon_tool.get_translation_or_none(locales["fr"]) is None
    assert deepl == []


def test_coordinator_translates_their_own_city_tool(
    client,
    deepl,
    lisbon_coordinator,  # noqa: F811 (the fixture imported above)
    lisbon_tool,
    locales,  # noqa: F811
):
    client.force_login(lisbon_coordinator)

    response = client.post(tool_bulk_url(lisbon_tool), {"locales": [locales["fr"].pk]})

    assert response.status_code == 302
    french = lisbon_tool.get_translation(locales["fr"])
    assert not french.live


def test_without_a_service_the_action_says_so(admin_client, settings, lisbon_tool, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

    response = admin_client.post(tool_bulk_url(lisbon_tool), {"locales": [locales["fr"].pk]})

    assert response.status_code == 200
    assert "No machine translation service" in response.content.decode()
    assert lisbon_tool.get_translation_or_none(locales["fr"]) is None


def test_a_published_page_translation_keeps_its_published_text(
    admin_client, libretranslate, lisbon, locales
):
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})
    lisbon.title = "Lisbon city"
    lisbon.save_revision().publish()

    admin_client.post(bulk_url("wagtailcore", "page", lisbon), {"locales": [locales["fr"].pk]})

    french.refresh_from_db()
    assert french.live and french.title == "Lisbonne"
    assert french.has_unpublished_changes
    assert french.get_latest_revision_as_object().title == "[FR] Lisbon city"
