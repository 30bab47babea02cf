"""The contributors' pages, inside i18n_patterns:
/<language>/intercultural-index/contribute/<link>/."""

from django.urls import path

from intercultural_index.rounds.contribute import ContributeView

urlpatterns = [
    path(
        "intercultural-index/contribute/<str:token>/",
        ContributeView.as_view(),
        name="intercultural_index_contribute",
    ),
]
