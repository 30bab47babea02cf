"""Demo content of the good-practice database: ten topics, the list page and 24 practices.

The list page, the topics and six practices are also published in French through
wagtail-localize. Idempotent: everything is found by slug and only created when missing, and
existing translations are left as they are. Practices whose city the cities demo did not
create are skipped.
"""

from wagtail.models import Locale

from cities.models import CityPage
from icc_site.demo_images import demo_alt_text, demo_image
from icc_site.indexing import deferred_reference_index
from icc_site.localize import publish_translation
from practices.demo.practices_en import PRACTICES
from practices.demo.practices_fr import INDEX_FR, PRACTICES_FR
from practices.demo.topics import TOPICS
from practices.models import PracticeIndexPage, PracticePage, Topic

__all__ = ["INDEX", "load"]

INDEX = {
    "title": "Good practices",
    "slug": "practices",
    "intro": (
        "What the network's cities have tried in order to turn diversity into an advantage: "
        "search by topic, city, country or year."
    ),
}
TEXT_FIELDS = ("purpose", "rationale", "process", "results")


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the topics, the list page under `home` and the practices; translate into French."""
    default = Locale.get_default()
    topics = {
        slug: Topic.objects.get_or_create(slug=slug, locale=default, defaults={"name": name})[0]
        for slug, name, _french in TOPICS
    }
    index = _index(home)
    cities = {
        city.slug: city
        for city in CityPage.objects.filter(
            locale=default, slug__in={entry["city"] for entry in PRACTICES}
        )
    }
    practices, skipped = {}, []
    for entry in PRACTICES:
        city = cities.get(entry["city"])
        if city is None:
            skipped.append(entry["slug"])
            continue
        practices[entry["slug"]] = _practice(index, entry, city, topics)

    french = locales.get("fr")
    if french is not None:
        _translate_into_french(index, topics, practices, french)

    _write(stdout, f"  {len(practices)} practices and {len(topics)} topics.")
    if skipped:
        _write(stdout, f"  Skipped (city missing): {', '.join(skipped)}.")
    return index


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _index(home):
    index = PracticeIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]).first()
    if index is None:
        index = home.add_child(
            instance=PracticeIndexPage(
                title=INDEX["title"],
                slug=INDEX["slug"],
                intro=f"<p>{INDEX['intro']}</p>",
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
    return index


def _demo_images(entry):
    """The practice's gallery: one demo image drawn by us (icc_site.demo_images)."""
    image = demo_image("practice", entry["slug"], entry["title"])
    alt_text = demo_alt_text(entry["title"])
    return [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": alt_text, "decorative": False},
                "caption": "",
                "credit": "",
            },
        }
    ]


def _practice(index, entry, city, topics):
    practice = PracticePage.objects.child_of(index).filter(slug=entry["slug"]).first()
    if practice is not None:
        return practice
    start_year, end_year = entry["years"]
    practice = index.add_child(
        instance=PracticePage(
            title=entry["title"],
            slug=entry["slug"],
            city=city,
            start_year=start_year,
            end_year=end_year,
            summary=entry["summary"],
            contact_organisation=entry["contact"],
            images=_demo_images(entry),
            **{field: f"<p>{entry[field]}</p>" for field in TEXT_FIELDS},
        )
    )
    practice.topics.add(*(topics[slug] for slug in entry["topics"]))
    practice.save_revision().publish()
    return practice


def _translate_into_french(index, topics, practices, french):
    """Translate what is not translated yet: topics, the list page, some practices."""
    for slug, name, french_name in TOPICS:
        if not topics[slug].has_translation(french):
            publish_translation(topics[slug], french, {name: french_name})
    if not index.get_parent().has_translation(french):
        return  # the French home page comes first; the home demo creates it
    if not index.has_translation(french):
        publish_translation(
            index,
            french,
            {INDEX["title"]: INDEX_FR["title"], INDEX["intro"]: INDEX_FR["intro"]},
        )
    english = {entry["slug"]: entry for entry in PRACTICES}
    for slug, translation in PRACTICES_FR.items():
        practice = practices.get(slug)
        if practice is None or practice.has_translation(french):
            continue
        source = english[slug]
        strings = {source[field]: translation[field] for field in ("title", "summary")}
        strings.update({source[field]: translation[field] for field in TEXT_FIELDS})
        strings[demo_alt_text(source["title"])] = demo_alt_text(translation["title"], "fr")
        publish_translation(practice, french, strings)
