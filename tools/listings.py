"""The tools' own admin listings of city data (group sessions, assessments...) on Wagtail's
generic `IndexView`: sortable columns, search, filters, pagination, a spreadsheet export and
the bulk actions registered for the model, with the rows always narrowed by `tools.scoping`.

A tool declares a listing as a subclass of `CityScopedIndexView` (model, columns, filters, URL
names) and registers its bulk actions, subclasses of `tools.bulk_actions.CityScopedBulkAction`
with `by_city = True`, with Wagtail's `register_bulk_action` hook. Another city's row is never
listed, counted, exported nor acted upon, whatever the query string says.
"""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic import IndexView

from tools.listing_filters import city_filterset
from tools.scoping import scope_of, visible_to

__all__ = ["CityScopedIndexView", "LinksColumn", "RowTitleColumn"]


class RowTitleColumn(TitleColumn):
    """The column naming each row, linked to its screen; the bulk action checkboxes refer to it
    for screen readers (`<model>_<pk>_title`)."""

    def __init__(self, name, get_url, **kwargs):
        super().__init__(
            name,
            get_url=get_url,
            get_title_id=lambda row: f"{row._meta.model_name}_{row.pk}_title",
            **kwargs,
        )


class LinksColumn(Column):
    """A cell of links to a row's other screens: `links` is [(label, get_url(row))]."""

    def __init__(self, name, links, **kwargs):
        super().__init__(name, **kwargs)
        self.links = links

    def get_value(self, instance):
        return format_html_join(
            " · ",
            '<a href="{}">{}</a>',
            ((get_url(instance), label) for label, get_url in self.links),
        )


class CityScopedIndexView(IndexView):
    """A listing of one model of city data, for anyone who manages a city.

    Set `model`, `list_display` (a `RowTitleColumn` first), `index_url_name` and
    `index_results_url_name`; optionally `list_filter` (model fields), `extra_filters` (name:
    django-filter filter), `search_fields` (searched in the database) and `list_export`.
    """

    template_name = "tools/admin/listing.html"
    # Who may open the screen is the menu's rule (`manages_any_city`); which rows they see is
    # `tools.scoping`'s: no model permission is asked, as on the tool's other screens.
    permission_policy = None
    any_permission_required = None
    search_backend_name = None
    extra_filters = {}
    paginate_by = 50

    def get_base_queryset(self):
        return visible_to(self.request.user, super().get_base_queryset())

    @cached_property
    def filterset_class(self):
        filterset = city_filterset(self.model, scope_of(self.model).city_field, self.list_filter)
        if not self.extra_filters:
            return filterset
        return type(filterset.__name__, (filterset,), dict(self.extra_filters))

    @cached_property
    def has_bulk_actions(self):
        opts = self.model._meta
        return bool(
            list(bulk_action_registry.get_bulk_actions_for_model(opts.app_label, opts.model_name))
        )

    @cached_property
    def columns(self):
        columns = super().columns
        if not self.has_bulk_actions:
            return columns
        name = self.model._meta.model_name
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type=name), *columns]

    def get_index_url(self):
        return reverse(self.index_url_name, kwargs=self.kwargs)

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, kwargs=self.kwargs)

    def plain_filter_fields(self):
        """The search box and the filters again, for the form shown without JavaScript
        (Wagtail's own submit only through its scripts); their ids differ from the header's."""
        forms = []
        if self.search_form is not None:
            forms.append(type(self.search_form)(self.request.GET or None, auto_id="plain-%s"))
        if self.filters is not None:
            header = self.filters.form
            plain = type(header)(self.request.GET or None, auto_id="plain-%s")
            for name, field in header.fields.items():
                if getattr(field, "queryset", None) is not None:
                    # The choices are read once for both forms.
                    choices = list(iter(field.choices))  # iter: no COUNT first
                    field.widget.choices = plain.fields[name].widget.choices = choices
            forms.append(plain)
        return [field for form in forms for field in form]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["has_bulk_actions"] = self.has_bulk_actions
        if not self.results_only:
            context["plain_filter_fields"] = self.plain_filter_fields()
        return context
