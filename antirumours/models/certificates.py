"""`Certificate`: proof that someone completed the city's online course for agents."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from antirumours.models.common import city_field

__all__ = ["Certificate"]


class Certificate(models.Model):
    """A certificate of completion of the agents' course, verifiable by its code.

    Stored: the city, the code, the quiz score, the date, and the name the agent chose to
    type for the certificate (optional; nothing else about them, no e-mail, no account).
    """

    city = city_field("anti_rumour_certificates")
    code = models.CharField(_("verification code"), max_length=12, unique=True)
    name = models.CharField(_("name on the certificate"), max_length=80, blank=True)
    score = models.PositiveSmallIntegerField(_("quiz score (%)"))
    issued_on = models.DateField(_("issued on"), default=timezone.localdate)

    #: Issuing a certificate is a resident's act, not an editorial change: no page or screen the
    #: site keeps shows certificates (the verify screen reads them live), so their creation
    #: leaves the page cache as it is (`icc_site.page_cache`).
    is_public = False

    panels = [
        FieldPanel("code", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("score", read_only=True),
        FieldPanel("issued_on", read_only=True),
    ]

    class Meta:
        verbose_name = _("course certificate")
        verbose_name_plural = _("course certificates")
        ordering = ["-issued_on", "-pk"]

    def __str__(self):
        return self.display_code

    @property
    def display_code(self):
        """The code in groups of four, as printed: ABCD-EFGH-JKMN."""
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))
