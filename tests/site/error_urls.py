"""A URL configuration for tests/site/test_errors.py: one view under each language that fails."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

handler500 = "icc_site.errors.server_error"


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = i18n_patterns(path("broken/", broken), prefix_default_language=True)
