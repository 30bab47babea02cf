"""The "Translate by machine" bulk action, on page listings and on translatable snippet listings
(the tool customisations among them): the chosen objects into the chosen languages, as drafts.

Who may use it: on pages, editors who may edit the page and submit translations; on snippets,
whoever may change that object (for tools, a coordinator only for their own city's
customisations, through the city-scoped permission policy). Objects the user may not change are
left out silently: their names are not shown either.

When the service fails, the whole run is undone (no half-translated set of drafts) and the form
comes back with the editor's choices and a message saying so.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.models import DraftStateMixin, Locale, TranslatableMixin
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import get_snippet_models

from icc_site.machine_translation import get_machine_translator, translate_as_drafts
from icc_site.translators import MachineTranslationError

__all__ = ["MachineTranslatePagesBulkAction", "MachineTranslateSnippetsBulkAction"]

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


class MachineTranslationForm(forms.Form):
    locales = forms.ModelMultipleChoiceField(
        label=_("Into these languages"),
        queryset=Locale.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Each one is saved as a draft marked as machine-translated; nothing is published "
            "until a person reviews and publishes it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["locales"]
        field.queryset = Locale.objects.order_by("language_code")
        field.label_from_instance = lambda locale: locale.get_display_name()

    def clean(self):
        if get_machine_translator() is None:
            raise ValidationError(
                _(
                    "No machine translation service is set up on this site: ask its "
                    "administrators (DEEPL_API_KEY, GOOGLE_APPLICATION_CREDENTIALS or "
                    "LIBRETRANSLATE_URL)."
                )
            )
        return super().clean()


class MachineTranslateMixin:
    display_name = _("Translate by machine")
    action_type = "machine_translate"
    aria_label = _("Translate the selected items by machine, as drafts")
    template_name = "icc_site/bulk_actions/machine_translate.html"
    action_priority = 90
    form_class = MachineTranslationForm

    def get_actionable_objects(self):
        objects, _no_access = super().get_actionable_objects()
        # Never list what the user may not change, not even by name (another city's tool).
        return objects, {"items_with_no_access": []}

    def form_valid(self, form):
        try:
            return super().form_valid(form)  # runs the action in one transaction
        except MachineTranslationError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)

    def get_execution_context(self):
        return {
            "user": self.request.user,
            "locales": list(self.cleaned_form.cleaned_data["locales"]),
        }

    @classmethod
    def execute_action(cls, objects, user=None, locales=(), **kwargs):
        report = translate_as_drafts(objects, locales, user=user)
        return len(report.drafts), report.segments

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(drafts)d draft translation saved (%(segments)d texts translated by machine): "
            "review it before publishing.",
            "%(drafts)d draft translations saved (%(segments)d texts translated by machine): "
            "review them before publishing.",
            num_parent_objects,
        ) % {"drafts": num_parent_objects, "segments": num_child_objects}


class MachineTranslatePagesBulkAction(MachineTranslateMixin, PageBulkAction):
    form_class = MachineTranslationForm

    def check_perm(self, page):
        user = self.request.user
        return user.has_perm(SUBMIT_TRANSLATION) and page.permissions_for_user(user).can_edit()

    def get_context_data(self, **kwargs):
        return BulkAction.get_context_data(self, **kwargs)


class MachineTranslateSnippetsBulkAction(MachineTranslateMixin, SnippetBulkAction):
    @classproperty
    def models(cls):
        # Read when Wagtail first scans the bulk actions, after every snippet is registered.
        return [
            model
            for model in get_snippet_models()
            if issubclass(model, TranslatableMixin) and issubclass(model, DraftStateMixin)
        ]

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )
