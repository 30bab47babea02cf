"""The names of the test's own admin screens (results, export, group sessions), with no model
import, so that the edit form's panel can link to them."""

from tools.admin_urls import admin_url_of

__all__ = ["URL_NAMESPACE", "admin_url"]

URL_NAMESPACE = "citizenship_test_results"

admin_url = admin_url_of(URL_NAMESPACE)
