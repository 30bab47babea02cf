"""`HeritageMap`: a city's customisation of the heritage mapping tool (tools framework)."""

from django.utils.translation import gettext_lazy as _

from tools.models import CityTool

__all__ = ["HeritageMap"]


class HeritageMap(CityTool):
    """One city's heritage map: branding, languages and embedding origins (from `CityTool`).

    The city's mapping projects (`MappingProject`, one per neighbourhood) are edited on their
    own admin screen; every screen of the tool lives under the tool's URL (see `serve()`).
    """

    tool_slug = "heritage-map"
    tool_name = _("Heritage map")
    tool_description = _(
        "Residents map the diverse heritage of their neighbourhood together: places, "
        "traditions, languages, food and memories that connect its communities."
    )
    icon = "site"
    embed_template = "heritage_mapping/projects.html"
    accepts_posts = True

    class Meta:
        verbose_name = _("heritage map")
        verbose_name_plural = _("heritage maps")

    def serve(self, request, mode, subpath=""):
        """Projects, map, list, items, contribution, analysis, action plan and open data."""
        from heritage_mapping.views import serve_screen

        return serve_screen(self, request, mode, subpath)
