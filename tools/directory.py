"""What the directory page, the API and the StreamField block list: tools and their cities."""

import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail import hooks

from cities.models import CityPage
from icc_site.page_cache import cached_until_publish
from tools.lookup import pick_for_language
from tools.models.city_tool import CityTool, tool_path
from tools.models.shared_settings import offered_languages
from tools.registry import get_tool_types

__all__ = [
    "RECOGNITIONS_HOOK",
    "CityOffer",
    "ToolEntry",
    "city_profile_context",
    "directory_page_context",
    "published_offers",
    "recognitions_for",
    "search_tool_types",
    "search_tools",
    "tool_directory",
    "tools_offered_by",
]

#: Wagtail's hook through which tools give a city recognitions for its profile
#: (`recognitions_for`).
RECOGNITIONS_HOOK = "city_tool_recognitions"


@dataclass
class CityOffer:
    """One city offering one tool, with links in the language shown (or its first language)."""

    tool_slug: str
    city_slug: str
    city_title: str
    languages: list
    link_language: str
    customisation_pk: int

    @property
    def page_url(self):
        return tool_path("tools:page", self.tool_slug, self.city_slug, self.link_language)

    @property
    def embed_url(self):
        return tool_path("tools:embed", self.tool_slug, self.city_slug, self.link_language)

    def urls_by_language(self, view_name="tools:embed"):
        """{language code: URL} for every language offered."""
        return {
            code: tool_path(view_name, self.tool_slug, self.city_slug, code)
            for code in self.languages
        }


@dataclass
class ToolEntry:
    """An installed tool type and the cities offering it."""

    model: type
    cities: list = field(default_factory=list)

    @property
    def slug(self):
        return self.model.tool_slug

    @property
    def name(self):
        return self.model.get_tool_name()

    @property
    def description(self):
        return self.model.tool_description

    @property
    def icon(self):
        return self.model.icon


def published_offers(language):
    """{tool model: [CityOffer, ...]} for every installed tool, in `language`.

    Kept with the cached pages until the next editorial change (a customisation, its shared
    settings or a city page published or saved expires it), one entry per language: the city
    profiles, the directory, the tools' landing pages and the search all read it. Computed, it
    costs three queries, which read only the columns an offer shows (no customisation, city
    page or image is built: there are hundreds of rows, one per city, tool and language).
    """
    return cached_until_publish(f"tool-offers:{language}", lambda: _published_offers(language))


def _published_offers(language):
    tool_types = get_tool_types()
    if not tool_types:
        return {}
    content_types = ContentType.objects.get_for_models(*tool_types)
    model_of = {content_type.pk: model for model, content_type in content_types.items()}
    rows = (
        CityTool.objects.published()
        .filter(content_type__in=list(model_of))
        .values_list(
            "pk",
            "content_type_id",
            "locale__language_code",
            "city__translation_key",
            "city__slug",
            "city__title",
            "shared__languages",
        )
    )
    groups = {}
    for row in rows:
        groups.setdefault((row[1], row[3]), []).append(_OfferRow(*row))
    titles = dict(
        CityPage.objects.filter(
            translation_key__in={key for _ct, key in groups}, locale__language_code=language
        ).values_list("translation_key", "title")
    )
    offers = {model: [] for model in tool_types}
    for (content_type_id, city_key), candidates in groups.items():
        chosen = pick_for_language(candidates, language)
        offered = offered_languages(chosen.languages)
        if not offered:
            continue
        model = model_of[content_type_id]
        offers[model].append(
            CityOffer(
                tool_slug=model.tool_slug,
                city_slug=chosen.city_slug,
                city_title=titles.get(city_key, chosen.city_title),
                languages=offered,
                link_language=language if language in offered else offered[0],
                customisation_pk=chosen.pk,
            )
        )
    for city_offers in offers.values():
        city_offers.sort(key=lambda offer: offer.city_title.casefold())
    return offers


@dataclass
class _OfferRow:
    """The columns of one published customisation that `published_offers` reads, with the
    `pk` and `locale.language_code` that `pick_for_language` chooses by."""

    pk: int
    content_type_id: int
    language_code: str
    city_key: object
    city_slug: str
    city_title: str
    languages: list

    @property
    def locale(self):
        return self


def tool_directory(language):
    """One `ToolEntry` per installed tool, with the cities offering it, for `language`."""
    return [
        ToolEntry(model=model, cities=offers)
        for model, offers in published_offers(language).items()
    ]


def directory_page_context(page, request):
    """`tools` for the directory page (`ToolIndexPage`): `tool_directory()` in the language
    being served. Registered for its `DIRECTORY_CONTEXT_HOOK` (tools.wagtail_hooks)."""
    return {"tools": tool_directory(translation.get_language())}


def tools_offered_by(city, language):
    """[(tool model, CityOffer)] for the tools `city` (a CityPage) offers; for its profile."""
    return [
        (model, offer)
        for model, offers in published_offers(language).items()
        for offer in offers
        if offer.city_slug == city.slug
    ]


def city_profile_context(city):
    """The tools `city` offers and the recognitions they give it, for its profile page.

    `city_tools` is a list of (tool model, offer) with links in the page's language (the
    language being served: no query for the page's locale); `city_recognitions` a list of
    (tool model, text). Registered for cities' `city_profile_context` hook (tools.wagtail_hooks).
    """
    return {
        "city_tools": tools_offered_by(city, translation.get_language()),
        "city_recognitions": recognitions_for(city),
    }


def recognitions_for(city):
    """[(tool model, text)] for the tools that recognise `city` (a CityPage), for its profile.

    A tool that awards recognitions (a badge earned by an evaluation, say) registers a function
    with Wagtail's hook `RECOGNITIONS_HOOK`: it takes the city page and returns a list of
    (tool model, short text). A tool without recognitions registers nothing and costs no query.
    """
    recognitions = []
    for recognitions_of in hooks.get_hooks(RECOGNITIONS_HOOK):
        recognitions.extend((model, text) for model, text in recognitions_of(city) if text)
    return recognitions


def _matches(words, text):
    """Whether each of `words` begins a word of `text` ("citizen" finds "Citizenship")."""
    found = re.findall(r"\w+", text.casefold())
    return all(any(candidate.startswith(word) for candidate in found) for word in words)


def search_tool_types(query):
    """The installed tool models whose name or description, in the active language, hold every
    word of `query`: their landing pages exist in every language, offered by a city or not."""
    words = query.casefold().split()
    if not words:
        return []
    found = []
    for model in get_tool_types():
        about = f"{model.get_tool_name()} {model.tool_description or ''} {model.tool_slug}"
        if _matches(words, about):
            found.append(model)
    return found


def search_tools(query, language):
    """[(tool model, CityOffer)] of the tools offered in `language` that match every word of
    `query`, in the tool's name and description (in `language`) or the city's name."""
    words = query.casefold().split()
    if not words:
        return []
    found = []
    for model, offers in published_offers(language).items():
        about = f"{model.get_tool_name()} {model.tool_description or ''}"
        for offer in offers:
            if language not in offer.languages:
                continue
            text = f"{about} {offer.city_title} {offer.city_slug}".casefold()
            if all(word in text for word in words):
                found.append((model, offer))
    return found
