"""Wires the tools into the Wagtail admin: a menu per tool with a viewset per tool type, the
coordinator's dashboard panel, and no menu entry for the reports that `tools.admin_guard`
refuses to coordinators."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
from wagtail.images.wagtail_hooks import ImagesSummaryItem
from wagtail.models import Page, WorkflowMixin
from wagtail.snippets.models import register_snippet

from cities.models import CityPage
from cities.profile_sections import PROFILE_CONTEXT_HOOK
from tools.admin_guard import REFUSED_TO_COORDINATORS
from tools.dashboard import add_coordinator_panel
from tools.digest import DigestSettingsPanel
from tools.directory import (
    city_profile_context,
    directory_page_context,
    search_tool_types,
    search_tools,
)
from tools.landing import landing_url
from tools.models import CityTool
from tools.models.directory import DIRECTORY_CONTEXT_HOOK
from tools.permissions import user_can_manage_city, user_sees_all_cities
from tools.proposals import proposals_for
from tools.review import must_submit_for_review
from tools.scoping import city_of, scope_of
from tools.viewsets import ProposalsViewSet, add_city_screens, register_tool_admin, tools_group

register_snippet(tools_group)
add_city_screens(ProposalsViewSet)
register_tool_admin()

hooks.register("construct_homepage_panels", add_coordinator_panel)
hooks.register("register_account_settings_panel", DigestSettingsPanel)


@hooks.register("construct_main_menu")
def group_tools_menu_by_tool(request, menu_items):
    """One submenu per tool (its customisations, moderation, results...) instead of a single
    "Tools" submenu listing every screen of every tool."""
    for position, item in enumerate(menu_items):
        if item.name == tools_group.menu_name:
            menu_items[position : position + 1] = tools_group.menu_items_by_tool(request)
            return


@hooks.register("construct_homepage_summary_items", order=100)
def hide_library_counts_from_coordinators(request, items):
    """A coordinator's dashboard has no "0 Images" or "0 Documents": their city's logos are
    chosen from a tool's own form, and the coordinator panel counts what they work on."""
    if user_sees_all_cities(request.user):
        return
    items[:] = [
        item for item in items if not isinstance(item, ImagesSummaryItem | DocumentsSummaryItem)
    ]


def _refused_paths():
    paths = set()
    for name in REFUSED_TO_COORDINATORS:
        try:
            paths.add(reverse(name))
        except NoReverseMatch:
            continue  # a namespace, or a view that needs arguments: no menu entry
    return paths


# A city's profile lists the tools it offers and their recognitions (cities does not import tools).
hooks.register(PROFILE_CONTEXT_HOOK, city_profile_context)
# The directory page lists the tools and their cities (its model does not import the directory).
hooks.register(DIRECTORY_CONTEXT_HOOK, directory_page_context)


@hooks.register("construct_reports_menu")
def hide_refused_reports(request, menu_items):
    """Coordinators do not see a Reports entry that would answer 403."""
    if user_sees_all_cities(request.user):
        return
    refused = _refused_paths()
    menu_items[:] = [item for item in menu_items if getattr(item, "url", None) not in refused]


@hooks.register("search_other_results")
def tools_matching(query):
    """The site search also finds the tools (home/views.py): their landing pages, in every
    language, then the cities offering them in the language shown."""
    language = translation.get_language()
    landings = [
        {
            "title": str(model.get_tool_name()),
            "url": landing_url(model.tool_slug, language),
            "description": str(model.tool_description or ""),
        }
        for model in search_tool_types(query)
    ]
    return landings + [
        {
            "title": f"{model.get_tool_name()} – {offer.city_title}",
            "url": offer.page_url,
            "description": model.tool_description or "",
        }
        for model, offer in search_tools(query, language)
    ]


@hooks.register("register_snippet_listing_buttons")
def customisation_languages_button(snippet, user, next_url=None):
    """Every language version of a customisation links to its languages screen (the state of
    each language, sync, translate, shared settings), for whoever may change it."""
    if not isinstance(snippet, CityTool) or not user_can_manage_city(user, snippet.city):
        return
    namespace = type(snippet).snippet_viewset.url_namespace
    yield ListingButton(
        _("Languages"),
        reverse(f"{namespace}:languages", args=[snippet.pk]),
        icon_name="globe",
        priority=95,
    )


# --- A city's review of its tool changes (tools.review) ---
def _publish_refused(request, city):
    return (
        request.method == "POST"
        and "action-publish" in request.POST
        and must_submit_for_review(request.user, city)
    )


def _refusal(request, url):
    messages.error(
        request,
        _("Your city's changes are reviewed: save a draft, then submit it for review."),
    )
    return redirect(url)


def _reviewed_city(instance):
    """The city of a row that goes through its city's review (a customisation, a rumour
    card), or None."""
    if not isinstance(instance, WorkflowMixin) or scope_of(instance) is None:
        return None
    return city_of(instance)


@hooks.register("construct_snippet_action_menu")
def offer_review_instead_of_publishing(menu_items, request, context):
    """In a city whose changes are reviewed, its coordinators submit rather than publish, and
    are not offered to unpublish."""
    city = _reviewed_city(context.get("instance"))
    if city is not None and must_submit_for_review(request.user, city):
        held = ("action-publish", "action-unpublish")
        menu_items[:] = [item for item in menu_items if item.name not in held]


@hooks.register("before_edit_snippet")
def refuse_publishing_without_review(request, instance):
    city = _reviewed_city(instance)
    if city is not None and _publish_refused(request, city):
        return _refusal(request, request.path)
    return None


@hooks.register("before_create_snippet")
def refuse_publishing_a_new_customisation_without_review(request, model):
    if not issubclass(model, WorkflowMixin) or scope_of(model) is None:
        return None
    if request.method != "POST":
        return None
    city_id = request.POST.get("city", "")
    city = CityPage.objects.filter(pk=city_id).first() if city_id.isdigit() else None
    if city is not None and _publish_refused(request, city):
        return _refusal(request, request.path)
    return None


def _say_publish_was_held(request):
    if getattr(request, "publish_held_for_review", False):
        messages.warning(
            request,
            _(
                "Your city's changes are reviewed: your changes are saved as a draft. Submit "
                "them for review to publish them."
            ),
        )


@hooks.register("after_edit_snippet")
def say_an_edit_was_held_for_review(request, instance):
    _say_publish_was_held(request)


@hooks.register("after_create_snippet")
def say_a_new_customisation_was_held_for_review(request, instance):
    _say_publish_was_held(request)


# --- Contributions from cities (tools.proposals) ---
@hooks.register("construct_page_chooser_queryset")
def hide_other_cities_proposals(pages, request):
    """A draft page proposed by another city is not offered to a coordinator in the page
    chooser (which lists every page to every admin user)."""
    if user_sees_all_cities(request.user):
        return pages
    theirs = proposals_for(request.user).values("page_id")
    hidden = list(
        Page.objects.filter(city_proposal__isnull=False, live=False)
        .exclude(pk__in=theirs)
        .values_list("translation_key", flat=True)
    )
    # By translation key: the chooser's search can filter on it (its index has no "id").
    return pages.exclude(translation_key__in=hidden) if hidden else pages
