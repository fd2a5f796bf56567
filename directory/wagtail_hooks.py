"""Admin screens for the help directory: countries, organisations and private contacts."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .countries import babel_locale, iso_country_codes
from .models import Country, Organisation, OrganisationContact


class CountryIndexView(IndexView):
    """Search countries by code or by name (names come from Babel, not the database)."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip().casefold()
        codes = {query.upper()} if len(query) == 2 else set()
        for language in {"en", None}:  # English and the admin user's own language
            territories = babel_locale(language).territories
            codes.update(
                code
                for code in iso_country_codes()
                if query in territories.get(code, "").casefold()
            )
        return queryset.filter(code__in=codes)


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    menu_label = _("Countries")
    index_view_class = CountryIndexView
    list_display = [
        Column("__str__", label=_("Country")),
        "emergency_number",
        "other_emergency_number",
        "time_zone",
        "authority_name",
    ]
    list_filter = ["emergency_number"]
    search_fields = ["code"]
    search_backend_name = None
    ordering = ["code"]
    copy_view_enabled = False


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = [
        "name",
        "kind",
        "country",
        "inhope_member",
        DateColumn("verified_on", label=_("Verified on")),
    ]
    list_filter = ["kind", "country", "inhope_member", "verified_on"]
    search_fields = ["name", "slug", "description", "website"]
    search_backend_name = None
    # Stalest first: the details most in need of checking head the list.
    ordering = ["verified_on", "name"]
    list_export = ["name", "kind", "country", "website", "report_url", "email", "verified_on"]


class OrganisationContactViewSet(SnippetViewSet):
    model = OrganisationContact
    icon = "user"
    menu_label = _("Verification contacts")
    list_display = ["name", "organisation", "role", "email"]
    list_filter = ["organisation__kind", "organisation__country"]
    search_fields = ["name", "email", "organisation__name"]
    search_backend_name = None
    ordering = ["organisation__name", "name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, CountryViewSet, OrganisationContactViewSet)
    menu_icon = "help"
    menu_label = _("Help directory")
    menu_name = "help-directory"


register_snippet(DirectoryViewSetGroup)
