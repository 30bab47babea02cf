"""A tool's screens, declared on its model and routed by the framework.

A tool lists its screens on its `CityTool` subclass::

    screens = [
        Screen("", "citizenship_test.views.wizard.run_wizard", name="start", methods=FORM),
        Screen("results/<str:token>/", "citizenship_test.views.results.results", name="results"),
    ]

Every screen lives under /<language>/embed/<tool>/<city>/ (framed) and
/<language>/tools/<tool>/<city>/ (full page); its `route` is what follows the city, in Django's
path syntax. Its view is named by a dotted path (imported on first use, so that a model never
imports its views) and is called as ``view(request, customisation, mode, **kwargs)``, `mode`
being "embed" or "page". A screen answers the `methods` it lists (GET and HEAD by default,
`FORM` adds POST); other methods get a 405. A screen that shows the same to every visitor says
`shared=True` (see `tools.screen_cache`). `screen_url()` is the one way to the path of a screen.
"""

from dataclasses import dataclass
from functools import cache

from django.http import Http404, HttpResponseNotAllowed
from django.urls import NoReverseMatch, Resolver404, URLResolver, path
from django.urls.resolvers import RegexPattern
from django.utils import translation
from django.utils.module_loading import import_string

from tools.screen_cache import mark_shared

__all__ = ["FORM", "READ", "Screen", "resolve_screen", "screen_url"]

#: What a screen answers: reading only, or reading and form posts.
READ = ("GET", "HEAD")
FORM = ("GET", "HEAD", "POST")


@dataclass(frozen=True)
class Screen:
    """One screen of a tool: `route` after the city's URL, the dotted path of its view, the
    name `screen_url()` knows it by, and the HTTP methods it answers."""

    route: str
    view: str
    name: str
    methods: tuple = READ
    #: True for a screen that shows only published content, the same for every visitor of
    #: its URL: the framework then keeps it until the next editorial change (tools.screen_cache).
    shared: bool = False

    def __call__(self, request, customisation, mode, **kwargs):
        if request.method not in self.methods:
            return HttpResponseNotAllowed(self.methods)
        if self.shared:
            mark_shared(request)
        return _view(self.view)(request, customisation, mode, **kwargs)


@cache
def _view(dotted_path):
    return import_string(dotted_path)


@cache
def _resolver(tool_class):
    patterns = [path(screen.route, screen, name=screen.name) for screen in tool_class.screens]
    return URLResolver(RegexPattern(r"^"), patterns)


def resolve_screen(customisation, request, mode, subpath):
    """Answer `request` with the screen of `customisation` that `subpath` names (404 if none)."""
    try:
        match = _resolver(type(customisation)).resolve(subpath or "")
    except Resolver404:
        raise Http404 from None
    return match.func(request, customisation, mode, **match.kwargs)


def screen_url(customisation, name, *, embed=False, language=None, **kwargs):
    """Path of the screen `name` of `customisation`, with its route's `kwargs`: framed when
    `embed` is true (or the mode "embed"), on a full page otherwise, in `language` (by
    default the active one)."""
    if isinstance(embed, str):
        embed = embed == "embed"
    try:
        subpath = _resolver(type(customisation)).reverse(name, **kwargs)
    except NoReverseMatch:
        raise NoReverseMatch(f"{type(customisation).__name__} has no screen {name!r}") from None
    language = language or translation.get_language()
    # The city's base path is the same for every screen: worked out once per instance.
    bases = customisation.__dict__.setdefault("_screen_bases", {})
    if (embed, language) not in bases:
        get_url = customisation.get_embed_url if embed else customisation.get_page_url
        bases[embed, language] = get_url(language)
    return bases[embed, language] + subpath
