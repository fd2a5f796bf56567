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
