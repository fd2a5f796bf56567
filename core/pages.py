"""Shared behaviour for page types: explicit translatable fields and section indexes whose
slug is the same in every language."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Fields every page has, declared explicitly for wagtail-localize (DESIGN.md convention).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]

# Section indexes keep one slug in every language so /<lang>/campaigns/ etc. always work.
SECTION_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    SynchronizedField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]

# Child slugs that would shadow a section's own routes.
RESERVED_CHILD_SLUGS = frozenset({"submit", "manage", "feed", "calendar", "kit", "rss", "atom"})


class SectionIndexMixin:
    """A section index page: fixed slug across locales; children may not take route names."""

    reserved_child_slugs = RESERVED_CHILD_SLUGS


class ReservedSlugMixin:
    """Refuse a slug that a parent section uses for one of its own routes."""

    def clean(self):
        super().clean()
        # get_parent() works for a new page too: add_child() sets its tree path first.
        parent = self.get_parent() if self.path else None
        reserved = (
            getattr(parent.specific_class, "reserved_child_slugs", frozenset()) if parent else ()
        )
        if self.slug in reserved:
            raise ValidationError(
                {
                    "slug": _(
                        "“%(slug)s” is used by this section for its own pages. "
                        "Please choose another slug."
                    )
                    % {"slug": self.slug}
                }
            )
