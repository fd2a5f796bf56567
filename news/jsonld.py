"""schema.org NewsArticle description of an article, for search engines and news readers."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Site


def _site_publisher(request):
    # Site.find_for_request caches on the request: no query once the page is being served.
    site = Site.find_for_request(request)
    name = (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
    return {
        "@type": "Organization",
        "name": name,
        "url": request.build_absolute_uri(f"/{get_language() or settings.LANGUAGE_CODE}/"),
    }


def article_json_ld(article, request, categories=(), tags=(), safer_internet_day=None):
    """A dict ready for json.dumps; values are plain text (escaping happens on output)."""
    url = request.build_absolute_uri(article.get_url(request))
    publisher = _site_publisher(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": article.date.isoformat(),
        "dateModified": (article.last_published_at or article.date).isoformat(),
        "inLanguage": article.content_language,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "publisher": publisher,
        "author": publisher,
    }
    organisation = article.source_organisation
    if organisation is not None:
        data["author"] = {"@type": "Organization", "name": organisation.name}
        if organisation.website:
            data["author"]["url"] = organisation.website
    if article.dateline:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if categories:
        data["articleSection"] = [category.name for category in categories]
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    if safer_internet_day:
        edition = safer_internet_day["edition"]
        about = {
            "@type": "Event",
            "name": str(edition),
            "startDate": edition.date.isoformat(),
        }
        if safer_internet_day["url"]:
            about["url"] = request.build_absolute_uri(safer_internet_day["url"])
        data["about"] = about
    if article.source_url:
        source = {"@type": "CreativeWork", "url": article.source_url}
        if article.source_title:
            source["name"] = article.source_title
        data["isBasedOn"] = source
        data["citation"] = source
    return data
