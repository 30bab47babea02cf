"""Wagtail hooks of the site-wide layer."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views import edit_translation

from icc_site.bulk_actions import (
    MachineTranslatePagesBulkAction,
    MachineTranslateSnippetsBulkAction,
)
from icc_site.languages import redirect_to_real_translation
from icc_site.page_cache import mark_page_cacheable
from icc_site.translators import MachineTranslationError


@hooks.register("before_serve_page")
def allow_public_page_cache(page, request, serve_args, serve_kwargs):
    """Let the page cache keep this page's response (site/page_cache.py decides the rest)."""
    mark_page_cacheable(page, request)


@hooks.register("before_serve_page")
def serve_only_real_translations(page, request, serve_args, serve_kwargs):
    """A page is shown under /xx/ only in xx: otherwise, to its best real translation."""
    return redirect_to_real_translation(page, request)


@hooks.register("before_move_page")
def refuse_a_move_the_user_may_not_make(request, page, destination):
    """The move's confirmation screen only for a move the user may make: Wagtail checks the
    permission when the move is sent, and its screen named any page and its destination to
    anyone signed in to the admin. Refused as the move screen refuses (to the dashboard)."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


hooks.register("register_bulk_action", MachineTranslatePagesBulkAction)
hooks.register("register_bulk_action", MachineTranslateSnippetsBulkAction)


@require_POST
def machine_translate_or_explain(request, translation_id):
    """wagtail-localize's "Machine translate" in the translation editor, but a failing service
    gives the editor a message instead of an error page. Nothing is saved then (the texts are
    asked for before any is written), and what the editor typed was saved as they typed it."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, error.message)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


@hooks.register("register_admin_urls")
def machine_translate_url():
    # The address of wagtail-localize's own view: this app's hooks run before wagtail-localize's
    # (INSTALLED_APPS order), so the editor's button, which reverses wagtail-localize's URL
    # name, reaches this view.
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate_or_explain,
            name="machine_translate_or_explain",
        )
    ]
