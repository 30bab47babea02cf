"""wagtail-localize's translation screens, narrowed to the cities a coordinator manages.

wagtail-localize checks only that a user may edit *some* object of a model type before letting
them edit a translation's texts, upload a PO file, machine-translate it or stop it
(`/admin/localize/translate/<id>/...`). Coordinators may edit their own city's tools, so without
this one city's coordinator could rewrite another city's translated texts by changing the id in
the URL. This middleware answers 404 for any wagtail-localize URL that names a translation, a
source or a snippet of a tool customisation whose city the user does not manage.
"""

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.http import Http404

from tools.models import CityTool
from tools.permissions import user_can_manage_city, user_sees_all_cities

__all__ = ["TranslationCityScopeMiddleware"]


def _named_object(view_kwargs):
    """The object a wagtail-localize URL names, or None."""
    from wagtail_localize.models import Translation, TranslationSource

    source = None
    if "translation_id" in view_kwargs:
        translation = (
            Translation.objects.filter(pk=view_kwargs["translation_id"])
            .select_related("source")
            .first()
        )
        source = translation.source if translation else None
    elif "translation_source_id" in view_kwargs:
        source = TranslationSource.objects.filter(pk=view_kwargs["translation_source_id"]).first()
    if source is not None:
        model = source.specific_content_type.model_class()
        if model is None or not issubclass(model, CityTool):
            return None
        return model.objects.filter(translation_key=source.object_id).first()
    if {"app_label", "model_name", "pk"} <= set(view_kwargs):
        try:
            model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
        except LookupError:
            return None
        if issubclass(model, CityTool):
            return model.objects.filter(pk=unquote(str(view_kwargs["pk"]))).first()
    return None


class TranslationCityScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        if user_sees_all_cities(request.user):
            return None
        instance = _named_object(view_kwargs)
        if instance is not None and not user_can_manage_city(request.user, instance.city):
            raise Http404
        return None
