"""An edit-form panel that shows the embed code of a published, enabled customisation."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from tools.embed_code import embed_code
from tools.translation_state import language_states

__all__ = ["EmbedCodePanel", "LanguagesPanel"]


class EmbedCodePanel(Panel):
    """Read-only: the iframe code to copy, or why there is none yet."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "tools/admin/embed_code_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["customisation"] = instance
            context["code"] = None
            if instance is not None and instance.pk and instance.is_embeddable():
                languages = instance.offered_languages()
                if languages:
                    context["code"] = embed_code(instance, self.request, languages[0])
            return context


class LanguagesPanel(Panel):
    """Read-only: which languages of the customisation need work, and a link to the screen
    where the coordinator syncs or translates them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "tools/admin/languages_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["states"] = []
            context["languages_url"] = None
            if instance is not None and instance.pk:
                namespace = type(instance).snippet_viewset.url_namespace
                context["states"] = [
                    entry for entry in language_states(instance) if entry.state != "current"
                ]
                context["languages_url"] = reverse(f"{namespace}:languages", args=[instance.pk])
            return context
