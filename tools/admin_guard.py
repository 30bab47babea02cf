"""The admin URL guard: no admin URL shows a coordinator another city's object.

One middleware for every admin view, ours and Wagtail's or wagtail-localize's, for users who
do not edit every city (editors and administrators pass untouched):

- an object named in the URL (a snippet's `pk`, an image's id, a wagtail-localize translation
  or source) that holds another city's data answers 404, as if it did not exist;
- bulk actions act, and list on their confirmation page, only the selected objects the user may
  see: another city's objects are dropped from the selection before Wagtail reads it, so a
  refusal never names them ("select all" means all the user's own);
- a moderator sees every city's objects but changes only the moderation queues: any other
  snippet screen of a city's object (edit, delete, history, unpublish, revert, a chooser, a
  bulk action, wagtail-localize's screens) is the admin's "no permission" page, except the
  editor and the workflow actions of an object that waits in its city's review for their group
  (`tools.scoping.reviews`), where Wagtail's own rules apply;
- the tools' own screens (`tools.viewsets.CityScreensViewSet`: results, sessions, Index
  rounds, assessments, evaluations, proposals) are read-only to a moderator;
- the views that list every city's records and cannot be narrowed (the site history report,
  wagtail-localize's translations report and snippet API, the admin API's image and document
  endpoints) are refused.

- in a city whose tool changes are reviewed (`tools.review`), what would change what residents
  see without that review is refused to its coordinators (`tools.scoping.held_for_review`):
  unpublishing, unscheduling, deleting a published rumour card or customisation, publishing
  from wagtail-localize's translation editor or its "update translations" screen, and any
  change through them to the city data residents see at once (`CityData.residents_see`), and
  a new file (or the deletion) of an image that is such a city's tool logo.

A refusal looks like the admin's own: a permission refusal (here or in any admin view) is the
admin's "no permission" page (403, with the menu), and a 404 is the admin's 404 page, the same
for another city's object as for one that does not exist.

Which rows are a city's and who may see them is `tools.scoping`; this only applies it.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import gettext_lazy as _
from django.views.defaults import page_not_found
from django.views.generic import TemplateView
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from cities.models import CityPage
from tools.models import CityToolSettings
from tools.permissions import user_edits_all_cities, user_moderates_only, user_sees_all_cities
from tools.review import must_submit_for_review
from tools.scoping import held_for_review, images_for, reviews, scope_of, user_may, visible_to
from tools.views.admin import AdminScreenMixin
from tools.viewsets import CITY_SCREEN_NAMESPACES

__all__ = ["CityScopeGuardMiddleware", "REFUSED_TO_COORDINATORS"]

logger = logging.getLogger("django.request")

#: Admin views that list records of every city and cannot be narrowed to some.
REFUSED_TO_COORDINATORS = (
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "wagtail_localize:snippets_api_listing",
    "wagtail_localize:snippets_api_detail",
    "wagtailadmin_api:images:",
    "wagtailadmin_api:documents:",
)


_ADMIN_HOME = {}

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

#: Snippet screens that only show an object: what a coordinator may see is enough.
READ_ONLY_VIEWS = {
    "history",
    "history_results",
    "inspect",
    "revisions_compare",
    "usage",
    "usage_results",
}


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None


def _snippet_model(namespace):
    """The model of a snippet viewset's or chooser's URL namespace, if it is a snippet (the
    table of namespaces is built once, then again only if the snippets registered change)."""
    models = tuple(get_snippet_models())
    if _SNIPPET_NAMESPACES.get("models") != models:
        table = {}
        for model in models:
            suffix = f"_{model._meta.app_label}_{model._meta.model_name}"
            table[f"wagtailsnippets{suffix}"] = model
            table[f"wagtailsnippetchoosers{suffix}"] = model
        _SNIPPET_NAMESPACES.update(models=models, table=table)
    return _SNIPPET_NAMESPACES["table"].get(namespace)


_SNIPPET_NAMESPACES = {}


#: The snippet screens Wagtail opens to the reviewers of an object's current workflow task.
REVIEW_VIEWS = {"edit", "workflow_action", "collect_workflow_action_data", "workflow_preview"}


def _has_model_rights(user, model):
    """Whether `user` holds any permission on `model` (a moderator, on the moderation queues)."""
    policy = policy_registry.get_by_type(model)
    return policy.user_has_any_permission(user, ["add", "change", "delete", "view"])


#: Snippet screens that change what residents see at once, and the action each takes.
_SNIPPET_REVIEW_ACTIONS = {
    "unpublish": "unpublish",
    "revisions_unschedule": "publish",
    "delete": "delete",
}


def _snippet_review_action(request, match):
    """The action a snippet screen takes that a city's review may hold (None: none)."""
    if match.url_name == "edit" and request.method == "POST":
        # wagtail-localize's translation editor answers on the edit URL of a translation.
        return "publish" if request.POST.get("action") == "publish" else None
    return _SNIPPET_REVIEW_ACTIONS.get(match.url_name)


def _localize_review_action(request, match):
    """The action a wagtail-localize screen would take on the translations of an object: a
    new language version, or an update, is published at once for a model without drafts."""
    if request.method != "POST":
        return None
    if match.url_name == "update_translations":
        return "publish" if request.POST.get("publish_translations") else "change"
    if match.url_name == "submit_snippet_translation":
        return "add"
    return None


def _is_reviewed_logo(user, image_pk):
    """Whether the image is the logo residents see on a tool of a city whose changes are
    reviewed: replacing its file or deleting it would change the tool at once."""
    keys = CityToolSettings.objects.filter(logo_id=image_pk).values("city_key")
    cities = CityPage.objects.filter(translation_key__in=keys)
    return any(must_submit_for_review(user, city) for city in cities)


def _localize_instance(kwargs):
    """The object behind a wagtail-localize URL (translation, source or snippet), if any."""
    source = None
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        source = translation.source if translation else None
    elif "translation_source_id" in kwargs:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    elif {"app_label", "model_name", "pk"} <= set(kwargs):
        model = _model(kwargs["app_label"], kwargs["model_name"])
        if model is None:
            return None
        return model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
    if source is None:
        return None
    try:
        return source.get_source_instance()
    except Exception:  # the source object is gone: nothing to reveal
        return None


class RefusedView(AdminScreenMixin, TemplateView):
    """The admin's "no permission" page, with the admin's menu around it, whatever the method
    of the request it refuses (a refused post too)."""

    template_name = "tools/admin/refused.html"
    page_title = _("No permission")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)


def admin_refusal(request):
    """The admin's "no permission" page, answered with 403."""
    response = RefusedView.as_view()(request)
    response.status_code = 403
    return response.render()


def allowed_methods(view_func):
    """The HTTP methods an admin view answers (lower case), from the handlers of a Django
    class-based view or a REST framework viewset's routes; None for a function view. A view
    that reads `request.method` in `dispatch` takes more than this says: ask it only of the
    read-only views the guard refuses."""
    view_class = getattr(view_func, "view_class", None) or getattr(view_func, "cls", None)
    if view_class is None:
        return None
    actions = getattr(view_func, "actions", None) or {}  # a REST framework viewset's routes
    methods = {
        method
        for method in view_class.http_method_names
        if method in actions or hasattr(view_class, method)
    }
    if "get" in methods:
        methods.add("head")
    return methods


def method_not_allowed(request, methods):
    """Django's answer to a method the view does not take: 405, with the methods it does."""
    logger.warning(
        "Method Not Allowed (%s): %s",
        request.method,
        request.path,
        extra={"status_code": 405, "request": request},
    )
    return HttpResponseNotAllowed(sorted(method.upper() for method in methods))


def admin_not_found(request, error=None):
    """The admin's 404 page, as Wagtail shows it for an object that does not exist."""
    return page_not_found(request, error or Http404(), template_name="wagtailadmin/404.html")


class CityScopeGuardMiddleware:
    """Applies `tools.scoping` to every admin URL; see the module's docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        try:
            return self._guard(request, view_kwargs)
        except Http404 as error:
            return admin_not_found(request, error)
        except PermissionDenied:
            methods = allowed_methods(view_func)
            if methods is not None and request.method.lower() not in methods:
                # What the view answers anyone: a post to a read-only API is a wrong method
                # (as for an editor), not a refusal; the view itself is never run.
                return method_not_allowed(request, methods)
            return admin_refusal(request)

    def process_exception(self, request, exception):
        """An admin view's permission refusal shows as the admin's, not as a bare 403."""
        if isinstance(exception, PermissionDenied) and self._is_admin(request):
            return admin_refusal(request)
        return None

    def _guard(self, request, view_kwargs):
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        view_name = match.view_name or ""
        if not self._is_admin(request) or user_edits_all_cities(user):
            return None
        if not user_sees_all_cities(user) and any(
            view_name == refused or (refused.endswith(":") and view_name.startswith(refused))
            for refused in REFUSED_TO_COORDINATORS
        ):
            raise PermissionDenied
        namespace = match.namespace or ""
        if user_moderates_only(user) and request.method not in SAFE_METHODS:
            if namespace in CITY_SCREEN_NAMESPACES:
                raise PermissionDenied  # a tool's own screens are not moderation queues
        if view_name == "wagtail_bulk_action":
            self._narrow_bulk_selection(request, user, view_kwargs)
        elif namespace.startswith("wagtailsnippet") and "pk" in view_kwargs:
            model = _snippet_model(namespace)
            if model is not None and scope_of(model) is not None:
                self._check(user, model, view_kwargs["pk"], self._action(request, match), match)
                review_action = _snippet_review_action(request, match)
                if review_action and namespace.startswith("wagtailsnippets_"):
                    # Only a screen a review may hold needs the object itself.
                    instance = model._default_manager.filter(
                        pk=unquote(str(view_kwargs["pk"]))
                    ).first()
                    self._check_review(user, instance, review_action)
        elif namespace.startswith("wagtailimages"):
            pk = view_kwargs.get("image_id", view_kwargs.get("pk"))
            if pk is not None and not images_for(user).filter(pk=pk).exists():
                raise Http404
            if pk is not None and request.method == "POST" and _is_reviewed_logo(user, pk):
                raise PermissionDenied
        elif namespace == "wagtail_localize":
            instance = _localize_instance(view_kwargs)
            if instance is not None and not user_may(user, instance):
                raise Http404
            if (
                instance is not None
                and request.method not in SAFE_METHODS
                and user_moderates_only(user)
                and not user_may(user, instance, "change")
            ):
                raise PermissionDenied  # a moderator translates nothing
            if instance is not None:
                self._check_review(user, instance, _localize_review_action(request, match))
        return None

    @staticmethod
    def _check_review(user, instance, action):
        if action and instance is not None and held_for_review(user, instance, action):
            raise PermissionDenied

    @staticmethod
    def _is_admin(request):
        # The admin's root, reversed once per URL configuration and script prefix.
        key = (get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
        home = _ADMIN_HOME.get(key)
        if home is None:
            home = _ADMIN_HOME[key] = reverse("wagtailadmin_home")
        return request.path.startswith(home)

    @staticmethod
    def _action(request, match):
        """ "view" for the screens that only show an object, "change" for the others: a shared
        row (a question of the common bank) is readable by every coordinator, not writable."""
        if match.namespace.startswith("wagtailsnippetchoosers"):
            return "view"
        if request.method in ("GET", "HEAD") and match.url_name in READ_ONLY_VIEWS:
            return "view"
        return "change"

    @staticmethod
    def _check(user, model, pk, action, match):
        rows = model._default_manager.filter(pk=unquote(str(pk)))
        moderator = user_moderates_only(user)
        if moderator:
            instance = rows.first()
            if instance is None:
                raise Http404
            if match.namespace.startswith("wagtailsnippets_") and match.url_name in REVIEW_VIEWS:
                if reviews(user, instance):
                    return  # its review waits for them: Wagtail's editor and actions decide
            if not _has_model_rights(user, model) or not visible_to(user, rows, action).exists():
                raise PermissionDenied  # a moderator sees every city's objects, not more
            return
        if not visible_to(user, rows, action).exists():
            raise Http404

    @staticmethod
    def _narrow_bulk_selection(request, user, kwargs):
        model = _model(kwargs.get("app_label"), kwargs.get("model_name"))
        if model is None:
            return
        if model is get_image_model():
            allowed = images_for(user)
        elif scope_of(model) is not None:
            # A moderator sees every city's rows, but acts only on the moderation queues.
            action = "change" if user_moderates_only(user) else "view"
            allowed = visible_to(user, model._default_manager.all(), action)
        else:
            return
        ids = request.GET.getlist("id")
        if "all" in ids:
            # "Select all" means what the action itself would take from the listing (the
            # reports still waiting, say), of the user's cities only.

            action_class = bulk_action_registry.get_bulk_action_class(
                model._meta.app_label, model._meta.model_name, kwargs.get("action")
            )
            if action_class is None:
                return
            action = action_class(request, model)
            ids = list(action.get_all_objects_in_listing_query(request.GET.get("childOf")))
        allowed = allowed.filter(pk__in=[pk for pk in ids if str(pk).isdigit()])
        allowed = allowed.values_list("pk", flat=True)
        query = request.GET.copy()
        query.setlist("id", [str(pk) for pk in allowed])
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()
