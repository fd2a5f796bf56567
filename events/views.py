"""Views behind the routes of the Safer Internet Day section (SaferInternetDayIndexPage)."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.translation_links import page_languages
from directory.countries import country_name

from .calendar import build_calendar, calendar_response
from .figures import bar_chart, country_map
from .formats import reader_date
from .listing import (
    WHEN_PAST,
    WHEN_UPCOMING,
    attach_card_details,
    calendar_events,
    card_queryset,
    search_events,
    visible_events,
)
from .models import (
    AUDIENCE_NAMES,
    EventIndexPage,
    EventStatus,
    SaferInternetDay,
    SaferInternetDayIndexPage,
    reader_slogans,
)
from .structured_data import event_json_ld


@dataclass(frozen=True)
class RoutePage:
    """Stands in for a page in the breadcrumbs component: a route below a real page."""

    title: str
    parent: Page

    @property
    def depth(self):
        return self.parent.depth + 1

    def get_ancestors(self):
        return Page.objects.ancestor_of(self.parent, inclusive=True)


def set_route_languages(request, page, suffix):
    """Point the language switcher and hreflang alternates at `suffix` below `page` in
    each language (base.html reads what `languages_for` cached on the request)."""
    languages = page_languages(request, page)

    def with_suffix(url):
        path, sep, query = url.partition("?")
        if path.rstrip("/").count("/") < 2:  # a bare /<lang>/: the section is missing there
            return url
        return f"{path}{suffix}{sep}{query}"

    request._hub_languages = replace(
        languages,
        links=[replace(link, url=with_suffix(link.url)) for link in languages.links],
        alternates=[(code, with_suffix(url)) for code, url in languages.alternates],
    )


def edition_summary(edition, page, request, language_code):
    return {
        "edition": edition,
        "year": edition.year,
        "url": page.edition_url(edition.year, request),
        "date": edition.date,
        "date_display": reader_date(edition.date, language_code),
        "slogan": edition.slogan,
        "is_provisional": edition.is_provisional,
    }


def sid_index(page, request):
    """What SID is, then every edition, newest first: a fixed number of queries."""
    language_code = get_language()
    editions = SaferInternetDay.objects.order_by("-year").with_reader_slogans(language_code)
    context = {
        "editions": [
            edition_summary(edition, page, request, language_code) for edition in editions
        ],
    }
    return page.render(request, context_overrides=context)


def sid_edition(page, request, year):
    """One edition: date, slogan, national themes; 404 for a year without an edition."""
    language_code = get_language()
    edition = (
        SaferInternetDay.objects.filter(year=year)
        .select_related("global_slogan")
        .prefetch_related("national_themes")
        .first()
    )
    if edition is None:
        raise Http404("No Safer Internet Day edition for this year")
    edition._reader_slogan = reader_slogans([edition], language_code).get(edition.pk)
    neighbours = list(
        SaferInternetDay.objects.filter(year__in=(year - 1, year + 1)).values_list(
            "year", flat=True
        )
    )
    themes = sorted(
        (
            {
                "country_code": theme.country_code,
                "country": country_name(theme.country_code, language_code),
                "theme": theme.theme,
                "lang": theme.language,
            }
            for theme in edition.national_themes.all()
        ),
        key=lambda theme: theme["country"].casefold(),
    )
    title = f"{page.title} {edition.year}"
    context = page.get_context(request)
    context.update(
        {
            "summary": edition_summary(edition, page, request, language_code),
            "themes": themes,
            "page_title": title,
            "section_url": page.get_url(request),
            "previous_url": page.edition_url(year - 1, request) if year - 1 in neighbours else "",
            "previous_year": year - 1,
            "next_url": page.edition_url(year + 1, request) if year + 1 in neighbours else "",
            "next_year": year + 1,
            "crumb_page": RoutePage(title=str(edition.year), parent=page),
            "figures": edition_figures(edition, request, language_code),
        }
    )
    set_route_languages(request, page, f"{edition.year}/")
    return TemplateResponse(request, "events/safer_internet_day_edition.html", context)


# --- Events ----------------------------------------------------------------------------------


def _query_string(params):
    pairs = [(name, value) for name, values in params.items() for value in values]
    return urlencode(pairs)


def event_index(page, request):
    """The listing: filters with counts, a country overview, a page of events."""
    language_code = get_language()
    results = search_events(
        request.GET, request=request, per_page=page.results_per_page, language_code=language_code
    )
    params = results.params

    def url_for_code(code):
        chosen = {name: values for name, values in params.items() if name != "country"}
        chosen["country"] = [code.lower()]
        return "?" + _query_string(chosen)

    section_url = page.get_url(request) or ""
    query = _query_string(params)
    calendar_url = section_url + page.reverse_subpage("calendar") + (f"?{query}" if query else "")
    other_when = WHEN_PAST if results.when == WHEN_UPCOMING else WHEN_UPCOMING
    when_params = {name: values for name, values in params.items() if name != "when"}
    if other_when != WHEN_UPCOMING:
        when_params["when"] = [other_when]
    context = {
        "results": results,
        "country_map": country_map(results.country_counts, language_code, url_for_code),
        "calendar_url": calendar_url,
        # The listing's own count tells whether its calendar file leaves events out.
        "calendar_max_events": settings.EVENT_CALENDAR_MAX_EVENTS,
        "calendar_is_cut": results.result_count > settings.EVENT_CALENDAR_MAX_EVENTS,
        "other_when": other_when,
        "other_when_url": "?" + _query_string(when_params),
        "other_when_count": results.when_counts.get(other_when, 0),
        "section_url": section_url,
    }
    return page.render(request, context_overrides=context)


def event_index_calendar(page, request):
    """The filtered listing as an .ics file (at most EVENT_CALENDAR_MAX_EVENTS events)."""
    language_code = get_language()
    events = calendar_events(request.GET, language_code=language_code)
    name = f"{page.title} · {_('Safer Internet Hub')}"
    return calendar_response(build_calendar(events, name, request), "events.ics")


def event_calendar(event, request):
    return calendar_response(
        build_calendar([event], event.title, request), f"{event.slug[:60] or 'event'}.ics"
    )


def event_page_context(event, request):
    """What an event page shows beyond its fields: times in words, names in the reader's
    language, the section and edition links. A fixed number of queries."""
    language_code = get_language()
    audiences = [str(AUDIENCE_NAMES.get(slug, slug)) for slug in event.audience_slugs]
    languages = [(code, get_language_info(code)["name_local"]) for code in event.language_codes]
    edition_url = ""
    edition = event.edition if event.edition_id else None
    if edition is not None:
        section = (
            SaferInternetDayIndexPage.objects.live()
            .public()
            .filter(locale__language_code=language_code)
            .first()
        )
        if section is not None:
            edition_url = section.edition_url(edition.year, request)
    parent = event.get_parent() if event.path else None
    return {
        "when": event.when(language_code) if event.start and event.end else None,
        "country_display": country_name(event.country_id, language_code)
        if event.country_id
        else "",
        "audience_names": audiences,
        "language_names": languages,
        "edition_url": edition_url,
        "events_url": parent.get_url(request) if parent is not None and parent.live else "",
        "calendar_url": (event.get_url(request) or "") + "calendar/" if event.pk else "",
        "json_ld": event_json_ld(event, request) if event.start and event.end else "",
        "status_kind": STATUS_NOTICE_KIND.get(event.status, ""),
    }


STATUS_NOTICE_KIND = {
    EventStatus.CANCELLED: "danger",
    EventStatus.POSTPONED: "warning",
    EventStatus.MOVED_ONLINE: "info",
}


def events_section(language_code):
    """The reader's events section (the English one where a language has none), or None."""
    sections = {
        page.locale.language_code: page
        for page in EventIndexPage.objects.live()
        .public()
        .filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE})
        .select_related("locale")
    }
    return sections.get(language_code) or sections.get(settings.LANGUAGE_CODE)


CHART_COUNTRIES = 10


def edition_figures(edition, request, language_code, now=None):
    """An edition's events in numbers (events, countries, organisers), events per country
    and per edition as bar charts, and its soonest events. A fixed number of queries."""
    now = now or timezone.now()
    visible = visible_events()
    events = visible.filter(edition=edition)
    totals = events.aggregate(
        events=Count("pk"),
        countries=Count("country", distinct=True),
        organisers=Count("organiser_name", distinct=True),
    )
    section = events_section(language_code)
    section_url = section.get_url(request) if section is not None else ""
    when = WHEN_UPCOMING if edition.date >= now.date() else WHEN_PAST

    def listing_url(**params):
        if not section_url:
            return ""
        pairs = [("edition", str(edition.year))]
        if when == WHEN_PAST:
            pairs.append(("when", WHEN_PAST))
        pairs.extend(params.items())
        return f"{section_url}?{urlencode(pairs)}"

    per_country = (
        events.exclude(country__isnull=True)
        .values_list("country_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "country_id")
    )
    country_rows = [
        (country_name(code, language_code), n, listing_url(country=code.lower()))
        for code, n in per_country
    ]
    per_year = dict(
        visible.exclude(edition__isnull=True)
        .values_list("edition__year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    years = SaferInternetDay.objects.order_by("year").values_list("year", flat=True)
    year_rows = [(str(year), per_year.get(year, 0), "") for year in years]
    soonest = list(card_queryset(events).order_by("start", "pk")[:6])
    for event in soonest:
        attach_card_details(event, request, language_code)
    return {
        "totals": totals,
        # Ten bars stay readable; the table lists every country, so it adds up to the
        # "countries" figure above it.
        "country_chart": bar_chart(country_rows[:CHART_COUNTRIES]),
        "country_chart_is_cut": len(country_rows) > CHART_COUNTRIES,
        "country_rows": country_rows,
        "year_chart": bar_chart(year_rows, label_width=50),
        "year_rows": year_rows,
        "events": soonest,
        "listing_url": listing_url(),
        "current_year": str(edition.year),
    }
