"""Menus and the quick-exit help link, in the reader's language, in a fixed number of queries.

A menu is a translatable snippet: the reader's locale uses its own translation of the menu
when there is one, else the source language's menu. Each chosen page is shown in the
reader's language (its translation, or the untranslated copy every synced locale has).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page

from .links import LINK_FIELDS, is_real_translation, localized_pages
from .models import NavigationItem, SiteSettings


@dataclass(frozen=True)
class NavItem:
    title: str
    url: str
    is_active: bool = False


def _is_active(target, current_page):
    if current_page is None or not getattr(current_page, "path", None):
        return False
    if target.pk == current_page.pk:
        return True
    # A section stays highlighted on its sub-pages; the home page only on itself.
    return target.depth > 2 and current_page.path.startswith(target.path)


def menu_items(place, request=None, current_page=None, language_code=None):
    """The links of the `place` menu (NavigationMenu.PRIMARY or .FOOTER) for a reader."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    source_language = settings.LANGUAGE_CODE
    items = list(
        NavigationItem.objects.filter(
            menu__place=place,
            menu__locale__language_code__in={language_code, source_language},
        )
        .select_related("menu__locale", "page")
        .order_by("sort_order", "pk")
    )
    # The reader's own menu if it exists, else the source language's.
    own = [item for item in items if item.menu.locale.language_code == language_code]
    menu_is_translated = bool(own)
    items = own or items
    localized = localized_pages([item.page for item in items], language_code)
    result = []
    for item in items:
        page = localized.get(item.page_id)
        if page is None:
            continue  # unpublished or private: no dead link
        if not menu_is_translated and page.pk != item.page_id and is_real_translation(page):
            # The menu is not translated but the page is: its title is in the reader's
            # language, the menu's label would not be.
            label = page.title
        else:
            label = item.label or page.title
        url = page.get_url(request)
        if url:
            result.append(NavItem(title=label, url=url, is_active=_is_active(page, current_page)))
    return result


def quick_exit_help_url(request=None, language_code=None):
    """URL of the page that explains the quick exit, in the reader's language, or ""."""
    if request is None:
        return ""
    try:
        site_settings = SiteSettings.for_request(request)
    except SiteSettings.DoesNotExist:
        return ""
    page_id = site_settings.quick_exit_page_id
    if not page_id:
        return ""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    # The chosen page and its version in the reader's language, in one query.
    candidates = list(
        Page.objects.live()
        .public()
        .filter(
            Q(pk=page_id)
            | Q(
                locale__language_code=language_code,
                translation_key__in=Page.objects.filter(pk=page_id).values("translation_key"),
            )
        )
        .select_related("locale")
        .only(*LINK_FIELDS, "locale__language_code")
    )
    page = next(
        (p for p in candidates if p.locale.language_code == language_code),
        next((p for p in candidates if p.pk == page_id), None),
    )
    return page.get_url(request) if page is not None else ""
