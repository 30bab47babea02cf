"""The steps of the contribution form. Every text is bounded; Django escapes it on output."""

import hmac

from django import forms
from django.utils.translation import gettext_lazy as _

from heritage_mapping.geometry import point_in_area
from heritage_mapping.models.items import TEXT_LIMITS
from heritage_mapping.photos import sanitise_photo
from heritage_mapping.vocabulary import Category, Licence
from heritage_mapping.wizard_storage import PendingPhoto
from tools.uploads import check_room_for_upload

__all__ = [
    "MAX_PHOTOS",
    "AboutYouForm",
    "CommunitiesForm",
    "PhotosForm",
    "ReviewForm",
    "WhatForm",
    "WhenForm",
    "WhereForm",
]

MAX_PHOTOS = 3


def _text(name, label, required=True, rows=None, help_text=""):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput
    return forms.CharField(
        label=label,
        max_length=TEXT_LIMITS[name],
        required=required,
        widget=widget,
        help_text=help_text,
        strip=True,
    )


class WhatForm(forms.Form):
    """What the item is. A team-only project also asks for the team's code here."""

    title = _text("title", _("Name of the place, tradition or memory"))
    description = _text(
        "description",
        _("Describe it"),
        rows=6,
        help_text=_("What is it, what happens there, what does it look, sound or taste like?"),
    )
    category = forms.ChoiceField(
        label=_("Category"), choices=Category.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, project=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        if project is not None and project.team_only:
            self.fields["team_code"] = forms.CharField(
                label=_("Team code"),
                max_length=40,
                help_text=_("Only the mapping team adds items here: ask your team for the code."),
            )

    def clean_team_code(self):
        code = self.cleaned_data.get("team_code", "")
        if not hmac.compare_digest(code.strip().encode(), self.project.team_code.encode()):
            raise forms.ValidationError(_("This is not the team's code."), code="team_code")
        return code


class CommunitiesForm(forms.Form):
    """Which communities the item connects, and why it matters to them."""

    communities = forms.MultipleChoiceField(
        label=_("Communities it connects"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_communities = _text(
        "other_communities",
        _("Other communities"),
        required=False,
        help_text=_("Communities not in the list, separated by commas."),
    )
    why_it_matters = _text("why_it_matters", _("Why does it matter to them?"), rows=5)

    def __init__(self, *args, communities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communities"].choices = [(c.slug, c.name) for c in communities]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("communities") and not cleaned.get("other_communities"):
            self.add_error(
                "communities",
                _("Tick at least one community, or name it under “Other communities”."),
            )
        return cleaned


class WhereForm(forms.Form):
    """A point (chosen on the map, or typed) or a place name that moderators will locate."""

    latitude = forms.FloatField(
        label=_("Latitude"), required=False, min_value=-90, max_value=90, localize=False
    )
    longitude = forms.FloatField(
        label=_("Longitude"), required=False, min_value=-180, max_value=180, localize=False
    )
    place_name = _text(
        "place_name",
        _("Address or place name"),
        required=False,
        help_text=_("If you cannot use the map: the team will find the place from this."),
    )

    def __init__(self, *args, project=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None):
            raise forms.ValidationError(
                _("Give both the latitude and the longitude, or leave both empty."),
                code="half_point",
            )
        if latitude is None and not cleaned.get("place_name"):
            raise forms.ValidationError(
                _("Choose the place on the map, or type its address or name."), code="no_place"
            )
        if latitude is not None and not point_in_area(self.project.area, longitude, latitude):
            raise forms.ValidationError(
                _(
                    "This point is outside the area of “%(neighbourhood)s” that the project "
                    "maps. Choose a place inside the outline, or type the address instead."
                )
                % {"neighbourhood": self.project.neighbourhood},
                code="outside_area",
            )
        return cleaned


class WhenForm(forms.Form):
    """When it is from, or when it happens."""

    period = _text(
        "period",
        _("When"),
        required=False,
        help_text=_("For example: since the 1970s, every June, the 19th century, today."),
    )


class PhotoField(forms.FileField):
    """An uploaded photo, checked and re-encoded on arrival; a pending one is kept as it is.

    A new photo is refused, with a message, when the server is short of room for pending
    uploads (tools.uploads); the rest of the form still works."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload or isinstance(upload, PendingPhoto):
            return upload
        check_room_for_upload(upload.size)
        return sanitise_photo(upload)


class PhotosForm(forms.Form):
    """Up to `MAX_PHOTOS` optional photos, each with a description for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number in range(1, MAX_PHOTOS + 1):
            self.fields[f"photo_{number}"] = PhotoField(
                label=_("Photo %(number)s") % {"number": number},
                required=False,
                widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
            )
            self.fields[f"description_{number}"] = forms.CharField(
                label=_("What the photo shows"),
                max_length=TEXT_LIMITS["photo_description"],
                required=False,
                help_text=_("For people who cannot see it."),
            )
            self.fields[f"remove_{number}"] = forms.BooleanField(
                label=_("Remove this photo"), required=False
            )

    def photo_rows(self):
        """(photo field, description field, remove field, kept photo or None) per photo."""
        rows = []
        for number in range(1, MAX_PHOTOS + 1):
            kept = (self.files or {}).get(self.add_prefix(f"photo_{number}"))
            rows.append(
                {
                    "number": number,
                    "photo": self[f"photo_{number}"],
                    "description": self[f"description_{number}"],
                    "remove": self[f"remove_{number}"],
                    "kept": kept if isinstance(kept, PendingPhoto) else None,
                }
            )
        return rows


class AboutYouForm(forms.Form):
    """An optional name, shown only with explicit consent, and the licence for publication."""

    contributor_name = _text(
        "contributor_name",
        _("Your name (optional)"),
        required=False,
        help_text=_("Leave empty to contribute anonymously."),
    )
    name_consent = forms.BooleanField(
        label=_("I agree that my name is published with this contribution."), required=False
    )
    licence = forms.ChoiceField(
        label=_("Licence for publication"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        widget=forms.RadioSelect,
        help_text=_("Everyone may reuse what you share under this licence, as open data."),
    )
    rights = forms.BooleanField(
        label=_(
            "I wrote this text and took these photos, or I have the right to share them under "
            "this licence."
        )
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contributor_name") and not cleaned.get("name_consent"):
            self.add_error(
                "name_consent",
                _("Tick the box to publish your name, or leave the name empty."),
            )
        return cleaned


class ReviewForm(forms.Form):
    """The last step: everything is shown for checking; sending is the only action."""
