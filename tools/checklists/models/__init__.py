"""The checklist engine's models: checklists, the two tools, assessments and anonymous tallies."""

from tools.checklists.models.assessments import Assessment
from tools.checklists.models.checklists import Checklist
from tools.checklists.models.tallies import SelfCheckTally
from tools.checklists.models.tools import (
    ChecklistToolMixin,
    CouncilChecklistTool,
    ProjectChecklistTool,
)

__all__ = [
    "Assessment",
    "Checklist",
    "ChecklistToolMixin",
    "CouncilChecklistTool",
    "ProjectChecklistTool",
    "SelfCheckTally",
]
