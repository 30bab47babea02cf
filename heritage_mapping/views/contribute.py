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
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from formtools.wizard.views import StepsHelper, WizardView
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
from tools.state import STATE_FIELD, ForgedState, SignedFormState
from tools.wizard import SignedWizardMixin

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


class ContributionWizard(SignedWizardMixin, WizardView):
    """The wizard of one project. Built per request by `contribute()`."""

    template_name = "heritage_mapping/contribute.html"
    state_purpose = STATE_PURPOSE
    form_list = [(name, form) for name, (form, _title) in STEPS.items()]
    customisation = None
    project = None
    mode = "embed"

    def get_prefix(self, request, *args, **kwargs):
        return "contribution"

    def dispatch(self, request, *args, **kwargs):
        # WizardView.dispatch() builds its storage from a dotted path with the request only;
        # ours needs the city's signer and the pending photos' storage.
        self.prefix = self.get_prefix(request)
        self.file_storage = pending_storage()
        signer = SignedFormState(self.customisation, purpose=STATE_PURPOSE)
        self.storage = PhotoWizardStorage(
            self.prefix, request, file_storage=self.file_storage, signer=signer
        )
        self.steps = StepsHelper(self)
        response = TemplateView.dispatch(self, request, *args, **kwargs)
        self.storage.update_response(response)
        return response

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

    def get_form_step_data(self, form):
        """Only this step's own fields: the POST also holds the previous signed state."""
        return {
            form.add_prefix(name): form.data.getlist(form.add_prefix(name))
            for name in form.fields
            if form.add_prefix(name) in form.data
        }

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

    def post_step(self, *args, **kwargs):
        current = self.request.POST.get(f"{self.prefix}-current_step")
        if current is not None and current not in self.get_form_list():
            raise ForgedState  # formtools would fail on an unknown step (KeyError, a 500)
        if current in self.get_form_list() and current != "review":
            form = self.get_form(step=current, data=self.request.POST, files=self.request.FILES)
            going_elsewhere = self.request.POST.get("wizard_goto_step")
            if going_elsewhere or not form.is_valid():
                # Keep what was typed on this page, complete or not: nothing is lost.
                self.storage.set_step_data(current, self.get_form_step_data(form))
            if going_elsewhere and current == "photos" and form.is_valid():
                self.storage.set_step_files(current, self.get_form_step_files(form))
        return super().post_step(*args, **kwargs)

    # --- Rendering ---
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(tool_context(self.customisation, self.request, self.mode, self.project))
        steps = list(self.get_form_list())
        current = self.steps.current
        context.update(
            {
                "state_field": STATE_FIELD,
                "state_token": self.storage.signed_token(),
                "form_action": project_url(
                    self.customisation, self.mode, self.project, "contribute"
                ),
                "step_name": current,
                "step_number": steps.index(current) + 1,
                "step_count": len(steps),
                "step_title": STEPS[current][1],
                "progress_steps": [
                    {"name": name, "title": STEPS[name][1], "current": name == current}
                    for name in steps
                ],
                "lost_photos": self.storage.lost_files,
                "area_bounds": area_bounds(self.project.area),
            }
        )
        if current == "review":
            context["review"] = self.review_rows()
        return context

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
        # 303: the browser fetches the thanks page with GET, so a reload does not re-send.
        response = HttpResponseRedirect(
            project_url(self.customisation, self.mode, self.project, "thanks")
        )
        response.status_code = 303
        return response

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
