"""Bulk actions on the group sessions' admin listing (`tools.listings`): close or delete the
selected sessions of the user's cities. Deleting a session keeps its participants' results,
which stay in the city's totals without the session."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from citizenship_test.models import EventSession
from tools.bulk_actions import CityScopedBulkAction, DeleteBulkAction

__all__ = ["CloseSessionsBulkAction", "DeleteSessionsBulkAction"]


class CloseSessionsBulkAction(CityScopedBulkAction):
    """Stop the selected open sessions accepting answers (a closed one stays as it is)."""

    display_name = _("Close")
    action_type = "close"
    aria_label = _("Close the selected group sessions")
    action_priority = 20
    models = [EventSession]
    by_city = True
    icon = "group"
    select_related = ("customisation__city",)
    question = ngettext_lazy(
        "Close this session? It will no longer accept answers.",
        "Close these %(counter)s sessions? They will no longer accept answers.",
        "counter",
    )
    done_message = ngettext_lazy(
        "%(count)d session closed.", "%(count)d sessions closed.", "counter"
    )
    nothing_message = _("The selected sessions were already closed.")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        open_sessions = [session for session in objects if session.is_open()]
        for session in open_sessions:
            session.close()
        return len(open_sessions), 0


class DeleteSessionsBulkAction(DeleteBulkAction):
    aria_label = _("Delete the selected group sessions")
    models = [EventSession]
    icon = "group"
    select_related = ("customisation__city",)
    question = ngettext_lazy(
        "Delete this session? Its participants' results stay in the city's totals.",
        "Delete these %(counter)s sessions? Their participants' results stay in the city's totals.",
        "counter",
    )
    done_message = ngettext_lazy(
        "%(count)d session deleted.", "%(count)d sessions deleted.", "counter"
    )
