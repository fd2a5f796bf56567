"""API v2 representations of a campaign: its taxonomy named in the page's language, its
material (document addresses only, which serve only while the page is live and public) and
its kit."""

from rest_framework import serializers


class _ReadOnly(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def terms(self, model, locale):
        """terms_by_key(model, locale), read once per response: every field of every item
        shares the root serializer's context, so a listing costs one query per vocabulary
        and language, not one per campaign."""
        from .models import terms_by_key

        cache = self.context.setdefault("campaign_terms", {})
        key = (model, locale.pk)
        if key not in cache:
            cache[key] = terms_by_key(model, locale)
        return cache[key]


class TaxonomyField(_ReadOnly):
    """{topics, audiences, age_bands}: each a list of {slug, name} in the page's language."""

    def to_representation(self, page):
        from .models import AgeBand, Audience, Topic, localized_terms

        result = {}
        for name, model, relation in (
            ("topics", Topic, page.topics),
            ("audiences", Audience, page.audiences),
            ("age_bands", AgeBand, page.age_bands),
        ):
            terms = localized_terms(relation.all(), self.terms(model, page.locale))
            result[name] = [{"slug": term.slug, "name": term.name} for term in terms]
        return result


class ResourcesField(_ReadOnly):
    def to_representation(self, page):
        from .models import ResourceType

        types = self.terms(ResourceType, page.locale)
        items = []
        # Prefetched with their type, file and age bands (CampaignPage.api_queryset).
        for resource in page.resources.all():
            kind = types.get(resource.resource_type.translation_key, resource.resource_type)
            items.append(
                {
                    "title": resource.title,
                    "type": {"slug": kind.slug, "name": kind.name},
                    "language": resource.language,
                    "url": resource.url or (resource.document.url if resource.document else ""),
                    "age_bands": [band.slug for band in resource.age_bands.all()],
                }
            )
        return items


class KitField(_ReadOnly):
    """{url, files, size} of the page's kit, or null when it has none."""

    def to_representation(self, page):
        from .kits import kit_for

        kit = kit_for(page)
        if kit is None:
            return None
        return {
            "url": page.url + page.reverse_subpage("kit"),
            "files": kit.file_count,
            "size": kit.size,
        }


class PublisherField(_ReadOnly):
    def to_representation(self, page):
        publisher = page.publisher
        return {"name": publisher.name, "website": publisher.website} if publisher else None


class CountryCodesField(_ReadOnly):
    def to_representation(self, page):
        return sorted(country.code for country in page.countries.all())
