"""Read-only public API: pages only. Images and documents are not exposed (a document
could belong to a draft); each page type decides which of its fields are public."""

from django.utils import timezone
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from directory.api import OrganisationsAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        # Live, public pages of this site's trees only (the parent class also checks
        # privacy); untranslated copies stay in, marked by their locale and alias.
        # Pages past their expiry count as unpublished even before publish_scheduled runs.
        return super().get_base_queryset().live().public().exclude(expire_at__lte=timezone.now())

    def get_queryset(self):
        # A page type may load what its API fields read in bulk (`api_queryset`), so that
        # a listing's queries do not grow with the number of items.
        queryset = super().get_queryset()
        prefetch = getattr(queryset.model, "api_queryset", None)
        return prefetch(queryset) if prefetch is not None else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
