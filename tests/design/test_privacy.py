"""Privacy by default: a public page fetches nothing from another site and sets no cookies.

Every address a page or its stylesheets would load (src, href of <link>, srcset, action,
poster, CSS url() and @import) must be on this site. Plain outbound links (<a href>) are
allowed: following one is the reader's choice; none opens a new window."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

PAGES = ["/{lang}/", "/{lang}/search/", "/{lang}/search/?q=internet", "/{lang}/no-such-page/"]
LOADING_ATTRIBUTES = {"src", "srcset", "action", "poster", "data", "background", "formaction"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


class AddressCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.loaded = []  # (tag, attribute, address) the browser fetches by itself
        self.links = []  # (attrs) of <a href>
        self.stylesheets = []
        self.inline_styles = []
        self.inline_scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value is None:
                continue
            if name == "style":
                self.inline_styles.append(value)
            if name in LOADING_ATTRIBUTES or (name == "href" and tag != "a"):
                addresses = (
                    [part.strip().split(" ")[0] for part in value.split(",")]
                    if name == "srcset"
                    else [value]
                )
                self.loaded.extend((tag, name, address) for address in addresses if address)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or ""):
            self.stylesheets.append(attrs["href"])
        if tag == "script" and not attrs.get("src"):
            self.inline_scripts += 1
        if tag == "style":
            self.inline_styles.append("<style>")


def is_this_site(address):
    parts = urlsplit(address)
    if parts.scheme == "data" or (not parts.scheme and not parts.netloc):
        return True  # inline data, or a path on this site
    return parts.scheme in {"http", "https"} and parts.netloc == "testserver"


def stylesheet_addresses(href):
    assert href.startswith(settings.STATIC_URL), href
    path = finders.find(href.removeprefix(settings.STATIC_URL).split("?")[0])
    assert path, f"stylesheet {href} not found"
    with open(path, encoding="utf-8") as css:
        text = css.read()
    return [match[0] or match[1] for match in CSS_URL.findall(text)]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("path", PAGES)
def test_public_pages_load_nothing_from_other_sites(client, site, lang, path):
    response = client.get(path.format(lang=lang))
    assert response.status_code in {200, 404}
    assert not response.cookies, "a public page set a cookie"
    collector = AddressCollector()
    collector.feed(response.content.decode())

    outside = [item for item in collector.loaded if not is_this_site(item[2])]
    assert outside == []
    assert collector.stylesheets, "no stylesheet found: the parser missed the page's head"
    for href in collector.stylesheets:
        for address in stylesheet_addresses(href):
            # Relative to the stylesheet (../img/x.svg) or rooted on this site.
            assert not urlsplit(address).netloc and not address.startswith("//"), address
    assert collector.inline_scripts == 0
    assert collector.inline_styles == []
    for attrs in collector.links:
        assert attrs.get("target") != "_blank" or {"noopener", "noreferrer"} <= set(
            (attrs.get("rel") or "").split()
        ), attrs


def test_video_component_requests_nothing_before_a_click(rf):
    from django.template.loader import render_to_string

    html = render_to_string(
        "components/video.html",
        {"value": {"provider": "youtube", "video_id": "dQw4w9WgXcQ", "title": "Sharing photos"}},
        request=rf.get("/en/"),
    )
    collector = AddressCollector()
    collector.feed(html)
    assert collector.loaded == []
    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert (
        'data-video-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    )
