"""Models of the good-practice database: the pages and the translated topics they carry.

The topics live in `practices.topics`, below the pages: the topic names, the listing's filters
and the admin's topic widget use them, and the pages use those (no import cycle).
"""

from practices.models.pages import PracticeIndexPage, PracticePage
from practices.topics import TaggedPractice, Topic

__all__ = ["PracticeIndexPage", "PracticePage", "TaggedPractice", "Topic"]
