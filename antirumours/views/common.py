"""What every screen shares: the URLs of the screens and rendering in the framework's shell."""

from django.template.response import TemplateResponse

from tools.screens import screen_url

__all__ = ["render_screen", "rumour_urls"]


def rumour_urls(rumours, customisation, mode):
    """Attach `page_url`, `card_url` and `check_url` to each rumour (no query)."""
    for rumour in rumours:
        rumour.page_url = screen_url(customisation, "rumour", embed=mode, slug=rumour.slug)
        rumour.card_url = screen_url(customisation, "card", embed=mode, slug=rumour.slug)
        rumour.check_url = screen_url(customisation, "check", embed=mode, slug=rumour.slug)
    return rumours


def render_screen(request, customisation, mode, template, context=None, status=200):
    """Render a screen in the framework's shell (framed or full page)."""
    full = customisation.get_tool_context(request, mode)
    full["current_screen"] = template.rsplit("/", 1)[-1].removesuffix(".html")
    full.update(context or {})
    return TemplateResponse(request, template, full, status=status)
