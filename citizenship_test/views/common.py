"""What every screen of the test shares: its URLs and the questionnaire of the request."""

from django.utils import translation

from citizenship_test.questionnaire import Questionnaire

__all__ = ["questionnaire_for", "screen_url", "tool_context"]


def screen_url(customisation, mode, subpath="", language=None):
    """Path of one screen of the test, framed ("embed") or full page ("page")."""
    language = language or translation.get_language()
    if mode == "embed":
        base = customisation.get_embed_url(language)
    else:
        base = customisation.get_page_url(language)
    return base + subpath


def questionnaire_for(customisation, request):
    """The questionnaire of this customisation in the request's language, built once a request."""
    cache = request.__dict__.setdefault("_citizenship_questionnaires", {})
    language = translation.get_language()
    key = (customisation.pk, language)
    if key not in cache:
        cache[key] = Questionnaire(customisation, language)
    return cache[key]


def tool_context(customisation, context, mode):
    """Add the URLs of the test's screens to the framework's tool context."""
    context.update(
        {
            "start_url": screen_url(customisation, mode),
            "print_url": screen_url(customisation, mode, "print/"),
            "guide_url": screen_url(customisation, mode, "guide/"),
        }
    )
    return context
