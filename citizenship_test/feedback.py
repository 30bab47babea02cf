"""Feedback per component and band, framed as questions for self-reflection, not verdicts."""

from django.utils.translation import gettext_lazy as _

from citizenship_test.components import ACTION, COMPETENCES, DIVERSITY, KNOWLEDGE

__all__ = ["BAND_TITLES", "FEEDBACK", "feedback_for"]

BAND_TITLES = {
    "beginning": _("A starting point (0–39)"),
    "developing": _("On the way (40–69)"),
    "strong": _("Solid ground (70–100)"),
}

FEEDBACK = {
    KNOWLEDGE: {
        "beginning": _(
            "Rights can feel abstract until they touch your own life. Which of today's "
            "questions surprised you? Looking one of them up with a friend is a good start."
        ),
        "developing": _(
            "You know a fair part of the rights that protect everyone in the city. Where are "
            "you still unsure, and who around you could tell you more?"
        ),
        "strong": _(
            "You know the rights that protect residents well. How could you share what you "
            "know with someone who has just arrived, or who is afraid to ask?"
        ),
    },
    COMPETENCES: {
        "beginning": _(
            "Meeting people whose habits differ from yours can be tiring or unsettling. When "
            "did you last feel curious rather than uneasy? What made the difference?"
        ),
        "developing": _(
            "You are often open to other points of view. In which situations do you find it "
            "harder to listen, and what might help you then?"
        ),
        "strong": _(
            "You describe yourself as curious, patient and ready to adapt. Is there a setting "
            "(work, school, neighbourhood) where these skills could help others too?"
        ),
    },
    DIVERSITY: {
        "beginning": _(
            "You seem to see diversity more as a difficulty than a resource for now. Think "
            "of one thing in your daily life that exists thanks to people from elsewhere."
        ),
        "developing": _(
            "You see advantages in diversity, with some reservations. Which of your doubts "
            "come from experience, and which from what you have heard?"
        ),
        "strong": _(
            "You see diversity as an asset for the city. How could you help make that "
            "advantage visible to people who doubt it?"
        ),
    },
    ACTION: {
        "beginning": _(
            "Stepping in is not easy, and nobody has to do it alone. Which small step would "
            "feel possible for you this month?"
        ),
        "developing": _(
            "You are ready to act in some situations. What holds you back in the others: "
            "time, confidence, or not knowing where to go?"
        ),
        "strong": _(
            "You are ready to act and to involve others. Which group or project in the city "
            "could use your energy, and whom could you bring along?"
        ),
    },
}


def feedback_for(component, band):
    """The self-reflection text of one component in one band ("" when there is none)."""
    return FEEDBACK.get(component, {}).get(band, "")
