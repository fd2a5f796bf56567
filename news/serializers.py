"""API v2 representations of article fields."""

from rest_framework import serializers


class CategoriesField(serializers.Field):
    """Each category as {slug, name}, named in the article's own language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance.categories_in_own_language()

    def to_representation(self, value):
        return [{"slug": category.slug, "name": category.name} for category in value]


class RelatedPagesField(serializers.Field):
    """The live related campaigns, events and help pages, in the article's own language:
    [{title, url, type}] (and `country` for a help country's page)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        from django.utils import translation

        from .listing import related_links

        language = instance.locale.language_code
        request = self.context.get("request")
        # Titles such as "Where to get help in Finland" are written in the article's language.
        with translation.override(language):
            links = related_links(instance, language, request)
        return [(link, request) for link in links]

    def to_representation(self, value):
        items = []
        for link, request in value:
            url = request.build_absolute_uri(link.url) if request is not None else link.url
            item = {"title": link.title, "url": url, "type": link.type}
            if link.country_code:
                item["country"] = link.country_code
            items.append(item)
        return items
