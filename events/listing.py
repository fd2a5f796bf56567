"""The events listing: filters, facet counts and the page of results.

Filters are GET parameters: `q` (words), `edition` (year), `country` (ISO code, any case),
`language` (code), `audience` (slug), `mode` (`in-person`, `online`, `mixed`) — each
repeatable, values of one filter are alternatives — and `when` (`upcoming`, the default, or
`past`). Each facet's counts apply every other filter but its own, so a reader sees what a
choice would give. The number of queries does not depend on the number of events: one
grouped count per facet, the result count, the page of rows and its prefetch.

Unknown values, repeated values, overlong input and bad page numbers are dropped or clamped.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info, gettext_lazy

from core.filters import ActiveFilter, Facet, Option, page_number, read_values
from core.search import clean_query
from directory.countries import country_name, sorted_by_name
from directory.models import Country

from .models import AUDIENCE_NAMES, AttendanceMode, Audience, EventPage, SaferInternetDay

WHEN_UPCOMING = "upcoming"
WHEN_PAST = "past"
FILTER_NAMES = ("edition", "country", "language", "audience", "mode")


@dataclass
class EventResults:
    query: str
    query_was_cut: bool
    when: str
    when_counts: dict
    facets: list
    active_filters: list
    page_obj: object
    events: list
    result_count: int
    country_counts: dict  # ISO code → events with every filter but country applied
    hidden: list
    params: dict  # the cleaned filters, for the calendar link

    @property
    def is_filtered(self):
        return bool(self.query or self.active_filters)


def visible_events():
    """Live, public events of every language."""
    return EventPage.objects.live().public()


def filter_options(language_code):
    """Every value each filter accepts, as (value, label, lang) in display order."""
    years = SaferInternetDay.objects.order_by("-year").values_list("year", flat=True)
    codes = Country.objects.values_list("code", flat=True)
    return {
        "edition": [(str(year), str(year), "") for year in years],
        "country": [
            (code.lower(), name, "") for code, name in sorted_by_name(codes, language_code)
        ],
        "language": [
            (code, get_language_info(code)["name_local"], code) for code, _ in settings.LANGUAGES
        ],
        "audience": [
            (slug, str(AUDIENCE_NAMES.get(slug, slug)), "")
            for slug in Audience.objects.values_list("slug", flat=True)
        ],
        "mode": [(mode.value, capfirst(str(mode.label)), "") for mode in AttendanceMode],
    }


FACET_LABELS = {
    "edition": gettext_lazy("Safer Internet Day"),
    "country": gettext_lazy("Country"),
    "language": gettext_lazy("Language"),
    "audience": gettext_lazy("For whom"),
    "mode": gettext_lazy("Attendance"),
}


# Events always list their languages (EventPage.save adds the page's own when none is given).
RELATIONS = {
    "language": (EventPage.languages.through, "language_id"),
    "audience": (EventPage.audiences.through, "audience_id"),
}


def filter_condition(name, values):
    """The Q object for one filter's selected values (already validated)."""
    if name == "edition":
        return Q(edition__year__in=[int(value) for value in values])
    if name == "country":
        return Q(country_id__in=[value.upper() for value in values])
    if name == "mode":
        return Q(attendance_mode__in=values)
    if name in ("language", "audience"):
        through, column = RELATIONS[name]
        return Q(pk__in=through.objects.filter(**{f"{column}__in": values}).values("eventpage_id"))
    raise ValueError(name)


def when_condition(when, now):
    return Q(end__gte=now) if when == WHEN_UPCOMING else Q(end__lt=now)


def query_condition(query):
    condition = Q()
    for word in query.split():
        condition &= (
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(city__icontains=word)
            | Q(venue_name__icontains=word)
            | Q(organiser_name__icontains=word)
        )
    return condition


def facet_counts(name, events):
    """{value: count} for one facet over `events` (a queryset). One query."""
    if name == "edition":
        rows = events.values_list("edition__year").annotate(n=Count("pk")).order_by()
        return {str(year): n for year, n in rows if year is not None}
    if name == "country":
        rows = events.values_list("country_id").annotate(n=Count("pk")).order_by()
        return {code.lower(): n for code, n in rows if code}
    if name == "mode":
        rows = events.values_list("attendance_mode").annotate(n=Count("pk")).order_by()
        return dict(rows)
    if name in ("language", "audience"):
        through, column = RELATIONS[name]
        rows = (
            through.objects.filter(eventpage_id__in=events.values("pk"))
            .values_list(column)
            .annotate(n=Count("eventpage_id", distinct=True))
            .order_by()
        )
        return dict(rows)
    raise ValueError(name)


@dataclass
class Filters:
    query: str
    query_was_cut: bool
    when: str
    selected: dict  # filter name → valid values chosen
    options: dict  # filter name → [(value, label, lang)]

    def conditions(self):
        return {
            name: filter_condition(name, values) for name, values in self.selected.items() if values
        }

    def params(self):
        """The cleaned filters as {name: [values]}, e.g. for the calendar link."""
        params = {"q": [self.query] if self.query else [], **self.selected}
        if self.when != WHEN_UPCOMING:
            params["when"] = [self.when]
        return params


def read_filters(params, language_code):
    """The filters a reader asked for, keeping only values that exist. Four small queries
    (the values of editions, countries, audiences)."""
    raw_query = str(params.get("q", ""))
    query = clean_query(raw_query)
    query_was_cut = (
        len(raw_query) > settings.SEARCH_QUERY_MAX_LENGTH
        or len(raw_query.split()) > settings.SEARCH_QUERY_MAX_TERMS
    )
    when = str(params.get("when", "")).strip().lower()
    if when not in (WHEN_UPCOMING, WHEN_PAST):
        when = WHEN_UPCOMING
    options = filter_options(language_code)
    selected = {}
    for name in FILTER_NAMES:
        allowed = {value for value, _label, _lang in options[name]}
        selected[name] = [value for value in read_values(params, name) if value in allowed]
    return Filters(query, query_was_cut, when, selected, options)


def filtered_events(filters, now, *, base=None, excluding=None, with_when=True):
    """`base` (default: every visible event) narrowed by the filters; `excluding` leaves one
    filter out (for that facet's counts), `with_when=False` leaves out upcoming/past."""
    events = visible_events() if base is None else base
    if filters.query:
        events = events.filter(query_condition(filters.query))
    for name, condition in filters.conditions().items():
        if name != excluding:
            events = events.filter(condition)
    if with_when:
        events = events.filter(when_condition(filters.when, now))
    return events


def search_events(params, *, request=None, per_page=20, language_code=None, now=None):
    """Everything the events listing shows for the query string `params` (a QueryDict)."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    now = now or timezone.now()
    filters = read_filters(params, language_code)
    selected, options, when = filters.selected, filters.options, filters.when

    # Built once: .public() reads the view restrictions with a query each time it is called.
    base = visible_events()
    facets = []
    counts_by_facet = {}
    for name in FILTER_NAMES:
        counts = facet_counts(name, filtered_events(filters, now, base=base, excluding=name))
        counts_by_facet[name] = counts
        facet_options = [
            Option(
                value=value,
                label=label,
                count=counts.get(value, 0),
                selected=value in selected[name],
                lang=lang,
            )
            for value, label, lang in options[name]
        ]
        if name in ("country", "language", "edition"):
            # Long lists: only values with events (and what the reader chose) are offered.
            facet_options = [o for o in facet_options if o.count or o.selected]
        facets.append(Facet(name=name, label=str(FACET_LABELS[name]), options=facet_options))

    when_counts = filtered_events(filters, now, base=base, with_when=False).aggregate(
        upcoming=Count("pk", filter=Q(end__gte=now)), past=Count("pk", filter=Q(end__lt=now))
    )

    ordering = ("start", "pk") if when == WHEN_UPCOMING else ("-start", "-pk")
    results = card_queryset(filtered_events(filters, now, base=base)).order_by(*ordering)
    paginator = Paginator(results, per_page)
    page_obj = paginator.get_page(page_number(params.get("page")))
    events = list(page_obj.object_list)
    for event in events:
        attach_card_details(event, request, language_code)

    base_params = filters.params()
    labels = {name: {v: label for v, label, _l in options[name]} for name in FILTER_NAMES}
    active_filters = [
        ActiveFilter(
            name=name,
            value=value,
            label=f"{FACET_LABELS[name]}: {labels[name][value]}",
            remove_url=_listing_url(base_params, remove=(name, value)),
        )
        for name in FILTER_NAMES
        for value in selected[name]
    ]
    hidden = [("when", when)] if when != WHEN_UPCOMING else []
    return EventResults(
        query=filters.query,
        query_was_cut=filters.query_was_cut,
        when=when,
        when_counts=when_counts,
        facets=facets,
        active_filters=active_filters,
        page_obj=page_obj,
        events=events,
        result_count=paginator.count,
        country_counts={code.upper(): n for code, n in counts_by_facet["country"].items()},
        hidden=hidden,
        params=base_params,
    )


def card_queryset(events):
    return (
        events.select_related("locale", "edition").prefetch_related("languages").only(*CARD_FIELDS)
    )


CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale",
    "live",
    "translation_key",
    "start",
    "end",
    "time_zone",
    "attendance_mode",
    "status",
    "city",
    "country",
    "organiser_name",
    "is_sample",
    "edition",
    "description",
    "content_type",
)


def attach_card_details(event, request, language_code):
    """What an event card shows, worked out without further queries."""
    event.card_url = event.get_url(request)
    event.card_when = event.when(language_code)
    event.card_country = country_name(event.country_id, language_code) if event.country_id else ""
    event.card_language = event.locale.language_code
    event.card_dir = "rtl" if get_language_info(event.card_language)["bidi"] else "ltr"
    event.reader_dir = "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    languages = [language.code for language in event.languages.all()] or [
        event.locale.language_code
    ]
    event.card_languages = [(code, get_language_info(code)["name_local"]) for code in languages]
    summary = event.description.strip().split("\n", 1)[0]
    event.card_summary = summary if len(summary) <= 220 else summary[:217].rstrip() + "…"


def _listing_url(params, remove=None):
    from urllib.parse import urlencode

    pairs = []
    for name, values in params.items():
        for value in values:
            if remove and (name, value) == remove:
                continue
            pairs.append((name, value))
    return "?" + urlencode(pairs) if pairs else "?"


def calendar_events(params, *, language_code=None, now=None, limit=None):
    """Events for the listing's calendar file: the listing's filters, soonest first, at
    most `limit` (EVENT_CALENDAR_MAX_EVENTS). Fixed number of queries."""
    limit = settings.EVENT_CALENDAR_MAX_EVENTS if limit is None else limit
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    now = now or timezone.now()
    filters = read_filters(params, language_code)
    ordering = ("start", "pk") if filters.when == WHEN_UPCOMING else ("-start", "-pk")
    events = (
        filtered_events(filters, now)
        .select_related("locale", "country")
        .prefetch_related("languages")
        .order_by(*ordering)
    )
    return list(events[:limit])
