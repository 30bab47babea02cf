"""What every screen shares: URLs of the screens, rendering in the framework's shell, and the
methods each screen accepts."""

from functools import wraps

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import translation

__all__ = ["allow_methods", "render_screen", "rumour_urls", "screen_url", "screen_urls"]

#: Screen name -> subpath, for the navigation and links.
SCREEN_PATHS = {
    "overview": "",
    "report": "report/",
    "diagnosis": "diagnosis/",
    "checker": "checker/",
    "network": "network/",
    "campaigns": "campaigns/",
    "course": "course/",
    "quiz": "course/quiz/",
    "certificate": "course/certificate/",
    "verify": "verify/",
}


def screen_url(strategy, mode, subpath="", language=None):
    """Path of a screen, framed ("embed") or full page ("page"), in `language`."""
    language = language or translation.get_language()
    base = strategy.get_embed_url(language) if mode == "embed" else strategy.get_page_url(language)
    return base + subpath


def screen_urls(strategy, mode):
    """{screen name: path} in the active language."""
    base = screen_url(strategy, mode)
    return {name: base + subpath for name, subpath in SCREEN_PATHS.items()}


def rumour_urls(rumours, urls):
    """Attach `page_url`, `card_url` and `check_url` to each rumour (no query)."""
    base = urls["overview"]
    for rumour in rumours:
        rumour.page_url = f"{base}rumours/{rumour.slug}/"
        rumour.card_url = f"{base}rumours/{rumour.slug}/card/"
        rumour.check_url = f"{urls['checker']}{rumour.slug}/"
    return rumours


def render_screen(request, strategy, mode, template, context=None, status=200):
    """Render a screen in the framework's shell (framed or full page)."""
    full = strategy.get_tool_context(request, mode)
    full["current_screen"] = template.rsplit("/", 1)[-1].removesuffix(".html")
    full.update(context or {})
    return TemplateResponse(request, template, full, status=status)


def allow_methods(*methods):
    """Answer 405 to other methods (the framework lets POST reach every screen)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
