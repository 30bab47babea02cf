"""The public directory of tools: which tools exist and which cities offer each."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

#: Wagtail's hook that fills the directory page's context: `tools.directory` registers the
#: tools and their cities (`directory_page_context`), so that the models do not import it.
DIRECTORY_CONTEXT_HOOK = "tool_directory_page_context"


class ToolIndexPage(Page):
    """Lists the installed tools and, under each, the cities offering it, with links."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Open data: what /api/v2/pages/<id>/ shows of this page type.
    api_fields = [
        APIField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "tools/tool_index_page.html"

    class Meta:
        verbose_name = _("tool directory page")

    def get_context(self, request, *args, **kwargs):
        """Add `tools`: one entry per installed tool with the cities offering it (see
        `tools.directory.directory_page_context`, through `DIRECTORY_CONTEXT_HOOK`)."""
        context = super().get_context(request, *args, **kwargs)
        for page_context in hooks.get_hooks(DIRECTORY_CONTEXT_HOOK):
            context.update(page_context(self, request))
        return context
