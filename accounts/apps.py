from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Admin accounts: optional two-factor authentication for the Wagtail admin."""

    name = "accounts"
    label = "accounts"
    verbose_name = _("Admin accounts")

    def ready(self):
        # Imported here, once the models exist: importing the module connects the sign-in receiver.
        from accounts import signals  # noqa: F401
