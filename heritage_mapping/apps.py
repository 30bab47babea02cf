from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class HeritageMappingConfig(AppConfig):
    """Mapping projects, residents' contributions, moderation, the public map and open data."""

    name = "heritage_mapping"
    label = "heritage_mapping"
    verbose_name = _("Heritage mapping")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from heritage_mapping.models import ItemPhoto
        from heritage_mapping.permissions import grant_after_migrate, grant_to_new_coordinators
        from heritage_mapping.photos import delete_photo_file
        from tools.models import CityCoordinators

        # Coordinator groups are created by the framework (CityCoordinators.for_city), which
        # grants the tool permissions only; projects and items need their own.
        post_save.connect(
            grant_to_new_coordinators,
            sender=CityCoordinators,
            dispatch_uid="heritage_mapping_grant_new_coordinators",
        )
        post_migrate.connect(
            grant_after_migrate, sender=self, dispatch_uid="heritage_mapping_grant_after_migrate"
        )
        post_delete.connect(
            delete_photo_file, sender=ItemPhoto, dispatch_uid="heritage_mapping_delete_photo"
        )
