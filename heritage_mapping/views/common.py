"""What every screen of the tool shares: URLs, the project of a request, the base context."""

from django.http import Http404
from django.utils import translation

from heritage_mapping.models import MappingProject
from heritage_mapping.tiles import DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL, tile_settings
from tools.screens import screen_url

__all__ = [
    "DEFAULT_TILE_ATTRIBUTION",
    "DEFAULT_TILE_URL",
    "find_project",
    "project_url",
    "tile_settings",
    "tool_context",
]


def project_url(customisation, mode, project, name="map", **kwargs):
    """Path of the screen `name` of a project (`HeritageMap.screens`)."""
    return screen_url(customisation, name, embed=mode, project=project.slug, **kwargs)


def find_project(customisation, slug):
    """The published project `slug` of the customisation's city, in the active language if
    translated (else its original). 404 when there is none. One query."""
    candidates = list(
        MappingProject.objects.published()
        .of_city(customisation.city)
        .filter(slug=slug)
        .select_related("locale")
        .order_by("pk")
    )
    if not candidates:
        raise Http404
    language = translation.get_language()
    original = candidates[0]
    shown = next((p for p in candidates if p.locale.language_code == language), original)
    shown._original = original
    return shown


def tool_context(customisation, request, mode, project=None, **extra):
    """The framework's context plus the project, its URLs and the tile settings."""
    context = customisation.get_tool_context(request, mode)
    context["home_url"] = screen_url(customisation, "projects", embed=mode)
    if project is not None:
        context.update(
            {
                "project": project,
                "map_url": project_url(customisation, mode, project),
                # The map's script links a marker to its item: this path, its id and "/".
                "item_base_url": project_url(customisation, mode, project) + "items/",
                "contribute_url": project_url(customisation, mode, project, "contribute"),
                "analysis_url": project_url(customisation, mode, project, "analysis"),
                "action_plan_url": project_url(customisation, mode, project, "action_plan"),
                "geojson_url": project_url(customisation, mode, project, "geojson"),
                "csv_url": project_url(customisation, mode, project, "csv"),
            }
        )
    context.update(tile_settings())
    context.update(extra)
    return context
