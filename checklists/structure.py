"""A checklist's content as plain, immutable values, read once from its StreamField.

Scoring, forms, charts and reports work on these rather than on block values, so they can be
tested with hand-made sections and cost no query.
"""

from dataclasses import dataclass

__all__ = ["Question", "ReadingLink", "Section", "sections_of"]


@dataclass(frozen=True)
class ReadingLink:
    title: str
    url: str


@dataclass(frozen=True)
class Question:
    """A "Have you considered …?" question; `id` is its block id, the key of its answer."""

    id: str
    text: str
    follow_up: str = ""
    looks_like: tuple = ()
    guidance: str = ""
    reading: tuple = ()


@dataclass(frozen=True)
class Section:
    """A section (indicator) of a checklist: one step of the self-check."""

    id: str
    title: str
    questions: tuple = ()
    theme: str = ""
    description: str = ""


def _question(block):
    value = block.value
    return Question(
        id=str(block.id),
        text=value["question"],
        follow_up=value["follow_up"],
        looks_like=tuple(point.value for point in value["looks_like"] or ()),
        guidance=value["guidance"] or "",
        reading=tuple(
            ReadingLink(title=link.value["title"], url=link.value["url"])
            for link in value["reading"] or ()
        ),
    )


def sections_of(checklist):
    """The sections of `checklist` (a `Checklist`), in order, as `Section` values."""
    sections = []
    for block in checklist.sections:
        value = block.value
        sections.append(
            Section(
                id=str(block.id),
                title=value["title"],
                theme=value["theme"] or "",
                description=value["description"] or "",
                questions=tuple(_question(child) for child in value["questions"]),
            )
        )
    return sections
