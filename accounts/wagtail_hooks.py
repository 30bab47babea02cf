"""Wagtail hooks of the accounts app: the admin URLs and the account page's link."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls, namespace="accounts"))]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    """A link under "More actions" on every admin user's account page."""
    return {
        "url": reverse("accounts:two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from your phone as well as your password at sign-in."),
    }
