"""An edit-form panel of the city's test that links to its results and group sessions."""

from wagtail.admin.panels import Panel

from citizenship_test.admin_urls import admin_url

__all__ = ["ResultsLinksPanel"]


class ResultsLinksPanel(Panel):
    """Read-only: where the coordinator finds this test's results, export and sessions."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "citizenship_test/admin/results_links_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["links"] = None
            if instance is not None and instance.pk:
                context["links"] = {
                    "results": admin_url("results", instance.pk),
                    "export": admin_url("export", instance.pk),
                    "sessions": admin_url("sessions", instance.pk),
                }
            return context
