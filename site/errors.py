"""The server error page, in the visitor's language when it has been translated into it."""

from django.conf import settings
from django.utils import translation
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

__all__ = ["server_error"]

#: A string of 500.html: when the active language has no translation of it, the page is shown
#: in English, so that its `lang` and `dir` match its words (no Arabic catalogue yet).
PAGE_HEADING = "Something went wrong"


@requires_csrf_token
def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """Django's `server_error` (no context, no database), in a language the page speaks."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language != settings.LANGUAGE_CODE and translation.gettext(PAGE_HEADING) == PAGE_HEADING:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        response = defaults.server_error(request, template_name)
    # LocaleMiddleware would otherwise announce the requested language.
    response.headers["Content-Language"] = language
    return response
