"""The words a mapping project shares: categories of heritage, phases, licences, who may add."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Category", "Licence", "Phase", "Status", "Submissions"]


class Category(models.TextChoices):
    """What kind of heritage an item is: tangible and intangible assets alike (Faro Convention)."""

    BUILDING = "building", _("Building")
    PUBLIC_SPACE = "public-space", _("Public space")
    OBJECT = "object", _("Object")
    TRADITION = "tradition", _("Tradition or festival")
    LANGUAGE = "language", _("Language")
    FOOD = "food", _("Food")
    MUSIC = "music", _("Music")
    CRAFT = "craft", _("Craft")
    STORY = "story", _("Story or memory")
    ORGANISATION = "organisation", _("Community organisation")
    SKILL = "skill", _("Skill or knowledge")


class Phase(models.TextChoices):
    """Where a project stands, in the order the STEPS pilot followed."""

    TRAINING = "training", _("Training")
    MAPPING = "mapping", _("Mapping")
    ANALYSIS = "analysis", _("Analysis")
    ACTION_PLAN = "action-plan", _("Action plan")


class Submissions(models.TextChoices):
    """Who may add items to a project's map."""

    PUBLIC = "public", _("Anyone")
    TEAM = "team", _("The mapping team only (with the team code)")
    CLOSED = "closed", _("Nobody: contributions are closed")


class Status(models.TextChoices):
    """Moderation state of a contributed item. Only approved items are ever public."""

    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Licence(models.TextChoices):
    """Open licences a contributor may choose for publication of their texts and photos."""

    CC_BY = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    CC0 = "CC0-1.0", _("No rights reserved: public domain dedication (CC0 1.0)")

    @classmethod
    def url(cls, code):
        """The legal text of a licence, for exports and item pages."""
        return LICENCE_URLS.get(code, "")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}
