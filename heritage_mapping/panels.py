"""Edit-form panels for moderators: an item's photos (before approval too), and a map to
place the item inside its project's area."""

from django import forms
from django.urls import reverse
from wagtail.admin.panels import Panel

from heritage_mapping.tiles import tile_settings

__all__ = ["AreaDrawingPanel", "ItemLocationMapPanel", "ItemPhotosPanel"]

LEAFLET_CSS = ["heritage_mapping/vendor/leaflet/leaflet.css", "heritage_mapping/admin.css"]
LEAFLET_JS = "heritage_mapping/vendor/leaflet/leaflet.js"


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


class MapPanel(Panel):
    """A Leaflet map in an edit form, drawn by `script` (a static file) from `template_name`,
    with the tile server's settings and what `map_context()` adds."""

    script = None
    template_name = None

    class BoundPanel(Panel.BoundPanel):
        @property
        def template_name(self):
            return self.panel.template_name

        @property
        def media(self):
            return forms.Media(css={"all": LEAFLET_CSS}, js=[LEAFLET_JS, self.panel.script])

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(tile_settings())
            context.update(self.panel.map_context(self.form, self.instance))
            return context

    def map_context(self, form, instance):
        return {}


class ItemLocationMapPanel(MapPanel):
    """A map above the latitude and longitude fields: clicking it (or placing the point at the
    centre, for keyboard users) fills both fields, inside the outline of the item's project.

    The same picker as the residents' contribution form (picker.js): the fields stay visible
    and editable, and the model checks the area again when the form is saved.
    """

    template_name = "heritage_mapping/admin/location_panel.html"
    script = "heritage_mapping/picker.js"

    def map_context(self, form, item):
        project = item.project if item is not None and item.project_id else None
        return {
            "area": project.area if project else None,
            "latitude_id": form["latitude"].auto_id,
            "longitude_id": form["longitude"].auto_id,
        }


class AreaDrawingPanel(MapPanel):
    """A map of the project's area above its GeoJSON field, where a coordinator draws a new
    outline corner by corner (area_drawing.js writes it into the field as a Polygon).

    The field stays visible and editable (to paste an outline drawn elsewhere) and the form
    validates it as before; without JavaScript the panel shows nothing.
    """

    template_name = "heritage_mapping/admin/area_panel.html"
    script = "heritage_mapping/area_drawing.js"

    def map_context(self, form, project):
        return {"area_input_id": form["area"].auto_id}
