"""What the news and event listings share: pagination and child-page routing in few queries.

Every public page already costs about a dozen queries in the site's base template, so the
listings fold what they can into the query that fetches the items.
"""

from django.apps import apps
from django.core.paginator import Page, Paginator
from django.db.models import Count, Window


def paginate(request, items, per_page):
    """The page of `items` asked for by `?page=`, and the query string to keep in page links.

    One query: the total count comes with the items (a window function). A page number that is
    not a number shows the first page; one past the end shows the last, so an old link never
    ends on an error.
    """
    query = request.GET.copy()
    try:
        number = max(int(query.pop("page", ["1"])[-1]), 1)
    except ValueError:
        number = 1
    paginator = Paginator(items, per_page)
    offset = (number - 1) * per_page
    rows = list(items.annotate(listing_total=Window(Count("pk")))[offset : offset + per_page])
    if rows:
        paginator.count = rows[0].listing_total
    elif number > 1:
        # Past the end: count, then show the last page.
        last = paginator.num_pages
        rows = list(items[(last - 1) * per_page : last * per_page])
        number = last
    else:
        paginator.count = 0
    return Page(rows, number, paginator), query.urlencode()


class ChildPageRoutingMixin:
    """Routes to a child page in one query that also fetches what its template shows.

    Wagtail finds a child by its slug, then loads its specific model in a second query, and its
    template loads each related object in one more. Set `child_page_model` ("app.Model") and
    `child_page_related` (fields for `select_related`) on the index page.
    """

    child_page_model = None
    child_page_related = ()

    def route(self, request, path_components):
        if path_components and self.child_page_model is not None:
            model = apps.get_model(self.child_page_model)
            child = (
                model.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*self.child_page_related)
                .first()
            )
            if child is not None:
                # As Wagtail does: the child knows its parent without another query.
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
