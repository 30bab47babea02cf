"""Tool screens that show only published content, kept whole until the next editorial change.

Some screens of a tool are the same for every visitor of one URL: a strategy's rumour cards, a
city's list of mapping projects, its published Index results. They show only what editors and
coordinators publish. A screen says so when it is declared (`Screen(..., shared=True)`, or
`mark_shared(request)` in a tool that routes its own screens), and the framework keeps its
response (status, headers, body) with the cached pages, under the page cache's generation
(`icc_site.page_cache`), keyed by scheme, host and path; the next request for that URL is
answered from it before the tool is even looked up. Any editorial change (a publish, a
snippet, the tool's shared settings, and what each tool names in `expire_cache_on`)
starts a new generation, so such a screen is never shown stale.

Only anonymous GETs without a query string (no cookie but the harmless ones), and only 200
responses that set no cookie, used no CSP nonce and carry no signed form state (`STATE_FIELD`:
forms are per visitor) are kept. Off, like the page cache, unless `PAGE_CACHE_SECONDS` is
above 0.

A form's page is the same for every visitor but for its signed state (a fresh one-time code
and journey each time). `render_shared()` keeps such a page's HTML with a placeholder where
the state goes, and puts each visitor's own state in its place: the wizards use it for a step
shown for the first time, before any answer, error or refusal is on it.
"""

import secrets

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from icc_site.page_cache import (
    cache_seconds,
    cached_until_publish,
    freeze,
    request_is_anonymous,
    response_is_shareable,
    thaw,
)
from tools.form_fields import STATE_FIELD

__all__ = ["mark_shared", "render_shared", "serve_shared"]

_MARK = "icc_tool_screen_shared"


def mark_shared(request):
    """Say that the screen being served shows the same to every visitor of its URL."""
    setattr(request, _MARK, True)


def _may_use(request):
    return (
        cache_seconds() > 0
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and request_is_anonymous(request)
    )


def _shareable(request, response):
    if not getattr(request, _MARK, False):
        return False
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    if not response_is_shareable(request, response):
        return False
    return f'name="{STATE_FIELD}"'.encode() not in response.content


def serve_shared(request, serve):
    """`serve()`'s response, or the one kept for this URL since the last editorial change."""
    if not _may_use(request):
        return serve()
    served = []

    def compute():
        response = serve()
        served.append(response)
        return freeze(response) if _shareable(request, response) else None

    frozen = cached_until_publish(
        f"tool-screen:{request.scheme}://{request.get_host()}{request.path}",
        compute,
        request,
        keep=lambda value: value is not None,
    )
    return served[0] if served else thaw(frozen)


def render_shared(request, template_name, build_context, key, states):
    """The response of `template_name`, whose page is the same for every visitor but for the
    signed states in `states` ({context name: this visitor's value}).

    `build_context()` gives the rest of the context; `key` names what the page depends on (the
    customisation, language, mode, step...). The page is rendered once per editorial
    generation with placeholders for the states, which each response then fills with its own.
    Without the cache (or for a request that is not anonymous), a plain `TemplateResponse`.
    """
    if cache_seconds() <= 0 or not request_is_anonymous(request) or request.GET:
        return TemplateResponse(request, template_name, {**build_context(), **states})

    def render():
        # A placeholder for each state, kept with the page (the server's other processes
        # read it there): letters and digits only, which the template's escaping leaves as
        # they are; random, so that no text of the page can stand for one.
        holes = {name: f"icc{secrets.token_hex(16)}state" for name in states}
        return holes, render_to_string(template_name, {**build_context(), **holes}, request)

    holes, html = cached_until_publish(
        f"shared-page:{request.scheme}://{request.get_host()}:{key}", render, request
    )
    for name, hole in holes.items():
        html = html.replace(hole, states[name])
    return HttpResponse(html)
