"""The fixed vocabularies of the method: channels, prevalence, sources, answers, kinds."""

from django.utils.translation import gettext_lazy as _

__all__ = [
    "ANSWER_CHOICES",
    "CHANNEL_CHOICES",
    "FOUND_THROUGH_CHOICES",
    "FREQUENCY_CHOICES",
    "MODULE_CHOICES",
    "ORGANISATION_KIND_CHOICES",
    "PREVALENCE_CHOICES",
    "label_of",
]

#: Where and through what a rumour spreads.
CHANNEL_CHOICES = [
    ("conversation", _("Conversations with neighbours, family or friends")),
    ("social-media", _("Social media and messaging apps")),
    ("local-media", _("Local press, radio or television")),
    ("workplace", _("Workplace")),
    ("school", _("School or university")),
    ("shops-markets", _("Shops, markets and bars")),
    ("public-services", _("Waiting rooms of public services")),
    ("transport", _("Public transport")),
    ("politics", _("Political speeches or leaflets")),
]

#: How widespread a rumour is, from the diagnosis.
PREVALENCE_CHOICES = [
    (1, _("Heard now and then")),
    (2, _("Common in some places")),
    (3, _("Widespread")),
    (4, _("Very widespread")),
]

#: How the city found out about a rumour.
FOUND_THROUGH_CHOICES = [
    ("survey", _("Survey of residents")),
    ("focus-groups", _("Focus groups and interviews")),
    ("agents", _("Reported by anti-rumour agents")),
    ("residents", _("Reported by residents on this site")),
    ("organisations", _("Reported by organisations of the network")),
    ("media-monitoring", _("Press and social media monitoring")),
    ("services", _("Front-line public services")),
]

#: How often a resident heard the rumour they report.
FREQUENCY_CHOICES = [
    ("once", _("Once")),
    ("several", _("Several times")),
    ("often", _("Often")),
]

#: The resident's answer in the rumour checker.
ANSWER_CHOICES = [
    ("changed", _("Yes, it changed my view")),
    ("think", _("It made me think")),
    ("unchanged", _("No, it did not change my view")),
    ("never-believed", _("I did not believe it anyway")),
]

#: The kinds of organisations in a city's anti-rumour network.
ORGANISATION_KIND_CHOICES = [
    ("association", _("Association or NGO")),
    ("migrant-association", _("Migrant or minority association")),
    ("public-service", _("Public service")),
    ("school", _("School, university or training centre")),
    ("business", _("Business or trade union")),
    ("media", _("Media")),
    ("faith", _("Faith or belief community")),
    ("culture-sport", _("Cultural or sports club")),
]

#: The modules of an anti-rumour agents' training.
MODULE_CHOICES = [
    ("method", _("The anti-rumour method")),
    ("prejudice", _("How stereotypes and rumours work")),
    ("facts", _("Facts and figures on diversity")),
    ("communication", _("Empathetic communication and active listening")),
    ("hostility", _("Answering hostility calmly")),
    ("campaigns", _("Designing actions and campaigns")),
]


def label_of(choices, value):
    """The human label of `value` in a choices list, or the value itself."""
    return dict(choices).get(value, value)
