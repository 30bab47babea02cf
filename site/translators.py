"""wagtail-localize's DeepL translator, with the API address configurable.

The request, the parameters and the reading of the answer are wagtail-localize's own; only the
address can be changed (`DEEPL_API_URL`), for a proxy or for the tests' local server.
"""

from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator

__all__ = ["DeepLTranslator"]


class DeepLTranslator(BaseDeepLTranslator):
    def get_api_endpoint(self):
        base = self.options.get("API_URL")
        if base:
            return f"{base.rstrip('/')}/v2/translate"
        return super().get_api_endpoint()
