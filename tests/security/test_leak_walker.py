"""The leak walker: as each city's coordinator, request every admin URL the resolver knows,
filled in with the ids of every other city's objects, and look for that city's data.

Each city gets one object of every kind a coordinator works on (tool customisations, questions,
completions and group sessions, rumours and resident reports, heritage contributions,
certificates, checklist assessments, an uploaded logo, wagtail-localize translations...). The
texts of a city carry a marker (`LEAKRIJEKA`), so one substring test finds any of them; the
city's title carries it too ("Rijeka LEAKRIJEKA"), so a dashboard, a listing or a chooser
that merely names another city is caught as well. The certificate codes, which are random,
are looked for as they are and as printed.

The data is built once for the module; each test runs in a savepoint of it.
"""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

from antirumours.factories import (
    CampaignFactory,
    EvaluationFactory,
    NetworkOrganisationFactory,
    RumourFactory,
    RumourReportFactory,
    TrainingSessionFactory,
    strategy_for,
)
from antirumours.models import (
    Campaign,
    Certificate,
    Evaluation,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)
from checklists.models import Assessment, Checklist, CouncilChecklistTool
from cities.factories import CityIndexPageFactory, CityPageFactory
from cities.models import CityPage
from citizenship_test.models import (
    AnswerCount,
    CitizenshipTest,
    Completion,
    EventSession,
    Question,
)
from heritage_mapping.models import HeritageItem, HeritageMap, ItemPhoto, MappingProject
from icc_site.localize import publish_translation
from intercultural_index.models import Answer as IndexAnswer
from intercultural_index.models import AreaAssignment, IndexRound, Invitation, PendingNote
from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.conftest import ensure_wagtail_tree
from tests.heritage_mapping.conftest import INSIDE, MOURARIA, make_project
from tests.intercultural_index.round_builders import build_edition, marked_round
from tools import demo as tools_demo
from tools.models import CityProposal
from tools.models.shared_settings import CityToolSettings

pytestmark = pytest.mark.indexes

CITIES = ["lisbon", "rijeka", "oslo"]
PASSWORD = "walker-pw"

#: Models whose rows belong to one city, and the path from each to its city page.
CITY_DATA = {
    CitizenshipTest: "city",
    Question: "city",
    Completion: "customisation__city",
    AnswerCount: "customisation__city",
    EventSession: "customisation__city",
    Rumour: "city",
    RumourReport: "city",
    NetworkOrganisation: "city",
    TrainingSession: "city",
    Campaign: "city",
    Certificate: "city",
    Evaluation: "city",
    HeritageMap: "city",
    MappingProject: "city",
    HeritageItem: "project__city",
    CouncilChecklistTool: "city",
    Assessment: "city",
    CityToolSettings: "city",
    IndexRound: "city",
    AreaAssignment: "round__city",
    IndexAnswer: "round__city",
    Invitation: "assignment__round__city",
    PendingNote: "assignment__round__city",
}

# Admin URLs the walker does not request: signing out would end the walk.
SKIPPED_NAMES = {"wagtailadmin_logout"}

#: Screens that may name another city (its title, never its data): Wagtail's page chooser
#: lists the public page tree, where every city's profile is.
NAMING_ALLOWED = [re.compile(r"^/admin/choose-page/")]


def marker(slug):
    return f"LEAK{slug.upper()}"


def city_title(slug):
    """The city's name, then its marker: wherever a page names the city, the marker shows."""
    return f"{slug.title()} {marker(slug)}"


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def build_city(slug, index, locales, checklist):
    """One object of every kind for the city `slug`, its texts marked with `marker(slug)`."""
    from citizenship_test.models import ChosenQuestion

    mark = marker(slug)
    city = CityPageFactory(parent=index, title=city_title(slug), slug=slug)
    # Citizenship test: a question of the city's own, its test, a completion and a session.
    question = Question.objects.create(
        locale=locales["en"],
        code=f"{slug}-own",
        component="knowledge",
        kind="scale",
        prompt=f"{mark} own question prompt",
        explanation=f"{mark} explanation",
        idea_for_action=f"{mark} idea",
        city=city,
    )
    customisation = CitizenshipTest(
        city=city,
        locale=locales["en"],
        live=False,
        languages=["en", "fr"],
        intro=f"<p>{mark} test intro</p>",
    )
    customisation.chosen_questions = [ChosenQuestion(question=question, sort_order=0)]
    customisation.save()
    customisation.save_revision().publish()
    Completion.objects.create(
        customisation=customisation, language="en", overall_score=50, token=f"walker-{slug}"
    )
    # Enough residents' answers to the city's own question for the per-question screen to
    # show its (marked) prompt.
    AnswerCount.objects.create(
        customisation=customisation,
        question_key=question.translation_key.hex,
        answer="4",
        day=date(2024, 6, 1),
        count=12,
    )
    EventSession.objects.create(
        customisation=customisation,
        code=f"{slug[:4].upper()}SESS1",
        title=f"{mark} workshop",
        language="en",
        expires_at=timezone.now() + timedelta(hours=3),
    )
    # Anti-rumours: the strategy, a rumour, a resident's report, the network, a certificate.
    strategy_for(city, intro=f"<p>{mark} strategy intro</p>")
    rumour = RumourFactory(city=city, title=f"{mark} rumour card", slug=f"{slug}-rumour")
    publish_translation(rumour, locales["fr"], {})
    RumourReportFactory(city=city, text=f"{mark} resident report text", rumour=rumour)
    NetworkOrganisationFactory(city=city, name=f"{mark} association")
    TrainingSessionFactory(city=city, title=f"{mark} training")
    CampaignFactory(city=city, title=f"{mark} campaign")
    EvaluationFactory(city=city, year=2024)
    code = f"{slug[:2].upper()}{index.pk % 10}Q7W8E9R3T".replace("O", "P")[:12]
    Certificate.objects.create(city=city, code=code, name=f"{mark} Participant", score=90)
    # Heritage mapping: the map, a project, a resident's contribution with a photo.
    heritage = HeritageMap(city=city, locale=locales["en"], live=False, languages=["en"])
    heritage.save()
    heritage.save_revision().publish()
    project = make_project(city, locales, f"{slug}-area", MOURARIA, title=f"{mark} project")
    item = HeritageItem.objects.create(
        project=project,
        title=f"{mark} heritage item",
        description=f"{mark} resident description",
        contributor_name=f"{mark} Contributor",
        category="food",
        latitude=INSIDE[0],
        longitude=INSIDE[1],
        licence="cc-by",
        status="pending",
    )
    ItemPhoto.objects.create(
        item=item,
        image=SimpleUploadedFile(f"{slug}.png", png_bytes()),
        description=f"{mark} photo caption",
    )
    # Checklists: the tool and an assessment.
    customisation = CouncilChecklistTool(
        city=city, locale=locales["en"], live=False, checklist=checklist, languages=["en"]
    )
    customisation.save()
    customisation.save_revision().publish()
    Assessment.objects.create(
        city=city, checklist=checklist, title=f"{mark} review", assessed_on=date(2024, 6, 1)
    )
    return city, code


def upload_logo(user, slug):
    """The coordinator uploads the city's logo through the admin, as they would."""
    client = Client()
    client.force_login(user)
    response = client.post(
        "/admin/images/add/",
        {"title": f"{marker(slug)} logo", "file": SimpleUploadedFile(f"{slug}.png", png_bytes())},
    )
    assert response.status_code in (200, 302), response.status_code
    image = get_image_model().objects.filter(title=f"{marker(slug)} logo").first()
    assert image is not None, "the coordinator could not upload a logo"
    return image


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Three cities, each with its coordinator (made by the demo's own code) and its data."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from tests.checklists.conftest import SMALL_CHECKLIST, build_sections

    old_media = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("walker-media"))
    with django_db_blocker.unblock(), transaction.atomic():
        home = ensure_wagtail_tree()
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }
        index = CityIndexPageFactory(parent=home)
        checklist = Checklist.objects.create(
            slug=SMALL_CHECKLIST["slug"],
            kind=SMALL_CHECKLIST["kind"],
            minutes=SMALL_CHECKLIST["minutes"],
            title=SMALL_CHECKLIST["title"][0],
            sections=build_sections(SMALL_CHECKLIST),
            locale=locales["en"],
        )
        codes = {}
        edition, areas, questions = build_edition("walker-edition")
        for slug in CITIES:
            city, codes[slug] = build_city(slug, index, locales, checklist)
            marked_round(city, edition, areas, questions, marker(slug))
        # Each city proposed a news item to the site (a draft page waiting for the editors).
        news_index = NewsIndexPageFactory(parent=home)
        for slug in CITIES:
            city = CityPage.objects.get(slug=slug)
            draft = NewsPageFactory(parent=news_index, title=f"{marker(slug)} proposal", live=False)
            CityProposal.objects.create(city=city, page=draft, kind=CityProposal.NEWS)
        tools_demo.load(home, locales)
        User = get_user_model()
        coordinators = {slug: User.objects.get(username=f"coordinator-{slug}") for slug in CITIES}
        for slug, user in coordinators.items():
            user.set_password(PASSWORD)
            user.save()
            image = upload_logo(user, slug)
            city = CityPage.objects.get(slug=slug)
            for model in (CitizenshipTest, HeritageMap, CouncilChecklistTool):
                shared = CityToolSettings.for_city_and_tool(city, model.tool_slug)
                shared.logo = image
                shared.save()
        WORLD.update(codes=codes)
        yield {"coordinators": coordinators, "codes": codes, "media": settings.MEDIA_ROOT}
        transaction.set_rollback(True)
    settings.MEDIA_ROOT = old_media


def secrets_in(body, secrets, url):
    """The secrets `body` (the page at `url`) shows; a city's title is left out first on the
    screens that may name cities."""
    if any(pattern.search(url) for pattern in NAMING_ALLOWED):
        for slug in CITIES:
            body = body.replace(city_title(slug), "")
    return [secret for secret in secrets if secret in body]


def secrets_of(slug, world):
    """What must never reach another city's coordinator."""
    code = world["codes"][slug]
    printed = "-".join(code[i : i + 4] for i in range(0, len(code), 4))
    return [marker(slug), code, printed]


def objects_of(slug):
    """Every object of the city `slug`, grouped by kind, for filling in URL arguments."""
    found = {
        model: list(model.objects.filter(**{f"{path}__slug": slug})[:1])
        for model, path in CITY_DATA.items()
    }
    found["image"] = list(get_image_model().objects.filter(title__startswith=marker(slug)))
    found["photo"] = list(ItemPhoto.objects.filter(item__project__city__slug=slug))
    found["city"] = [found[Rumour][0].city]
    return found


# --- Walking the resolver ---------------------------------------------------------------

CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def admin_routes():
    """(namespace, name, route) of every URL pattern under /admin/, routes as strings."""
    routes = []

    def walk(resolver, prefix, namespace):
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                walk(entry, route, inner)
            elif isinstance(entry, URLPattern):
                routes.append((namespace, entry.name, route))

    walk(get_resolver(), "", "")
    return [
        (namespace, name, route[len("admin/") :])
        for namespace, name, route in routes
        if route.startswith("admin/")
    ]


def snippet_model(namespace):
    """The model of city data of a `wagtailsnippets_<app>_<model>` (or chooser) namespace;
    "other" for the snippets that hold no city's data."""
    for model in CITY_DATA:
        suffix = f"_{model._meta.app_label}_{model._meta.model_name}"
        if namespace in (f"wagtailsnippets{suffix}", f"wagtailsnippetchoosers{suffix}"):
            return model
    return "other"


def translation_rows(objects):
    """wagtail-localize's records about the objects: sources, translations, segments."""
    sources = []
    for group in objects.values():
        for instance in group:
            if not hasattr(instance, "pk"):
                continue
            source = TranslationSource.objects.filter(
                object_id=getattr(instance, "translation_key", None)
            ).first()
            if source is not None:
                sources.append(source)
    translations = list(Translation.objects.filter(source__in=sources))
    return {
        "translation_source_id": [source.pk for source in sources],
        "translation_id": [translation.pk for translation in translations],
        "string_segment_id": list(
            StringSegment.objects.filter(source__in=sources).values_list("pk", flat=True)[:2]
        ),
        "overridable_segment_id": list(
            OverridableSegment.objects.filter(source__in=sources).values_list("pk", flat=True)[:2]
        ),
    }


def values_for(namespace, name, params, objects, localize):
    """Candidate values for each URL parameter, from another city's objects."""
    model = snippet_model(namespace) if namespace.startswith("wagtailsnippet") else None
    # Parameters of models that hold no city data (users, workflows, redirects...): the city
    # page's id, enough to see that nothing of the city comes back.
    every_pk = [objects["city"][0].pk]
    # The latest revision of the object in the URL (of the test and the rumour elsewhere).
    owners = objects[model] if model not in (None, "other") else []
    owners = owners or objects[CitizenshipTest] + objects[Rumour]
    revisions = [
        obj.latest_revision_id for obj in owners if getattr(obj, "latest_revision_id", None)
    ]
    values = {}
    for param in params:
        if param == "pk":
            if model == "other":
                return None
            if model is not None:
                values[param] = [obj.pk for obj in objects[model]]
            elif namespace == "checklist_assessments":
                values[param] = [obj.pk for obj in objects[Assessment]]
            elif namespace == "intercultural_index_rounds":
                values[param] = [obj.pk for obj in objects[IndexRound] + objects[AreaAssignment]]
            elif namespace == "citizenship_test_results":
                values[param] = [obj.pk for obj in objects[CitizenshipTest] + objects[EventSession]]
            elif namespace.startswith("wagtailimages"):
                values[param] = [obj.pk for obj in objects["image"]]
            else:
                values[param] = every_pk
        elif param in ("image_id",):
            values[param] = [obj.pk for obj in objects["image"]]
        elif param in ("page_id", "parent_page_id"):
            values[param] = [objects["city"][0].pk]
        elif param == "city_id":
            values[param] = [objects["city"][0].pk]
        elif param == "year":
            values[param] = [2024]
        elif param == "key" and namespace == "checklist_assessments":
            # A city's self-check totals: its checklist tool, named by its translation key.
            values[param] = [obj.translation_key for obj in objects[CouncilChecklistTool]]
        elif param == "photo_pk":
            values[param] = [obj.pk for obj in objects["photo"]]
        elif param == "note":
            values[param] = [obj.pk for obj in objects[PendingNote]]
        elif param in localize:
            values[param] = localize[param]
        elif param == "revision_id":
            values[param] = revisions
        elif param == "revision_id_a":
            values[param] = ["earliest"]
        elif param == "revision_id_b":
            values[param] = ["latest"]
        elif param in ("app_label", "model_name", "action"):
            continue  # filled in by the caller (snippets APIs, bulk actions)
        else:
            values[param] = every_pk
    return values


def urls_with(route, values):
    """The route filled in with each set of values (zipped, not multiplied)."""
    length = max((len(candidates) for candidates in values.values()), default=1)
    urls = []
    for position in range(length):
        chosen = {
            name: candidates[min(position, len(candidates) - 1)]
            for name, candidates in values.items()
            if candidates
        }
        if len(chosen) < len(values):
            continue
        urls.append(
            "/admin/"
            + CONVERTER.sub(lambda match, chosen=chosen: str(chosen[match.group("name")]), route)
        )
    return urls


def model_routes(route, objects):
    """Routes naming a model by app label and model name: one per model of city data."""
    urls = []
    for model in [*CITY_DATA, get_image_model()]:
        group = objects.get(model) or (objects["image"] if model is get_image_model() else [])
        ids = [obj.pk for obj in group]
        base = route.replace("<slug:app_label>", model._meta.app_label).replace(
            "<str:app_label>", model._meta.app_label
        )
        base = base.replace("<slug:model_name>", model._meta.model_name).replace(
            "<str:model_name>", model._meta.model_name
        )
        if "<str:action>" in base:
            actions = bulk_action_registry.get_bulk_actions_for_model(
                model._meta.app_label, model._meta.model_name
            )
            for action in sorted(action.action_type for action in actions):
                query = "&".join(f"id={pk}" for pk in ids)
                urls.append("/admin/" + base.replace("<str:action>", action) + "?" + query)
            continue
        if "<str:pk>" in base:
            urls.extend("/admin/" + base.replace("<str:pk>", str(pk)) for pk in ids)
            continue
        urls.append("/admin/" + base)
    return urls


def walk_urls(objects, localize):
    """Every admin URL to try with another city's objects."""
    urls = []
    for namespace, name, route in admin_routes():
        if name in SKIPPED_NAMES or "(" in route:
            continue  # regular expressions with unnamed groups: none of them is an admin screen
        route = route.replace("^", "").replace("$", "")
        params = [match.group("name") for match in CONVERTER.finditer(route)]
        if "app_label" in params or "model_name" in params:
            urls.extend(model_routes(route, objects))
            continue
        if not params:
            urls.append("/admin/" + route)
            continue
        values = values_for(namespace, name, params, objects, localize)
        if values is None:
            continue
        urls.extend(urls_with(route, values))
    return list(dict.fromkeys(urls))


def searched(url, slug):
    """A listing or chooser URL, searched for a city's marker (every city's when empty)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}q={marker(slug)}"


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def city_data_fingerprint(excluding):
    """Every row of city data of the cities other than `excluding`, to compare before and after
    the posts. The coordinator's own rows are left out: an id of another city's object can be
    the id of one of the coordinator's own, and changing those is the coordinator's right."""
    rows = {}
    for model, path in CITY_DATA.items():
        queryset = model.objects.exclude(**{f"{path}__slug": excluding})
        rows[model.__name__] = sorted(
            tuple(sorted((key, str(value)) for key, value in row.items()))
            for row in queryset.values()
        )
    images = get_image_model().objects.exclude(title__startswith=marker(excluding))
    rows["images"] = sorted(images.values_list("pk", "title", "collection_id"))
    return rows


def changed_rows(before, after):
    """What differs between two fingerprints, a line per kind: the rows gone and the rows new."""
    lines = []
    for name in before:
        if before[name] != after[name]:
            gone = sorted(set(before[name]) - set(after[name]))
            new = sorted(set(after[name]) - set(before[name]))
            lines.append(f"{name}: gone {gone[:2]}, new {new[:2]}")
    return lines


SEARCHABLE = ("choose", "chooser", "results", "list", "index", "search", "snippets_api")


def site_screens(slug, other, objects):
    """The tool's full-page addresses of a checklist's assessments, which send to the admin:
    the other city's, and the coordinator's own with the other city's ids (followed)."""
    assessment = objects[Assessment][0].pk
    urls = []
    for city in (slug, other):
        base = f"/en/tools/council-checklist/{city}/assessments/"
        urls += [base, f"{base}{assessment}/"]
    return urls


def urls_naming_others(slug):
    """The URLs to request as the coordinator of `slug`, and what they must not show."""
    urls, secrets = [], []
    for other in CITIES:
        if other == slug:
            continue
        objects = objects_of(other)
        urls += walk_urls(objects, translation_rows(objects))
        urls += site_screens(slug, other, objects)
        secrets += secrets_of(other, WORLD)
    return list(dict.fromkeys(urls)), secrets


WORLD = {}


@pytest.fixture(autouse=True)
def media_root(settings, world):
    """The files of the module's data (the security tests' conftest gives each test its own)."""
    settings.MEDIA_ROOT = world["media"]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", CITIES)
def test_no_admin_page_shows_another_citys_data(world, slug):
    client = Client(raise_request_exception=False)
    client.force_login(world["coordinators"][slug])
    urls, secrets = urls_naming_others(slug)
    leaks = []
    for url in urls:
        response = client.get(url)
        found = secrets_in(body_of(response), secrets, url)
        if found:
            leaks.append(f"GET {url} ({response.status_code}) shows {found[0]}")
        elif (
            response.status_code == 200
            and any(word in url for word in SEARCHABLE)
            and not re.search(r"\d", url)
        ):
            # A listing, chooser or API: searched for what every other city wrote, too, and
            # a snippet listing exported as CSV (XLSX comes from the same rows).
            variants = [searched(url, "")]
            if re.fullmatch(r"/admin/snippets/[a-z_]+/[a-z]+/", url):
                variants.append(f"{url}?export=csv")
            for variant in variants:
                found = secrets_in(body_of(client.get(variant)), secrets, variant)
                if found:
                    leaks.append(f"GET {variant} shows {found[0]}")
    assert not leaks, f"{len(leaks)} leaks:\n" + "\n".join(leaks)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", CITIES[:1])
def test_no_admin_post_changes_or_shows_another_citys_data(world, slug):
    # One coordinator is enough here: the rule is the same for every city, and each post
    # is checked against every other city's rows.
    client = Client(raise_request_exception=False)
    client.force_login(world["coordinators"][slug])
    urls, secrets = urls_naming_others(slug)
    before = city_data_fingerprint(excluding=slug)
    leaks = []
    for url in urls:
        if not re.search(r"/\d+/|id=\d", url):
            continue  # only the URLs that name another city's objects
        response = client.post(url, {})
        body = body_of(response)
        found = [secret for secret in secrets if secret in body]
        if found:
            leaks.append(f"POST {url} ({response.status_code}) shows {found[0]}")
    changed = changed_rows(before, city_data_fingerprint(excluding=slug))
    assert not leaks, f"{len(leaks)} leaks:\n" + "\n".join(leaks)
    assert not changed, "posts changed another city's rows:\n" + "\n".join(changed)


# A database test like the others, so that pytest-django orders it with them, before the browser
# tests that commit the demo content for the rest of a worker's session.
@pytest.mark.django_db
def test_walker_reaches_the_admin_screens_that_name_objects(world, django_db_blocker):
    """The walker is only as good as its reach: it must fill in the tools' object URLs."""
    with django_db_blocker.unblock():
        objects = objects_of("rijeka")
        urls = walk_urls(objects, translation_rows(objects))
    expected = [
        f"/admin/snippets/antirumours/rumourreport/edit/{objects[RumourReport][0].pk}/",
        f"/admin/snippets/antirumours/certificate/inspect/{objects[Certificate][0].pk}/",
        f"/admin/snippets/citizenship_test/question/edit/{objects[Question][0].pk}/",
        f"/admin/snippets/choose/citizenship_test/question/chosen/{objects[Question][0].pk}/",
        f"/admin/images/chooser/chosen/{objects['image'][0].pk}/",
        f"/admin/localize/api/snippets/antirumours/rumour/{objects[Rumour][0].pk}/",
        f"/admin/bulk/antirumours/rumourreport/approve/?id={objects[RumourReport][0].pk}",
        f"/admin/bulk/checklists/assessment/delete/?id={objects[Assessment][0].pk}",
        f"/admin/checklists/assessments/{objects[Assessment][0].pk}/delete/",
        "/admin/checklists/assessments/self-checks/"
        f"{objects[CouncilChecklistTool][0].translation_key}.csv",
        f"/admin/bulk/citizenship_test/eventsession/close/?id={objects[EventSession][0].pk}",
        f"/admin/bulk/citizenship_test/eventsession/delete/?id={objects[EventSession][0].pk}",
        f"/admin/citizenship-test/{objects[CitizenshipTest][0].pk}/sessions/results/",
        "/admin/citizenship-test/sessions/results/",
        "/admin/checklists/assessments/results/",
        "/admin/reports/site-history/",
        "/admin/city-proposals/",
        f"/admin/citizenship-test/{objects[CitizenshipTest][0].pk}/questions/",
        f"/admin/citizenship-test/{objects[CitizenshipTest][0].pk}/questions/export/",
        f"/admin/intercultural-index/rounds/{objects[IndexRound][0].pk}/",
        f"/admin/intercultural-index/rounds/areas/{objects[AreaAssignment][0].pk}/",
        f"/admin/intercultural-index/rounds/areas/{objects[AreaAssignment][0].pk}/send-back/",
        f"/admin/intercultural-index/rounds/{objects[IndexRound][0].pk}/results/",
        f"/admin/intercultural-index/rounds/{objects[IndexRound][0].pk}/publish/",
        f"/admin/intercultural-index/rounds/areas/{objects[AreaAssignment][0].pk}/kept/"
        f"{objects[PendingNote][0].pk}/adopt/",
    ]
    missing = [url for url in expected if url not in urls]
    assert not missing, missing


@pytest.mark.django_db
def test_a_page_naming_a_city_shows_its_marker(world):
    """What lets the walker see a page that only names another city: a coordinator's own
    dashboard names their city, and the marker comes with the name."""
    client = Client()
    client.force_login(world["coordinators"]["rijeka"])
    response = client.get("/admin/")
    assert response.status_code == 200
    assert city_title("rijeka") in body_of(response)
