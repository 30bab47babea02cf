"""Demo content of the publications app: a manual, the Lisbon Declaration and a library.

`load(home, locales)` is idempotent: pages are found by slug under `home` and created only when
missing; French translations are made only for pages not yet translated. Where it goes:

- /publications/ : the library (in the menu), with ten publications and their PDF files;
- /declarations/ : the declarations index, holding the Lisbon Declaration;
- /anti-rumour-strategy-guide/ : a manual with five chapters.

Manuals and declarations sit directly under the home page (not inside the library, which links
to them) so that their pages stay shallow and within the query budget.
"""

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cities.models import CityPage
from icc_site.demo_images import demo_image
from icc_site.indexing import deferred_reference_index
from icc_site.localize import publish_translation
from publications.demo import declaration as declaration_content
from publications.demo import library as library_content
from publications.demo import manual as manual_content
from publications.demo.documents import get_or_create_pdf
from publications.models import (
    DeclarationEndorsement,
    DeclarationIndexPage,
    DeclarationPage,
    ManualChapterPage,
    ManualPage,
    PublicationIndexPage,
    PublicationPage,
)

# The demo's PDF files are written in English and French; a publication's other languages are
# listed on its page without a file.
DEMO_FILE_LANGUAGES = {"en", "fr"}


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the demo manual, declaration and publications, and translate them into French."""
    french = locales["fr"]
    _ensure_translated(home, french)
    manual = load_manual(home, french)
    declaration = load_declaration(home, french)
    library = load_library(home, french)
    if stdout is not None:
        stdout.write(
            f"  publications: {library.url_path}, {manual.url_path}, {declaration.url_path}"
        )


def _ensure_translated(home, french):
    """Our French pages need a French home page above them. The home page's own demo, which
    runs last, translates its texts; until then a page with the English texts stands in."""
    if not home.has_translation(french):
        publish_translation(home, french, {})


def _child(parent, model, slug, **fields):
    """The child of `parent` with this slug, created and published if missing."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
    return page


def _translate(page, french, strings):
    if not page.has_translation(french):
        publish_translation(page, french, strings)


def _paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


def load_manual(home, french):
    """The anti-rumour guide with its chapters, its PDF, and their French translations."""
    content = manual_content
    paragraphs = [chapter["title"] for chapter in content.CHAPTERS]
    for chapter in content.CHAPTERS:
        for heading, _heading_fr, texts in chapter["sections"]:
            paragraphs.append(heading)
            paragraphs.extend(english for english, _french in texts)
    document = get_or_create_pdf(
        content.MANUAL["document_title"], content.MANUAL["document_file"], paragraphs
    )
    manual = _child(
        home,
        ManualPage,
        content.MANUAL["slug"],
        title=content.MANUAL["title"],
        intro=f"<p>{content.MANUAL['intro']}</p>",
        document=document,
        cover_image=demo_image("manual", content.MANUAL["slug"], content.MANUAL["title"]),
    )
    _translate(manual, french, content.MANUAL_FR)
    for chapter in content.CHAPTERS:
        body, strings = [], {chapter["title"]: chapter["title_fr"]}
        strings[chapter["summary"]] = chapter["summary_fr"]
        for heading, heading_fr, texts in chapter["sections"]:
            body.append(("heading", heading))
            strings[heading] = heading_fr
            for english, translated in texts:
                body.append(_paragraph(english))
                strings[english] = translated
        page = _child(
            manual,
            ManualChapterPage,
            chapter["slug"],
            title=chapter["title"],
            summary=chapter["summary"],
            body=body,
        )
        _translate(page, french, strings)
    return manual


def load_declaration(home, french):
    """The declarations index and the Lisbon Declaration with the demo cities that endorsed it."""
    content = declaration_content
    index = _child(
        home,
        DeclarationIndexPage,
        content.INDEX["slug"],
        title=content.INDEX["title"],
        intro=content.INDEX["intro"],
    )
    _translate(index, french, content.INDEX_FR)

    body, strings = [], dict(content.DECLARATION_FR)
    for (heading, heading_fr), texts in content.SECTIONS:
        body.append(("heading", heading))
        strings[heading] = heading_fr
        for english, translated in texts:
            body.append(_paragraph(english))
            strings[english] = translated
    fields = {key: value for key, value in content.DECLARATION.items() if key != "slug"}
    declaration = DeclarationPage.objects.child_of(index).filter(slug="lisbon-declaration").first()
    if declaration is None:
        default_locale = Locale.get_default()
        cities = {
            city.slug: city
            for city in CityPage.objects.filter(
                locale=default_locale, slug__in=[slug for slug, _date in content.ENDORSEMENTS]
            )
        }
        declaration = DeclarationPage(slug=content.DECLARATION["slug"], body=body, **fields)
        declaration.endorsements = [
            DeclarationEndorsement(city=cities[slug], date=date)
            for slug, date in content.ENDORSEMENTS
            if slug in cities  # a demo city that does not exist is skipped
        ]
        index.add_child(instance=declaration)
        declaration.save_revision().publish()
    _translate(declaration, french, strings)
    return declaration


def load_library(home, french):
    """The publications library with its publications, their PDF files and French versions."""
    content = library_content
    library = _child(
        home,
        PublicationIndexPage,
        content.LIBRARY["slug"],
        title=content.LIBRARY["title"],
        intro=content.LIBRARY["intro"],
        show_in_menus=True,
    )
    _translate(library, french, content.LIBRARY_FR)
    for row in content.PUBLICATIONS:
        slug, kind, year, languages, title, title_fr, summary, summary_fr = row
        documents = []
        for code in languages:
            if code not in DEMO_FILE_LANGUAGES:
                continue
            document = get_or_create_pdf(
                f"{title} ({code.upper()})",
                f"{slug}-{code}.pdf",
                [title_fr if code == "fr" else title, summary_fr if code == "fr" else summary],
            )
            documents.append(("document", {"document": document, "language": code, "label": ""}))
        page = _child(
            library,
            PublicationPage,
            slug,
            title=title,
            publication_type=kind,
            year=year,
            languages=languages,
            summary=f"<p>{summary}</p>",
            documents=documents,
        )
        _translate(page, french, {title: title_fr, summary: summary_fr})
    return library
