"""`CityTool`: one city's customisation of one tool, the base every tool model subclasses."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.models.specific import SpecificMixin
from wagtail.query import SpecificQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from tools.fields import LanguageListField, OriginListField, default_languages
from tools.validators import hex_colour_validator

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def tool_path(view_name, tool_slug, city_slug, language):
    """The path of a public tool URL ("tools:embed" or "tools:page") in `language`."""
    with translation.override(language):
        return reverse(view_name, kwargs={"tool_slug": tool_slug, "city_slug": city_slug})


class CityToolQuerySet(SpecificQuerySetMixin, models.QuerySet):
    """Customisations; `.specific()` returns each as its tool's own model."""

    def published(self):
        """Live and enabled customisations of live cities."""
        return self.filter(live=True, enabled=True, city__live=True)

    def for_city_slug(self, city_slug):
        """Customisations of the city whose profile page has this slug, in any language tree."""
        from cities.models import CityPage

        keys = CityPage.objects.filter(slug=city_slug).values("translation_key")
        return self.filter(city__translation_key__in=keys)


class CityTool(
    SpecificMixin,
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """One city's customisation of one tool: branding, texts, languages, embedding origins.

    A tool app subclasses this model (multi-table inheritance, with `content_type` naming the
    subclass, as in Wagtail's `Task`) and sets the class attributes below. It can add its own
    option fields and panels (`tool_panels`), and override `get_tool_context()` to give its
    template what it needs, or `serve()` for multi-step flows (see `tools.state`).
    There is at most one customisation per tool, city and language; translations are made with
    wagtail-localize and share the city, colours, logo, languages and origins of their source.
    """

    # --- What a tool app declares (class attributes, not database fields) ---
    #: Stable identifier in URLs: /<language>/embed/<tool_slug>/<city>/.
    tool_slug = ""
    #: The tool's name shown to residents and editors (wrap in gettext_lazy).
    tool_name = ""
    #: One sentence for the directory page and the API (wrap in gettext_lazy).
    tool_description = ""
    #: A Wagtail admin icon name for the menu.
    icon = "cogs"
    #: The template rendered for the tool; it extends "tools/embed_base.html".
    embed_template = "tools/embed_base.html"
    #: Does the tool accept form posts on its embed and page URLs (see tools.state)?
    accepts_posts = False
    #: Extra panels for the tool's own options, shown after the framework's panels.
    tool_panels = []
    #: What the tool stores from residents, for the privacy page and the purge: a tuple of
    #: `tools.privacy.StoredData`.
    stored_data = ()
    #: The tool's other models that hold a city's data, each a `tools.scoping.CityData`: the
    #: framework scopes them to the coordinators' cities in every admin screen, and grants each
    #: city's coordinator group the permissions declared there.
    city_data = ()

    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("content type"),
        related_name="+",
        on_delete=models.CASCADE,
        editable=False,
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        related_name="tool_customisations",
        on_delete=models.CASCADE,
    )
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
    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    closing = RichTextField(_("closing text"), blank=True, features=TEXT_FEATURES)
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
    contact_link = models.URLField(
        _("contact link"),
        blank=True,
        help_text=_("Where residents can ask the city about this tool."),
    )
    allowed_origins = OriginListField(
        _("sites allowed to embed the tool"),
        blank=True,
        help_text=_(
            "One origin a line, such as https://www.city.example. Only these sites (and this "
            "one) may show the tool in a frame."
        ),
    )

    objects = CityToolQuerySet.as_manager()

    # Colours, origins and languages belong to the city, not to a language: translations keep
    # the source's values (wagtail-localize would otherwise offer the colours for translation).
    override_translatable_fields = [
        SynchronizedField("primary_colour"),
        SynchronizedField("secondary_colour"),
        SynchronizedField("city"),
        SynchronizedField("enabled"),
        SynchronizedField("languages"),
        SynchronizedField("allowed_origins"),
        SynchronizedField("logo"),
    ]

    framework_panels = [
        FieldPanel("city", heading=_("City")),
        FieldPanel("enabled"),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("intro"), FieldPanel("closing"), FieldPanel("contact_link")],
            heading=_("Texts"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("primary_colour"), FieldPanel("secondary_colour")],
            heading=_("Branding"),
        ),
        FieldPanel("allowed_origins"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tool customisation")
        verbose_name_plural = _("tool customisations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "city", "locale"],
                name="tools_one_customisation_per_tool_city_locale",
            )
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.pk and not self.content_type_id:
            # Record which tool this row belongs to, as wagtail.models.Task does.
            self.content_type = ContentType.objects.get_for_model(self)

    def __str__(self):
        city = self.city.title if self.city_id else "?"
        return f"{self.get_tool_name()} – {city} ({self.locale.language_code})"

    def clean(self):
        """One customisation per tool, city and language: say so on the city field."""
        super().clean()
        if not (self.city_id and self.locale_id and self.content_type_id):
            return
        clash = CityTool.objects.filter(
            content_type_id=self.content_type_id, city_id=self.city_id, locale_id=self.locale_id
        ).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(
                {"city": _("This city already has this tool in this language: edit that one.")}
            )

    # --- Names and URLs ---
    @classmethod
    def recognition_for_city(cls, city):
        """A short text the city's profile shows when the tool recognises the city, or None.

        For example a badge earned by an evaluation. Tools that award none keep this default.
        """
        return None

    @classmethod
    def get_tool_name(cls):
        """The tool's name, falling back to the model's verbose name."""
        return cls.tool_name or cls._meta.verbose_name

    def get_city_slug(self):
        """The city identifier used in URLs: its profile page's slug."""
        return self.city.slug

    def offered_languages(self):
        """Language codes the city offers the tool in, in the site's order."""
        chosen = set(self.languages or [])
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in chosen]

    def _url(self, name, language):
        language = language or self.locale.language_code
        return tool_path(name, self.tool_slug, self.get_city_slug(), language)

    def get_embed_url(self, language=None):
        """Path of the framed version: /<language>/embed/<tool>/<city>/."""
        return self._url("tools:embed", language)

    def get_page_url(self, language=None):
        """Path of the version with the site header: /<language>/tools/<tool>/<city>/."""
        return self._url("tools:page", language)

    def is_embeddable(self):
        """Published and enabled: the embed code may be handed out."""
        return self.live and self.enabled

    # --- Rendering; tools override get_tool_context() and, for forms, serve() ---
    def get_tool_context(self, request, mode):
        """Context for the tool's template. `mode` is "embed" or "page". Override to add.

        `tool_shell` is the template `tools/embed_base.html` extends: the bare framed page or
        the site's page with header and footer (which announces the oEmbed URL).
        """
        context = {
            "tool": self,
            "city": self.city,
            "tool_mode": mode,
            "tool_shell": f"tools/shells/{mode}.html",
            "request": request,
        }
        if mode == "page":
            page_url = request.build_absolute_uri(self.get_page_url(translation.get_language()))
            query = urlencode({"url": page_url, "format": "json"})
            context["oembed_url"] = request.build_absolute_uri(f"{reverse('tools_oembed')}?{query}")
        return context

    def serve(self, request, mode, subpath=""):
        """Answer a request for this customisation. Override for tools with several screens.

        `subpath` is what follows the city slug in the URL (empty for the tool's first screen);
        the default has only that screen, so any subpath is a 404.
        """
        if subpath:
            raise Http404
        return TemplateResponse(request, self.embed_template, self.get_tool_context(request, mode))

    # --- Preview in the admin (PreviewableMixin) ---
    @property
    def preview_modes(self):
        return [("embed", _("Embedded")), ("page", _("Full page"))]

    def get_preview_template(self, request, mode_name):
        return self.embed_template

    def get_preview_context(self, request, mode_name):
        return self.get_tool_context(request, mode_name if mode_name == "page" else "embed")

    @classmethod
    def get_admin_panels(cls):
        """The edit form: the framework's panels, then the tool's own options."""
        return [*cls.framework_panels, *cls.tool_panels]
