"""How each question of a city's test was answered: counters, never one resident's answers.

`Completion` keeps scores only, by design. To let a city see how each of its questions did,
each completed test adds one to a counter per question answered: (the city's test in one
language, the question, the answer chosen, the day, the group session). Nothing links the
counters of one test to each other or to its `Completion`.
"""

from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

__all__ = ["AnswerCount"]


class AnswerCount(models.Model):
    """The number of residents who chose `answer` to the question `question_key` in the city's
    test `customisation` on `day` (in the group session `event_session`, if any).

    `question_key` is the question's translation key (hex, the same in every language) and
    `answer` the answer's stable key (`Question.counted_choices`): the chosen option's id in the
    question's StreamField (kept when the options are reordered and in every translation), or
    "1" to "5" on a scale. Rows are only ever incremented (`add_answers`); readers sum `count`,
    so two rows for the same cell (two first answers of the day sent at the same instant) still
    count right.
    """

    customisation = models.ForeignKey(
        "citizenship_test.CitizenshipTest",
        verbose_name=_("test"),
        on_delete=models.CASCADE,
        related_name="answer_counts",
    )
    question_key = models.CharField(_("question"), max_length=32)
    answer = models.CharField(_("answer"), max_length=36)
    day = models.DateField(_("day"))
    event_session = models.ForeignKey(
        "citizenship_test.EventSession",
        verbose_name=_("event session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answer_counts",
    )
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("answer count")
        verbose_name_plural = _("answer counts")
        indexes = [models.Index(fields=["customisation", "day"])]

    def __str__(self):
        return f"{self.question_key} {self.answer} {self.day}: {self.count}"

    @classmethod
    def add_answers(cls, customisation, answers, day, event_session=None):
        """Add one to the counter of each (question key, answer) in `answers`, atomically
        (an UPDATE with F(), whatever runs at the same time), in at most three queries."""
        answers = dict(answers)
        if not answers:
            return
        cell = {"customisation": customisation, "day": day, "event_session": event_session}
        existing = {}
        for pk, key, answer in (
            cls.objects.filter(**cell, question_key__in=list(answers))
            .order_by("pk")
            .values_list("pk", "question_key", "answer")
        ):
            if answers.get(key) == answer:
                existing.setdefault(key, pk)
        if existing:
            cls.objects.filter(pk__in=existing.values()).update(count=F("count") + 1)
        cls.objects.bulk_create(
            [
                cls(**cell, question_key=key, answer=answer, count=1)
                for key, answer in answers.items()
                if key not in existing
            ]
        )
