"""The campaign library's search, filters and facet counts.

Filters come from repeatable GET parameters whose values are slugs (`topic`, `audience`,
`age`, `type`) or codes (`language`, `country`). Values of one filter are alternatives (any
of them), different filters all apply. `type` and `language` describe resources and are
matched on the same resource: `type=lesson-plan&language=fr` finds campaigns with a French
lesson plan.

Each facet's counts apply every other active filter but not its own, so readers see how
many results each choice would give. The number of queries is fixed: one per list of
terms, one grouped count per facet (over the relation tables, never per option), one per
long facet for what the whole library holds, the result count and page, and the prefetches of the page shown. With search words the search
backend returns the matching ids first and everything else works on those ids.

Unknown values, repeated values and out-of-range pages are dropped or clamped, never errors.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.db.models.functions import Lower
from django.utils.translation import get_language_info, gettext_lazy, pgettext_lazy
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.filters import ActiveFilter, Facet, Option, page_number, read_values
from core.search import clean_query
from directory.countries import sorted_by_name

from .models import (
    AgeBand,
    Audience,
    CampaignPage,
    Resource,
    ResourceType,
    Topic,
    terms_by_key,
    visible_campaigns,
)

SORT_NEWEST = "newest"
SORT_TITLE = "title"
SORT_RELEVANCE = "relevance"
SORT_LABELS = {
    SORT_RELEVANCE: pgettext_lazy("sort order", "Best match"),
    SORT_NEWEST: pgettext_lazy("sort order", "Newest first"),
    SORT_TITLE: pgettext_lazy("sort order", "Title (A–Z)"),
}


@dataclass
class LibraryResults:
    query: str
    query_was_cut: bool
    sort: str
    sort_options: list
    facets: list
    active_filters: list
    page_obj: object
    campaigns: list
    result_count: int
    hidden: list

    @property
    def is_filtered(self):
        return bool(self.query or self.active_filters)


class TermFacet:
    """A facet over one of the campaign's taxonomy relations."""

    def __init__(self, name, label, model, relation):
        self.name = name
        self.label = label
        self.model = model
        self.relation = relation  # the ParentalManyToManyField on CampaignPage
        self.through = getattr(CampaignPage, relation).through
        self.term_column = f"{model._meta.model_name}__translation_key"

    def condition(self, keys):
        return Q(
            pk__in=self.through.objects.filter(**{f"{self.term_column}__in": keys}).values(
                "campaignpage_id"
            )
        )

    def counts(self, campaigns):
        rows = (
            self.through.objects.filter(campaignpage_id__in=campaigns.values("pk"))
            .values(self.term_column)
            .annotate(count=Count("campaignpage_id", distinct=True))
            .order_by()
        )
        return {row[self.term_column]: row["count"] for row in rows}


class ResourceFacet:
    """A facet over the campaign's resources (type or language)."""

    def __init__(self, name, label, column):
        self.name = name
        self.label = label
        self.column = column

    def counts(self, campaigns, resource_filter):
        rows = (
            Resource.objects.filter(page_id__in=campaigns.values("pk"), **resource_filter)
            .values(self.column)
            .annotate(count=Count("page_id", distinct=True))
            .order_by()
        )
        return {row[self.column]: row["count"] for row in rows}


class CountryFacet(TermFacet):
    """Countries: keyed by ISO code, named by Babel in the reader's language."""

    def __init__(self, name, label):
        self.name = name
        self.label = label
        self.through = CampaignPage.countries.through
        self.term_column = "country_id"

    def options_for(self, language_code):
        """[(key, value, label, lang)] for every country. One query."""
        from directory.models import Country

        codes = Country.objects.values_list("code", flat=True)
        return [
            (code, code.lower(), name, "") for code, name in sorted_by_name(codes, language_code)
        ]


TERM_FACETS = [
    TermFacet("topic", gettext_lazy("Topic"), Topic, "topics"),
    TermFacet("audience", gettext_lazy("For whom"), Audience, "audiences"),
    TermFacet("age", gettext_lazy("Age"), AgeBand, "age_bands"),
]
COUNTRY_FACET = CountryFacet("country", gettext_lazy("Country"))
TYPE_FACET = ResourceFacet(
    "type", gettext_lazy("Type of material"), "resource_type__translation_key"
)
LANGUAGE_FACET = ResourceFacet("language", gettext_lazy("Language of the material"), "language")
FACET_ORDER = ["topic", "audience", "age", "type", "language", "country"]
# Long lists (28 languages, every country) where most values have no material anywhere:
# values the whole library has no campaign for are left out, so the page stays short;
# values with material elsewhere in the library show, disabled when the current filters
# leave them no results, like the other facets.
SPARSE_FACETS = {"language", "country"}


def read_sort(params, has_query):
    sort = str(params.get("sort", "")).strip().lower()
    allowed = [SORT_NEWEST, SORT_TITLE] + ([SORT_RELEVANCE] if has_query else [])
    if sort in allowed:
        return sort
    return SORT_RELEVANCE if has_query else SORT_NEWEST


def language_options():
    options = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        options.append((code, code, info["name_local"], code))
    return options


def search_library(params, *, locale=None, per_page=12):
    """Everything the library page shows for the query string `params` (a QueryDict)."""
    locale = locale or Locale.get_active()
    raw_query = params.get("q", "")
    query = clean_query(raw_query)
    sort = read_sort(params, bool(query))

    # Options of every facet, and what the reader selected among them (unknown values drop).
    catalogues = {
        model: terms_by_key(model, locale) for model in (Topic, Audience, AgeBand, ResourceType)
    }
    facet_options = {
        facet.name: [
            (key, term.slug, term.name, "") for key, term in catalogues[facet.model].items()
        ]
        for facet in TERM_FACETS
    }
    facet_options["type"] = [
        (key, term.slug, term.name, "") for key, term in catalogues[ResourceType].items()
    ]
    facet_options["language"] = language_options()
    facet_options["country"] = COUNTRY_FACET.options_for(locale.language_code)
    selected = {}
    for name in FACET_ORDER:
        by_value = {value: key for key, value, _label, _lang in facet_options[name]}
        selected[name] = [
            by_value[value] for value in read_values(params, name) if value in by_value
        ]

    campaigns = visible_campaigns(locale)
    if query:
        # The backend only narrows the ids; visibility is applied by `campaigns` itself.
        matches = (
            CampaignPage.objects.live()
            .filter(locale=locale)
            .only("id")
            .search(query, operator="and", order_by_relevance=sort == SORT_RELEVANCE)
        )
        ranked_ids = [match.pk for match in matches]
        campaigns = campaigns.filter(pk__in=ranked_ids)
    else:
        ranked_ids = []

    campaign_facets = [*TERM_FACETS, COUNTRY_FACET]
    term_conditions = {
        facet.name: facet.condition(selected[facet.name])
        for facet in campaign_facets
        if selected[facet.name]
    }
    type_filter = (
        {"resource_type__translation_key__in": selected["type"]} if selected["type"] else {}
    )
    language_filter = {"language__in": selected["language"]} if selected["language"] else {}

    def resource_condition(resource_filter):
        if not resource_filter:
            return Q()
        return Q(pk__in=Resource.objects.filter(**resource_filter).values("page_id"))

    def apply(queryset, conditions):
        for condition in conditions:
            queryset = queryset.filter(condition)
        return queryset

    # Counts: each facet without its own filter, with all the others.
    counts = {}
    for facet in campaign_facets:
        others = [c for name, c in term_conditions.items() if name != facet.name]
        others.append(resource_condition({**type_filter, **language_filter}))
        counts[facet.name] = facet.counts(apply(campaigns, others))
    campaigns_by_terms = apply(campaigns, term_conditions.values())
    counts["type"] = TYPE_FACET.counts(campaigns_by_terms, language_filter)
    counts["language"] = LANGUAGE_FACET.counts(campaigns_by_terms, type_filter)
    # What the library holds at all, without search words or filters (two grouped queries).
    in_library = {
        "language": LANGUAGE_FACET.counts(visible_campaigns(locale), {}),
        "country": COUNTRY_FACET.counts(visible_campaigns(locale)),
    }

    results = campaigns_by_terms.filter(resource_condition({**type_filter, **language_filter}))

    facets = []
    active_filters = []
    labels = {
        **{facet.name: facet.label for facet in campaign_facets},
        "type": TYPE_FACET.label,
        "language": LANGUAGE_FACET.label,
    }
    for name in FACET_ORDER:
        facet = Facet(name=name, label=labels[name])
        for key, value, label, lang in facet_options[name]:
            is_selected = key in selected[name]
            count = counts[name].get(key, 0)
            if name in SPARSE_FACETS and not in_library[name].get(key) and not is_selected:
                continue
            facet.options.append(
                Option(value=value, label=label, count=count, selected=is_selected, lang=lang)
            )
            if is_selected:
                active_filters.append(
                    ActiveFilter(
                        name=name,
                        value=value,
                        label=label,
                        remove_url=_query_string(params, remove=(name, value)),
                    )
                )
        facets.append(facet)

    page_obj, campaigns_shown = _paginate(results, sort, ranked_ids, params, per_page)
    attach_card_details(campaigns_shown, catalogues)

    hidden = [("sort", sort)] if "sort" in params else []
    return LibraryResults(
        query=query,
        query_was_cut=len(str(raw_query)) > settings.SEARCH_QUERY_MAX_LENGTH,
        sort=sort,
        sort_options=[
            (value, SORT_LABELS[value])
            for value in ([SORT_RELEVANCE] if query else []) + [SORT_NEWEST, SORT_TITLE]
        ],
        facets=facets,
        active_filters=active_filters,
        page_obj=page_obj,
        campaigns=campaigns_shown,
        result_count=page_obj.paginator.count,
        hidden=hidden,
    )


def _paginate(results, sort, ranked_ids, params, per_page):
    number = page_number(params.get("page"))
    if sort == SORT_RELEVANCE and ranked_ids:
        # The search backend ranked the matches; keep its order over the filtered ids.
        allowed = set(results.values_list("pk", flat=True))
        ordered = [pk for pk in ranked_ids if pk in allowed]
        paginator = Paginator(ordered, per_page)
        page_obj = paginator.get_page(number)
        shown = card_queryset(CampaignPage.objects.filter(pk__in=list(page_obj.object_list)))
        by_pk = {campaign.pk: campaign for campaign in shown}
        campaigns = [by_pk[pk] for pk in page_obj.object_list if pk in by_pk]
        return page_obj, campaigns
    if sort == SORT_TITLE:
        ordered = results.order_by(Lower("title"), "pk")
    else:
        ordered = results.order_by("-first_published_at", "-pk")
    paginator = Paginator(card_queryset(ordered), per_page)
    page_obj = paginator.get_page(number)
    return page_obj, list(page_obj.object_list)


def card_queryset(queryset):
    images = get_image_model().objects.prefetch_renditions()
    return queryset.select_related("locale").prefetch_related(
        Prefetch("hero_image", queryset=images),
        Prefetch("topics", queryset=Topic.objects.only("id", "translation_key")),
        Prefetch("age_bands", queryset=AgeBand.objects.only("id", "translation_key")),
        Prefetch(
            "resources",
            queryset=Resource.objects.only(
                "id", "page_id", "sort_order", "language", "resource_type_id"
            ).select_related("resource_type"),
        ),
    )


def attach_card_details(campaigns, catalogues):
    """Give each campaign `.card_tags` (topics and ages in the reader's language) and
    `.card_meta` (its kinds of material and their languages), from what `card_queryset`
    prefetched and the vocabularies in `catalogues` (see terms_by_key). No queries."""
    topics, ages, types = catalogues[Topic], catalogues[AgeBand], catalogues[ResourceType]
    for campaign in campaigns:
        campaign_topics = {term.translation_key for term in campaign.topics.all()}
        campaign_ages = {term.translation_key for term in campaign.age_bands.all()}
        campaign.card_tags = [
            (term.name, None) for key, term in topics.items() if key in campaign_topics
        ] + [(term.name, None) for key, term in ages.items() if key in campaign_ages]
        type_keys = {r.resource_type.translation_key for r in campaign.resources.all()}
        languages = []
        for resource in campaign.resources.all():
            if resource.language not in languages:
                languages.append(resource.language)
        type_names = [term.name for key, term in types.items() if key in type_keys]
        language_names = [get_language_info(code)["name_local"] for code in languages]
        campaign.card_meta = " · ".join(
            part for part in (", ".join(type_names), ", ".join(language_names)) if part
        )


def _query_string(params, *, remove):
    """The current query string without one value of one filter, and without the page."""
    query = params.copy()
    query.pop("page", None)
    name, value = remove
    remaining = [v for v in query.getlist(name) if str(v).strip().lower() != value]
    if remaining:
        query.setlist(name, remaining)
    else:
        query.pop(name, None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
