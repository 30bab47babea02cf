from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

from heritage_mapping.photos import delete_photo_file


class HeritageMappingConfig(AppConfig):
    """Mapping projects, residents' contributions, moderation, the public map and open data."""

    name = "heritage_mapping"
    label = "heritage_mapping"
    verbose_name = _("Heritage mapping")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: apps.py is loaded while the app registry fills, before the models exist.
        from heritage_mapping.models import ItemPhoto

        post_delete.connect(
            delete_photo_file, sender=ItemPhoto, dispatch_uid="heritage_mapping_delete_photo"
        )
