"""`CityToolSettings`: what one city's tool keeps once for every language.

A customisation (`CityTool`) is translatable: one row per language, each with its own texts.
What is not text (whether the tool is on, the languages offered, the logo and colours, the
sites allowed to frame it, the tool's non-text choices such as which questions and in what
order) lives here, once per city and tool, so that changing it in any language changes it in
all, at once, and removing an origin in one language removes it everywhere.

`CityTool` reads and writes these values through properties of the same names
(`customisation.allowed_origins`, `.enabled`, ...), so templates and views keep their spelling.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tools.fields import LanguageListField, OriginListField, default_languages
from tools.validators import hex_colour_validator

__all__ = [
    "SHARED_SETTING_FIELDS",
    "CityToolSettings",
    "offered_languages",
]

#: The fields of `CityToolSettings` that a customisation exposes as its own attributes.
SHARED_SETTING_FIELDS = (
    "enabled",
    "languages",
    "logo",
    "primary_colour",
    "secondary_colour",
    "allowed_origins",
    "options",
)


def offered_languages(codes):
    """The language codes in `codes` that are content languages, in the site's order.

    The one place that answers "which languages does this city offer the tool in": both
    `CityToolSettings.offered_languages()` and `CityTool.offered_languages()` call it.
    """
    chosen = set(codes or [])
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in chosen]


class CityToolSettingsQuerySet(models.QuerySet):
    def for_city(self, city):
        """The records of `city` (a CityPage in any language)."""
        return self.filter(city_key=city.translation_key)


class CityToolSettings(models.Model):
    """One city's settings for one tool, shared by every language version of its customisation.

    Keyed by the city's `translation_key` (every language version of a city page shares it)
    and the tool's slug; `city` points at one version of the city page, for the admin and for
    scoping by coordinator. Not translatable, not versioned: a change applies at once.
    """

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        related_name="tool_settings",
        on_delete=models.CASCADE,
    )
    city_key = models.UUIDField(editable=False, db_index=True)
    tool_slug = models.CharField(_("tool"), max_length=64)
    enabled = models.BooleanField(
        _("enabled"),
        default=True,
        help_text=_("Untick to take the tool offline without deleting its settings."),
    )
    languages = LanguageListField(
        _("languages offered"),
        default=default_languages,
        help_text=_("Residents can use the tool in these languages."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        default="#1d4f91",
        validators=[hex_colour_validator],
        help_text=_("Buttons and headings, for example #1d4f91. Keep it dark enough to read."),
    )
    secondary_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#f2a900",
        validators=[hex_colour_validator],
        help_text=_("Progress bars and highlights, for example #f2a900."),
    )
    allowed_origins = OriginListField(
        _("sites allowed to embed the tool"),
        blank=True,
        help_text=_(
            "One origin a line, such as https://www.city.example. Only these sites (and this "
            "one) may show the tool in a frame."
        ),
    )
    #: The tool's own choices that are not text, for example the citizenship test's chosen
    #: questions in their order: {"questions": [question translation keys, ...]}.
    options = models.JSONField(_("tool options"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CityToolSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = _("shared tool settings")
        verbose_name_plural = _("shared tool settings")
        constraints = [
            models.UniqueConstraint(
                fields=["city_key", "tool_slug"], name="tools_one_settings_per_city_and_tool"
            )
        ]

    def __str__(self):
        return f"{self.tool_slug} – {self.city.title if self.city_id else '?'}"

    def save(self, *args, **kwargs):
        if self.city_id and not self.city_key:
            self.city_key = self.city.translation_key
        super().save(*args, **kwargs)

    @classmethod
    def for_city_and_tool(cls, city, tool_slug):
        """The record of `city` (any language version) and the tool, or a new unsaved one."""
        found = cls.objects.filter(city_key=city.translation_key, tool_slug=tool_slug).first()
        if found is None:
            found = cls(city=city, city_key=city.translation_key, tool_slug=tool_slug)
        return found

    def offered_languages(self):
        """Language codes the city offers the tool in, in the site's order."""
        return offered_languages(self.languages)
