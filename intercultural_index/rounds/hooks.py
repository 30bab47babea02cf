"""Admin wiring of the round screens, imported by `intercultural_index.wagtail_hooks`."""

from wagtail import hooks

from intercultural_index.rounds.viewset import RoundsViewSet
from tools.viewsets import tools_group

rounds_viewset = RoundsViewSet()
tools_group.add_viewset(rounds_viewset)


@hooks.register("register_admin_viewset")
def register_rounds_viewset():
    return rounds_viewset
