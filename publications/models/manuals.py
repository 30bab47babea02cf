"""Manuals and guides read online: a manual page with its chapters as child pages."""

import re

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from publications.blocks import ProseBlock
from publications.routing import SingleTypeChildRoutingMixin
from publications.serializers import ChaptersField


class ManualPage(SingleTypeChildRoutingMixin, Page):
    """A manual or guide: its introduction, the table of contents and the whole text to download.

    Its chapters are its child pages (`ManualChapterPage`), numbered in the order of the page
    tree, so editors reorder chapters by reordering pages.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Who the manual is for and what it helps them do."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("downloadable document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The whole manual as one file (PDF), offered on every chapter."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("document"),
        FieldPanel("cover_image"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
        APIField("document"),
        APIField("cover_image"),
        APIField("chapters", serializer=ChaptersField()),
    ]
    parent_page_types = ["home.HomePage", "publications.PublicationIndexPage"]
    subpage_types = ["publications.ManualChapterPage"]
    template = "publications/manual_page.html"
    routed_child_model = "publications.ManualChapterPage"
    # The admin lists the chapters in reading order (the page tree's), not newest first.
    admin_default_ordering = "ord"
    #: The preview of the whole manual, draft chapters included, next to the page's own.
    WHOLE_MANUAL = "whole"

    class Meta:
        verbose_name = _("manual")
        verbose_name_plural = _("manuals")

    def chapters(self):
        """The live chapters in reading order, without their text (one query), each with
        `number` and `unnumbered_title` (see `without_number`)."""
        chapters = list(
            ManualChapterPage.objects.child_of(self).live().defer_streamfields().order_by("path")
        )
        return numbered(chapters)

    @property
    def preview_modes(self):
        return [
            ("", _("This page")),
            (self.WHOLE_MANUAL, _("The whole manual, draft chapters included")),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name != self.WHOLE_MANUAL:
            return super().serve_preview(request, mode_name)
        return TemplateResponse(
            request,
            "publications/manual_whole_preview.html",
            {"page": self, "chapters": self.chapters_with_drafts(), "request": request},
        )

    def chapters_with_drafts(self):
        """Every chapter in reading order as its latest version, published or not, with
        `is_draft` (not live, or changed since); one query whatever the number of chapters."""
        chapters = []
        rows = ManualChapterPage.objects.child_of(self).select_related("latest_revision")
        for row in rows.order_by("path"):
            revision = row.latest_revision
            latest = row.with_content_json(revision.content) if revision else row
            latest.is_draft = not row.live or row.has_unpublished_changes
            chapters.append(latest)
        return numbered(chapters)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.chapters()
        return context


class ManualChapterPage(Page):
    """One chapter of a manual: its text, with the way back to the manual and on to the next."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in the table of contents."),
    )
    body = StreamField(ProseBlock(), verbose_name=_("text"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("summary"),
        APIField("body"),
    ]
    parent_page_types = ["publications.ManualPage"]
    subpage_types = []
    template = "publications/manual_chapter_page.html"

    class Meta:
        verbose_name = _("manual chapter")
        verbose_name_plural = _("manual chapters")

    def get_manual(self):
        """The manual this chapter belongs to (no query when it was routed through it)."""
        manual = getattr(self, "_routed_parent", None)
        if isinstance(manual, ManualPage):
            return manual
        parent_path = self.path[: -self.steplen]
        return ManualPage.objects.select_related("document").get(path=parent_path)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        manual = self.get_manual()
        chapters = manual.chapters()
        context.update(manual=manual, chapters=chapters, **chapter_position(chapters, self))
        return context


def without_number(title, number):
    """`title` without a leading number that repeats the chapter's own: "Chapter 1: Welcome",
    "Chapitre 1 – Bienvenue" or "1. Welcome" as chapter 1 is "Welcome", since the site numbers
    the chapters itself. Another number ("Chapter 3" as chapter 1) is left as written.

    A title that is nothing but its number ("Chapter 1") gives "": the site shows it as it is,
    without a number of its own."""
    if re.fullmatch(rf"\s*(?:\w+\s+)?{number}\s*[:.]?\s*", title):
        return ""
    pattern = rf"^\s*(?:\w+\s+)?{number}\s*[:.\-–—)]\s*(?=\S)"
    return re.sub(pattern, "", title, count=1, flags=re.IGNORECASE)


def numbered(chapters):
    """`chapters` with their `number` (1, 2, ...) and `unnumbered_title` set; no query."""
    for number, chapter in enumerate(chapters, start=1):
        chapter.number = number
        chapter.unnumbered_title = without_number(chapter.title, number)
    return chapters


def chapter_position(chapters, chapter):
    """Where `chapter` stands among `chapters`: its number, the previous and the next one.

    `chapters` is the list already fetched for the table of contents, so finding the neighbours
    costs no query. A chapter that is not live (a preview) has no number and no neighbours.
    """
    ids = [item.pk for item in chapters]
    if chapter.pk not in ids:
        return {"chapter_number": None, "previous_chapter": None, "next_chapter": None}
    position = ids.index(chapter.pk)
    return {
        "chapter_number": position + 1,
        "previous_chapter": chapters[position - 1] if position > 0 else None,
        "next_chapter": chapters[position + 1] if position + 1 < len(chapters) else None,
    }
