"""Admin form for articles: categories are offered in the article's own language."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("categories")
        if field is None:
            return
        field.widget = forms.CheckboxSelectMultiple()
        locale_id = getattr(self.instance, "locale_id", None) or getattr(
            self.parent_page, "locale_id", None
        )
        if locale_id is not None:
            # Translations link the source language's categories (they are synchronised):
            # keep those chosen already so saving never drops them.
            chosen = list(self.instance.categories.all()) if self.instance.pk else []
            field.queryset = field.queryset.model.objects.filter(locale_id=locale_id) | (
                field.queryset.model.objects.filter(pk__in=[c.pk for c in chosen])
            )
