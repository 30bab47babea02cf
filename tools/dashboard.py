"""The coordinator's home in the admin: a dashboard panel with their cities' tools (edit, embed
code, languages), what waits for their decision in each moderation queue, and the tools'
results of the last days.

Everything comes from the tools' declarations (`CityTool.city_data`: `awaiting`, `recent`,
`listing`) and goes through `tools.scoping.visible_to`, so a coordinator counts and sees only
their cities' rows; editors, who see every city, get the counts without the list of tools.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from tools.models import CityTool
from tools.permissions import cities_for_user, manages_any_city, user_sees_all_cities
from tools.proposals import returned_proposals
from tools.scoping import city_data_models, visible_to

__all__ = ["RECENT_DAYS", "CoordinatorPanel", "awaiting_counts", "recent_counts", "tools_of"]

#: How far back "recent results" go.
RECENT_DAYS = 30


def _listing_url(model, data, query=()):
    """The admin screen listing the rows of `model` (filtered by `query`), or ""."""
    name = data.listing
    if not name:
        viewset = getattr(model, "snippet_viewset", None)
        name = viewset.get_url_name("list") if viewset else ""
    if not name:
        return ""
    try:
        url = reverse(name)
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode(query)}" if query else url


def awaiting_counts(user):
    """[(label, count, url)] of each moderation queue the user's cities have rows in."""
    rows = []
    for model, data in city_data_models().items():
        if not data.awaiting:
            continue
        count = visible_to(user, model._default_manager.filter(**dict(data.awaiting))).count()
        if count:
            label = capfirst(model._meta.verbose_name_plural)
            rows.append((label, count, _listing_url(model, data, data.awaiting)))
    return sorted(rows, key=lambda row: str(row[0]))


def recent_counts(user, days=RECENT_DAYS):
    """[(label, count, url)] of the results of the last `days` days, per kind of result."""
    since = timezone.now() - timedelta(days=days)
    rows = []
    for model, data in city_data_models().items():
        if not data.recent:
            continue
        field = model._meta.get_field(data.recent)
        start = since if field.get_internal_type() == "DateTimeField" else since.date()
        rows_of = model._default_manager.filter(**{f"{data.recent}__gte": start})
        count = visible_to(user, rows_of).count()
        if count:
            label = capfirst(model._meta.verbose_name_plural)
            rows.append((label, count, _listing_url(model, data)))
    return sorted(rows, key=lambda row: str(row[0]))


def tools_of(user):
    """The customisations of the user's cities, one per tool and city (the site's default
    language where it exists), each with its admin links: [(customisation, links)]."""
    default = Locale.get_default()
    chosen = {}
    rows = (
        CityTool.objects.filter(city__in=cities_for_user(user))
        .select_related("city", "locale", "shared")
        .order_by("city__title", "content_type_id", "pk")
    )
    for customisation in rows:
        key = (customisation.content_type_id, customisation.city.translation_key)
        if key not in chosen or customisation.locale_id == default.pk:
            chosen[key] = customisation
    found = []
    for customisation in chosen.values():
        model = ContentType.objects.get_for_id(customisation.content_type_id).model_class()
        viewset = getattr(model, "snippet_viewset", None)
        if model is None or viewset is None:
            continue  # a tool whose app is not installed any more
        namespace = viewset.url_namespace
        found.append(
            {
                "tool_name": model.get_tool_name(),
                "city": customisation.city.title,
                "live": customisation.live,
                "enabled": customisation.shared.enabled if customisation.shared else False,
                "edit_url": reverse(f"{namespace}:edit", args=[customisation.pk]),
                "embed_url": reverse(f"{namespace}:embed_code", args=[customisation.pk]),
                "languages_url": reverse(f"{namespace}:languages", args=[customisation.pk]),
            }
        )
    return sorted(found, key=lambda row: (row["city"], str(row["tool_name"])))


class CoordinatorPanel(Component):
    """The dashboard panel of whoever manages at least one city."""

    name = "city_tools"
    template_name = "tools/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        context = super().get_context_data(parent_context)
        context.update(
            {
                "tools": [] if user_sees_all_cities(user) else tools_of(user),
                "awaiting": awaiting_counts(user),
                "recent": recent_counts(user),
                "recent_days": RECENT_DAYS,
                "returned": [] if user_sees_all_cities(user) else returned_proposals(user),
                "proposals_url": reverse("city_proposals:index"),
            }
        )
        return context


def add_coordinator_panel(request, panels):
    """`construct_homepage_panels`: the panel first, for whoever manages a city."""
    if manages_any_city(request):
        panels.insert(0, CoordinatorPanel())
