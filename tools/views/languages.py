"""A customisation's languages: where each stands, and sync, translate or machine-translate.

Reached from the customisation's edit form (the "Languages" panel) and its listing; scoped like
every screen of the tool's admin (another city's customisation is a 404). Everything made here
is a draft: a person publishes it from the translation editor.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource

from icc_site.localize import save_draft
from icc_site.machine_translation import get_machine_translator, translate_as_drafts
from icc_site.translators import MachineTranslationError
from tools.admin_forms import CityToolSettingsForm
from tools.review import must_submit_for_review
from tools.translation_state import find_source, language_states
from tools.views.admin import AdminScreenMixin, customisation_or_404

__all__ = ["CustomisationLanguagesView"]


class CustomisationLanguagesView(AdminScreenMixin, TemplateView):
    model = None
    url_namespace = None
    template_name = "tools/admin/languages.html"
    page_title = _("Languages")
    header_icon = "globe"

    def dispatch(self, request, pk):
        self.object = customisation_or_404(request.user, self.model, pk)
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_permission_for_instance(request.user, "change", self.object):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        states = language_states(self.object)
        for entry in states:
            entry.edit_url = (
                reverse(f"{self.url_namespace}:edit", args=[entry.version.pk])
                if entry.version is not None
                else None
            )
        context.update(
            {
                "settings_form": None
                if must_submit_for_review(self.request.user, self.object.city)
                else kwargs.get("settings_form") or self.settings_form(),
                "customisation": self.object,
                "states": states,
                "can_sync": any(entry.state == "outdated" for entry in states),
                "missing": [entry for entry in states if entry.state == "missing"],
                "machine": get_machine_translator(),
            }
        )
        return context

    def settings_form(self, data=None, files=None):
        record = self.object.shared_settings
        return CityToolSettingsForm(data, files, instance=record, prefix="shared")

    def _source_object(self):
        source = find_source(self.object)
        if source is None:
            return self.object, None
        return source.get_source_instance(), source

    def _chosen_locales(self, request, source_locale_id):
        codes = request.POST.getlist("locale")
        return list(Locale.objects.filter(language_code__in=codes).exclude(pk=source_locale_id))

    def post(self, request, pk):
        action = request.POST.get("action")
        instance, source = self._source_object()
        if action == "settings":
            if must_submit_for_review(request.user, self.object.city):
                raise PermissionDenied  # shared settings are not reviewed drafts (tools.review)
            form = self.settings_form(request.POST, request.FILES)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(settings_form=form))
            for name in form.Meta.fields:
                setattr(self.object, name, form.cleaned_data[name])
            self.object.save_shared_settings()
            self.object.save(update_fields=["shared"])
            messages.success(request, _("Saved for every language of this customisation."))
        elif action == "sync" and source is not None:
            source.update_from_db()
            count = 0
            for translation in source.translations.filter(enabled=True):
                save_draft(translation, request.user)
                count += 1
            messages.success(
                request,
                ngettext(
                    "%(count)d language synced as a draft: publish it when it is ready.",
                    "%(count)d languages synced as drafts: publish them when they are ready.",
                    count,
                )
                % {"count": count},
            )
        elif action in ("translate", "machine"):
            if source is None:
                source, _created = TranslationSource.get_or_create_from_instance(instance)
            locales = self._chosen_locales(request, source.locale_id)
            if action == "machine" and get_machine_translator() is not None:
                try:
                    with transaction.atomic():  # all the languages, or none
                        report = translate_as_drafts([instance], locales, user=request.user)
                except MachineTranslationError as error:
                    messages.error(request, error.message)
                    return redirect(self.languages_url())
                count = len(report.drafts)
            else:
                for locale in locales:
                    translation, _created = Translation.objects.get_or_create(
                        source=source, target_locale=locale, defaults={"enabled": True}
                    )
                    save_draft(translation, request.user)
                count = len(locales)
            messages.success(
                request,
                ngettext(
                    "%(count)d draft translation made: translate and publish it.",
                    "%(count)d draft translations made: translate and publish them.",
                    count,
                )
                % {"count": count},
            )
        return redirect(self.languages_url())

    def languages_url(self):
        return reverse(f"{self.url_namespace}:languages", args=[self.object.pk])
