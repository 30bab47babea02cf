"""Screens declared on a tool's model: routed by the framework, reached by one screen_url()."""

import pytest
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import NoReverseMatch

from tools.screens import FORM, Screen, resolve_screen, screen_url

CALLS = []


def overview(request, customisation, mode):
    CALLS.append(("overview", customisation, mode))
    return HttpResponse("overview")


def card(request, customisation, mode, slug):
    CALLS.append(("card", customisation, mode, slug))
    return HttpResponse(slug)


class TwoScreenTool:
    """What `screen_url()` and the router need of a customisation."""

    screens = (
        Screen("", f"{__name__}.overview", "overview", FORM),
        Screen("cards/<slug:slug>/", f"{__name__}.card", "card"),
    )

    def get_embed_url(self, language=None):
        return f"/{language}/embed/two/lisbon/"

    def get_page_url(self, language=None):
        return f"/{language}/tools/two/lisbon/"


def test_screen_url_names_a_screen_framed_or_on_its_own_page_in_a_language():
    customisation = TwoScreenTool()
    assert screen_url(customisation, "card", embed=True, language="fr", slug="jobs") == (
        "/fr/embed/two/lisbon/cards/jobs/"
    )
    assert screen_url(customisation, "card", embed="page", language="ar", slug="jobs") == (
        "/ar/tools/two/lisbon/cards/jobs/"
    )
    assert (
        screen_url(customisation, "overview", embed="embed", language="en")
        == "/en/embed/two/lisbon/"
    )
    with pytest.raises(NoReverseMatch):
        screen_url(customisation, "nowhere", language="en")


def test_every_screen_view_gets_the_request_the_customisation_and_the_mode_first():
    customisation, request = TwoScreenTool(), RequestFactory().get("/")
    CALLS.clear()

    assert resolve_screen(customisation, request, "embed", "cards/jobs/").content == b"jobs"
    resolve_screen(customisation, request, "page", "")

    assert CALLS == [("card", customisation, "embed", "jobs"), ("overview", customisation, "page")]


def test_a_screen_answers_only_its_methods_and_an_unknown_path_is_not_found():
    customisation, factory = TwoScreenTool(), RequestFactory()

    assert resolve_screen(customisation, factory.post("/"), "embed", "").status_code == 200
    refused = resolve_screen(customisation, factory.post("/"), "embed", "cards/jobs/")
    assert refused.status_code == 405 and refused["Allow"] == "GET, HEAD"
    with pytest.raises(Http404):
        resolve_screen(customisation, factory.get("/"), "embed", "cards/")
