"""What residents map: heritage items, with their photos, moderated before they are public."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heritage_mapping.geometry import point_in_area
from heritage_mapping.vocabulary import Category, Licence, Status

__all__ = [
    "TEXT_LIMITS",
    "HeritageItem",
    "HeritageItemQuerySet",
    "ItemPhoto",
    "purge_unpublished_items",
]

#: Maximum lengths of the texts residents write (the contribution form uses the same).
TEXT_LIMITS = {
    "title": 120,
    "description": 2000,
    "why_it_matters": 1500,
    "other_communities": 200,
    "place_name": 200,
    "period": 120,
    "contributor_name": 80,
    "photo_description": 200,
}


class HeritageItemQuerySet(models.QuerySet):
    def approved(self):
        """The only items anyone outside moderation may see."""
        return self.filter(status=Status.APPROVED)

    def pending(self):
        return self.filter(status=Status.PENDING)

    def of_project(self, project):
        """Items of a project, whichever language version of it is given."""
        return self.filter(project__translation_key=project.translation_key)

    def filtered(self, category="", community=""):
        """Narrowed by a category code and/or a community slug (the map's GET filters)."""
        queryset = self
        if category:
            queryset = queryset.filter(category=category)
        if community:
            queryset = queryset.filter(communities__slug=community)
        return queryset


class HeritageItem(models.Model):
    """One asset of a neighbourhood's heritage, contributed by a resident.

    Written in one language by its contributor (not translated). Public only once a moderator
    of the project's city approves it; an item given with a place name only must be located
    (latitude and longitude) before approval.
    """

    project = models.ForeignKey(
        "heritage_mapping.MappingProject",
        verbose_name=_("mapping project"),
        related_name="items",
        on_delete=models.CASCADE,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    title = models.CharField(_("title"), max_length=TEXT_LIMITS["title"])
    description = models.TextField(_("description"), max_length=TEXT_LIMITS["description"])
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    communities = models.ManyToManyField(
        "heritage_mapping.Community",
        verbose_name=_("communities it connects"),
        related_name="items",
        blank=True,
    )
    other_communities = models.CharField(
        _("other communities"), max_length=TEXT_LIMITS["other_communities"], blank=True
    )
    why_it_matters = models.TextField(
        _("why it matters to them"), max_length=TEXT_LIMITS["why_it_matters"], blank=True
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    place_name = models.CharField(
        _("address or place name"), max_length=TEXT_LIMITS["place_name"], blank=True
    )
    period = models.CharField(_("period"), max_length=TEXT_LIMITS["period"], blank=True)
    contributor_name = models.CharField(
        _("contributor's name"), max_length=TEXT_LIMITS["contributor_name"], blank=True
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices)
    language = models.CharField(_("written in"), max_length=8, default="en")
    submission_token = models.CharField(
        _("submission token"), max_length=64, unique=True, null=True, blank=True, editable=False
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    rejection_reason = models.TextField(
        _("reason for rejection"),
        max_length=1000,
        blank=True,
        help_text=_("Required to reject: kept for the team, never shown publicly."),
    )

    objects = HeritageItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("heritage item")
        verbose_name_plural = _("heritage items")
        ordering = ["title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="approved")
                | (models.Q(latitude__isnull=False) & models.Q(longitude__isnull=False)),
                name="heritage_approved_items_are_located",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_located(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def is_public(self):
        return self.status == Status.APPROVED

    @property
    def licence_url(self):
        return Licence.url(self.licence)

    def clean(self):
        """Moderation rules: located and inside the area to approve, a reason to reject."""
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        elif self.is_located and self.project_id:
            if not point_in_area(self.project.area, self.longitude, self.latitude):
                errors["latitude"] = _("This point is outside the project's area.")
        if self.status == Status.APPROVED and not self.is_located:
            errors["latitude"] = _(
                "Locate the item (latitude and longitude) before approving it: residents "
                "without JavaScript give a place name, which a moderator turns into a point."
            )
        if self.status == Status.REJECTED and not self.rejection_reason.strip():
            errors["rejection_reason"] = _("Say why the item is rejected.")
        if errors:
            raise ValidationError(errors)

    def moderate(self, status, user, reason=""):
        """Record a moderation decision (approve or reject) by `user`."""
        self.status = status
        self.rejection_reason = reason if status == Status.REJECTED else ""
        self.moderated_by = user if user and user.is_authenticated else None
        self.moderated_at = timezone.now()
        self.save(update_fields=["status", "rejection_reason", "moderated_by", "moderated_at"])


def purge_unpublished_items(before):
    """Delete contributions never approved: rejected ones moderated before `before`, and ones
    still waiting that were sent before it (tools.privacy). Their photos' files go with them."""
    rejected = models.Q(status=Status.REJECTED, moderated_at__lt=before)
    waiting = models.Q(status=Status.PENDING, submitted_at__lt=before)
    deleted, details = HeritageItem.objects.filter(rejected | waiting).delete()
    return details.get(HeritageItem._meta.label, 0)


def photo_path(instance, filename):
    """Photos are stored under an unguessable name chosen by `heritage_mapping.photos`."""
    return f"heritage_mapping/photos/{filename}"


class ItemPhoto(models.Model):
    """A photo of an item: a re-encoded JPEG without metadata (see `heritage_mapping.photos`).

    Served through the tool's own URL, and only when its item is approved.
    """

    item = models.ForeignKey(
        HeritageItem, verbose_name=_("item"), related_name="photos", on_delete=models.CASCADE
    )
    image = models.FileField(_("image"), upload_to=photo_path, max_length=200)
    description = models.CharField(
        _("description for people who cannot see it"),
        max_length=TEXT_LIMITS["photo_description"],
        blank=True,
    )
    width = models.PositiveIntegerField(_("width"), default=0)
    height = models.PositiveIntegerField(_("height"), default=0)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.description or self.image.name
