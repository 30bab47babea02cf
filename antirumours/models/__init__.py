"""The toolkit's models: the city's strategy (a `CityTool`) and what it is made of.

The city field of each model points to the city page of the default language; rows are
found by the city's translation key, so every language version of a city sees the same data.
"""

from antirumours.models.campaigns import Campaign
from antirumours.models.certificates import Certificate
from antirumours.models.customisation import AntiRumourStrategy
from antirumours.models.evaluations import Evaluation
from antirumours.models.network import NetworkOrganisation, TrainingSession
from antirumours.models.reports import CheckerTally, RumourReport
from antirumours.models.rumours import Rumour

__all__ = [
    "AntiRumourStrategy",
    "Campaign",
    "Certificate",
    "CheckerTally",
    "Evaluation",
    "NetworkOrganisation",
    "Rumour",
    "RumourReport",
    "TrainingSession",
]
