"""Factories of the heritage map (factory_boy), for tests and quick trials: a city's map, a
mapping project with its communities, and residents' contributions. The demo content does not
use them."""

import factory
from wagtail.models import Locale

from heritage_mapping.models import Community, HeritageItem, HeritageMap, MappingProject
from heritage_mapping.vocabulary import Category, Licence, Status
from tools.factories import CityToolFactory

__all__ = ["COMMUNITIES", "HeritageItemFactory", "HeritageMapFactory", "MappingProjectFactory"]

#: The communities a project asks about unless told: (slug, name).
COMMUNITIES = [
    ("cape-verdean", "Cape Verdean community"),
    ("bangladeshi", "Bangladeshi community"),
    ("residents", "Long-time residents"),
]


class HeritageMapFactory(CityToolFactory):
    """A city's published heritage map."""

    class Meta:
        model = HeritageMap


class MappingProjectFactory(factory.django.DjangoModelFactory):
    """A live mapping project of `city` over `area` (a GeoJSON polygon), asking about
    `communities` ((slug, name) pairs; the three of COMMUNITIES unless told)."""

    locale = factory.LazyFunction(Locale.get_default)
    slug = factory.Sequence(lambda n: f"area-{n}")
    title = factory.LazyAttribute(lambda project: f"Mapping {project.slug}")
    neighbourhood = factory.LazyAttribute(lambda project: project.slug.title())

    class Meta:
        model = MappingProject

    @classmethod
    def _create(cls, model_class, *args, communities=COMMUNITIES, **kwargs):
        project = model_class(*args, **kwargs)
        project.communities = [
            Community(slug=slug, name=name, sort_order=position)
            for position, (slug, name) in enumerate(communities)
        ]
        project.save()
        return project


class HeritageItemFactory(factory.django.DjangoModelFactory):
    """A resident's contribution to `project`, approved unless told; `communities` are slugs
    of the project's communities."""

    title = factory.Sequence(lambda n: f"Heritage item {n}")
    description = "A slow-cooked stew shared on Sundays."
    category = Category.FOOD
    licence = Licence.CC_BY
    status = Status.APPROVED

    class Meta:
        model = HeritageItem
        skip_postgeneration_save = True

    @factory.post_generation
    def communities(item, create, extracted, **kwargs):
        if create and extracted:
            item.communities.set(Community.objects.filter(project=item.project, slug__in=extracted))
