"""Factories for city profiles (wagtail-factories)."""

import factory
import wagtail_factories

from cities.models import CityIndexPage, CityPage


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cities"
    slug = "cities"

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"City {n}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    country = "Portugal"
    year_joined = 2012

    class Meta:
        model = CityPage
