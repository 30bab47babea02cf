"""What a city profile lists besides its own fields: practices, news, events, declarations.

Those pages live in apps above cities (practices, news, publications) that point to the city.
Cities never names them: each declares its lists in Wagtail's hook `city_profile_sections`
(`SECTIONS_HOOK`), a function returning `PageSection`s and `EndorsementSection`s, so the city
profile shows fewer sections when one of those apps is not installed.

All the lists come from one query: a city page already costs about thirteen queries in
routing, view-restriction checks and the site header, and the budget for a page is fifteen.
The query returns plain `Page` objects, each annotated with the few fields its list shows
(`summary`, `date`, `end_date`, `place`, `endorsed_on`); a list never needs the specific page.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from icc_site.visibility import visible_to_everyone

__all__ = [
    "PROFILE_CONTEXT_HOOK",
    "SECTIONS_FROM_APPS",
    "SECTIONS_HOOK",
    "EndorsementSection",
    "PageSection",
    "context_from_apps_above",
    "declared_sections",
    "sections_for",
]

# Wagtail hook through which apps above cities add to a city profile's context.
PROFILE_CONTEXT_HOOK = "city_profile_context"
# The context key under which those apps add whole sections of the profile (a list of safe HTML
# strings, shown in turn): a tool's published results, for example.
SECTIONS_FROM_APPS = "city_sections_from_apps"
# Wagtail hook through which apps above cities declare the lists a city profile shows.
SECTIONS_HOOK = "city_profile_sections"


@dataclass(frozen=True)
class PageSection:
    """A list of pages of one model that point to the city through their `city` field."""

    name: str  # the template variable
    model: type  # the page model
    ordering: tuple  # in the terms of `fields` below, as the list shows them
    limit: int
    fields: dict = field(default_factory=dict)  # annotation name -> the model's field
    upcoming_only: bool = False  # only what has not ended yet (events)
    describe: Callable | None = None  # sets what the list shows on each page (a date's text)


@dataclass(frozen=True)
class EndorsementSection:
    """The pages the city endorsed: rows of `model` with `city`, `page` and `date` fields.

    Each page is annotated with `endorsed_on`, the date of the city's latest endorsement.
    """

    name: str
    model: type
    ordering: tuple = ("-endorsed_on", "title")
    describe: Callable | None = None


def declared_sections():
    """Every section the installed apps declare through `SECTIONS_HOOK`, in their order."""
    return [section for declare in hooks.get_hooks(SECTIONS_HOOK) for section in declare()]


def _column(section, key):
    """An ordering key in the list's terms ("-date") in the model's own terms ("-start_date")."""
    name = key.lstrip("-")
    return key.removesuffix(name) + section.fields.get(name, name)


def _sorted(items, ordering):
    """Sort objects as `order_by(*ordering)` would ("-date" for newest first)."""
    for key in reversed(ordering):
        name = key.lstrip("-")
        items.sort(key=lambda item, name=name: getattr(item, name), reverse=key.startswith("-"))
    return items


def sections_for(city, today=None):
    """The lists a city profile shows, keyed by template variable; an empty list is omitted.

    Only live pages in the city's language that anyone may see. A page counts as the city's
    when its `city` is any language version of the city: a page translated before its city was
    may still point to the source-language city.
    """
    today = today or timezone.localdate()
    city_versions = Page.objects.filter(translation_key=city.translation_key).values("pk")
    in_language = visible_to_everyone(Page.objects.filter(locale_id=city.locale_id))
    wanted = Q(pk__in=[])
    kind_cases = []
    endorsed_cases = []  # after the page kinds: an endorsed page is told by its annotation
    shown_fields = {}
    annotations = {}
    declared = declared_sections()
    for section in declared:
        if isinstance(section, EndorsementSection):
            endorsements = section.model.objects.filter(city__in=city_versions)
            wanted |= Q(pk__in=endorsements.values("page_id"))
            annotations["endorsed_on"] = Subquery(
                endorsements.filter(page_id=OuterRef("pk")).order_by("-date").values("date")[:1]
            )
            endorsed_cases.append(When(endorsed_on__isnull=False, then=Value(section.name)))
            continue
        model = section.model
        chosen = visible_to_everyone(model.objects.filter(locale_id=city.locale_id))
        chosen = chosen.filter(city__in=city_versions)
        if section.upcoming_only:
            chosen = chosen.filter(end_date__gte=today)
        columns = [_column(section, key) for key in section.ordering]
        wanted |= Q(pk__in=chosen.order_by(*columns).values("pk")[: section.limit])
        # A page has exactly one specific row: the join that exists tells the page's kind.
        link = model._meta.model_name
        kind_cases.append(When(Q(**{f"{link}__isnull": False}), then=Value(section.name)))
        for annotation, model_field in section.fields.items():
            shown_fields.setdefault(annotation, []).append(F(f"{link}__{model_field}"))

    kind_cases += endorsed_cases
    sections = {section.name: [] for section in declared}
    if not kind_cases:
        return sections
    for annotation, columns in shown_fields.items():
        annotations[annotation] = Coalesce(*columns) if len(columns) > 1 else columns[0]
    pages = in_language.filter(wanted).annotate(**annotations)
    pages = pages.annotate(section=Case(*kind_cases, default=Value("")))
    for page in pages:
        if page.section in sections:
            sections[page.section].append(page)
    for section in declared:
        items = _sorted(sections[section.name], section.ordering)
        if section.describe is not None:
            for item in items:
                section.describe(item)
    return sections


def context_from_apps_above(city):
    """What the apps that build on cities add to a city profile, without cities naming them.

    Each function registered with Wagtail's hook `city_profile_context` takes the city page and
    returns a dict for the template (the tools framework adds `city_tools` and
    `city_recognitions`); an app that is not installed adds nothing.
    """
    context = {SECTIONS_FROM_APPS: []}
    for add_to_context in hooks.get_hooks(PROFILE_CONTEXT_HOOK):
        added = dict(add_to_context(city))
        # Sections (ready HTML) from several apps are shown one after another.
        context[SECTIONS_FROM_APPS] += added.pop(SECTIONS_FROM_APPS, [])
        context.update(added)
    return context
