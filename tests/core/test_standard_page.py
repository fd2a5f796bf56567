"""Standard pages, menus, the quick-exit help link and site settings, as readers and editors
meet them."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from core.models import NavigationMenu, SiteSettings
from core.navigation import menu_items
from tests.core.factories import ImageFactory, StandardPageFactory, block, item, make_menu

pytestmark = pytest.mark.django_db

PRIVACY_FI = {
    "Privacy notice": "Tietosuojaseloste",
    "privacy-notice": "tietosuojaseloste",
    "What we store about you.": "Mitä tallennamme sinusta.",
}


@pytest.fixture
def pages(site, django_capture_on_commit_callbacks):
    """English footer pages; Privacy has a real Finnish translation, every locale a copy."""
    with django_capture_on_commit_callbacks(execute=True):
        privacy = StandardPageFactory(
            parent=site,
            title="Privacy notice",
            slug="privacy-notice",
            summary="What we store about you.",
        )
        about = StandardPageFactory(
            parent=site, title="About this site", slug="about", summary="Who runs it."
        )
        sync_all_locales()
        translate_from_strings(privacy, "fi", PRIVACY_FI)
    return {"privacy": privacy, "about": about}


def nav_links(html, css_class):
    """(text, href) of the links inside the first element with `css_class`."""
    match = re.search(rf'<nav class="{css_class}".*?</nav>', html, re.S)
    assert match, f"no {css_class} on the page"
    return [
        (re.sub(r"\s+", " ", text).strip(), href)
        for href, text in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', match.group(0), re.S)
    ]


# --- The page itself ------------------------------------------------------------------------


def test_standard_page_shows_title_summary_body_and_breadcrumbs(client, site):
    page = StandardPageFactory(
        parent=site,
        title="Sextortion: what to do",
        slug="sextortion",
        summary="Do not pay, keep the evidence, tell someone.",
        body=[
            block("heading", {"level": "h2", "text": "Right now"}),
            block("paragraph", "<p>Stop replying. Do not send money.</p>"),
        ],
    )
    response = client.get("/en/sextortion/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Sextortion: what to do</h1>" in html
    assert "Do not pay, keep the evidence, tell someone." in html
    assert '<h2 class="block-heading">Right now</h2>' in html
    assert "Stop replying. Do not send money." in html
    assert re.search(
        r'<nav class="breadcrumbs".*?href="/en/".*?aria-current="page">Sextortion', html, re.S
    )
    assert page.get_url() == "/en/sextortion/"


def test_untranslated_copy_says_so_and_keeps_english_content(client, pages):
    html = client.get("/sv/about/").content.decode()
    assert "About this site" in html
    assert '<main id="main" tabindex="-1" lang="en"' in html


def test_translated_page_is_served_under_its_translated_slug(client, pages):
    response = client.get("/fi/tietosuojaseloste/")
    assert response.status_code == 200
    assert "Tietosuojaseloste</h1>" in response.content.decode()


def test_page_link_in_rich_text_leads_to_the_readers_language(client, pages, site):
    privacy = pages["privacy"]
    StandardPageFactory(
        parent=site,
        title="Help",
        slug="help-page",
        body=[
            block(
                "paragraph",
                f'<p>Read our <a linktype="page" id="{privacy.pk}">privacy notice</a>.</p>'
                '<p>Gone: <a linktype="page" id="999999">old page</a>.</p>',
            )
        ],
    )
    sync_all_locales()
    assert 'href="/en/privacy-notice/"' in client.get("/en/help-page/").content.decode()
    finnish = client.get("/fi/help-page/").content.decode()
    assert '<a href="/fi/tietosuojaseloste/">privacy notice</a>' in finnish
    # A link to a page that no longer exists stays readable, without a dead href.
    assert "<a>old page</a>" in finnish


def test_call_to_action_to_a_page_leads_to_the_readers_language(client, pages, site):
    StandardPageFactory(
        parent=site,
        title="Get help",
        slug="get-help",
        body=[
            block(
                "call_to_action",
                {
                    "title": "Your data",
                    "text": "",
                    "link": {"page": pages["privacy"].pk, "url": ""},
                    "button_label": "Read the notice",
                },
            )
        ],
    )
    sync_all_locales()
    assert (
        'href="/fi/tietosuojaseloste/">Read the notice'
        in client.get("/fi/get-help/").content.decode()
    )
    assert (
        'href="/sv/privacy-notice/">Read the notice' in client.get("/sv/get-help/").content.decode()
    )


def every_kind_of_block(n, image, linked_page):
    """`n` blocks of each body block type, with images, page links and lists in them."""
    body = []
    for i in range(n):
        body += [
            block("heading", {"level": "h2", "text": f"Section {i}"}),
            block(
                "paragraph",
                f'<p>Text {i} with <a linktype="page" id="{linked_page.pk}">a link</a>.</p>',
            ),
            block("image", {"image": image.pk, "alt_text": f"Poster {i}", "caption": ""}),
            block("quote", {"text": f"Quote {i}", "attribution": "A teacher"}),
            block(
                "call_to_action",
                {
                    "title": f"Act {i}",
                    "text": "",
                    "link": {"page": linked_page.pk, "url": ""},
                    "button_label": "Go",
                },
            ),
            block(
                "key_facts",
                {
                    "title": "",
                    "facts": [
                        item(
                            {"value": "180+", "label": "countries", "source": "", "source_url": ""}
                        )
                    ],
                },
            ),
            block(
                "accordion",
                {
                    "title": "",
                    "questions": [
                        item(
                            {
                                "question": f"Question {i}?",
                                "answer": f'<p>See <a linktype="page" id="{linked_page.pk}">this</a>.</p>',
                            }
                        )
                    ],
                },
            ),
            block(
                "video",
                {
                    "provider": "youtube",
                    "video_id": "M7lc1UVf-VE",
                    "title": f"Video {i}",
                    "poster": image.pk,
                    "transcript": "<p>Words.</p>",
                },
            ),
            block("contact_details", None),
        ]
    return body


def queries_for(client, url):
    client.get(url)  # first view makes the image renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_standard_page_queries_do_not_grow_with_its_blocks(client, pages, site):
    image = ImageFactory()
    other_image = ImageFactory()
    StandardPageFactory(
        parent=site, slug="short", body=every_kind_of_block(1, image, pages["privacy"])
    )
    StandardPageFactory(
        parent=site, slug="long", body=every_kind_of_block(10, other_image, pages["about"])
    )
    sync_all_locales()
    for prefix in ("/en/", "/fi/"):
        short = queries_for(client, f"{prefix}short/")
        long = queries_for(client, f"{prefix}long/")
        assert long == short, f"{prefix}: {short} queries with 1 block of each kind, {long} with 10"
        assert short <= 40


# --- Navigation -----------------------------------------------------------------------------


def test_menus_show_localised_titles_and_urls(
    client, pages, site, django_capture_on_commit_callbacks
):
    make_menu(NavigationMenu.PRIMARY, [(pages["about"], ""), (pages["privacy"], "")])
    make_menu(NavigationMenu.FOOTER, [(pages["privacy"], "Privacy"), (pages["about"], "About")])

    english = client.get("/en/").content.decode()
    assert nav_links(english, "primary-nav") == [
        ("About this site", "/en/about/"),
        ("Privacy notice", "/en/privacy-notice/"),
    ]
    assert nav_links(english, "footer-nav") == [
        ("Privacy", "/en/privacy-notice/"),
        ("About", "/en/about/"),
    ]

    # No Finnish menu yet: the translated page shows its Finnish title, the untranslated
    # one its English label, each at its Finnish address.
    finnish = client.get("/fi/").content.decode()
    assert nav_links(finnish, "footer-nav") == [
        ("Tietosuojaseloste", "/fi/tietosuojaseloste/"),
        ("About", "/fi/about/"),
    ]
    assert nav_links(finnish, "primary-nav")[1] == ("Tietosuojaseloste", "/fi/tietosuojaseloste/")

    # Swedish has only untranslated copies: English labels, Swedish addresses.
    swedish = client.get("/sv/").content.decode()
    assert nav_links(swedish, "footer-nav") == [
        ("Privacy", "/sv/privacy-notice/"),
        ("About", "/sv/about/"),
    ]

    # Once the menu itself is translated, its labels are used.
    footer = NavigationMenu.objects.get(place=NavigationMenu.FOOTER)
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_strings(footer, "fi", {"Privacy": "Tietosuoja", "About": "Tietoa"})
    finnish = client.get("/fi/").content.decode()
    assert nav_links(finnish, "footer-nav") == [
        ("Tietosuoja", "/fi/tietosuojaseloste/"),
        ("Tietoa", "/fi/about/"),
    ]


def test_menu_marks_the_current_section_and_skips_unpublished_pages(client, pages, site):
    draft = StandardPageFactory(parent=site, title="Draft", slug="draft", live=False)
    child = StandardPageFactory(parent=pages["about"], title="Team", slug="team")
    make_menu(NavigationMenu.PRIMARY, [(pages["about"], ""), (draft, ""), (pages["privacy"], "")])
    html = client.get("/en/about/team/").content.decode()
    nav = re.search(r'<nav class="primary-nav".*?</nav>', html, re.S).group(0)
    assert "Draft" not in nav
    assert re.search(r'href="/en/about/" aria-current="page"', nav)
    assert not re.search(r'href="/en/privacy-notice/" aria-current', nav)
    assert child.live


def test_menu_queries_do_not_grow_with_its_links(rf, site):
    few = [StandardPageFactory(parent=site, slug=f"few-{i}") for i in range(1)]
    many = [StandardPageFactory(parent=site, slug=f"many-{i}") for i in range(10)]
    sync_all_locales()
    make_menu(NavigationMenu.PRIMARY, [(page, "") for page in few])
    make_menu(NavigationMenu.FOOTER, [(page, "") for page in many])
    request = rf.get("/fi/")
    request.LANGUAGE_CODE = "fi"
    Site.find_for_request(request)
    from django.utils import translation

    with translation.override("fi"):
        menu_items(NavigationMenu.PRIMARY, request)  # warms the site root paths
        with CaptureQueriesContext(connection) as one:
            assert len(menu_items(NavigationMenu.PRIMARY, request)) == 1
        with CaptureQueriesContext(connection) as ten:
            links = menu_items(NavigationMenu.FOOTER, request)
    assert len(links) == 10
    assert all(link.url.startswith("/fi/many-") for link in links)
    assert len(ten) == len(one) <= 3


def test_one_menu_per_place_and_language():
    english = Locale.objects.get(language_code="en")
    NavigationMenu.objects.create(place=NavigationMenu.FOOTER, locale=english)
    duplicate = NavigationMenu(place=NavigationMenu.FOOTER, locale=english)
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "already has a menu" in str(excinfo.value)


# --- Quick exit help and site settings ------------------------------------------------------


def test_quick_exit_help_link_follows_the_readers_language(client, pages, site):
    html = client.get("/en/").content.decode()
    assert "quick-exit__help" not in html  # nothing chosen yet: no link
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.quick_exit_page = pages["privacy"]
    settings.save()
    assert (
        'class="quick-exit__help" href="/en/privacy-notice/"' in client.get("/en/").content.decode()
    )
    assert (
        'class="quick-exit__help" href="/fi/tietosuojaseloste/"'
        in client.get("/fi/").content.decode()
    )
    assert (
        'class="quick-exit__help" href="/sv/privacy-notice/"' in client.get("/sv/").content.decode()
    )


def test_contact_details_come_from_site_settings(client, site):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Finnish Safer Internet Centre"
    settings.contact_email = "info@example.org"
    settings.mastodon_url = "https://mastodon.example/@fisic"
    settings.save()
    StandardPageFactory(
        parent=site, title="Contact", slug="contact", body=[block("contact_details", None)]
    )
    html = client.get("/en/contact/").content.decode()
    assert "Finnish Safer Internet Centre" in html
    assert 'href="mailto:info@example.org"' in html
    assert '<a href="https://mastodon.example/@fisic" rel="me noopener">Mastodon</a>' in html


@pytest.mark.parametrize("url", ["http://mastodon.example/@x", "javascript:alert(1)"])
def test_social_links_must_be_https(site, url):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.mastodon_url = url
    with pytest.raises(ValidationError) as excinfo:
        settings.full_clean()
    assert "mastodon_url" in excinfo.value.message_dict


# --- Admin ----------------------------------------------------------------------------------


def test_editors_find_menus_settings_and_the_standard_page_form(admin_client, site):
    assert admin_client.get("/admin/snippets/core/navigationmenu/").status_code == 200
    assert admin_client.get("/admin/snippets/core/navigationmenu/add/").status_code == 200
    site_id = Site.objects.get(is_default_site=True).pk
    assert admin_client.get(f"/admin/settings/core/sitesettings/{site_id}/").status_code == 200
    response = admin_client.get(f"/admin/pages/add/core/standardpage/{site.pk}/")
    assert response.status_code == 200
    assert "Questions and answers" in response.content.decode()
