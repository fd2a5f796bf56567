"""Where to get help and where to report, per country: the rules every help view shares.

Report routes, in order:
1. the country's own hotline(s) (INHOPE members take reports of child sexual abuse material);
   then its law-enforcement bodies that take reports online, then the national authority;
2. a country without a hotline: INHOPE's international route (it forwards reports to the
   hotline of the country where the material is hosted), then the national authority.
The site never takes reports itself: every route leads to the official hotline or authority.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.utils.functional import cached_property

from core.validators import https_only

from .countries import country_name, sorted_by_name
from .models import CENTRE_KINDS, Country, Organisation, OrganisationKind, OrganisationPhone

# INHOPE's own address: the international route even before anyone has entered INHOPE as an
# organisation (a fresh site), so no reader is ever left without a place to report.
INHOPE = ("INHOPE", "https://www.inhope.org")


@dataclass(frozen=True)
class ReportRoute:
    kind: str  # "hotline", "international", "law_enforcement" or "authority"
    name: str
    url: str
    organisation: Organisation | None = None

    @property
    def is_fallback(self):
        return self.kind in {"international", "authority"}


@dataclass
class CountryHelp:
    """Everything a reader in one country needs, in the order the pages show it."""

    country: Country | None
    organisations: list = field(default_factory=list)  # this country's, localized
    international: list = field(default_factory=list)  # INHOPE and other international ones

    @property
    def code(self):
        return self.country.code if self.country else ""

    @property
    def url_code(self):
        return self.code.lower()

    @cached_property
    def name(self):
        return country_name(self.code) if self.country else ""

    @property
    def emergency_numbers(self):
        return self.country.emergency_numbers if self.country else ["112"]

    def of_kind(self, *kinds):
        return [org for org in self.organisations if org.kind in kinds]

    @cached_property
    def helplines(self):
        return self.of_kind(OrganisationKind.HELPLINE)

    @property
    def helpline(self):
        return self.helplines[0] if self.helplines else None

    @cached_property
    def hotlines(self):
        return self.of_kind(OrganisationKind.HOTLINE)

    @property
    def has_national_hotline(self):
        return bool(self.hotlines)

    @cached_property
    def international_hotlines(self):
        return [org for org in self.international if org.kind == OrganisationKind.HOTLINE]

    @cached_property
    def international_routes(self):
        routes = [
            ReportRoute("international", org.name, org.report_link, org)
            for org in self.international_hotlines
        ]
        return routes or [ReportRoute("international", *INHOPE)]

    @property
    def international_route(self):
        return self.international_routes[0]

    @cached_property
    def report_routes(self):
        routes = [
            ReportRoute("hotline", org.name, org.report_link, org)
            for org in self.hotlines
            if org.report_link
        ]
        if not routes:
            routes.extend(self.international_routes)
        routes.extend(
            ReportRoute("law_enforcement", org.name, https_only(org.report_url), org)
            for org in self.of_kind(OrganisationKind.LAW_ENFORCEMENT)
            if https_only(org.report_url)
        )
        country = self.country
        if (
            country
            and https_only(country.authority_report_url)
            and country.authority_report_url not in {route.url for route in routes}
        ):
            routes.append(
                ReportRoute("authority", country.authority_name, country.authority_report_url)
            )
        return routes

    @property
    def main_report_routes(self):
        """What the block on every page offers: the national hotline; without one, INHOPE
        and the national authority."""
        return self.report_routes[:2] if self.uses_fallback else self.report_routes[:1]

    @property
    def uses_fallback(self):
        return not self.has_national_hotline

    @cached_property
    def centres(self):
        """Awareness centre, helpline, hotline and youth panel: a Safer Internet Centre."""
        order = {kind: index for index, kind in enumerate(CENTRE_KINDS)}
        return sorted(
            self.of_kind(*CENTRE_KINDS), key=lambda org: (order[org.kind], org.position, org.name)
        )

    @cached_property
    def advice(self):
        """Where to learn and get advice: awareness centres, youth panels, NGOs, public bodies."""
        return self.of_kind(
            OrganisationKind.AWARENESS_CENTRE,
            OrganisationKind.YOUTH_PANEL,
            OrganisationKind.NGO,
            OrganisationKind.PUBLIC_BODY,
            OrganisationKind.INDUSTRY,
        )

    @cached_property
    def law_enforcement(self):
        return self.of_kind(OrganisationKind.LAW_ENFORCEMENT)

    @property
    def all_organisations(self):
        return [*self.organisations, *self.international]


def organisations():
    """Organisations in the reader's language (English where not translated), ready for
    listing: country, phones and logos loaded; two queries (three with logos)."""
    return (
        Organisation.objects.localized()
        .select_related("country", "logo")
        .prefetch_related(
            Prefetch("phones", queryset=OrganisationPhone.objects.order_by("sort_order", "pk")),
            "logo__renditions",  # logos render without a query each
        )
        .order_by("position", "name")
    )


def help_for_country(country):
    """CountryHelp for a Country (or None: the international routes only). Two queries."""
    if country is None:
        orgs = list(organisations().international())
    else:
        orgs = list(organisations().filter(Q(country_id=country.code) | Q(country__isnull=True)))
    return CountryHelp(
        country=country,
        organisations=[org for org in orgs if country and org.country_id == country.code],
        international=[org for org in orgs if org.country_id is None],
    )


def help_for_code(code):
    """CountryHelp for an ISO code ("" → international); None if the country is not listed.
    Three queries at most."""
    if not code:
        return help_for_country(None)
    country = Country.objects.filter(code=code.upper()).first()
    if country is None:
        return None
    return help_for_country(country)


def help_for_all_countries(language_code=None):
    """(every country's CountryHelp sorted by name in the reader's language, international
    organisations). Three queries, however many countries and organisations."""
    countries = {country.code: country for country in Country.objects.all()}
    by_country = defaultdict(list)
    international = []
    for org in organisations():
        if org.country_id is None:
            international.append(org)
        else:
            by_country[org.country_id].append(org)
    helps = [
        CountryHelp(
            country=countries[code], organisations=by_country[code], international=international
        )
        for code, _name in sorted_by_name(countries, language_code)
    ]
    return helps, international
