"""Routing to the children of an index page in one query instead of two.

Wagtail's default `Page.route` loads the child as a plain page, then again as its specific
class. When every child of an index has one known type, asking that model directly saves a
query on each request, which keeps the deeper pages inside their query budget.
"""

from django.apps import apps
from django.http import Http404


def route_to_child(parent, child_model, request, path_components):
    """Route `path_components` to a child of `parent` of type `child_model`.

    Returns Wagtail's RouteResult, or None when no child of that type has the slug (the caller
    then falls back to the default routing). The child remembers its parent as `_routed_parent`
    so that it need not load it again.
    """
    slug, *remaining = path_components
    child = child_model.objects.child_of(parent).filter(slug=slug).first()
    if child is None:
        return None
    child._routed_parent = parent
    return child.route(request, remaining)


class SingleTypeChildRoutingMixin:
    """For index pages whose children are mostly of one type, named by `routed_child_model`."""

    routed_child_model = None

    def route(self, request, path_components):
        if path_components:
            model = self.routed_child_model
            if isinstance(model, str):
                model = apps.get_model(model)
            result = route_to_child(self, model, request, path_components)
            if result is not None:
                return result
            if len(type(self).clean_subpage_models()) == 1:
                raise Http404  # no other type of child to look for
        return super().route(request, path_components)
