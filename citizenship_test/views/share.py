"""A shared score: the link a resident asks for, its public page and its preview image.

The resident chooses to share from their results (a form post, rate-limited per client by
`TOOLS_SHARE_RATE_LIMIT` on top of the tools' own limit). The link carries the scores signed
with a salt of its own, so it can be neither guessed nor forged, and a results link does not
open as a shared one. Nothing is stored: no row, no answers, no address.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from citizenship_test.results import (
    load_results_token,
    load_share_token,
    score_chart,
    share_token,
)
from icc_site.preview_images import PreviewCard, drawn_preview
from tools.screens import screen_url
from tools.state import ForgedState, StateRefused, check_origin, check_rate

__all__ = ["create_share", "shared_image", "shared_page"]

#: How long browsers and crawlers keep a preview image (seconds).
IMAGE_KEPT = 24 * 60 * 60


def create_share(request, customisation, mode):
    """Make the link to share of the results token the form sends, and show it."""
    try:
        check_rate(request, "share-link", getattr(settings, "TOOLS_SHARE_RATE_LIMIT", "") or "")
        check_origin(request, customisation)
        try:
            scores = load_results_token(customisation, request.POST.get("results", ""))
        except signing.BadSignature:
            raise ForgedState from None
    except StateRefused as refusal:
        return refusal.as_response(request, customisation)
    token = share_token(customisation, scores)
    context = customisation.get_tool_context(request, mode)
    context.update(
        {
            "share_url": request.build_absolute_uri(
                screen_url(customisation, "shared", embed=False, token=token)
            ),
            "results_url": screen_url(
                customisation, "results", embed=mode, token=request.POST["results"]
            ),
        }
    )
    return TemplateResponse(request, "citizenship_test/share_created.html", context)


def _shared_scores(customisation, token):
    try:
        return load_share_token(customisation, token)
    except signing.BadSignature:
        raise Http404 from None


def shared_page(request, customisation, mode, token):
    """The public page of a shared score: the scores, the city, the brand, a preview image."""
    scores = _shared_scores(customisation, token)
    context = customisation.get_tool_context(request, mode)
    context.update(
        {
            "scores": scores,
            "chart": score_chart(
                scores,
                title=_("Scores out of 100"),
                chart_id="ct-chart",
                overall_label=_("Overall"),
            ),
            "image_url": request.build_absolute_uri(
                screen_url(customisation, "shared_image", embed=False, token=token)
            ),
            "page_url": request.build_absolute_uri(
                screen_url(customisation, "shared", embed=False, token=token)
            ),
        }
    )
    return TemplateResponse(request, "citizenship_test/shared.html", context)


def shared_image(request, customisation, mode, token):
    """The PNG preview of a shared score (title, city, score, brand).

    The image shows the test's name, the city and the overall score, nothing else of the link:
    it is drawn once for those texts (`drawn_preview`), never per link. Each link is new (its
    signature holds its time), so a client making links cannot make the server draw and keep
    an image for each.
    """
    scores = _shared_scores(customisation, token)
    image = drawn_preview(
        PreviewCard(
            title=str(customisation.get_tool_name()),
            kicker=customisation.city.title,
            figure="" if scores.overall is None else f"{scores.overall}/100",
            brand=_("Intercultural Cities"),
            rtl=translation.get_language_bidi(),
        )
    )
    response = HttpResponse(image, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={IMAGE_KEPT}"
    return response
