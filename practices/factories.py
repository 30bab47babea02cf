"""Factories for the good-practice database (wagtail-factories)."""

import factory
import wagtail_factories
from django.utils.text import slugify

from practices.models import PracticeIndexPage, PracticePage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    """A default-language topic (the locale defaults to the site's default language)."""

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))

    class Meta:
        model = Topic


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Good practices"
    slug = "practices"

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    """A live practice. Pass `parent=` an index page, `city=` a city page, `topics=[...]`."""

    title = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = factory.LazyAttribute(lambda page: f"What {page.title} did, in short.")
    purpose = "<p>Bring residents of different origins together.</p>"
    start_year = 2015
    end_year = None

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)
            self.save()
