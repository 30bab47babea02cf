"""An edit-form panel showing an item's photos to its moderators (before approval too)."""

from django.urls import reverse
from wagtail.admin.panels import Panel

__all__ = ["ItemPhotosPanel"]


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
