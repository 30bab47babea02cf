from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView
from django.views.i18n import JavaScriptCatalog
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from icc_site import crawlers, preview_views, routing
from icc_site.api import api_router
from tools.views.oembed import oembed as tools_oembed

# The 500 page follows the visitor's language (icc_site/errors.py).
handler500 = "icc_site.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/oembed/", tools_oembed, name="tools_oembed"),
    path("robots.txt", crawlers.robots_txt, name="robots_txt"),
    path("sitemap.xml", crawlers.sitemap, name="sitemap"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    # Link previews (og:image) of pages, drawn on the server (icc_site/preview_views.py).
    path(
        "preview-images/pages/<int:page_id>.png",
        preview_views.page_preview_image,
        name="page_preview_image",
    ),
    # The site's icons: the manifest names the site in the visitor's language; browsers that
    # ignore the <link> tags still ask for /favicon.ico, and phones for /apple-touch-icon.png.
    path(
        "site.webmanifest",
        TemplateView.as_view(
            template_name="site.webmanifest", content_type="application/manifest+json"
        ),
        name="web_manifest",
    ),
    # (lazy: the hashed name in production is known only once the storage's manifest is read)
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("brand/favicon.ico"))),
    path(
        "apple-touch-icon.png",
        RedirectView.as_view(url=lazy(static, str)("brand/apple-touch-icon.png")),
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SERVE_MEDIA", False):
    # `make serve` on loopback (production settings, no web server in front): uploaded images
    # through Django. Documents stay behind Wagtail's view and its safe headers.
    from django.urls import re_path
    from django.views.static import serve as serve_media

    urlpatterns += [
        re_path(
            r"^media/(?!documents/)(?P<path>.*)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every public URL carries its language: /en/..., /fr/... A request for "/" is redirected by
# LocaleMiddleware to the language the browser prefers (Accept-Language).
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("preview-images/site.png", preview_views.site_preview_image, name="site_preview_image"),
    path(
        "preview-images/tools/<slug:tool_slug>.png",
        preview_views.tool_landing_preview_image,
        name="tool_landing_preview_image",
    ),
    path(
        "preview-images/tools/<slug:tool_slug>/<slug:city_slug>.png",
        preview_views.tool_preview_image,
        name="tool_preview_image",
    ),
    # An Index round's contributors, by their invitation links (intercultural_index.rounds).
    path("", include("intercultural_index.rounds.urls")),
    path("", include("tools.urls")),
    path("", include(routing)),  # Wagtail's pages (icc_site/routing.py)
    prefix_default_language=True,
)
