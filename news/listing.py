"""Querysets and context for the news listing, articles and feeds, in a fixed number of queries.

Filters follow the campaign library's style: repeatable GET parameters `category`, `tag`,
`year` with slugs (or years) as values, and `page`. Values of one kind widen the choice
(OR), different kinds narrow it (AND). Values nobody uses are ignored and the reader is told.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.timezone import localtime
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from taggit.models import Tag

from core.filters import page_number
from core.links import localized_pages

from .jsonld import article_json_ld

MAX_VALUES_PER_FILTER = 20
MAX_VALUE_LENGTH = 100
# The most used tags are offered as filters; any tag still works from a link or the URL.
MAX_TAG_OPTIONS = 30


@dataclass(frozen=True)
class FilterOption:
    value: str
    label: str
    count: int | None
    selected: bool
    disabled: bool = False


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    options: list


@dataclass(frozen=True)
class ActiveFilter:
    kind: str  # "category", "tag" or "year"
    label: str
    remove_url: str


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    type: str  # the page model's label, as the API's `type` filter spells it
    country_code: str = ""  # a help country's ISO code, for "where to get help in …"


@dataclass(frozen=True)
class FeedLink:
    mime_type: str
    title: str
    url: str


def localized_categories(language_code=None):
    """{slug: category} named in `language_code` (default: the active language), falling back
    to the source language for categories not yet translated. One query."""
    from .models import ArticleCategory

    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    source = settings.LANGUAGE_CODE
    result = {}
    for category in ArticleCategory.objects.filter(
        locale__language_code__in={language_code, source}
    ).select_related("locale"):
        if category.slug not in result or category.locale.language_code == language_code:
            result[category.slug] = category
    return dict(sorted(result.items(), key=lambda item: item[1].name.casefold()))


def _requested(request, name):
    values = []
    for raw in request.GET.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = raw.strip()[:MAX_VALUE_LENGTH]
        if value and value not in values:
            values.append(value)
    return values


def _requested_years(request):
    years = []
    for value in _requested(request, "year"):
        if value.isascii() and value.isdigit() and len(value) == 4:
            years.append(int(value))
        else:
            years.append(None)  # not a year at all: reported as ignored
    return years


def _listing_url(path, chosen, without=None):
    """The listing with the filters in `chosen` ({name: [values]}) except `without`
    ((name, value)); unknown values and the page number are dropped."""
    pairs = [
        (name, value)
        for name, values in chosen.items()
        for value in values
        if (name, value) != without
    ]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def with_card_data(articles, categories_by_key, index_url=None):
    """Attach what a card shows: categories in the reader's language, tags, and (with
    `index_url`) links that filter the listing by each of them."""
    for article in articles:
        article.card_categories = [
            categories_by_key.get(category.translation_key, category)
            for category in article.categories.all()
        ]
        article.card_tags = [item.tag for item in article.tagged_items.all()]
        if index_url is not None:
            article.card_links = [
                (category.name, f"{index_url}?{urlencode({'category': category.slug})}")
                for category in article.card_categories
            ] + [
                (f"#{tag.name}", f"{index_url}?{urlencode({'tag': tag.slug})}")
                for tag in article.card_tags
            ]
            parts = [date_format(localtime(article.date), "DATE_FORMAT")]
            if article.source_organisation is not None:
                parts.append(article.source_organisation.name)
            article.card_meta = " · ".join(parts)
    return articles


def card_queryset(queryset):
    from .models import ArticleCategory, ArticlePageTag

    return (
        queryset.defer_streamfields()
        .select_related("source_organisation")
        .annotate(source_language=F("alias_of__locale__language_code"))
        .prefetch_related(
            Prefetch(
                "categories",
                queryset=ArticleCategory.objects.only("id", "translation_key", "slug", "name"),
            ),
            Prefetch("tagged_items", queryset=ArticlePageTag.objects.select_related("tag")),
        )
    )


def feed_links(index_page, request, category=None):
    """RSS and Atom links for the language, and for `category` when one is chosen."""
    links = [
        FeedLink(
            "application/rss+xml", _("News (RSS)"), index_page.feed_url("rss", request=request)
        ),
        FeedLink(
            "application/atom+xml", _("News (Atom)"), index_page.feed_url("atom", request=request)
        ),
    ]
    if category is not None:
        links += [
            FeedLink(
                "application/rss+xml",
                _("News: %(category)s (RSS)") % {"category": category.name},
                index_page.feed_url("rss", category.slug, request=request),
            ),
            FeedLink(
                "application/atom+xml",
                _("News: %(category)s (Atom)") % {"category": category.name},
                index_page.feed_url("atom", category.slug, request=request),
            ),
        ]
    return links


def article_listing(index_page, request):
    """Context for the news index: filter options, the chosen page of articles, feed links."""
    from .models import ArticlePage, ArticlePageTag

    base = index_page.articles()
    categories = localized_categories()
    categories_by_key = {category.translation_key: category for category in categories.values()}

    category_counts = dict(
        ArticlePage.categories.through.objects.filter(articlepage__in=base.values("pk"))
        .values_list("articlecategory__slug")
        .annotate(n=Count("pk"))
    )
    tag_counts = {
        row["slug"]: row
        for row in Tag.objects.filter(
            news_articlepagetag_items__content_object__in=base.values("pk")
        )
        .values("slug", "name")
        .annotate(n=Count("news_articlepagetag_items"))
        .order_by("-n", "name")
    }
    year_counts = dict(
        base.order_by()
        .annotate(year=ExtractYear("date"))
        .values_list("year")
        .annotate(n=Count("pk"))
        .order_by("-year")
    )
    years = list(year_counts)

    wanted_categories = _requested(request, "category")
    wanted_tags = _requested(request, "tag")
    wanted_years = _requested_years(request)
    chosen_categories = [slug for slug in wanted_categories if slug in categories]
    chosen_tags = [slug for slug in wanted_tags if slug in tag_counts]
    chosen_years = [year for year in wanted_years if year in years]
    ignored = (
        len(chosen_categories) < len(wanted_categories)
        or len(chosen_tags) < len(wanted_tags)
        or len(chosen_years) < len(wanted_years)
    )

    articles = base
    if chosen_categories:
        articles = articles.filter(
            pk__in=ArticlePage.categories.through.objects.filter(
                articlecategory__slug__in=chosen_categories
            ).values("articlepage_id")
        )
    if chosen_tags:
        articles = articles.filter(
            pk__in=ArticlePageTag.objects.filter(tag__slug__in=chosen_tags).values(
                "content_object_id"
            )
        )
    if chosen_years:
        in_years = Q()
        for year in chosen_years:
            in_years |= Q(date__year=year)
        articles = articles.filter(in_years)

    paginator = Paginator(card_queryset(articles), index_page.articles_per_page)
    page_obj = paginator.get_page(page_number(request.GET.get("page")))
    with_card_data(page_obj.object_list, categories_by_key, index_page.get_url(request))

    chosen = {
        "category": chosen_categories,
        "tag": chosen_tags,
        "year": [str(year) for year in chosen_years],
    }
    labels = {
        "category": {slug: categories[slug].name for slug in chosen_categories},
        "tag": {slug: tag_counts[slug]["name"] for slug in chosen_tags},
        "year": {str(year): str(year) for year in chosen_years},
    }
    active_filters = [
        ActiveFilter(name, labels[name][value], _listing_url(request.path, chosen, (name, value)))
        for name, values in chosen.items()
        for value in values
    ]

    single_category = categories[chosen_categories[0]] if len(chosen_categories) == 1 else None
    facets = [
        Facet(
            "category",
            _("Category"),
            [
                FilterOption(
                    slug, category.name, category_counts.get(slug, 0), slug in chosen_categories
                )
                for slug, category in categories.items()
                if category_counts.get(slug) or slug in chosen_categories
            ],
        ),
        Facet(
            "year",
            _("Year"),
            [
                FilterOption(str(year), str(year), count, year in chosen_years)
                for year, count in year_counts.items()
            ],
        ),
        Facet(
            "tag",
            _("Tag"),
            [
                FilterOption(slug, row["name"], row["n"], slug in chosen_tags)
                for position, (slug, row) in enumerate(tag_counts.items())
                if position < MAX_TAG_OPTIONS or slug in chosen_tags
            ],
        ),
    ]
    return {
        "articles": page_obj.object_list,
        "page_obj": page_obj,
        "facets": facets,
        "active_filters": active_filters,
        "ignored_filters": ignored,
        "has_filters": bool(active_filters),
        "chosen_category": single_category,
        "feed_links": feed_links(index_page, request, single_category),
    }


def safer_internet_day_link(article, request):
    """The article's Safer Internet Day edition and the address of its page in the
    article's language ("" while the events app has no such page), or None."""
    edition = article.sid_edition
    if edition is None:
        return None
    url = ""
    try:
        from events.models import SaferInternetDayIndexPage
    except ImportError:  # pragma: no cover - the events app without its SID section
        SaferInternetDayIndexPage = None
    if SaferInternetDayIndexPage is not None:
        sid_index = (
            SaferInternetDayIndexPage.objects.live()
            .public()
            .filter(locale_id=article.locale_id)
            .first()
        )
        if sid_index is not None:
            url = sid_index.edition_url(edition.year, request)
    return {"edition": edition, "url": url}


def related_links(article, language_code=None, request=None):
    """The article's related campaigns, events and help pages that are live, each in
    `language_code` (default: the active language) where translated. Two queries."""
    from directory.countries import country_name

    items = list(article.related_pages.select_related("page"))
    localized = localized_pages([item.page for item in items], language_code)
    links = []
    for item in items:
        page = localized.get(item.page_id)
        if page is None:  # a draft, or unpublished since it was linked
            continue
        url = page.get_url(request)
        if not url:
            continue
        page_type = page.specific_class._meta.label
        if item.help_country_id:
            name = country_name(item.help_country_id, language_code)
            title = _("Where to get help in %(country)s") % {"country": name}
            url = f"{url}{item.help_country_id.lower()}/"
        else:
            title = page.title
        links.append(RelatedLink(title, url, page_type, item.help_country_id or ""))
    return links


def article_detail(article, request):
    """Context for one article: categories in the reader's language, tags, related pages,
    feed links and the schema.org description."""
    categories = localized_categories()
    categories_by_key = {category.translation_key: category for category in categories.values()}
    article_categories = [
        categories_by_key.get(category.translation_key, category)
        for category in article.categories.all()
    ]
    article_tags = list(article.tags.all())
    index_page = article.get_parent().specific
    sid = safer_internet_day_link(article, request)
    return {
        "safer_internet_day": sid,
        "article_categories": article_categories,
        "article_tags": article_tags,
        "related_pages": related_links(article, request=request),
        "index_page": index_page,
        "feed_links": feed_links(index_page, request),
        "json_ld": article_json_ld(article, request, article_categories, article_tags, sid),
    }
