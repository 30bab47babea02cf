"""The tools framework's models: the per-city customisation base, coordinators, the directory.

A tool app subclasses `CityTool` (multi-table inheritance, as Wagtail's workflow tasks do) and
is then found by `tools.registry`.
"""

from tools.models.city_tool import (
    CityTool,
    CityToolQuerySet,
    SharedChoice,
    SharedObjectChoice,
    shared_choices,
)
from tools.models.coordinators import CityCoordinators
from tools.models.digest import ModerationDigest
from tools.models.directory import ToolIndexPage
from tools.models.nonces import RateCounter, UsedFormNonce
from tools.models.periods import ReportingPeriod
from tools.models.proposals import CityProposal
from tools.models.shared_settings import CityToolSettings

__all__ = [
    "CityCoordinators",
    "CityProposal",
    "CityTool",
    "CityToolQuerySet",
    "CityToolSettings",
    "ModerationDigest",
    "RateCounter",
    "ReportingPeriod",
    "SharedChoice",
    "SharedObjectChoice",
    "ToolIndexPage",
    "UsedFormNonce",
    "shared_choices",
]
