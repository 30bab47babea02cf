"""The base of the tools' bulk actions (Wagtail's bulk action framework, in the footer of a
snippet listing): the selection is always narrowed by `tools.scoping`.

Whatever ids a request names, only the rows of the cities the user manages and may take
`permission` on are found: another city's row is neither changed nor named on the confirmation
page. "Select all" takes the rows of `listing_filter` (a moderation queue's waiting rows) among
them.
"""

from django.shortcuts import get_list_or_404
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

__all__ = ["CityScopedBulkAction"]


class CityScopedBulkAction(SnippetBulkAction):
    """A snippet bulk action on city data; set `models`, and optionally `listing_filter`."""

    #: The permission the user needs on each row (the city-scoped policy's).
    permission = "change"
    #: What "select all" takes, as filter keyword arguments (all the user's rows by default).
    listing_filter = {}
    #: `select_related()` paths for the confirmation page.
    select_related = ()

    def scoped_rows(self):
        """The rows of the cities the user manages that they may take `permission` on."""
        rows = self.permission_policy.instances_user_has_permission_for(
            self.request.user, self.permission
        )
        return rows.select_related(*self.select_related) if self.select_related else rows

    def get_queryset(self, model, object_ids):
        return get_list_or_404(self.scoped_rows(), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return self.scoped_rows().filter(**self.listing_filter).values_list("pk", flat=True)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission, obj
        )

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}
