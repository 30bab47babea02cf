"""`HeritageMap`: a city's customisation of the heritage mapping tool (tools framework)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tools.models import CityTool
from tools.privacy import KEPT_ON_PURPOSE, StoredData
from tools.scoping import CityData
from tools.screens import FORM, Screen

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
    screens = (
        Screen("", "heritage_mapping.views.maps.project_index", "projects", shared=True),
        # A project's map and list of items (GET `category` and `community` filter them).
        Screen("<str:project>/", "heritage_mapping.views.maps.project_map", "map"),
        Screen(
            "<str:project>/items/<int:item_id>/", "heritage_mapping.views.maps.item_page", "item"
        ),
        # The contribution form (a cookieless wizard), and what follows it.
        Screen(
            "<str:project>/contribute/",
            "heritage_mapping.views.contribute.contribute",
            "contribute",
            FORM,
        ),
        Screen("<str:project>/thanks/", "heritage_mapping.views.contribute.thanks", "thanks"),
        Screen("<str:project>/analysis/", "heritage_mapping.views.maps.analysis", "analysis"),
        Screen(
            "<str:project>/action-plan/", "heritage_mapping.views.maps.action_plan", "action_plan"
        ),
        # Open data, and an approved item's photo.
        Screen(
            "<str:project>/heritage.geojson", "heritage_mapping.views.opendata.geojson", "geojson"
        ),
        Screen("<str:project>/heritage.csv", "heritage_mapping.views.opendata.csv_export", "csv"),
        Screen(
            "<str:project>/photos/<int:photo_id>.jpg",
            "heritage_mapping.views.photos.photo",
            "photo",
        ),
    )
    city_data = (
        CityData(
            "heritage_mapping.MappingProject",
            coordinator_actions=("add", "change", "delete", "view"),
            residents_see=True,
        ),
        CityData(
            "heritage_mapping.HeritageItem",
            "project__city",
            coordinator_actions=("add", "change", "delete", "view"),
            awaiting=(("status", "pending"),),
            recent="submitted_at",
            # Moderating what residents sent stays the coordinator's; an approved item is public.
            residents_see="is_public",
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
