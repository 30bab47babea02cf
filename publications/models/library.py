"""The publications library: policy briefs, thematic papers, reports and manuals to download."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from publications.blocks import AttachedDocumentsBlock, content_language_choices
from publications.choices import PublicationType
from publications.filters import library_context
from publications.models.declarations import DeclarationIndexPage
from publications.models.manuals import ManualPage
from publications.routing import SingleTypeChildRoutingMixin


class LanguageListField(models.JSONField):
    """A list of content-language codes, edited as checkboxes.

    Stored as a JSON list (portable to SQLite and PostgreSQL, unlike ArrayField). Filtering
    by one language is done by `publications.filters.filter_publications`.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "publications.models.library.LanguageListField", args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=content_language_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _name in content_language_choices()}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown language codes: %(codes)s"), params={"codes": ", ".join(unknown)}
            )


def normalise_languages(codes):
    """The codes without repeats, in the order of the site's content languages."""
    wanted = set(codes or [])
    return [code for code, _name in content_language_choices() if code in wanted]


class PublicationIndexPage(SingleTypeChildRoutingMixin, Page):
    """The publications library: a filterable, paginated list of its publications.

    It can also hold the manuals read online (`ManualPage`) and the declarations index, which
    it lists above the publications.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    #: What the library reads from the query string (publications.filters), for the page cache.
    page_cache_query_params = ("type", "year", "language", "page")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "publications.PublicationPage",
        "publications.ManualPage",
        "publications.DeclarationIndexPage",
    ]
    max_count_per_parent = 1
    template = "publications/publication_index_page.html"
    publications_per_page = 10
    routed_child_model = "publications.PublicationPage"

    class Meta:
        verbose_name = _("publications library")

    def publications(self):
        """The live publications of this library, newest first (a queryset)."""
        return (
            PublicationPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .order_by("-year", "title")
        )

    def read_online(self):
        """The manuals and declaration indexes in the library's language, wherever they are in
        the page tree, as dicts with `page` and `kind` (one query)."""
        kinds = {ManualPage: _("Manual"), DeclarationIndexPage: _("Declarations")}
        pages = Page.objects.live().filter(locale_id=self.locale_id).type(*kinds).order_by("path")
        return [{"page": page, "kind": kinds.get(page.specific_class, "")} for page in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request.GET))
        return context


class PublicationPage(Page):
    """One publication: what it is, when it came out, in which languages, and its files."""

    publication_type = models.CharField(
        _("type"), max_length=20, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    languages = LanguageListField(
        _("available languages"),
        help_text=_("Every language in which the publication can be read."),
    )
    summary = RichTextField(_("summary"), blank=True, features=["bold", "italic", "link"])
    documents = StreamField(AttachedDocumentsBlock(), verbose_name=_("documents"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publication_type"), FieldPanel("year")]),
                FieldPanel("languages"),
            ],
            heading=_("About the publication"),
        ),
        FieldPanel("summary"),
        FieldPanel("documents"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("publication_type"),
        index.FilterField("year"),
    ]

    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("publication_type"),
        APIField("year"),
        APIField("languages"),
        APIField("summary"),
        APIField("documents"),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    template = "publications/publication_page.html"

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def save(self, *args, **kwargs):
        self.languages = normalise_languages(self.languages)
        super().save(*args, **kwargs)

    def language_names(self):
        """The names of the available languages, each in its own language."""
        names = dict(content_language_choices())
        return [(code, names[code]) for code in self.languages or [] if code in names]

    def attachments(self):
        """The attached files, each as a dict: document, label, language code and name."""
        names = dict(content_language_choices())
        rows = []
        for block in self.documents:
            document = block.value.get("document")
            if document is None:  # the document was deleted
                continue
            code = block.value.get("language") or ""
            rows.append(
                {
                    "document": document,
                    "label": block.value.get("label") or document.title,
                    "language": code,
                    "language_name": names.get(code, code),
                }
            )
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = self.attachments()
        return context
