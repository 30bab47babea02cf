"""Manuals and guides, declarations and the publications library."""

from publications.models.declarations import (
    DeclarationEndorsement,
    DeclarationIndexPage,
    DeclarationPage,
)
from publications.models.library import (
    LanguageListField,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)
from publications.models.manuals import ManualChapterPage, ManualPage, chapter_position

__all__ = [
    "DeclarationEndorsement",
    "DeclarationIndexPage",
    "DeclarationPage",
    "LanguageListField",
    "ManualChapterPage",
    "ManualPage",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationType",
    "chapter_position",
]
