"""Admin wiring of the round screens, imported by `intercultural_index.wagtail_hooks`."""

from intercultural_index.rounds.viewset import RoundsViewSet
from tools.viewsets import add_city_screens

rounds_viewset = add_city_screens(RoundsViewSet)
