"""/api/v2/organisations/: the directory's public facts, read-only.

Only the fields in `Organisation.api_fields` (and `OrganisationPhone.api_fields`) are
served; verification contacts and editors' data are not part of the model's API at all.
`?locale=fi` gives each organisation in Finnish where translated (English otherwise);
`?country=FI` filters by country (`?country=` with no value: international ones).
"""

from django.conf import settings
from django.db.models import Prefetch
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Organisation, OrganisationPhone


class OrganisationsAPIViewSet(BaseAPIViewSet):
    model = Organisation
    name = "organisations"
    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale", "country"])
    body_fields = ["id"]
    meta_fields = ["type", "detail_url"]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "name",
        "kind",
        "country_code",
        "website",
        "report_url",
        "locale_code",
    ]
    nested_default_fields = ["id", "type", "detail_url", "name"]

    def get_queryset(self):
        queryset = Organisation.objects.select_related("country", "locale").prefetch_related(
            Prefetch("phones", queryset=OrganisationPhone.objects.order_by("sort_order", "pk"))
        )
        if self.action == "detail_view":
            return queryset.order_by("id")
        language = self.request.GET.get("locale", settings.LANGUAGE_CODE)
        if language not in dict(settings.LANGUAGES):
            raise BadRequestError(f"locale must be one of: {', '.join(dict(settings.LANGUAGES))}")
        queryset = queryset.localized(language)
        if "country" in self.request.GET:
            code = self.request.GET["country"].strip().upper()
            queryset = queryset.filter(country_id=code) if code else queryset.international()
        return queryset.order_by("id")
