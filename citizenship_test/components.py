"""The test's vocabulary: its four components, its question types and the optional
questions about the respondent. Plain constants, shared by models, scoring and templates."""

from django.utils.translation import gettext_lazy as _

__all__ = [
    "ACTION",
    "AGE_BANDS",
    "COMPETENCES",
    "COMPONENTS",
    "COMPONENT_CHOICES",
    "COMPONENT_WEIGHTS",
    "DIVERSITY",
    "KIND_CHOICE",
    "KIND_CHOICES",
    "KIND_SCALE",
    "KIND_SCENARIO",
    "KNOWLEDGE",
    "MAX_OPTION_POINTS",
    "SCALE_CHOICES",
    "YEARS_IN_CITY_BANDS",
    "component_label",
]

KNOWLEDGE = "knowledge"
COMPETENCES = "competences"
DIVERSITY = "diversity"
ACTION = "action"

#: The components in their canonical order (the order of the default test's steps).
COMPONENTS = (KNOWLEDGE, COMPETENCES, DIVERSITY, ACTION)

COMPONENT_CHOICES = [
    (KNOWLEDGE, _("Knowledge of human rights")),
    (COMPETENCES, _("Intercultural competences")),
    (DIVERSITY, _("Diversity as an advantage")),
    (ACTION, _("Willingness to act")),
]

#: Weight of each component in the overall score. The programme asked for the Action component
#: to be emphasised (Rijeka, 2018): it counts double, so with every component answered it
#: makes 40% of the overall score and each of the other three 20%.
COMPONENT_WEIGHTS = {KNOWLEDGE: 1, COMPETENCES: 1, DIVERSITY: 1, ACTION: 2}

KIND_CHOICE = "choice"
KIND_SCALE = "scale"
KIND_SCENARIO = "scenario"

KIND_CHOICES = [
    (KIND_CHOICE, _("Single choice with a correct answer (knowledge)")),
    (KIND_SCALE, _("Statement on a 1–5 scale (attitudes, competences)")),
    (KIND_SCENARIO, _("Scenario with graded options (action)")),
]

#: Points of the best option of a single-choice or scenario question.
MAX_OPTION_POINTS = 4

#: The answers of a 1–5 scale question, stored as the strings "1" to "5".
SCALE_CHOICES = [
    ("1", _("Strongly disagree")),
    ("2", _("Disagree")),
    ("3", _("Neither agree nor disagree")),
    ("4", _("Agree")),
    ("5", _("Strongly agree")),
]

#: Optional questions about the respondent, asked only when the city turns them on. Bands, not
#: values, so that no answer singles anyone out.
AGE_BANDS = [
    ("under-18", _("Under 18")),
    ("18-29", _("18 to 29")),
    ("30-44", _("30 to 44")),
    ("45-64", _("45 to 64")),
    ("65-plus", _("65 or over")),
]

YEARS_IN_CITY_BANDS = [
    ("under-1", _("Less than a year")),
    ("1-5", _("1 to 5 years")),
    ("6-10", _("6 to 10 years")),
    ("over-10", _("More than 10 years")),
    ("always", _("All my life")),
]


def component_label(component):
    """The translated name of a component."""
    return dict(COMPONENT_CHOICES).get(component, component)
