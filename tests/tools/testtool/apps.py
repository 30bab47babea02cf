from django.apps import AppConfig


class ThrowawayToolConfig(AppConfig):
    name = "tests.tools.testtool"
    label = "testtool"
    default_auto_field = "django.db.models.BigAutoField"
