"""The online course for anti-rumour agents: lessons, a short quiz, and its marking.

A city may write its own lessons and quiz (`AntiRumourStrategy.course_lessons` and
`course_quiz`); where it has not, the default course below is used. The default texts were
written for this toolkit from the method's steps.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

__all__ = [
    "DEFAULT_LESSONS",
    "DEFAULT_QUIZ",
    "Lesson",
    "QuizQuestion",
    "QuizResult",
    "lessons_for",
    "mark_quiz",
    "quiz_for",
]


@dataclass(frozen=True)
class Lesson:
    title: str
    body: str  # HTML


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    options: tuple  # (text, correct) pairs
    explanation: str = ""

    @property
    def correct_index(self):
        return next((i for i, (_text, correct) in enumerate(self.options) if correct), None)


DEFAULT_LESSONS = (
    (
        _("What a rumour is and why it sticks"),
        (
            _(
                "A rumour is a claim about a group of people that passes from person to person "
                "without being checked. It sticks because it gives a simple explanation for a "
                "real worry, such as jobs, housing or safety."
            ),
            _(
                "Facts alone rarely change a mind. People keep a rumour when it fits what they "
                "feel, so an agent listens to the worry before answering the claim."
            ),
        ),
    ),
    (
        _("The method, step by step"),
        (
            _(
                "The city finds the rumours that circulate, gathers facts and emotional "
                "arguments to answer them, builds a network of local organisations, trains "
                "agents, runs campaigns and evaluates what changed."
            ),
            _(
                "It works with political commitment and with civil society, and it speaks to "
                "the ambivalent majority: people who are unsure, not convinced opponents."
            ),
        ),
    ),
    (
        _("Answering a rumour in a conversation"),
        (
            _(
                "Start with a question rather than a correction: “Where did you hear that?” "
                "Acknowledge the feeling behind the claim, then offer one or two facts with "
                "their source, and a story that makes them concrete."
            ),
            _(
                "Never blame or ridicule the person. The aim is that they keep thinking after "
                "the conversation, not that they lose an argument."
            ),
        ),
    ),
    (
        _("Taking care of yourself and others"),
        (
            _(
                "Choose your moment: a calm conversation is worth more than a public "
                "confrontation. If a discussion turns hostile, you may step back."
            ),
            _(
                "When a rumour targets someone present, support that person first. Report "
                "discrimination and hate speech to the services that handle them."
            ),
        ),
    ),
)

DEFAULT_QUIZ = (
    (
        _("Whom does an anti-rumour strategy mainly try to persuade?"),
        (
            (_("People who are unsure: the ambivalent majority"), True),
            (_("Convinced opponents of diversity"), False),
            (_("Only journalists"), False),
        ),
        _("Convinced opponents rarely change their minds; the unsure majority can."),
    ),
    (
        _("A neighbour repeats a rumour. What is a good first step?"),
        (
            (_("Tell them they are racist"), False),
            (_("Ask where they heard it and listen to the worry behind it"), True),
            (_("Walk away without a word"), False),
        ),
        _("A question opens the conversation; blame closes it."),
    ),
    (
        _("What should a fact on a rumour card always carry?"),
        (
            (_("A source and the date of the data"), True),
            (_("A photograph"), False),
            (_("The name of the person who told the rumour"), False),
        ),
        _("A source and a date let anyone check the figure and show it is current."),
    ),
    (
        _("Why do the cards include short stories?"),
        (
            (_("Because figures are never reliable"), False),
            (_("Because emotions matter as much as facts in changing a view"), True),
            (_("To make the card longer"), False),
        ),
        _("Rumours live on feelings; stories and empathy reach them where figures do not."),
    ),
    (
        _("What makes a campaign possible to evaluate?"),
        (
            (_("Indicators measured before and after it"), True),
            (_("A large budget"), False),
            (_("Many posters"), False),
        ),
        _("Without a measure before, nobody can say what the campaign changed."),
    ),
)


def lessons_for(customisation):
    """The city's lessons, or the default ones, as `Lesson`s."""
    own = [block.value for block in customisation.course_lessons if block.block_type == "lesson"]
    if own:
        return [Lesson(str(value["title"]), str(value["body"])) for value in own]
    return [
        Lesson(
            str(title),
            format_html("".join("<p>{}</p>" for _p in paragraphs), *paragraphs),
        )
        for title, paragraphs in DEFAULT_LESSONS
    ]


def quiz_for(customisation):
    """The city's quiz, or the default one, as `QuizQuestion`s (each with a correct answer)."""
    own = []
    for block in customisation.course_quiz:
        if block.block_type != "question":
            continue
        value = block.value
        options = tuple(
            (str(option.value["text"]), bool(option.value["correct"]))
            for option in value["options"]
        )
        if any(correct for _text, correct in options):
            own.append(QuizQuestion(str(value["question"]), options, str(value["explanation"])))
    if own:
        return own
    return [
        QuizQuestion(str(question), tuple((str(text), ok) for text, ok in options), str(why))
        for question, options, why in DEFAULT_QUIZ
    ]


@dataclass(frozen=True)
class MarkedQuestion:
    question: QuizQuestion
    chosen: int | None
    is_correct: bool


@dataclass(frozen=True)
class QuizResult:
    score: int  # 0-100
    marked: list

    @property
    def correct_count(self):
        return sum(1 for item in self.marked if item.is_correct)


def mark_quiz(questions, answers):
    """Mark `answers` ({"q0": "1", ...}: the chosen option's index per question)."""
    marked = []
    for index, question in enumerate(questions):
        try:
            chosen = int(answers.get(f"q{index}", ""))
        except (TypeError, ValueError):
            chosen = None
        if chosen is not None and not 0 <= chosen < len(question.options):
            chosen = None
        marked.append(MarkedQuestion(question, chosen, chosen == question.correct_index))
    correct = sum(1 for item in marked if item.is_correct)
    score = round(100 * correct / len(questions)) if questions else 0
    return QuizResult(score, marked)
