"""What search engines read: `robots.txt` and `sitemap.xml`.

The sitemap is Wagtail's, widened to every language: Wagtail lists the descendants of the site's
root page, which is the English home page, while each language has a page tree of its own. It
lists the live pages anyone may see in the languages the site really has (a live home page), and
gives each page the `hreflang` alternates of its live, public translations only: a draft, a
private page or a language without its own version is never announced.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page

from icc_site.languages import site_languages
from icc_site.visibility import visible_to_everyone
from tools.landing import landing_url
from tools.lookup import pick_for_language
from tools.models import CityTool
from tools.models.city_tool import tool_path
from tools.registry import get_tool_types

__all__ = [
    "CityToolSitemap",
    "EveryLanguageSitemap",
    "ToolLandingSitemap",
    "robots_txt",
    "sitemap",
]


class EveryLanguageSitemap(WagtailSitemap):
    """Every live, public page of the site in every language it has, with its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(
            translation_key=root.translation_key,
            locale__language_code__in=site_languages(self.request),
        ).values_list("path", flat=True)
        under_a_home = Q(pk__in=[])
        for path in homes:
            under_a_home |= Q(path__startswith=path)
        pages = visible_to_everyone(Page.objects.filter(under_a_home))
        return pages.select_related("locale").order_by("path")

    def _urls(self, page, protocol, domain):
        # Every item is needed to know each one's translations: the site has a few thousand
        # pages at most, well below one sitemap page (50,000 URLs).
        items = list(self.paginator.page(page).object_list)
        translations = {}
        for item in items:
            translations.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in items:
            location = item.get_full_url(self.request)
            if not location:
                continue
            siblings = translations[item.translation_key]
            alternates = []
            if len(siblings) > 1:
                alternates = [
                    {"lang_code": other.locale.language_code, "location": url}
                    for other in siblings
                    if (url := other.get_full_url(self.request))
                ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls


class ToolLandingSitemap(WagtailSitemap):
    """Each installed tool's landing page (/<language>/tools/<tool>/), which exists in every
    language the site has, with those languages as alternates. No query of its own beyond the
    site and its languages."""

    def __init__(self, request):
        super().__init__(request)
        self.languages = site_languages(request)
        # On the Wagtail site's address, as the pages' locations are.
        self.root_url = self.get_wagtail_site().root_url

    def items(self):
        return [
            (model.tool_slug, language) for model in get_tool_types() for language in self.languages
        ]

    def _url_of(self, tool_slug, language):
        return self.root_url + landing_url(tool_slug, language)

    def _urls(self, page, protocol, domain):
        return [
            {
                "item": (tool_slug, language),
                "location": self._url_of(tool_slug, language),
                "lastmod": None,
                "alternates": [
                    {"lang_code": code, "location": self._url_of(tool_slug, code)}
                    for code in self.languages
                ]
                if len(self.languages) > 1
                else [],
            }
            for tool_slug, language in self.paginator.page(page).object_list
        ]


class CityToolSitemap(WagtailSitemap):
    """Each city's published tool pages (/<language>/tools/<tool>/<city>/) in every language
    the city offers the tool in, those languages being each other's alternates. A disabled
    tool, an unpublished customisation or city, or a language the city does not offer is never
    announced. One query."""

    def __init__(self, request):
        super().__init__(request)
        self.root_url = self.get_wagtail_site().root_url

    def items(self):
        slugs = {
            ContentType.objects.get_for_model(model).pk: model.tool_slug
            for model in get_tool_types()
        }
        groups = {}
        published = (
            CityTool.objects.published()
            .filter(content_type__in=list(slugs))
            .select_related("city", "locale")
            .with_shared_settings()
            .order_by("content_type", "city__slug", "pk")
        )
        for customisation in published:
            key = (customisation.content_type_id, customisation.city.translation_key)
            groups.setdefault(key, []).append(customisation)
        items = []
        for (content_type, _city), versions in groups.items():
            # The languages are the city's one shared record's (see tools.lookup).
            source = pick_for_language(versions, settings.LANGUAGE_CODE)
            slug, city_slug = slugs[content_type], source.city.slug
            paths = {
                code: tool_path("tools:page", slug, city_slug, code)
                for code in source.offered_languages()
            }
            items += [(paths, code) for code in paths]
        return items

    def _urls(self, page, protocol, domain):
        return [
            {
                "item": paths[language],
                "location": self.root_url + paths[language],
                "lastmod": None,
                "alternates": [
                    {"lang_code": code, "location": self.root_url + path}
                    for code, path in paths.items()
                ]
                if len(paths) > 1
                else [],
            }
            for paths, language in self.paginator.page(page).object_list
        ]


@require_GET
def sitemap(request):
    """`/sitemap.xml`: Django's sitemap view over every page, every tool's landing page and
    every city's tool pages."""
    return django_sitemap(
        request,
        {
            "pages": EveryLanguageSitemap(request),
            "tools": ToolLandingSitemap(request),
            "city-tools": CityToolSitemap(request),
        },
    )


@require_GET
def robots_txt(request):
    """`/robots.txt`: crawl the public pages; not the admin, the embeds or the tools' forms."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # The embeds are the same tools shown inside cities' own sites, and the search results
        # are endless variations of pages already listed.
        "Disallow: /*/embed/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
