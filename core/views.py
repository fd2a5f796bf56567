from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .filters import page_number
from .search import clean_query

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    results = None
    page_obj = None
    if query:
        matches = (
            Page.objects.live()
            .public()
            # Expired but not yet unpublished by publish_scheduled (expire_at is not a
            # search filter field, so exclude by id; there are only ever a few).
            .exclude(
                id__in=list(
                    Page.objects.filter(live=True, expire_at__lte=timezone.now()).values_list(
                        "id", flat=True
                    )
                )
            )
            .filter(locale=Locale.get_active())
            .specific()
            .search(query, operator="and")
        )
        paginator = Paginator(matches, SEARCH_RESULTS_PER_PAGE)
        try:
            page_obj = paginator.page(page_number(request.GET.get("page")))
        except (EmptyPage, PageNotAnInteger):
            page_obj = paginator.page(paginator.num_pages or 1)
        results = page_obj.object_list
    return TemplateResponse(
        request,
        "core/search.html",
        {
            "search_query": query,
            "raw_query_was_cut": len(raw_query) > settings.SEARCH_QUERY_MAX_LENGTH,
            "results": results,
            "page_obj": page_obj,
            "page_title": _("Search"),
        },
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "Allow: /",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request, template_name="500.html"):
    # No database access and no context processors: the database may be the failure.
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"request": None}))
