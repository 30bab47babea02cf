"""`CityTool`: one city's customisation of one tool, the base every tool model subclasses."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.models.specific import SpecificMixin
from wagtail.query import SpecificQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from cities.models import CityPage
from tools.models.coordinators import CityCoordinators
from tools.models.shared_settings import (
    SHARED_SETTING_FIELDS,
    CityToolSettings,
    offered_languages,
)
from tools.screens import resolve_screen

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def tool_path(view_name, tool_slug, city_slug, language):
    """The path of a public tool URL ("tools:embed" or "tools:page") in `language`."""
    with translation.override(language):
        return reverse(view_name, kwargs={"tool_slug": tool_slug, "city_slug": city_slug})


def _shared_setting(name):
    """A property of `CityTool` that reads and writes one field of its `CityToolSettings`.

    A value set on the customisation is kept aside until the customisation is saved, so that
    building an object in memory (a form, a preview) changes nothing for the other languages.
    """

    def getter(self):
        pending = self.__dict__.get("_pending_settings", {})
        if name in pending:
            return pending[name]
        proposed = self.__dict__.get("_proposed_settings") or {}
        if name in proposed:
            return _setting_from_json(name, proposed[name])
        return getattr(self.shared_settings, name)

    def setter(self, value):
        self.__dict__.setdefault("_pending_settings", {})[name] = value

    return property(getter, setter, doc=f"The city's shared `{name}` for this tool.")


class SharedChoice(property):
    """A tool's own non-text choice (a pass mark, a question to ask or not), kept once per city
    and tool in `CityToolSettings.options`, so that it is the same in every language version.

    Declared on the tool model with the model field that describes it (label, help text,
    default, validators), which is never a column: ``pass_mark = SharedChoice(
    models.PositiveSmallIntegerField(_("pass mark"), default=70))``. It reads and writes like
    an attribute (and as a keyword of the model's constructor); the edit form shows it with the
    field's form field and saves it with the framework's settings (`tools.admin_forms`).
    """

    def __init__(self, field):
        self.field = field
        super().__init__(self._get, self._set, doc="A choice shared by every language version.")

    def __set_name__(self, owner, name):
        self.name = name
        self.field.set_attributes_from_name(name)

    def _get(self, customisation):
        options = customisation.tool_options or {}
        return options.get(self.name, self.field.get_default())

    def _set(self, customisation, value):
        customisation.tool_options = {**(customisation.tool_options or {}), self.name: value}

    def formfield(self):
        """The form field of the edit form, with the model field's validators."""
        field = self.field.formfield()
        field.validators = [*field.validators, *self.field.validators]
        return field

    def lookup(self, value):
        """The `filter()` keyword arguments that find customisations whose choice is `value`."""
        return {f"shared__options__{self.name}": value}


class SharedObjectChoice(SharedChoice):
    """A shared choice of a translatable object (a checklist, say), kept by its translation
    key: every language version uses the chosen object's translation in its own language.

    ``checklist = SharedObjectChoice(Checklist, _("checklist"), {"kind": "council"})`` reads
    as the chosen object's translation key (a string, or None) and is set with an object or a
    key; the edit form offers the objects of the site's default language.
    """

    def __init__(self, model, verbose_name, limit_choices_to=None, help_text=""):
        super().__init__(models.UUIDField(verbose_name, null=True, blank=True, help_text=help_text))
        self.model = model
        self.limit_choices_to = limit_choices_to or {}

    def _set(self, customisation, value):
        key = getattr(value, "translation_key", value)
        super()._set(customisation, str(key) if key else None)

    def formfield(self):
        queryset = self.model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, **self.limit_choices_to
        )
        return forms.ModelChoiceField(
            queryset,
            to_field_name="translation_key",
            required=False,
            label=capfirst(self.field.verbose_name),
            help_text=self.field.help_text,
        )

    def lookup(self, value):
        return super().lookup(str(getattr(value, "translation_key", value)))


def shared_choices(model):
    """{name: SharedChoice} that `model` (a tool model, or one of its instances) declares."""
    if not isinstance(model, type):
        model = type(model)
    found = {}
    for klass in reversed(model.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, SharedChoice):
                found[name] = value
    return found


#: The key of a draft's proposed shared settings in its revision's content (tools.review).
PROPOSED_SETTINGS_KEY = "proposed_shared_settings"


def _setting_as_json(name, value):
    """A shared setting's value as a revision's JSON keeps it (the logo by its id)."""
    if name == "logo":
        return value.pk if value is not None else None
    return value


def _setting_from_json(name, value):
    if name == "logo":
        return get_image_model().objects.filter(pk=value).first() if value else None
    return value


class CityToolQuerySet(SpecificQuerySetMixin, models.QuerySet):
    """Customisations; `.specific()` returns each as its tool's own model."""

    def with_shared_settings(self):
        """Fetch each customisation's shared settings (and logo) in the same query."""
        return self.select_related("shared", "shared__logo")

    def enabled(self):
        """Customisations whose city has the tool turned on."""
        return self.filter(shared__enabled=True)

    def published(self):
        """Live and enabled customisations of live cities."""
        return self.filter(live=True, city__live=True, shared__enabled=True)

    def for_city_slug(self, city_slug):
        """Customisations of the city whose profile page has this slug, in any language tree."""
        keys = CityPage.objects.filter(slug=city_slug).values("translation_key")
        return self.filter(city__translation_key__in=keys)


# Attribute of `CityTool` -> field of `CityToolSettings`.
_SHARED_ATTRIBUTES = {name: name for name in SHARED_SETTING_FIELDS if name != "options"}
_SHARED_ATTRIBUTES["tool_options"] = "options"


class CityTool(
    SpecificMixin,
    TranslatableMixin,
    WorkflowMixin,
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
    #: How long each of the tool's forms may live, by purpose (seconds), when it is not
    #: `tools.state.DEFAULT_MAX_AGE`. The memory of used form codes follows the longest.
    form_max_ages = {}
    #: The folder under MEDIA_ROOT where the tool's forms keep uploads between steps, if any
    #: (`tools.uploads`: bounded, purged often).
    pending_upload_dir = ""
    #: The tool's screens, each a `tools.screens.Screen` (route, view, name, methods), routed
    #: by the framework under the city's URL; without any, the tool is one screen that renders
    #: `embed_template`.
    screens = ()
    #: The tool's other models whose rows its cached screens show ("app_label.Model"): a save
    #: or a delete of one expires the cached pages and screens (`tools.screen_cache`), as an
    #: editorial change does.
    expire_cache_on = ()
    #: What deleting a row of another model takes from the residents' counts the tool
    #: publishes: ("app_label.Model", "dotted.path.to.handler") pairs. The framework connects
    #: each handler to that model's pre_delete, so that it keeps the reporting periods shown so
    #: far before the counts go (`tools.disclosure`, `tools.models.ReportingPeriod`).
    keep_periods_before_deleting = ()
    #: True when every POST the tool accepts goes to a `tools.wizard.SignedWizardMixin` form,
    #: which shows a rate-limit refusal on the same step with the answers (and checks the rate
    #: itself); otherwise the framework refuses an over-limit POST before the tool sees it.
    shows_refusals_in_form = False

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
    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    closing = RichTextField(_("closing text"), blank=True, features=TEXT_FEATURES)
    contact_link = models.URLField(
        _("contact link"),
        blank=True,
        help_text=_("Where residents can ask the city about this tool."),
    )
    shared = models.ForeignKey(
        CityToolSettings,
        verbose_name=_("shared settings"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="customisations",
    )

    # What is not text lives once per city and tool, in `CityToolSettings`, shared by every
    # language version; these properties read and write it (saved with the customisation).
    enabled = _shared_setting("enabled")
    languages = _shared_setting("languages")
    logo = _shared_setting("logo")
    primary_colour = _shared_setting("primary_colour")
    secondary_colour = _shared_setting("secondary_colour")
    allowed_origins = _shared_setting("allowed_origins")
    tool_options = _shared_setting("options")

    objects = CityToolQuerySet.as_manager()

    # The city belongs to every language version: translations keep the source's.
    override_translatable_fields = [SynchronizedField("city")]

    # The shared settings are form fields of `tools.admin_forms.SharedSettingsForm` (the base
    # form of every tool's edit view, which must use it), saved to `CityToolSettings`.
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

    def save(self, *args, **kwargs):
        """Save the shared settings changed on the customisation, then the customisation."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            update_fields = [name for name in update_fields if name not in _SHARED_ATTRIBUTES]
        if self.city_id:
            before = self.shared_id
            self.save_shared_settings()
            if update_fields is not None and self.shared_id != before:
                update_fields.append("shared")
        if update_fields is not None:
            kwargs["update_fields"] = update_fields
        super().save(*args, **kwargs)

    def refresh_from_db(self, *args, **kwargs):
        """Reload the shared settings too, dropping values set but not saved."""
        super().refresh_from_db(*args, **kwargs)
        self.__dict__.pop("_shared_settings", None)
        self.__dict__.pop("_pending_settings", None)
        self.__dict__.pop("_proposed_settings", None)

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

    def city_name(self):
        """The city's name in the active language: the title of its profile's translation,
        else the title of the profile the customisation points to. One query, then kept."""
        language = translation.get_language() or self.locale.language_code
        names = self.__dict__.setdefault("_city_names", {})
        if language not in names:
            names[language] = (
                CityPage.objects.filter(
                    translation_key=self.city.translation_key, locale__language_code=language
                )
                .values_list("title", flat=True)
                .first()
                or self.city.title
            )
        return names[language]

    def remember_city_name(self, language, title):
        """Keep what `city_name()` answers in `language`: `title`, the city profile's title in
        that language, read with the customisation (None when it has no such translation)."""
        self.__dict__.setdefault("_city_names", {})[language] = title or self.city.title

    # --- The shared, non-text settings (see `CityToolSettings`) ---
    def get_tool_slug(self):
        """The tool's slug, also for a row fetched through the base `CityTool` model."""
        if self.tool_slug:
            return self.tool_slug
        model = self.content_type.model_class() if self.content_type_id else None
        return getattr(model, "tool_slug", "")

    @property
    def shared_settings(self):
        """The city's `CityToolSettings` for this tool (a new, unsaved one if none yet)."""
        if self.shared_id is not None:
            return self.shared
        if "_shared_settings" not in self.__dict__:
            if self.city_id:
                record = CityToolSettings.for_city_and_tool(self.city, self.get_tool_slug())
            else:
                record = CityToolSettings(tool_slug=self.get_tool_slug())
            self._shared_settings = record
        return self._shared_settings

    def save_shared_settings(self):
        """Write the values set on this customisation to the city's shared record, and link
        the customisation to that record (without saving the customisation itself)."""
        pending = self.__dict__.pop("_pending_settings", {})
        self.__dict__.pop("_shared_settings", None)
        record = self.shared if self.shared_id is not None else None
        city_key = self.city.translation_key
        if record is None or record.city_key != city_key:
            record = CityToolSettings.for_city_and_tool(self.city, self.get_tool_slug())
        if pending or record.pk is None:
            for name, value in pending.items():
                setattr(record, name, value)  # pending values are kept by field name
            record.save()
        self.shared = record
        return record

    # --- Shared settings proposed in a reviewed city (tools.review) ---
    # A coordinator whose city reviews its tool changes cannot write the shared record (it
    # would reach residents at once). Their changes are kept in the draft's revision instead,
    # go through the same review as its texts, and are written when that revision is published.
    @property
    def proposed_settings(self):
        """{field of `CityToolSettings`: value as JSON} this draft proposes, if any."""
        return dict(self.__dict__.get("_proposed_settings") or {})

    def propose_shared_settings(self, values):
        """Keep `values` ({field of `CityToolSettings`: value}) as this draft's proposal,
        instead of writing them: those that differ from the live record, with what was
        proposed before for other fields."""
        proposed = self.proposed_settings
        record = self.shared_settings
        for name, value in values.items():
            wanted = _setting_as_json(name, value)
            if wanted == _setting_as_json(name, getattr(record, name)):
                proposed.pop(name, None)
            else:
                proposed[name] = wanted
        self._proposed_settings = proposed

    def drop_proposed_settings(self):
        """Forget this draft's proposal (a person who may change the settings decided)."""
        self.__dict__.pop("_proposed_settings", None)

    def serializable_data(self):
        data = super().serializable_data()
        if self.proposed_settings:
            data[PROPOSED_SETTINGS_KEY] = self.proposed_settings
        return data

    def with_content_json(self, content):
        instance = super().with_content_json(content)
        proposed = content.get(PROPOSED_SETTINGS_KEY)
        if proposed:
            instance._proposed_settings = dict(proposed)
        return instance

    def publish(self, revision, *args, **kwargs):
        """Publish `revision`, then write the shared settings it proposes, once it is live
        (not when its publication is only scheduled)."""
        result = super().publish(revision, *args, **kwargs)
        proposed = (revision.content or {}).get(PROPOSED_SETTINGS_KEY)
        if proposed and CityTool.objects.filter(pk=self.pk, live_revision=revision).exists():
            record = CityToolSettings.for_city_and_tool(self.city, self.get_tool_slug())
            for name, value in proposed.items():
                if name == "logo":
                    record.logo_id = value
                elif name in SHARED_SETTING_FIELDS:
                    setattr(record, name, value)
            record.save()
            self.__dict__.pop("_shared_settings", None)
            if self.shared_id != record.pk:
                self.shared = record
                self.save(update_fields=["shared"])
        return result

    def shared_options_from_form(self, form):
        """The tool's non-text choices made in its edit form, for `CityToolSettings.options`.

        The edit form calls this when it is saved; a tool whose form sets choices shared by
        every language (the citizenship test's questions and their order) returns them as a
        dict, which is merged into the shared options. The default shares nothing more.
        """
        return {}

    # --- Names and URLs ---
    @classmethod
    def get_tool_name(cls):
        """The tool's name, falling back to the model's verbose name."""
        return cls.tool_name or cls._meta.verbose_name

    def get_city_slug(self):
        """The city identifier used in URLs: its profile page's slug."""
        return self.city.slug

    def offered_languages(self):
        """Language codes the city offers the tool in, in the site's order (shared by every
        language version: see `CityToolSettings`)."""
        return offered_languages(self.languages)

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
            "customisation": self,
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
        """Answer a request for this customisation: with the screen `subpath` names among
        the tool's `screens` (`tools.screens`).

        `subpath` is what follows the city slug in the URL (empty for the tool's first screen);
        a tool without screens has only that one, so any subpath is a 404.
        """
        if self.screens:
            return resolve_screen(self, request, mode, subpath)
        if subpath:
            raise Http404
        return TemplateResponse(request, self.embed_template, self.get_tool_context(request, mode))

    # --- Review (WorkflowMixin): the workflow the city chose, if any (tools.review) ---
    @classmethod
    def get_default_workflow(cls):
        # Workflows are chosen per city, never per model: a new customisation has none until
        # it is saved for its city.
        return None

    def get_workflow(self):
        return CityCoordinators.review_workflow_of(self.city) if self.city_id else None

    # --- Preview in the admin (PreviewableMixin) ---
    #: Whether the admin preview shows the tool's first screen (`screens[0]`, what a resident
    #: sees first, with the draft's settings). A tool that previews something else sets False
    #: and overrides `get_preview_template()` / `get_preview_context()`, which also serve
    #: while the first screen has nothing to show (a checklist tool before any checklist).
    previews_first_screen = True

    @property
    def preview_modes(self):
        return [("embed", _("Embedded")), ("page", _("Full page"))]

    def serve_preview(self, request, mode_name):
        if self.screens and self.previews_first_screen:
            mode = "page" if mode_name == "page" else "embed"
            try:
                return self.screens[0](request, self, mode)
            except Http404:
                pass
        return super().serve_preview(request, mode_name)

    def get_preview_template(self, request, mode_name):
        return self.embed_template

    def get_preview_context(self, request, mode_name):
        return self.get_tool_context(request, mode_name if mode_name == "page" else "embed")

    @classmethod
    def get_admin_panels(cls):
        """The edit form: the framework's panels, then the tool's own options."""
        return [*cls.framework_panels, *cls.tool_panels]
