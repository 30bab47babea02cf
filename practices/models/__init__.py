"""Models of the good-practice database: the pages and the translated topics they carry."""

from practices.models.pages import PracticeIndexPage, PracticePage
from practices.models.topics import TaggedPractice, Topic

__all__ = ["PracticeIndexPage", "PracticePage", "TaggedPractice", "Topic"]
