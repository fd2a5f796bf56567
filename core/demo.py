"""Demo users, images, the site's own pages, menus and settings.

Passwords here are for a local demo only. `load` runs before the home page exists (users and
images); the home demo calls `load_site_pages` once the home page is there.
"""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from .demo_images import ensure_demo_images
from .demo_pages import FOOTER_LABELS, FOOTER_PAGES
from .demo_strings import DEMO_LANGUAGES, strings_for
from .locales import sync_all_locales
from .localize import translate_from_strings, untranslated_strings
from .models import NavigationItem, NavigationMenu, SiteSettings, StandardPage

DEMO_USERS = [
    # username, password, superuser, group
    ("admin", "safer-internet-admin", True, None),
    ("editor", "safer-internet-editor", False, "Editors"),
]

SITE_SETTINGS = {
    "organisation_name": "Safer Internet Hub demo (project team)",
    "contact_email": "hello@demo.saferinternethub.invalid",
    "mastodon_url": "https://social.demo.saferinternethub.invalid/@hub",
    "youtube_url": "https://video.demo.saferinternethub.invalid/c/hub",
    "instagram_url": "",
    "bluesky_url": "",
    "linkedin_url": "",
}

# Stable block ids: a rerun updates the same blocks, so translations stay attached to them.
BLOCK_NAMESPACE = uuid.UUID("3f1b0a52-6d1e-4e0c-9a43-5a4f3c2b8e10")


def load(out):
    load_users(out)
    ensure_demo_images(out)


def load_users(out):
    User = get_user_model()
    for username, password, is_superuser, group_name in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@demo.saferinternethub.invalid",
                "is_staff": True,
                "is_superuser": is_superuser,
                "first_name": username.capitalize(),
            },
        )
        if created:
            user.set_password(password)
            user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        out.record(created)
    out.step(f"demo users: {', '.join(name for name, *_ in DEMO_USERS)}")


# --- Pages --------------------------------------------------------------------------------


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(str(part) for part in parts)))


def _rich(paragraphs, tag="p", links=None):
    html = "".join(f"<{tag}>{escape(text)}</{tag}>" for text in paragraphs)
    # Links are written as wagtail-localize shows them (<a id="a1">); put the address back.
    for href, link_id in (links or {}).items():
        html = html.replace(f"&lt;a id=&quot;{link_id}&quot;&gt;", f'<a href="{href}">')
        html = html.replace("&lt;/a&gt;", "</a>")
    return html


def stream_data(key, spec, images):
    """StreamField data for a page spec from core.demo_pages (English text)."""
    data = []
    for index, (kind, value, *extra) in enumerate(spec):
        bid = block_id(key, index)
        if kind == "heading":
            data.append({"type": "heading", "id": bid, "value": {"level": "h2", "text": value}})
        elif kind == "paragraphs":
            links = extra[0] if extra else None
            data.append({"type": "paragraph", "id": bid, "value": _rich(value, links=links)})
        elif kind == "list":
            items = "".join(f"<li>{escape(text)}</li>" for text in value)
            data.append({"type": "paragraph", "id": bid, "value": f"<ul>{items}</ul>"})
        elif kind == "key_facts":
            facts = [
                {"type": "item", "id": block_id(key, index, n), "value": fact}
                for n, fact in enumerate(value["facts"])
            ]
            data.append(
                {"type": "key_facts", "id": bid, "value": {"title": value["title"], "facts": facts}}
            )
        elif kind == "image":
            data.append(
                {
                    "type": "image",
                    "id": bid,
                    "value": {
                        "image": images[value.get("image", "network")].pk,
                        "alt_text": value["alt_text"],
                        "caption": value["caption"],
                    },
                }
            )
        elif kind == "accordion":
            questions = [
                {
                    "type": "item",
                    "id": block_id(key, index, n),
                    "value": {"question": question, "answer": _rich([answer])},
                }
                for n, (question, answer) in enumerate(value)
            ]
            data.append(
                {"type": "accordion", "id": bid, "value": {"title": "", "questions": questions}}
            )
        elif kind == "quote":
            data.append({"type": "quote", "id": bid, "value": value})
        elif kind == "call_to_action":
            data.append(
                {
                    "type": "call_to_action",
                    "id": bid,
                    "value": {
                        "title": value["title"],
                        "text": value["text"],
                        "button_label": value["button_label"],
                        "link": {"page": None, "url": value["url"]},
                    },
                }
            )
        elif kind == "table":
            table = {
                "caption": value["caption"],
                "columns": [
                    {"type": cell_type, "heading": text} for cell_type, text in value["columns"]
                ],
                "rows": [{"values": values} for values in value["rows"]],
            }
            data.append(
                {"type": "table", "id": bid, "value": {"table": table, "row_headers": True}}
            )
        elif kind == "contact_details":
            data.append({"type": "contact_details", "id": bid, "value": None})
        else:  # pragma: no cover - a typo in demo_pages
            raise ValueError(f"unknown demo block {kind!r}")
    return data


def ensure_standard_page(parent, spec, images):
    """Create or update one English StandardPage under `parent`; returns (page, created)."""
    page = StandardPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
    created = page is None
    fields = {
        "title": spec["title"],
        "slug": spec["slug"],
        "summary": spec["summary"],
        "hero_image": images.get(spec["image"]) if spec.get("image") else None,
        "body": stream_data(spec["key"], spec["body"], images),
    }
    if created:
        page = StandardPage(locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page, created


def translate_demo(instance):
    """Translate a demo page or snippet into every demo language from core.demo_strings.

    Pages are published at once rather than when the transaction commits (wagtail-localize's
    default): a deferred publish saves the page as it was when translated, which would undo
    tree changes made later in the same transaction (children added, a parent's slug).
    """
    TranslationSource.update_or_create_from_instance(instance)
    missing = untranslated_strings(instance, strings_for(DEMO_LANGUAGES[0]))
    if missing:
        raise ValueError(f"demo strings without a translation in {instance!r}: {missing}")
    is_page = isinstance(instance, Page)
    for code in DEMO_LANGUAGES:
        translated = translate_from_strings(instance, code, strings_for(code), publish=not is_page)
        if is_page:
            translated.get_latest_revision().publish()


def load_site_pages(out, home):
    """Footer pages, the footer menu and the site settings, translated; returns pages by key."""
    images = ensure_demo_images()
    pages = {}
    for spec in FOOTER_PAGES:
        page, created = ensure_standard_page(home, spec, images)
        out.record(created)
        pages[spec["key"]] = page
    out.step(f"site pages: {', '.join(page.title for page in pages.values())}")
    sync_all_locales()
    for page in pages.values():
        translate_demo(page)
    out.step(f"site pages translated into {', '.join(DEMO_LANGUAGES)}")

    footer = ensure_menu(
        out,
        NavigationMenu.FOOTER,
        [(pages[key], label) for key, label in FOOTER_LABELS.items()],
    )
    translate_demo(footer)
    out.step("footer menu: " + ", ".join(FOOTER_LABELS.values()))

    ensure_site_settings(out, home, quick_exit_page=pages["quick-exit"])
    return pages


def ensure_menu(out, place, links):
    """The English menu for `place` holding exactly `links` [(page, label)], in order."""
    locale = Locale.get_default()
    menu = NavigationMenu.objects.filter(place=place, locale=locale).first()
    created = menu is None
    if created:
        menu = NavigationMenu(place=place, locale=locale)
    existing = {item.page_id: item for item in menu.items.all()} if not created else {}
    items = []
    for order, (page, label) in enumerate(links):
        item = existing.get(page.pk) or NavigationItem(page=page)
        item.label = label
        item.sort_order = order
        items.append(item)
    menu.items = items
    menu.save()
    out.record(created)
    return menu


def ensure_site_settings(out, home, quick_exit_page):
    site = Site.objects.get(root_page=home)
    settings, created = SiteSettings.objects.get_or_create(site=site)
    for name, value in SITE_SETTINGS.items():
        setattr(settings, name, value)
    settings.quick_exit_page = quick_exit_page
    settings.full_clean()
    settings.save()
    out.record(created)
    out.step(f"site settings: {settings.organisation_name}, {settings.contact_email}")
