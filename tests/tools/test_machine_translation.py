"""Machine translation for editors and coordinators, through the real clients (wagtail-localize's
DeepL and LibreTranslate ones, and Google's own library under wagtail-localize's Google
translator) talking to a local server that speaks each service's API."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from icc_site.settings.machine_translation import machine_translator_from_environment
from tests.helpers import soup_of
from tests.tools.test_permissions import lisbon_coordinator  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

DEEPL_KEY = "test-key:fx"


GOOGLE_PROJECT = "icc-test"
GOOGLE_PATH = re.compile(r"^/v3/projects/(?P<project>[^/]+)/locations/global:translateText(\?|$)")


def shout(html):
    """Google's fake translation: the text in capitals, the tags and their ids untouched."""
    return re.sub(r"(^|>)([^<]+)", lambda match: match[1] + match[2].upper(), html)


class FakeService(BaseHTTPRequestHandler):
    """Answers like DeepL (POST /v2/translate, form-encoded), LibreTranslate (POST /translate,
    JSON): each text comes back as "[XX] text", XX being the target language; or like Google
    Cloud Translation v3 over REST (POST /v3/projects/P/locations/global:translateText, JSON,
    a bearer token signed with the service account's key): each text comes back in capitals.
    With `failing` set, every service answers a server error in its own way."""

    calls = None  # set per server
    failing = None  # set per server: a list, non-empty to fail
    google_public_key = None  # set per server: the service account's public key

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if self.failing:
            self.calls.append(("failed", self.path, body))
            return self._answer(500, {"error": {"code": 500, "message": "Backend error"}})
        google = GOOGLE_PATH.match(self.path)
        if google:
            return self._google(google["project"], json.loads(body))
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

    def _google(self, project, fields):
        from google.auth import jwt

        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            jwt.decode(token, certs=self.google_public_key, audience=GOOGLE_AUDIENCE)
        except ValueError:
            return self._answer(401, {"error": {"code": 401, "status": "UNAUTHENTICATED"}})
        target = fields["targetLanguageCode"]
        self.calls.append(("google", target, fields["contents"], project, fields["mimeType"]))
        translations = [{"translatedText": shout(text)} for text in fields["contents"]]
        return self._answer(200, {"translations": translations})

    def _answer(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


GOOGLE_AUDIENCE = "https://translate.googleapis.com/"


@pytest.fixture(scope="module")
def google_key(tmp_path_factory):
    """A service account key file as Google issues them, made for this module's tests (its key
    is real RSA, so the fake server checks the client's signed token): (path, public key)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = tmp_path_factory.mktemp("google") / "key.json"
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": GOOGLE_PROJECT,
                "private_key_id": "test-key",
                "private_key": private,
                "client_email": f"translator@{GOOGLE_PROJECT}.iam.gserviceaccount.com",
                "client_id": "1",
                # Never reached: the client signs its own token for the API (no token request).
                "token_uri": "http://127.0.0.1:9/token",
            }
        )
    )
    return str(path), public


@pytest.fixture
def fake_service(google_key):
    """A local translation service for one test: started here, stopped at the end. Append to
    `failing` to make it answer server errors."""
    calls, failing = [], []
    handler = type(
        "Handler",
        (FakeService,),
        {"calls": calls, "failing": failing, "google_public_key": google_key[1]},
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # Polled every 20 ms for the shutdown below (the default, half a second, was most of a
    # test's wall time).
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", calls, failing
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def deepl(fake_service, settings):
    url, calls, _failing = fake_service
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"DEEPL_API_KEY": DEEPL_KEY, "DEEPL_API_URL": url}
    )
    return calls


@pytest.fixture
def libretranslate(fake_service, settings):
    url, calls, _failing = fake_service
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"LIBRETRANSLATE_URL": url + "/"}
    )
    return calls


@pytest.fixture
def google(fake_service, settings, google_key):
    """Google Cloud Translation configured as in production (the key file's path), but at the
    local server's address."""
    url, calls, _failing = fake_service
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"GOOGLE_APPLICATION_CREDENTIALS": google_key[0], "GOOGLE_TRANSLATE_API_URL": url}
    )
    return calls


SERVICES = {
    "deepl": lambda url, key_path: {"DEEPL_API_KEY": DEEPL_KEY, "DEEPL_API_URL": url},
    "libretranslate": lambda url, key_path: {"LIBRETRANSLATE_URL": url},
    "google": lambda url, key_path: {
        "GOOGLE_APPLICATION_CREDENTIALS": key_path,
        "GOOGLE_TRANSLATE_API_URL": url,
    },
}


@pytest.fixture(params=sorted(SERVICES))
def failing_service(request, fake_service, settings, google_key):
    """Each service in turn, configured and answering nothing but server errors."""
    url, calls, failing = fake_service
    failing.append(True)
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        SERVICES[request.param](url, google_key[0])
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
    assert libre["CLASS"] == "icc_site.translators.LibreTranslator"
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.local"
    google = machine_translator_from_environment({"GOOGLE_APPLICATION_CREDENTIALS": "/no/key"})
    assert google["CLASS"] == "icc_site.translators.google.GoogleCloudTranslator"
    assert google["OPTIONS"]["CREDENTIALS_PATH"] == "/no/key"


def test_google_without_its_client_library_stops_the_site_with_the_fix(monkeypatch):
    from icc_site.settings import machine_translation

    monkeypatch.setattr(machine_translation, "_google_installed", lambda: False)

    with pytest.raises(ImproperlyConfigured, match=r"\.\[google\]"):
        machine_translator_from_environment({"GOOGLE_APPLICATION_CREDENTIALS": "/no/key"})


def test_deepl_translates_a_tool_customisation_into_a_draft_and_publishes_nothing(
    admin_client, deepl, lisbon_customisation, locales
):
    response = admin_client.post(
        tool_bulk_url(lisbon_customisation), {"locales": [locales["fr"].pk]}
    )

    assert response.status_code == 302
    assert deepl and deepl[0][1] == "FR"
    french = lisbon_customisation.get_translation(locales["fr"])
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
    admin_client, deepl, lisbon_customisation, locales
):
    from icc_site.localize import publish_translation

    french = publish_translation(
        lisbon_customisation, locales["fr"], {"Welcome to the tool.": "Salut."}
    )
    lisbon_customisation.intro = "<p>Welcome to the tool.</p><p>New paragraph.</p>"
    lisbon_customisation.save_revision().publish()

    admin_client.post(tool_bulk_url(lisbon_customisation), {"locales": [locales["fr"].pk]})

    french.refresh_from_db()
    assert french.live and "Salut." in french.intro and "New paragraph" not in french.intro
    draft = french.get_latest_revision_as_object()
    assert "Salut." in draft.intro and "[FR] New paragraph." in draft.intro
    sent = [text for _service, _target, texts in deepl for text in texts]
    assert "Welcome to the tool." not in sent


def test_coordinator_of_another_city_translates_and_sees_nothing_of_lisbon(
    client, deepl, coordinator_of, rijeka, lisbon_customisation, locales
):
    client.force_login(coordinator_of(rijeka))
    url = tool_bulk_url(lisbon_customisation)

    page = client.get(url)
    response = client.post(url, {"locales": [locales["fr"].pk]})

    assert "Lisbon" not in soup_of(page, status=None).get_text()
    assert response.status_code in (200, 302, 403, 404)
    assert lisbon_customisation.get_translation_or_none(locales["fr"]) is None
    assert deepl == []


def test_coordinator_translates_their_own_city_tool(
    client,
    deepl,
    lisbon_coordinator,  # noqa: F811 (the fixture imported above)
    lisbon_customisation,
    locales,  # noqa: F811
):
    client.force_login(lisbon_coordinator)

    response = client.post(tool_bulk_url(lisbon_customisation), {"locales": [locales["fr"].pk]})

    assert response.status_code == 302
    french = lisbon_customisation.get_translation(locales["fr"])
    assert not french.live


def test_without_a_service_the_action_says_so(
    admin_client, settings, lisbon_customisation, locales
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

    response = admin_client.post(
        tool_bulk_url(lisbon_customisation), {"locales": [locales["fr"].pk]}
    )

    assert response.status_code == 200
    assert "No machine translation service" in response.content.decode()
    assert lisbon_customisation.get_translation_or_none(locales["fr"]) is None


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


LISBON_STATEMENT = '<p>Lisbon is <b>open</b> to <a href="https://www.lisboa.pt/">everyone</a>.</p>'


def test_google_translates_a_page_into_a_portuguese_draft_keeping_its_markup(
    admin_client, google, lisbon, locales
):
    lisbon.statement = LISBON_STATEMENT
    lisbon.save_revision().publish()

    response = admin_client.post(
        bulk_url("wagtailcore", "page", lisbon), {"locales": [locales["pt"].pk]}
    )

    assert response.status_code == 302
    # Google's client signed its token with the key file's key, for the key file's project,
    # and asked for HTML to be translated into Portuguese.
    assert {(call[1], call[3], call[4]) for call in google} == {("pt", GOOGLE_PROJECT, "text/html")}
    portuguese = lisbon.get_translation(locales["pt"])
    assert not portuguese.live and portuguese.live_revision is None
    draft = portuguese.get_latest_revision_as_object()
    assert draft.title == "LISBON"
    assert draft.statement == (
        '<p>LISBON IS <b>OPEN</b> TO <a href="https://www.lisboa.pt/">EVERYONE</a>.</p>'
    )
    made = StringTranslation.objects.filter(locale=locales["pt"])
    assert set(made.values_list("translation_type", "tool_name")) == {
        ("machine", "Google Translate")
    }


def test_google_fills_the_translation_editor_from_its_machine_translate_button(
    admin_client, google, lisbon, locales
):
    from icc_site.localize import save_draft

    source, _created = TranslationSource.get_or_create_from_instance(lisbon)
    translation = Translation.objects.create(source=source, target_locale=locales["pt"])
    save_draft(translation)
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])

    response = admin_client.post(url, {"next": "/admin/"}, follow=True)

    assert google and google[0][1] == "pt"
    assert "Successfully translated with Google Translate" in response.content.decode()
    made = StringTranslation.objects.filter(locale=locales["pt"], translation_type="machine")
    assert "LISBON" in set(made.values_list("data", flat=True))


def test_a_failing_service_gives_the_editor_a_message_and_changes_nothing(
    admin_client, failing_service, lisbon, locales
):
    from icc_site.localize import publish_translation

    french = publish_translation(lisbon, locales["fr"], {"Lisbon": "Lisbonne"})
    lisbon.title = "Lisbon city"
    lisbon.save_revision().publish()
    revisions = french.revisions.count()
    chosen = [locales["fr"].pk, locales["pt"].pk]

    response = admin_client.post(bulk_url("wagtailcore", "page", lisbon), {"locales": chosen})

    assert failing_service  # the service was asked, and failed
    assert response.status_code == 200  # the form again, not an error page
    soup = soup_of(response, status=None)
    assert "could not translate the texts" in soup.get_text()
    assert "Nothing was saved" in soup.get_text()
    ticked = {int(box["value"]) for box in soup.select("input[name=locales][checked]")}
    assert ticked == set(chosen)  # the editor's choice is still there, to try again
    french.refresh_from_db()
    assert french.live and french.title == "Lisbonne"
    assert french.revisions.count() == revisions
    assert lisbon.get_translation_or_none(locales["pt"]) is None
    assert not StringTranslation.objects.filter(translation_type="machine").exists()


def test_a_failing_service_in_the_translation_editor_keeps_what_the_editor_typed(
    admin_client, fake_service, google, lisbon, locales
):
    from icc_site.localize import save_draft

    _url, _calls, failing = fake_service
    failing.append(True)
    lisbon.statement = LISBON_STATEMENT
    lisbon.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(lisbon)
    translation = Translation.objects.create(source=source, target_locale=locales["pt"])
    save_draft(translation)
    typed = StringTranslation.objects.create(
        translation_of=source.stringsegment_set.get(string__data="Lisbon").string,
        context=source.stringsegment_set.get(string__data="Lisbon").context,
        locale=locales["pt"],
        data="Lisboa",
    )
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])

    response = admin_client.post(url, {"next": "/admin/"}, follow=True)

    assert response.status_code == 200
    assert "Google Translate could not translate the texts" in response.content.decode()
    assert list(StringTranslation.objects.filter(locale=locales["pt"])) == [typed]
    typed.refresh_from_db()
    assert typed.data == "Lisboa"


def test_a_failing_service_on_the_coordinators_languages_screen_says_so(
    client,
    fake_service,
    google,
    lisbon_coordinator,  # noqa: F811 (the fixture imported above)
    lisbon_customisation,
    locales,
):
    from tests.tools.test_permissions import viewset_for

    _url, _calls, failing = fake_service
    failing.append(True)
    client.force_login(lisbon_coordinator)
    namespace = viewset_for(type(lisbon_customisation)).url_namespace
    url = reverse(f"{namespace}:languages", args=[lisbon_customisation.pk])

    response = client.post(url, {"action": "machine", "locale": ["fr", "pt"]}, follow=True)

    assert response.redirect_chain[-1][0] == url
    assert "Google Translate could not translate the texts" in response.content.decode()
    assert lisbon_customisation.get_translation_or_none(locales["fr"]) is None
    assert lisbon_customisation.get_translation_or_none(locales["pt"]) is None
