"""Who may manage which city's tools, results and exports.

Administrators (superusers) and users holding `tools.manage_all_city_tools` (the Editors group)
edit and see every city (`user_edits_all_cities`). Users holding `tools.moderate_all_cities`
(the Moderators group) see every city, to moderate what its residents send, but change only the
moderation queues (`tools.scoping`; `tools.grants` gives them no other tool permission), and a
customisation or rumour card only while its review waits for their group (Wagtail's
`GroupApprovalTask`). Anyone else sees only the cities whose coordinator group
(`CityCoordinators`) they belong to. A city counts with all its translations.

Tool apps use `cities_for_user()` / `filter_for_user()` for their own querysets (results,
exports) and `CityScopedMixin` / `city_scoped` for their admin and export views: another city's
object is a 404, so its existence is not revealed.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from cities.models import CityPage

__all__ = [
    "ALL_CITIES_PERMISSION",
    "MODERATE_ALL_PERMISSION",
    "CityScopedMixin",
    "cities_for_user",
    "city_scoped",
    "coordinated_cities",
    "filter_for_user",
    "manages_any_city",
    "user_can_manage_city",
    "user_edits_all_cities",
    "user_moderates_only",
    "user_sees_all_cities",
]

ALL_CITIES_PERMISSION = "tools.manage_all_city_tools"
MODERATE_ALL_PERMISSION = "tools.moderate_all_cities"


def user_edits_all_cities(user):
    """Administrators and editors manage every city's tools."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm(ALL_CITIES_PERMISSION)


def user_sees_all_cities(user):
    """Administrators, editors and moderators see every city (moderators to moderate)."""
    if user_edits_all_cities(user):
        return True
    return user is not None and user.is_authenticated and user.has_perm(MODERATE_ALL_PERMISSION)


def user_moderates_only(user):
    """Moderators: they see every city but do not edit its tools."""
    return user_sees_all_cities(user) and not user_edits_all_cities(user)


def coordinated_cities(user):
    """The city pages (every language version) whose coordinator group `user` belongs to."""
    if user is None or not user.is_authenticated or not user.is_active:
        return CityPage.objects.none()
    keys = CityPage.objects.filter(coordinators__group__user=user).values("translation_key")
    return CityPage.objects.filter(translation_key__in=keys)


def cities_for_user(user):
    """The city pages (every language version) `user` sees in the tools' screens: every city
    for editors and moderators, their own for coordinators."""
    if user_sees_all_cities(user):
        return CityPage.objects.all()
    return coordinated_cities(user)


def manages_any_city(request):
    """Whether the user of `request` manages at least one city (every tool's admin menu item
    asks, so the answer is kept on the request: one query per request, not one per tool)."""
    user = request.user
    known = getattr(request, "_manages_any_city", None)
    if known is None or known[0] != user.pk:
        known = (user.pk, cities_for_user(user).exists())
        request._manages_any_city = known
    return known[1]


def filter_for_user(queryset, user, city_field="city"):
    """Restrict `queryset` to rows whose `city_field` (a path to a CityPage) the user manages.

    For a results model with a foreign key `customisation` to a tool, pass
    `city_field="customisation__city"`.
    """
    if user_sees_all_cities(user):
        return queryset
    return queryset.filter(**{f"{city_field}__in": cities_for_user(user)})


def user_can_manage_city(user, city):
    """Whether `user` may manage the tools of `city` (a CityPage in any language)."""
    if user_sees_all_cities(user):
        return True
    return cities_for_user(user).filter(pk=city.pk).exists()


class CityScopedMixin:
    """For class-based admin and export views: refuse objects of cities the user does not manage.

    Set `city_field` to the path from the view's model to its CityPage. `get_queryset()` is
    filtered, so `get_object()` of a detail/update/delete view answers 404 for another city;
    a view without `get_queryset()` can call `check_city(city)`.
    """

    city_field = "city"

    def get_queryset(self):
        return filter_for_user(super().get_queryset(), self.request.user, self.city_field)

    def check_city(self, city):
        """Raise Http404 unless the user manages `city`."""
        if not user_can_manage_city(self.request.user, city):
            raise Http404


def city_scoped(get_city):
    """Decorator for function views: `get_city(request, **kwargs)` returns the city concerned.

    Anonymous users get 403; users who do not manage that city get 404.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                raise PermissionDenied
            city = get_city(request, *args, **kwargs)
            if city is None or not user_can_manage_city(request.user, city):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
