"""wagtail-localize's machine translators, as `settings.machine_translation` configures them.

The requests, their parameters and the reading of the answers are wagtail-localize's own. What
the site adds:

- every translator turns a failure of its service (unreachable, refused, a server error, an
  answer it cannot read) into one `MachineTranslationError`, which the screens show to the
  editor as a message instead of an error page;
- DeepL's address can be changed (`DEEPL_API_URL`), for a proxy or the tests' local server;
- Google Cloud Translation lives in `icc_site.translators.google`: its client library is an
  optional dependency (`pip install -e ".[google]"`), imported only when Google is configured.
"""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator
from wagtail_localize.machine_translators.libretranslate import (
    LibreTranslator as BaseLibreTranslator,
)

__all__ = ["DeepLTranslator", "LibreTranslator", "MachineTranslationError", "ReportsFailures"]

logger = logging.getLogger(__name__)


class MachineTranslationError(Exception):
    """The machine translation service did not translate; nothing was translated by it."""

    def __init__(self, service):
        super().__init__(service)
        self.service = service

    @property
    def message(self):
        return _(
            "%(service)s could not translate the texts: the service did not answer or refused. "
            "Nothing was saved; try again later, or translate by hand."
        ) % {"service": self.service}


class ReportsFailures:
    """Mixed into a translator: any failure of its service becomes a `MachineTranslationError`.

    The cause (status, message) goes to the log for the administrators; editors get a plain
    message without it (it may name addresses or accounts).
    """

    def translate(self, source_locale, target_locale, strings):
        try:
            return super().translate(source_locale, target_locale, strings)
        except Exception as error:  # requests', Google's, or an unreadable answer's
            logger.warning(
                "Machine translation by %s into %s failed: %r",
                self.display_name,
                target_locale.language_code,
                error,
                exc_info=True,
            )
            raise MachineTranslationError(self.display_name) from error


class DeepLTranslator(ReportsFailures, BaseDeepLTranslator):
    def get_api_endpoint(self):
        base = self.options.get("API_URL")
        if base:
            return f"{base.rstrip('/')}/v2/translate"
        return super().get_api_endpoint()


class LibreTranslator(ReportsFailures, BaseLibreTranslator):
    pass
