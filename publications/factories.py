"""Factories for manuals, declarations and publications (wagtail-factories).

Pages need a parent: `ManualChapterPageFactory(parent=manual)`. Stream fields take a list of
(block type, value) pairs, for example `body=[("paragraph", RichText("<p>Text</p>"))]`.
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from publications.models import (
    DeclarationEndorsement,
    DeclarationIndexPage,
    DeclarationPage,
    ManualChapterPage,
    ManualPage,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)


class DocumentFactory(DjangoModelFactory):
    """A small text document in the root collection."""

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="document.txt", data=b"Intercultural Cities")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_document_model()


class ManualPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Manual {n}")
    intro = "<p>A practical guide for city officials.</p>"

    class Meta:
        model = ManualPage


class ManualChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    summary = "What this chapter covers."
    body = factory.LazyAttribute(
        lambda page: [
            ("heading", f"About {page.title}"),
            ("paragraph", RichText(f"<p>The text of {page.title}.</p>")),
        ]
    )

    class Meta:
        model = ManualChapterPage


class DeclarationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Declarations"
    slug = "declarations"

    class Meta:
        model = DeclarationIndexPage


class DeclarationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Declaration {n}")
    date_adopted = datetime.date(2017, 11, 29)
    place = "Lisbon"
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>We, the mayors, commit ourselves.</p>"))]
    )

    class Meta:
        model = DeclarationPage


class DeclarationEndorsementFactory(DjangoModelFactory):
    """An endorsement; give it `page` (a saved declaration) and `city`."""

    date = datetime.date(2018, 1, 15)

    class Meta:
        model = DeclarationEndorsement


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    publication_type = PublicationType.REPORT
    year = 2017
    languages = factory.LazyFunction(lambda: ["en"])
    summary = "<p>What the publication is about.</p>"

    class Meta:
        model = PublicationPage
