"""Admin screens: mapping projects (per city) and the moderation queue of items.

Both sit in the framework's "Tools" menu. Every list, form, export and extra view is narrowed
to the cities the user coordinates (`tools.permissions`); another city's object is a 404.
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from heritage_mapping.models import Community, HeritageItem, MappingProject
from heritage_mapping.panels import ItemLocationMapPanel, ItemPhotosPanel
from heritage_mapping.views import moderation
from heritage_mapping.vocabulary import Status
from tools.permissions import cities_for_user, filter_for_user, user_can_manage_city

__all__ = ["HeritageItemViewSet", "MappingProjectViewSet"]


def city_guard(model, city_of):
    """Wrap an admin view: 404 when the object in the URL is of a city the user does not
    manage (its existence is not revealed)."""

    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None:
                instance = model.objects.filter(pk=unquote(str(pk))).first()
                if instance is None or not user_can_manage_city(request.user, city_of(instance)):
                    raise Http404
            return view(request, *args, **kwargs)

        return guarded

    return decorator


class MappingProjectForm(WagtailAdminModelForm):
    """The city list holds only the cities the user coordinates."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "city" in self.fields and self.for_user is not None:
            field = self.fields["city"]
            field.queryset = cities_for_user(self.for_user).select_related("locale")
            field.label_from_instance = lambda city: f"{city.title} ({city.locale.language_code})"


class MappingProjectViewSet(SnippetViewSet):
    """A city's mapping projects: area, team, definitions, phase, communities, action plan."""

    model = MappingProject
    icon = "site"
    menu_label = _("Mapping projects")
    add_to_admin_menu = False
    list_display = ["title", "neighbourhood", Column("city", label=_("City")), "phase"]
    list_filter = ["phase", "locale"]
    search_fields = ["title", "neighbourhood"]
    search_backend_name = None

    def get_queryset(self, request):
        return filter_for_user(MappingProject.objects.all(), request.user).select_related(
            "city", "locale"
        )

    def get_edit_handler(self):
        return ObjectList(MappingProject.panels, base_form_class=MappingProjectForm).bind_to_model(
            MappingProject
        )

    def get_urlpatterns(self):
        return decorate_urlpatterns(
            super().get_urlpatterns(), city_guard(MappingProject, lambda project: project.city)
        )


class HeritageItemForm(WagtailAdminModelForm):
    """Projects of the user's cities only; communities of the item's project only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "project" in self.fields and self.for_user is not None:
            self.fields["project"].queryset = filter_for_user(
                MappingProject.objects.all(), self.for_user
            )
        if "communities" in self.fields:
            communities = Community.objects.none()
            if self.instance.project_id:
                communities = Community.objects.filter(project_id=self.instance.project_id)
            self.fields["communities"].queryset = communities

    def save(self, commit=True):
        item = super().save(commit=False)
        if "status" in self.changed_data and self.for_user is not None:
            from django.utils import timezone

            item.moderated_by = self.for_user
            item.moderated_at = timezone.now()
        if commit:
            item.save()
            self.save_m2m()
        return item


class HeritageItemViewSet(SnippetViewSet):
    """The moderation queue: new items first; approve, edit, or reject with a reason."""

    model = HeritageItem
    icon = "tasks"
    menu_label = _("Heritage moderation")
    add_to_admin_menu = False
    list_display = [
        "title",
        Column("project", label=_("Project")),
        "category",
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            primary=lambda item: item.status == Status.PENDING,
        ),
        UpdatedAtColumn(),
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

    def get_queryset(self, request):
        return filter_for_user(
            HeritageItem.objects.all(), request.user, "project__city"
        ).select_related("project", "project__city")

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=HeritageItemForm).bind_to_model(HeritageItem)

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns() + [
            path("approve/<str:pk>/", moderation.ApproveView.as_view(), name="approve"),
            path("reject/<str:pk>/", moderation.RejectView.as_view(), name="reject"),
            path("photo/<int:photo_pk>/", moderation.admin_photo, name="photo"),
        ]
        return decorate_urlpatterns(
            patterns, city_guard(HeritageItem, lambda item: item.project.city)
        )
