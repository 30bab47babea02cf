"""Every public form and endpoint, fed malformed, oversized, wrong-type and hostile input:
a clear 4xx, or the form again with its errors, and never a 500 (the test client raises any
exception a view lets through)."""

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from antirumours.factories import RumourFactory
from tests.security.conftest import REPORT, SITE
from tests.security.hostile import (
    FORM_FUZZ,
    FUZZ,
    form_fields,
    hostile_text,
    hostile_value,
    mutate,
)

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

CITIZENSHIP = "/en/embed/citizenship-test/lisbon/"
CHECKLIST = "/en/embed/council-checklist/lisbon/"
CONTRIBUTE = "/en/embed/heritage-map/lisbon/mouraria/contribute/"
CHECKER = "/en/embed/anti-rumours/bilbao/checker/jobs/"
QUIZ = "/en/embed/anti-rumours/bilbao/course/quiz/"


def assert_handled(response, also=()):
    assert response.status_code < 500 or response.status_code in also, response.status_code
    if response.status_code >= 400:
        assert response.content, "a refusal says why"


def fuzz_form(client, url, data_strategy):
    """Post 1,000 hostile variations of the form's own fields (FORM_FUZZ); returns how many
    were posted.

    The form tests run with the cache as production has it (`page_cache_on`). No POST is ever
    answered from it (icc_site.page_cache, tools.screen_cache): each of the 1,000 posts is
    checked and answered by the form's own code. What the cache does hold is what every post
    of the form shares and no posted value can change, keyed by the URL (the city's tool and
    its questions, a step's page before any answer is on it): production reads it from there
    too, where without the cache each post queried and rendered it again (about a third of
    these tests' CPU time). The first request of the test builds it, uncached.
    """
    fields = form_fields(client.get(url))
    changes = data_strategy(fields)
    posted = []

    @FORM_FUZZ
    @given(changes)
    def run(change):
        posted.append(change)
        assert_handled(client.post(url, mutate(fields, change), HTTP_ORIGIN=SITE))

    run()
    assert len(posted) >= 1000, len(posted)
    return len(posted)


def field_changes(fields):
    """Hostile values for some of the form's own fields, and a few it does not expect."""
    names = sorted(fields) + ["unexpected", "tool_state"]
    return st.dictionaries(st.sampled_from(names), hostile_value, max_size=len(names))


#: The form fuzz tests: with the data cache on, as production runs (see fuzz_form).
form_fuzz = pytest.mark.usefixtures("page_cache_on")


@form_fuzz
def test_fuzz_the_rumour_report_form(client, bilbao_customisation):
    fuzz_form(client, REPORT, field_changes)


@form_fuzz
def test_fuzz_the_citizenship_test(client, lisbon_citizenship_customisation):
    fuzz_form(client, CITIZENSHIP, field_changes)


@form_fuzz
def test_fuzz_the_checklist_self_check(client, lisbon_checklist_customisation):
    fuzz_form(client, CHECKLIST, field_changes)


@form_fuzz
def test_fuzz_the_heritage_contribution(client, mouraria):
    fuzz_form(client, CONTRIBUTE, field_changes)


@form_fuzz
def test_fuzz_the_rumour_checker(client, bilbao_customisation, bilbao):
    RumourFactory(city=bilbao, title="They take our jobs", slug="jobs", claim="Newcomers do.")
    fuzz_form(client, CHECKER, field_changes)


@form_fuzz
def test_fuzz_the_agents_course_quiz(client, bilbao_customisation):
    fuzz_form(client, QUIZ, field_changes)


def image_bytes(kind):
    if kind == "png":
        buffer = io.BytesIO()
        Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
        return buffer.getvalue()
    if kind == "truncated-png":
        return image_bytes("png")[:30]
    if kind == "svg":
        return b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    if kind == "html":
        return b"<html><script>alert(1)</script></html>"
    if kind == "bomb":
        # A PNG header claiming 100,000 x 100,000 pixels.
        buffer = io.BytesIO()
        Image.new("1", (10, 10)).save(buffer, "PNG")
        data = bytearray(buffer.getvalue())
        data[16:24] = (100_000).to_bytes(4, "big") * 2
        return bytes(data)
    return kind.encode() * 10


def photos_step(client):
    """Walk the contribution wizard to its photos step; returns the page's fields."""
    from tests.heritage_mapping.flow import run_to

    return form_fields(run_to(client, CONTRIBUTE, "about"))


def test_wrong_image_types_get_a_clear_error_never_a_500(client, mouraria):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fields = photos_step(client)
    kinds = st.sampled_from(["png", "truncated-png", "svg", "html", "bomb", "random"])
    names = st.sampled_from(["photo.jpg", "photo.png", "photo.svg", "x", "../../x.jpg", "é.gif"])

    @FUZZ
    @given(kinds, names, st.sampled_from(["image/jpeg", "image/svg+xml", "text/html", ""]))
    def run(kind, name, content_type):
        upload = SimpleUploadedFile(name, image_bytes(kind), content_type=content_type)
        data = {**fields, "photos-photo_1": upload}
        assert_handled(client.post(CONTRIBUTE, data, HTTP_ORIGIN=SITE))

    run()


QUERY_ENDPOINTS = [
    ("/en/search/", ["q", "page"]),
    ("/api/v2/pages/", ["type", "limit", "offset", "order", "fields", "search", "locale"]),
    ("/api/v2/practices/", ["topic", "city", "country", "year", "limit", "offset"]),
    ("/api/v2/documents/", ["limit", "offset", "order"]),
    ("/api/v2/images/", ["limit", "offset", "order"]),
    ("/api/oembed/", ["url", "format", "maxwidth", "maxheight"]),
    ("/en/tools/privacy/lisbon/", ["x"]),
    ("/en/embed/heritage-map/lisbon/mouraria/", ["page", "category", "community", "format"]),
]


@pytest.mark.parametrize("path, params", QUERY_ENDPOINTS)
def test_fuzz_query_parameters(client, mouraria, path, params):
    @FUZZ
    @given(st.dictionaries(st.sampled_from(params), hostile_text, max_size=len(params)))
    def run(query):
        query = {key: value[:2000] for key, value in query.items()}
        # The oEmbed specification answers an unsupported format with 501 Not Implemented.
        assert_handled(client.get(path, query), also=(501,) if "oembed" in path else ())

    run()


@pytest.mark.parametrize(
    "path",
    [REPORT, CITIZENSHIP, CHECKLIST, CONTRIBUTE, "/en/search/"],
)
def test_wrong_content_types_and_bodies_are_refused_cleanly(
    client,
    bilbao_customisation,
    lisbon_citizenship_customisation,
    lisbon_checklist_customisation,
    mouraria,
    path,
):
    @FUZZ
    @given(
        st.binary(max_size=2000),
        st.sampled_from(
            [
                "application/json",
                "multipart/form-data; boundary=xyz",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "text/plain",
                "application/x-www-form-urlencoded; charset=utf-16",
                "application/x-www-form-urlencoded; charset=nonsense",
            ]
        ),
    )
    def run(body, content_type):
        response = client.generic("POST", path, body, content_type, HTTP_ORIGIN=SITE)
        assert_handled(response)

    run()


@pytest.mark.parametrize(
    "query", ['"', '"><img src=x onerror=alert(1)>', 'a"b', " ", "   ", "\x00", "a\x00b"]
)
@pytest.mark.parametrize("path, name", [("/en/search/", "query"), ("/api/v2/pages/", "search")])
def test_quotes_and_blanks_in_a_search_are_not_a_500(client, home_page, path, name, query):
    # Found by the fuzzing above: SQLite's FTS5 failed on quotes and blanks, PostgreSQL on NUL
    # characters (icc_site.search).
    assert client.get(path, {name: query}).status_code == 200


@pytest.mark.parametrize(
    "path, name",
    [
        ("/api/v2/pages/", "locale"),
        ("/api/v2/pages/", "type"),
        ("/api/v2/practices/", "topic"),
        ("/en/search/", "query"),
    ],
)
def test_a_nul_character_in_any_parameter_is_not_a_500(client, home_page, path, name):
    # Found by the fuzzing above on PostgreSQL, which refuses NUL in text: ?locale=%00.
    response = client.get(path, {name: "\x00"})

    assert_handled(response)
