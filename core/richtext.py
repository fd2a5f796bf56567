"""Rich text on public pages, cleaned on the way out.

Rich text saved through the admin editor is already limited to its features, but stored
HTML can also come from imports, the API, translation files or the shell. Whatever it holds,
only harmless markup reaches a reader: known tags, no attributes but safe links.

Internal links are stored as <a linktype="page" id="3">. A PublicRichText carries their
URLs, resolved in advance for the reader's language (core.blocks.LocalizingRichTextBlock).
"""

import re

from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html
from wagtail.whitelist import Whitelister, attribute_rule, check_url

# Elements whose content is code or an embedded object: dropped with their content.
DROPPED_ELEMENTS = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
)

_plain = attribute_rule({})

_PAGE_LINK = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
_LINKTYPE_PAGE = re.compile(r"""\blinktype\s*=\s*["']?page["'\s>]""", re.IGNORECASE)
_ID = re.compile(r"""\bid\s*=\s*["']?(\d+)""", re.IGNORECASE)


def resolve_page_urls(page_ids):
    """{page id: URL of that page in the active language} in two queries ("" when the page
    is not published). Ids of pages that no longer exist are left out."""
    from wagtail.models import Page

    from .links import LINK_FIELDS, localized_pages

    if not page_ids:
        return {}
    pages = Page.objects.filter(pk__in=page_ids).only(*LINK_FIELDS)
    return {
        page_id: page.get_url(None) or "" for page_id, page in localized_pages(list(pages)).items()
    }


def page_link_ids(source):
    """Ids of the pages that a stored rich text links to."""
    ids = set()
    for tag in _PAGE_LINK.findall(source):
        if _LINKTYPE_PAGE.search(tag):
            match = _ID.search(tag)
            if match:
                ids.add(int(match.group(1)))
    return ids


class PublicRichText(RichText):
    """A rich text value with the URLs of its page links already known ({page id: url})."""

    def __init__(self, source, page_urls=None):
        super().__init__(source)
        self.page_urls = page_urls or {}

    def __html__(self):
        return clean_richtext(self)


class PublicRichTextCleaner(Whitelister):
    """Keeps the markup our rich text features produce, in the database's own format."""

    element_rules = {
        "[document]": _plain,
        # Database format: internal links are <a linktype="page" id="3">, expanded later.
        "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
        "b": _plain,
        "strong": _plain,
        "i": _plain,
        "em": _plain,
        "br": _plain,
        "p": _plain,
        "ul": _plain,
        "ol": _plain,
        "li": _plain,
        "h2": _plain,
        "h3": _plain,
        "h4": _plain,
    }

    def __init__(self, page_urls=None):
        self.page_urls = page_urls

    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_ELEMENTS:
            tag.decompose()
            return
        if tag.name == "a" and self.page_urls is not None and tag.get("linktype") == "page":
            # Resolved in advance: a plain link, or no link if the page is gone or private.
            raw_id = str(tag.get("id") or "")
            url = self.page_urls.get(int(raw_id)) if raw_id.isdigit() else None
            del tag["linktype"]
            del tag["id"]
            if url:
                tag["href"] = url
        super().clean_tag_node(doc, tag)


_cleaner = PublicRichTextCleaner()


def clean_richtext(value):
    """HTML for a rich text value (RichText, or the source string of a RichTextField)."""
    if value is None:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    if not source:
        return ""
    page_urls = getattr(value, "page_urls", None)
    if page_urls is None and 'linktype="page"' in source:
        # A RichTextField or plain rich text block: its page links, too, lead to the
        # reader's language (two queries for this text).
        page_urls = resolve_page_urls(page_link_ids(source))
    cleaner = _cleaner if page_urls is None else PublicRichTextCleaner(page_urls)
    return mark_safe(expand_db_html(cleaner.clean(source)))  # noqa: S308 - cleaned above
