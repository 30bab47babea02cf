"""The names of the test's own admin screens (results, export, group sessions), with no model
import, so that the edit form's panel can link to them."""

from django.urls import reverse

__all__ = ["URL_NAMESPACE", "admin_url"]

URL_NAMESPACE = "citizenship_test_results"


def admin_url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)
