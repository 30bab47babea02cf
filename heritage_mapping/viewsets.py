"""Admin screens: mapping projects (per city) and the moderation queue of items.

Both sit in the framework's "Tools" menu. Every list, form, export and extra view is narrowed
to the cities the user coordinates by the framework's admin base (`tools.viewsets`,
`tools.scoping`); another city's object is a 404 (`tools.admin_guard`).
"""

from django import forms
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn

from heritage_mapping.models import Community, HeritageItem, MappingProject
from heritage_mapping.panels import ItemLocationMapPanel, ItemPhotosPanel
from heritage_mapping.views import moderation
from heritage_mapping.vocabulary import Status
from tools.viewsets import CityScopedForm, CityScopedSnippetViewSet

__all__ = ["HeritageItemViewSet", "MappingProjectViewSet"]


class MappingProjectViewSet(CityScopedSnippetViewSet):
    """A city's mapping projects: area, team, definitions, phase, communities, action plan."""

    model = MappingProject
    icon = "site"
    menu_label = _("Mapping projects")
    list_display = ["title", "neighbourhood", Column("city", label=_("City")), "phase"]
    list_filter = ["phase", "locale"]
    search_fields = ["title", "neighbourhood"]
    search_backend_name = None

    list_select_related = ("city", "locale")


class HeritageItemForm(CityScopedForm):
    """Projects of the user's cities only (the framework's form); communities of the item's
    project only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "communities" in self.fields:
            communities = Community.objects.none()
            if self.instance.project_id:
                communities = Community.objects.filter(project_id=self.instance.project_id)
            self.fields["communities"].queryset = communities

    def save(self, commit=True):
        item = super().save(commit=False)
        if "status" in self.changed_data and self.for_user is not None:
            item.moderated_by = self.for_user
            item.moderated_at = timezone.now()
        if commit:
            item.save()
            self.save_m2m()
        return item


class HeritageItemViewSet(CityScopedSnippetViewSet):
    """The moderation queue: new items first; approve, edit, or reject with a reason."""

    model = HeritageItem
    icon = "tasks"
    menu_label = _("Heritage moderation")
    base_form_class = HeritageItemForm
    list_select_related = ("project", "project__city")
    list_display = [
        "title",
        Column("project", label=_("Project")),
        "category",
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            primary=lambda item: item.status == Status.PENDING,
        ),
        # When a resident sent it: their items have no admin history for "Updated" to show.
        DateColumn("submitted_at", label=_("Received"), sort_key="submitted_at"),
    ]
    list_filter = ["status", "category"]
    search_fields = ["title", "description", "place_name"]
    search_backend_name = None
    list_export = [
        "pk",
        "title",
        "project",
        "category",
        "status",
        "latitude",
        "longitude",
        "place_name",
        "contributor_name",
        "licence",
        "submitted_at",
    ]
    export_filename = "heritage-items"
    ordering = ["-submitted_at"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("rejection_reason")], heading=_("Moderation")
        ),
        FieldPanel("project"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("category"),
        FieldPanel("communities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("other_communities"),
        FieldPanel("why_it_matters"),
        MultiFieldPanel(
            [
                ItemLocationMapPanel(),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("place_name"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("period"),
        ItemPhotosPanel(heading=_("Photos")),
        FieldPanel("contributor_name"),
        FieldPanel("licence"),
    ]

    @cached_property
    def menu_url(self):
        # The queue: items waiting for a decision.
        return reverse(self.get_url_name("list")) + f"?status={Status.PENDING}"

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns() + [
            path("approve/<str:pk>/", moderation.ApproveView.as_view(), name="approve"),
            path("reject/<str:pk>/", moderation.RejectView.as_view(), name="reject"),
            path("photo/<int:photo_pk>/", moderation.admin_photo, name="photo"),
        ]
        return patterns
