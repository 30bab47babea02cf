"""Factories of the tools framework (factory_boy), for tests and quick trials: a city's
customisation of any tool, published, and a coordinator of a city.

Every tool's factory of its customisation derives from `CityToolFactory`:
`CitizenshipTestFactory(city=lisbon)` is Lisbon's published test in English (and French);
`publish=False` leaves it a draft. Not for the demo content, which needs no test package.
"""

import factory
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from tools.models import CityCoordinators

__all__ = ["CityToolFactory", "CoordinatorFactory", "city_tool_factory"]


class CityToolFactory(factory.django.DjangoModelFactory):
    """A city's customisation of a tool, saved with a revision and published.

    Give it `city`; `publish=False` keeps it a draft (saved, with one unpublished revision).
    `children` sets a cluster's child rows before the first save ({relation name: [rows]}).
    """

    locale = factory.LazyFunction(Locale.get_default)
    languages = factory.LazyFunction(lambda: ["en", "fr"])
    allowed_origins = factory.LazyFunction(lambda: ["http://localhost:8001"])
    live = False

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, publish=True, children=None, **kwargs):
        customisation = model_class(*args, **kwargs)
        for relation, rows in (children or {}).items():
            setattr(customisation, relation, rows)  # a cluster's child rows, saved with it
        customisation.save()
        revision = customisation.save_revision()
        if publish:
            revision.publish()
            customisation.refresh_from_db()
        return customisation


def city_tool_factory(model):
    """A `CityToolFactory` for the customisation model `model` (a tool without a factory of
    its own, such as the tools framework's throwaway test tool)."""
    meta = type("Meta", (), {"model": model})
    return type(f"{model.__name__}Factory", (CityToolFactory,), {"Meta": meta})


class CoordinatorFactory(factory.django.DjangoModelFactory):
    """A user in the coordinators' group of `city` (the group is made if needed), whose
    password is "pw": `CoordinatorFactory(city=lisbon, username="coordinator-lisbon")`."""

    username = factory.Sequence(lambda n: f"coordinator-{n}")
    password = factory.django.Password("pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def city(user, create, extracted, **kwargs):
        if create and extracted is not None:
            user.groups.add(CityCoordinators.for_city(extracted).group)
