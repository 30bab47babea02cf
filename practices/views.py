"""Admin views of the good-practice database."""

from django.http import JsonResponse
from wagtail.models import Locale

from practices.models import Topic

AUTOCOMPLETE_LIMIT = 10


def topic_autocomplete(request):
    """Default-language topic names starting with `term`, for the admin's topic widget."""
    term = request.GET.get("term", "").strip()
    names = []
    if term:
        names = list(
            Topic.objects.filter(locale=Locale.get_default(), name__istartswith=term)
            .order_by("name")
            .values_list("name", flat=True)[:AUTOCOMPLETE_LIMIT]
        )
    return JsonResponse(names, safe=False)
