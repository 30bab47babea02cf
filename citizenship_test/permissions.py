"""Who may edit which questions: editors the shared bank, a city's coordinators their own.

Coordinator groups get the question permissions with `grant_question_permissions(group)`
(the demo does it); the policy below then narrows them to the questions of their cities.
"""

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from tools.permissions import cities_for_user, user_can_manage_city, user_sees_all_cities

__all__ = ["QuestionPermissionPolicy", "grant_question_permissions", "questions_for_user"]

QUESTION_ACTIONS = ("add", "change", "delete", "view")


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions; a coordinator may change only questions owned by their cities."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if user_sees_all_cities(user) or action == "view" and instance.city_id is None:
            return True
        return instance.city_id is not None and user_can_manage_city(user, instance.city)

    def instances_user_has_permission_for(self, user, action):
        queryset = super().instances_user_has_permission_for(user, action)
        if action == "view":
            return questions_for_user(queryset, user)
        if user_sees_all_cities(user):
            return queryset
        return queryset.filter(city__in=cities_for_user(user))


def questions_for_user(queryset, user):
    """The questions `user` may see and put in a test: the shared bank and their cities' own
    questions (every question for administrators and editors)."""
    if user_sees_all_cities(user):
        return queryset
    return queryset.filter(Q(city__isnull=True) | Q(city__in=cities_for_user(user)))


def grant_question_permissions(group):
    """Let a coordinator group add and edit its city's own questions."""
    permissions = Permission.objects.filter(
        content_type__app_label="citizenship_test",
        codename__in=[f"{action}_question" for action in QUESTION_ACTIONS],
    )
    group.permissions.add(*permissions)
