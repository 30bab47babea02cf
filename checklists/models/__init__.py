"""The checklist engine's models: checklists, the two tools, assessments and anonymous tallies."""

from checklists.models.assessments import Assessment
from checklists.models.checklists import Checklist
from checklists.models.customisation import (
    ChecklistToolMixin,
    CouncilChecklistTool,
    ProjectChecklistTool,
)
from checklists.models.tallies import SelfCheckTally

__all__ = [
    "Assessment",
    "Checklist",
    "ChecklistToolMixin",
    "CouncilChecklistTool",
    "ProjectChecklistTool",
    "SelfCheckTally",
]
