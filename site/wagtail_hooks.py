"""Wagtail hooks of the site-wide layer."""

from wagtail import hooks

from icc_site.bulk_actions import (
    MachineTranslatePagesBulkAction,
    MachineTranslateSnippetsBulkAction,
)
from icc_site.languages import redirect_to_real_translation
from icc_site.page_cache import mark_page_cacheable


@hooks.register("before_serve_page")
def allow_public_page_cache(page, request, serve_args, serve_kwargs):
    """Let the page cache keep this page's response (site/page_cache.py decides the rest)."""
    mark_page_cacheable(page, request)


@hooks.register("before_serve_page")
def serve_only_real_translations(page, request, serve_args, serve_kwargs):
    """A page is shown under /xx/ only in xx: otherwise, to its best real translation."""
    return redirect_to_real_translation(page, request)


hooks.register("register_bulk_action", MachineTranslatePagesBulkAction)
hooks.register("register_bulk_action", MachineTranslateSnippetsBulkAction)
