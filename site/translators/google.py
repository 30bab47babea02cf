"""wagtail-localize's Google Cloud Translation translator, over HTTP and with a time limit.

wagtail-localize builds Google's client with its defaults: gRPC, Google's own address, and ten
minutes to wait. This one makes the same `translate_text` request with the same credentials
(`CREDENTIALS`, `CREDENTIALS_PATH`, or Google's default ones) and the same reading of the answer,
but through the client's REST transport (HTTP and JSON, no long-lived gRPC channel in the web
workers), with the site's `TIMEOUT`, and at `API_URL` when it is set (a proxy, or the tests'
local server that speaks Google's API).

Needs the optional dependency: `pip install -e ".[google]"`.
"""

from django.utils.functional import cached_property
from google.cloud import translate
from google.oauth2 import service_account
from wagtail_localize.machine_translators.google import (
    GoogleCloudTranslator as BaseGoogleCloudTranslator,
)
from wagtail_localize.strings import StringValue

from icc_site.translators import ReportsFailures

__all__ = ["GoogleCloudTranslator"]


class GoogleOverHttp(BaseGoogleCloudTranslator):
    def get_credentials(self):
        """As wagtail-localize: a key's contents, a key file, or None for Google's default."""
        if self.options.get("CREDENTIALS"):
            return service_account.Credentials.from_service_account_info(
                self.options["CREDENTIALS"]
            )
        if self.options.get("CREDENTIALS_PATH"):
            return service_account.Credentials.from_service_account_file(
                self.options["CREDENTIALS_PATH"]
            )
        return None

    @cached_property
    def client(self):
        address = self.options.get("API_URL")
        return translate.TranslationServiceClient(
            credentials=self.get_credentials(),
            transport="rest",
            client_options={"api_endpoint": address.rstrip("/")} if address else None,
        )

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        location = self.options.get("LOCATION", "global")
        response = self.client.translate_text(
            request={
                "parent": f"projects/{self.options['PROJECT_ID']}/locations/{location}",
                "contents": [string.data for string in strings],
                "mime_type": "text/html",
                "source_language_code": source_locale.language_code,
                "target_language_code": target_locale.language_code,
            },
            timeout=int(self.options.get("TIMEOUT", 30)),
        )
        return {
            string: StringValue(translation.translated_text)
            for string, translation in zip(strings, response.translations, strict=True)
        }


class GoogleCloudTranslator(ReportsFailures, GoogleOverHttp):
    """The one the settings name: its failures become `MachineTranslationError`."""
