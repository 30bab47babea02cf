"""Models of the Intercultural Citizenship Test: the question bank, a city's test, completions."""

from citizenship_test.models.answer_counts import AnswerCount
from citizenship_test.models.completions import Completion, CompletionQuerySet
from citizenship_test.models.customisation import ActionLinkBlock, ChosenQuestion, CitizenshipTest
from citizenship_test.models.events import EventSession, EventSessionQuerySet
from citizenship_test.models.questions import OptionBlock, Question, QuestionQuerySet

__all__ = [
    "ActionLinkBlock",
    "AnswerCount",
    "ChosenQuestion",
    "CitizenshipTest",
    "Completion",
    "CompletionQuerySet",
    "EventSession",
    "EventSessionQuerySet",
    "OptionBlock",
    "Question",
    "QuestionQuerySet",
]
