"""An edit-form panel that shows the embed code of a published, enabled customisation."""

from wagtail.admin.panels import Panel

from tools.embed_code import embed_code

__all__ = ["EmbedCodePanel"]


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
