"""What every screen of the test shares: its URLs and the questionnaire of the request."""

from django.utils import translation

from citizenship_test.questionnaire import Questionnaire
from tools.screens import screen_url

__all__ = ["questionnaire_for", "tool_context"]


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
            "start_url": screen_url(customisation, "start", embed=mode),
            "print_url": screen_url(customisation, "print", embed=mode),
            "guide_url": screen_url(customisation, "guide", embed=mode),
        }
    )
    return context
