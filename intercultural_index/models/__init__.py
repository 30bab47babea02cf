"""Models of the Intercultural Cities Index: the questionnaire (editions, areas, indicators,
questions), a city's customisation, and its assessment rounds with their answers."""

from intercultural_index.models.customisation import InterculturalIndex
from intercultural_index.models.invitations import Invitation, PendingNote
from intercultural_index.models.questionnaire import (
    Area,
    Edition,
    Indicator,
    OptionBlock,
    Question,
)
from intercultural_index.models.rounds import Answer, AreaAssignment, IndexRound

__all__ = [
    "Answer",
    "Area",
    "AreaAssignment",
    "Edition",
    "IndexRound",
    "Indicator",
    "InterculturalIndex",
    "Invitation",
    "OptionBlock",
    "PendingNote",
    "Question",
]
