"""The public screens: projects, map with its list, item page, analysis and action plan."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from heritage_mapping.listing import (
    MapFilters,
    community_labels,
    counts_by_category,
    counts_by_community,
    public_items,
)
from heritage_mapping.models import HeritageItem, MappingProject
from heritage_mapping.views.common import find_project, project_url, tool_context
from heritage_mapping.vocabulary import Category
from tools.charts import BarRow, bar_chart

__all__ = ["action_plan", "analysis", "item_page", "project_index", "project_map"]


def project_index(request, customisation, mode):
    """The city's mapping projects, in the reader's language where translated."""
    projects = {}
    for project in (
        MappingProject.objects.published()
        .of_city(customisation.city)
        .select_related("locale")
        .order_by("pk")
    ):
        # The first row of a translation key is the original; a translation replaces it.
        if project.translation_key not in projects or project.locale.language_code == (
            request.LANGUAGE_CODE
        ):
            projects[project.translation_key] = project
    entries = [
        {"project": project, "url": project_url(customisation, mode, project)}
        for project in sorted(projects.values(), key=lambda p: p.title)
    ]
    context = tool_context(customisation, request, mode, projects=entries)
    return TemplateResponse(request, "heritage_mapping/projects.html", context)


def _community_rows(labels, item):
    return [labels.get(c.slug, c.name) for c in item.communities.all()]


def project_map(request, customisation, mode, project):
    """The map and, below it, the same items as a list that needs no JavaScript."""
    project = find_project(customisation, project)
    labels = community_labels(project)
    filters = MapFilters.from_request(request, set(labels))
    items = list(public_items(project, filters))
    category_labels = dict(Category.choices)
    rows = [
        {
            "item": item,
            "category": category_labels.get(item.category, item.category),
            "communities": _community_rows(labels, item),
        }
        for item in items
    ]
    geojson_url = project_url(customisation, mode, project, "geojson")
    query = filters.as_query()
    context = tool_context(
        customisation,
        request,
        mode,
        project,
        rows=rows,
        filters=filters,
        categories=Category.choices,
        communities=list(labels.items()),
        filtered_geojson_url=f"{geojson_url}?{query}" if query else geojson_url,
        filter_query=query,
    )
    return TemplateResponse(request, "heritage_mapping/map.html", context)


def item_page(request, customisation, mode, project, item_id):
    """One approved item, with its photos, communities, licence and contributor if agreed."""
    project = find_project(customisation, project)
    item = (
        HeritageItem.objects.approved()
        .of_project(project)
        .filter(pk=item_id)
        .prefetch_related("communities", "photos")
        .first()
    )
    if item is None:
        raise Http404
    labels = community_labels(project)
    context = tool_context(
        customisation,
        request,
        mode,
        project,
        item=item,
        category=dict(Category.choices).get(item.category, item.category),
        communities=_community_rows(labels, item),
        photos=[
            {
                "photo": photo,
                "url": project_url(customisation, mode, project, "photo", photo_id=photo.pk),
            }
            for photo in item.photos.all()
        ],
    )
    return TemplateResponse(request, "heritage_mapping/item.html", context)


def count_chart(counts, total, *, title, chart_id):
    """The framework's score bars of `counts` ((key, label, count) rows), each a share of the
    `total` of items (right to left and in print like every tool's), or None without rows. The
    page's own table, with its links to the map, is their text: the chart repeats no table."""
    if not counts:
        return None
    rows = [BarRow(label, count) for _key, label, count in counts]
    return bar_chart(rows, title=title, chart_id=chart_id, max_value=max(total, 1))


def analysis(request, customisation, mode, project):
    """Counts of approved items by category and by community, as tables and bars."""
    project = find_project(customisation, project)
    labels = community_labels(project)
    by_category = counts_by_category(project)
    by_community = counts_by_community(project, labels)
    total = HeritageItem.objects.approved().of_project(project).count()
    context = tool_context(
        customisation,
        request,
        mode,
        project,
        total=total,
        by_category=by_category,
        by_community=by_community,
        category_chart=count_chart(
            by_category, total, title=_("Items by category"), chart_id="items-by-category"
        ),
        community_chart=count_chart(
            by_community,
            total,
            title=_("Items by community they connect"),
            chart_id="items-by-community",
        ),
    )
    return TemplateResponse(request, "heritage_mapping/analysis.html", context)


def action_plan(request, customisation, mode, project):
    """The project's actions, each with links to the approved items it builds on.

    Read from the StreamField's raw data: the chosen items are fetched in one query (and
    unapproved ones left out) instead of one chooser lookup per action.
    """
    project = find_project(customisation, project)
    raw_actions = [block["value"] for block in project.action_plan.raw_data]
    wanted = {
        asset.get("value")
        for action in raw_actions
        for asset in action.get("assets") or []
        if asset.get("value")
    }
    approved = HeritageItem.objects.approved().of_project(project).in_bulk(wanted)
    actions = [
        {
            "action": action,
            "assets": [
                {
                    "item": approved[asset["value"]],
                    "url": project_url(
                        customisation, mode, project, "item", item_id=asset["value"]
                    ),
                }
                for asset in action.get("assets") or []
                if asset.get("value") in approved
            ],
        }
        for action in raw_actions
    ]
    context = tool_context(customisation, request, mode, project, actions=actions)
    return TemplateResponse(request, "heritage_mapping/action_plan.html", context)
