"""An approved item's photo, served through the tool (never before approval)."""

from django.http import FileResponse, Http404

from heritage_mapping.models import ItemPhoto
from heritage_mapping.views.common import find_project
from heritage_mapping.vocabulary import Status

__all__ = ["photo"]


def photo(request, customisation, mode, project, photo_id):
    """The JPEG of photo `photo_id` if its item is approved and belongs to this project."""
    project = find_project(customisation, project)
    found = (
        ItemPhoto.objects.filter(
            pk=photo_id,
            item__status=Status.APPROVED,
            item__project__translation_key=project.translation_key,
        )
        .only("image")
        .first()
    )
    if found is None or not found.image:
        raise Http404
    try:
        handle = found.image.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type="image/jpeg")
    response["Cache-Control"] = "public, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    return response
