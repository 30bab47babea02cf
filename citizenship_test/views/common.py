"""What every screen of the test shares: its URLs and the questionnaire of the request."""

from django.utils import translation

from citizenship_test.models.questionnaire import Questionnaire
from icc_site.page_cache import cached_until_publish

__all__ = ["questionnaire_for"]


def questionnaire_for(customisation, request):
    """The questionnaire of this published customisation in the request's language.

    Built once a request, and kept with the cached pages until the next editorial change
    (`cached_until_publish`): every step of the wizard asks for it. What it is built from
    expires that cache when it changes: the customisation and the questions are snippets, the
    city's choice of questions is in its shared settings (tools/apps.py) and the rewordings
    are saved with the customisation (citizenship_test/apps.py).
    """
    cache = request.__dict__.setdefault("_citizenship_questionnaires", {})
    language = translation.get_language()
    key = (customisation.pk, language)
    if key not in cache:
        questionnaire = cached_until_publish(
            f"citizenship-questionnaire:{customisation.pk}:{language}",
            lambda: Questionnaire(customisation, language),
            request,
        )
        questionnaire.customisation = customisation
        cache[key] = questionnaire
    return cache[key]
