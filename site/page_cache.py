"""A cache of the public Wagtail pages that anonymous visitors see.

Wagtail 8 has no page cache of its own (wagtail-cache requires Wagtail < 8), so this small one
sits on Django's cache: Redis when `REDIS_URL` is set, a cache folder otherwise (see
settings/production.py). It is off unless `PAGE_CACHE_SECONDS` is above 0 (production only).

What is cached: the 200 response to a GET of a Wagtail page (served by `wagtail.views.serve`,
marked by the `before_serve_page` hook in wagtail_hooks.py), keyed by scheme, host, language
prefix, path and only the query parameters that some page type reads: each page type that reads
any names them in `page_cache_query_params` (filters, `page`). Any other parameter (a
cache-busting `?v=123`) is left out of the key, so it is answered from the cache as the bare URL
is and cannot fill the cache; and a response is stored only when every parameter of its request
is one its own page type reads, so no page is kept under a key that does not say everything it
depends on. Never cached:

- requests carrying a cookie other than the CSRF and language ones: a session cookie means a
  signed-in editor (or a visitor with messages or a page password), and an unknown cookie may be
  something a view personalises on;
- anything but GET, previews (not served through `serve`), pages behind a view restriction;
- `/<language>/embed/...` and `/<language>/tools/...`: tool pages and forms carry per-request
  signed state and one-time codes, so they are never served stale or across cities (they are
  also sent with `Cache-Control: private, no-store` so that no CDN or browser keeps them);
- responses that set a cookie (a form's CSRF token), vary on anything but `Cookie` and
  `Accept-Encoding`, say `private`/`no-store`/`no-cache`, or used a CSP nonce.

Every page varies on `Cookie` because the Wagtail userbar looks at the (empty) session of an
anonymous visitor; that is why the cookie rule above is on the request, not on the response.

Invalidation: one cache generation for all pages. Any editorial change (a page or snippet
published, unpublished, saved, moved or deleted; a site setting, image, document, site, locale
or view restriction saved or deleted; a row of a model an app names with `expire_on_change()`,
such as a tool's shared settings; not a new resident contribution awaiting moderation, which
no page shows) replaces the generation with a new random token, and every cached page expires at
once. The trade-off: one publish empties the whole page cache, where per-page purging would keep
the rest warm; but a page shows menus, snippets, tools and translations of other pages, so
knowing exactly which cached pages one change touches is hard, and a wrong guess serves stale
content. Publishing is rare next to reading, and each page is cached again on its next visit.
"""

import functools
import hashlib
import logging
import re
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, Site, get_page_models
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)
from wagtail.snippets.models import get_snippet_models

__all__ = [
    "PublicPageCacheMiddleware",
    "bump_generation",
    "cached_until_publish",
    "connect_invalidation_signals",
    "expire_on_change",
    "freeze",
    "mark_page_cacheable",
    "request_is_anonymous",
    "response_is_shareable",
    "thaw",
]

logger = logging.getLogger(__name__)

GENERATION_KEY = "icc:page-cache:generation"
HEADER = "X-Page-Cache"
# Never served from the cache and never stored: the tools keep per-request signed state.
UNCACHED_SECTIONS = ("embed", "tools")
ALLOWED_VARY = {"cookie", "accept-encoding"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-store", "no-cache"}


def cache_seconds():
    """How long a page stays cached; 0 turns the cache off."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def current_generation():
    """The generation token that every cached page key includes."""
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A random token, not a counter: if the key is evicted, the pages cached under the old
        # token can never match again.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def request_generation(request):
    """The generation, read once per request (the middleware reads it first)."""
    generation = getattr(request, "icc_cache_generation", None)
    if generation is None:
        generation = request.icc_cache_generation = current_generation()
    return generation


_MISSING = object()


def cached_until_publish(key, compute, request=None, keep=None):
    """`compute()`, kept with the cached pages until the next editorial change.

    For what public pages share of editorial content (menus, the language switcher, the home
    page's lists, the practices that filters narrow down): a page that the page cache cannot
    answer (a new combination of filters, a tool page, a first visit after a publish) still
    skips those queries. `key` names the value within a generation, so it must include
    everything `compute()` depends on (page, language, day). Previews (`request.is_preview`)
    compute afresh, as they show drafts; so does everything when the page cache is off.
    `keep(value)`, when given, says whether a computed value is worth keeping.
    """
    seconds = cache_seconds()
    if seconds <= 0 or getattr(request, "is_preview", False):
        return compute()
    cache = page_cache()
    generation = request_generation(request) if request is not None else current_generation()
    full_key = f"icc:data:{generation}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        if keep is None or keep(value):
            cache.set(full_key, value, seconds)
    return value


def _new_generation():
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def bump_generation(**kwargs):
    """Expire every cached page and value (a signal receiver, so it takes any keyword).

    At once, and again when the change is committed: a publish runs in a transaction, and a
    request that read the first new generation before the commit may have cached the old
    content under it; the second one leaves that value behind.
    """
    _new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_new_generation)


@functools.cache
def known_query_params():
    """Every query parameter that some page type reads (its `page_cache_query_params`)."""
    return frozenset(
        name
        for model in get_page_models()
        for name in getattr(model, "page_cache_query_params", ())
    )


def _keyed_params(request):
    known = known_query_params()
    return sorted(
        (name, value)
        for name in request.GET
        if name in known
        for value in request.GET.getlist(name)
    )


def cache_key(request, generation):
    """The key of a page: scheme, host, path and the query parameters pages read, sorted."""
    url = (
        f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(_keyed_params(request))}"
    )
    return f"icc:page-cache:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"


def _section_re():
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(rf"^/(?:{languages})/(?P<section>[^/]*)")


def path_section(path):
    """The first path segment after the language prefix, or None outside the language URLs."""
    match = _section_re().match(path)
    return match["section"] if match else None


def is_tool_path(path):
    return path_section(path) in UNCACHED_SECTIONS


def request_may_use_cache(request):
    """Whether this request may be answered from, and stored in, the page cache."""
    if request.method != "GET":
        return False
    section = path_section(request.path_info)
    if section is None or section in UNCACHED_SECTIONS:
        return False
    return request_is_anonymous(request)


def response_may_be_cached(request, response):
    if not getattr(request, "icc_page_cacheable", False):
        return False
    # A parameter that this page type does not read (but the key might, or that the page
    # reflects in its links) keeps the response out of the cache.
    if set(request.GET) - set(getattr(request, "icc_page_query_params", ())):
        return False
    return response_is_shareable(request, response)


def request_is_anonymous(request):
    """No cookie but the harmless ones: nothing a response could be personalised on."""
    harmless = set(getattr(settings, "PAGE_CACHE_IGNORED_COOKIES", ()))
    return set(request.COOKIES) <= harmless


def response_is_shareable(request, response):
    """Whether `response` may be given to every visitor who asks for the same URL: a whole
    200 that sets no cookie, used no CSP nonce and neither varies nor forbids caching."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False  # a nonce is per response; a cached page would replay it
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    if vary - ALLOWED_VARY:
        return False
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not cache_control & UNCACHEABLE_CACHE_CONTROL


def mark_page_cacheable(page, request):
    """Called as a Wagtail page is served: allow the middleware to keep this response."""
    if cache_seconds() <= 0 or getattr(request, "is_preview", False):
        return
    if not getattr(page, "page_cache", True):  # a page type can opt out
        return
    restricted = cached_until_publish(
        f"restricted:{page.pk}", lambda: page.get_view_restrictions().exists(), request
    )
    if not restricted:
        request.icc_page_cacheable = True
        request.icc_page_query_params = tuple(getattr(page, "page_cache_query_params", ()))


def freeze(response):
    """A response as a value the cache can keep (`thaw()` gives it back)."""
    headers = [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()]
    return (response.status_code, headers, response.content)


def thaw(frozen):
    status, headers, content = frozen
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public Wagtail pages from the cache, and fill it.

    It sits above the session, locale, CSRF and authentication middleware, so a hit costs no
    database query; the security headers above it are added to hits as to any response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        if seconds <= 0 or not request_may_use_cache(request):
            response = self.get_response(request)
            if is_tool_path(request.path_info) and not response.has_header("Cache-Control"):
                response["Cache-Control"] = "private, no-store"
            return response

        # The generation is read before the page is rendered: if an editor publishes meanwhile,
        # this response is stored under the old generation and never served.
        key = cache_key(request, request_generation(request))
        cache = page_cache()
        frozen = cache.get(key)
        if frozen is not None:
            response = thaw(frozen)
            response[HEADER] = "hit"
            return response

        response = self.get_response(request)
        if response_may_be_cached(request, response):
            cache.set(key, freeze(response), seconds)
            response[HEADER] = "miss"
        return response


@functools.cache
def _editorial_models():
    """The models whose changes can show on a public page."""
    return (
        Page,
        Site,
        Locale,
        BaseViewRestriction,  # a page (or collection) put behind a password or a login
        BaseSiteSetting,
        BaseGenericSetting,
        AbstractImage,
        AbstractDocument,
        *get_snippet_models(),
    )


def _bump_on_editorial_change(sender, instance, created=False, **kwargs):
    if not isinstance(instance, _editorial_models()):
        return
    # A resident's new contribution (a snippet waiting for moderation) shows on no page: only
    # its approval, a later save, changes what visitors see. A model says so with `is_public`.
    if created and getattr(instance, "is_public", True) is False:
        return
    bump_generation()


def _bump_on_change(sender, **kwargs):
    bump_generation()


def expire_on_change(*models):
    """Expire the cache whenever a row of `models` is saved or deleted: for models that are
    not snippets or pages but whose values public screens show (a tool's shared settings, say).
    Called from an app's ready()."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                _bump_on_change,
                sender=model,
                dispatch_uid=f"icc-page-cache-{signal is post_save}-{model._meta.label_lower}",
            )


def connect_invalidation_signals():
    """Expire the page cache on every editorial change (called from the app's ready())."""
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(bump_generation, dispatch_uid=f"icc-page-cache-{id(signal)}")
    post_save.connect(_bump_on_editorial_change, dispatch_uid="icc-page-cache-save")
    post_delete.connect(_bump_on_editorial_change, dispatch_uid="icc-page-cache-delete")
