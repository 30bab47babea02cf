"""The coordinator's round screens as a Wagtail admin viewset, in the framework's "Tools"
menu (registered by `intercultural_index.wagtail_hooks`)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from intercultural_index.rounds import admin_views as views
from tools.viewsets import CityScreensViewSet

__all__ = ["RoundsViewSet"]


class RoundsViewSet(CityScreensViewSet):
    """Rounds of the cities the user manages."""

    name = views.URL_NAMESPACE
    url_prefix = "intercultural-index/rounds"
    icon = "tasks"
    menu_label = _("Index rounds")

    def get_urlpatterns(self):
        return [
            path("", views.RoundIndexView.as_view(), name="index"),
            path("new/", views.NewRoundView.as_view(), name="new"),
            path("<int:pk>/", views.RoundView.as_view(), name="round"),
            path("<int:pk>/invite/", views.InviteView.as_view(), name="invite"),
            path("<int:pk>/submit/", views.SubmitView.as_view(), name="submit"),
            path("<int:pk>/results/", views.ResultsView.as_view(), name="results"),
            path("<int:pk>/publish/", views.PublishView.as_view(), name="publish"),
            path("areas/<int:pk>/", views.AssignmentView.as_view(), name="assignment"),
            path("areas/<int:pk>/new-link/", views.NewLinkView.as_view(), name="new_link"),
            path("areas/<int:pk>/withdraw/", views.RevokeView.as_view(), name="revoke"),
            path("areas/<int:pk>/send-back/", views.SendBackView.as_view(), name="send_back"),
            path("areas/<int:pk>/kept/<int:note>/adopt/", views.AdoptView.as_view(), name="adopt"),
        ]
