"""Honest language versions: a URL in language xx shows content in xx, or says openly that it
does not exist in xx and shows the nearest language that does.

- `/` sends a browser to the language it prefers among those the site really has (a live home
  page), not merely among the configured ones (`LocaleMiddleware`).
- A page asked for in a language it lacks (Wagtail falls back to the source page then) is
  redirected to its best real translation, with `?from=xx` so that the page can say, in xx,
  why it is in another language (`redirect_to_real_translation`, `missing_language`).
- Views that are not Wagtail pages (the tools) tell the language switcher which languages they
  really have by setting `request.content_languages`.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from wagtail.models import Page, Site

from icc_site.page_cache import cached_until_publish

__all__ = [
    "LocaleMiddleware",
    "best_language",
    "language_name",
    "missing_language",
    "redirect_to_real_translation",
    "site_languages",
]

MISSING_PARAMETER = "from"
# Languages that write the names of languages in lower case inside a sentence ("en anglais").
LOWER_CASE_LANGUAGE_NAMES = {"fr", "pt", "es", "it", "eu", "fi", "uk"}


def _codes():
    return [code for code, _name in settings.LANGUAGES]


def site_languages(request=None):
    """The language codes with a live home page, in the settings' order (asked once per
    request: the middleware and the language switcher both want them)."""
    known = getattr(request, "_site_languages", None)
    if known is not None:
        return known

    def compute():
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return [settings.LANGUAGE_CODE]
        found = set(
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .values_list("locale__language_code", flat=True)
        )
        return [code for code in _codes() if code in found] or [settings.LANGUAGE_CODE]

    languages = cached_until_publish("site-languages", compute, request)
    if request is not None:
        request._site_languages = languages
    return languages


def browser_languages(request):
    """The site's language codes the browser asks for, most wanted first (cookie first)."""
    wanted = []
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie:
        wanted.append(cookie)
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    wanted += [tag for tag, _quality in trans_real.parse_accept_lang_header(header)]
    codes = []
    for tag in wanted:
        tag = tag.lower()
        for code in (tag, tag.split("-")[0]):
            if code in _codes() and code not in codes:
                codes.append(code)
    return codes


def best_language(request, available):
    """Of `available` codes, the one this browser prefers; else the default language; else the
    first one."""
    available = list(available)
    for code in [*browser_languages(request), settings.LANGUAGE_CODE]:
        if code in available:
            return code
    return available[0] if available else settings.LANGUAGE_CODE


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, but a URL without a language prefix goes to a language the site really has.

    The admin is left to Django's choice: Wagtail shows it in each user's own admin language,
    so which languages the public site has would only cost every admin request two queries.
    """

    def process_request(self, request):
        super().process_request(request)
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            return
        if translation.get_language_from_path(request.path_info) is None:
            language = best_language(request, site_languages(request))
            translation.activate(language)
            request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            reverse("wagtailadmin_home")
        ):
            # An admin URL is never a public page without its language prefix: its 404 stays
            # the admin's own, not a redirect to the public site's 404 under /en/admin/.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def with_missing(url, language):
    """`url` with the marker that says the visitor asked for `language`."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{urlencode({MISSING_PARAMETER: language})}"


def language_name(code):
    """The name of language `code` in the active language, as written inside a sentence."""
    name = str(translation.get_language_info(code)["name_translated"])
    if translation.get_language() in LOWER_CASE_LANGUAGE_NAMES:
        name = name[:1].lower() + name[1:]
    return name


def missing_language(request, shown):
    """The language the visitor asked for and this content lacks (from `?from=`), or None."""
    asked = request.GET.get(MISSING_PARAMETER, "")
    return asked if asked in _codes() and asked != shown else None


def redirect_to_real_translation(page, request):
    """A redirect when `page` is not in the language of the URL, else None.

    Wagtail serves the source page when a language has no home page of its own; the visitor goes
    to the translation of this page in the language they prefer (or the default language, or any
    that exists), and the page then says why.
    """
    asked = translation.get_language()
    if page.locale.language_code == asked or request.method not in ("GET", "HEAD"):
        return None
    translations = {
        candidate.locale.language_code: candidate
        for candidate in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    code = best_language(request, [c for c in _codes() if c in translations])
    target = translations.get(code, page)
    with translation.override(target.locale.language_code):
        url = target.get_url(request)
    if not url:
        return None
    return HttpResponseRedirect(with_missing(url, asked))
