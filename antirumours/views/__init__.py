"""The public screens of a city's strategy, one module a screen, routed by subpath.

`AntiRumourStrategy.serve()` hands every request under /<lang>/embed/anti-rumours/<city>/ and
/<lang>/tools/anti-rumours/<city>/ to `serve_screen()`, which resolves what follows the city
slug against `SCREENS`, Django URL patterns of their own.
"""

from django.http import Http404
from django.urls import Resolver404, URLResolver, path
from django.urls.resolvers import RegexPattern

from antirumours.views import campaigns, checker, course, diagnosis, network, overview, report
from antirumours.views import rumours as rumour_cards

__all__ = ["SCREENS", "screen_resolver", "serve_screen"]

SCREENS = [
    path("", overview.overview, name="overview"),
    path("report/", report.report, name="report"),
    path("diagnosis/", diagnosis.diagnosis, name="diagnosis"),
    path("rumours/<slug:slug>/", rumour_cards.rumour_page, name="rumour"),
    path("rumours/<slug:slug>/card/", rumour_cards.printable_card, name="card"),
    path("checker/", checker.choose, name="checker"),
    path("checker/<slug:slug>/", checker.check, name="check"),
    path("network/", network.network, name="network"),
    path("campaigns/", campaigns.campaigns, name="campaigns"),
    path("course/", course.lessons, name="course"),
    path("course/quiz/", course.quiz, name="quiz"),
    path("course/certificate/", course.certificate, name="certificate"),
    path("verify/", course.verify, name="verify"),
]

screen_resolver = URLResolver(RegexPattern(r"^"), SCREENS)


def serve_screen(strategy, request, mode, subpath):
    """Call the screen view matching `subpath` as view(request, strategy, mode, **kwargs)."""
    try:
        match = screen_resolver.resolve(subpath or "")
    except Resolver404:
        raise Http404 from None
    return match.func(request, strategy, mode, **match.kwargs)
