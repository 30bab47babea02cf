"""A two-step tool: a greeting, then a one-question form whose state travels signed."""

from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel

from tools.models import CityTool
from tools.state import STATE_FIELD, SignedFormState, accept_submission


class ThrowawayTool(CityTool):
    """What a real tool declares: slug, name, icon, template and its own options."""

    tool_slug = "throwaway"
    tool_name = "Throwaway tool"
    tool_description = "A tool that exists only in tests."
    icon = "pick"
    embed_template = "testtool/throwaway.html"
    accepts_posts = True

    # No database constraint on the parent link: the table outlives the app's registration in
    # the tests, and PostgreSQL refuses to TRUNCATE tools_citytool (as flush does) while a
    # table of an app it does not know refers to it.
    citytool_ptr = models.OneToOneField(
        CityTool,
        on_delete=models.CASCADE,
        parent_link=True,
        primary_key=True,
        db_constraint=False,
    )
    greeting = models.CharField(max_length=100, default="Hello")

    tool_panels = [FieldPanel("greeting")]

    class Meta:
        verbose_name = "throwaway tool"

    def serve(self, request, mode, subpath=""):
        if subpath == "done/":
            return TemplateResponse(
                request, self.embed_template, {**self.get_tool_context(request, mode), "done": 1}
            )
        if subpath:
            return super().serve(request, mode, subpath)
        if request.method == "POST":
            state = accept_submission(request, self)
            answers = {**state.data, "colour": request.POST.get("colour", "")}
            if answers.get("step") == 1:
                return TemplateResponse(
                    request,
                    self.embed_template,
                    {
                        **self.get_tool_context(request, mode),
                        "state": SignedFormState(self).dump({**answers, "step": 2}),
                        "answers": answers,
                    },
                )
            return HttpResponseRedirect(request.path + "done/")
        context = self.get_tool_context(request, mode)
        context["state"] = SignedFormState(self).dump({"step": 1})
        context["state_field"] = STATE_FIELD
        return TemplateResponse(request, self.embed_template, context)
