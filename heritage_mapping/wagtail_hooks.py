"""Admin wiring: projects and the moderation queue under the framework's "Tools" menu, and the
approve / reject buttons in the queue. (The `HeritageMap` customisations come from the
framework itself.)"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem

from heritage_mapping.bulk_actions import ApproveItemsBulkAction, RejectItemsBulkAction
from heritage_mapping.models import HeritageItem
from heritage_mapping.viewsets import HeritageItemViewSet, MappingProjectViewSet
from heritage_mapping.vocabulary import Status
from tools.viewsets import add_snippet_viewsets

add_snippet_viewsets(MappingProjectViewSet, HeritageItemViewSet)


@hooks.register("register_snippet_listing_buttons")
def moderation_buttons(snippet, user, next_url=None):
    """Approve and Reject in the "more" menu of a waiting or rejected item."""
    if not isinstance(snippet, HeritageItem):
        return
    namespace = "wagtailsnippets_heritage_mapping_heritageitem"
    if snippet.status != Status.APPROVED:
        yield MenuItem(
            _("Approve"), reverse(f"{namespace}:approve", args=[snippet.pk]), "check", 10
        )
    if snippet.status != Status.REJECTED:
        yield MenuItem(_("Reject"), reverse(f"{namespace}:reject", args=[snippet.pk]), "cross", 20)


hooks.register("register_bulk_action", ApproveItemsBulkAction)
hooks.register("register_bulk_action", RejectItemsBulkAction)
