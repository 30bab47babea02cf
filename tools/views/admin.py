"""The admin furniture of the tools' own screens, their one-form screens, and the screen that
hands out a customisation's embed code, one block per language."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from tools.embed_code import embed_code
from tools.scoping import visible_or_404

__all__ = [
    "AdminFormScreen",
    "AdminScreenMixin",
    "EmbedCodeView",
    "customisation_or_404",
]


def customisation_or_404(user, model, pk):
    """The customisation `pk` (as it stands in an admin URL) of `model`, with its city,
    language and shared settings, if `user` may see it; else 404, whether it exists or not."""
    rows = model.objects.select_related("city", "locale", "shared")
    return visible_or_404(user, rows, unquote(str(pk)))


class AdminScreenMixin(WagtailAdminTemplateMixin):
    """The admin furniture of the tools' own screens (results, sessions, assessments,
    moderation...): the header names the screen after "Home", as Wagtail's listings do, rather
    than reading "Home" alone."""

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


class AdminFormScreen(AdminScreenMixin, FormView):
    """A tool's admin screen that is one form and one button (start an assessment, open a
    round, propose a page): the view sets `form_class` (or `get_form`), `page_title`,
    `header_icon` and the button's `submit_label`, and handles `form_valid`."""

    template_name = "tools/admin/form.html"
    #: The button's words (gettext_lazy); each screen names its own action.
    submit_label = ""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "submit_label": self.submit_label}


class EmbedCodeView(WagtailAdminTemplateMixin, TemplateView):
    """Copy-paste code (iframe and resize script) for each language the city offers."""

    model = None
    url_namespace = None
    template_name = "tools/admin/embed_code.html"
    page_title = _("Embed code")
    header_icon = "code"

    def dispatch(self, request, pk):
        self.object = customisation_or_404(request.user, self.model, pk)
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_any_permission(request.user, {"change", "view", "publish"}):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse(f"{self.url_namespace}:list"),
                "label": self.model._meta.verbose_name_plural,
            },
            {
                "url": reverse(f"{self.url_namespace}:edit", args=[self.object.pk]),
                "label": str(self.object),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        customisation = self.object
        context["customisation"] = customisation
        context["codes"] = (
            [
                (code, embed_code(customisation, self.request, code))
                for code in customisation.offered_languages()
            ]
            if customisation.is_embeddable()
            else []
        )
        return context
