"""Completed tests: one anonymous row per submission, the basis of every aggregate view."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citizenship_test.components import AGE_BANDS, COMPONENTS, YEARS_IN_CITY_BANDS

__all__ = ["Completion", "CompletionQuerySet"]


def today():
    return timezone.localdate()


class CompletionQuerySet(models.QuerySet):
    def for_city(self, city):
        """Completions of a city's test in every language (any language version of `city`)."""
        return self.filter(customisation__city__translation_key=city.translation_key)

    def for_session(self, session):
        """Completions sent during one event session."""
        return self.filter(event_session=session)

    def for_test(self, customisation):
        """Completions of one customisation and its translations."""
        return self.filter(customisation__translation_key=customisation.translation_key)


class Completion(models.Model):
    """One completed test, stored anonymously.

    Holds scores only: per component (0–100, None when none of its questions was answered) and
    overall (see `citizenship_test.scoring`), the day, the language, how many questions were
    asked and answered, and, only when the city turned them on and the resident answered, an
    age band and a years-in-the-city band. No IP address, user agent, identifier, answers or
    free text. `event_session` is the group session it was sent in, if any. `token` is the
    nonce of the signed form that was submitted: it makes a replayed submission impossible to
    store twice and links to nothing else.

    For aggregates use `Completion.objects.for_city(city)` and `score_fields()`; for city
    scoping in admin or export views, `tools.permissions.filter_for_user(qs, user,
    city_field="customisation__city")`.
    """

    customisation = models.ForeignKey(
        "citizenship_test.CitizenshipTest",
        verbose_name=_("test"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
    language = models.CharField(_("language"), max_length=8)
    completed_on = models.DateField(_("completed on"), default=today, db_index=True)
    knowledge_score = models.PositiveSmallIntegerField(
        _("knowledge of human rights"), null=True, blank=True
    )
    competences_score = models.PositiveSmallIntegerField(
        _("intercultural competences"), null=True, blank=True
    )
    diversity_score = models.PositiveSmallIntegerField(
        _("diversity as an advantage"), null=True, blank=True
    )
    action_score = models.PositiveSmallIntegerField(_("willingness to act"), null=True, blank=True)
    overall_score = models.PositiveSmallIntegerField(_("overall score"), null=True, blank=True)
    questions_asked = models.PositiveSmallIntegerField(_("questions asked"), default=0)
    questions_answered = models.PositiveSmallIntegerField(_("questions answered"), default=0)
    age_band = models.CharField(_("age band"), max_length=10, choices=AGE_BANDS, blank=True)
    years_in_city = models.CharField(
        _("years in the city"), max_length=10, choices=YEARS_IN_CITY_BANDS, blank=True
    )
    token = models.CharField(_("submission token"), max_length=64, unique=True, editable=False)
    event_session = models.ForeignKey(
        "citizenship_test.EventSession",
        verbose_name=_("event session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="completions",
        help_text=_("The group session the test was taken in, if any."),
    )

    objects = CompletionQuerySet.as_manager()

    class Meta:
        verbose_name = _("completed test")
        verbose_name_plural = _("completed tests")
        ordering = ["-completed_on", "-pk"]
        indexes = [models.Index(fields=["customisation", "completed_on"])]

    def __str__(self):
        return f"{self.customisation_id} {self.completed_on} ({self.overall_score})"

    @classmethod
    def purge_expired(cls, before):
        """Delete completions older than `before`. Returns the number deleted. The retention
        purge goes through `citizenship_test.published.purge_expired_tests`, which keeps the
        reporting periods shown so far before calling this: deleting their oldest tests must
        not move them."""
        deleted, _details = cls.objects.filter(completed_on__lt=before.date()).delete()
        return deleted

    @staticmethod
    def score_fields():
        """{component: field name} of the per-component score columns."""
        return {component: f"{component}_score" for component in COMPONENTS}

    def component_scores(self):
        """{component: score or None}, in the canonical order."""
        return {component: getattr(self, field) for component, field in self.score_fields().items()}

    @classmethod
    def record(
        cls,
        customisation,
        language,
        scores,
        token,
        age_band="",
        years_in_city="",
        event_session=None,
    ):
        """Store a completed test from its `TestScores`. Demographic bands are dropped unless
        the city asks for them; `event_session` links it to a group session."""
        fields = {
            name: scores.components.get(component) for component, name in cls.score_fields().items()
        }
        return cls.objects.create(
            customisation=customisation,
            language=language,
            overall_score=scores.overall,
            questions_asked=scores.asked,
            questions_answered=scores.answered,
            age_band=age_band if customisation.ask_age_band else "",
            years_in_city=years_in_city if customisation.ask_years_in_city else "",
            token=token,
            event_session=event_session,
            **fields,
        )
