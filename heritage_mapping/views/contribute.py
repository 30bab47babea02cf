"""The contribution form: a django-formtools wizard whose state travels in the page.

Steps: what, communities, where, when, photos, about you, review. The signed state (see
`heritage_mapping.wizard_storage`) replaces the session, which a cross-site iframe does not
get; the last POST consumes the state's nonce and stores one `HeritageItem`, pending
moderation. Nothing typed is lost: an invalid step comes back with its text and the errors,
and "Back" keeps what the current step holds even when it is incomplete.
"""

import io
from collections import OrderedDict

from django.core.files.base import ContentFile
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from PIL import Image

from heritage_mapping.forms import (
    MAX_PHOTOS,
    AboutYouForm,
    CommunitiesForm,
    PhotosForm,
    ReviewForm,
    WhatForm,
    WhenForm,
    WhereForm,
)
from heritage_mapping.geometry import area_bounds
from heritage_mapping.models import Community, HeritageItem, ItemPhoto
from heritage_mapping.photos import new_photo_name, pending_storage
from heritage_mapping.views.common import find_project, project_url, tool_context
from heritage_mapping.vocabulary import Category, Licence
from heritage_mapping.wizard_storage import PendingPhoto, PhotoWizardStorage
from tools.wizard import CityToolWizard, see_other

__all__ = ["STATE_PURPOSE", "STEPS", "ContributionWizard", "contribute", "thanks"]

#: Purpose of the signed wizard state (part of its salt, see tools.state).
STATE_PURPOSE = "heritage-contribution"

STEPS = OrderedDict(
    [
        ("what", (WhatForm, _("What it is"))),
        ("communities", (CommunitiesForm, _("Communities"))),
        ("where", (WhereForm, _("Where"))),
        ("when", (WhenForm, _("When"))),
        ("photos", (PhotosForm, _("Photos"))),
        ("about", (AboutYouForm, _("About you and the licence"))),
        ("review", (ReviewForm, _("Check and send"))),
    ]
)


class ContributionWizard(CityToolWizard):
    """The wizard of one project. Built per request by `contribute()`."""

    template_name = "heritage_mapping/contribute.html"
    state_purpose = STATE_PURPOSE
    form_list = [(name, form) for name, (form, _title) in STEPS.items()]
    prefix_name = "contribution"
    storage_class = PhotoWizardStorage
    project = None

    def get_file_storage(self):
        return pending_storage()

    # --- Forms ---
    def communities(self):
        if not hasattr(self, "_communities"):
            self._communities = list(
                Community.objects.filter(project=self.project).order_by("sort_order", "pk")
            )
        return self._communities

    def get_form_kwargs(self, step=None):
        if step in ("what", "where"):
            return {"project": self.project}
        if step == "communities":
            return {"communities": self.communities()}
        return {}

    def get_form(self, step=None, data=None, files=None):
        step = step or self.steps.current
        if step == "photos":
            # Photos kept from an earlier visit stay attached; a new upload replaces one.
            merged = dict(self.storage.get_step_files("photos") or {})
            # Indexing (not ** unpacking) a MultiValueDict gives the file, not a list.
            merged.update({key: files[key] for key in files or {}})
            files = merged
        return super().get_form(step, data, files)

    def get_form_step_files(self, form):
        """New photos as cleaned (re-encoded) files; `None` for photos asked to be removed."""
        if not isinstance(form, PhotosForm):
            return {}
        files = {}
        for number in range(1, MAX_PHOTOS + 1):
            key = form.add_prefix(f"photo_{number}")
            photo = form.cleaned_data.get(f"photo_{number}")
            if form.cleaned_data.get(f"remove_{number}"):
                files[key] = None
            elif photo and not isinstance(photo, PendingPhoto):
                files[key] = photo
        return files

    def keep_step_files(self, step, form):
        if step == "photos":
            self.storage.set_step_files(step, self.get_form_step_files(form))

    # --- Rendering ---
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(tool_context(self.customisation, self.request, self.mode, self.project))
        context.update(self.wizard_context())
        current = self.steps.current
        context.update(
            {
                "lost_photos": self.storage.lost_files,
                "area_bounds": area_bounds(self.project.area),
            }
        )
        if current == "review":
            context["review"] = self.review_rows()
        return context

    def form_action(self):
        return project_url(self.customisation, self.mode, self.project, "contribute")

    def step_title(self, step):
        return STEPS[step][1]

    def _step_value(self, step, name):
        data = self.storage.get_step_data(step) or {}
        return data.get(f"{step}-{name}", "")

    def review_rows(self):
        """What will be sent, step by step, for the review page."""
        labels = {c.slug: c.name for c in self.communities()}
        data = self.storage.get_step_data("communities") or {}
        chosen = [labels.get(slug, slug) for slug in data.getlist("communities-communities")]
        latitude = self._step_value("where", "latitude")
        longitude = self._step_value("where", "longitude")
        photos = self.storage.get_step_files("photos") or {}
        name = self._step_value("about", "contributor_name")
        consent = self._step_value("about", "name_consent")
        return [
            (
                "what",
                STEPS["what"][1],
                [
                    (_("Name"), self._step_value("what", "title")),
                    (_("Description"), self._step_value("what", "description")),
                    (
                        _("Category"),
                        dict(Category.choices).get(self._step_value("what", "category"), ""),
                    ),
                ],
            ),
            (
                "communities",
                STEPS["communities"][1],
                [
                    (_("Communities"), ", ".join(chosen)),
                    (_("Other communities"), self._step_value("communities", "other_communities")),
                    (_("Why it matters"), self._step_value("communities", "why_it_matters")),
                ],
            ),
            (
                "where",
                STEPS["where"][1],
                [
                    (_("Point"), f"{latitude}, {longitude}" if latitude and longitude else ""),
                    (_("Address or place name"), self._step_value("where", "place_name")),
                ],
            ),
            ("when", STEPS["when"][1], [(_("When"), self._step_value("when", "period"))]),
            (
                "photos",
                STEPS["photos"][1],
                [(_("Photos"), str(len(photos)) if photos else _("none"))],
            ),
            (
                "about",
                STEPS["about"][1],
                [
                    (_("Your name"), name if name and consent else _("not published")),
                    (
                        _("Licence"),
                        dict(Licence.choices).get(self._step_value("about", "licence"), ""),
                    ),
                ],
            ),
        ]

    # --- The end ---
    def done(self, form_list, form_dict=None, **kwargs):
        what = form_dict["what"].cleaned_data
        who = form_dict["communities"].cleaned_data
        where = form_dict["where"].cleaned_data
        about = form_dict["about"].cleaned_data
        photos_form = form_dict["photos"]
        original = self.project.original()
        # Consumes the page's and the journey's codes with the item stored: one contribution
        # per journey, however its pages are sent again.
        with self.finish() as state:
            item = HeritageItem.objects.create(
                project=original,
                title=what["title"],
                description=what["description"],
                category=what["category"],
                other_communities=who["other_communities"],
                why_it_matters=who["why_it_matters"],
                latitude=where.get("latitude"),
                longitude=where.get("longitude"),
                place_name=where.get("place_name", ""),
                period=form_dict["when"].cleaned_data.get("period", ""),
                contributor_name=about["contributor_name"] if about["name_consent"] else "",
                licence=about["licence"],
                language=translation.get_language() or "",
                submission_token=state.nonce,
            )
            item.communities.set(
                Community.objects.filter(project=original, slug__in=who["communities"])
            )
            self._store_photos(item, photos_form)
        return see_other(project_url(self.customisation, self.mode, self.project, "thanks"))

    def _store_photos(self, item, form):
        """Move the pending photos into the item's photos (the pending files are then
        deleted by the storage's reset)."""
        for number in range(1, MAX_PHOTOS + 1):
            photo = form.cleaned_data.get(f"photo_{number}")
            if not isinstance(photo, PendingPhoto):
                continue
            photo.seek(0)
            content = photo.read()
            with Image.open(io.BytesIO(content)) as image:
                width, height = image.size
            stored = ItemPhoto(
                item=item,
                description=form.cleaned_data.get(f"description_{number}", ""),
                sort_order=number,
                width=width,
                height=height,
            )
            stored.image.save(new_photo_name(), ContentFile(content), save=False)
            stored.save()


def contribute(request, customisation, mode, project):
    """Serve the contribution wizard of a project, or say why contributions are closed."""
    project = find_project(customisation, project)
    if not project.accepts_contributions:
        context = tool_context(customisation, request, mode, project)
        return TemplateResponse(request, "heritage_mapping/closed.html", context)
    view = ContributionWizard.as_view(customisation=customisation, project=project, mode=mode)
    return view(request)


def thanks(request, customisation, mode, project):
    """After sending: what happens next (moderation), and where to go."""
    project = find_project(customisation, project)
    context = tool_context(customisation, request, mode, project)
    return TemplateResponse(request, "heritage_mapping/thanks.html", context)
