"""A city's optional review of its tool changes: a Wagtail workflow, chosen per city.

An administrator chooses the workflow on the city's coordinators record
(`CityCoordinators.review_workflow`). From then on, every customisation of that city's tools
(`CityTool`) and every rumour card (`antirumours.Rumour`), both `WorkflowMixin` models, use it:
its coordinators save drafts and submit them, and a person of another role (the workflow's
tasks name who: moderators, editors) approves and publishes. Until then residents see the last
published version.

Without a workflow, nothing changes: coordinators publish. Editors and administrators (who edit
every city) may always publish. Moderators publish nothing themselves: their group's approval
of a waiting change publishes it (`tools.scoping.reviews`).

What a coordinator of a reviewed city cannot do, whatever they post (`must_submit_for_review`;
the rule is `tools.scoping.held_for_review`, applied by the permission policy, the admin URL
guard and the tools' own screens):

- publish a customisation, a rumour card or a translation of either (the publish button is not
  offered, a posted publish saves a draft instead (`tools.viewsets.HoldPublishingForReviewMixin`),
  and the admin URL guard refuses wagtail-localize's publish and "update translations");
- unpublish, unschedule or delete what residents see (a draft never published may be deleted);
- write the settings every language shares (colours, logo, origins, languages, enabled, the
  tool's shared choices), which would reach residents at once. Their changes to those are kept
  in the draft's revision as a proposal (`CityTool.propose_shared_settings`) and written when
  the review publishes that revision; the languages screen's shared settings form stays closed
  to them. A draft an editor saves in such a city keeps its shared settings for the review too;
- replace the image that is a tool's logo;
- change the city data residents see at once, which has no drafts (`CityData.residents_see`:
  the anti-rumour network, trainings and campaigns, mapping projects, the city's own test
  questions), nor publish Index results, an assessment or a completed anti-rumour evaluation.
  They are told to ask an editor (`REVIEW_REFUSAL`).

Moderating residents' contributions (rumour reports, heritage items waiting for approval) stays
theirs: it decides about what residents sent, it does not change the tools. An approved
heritage item is public: changing, rejecting or deleting it is an editor's.
"""

from django.utils.translation import gettext_lazy as _

from tools.models import CityCoordinators
from tools.permissions import user_edits_all_cities

__all__ = ["REVIEW_REFUSAL", "must_submit_for_review", "review_workflow_for"]

#: Why a coordinator of a reviewed city may not make a change residents would see at once (a
#: row without drafts, an assessment or results to publish).
REVIEW_REFUSAL = _(
    "Your city's changes are reviewed, and residents would see this change at once: ask an "
    "editor to make it."
)


def review_workflow_for(city):
    """The active review workflow of `city` (any language version), or None."""
    return CityCoordinators.review_workflow_of(city)


def must_submit_for_review(user, city):
    """Whether `user`'s changes to `city`'s tools must go through its review workflow."""
    if user_edits_all_cities(user):
        return False
    return review_workflow_for(city) is not None
