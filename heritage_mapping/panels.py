"""Edit-form panels for moderators: an item's photos (before approval too), and a map to
place the item inside its project's area."""

from django import forms
from django.urls import reverse
from wagtail.admin.panels import Panel

__all__ = ["AreaDrawingPanel", "ItemLocationMapPanel", "ItemPhotosPanel"]

LEAFLET_CSS = ["heritage_mapping/vendor/leaflet/leaflet.css", "heritage_mapping/admin.css"]
LEAFLET_JS = "heritage_mapping/vendor/leaflet/leaflet.js"


def _tile_settings():
    from heritage_mapping.views.common import tile_settings

    return tile_settings()


class ItemPhotosPanel(Panel):
    """Read-only thumbnails, served by the admin's photo view (city-scoped)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "heritage_mapping/admin/photos_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            item = self.instance
            photos = []
            if item is not None and item.pk:
                for photo in item.photos.all():
                    url = reverse(
                        "wagtailsnippets_heritage_mapping_heritageitem:photo",
                        kwargs={"photo_pk": photo.pk},
                    )
                    photos.append({"photo": photo, "url": url})
            context["photos"] = photos
            return context


class ItemLocationMapPanel(Panel):
    """A map above the latitude and longitude fields: clicking it (or placing the point at the
    centre, for keyboard users) fills both fields, inside the outline of the item's project.

    The same picker as the residents' contribution form (picker.js): the fields stay visible
    and editable, and the model checks the area again when the form is saved.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "heritage_mapping/admin/location_panel.html"

        @property
        def media(self):
            return forms.Media(
                css={"all": LEAFLET_CSS}, js=[LEAFLET_JS, "heritage_mapping/picker.js"]
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            item = self.instance
            project = item.project if item is not None and item.project_id else None
            context.update(_tile_settings())
            context["area"] = project.area if project else None
            context["latitude_id"] = self.form["latitude"].auto_id
            context["longitude_id"] = self.form["longitude"].auto_id
            return context


class AreaDrawingPanel(Panel):
    """A map of the project's area above its GeoJSON field, where a coordinator draws a new
    outline corner by corner (area_drawing.js writes it into the field as a Polygon).

    The field stays visible and editable (to paste an outline drawn elsewhere) and the form
    validates it as before; without JavaScript the panel shows nothing.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "heritage_mapping/admin/area_panel.html"

        @property
        def media(self):
            return forms.Media(
                css={"all": LEAFLET_CSS}, js=[LEAFLET_JS, "heritage_mapping/area_drawing.js"]
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(_tile_settings())
            context["area_input_id"] = self.form["area"].auto_id
            return context
