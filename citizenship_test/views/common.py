"""What every screen of the test shares: its URLs and the questionnaire of the request."""

from django.utils import translation

from citizenship_test.models.questionnaire import Questionnaire

__all__ = ["questionnaire_for"]


def questionnaire_for(customisation, request):
    """The questionnaire of this customisation in the request's language, built once a request."""
    cache = request.__dict__.setdefault("_citizenship_questionnaires", {})
    language = translation.get_language()
    key = (customisation.pk, language)
    if key not in cache:
        cache[key] = Questionnaire(customisation, language)
    return cache[key]
