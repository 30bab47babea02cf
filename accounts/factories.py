"""Factories of the site's people (factory_boy), for tests and quick trials: a user, an
editor, a superuser, and the same with two-factor authentication turned on. The demo content
does not use them. (A city's coordinator is made by `tools.factories.CoordinatorFactory`.)"""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import two_factor

__all__ = ["EditorFactory", "SuperuserFactory", "UserFactory", "with_two_factor"]


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose password is "pw"."""

    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class EditorFactory(UserFactory):
    """A member of Wagtail's Editors group, who manages every city's tools."""

    username = "editor"

    @factory.post_generation
    def editors(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name="Editors"))


class SuperuserFactory(UserFactory):
    username = "admin"
    is_staff = True
    is_superuser = True


def with_two_factor(user):
    """`user`, with an authenticator app set up and confirmed (two-factor authentication on);
    `user.recovery_codes` holds the recovery codes as they were shown to them."""
    device = two_factor.pending_device(user)
    user.recovery_codes = two_factor.confirm_device(device)
    return user
