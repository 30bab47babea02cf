"""`HeritageMap`: a city's customisation of the heritage mapping tool (tools framework)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tools.models import CityTool
from tools.privacy import KEPT_ON_PURPOSE, StoredData
from tools.scoping import CityData

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
    city_data = (
        CityData(
            "heritage_mapping.MappingProject",
            coordinator_actions=("add", "change", "delete", "view"),
        ),
        CityData(
            "heritage_mapping.HeritageItem",
            "project__city",
            coordinator_actions=("add", "change", "delete", "view"),
            awaiting=(("status", "pending"),),
            recent="submitted_at",
        ),
        CityData("heritage_mapping.ItemPhoto", "item__project__city"),
    )
    #: Its only form is the wizard, which shows refusals on the same step (tools.wizard).
    shows_refusals_in_form = True
    #: Photos wait here between the form's steps (tools.uploads; heritage_mapping.photos).
    pending_upload_dir = "heritage_mapping/pending"
    stored_data = (
        StoredData(
            what=_(
                "A contribution waiting for moderation or rejected: what you wrote, the place, "
                "the photos (without their location and camera details), the licence and your "
                "name only if you agreed to show it."
            ),
            model="heritage_mapping.HeritageItem",
            purge="heritage_mapping.models.items.purge_unpublished_items",
        ),
        StoredData(
            what=_(
                "An approved contribution is published on the map under the licence you chose, "
                "with your name only if you agreed."
            ),
            model="heritage_mapping.HeritageItem",
            retention=KEPT_ON_PURPOSE,
        ),
        StoredData(
            what=_(
                "Photos you add wait on the server between the steps of the form, at most one "
                "per photo field of your form, under a random name; those of forms never sent "
                "are deleted."
            ),
            purge="heritage_mapping.photos.purge_pending_photos_before",
            retention=timedelta(hours=3),
        ),
    )

    class Meta:
        verbose_name = _("heritage map")
        verbose_name_plural = _("heritage maps")

    def serve(self, request, mode, subpath=""):
        """Projects, map, list, items, contribution, analysis, action plan and open data."""
        from heritage_mapping.views import serve_screen

        return serve_screen(self, request, mode, subpath)
