"""A practice or a news item proposed by a city's coordinator: a draft page under review."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["CityProposal"]


class CityProposal(models.Model):
    """Links the draft page a coordinator proposed to the city it was proposed for.

    The page itself (a `PracticePage` or a `NewsPage`) carries the content; it goes through the
    editors' review workflow and an editor publishes it. A coordinator lists only the proposals
    of the cities they manage (`tools.proposals`).
    """

    PRACTICE = "practice"
    NEWS = "news"
    KINDS = [(PRACTICE, _("Good practice")), (NEWS, _("News item"))]

    city = models.ForeignKey(
        "cities.CityPage", verbose_name=_("city"), on_delete=models.CASCADE, related_name="+"
    )
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="city_proposal",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("city proposal")
        verbose_name_plural = _("city proposals")
        ordering = ["-proposed_at", "-pk"]

    def __str__(self):
        return self.page.title
