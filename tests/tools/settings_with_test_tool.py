"""The test settings plus the throwaway tool app, as a site that installs one more tool."""

from icc_site.settings.test import *  # noqa: F401,F403
from icc_site.settings.test import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.tools.testtool"]
