"""Pages chosen in one language, shown in the reader's language.

Editors pick pages in the English tree (menus, calls to action, promos). A reader in /fi/
should land on the Finnish translation, or on the untranslated copy that every synced locale
has, and only then on the chosen page itself. `Page.localized` would cost a query per link;
these helpers look up all translations at once by translation_key.
"""

from django.utils.translation import get_language
from wagtail.models import Page

# Enough to build a URL and a label without loading the specific page.
LINK_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "alias_of_id",
    "live",
    "content_type_id",
)


def localized_pages(pages, language_code=None):
    """Map each given page's id to its live, public version in `language_code` (default: the
    active language). Pages with no such version map to themselves if they are live, and are
    left out otherwise. One query, whatever the number of pages.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    language_code = language_code or get_language()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=language_code,
        )
        .only(*LINK_FIELDS)
    }
    result = {}
    for page in pages:
        translation = translations.get(page.translation_key)
        if translation is not None:
            result[page.pk] = translation
        elif page.live:
            result[page.pk] = page
    return result


def is_real_translation(page):
    """True for a page written in its locale, False for an untranslated copy (alias)."""
    return page.alias_of_id is None
