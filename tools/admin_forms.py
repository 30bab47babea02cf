"""The base form of every tool customisation's edit view: the texts of one language, and the
city's settings shared by every language (`CityToolSettings`)."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser

from tools.models.city_tool import shared_choices
from tools.models.shared_settings import CityToolSettings
from tools.review import must_submit_for_review

__all__ = [
    "SHARED_FORM_FIELDS",
    "CityToolSettingsForm",
    "SharedSettingsForm",
    "with_shared_choices",
]

#: Form fields saved to the shared record rather than to the customisation's own row.
SHARED_FORM_FIELDS = (
    "enabled",
    "languages",
    "logo",
    "primary_colour",
    "secondary_colour",
    "allowed_origins",
)

SHARED_NOTE = _("Shared by every language of this customisation: a change applies to all.")


def _shared_formfield(name):
    """The form field of one `CityToolSettings` field, its help saying that it is shared."""
    model_field = CityToolSettings._meta.get_field(name)
    field = model_field.formfield()
    # The model's validators (colour format, origins) run here: the record is saved unchecked.
    field.validators = [*field.validators, *model_field.validators]
    field.help_text = format_lazy("{} {}", field.help_text, SHARED_NOTE)
    return field


class SharedSettingsForm(WagtailAdminModelForm):
    """A customisation form whose shared fields read and write the city's shared record.

    The values are put on the customisation (`CityTool`'s properties keep them aside) and
    written to `CityToolSettings` when the customisation is saved, as a draft or published,
    so every language version sees them at once.
    """

    enabled = forms.BooleanField(
        label=_("Enabled"),
        required=False,
        help_text=format_lazy(
            "{} {}",
            _("Untick to take the tool offline without deleting its settings."),
            SHARED_NOTE,
        ),
    )
    languages = _shared_formfield("languages")
    logo = forms.ModelChoiceField(
        queryset=get_image_model().objects.all(),
        required=False,
        label=_("Logo"),
        help_text=SHARED_NOTE,
        widget=AdminImageChooser,
    )
    primary_colour = _shared_formfield("primary_colour")
    secondary_colour = _shared_formfield("secondary_colour")
    allowed_origins = _shared_formfield("allowed_origins")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.choice_names = [name for name in shared_choices(self.instance) if name in self.fields]
        for name in [*SHARED_FORM_FIELDS, *self.choice_names]:
            if name in self.fields and name not in self.initial:
                value = getattr(self.instance, name)
                self.initial[name] = value.pk if name == "logo" and value else value
        self.shared_locked = self._waits_for_review()
        if self.shared_locked:
            # In a city whose changes are reviewed, its coordinators' changes to the shared
            # settings are kept in the draft and applied once it is approved (tools.review).
            for name in [*SHARED_FORM_FIELDS, *self.choice_names]:
                if name in self.fields:
                    self.fields[name].help_text = _(
                        "Your city's changes are reviewed: a change here waits for approval, "
                        "like the texts."
                    )

    def _waits_for_review(self):
        city = self.instance.city if self.instance.city_id else None
        user = getattr(self, "for_user", None)
        return user is not None and city is not None and must_submit_for_review(user, city)

    def _post_clean(self):
        super()._post_clean()
        values = {
            name: self.cleaned_data[name]
            for name in SHARED_FORM_FIELDS
            if name in self.fields and name in self.cleaned_data
        }
        choices = {
            name: self.cleaned_data[name] for name in self.choice_names if name in self.cleaned_data
        }
        if self.shared_locked:
            if choices:
                values["options"] = {**(self.instance.tool_options or {}), **choices}
            self.instance.propose_shared_settings(values)
            return
        self.instance.drop_proposed_settings()
        for name, value in [*values.items(), *choices.items()]:
            setattr(self.instance, name, value)

    def save(self, commit=True):
        """Also share the tool's own non-text choices (its formsets are valid by now)."""
        options = self.instance.shared_options_from_form(self)
        if options:
            merged = {**(self.instance.tool_options or {}), **options}
            if self.shared_locked:
                self.instance.propose_shared_settings({"options": merged})
            else:
                self.instance.tool_options = merged
        return super().save(commit=commit)


def with_shared_choices(form_class, model):
    """`form_class` with a form field for each `SharedChoice` that the tool `model` declares
    (so that its panels can show them), or `form_class` itself when it declares none."""
    fields = {name: choice.formfield() for name, choice in shared_choices(model).items()}
    if not fields:
        return form_class
    for field in fields.values():
        field.help_text = format_lazy("{} {}", field.help_text, SHARED_NOTE)
    return type(f"{model.__name__}{form_class.__name__}", (form_class,), fields)


class CityToolSettingsForm(forms.ModelForm):
    """The shared settings alone, for the languages screen of any language version."""

    logo = forms.ModelChoiceField(
        queryset=get_image_model().objects.none(),
        required=False,
        label=_("Logo"),
        widget=AdminImageChooser,
    )

    class Meta:
        model = CityToolSettings
        fields = list(SHARED_FORM_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["logo"].queryset = get_image_model().objects.all()
        for name in ("primary_colour", "secondary_colour", "allowed_origins"):
            field = self.fields[name]
            model_field = CityToolSettings._meta.get_field(name)
            field.validators = [*field.validators, *model_field.validators]
