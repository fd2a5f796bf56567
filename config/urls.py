from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.api import api_router
from core.sitemaps import PagesSitemap


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": PagesSitemap(request)})


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    from django.urls import re_path
    from django.views.static import serve

    # Images only: documents are always served through Wagtail's view, which checks that
    # a published page uses them (a production web server must not expose
    # MEDIA_ROOT/documents/ either).
    prefix = settings.MEDIA_URL.lstrip("/")
    for folder in ("images", "original_images"):
        urlpatterns.append(
            re_path(
                rf"^{prefix}{folder}/(?P<path>.*)$",
                serve,
                {"document_root": settings.MEDIA_ROOT / folder},
            )
        )

urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "core.views.server_error"
